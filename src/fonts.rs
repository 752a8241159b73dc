//! Fonts: egui's own, with DejaVu Sans as the fallback for arrows, typographic quotes and
//! the many scripts egui's default font lacks.

use eframe::egui::{self, FontData, FontFamily};
use eframe::epaint::text::{FontInsert, FontPriority, InsertFontFamily};

pub const FALLBACK_NAME: &str = "DejaVuSans";
pub const FALLBACK_TTF: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");

/// Add the bundled fallback font. Cheap when already installed; takes effect at once
/// if called before any text of the pass is laid out.
pub fn install(ctx: &egui::Context) {
    ctx.add_font(FontInsert::new(
        FALLBACK_NAME,
        FontData::from_static(FALLBACK_TTF),
        [FontFamily::Proportional, FontFamily::Monospace]
            .into_iter()
            .map(|family| InsertFontFamily { family, priority: FontPriority::Lowest })
            .collect(),
    ));
}
