//! Fonts: egui's own, then `DejaVu` Sans for arrows, typographic quotes,
//! Cyrillic and the many scripts egui's default font lacks, Noto Emoji, and Droid Sans Fallback for
//! Chinese, Japanese and Korean. All are bundled, so no system font is needed.

use eframe::egui::{self, FontData, FontFamily};
use eframe::epaint::text::{FontInsert, FontPriority, InsertFontFamily};

pub(crate) const FALLBACK_NAME: &str = "DejaVuSans";
pub(crate) const FALLBACK_TTF: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
pub(crate) const CJK_NAME: &str = "DroidSansFallbackFull";
pub(crate) const CJK_TTF: &[u8] = include_bytes!("../assets/fonts/DroidSansFallbackFull.ttf");

/// Add the bundled fallback font. Cheap when already installed; takes effect at once
/// if called before any text of the pass is laid out.
pub(crate) fn install(ctx: &egui::Context) {
    let fonts = [
        (FALLBACK_NAME, FALLBACK_TTF),
        ("NotoEmoji-Regular", epaint_default_fonts::NOTO_EMOJI_REGULAR),
        (CJK_NAME, CJK_TTF),
    ];
    for (name, data) in fonts {
        ctx.add_font(FontInsert::new(
            name,
            FontData::from_static(data),
            [FontFamily::Proportional, FontFamily::Monospace]
                .into_iter()
                .map(|family| InsertFontFamily { family, priority: FontPriority::Lowest })
                .collect(),
        ));
    }
}
