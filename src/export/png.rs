//! SVG → PNG on the CPU (resvg, tiny-skia), with the fonts the screen uses.

use resvg::{tiny_skia, usvg};
use std::sync::{Arc, OnceLock};

/// The fonts exports are set in: egui's Ubuntu Light, then DejaVu Sans. No system fonts,
/// so a picture is the same on every machine.
fn fontdb() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        for data in crate::text::font_files() {
            db.load_font_data(data.to_vec());
        }
        db.set_sans_serif_family("DejaVu Sans");
        Arc::new(db)
    })
    .clone()
}

/// Rasterise an SVG document at its own width and height.
pub fn render(svg: &str) -> Result<Vec<u8>, String> {
    let options = usvg::Options { fontdb: fontdb(), ..usvg::Options::default() };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("the SVG could not be read back: {e}"))?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| format!("cannot allocate a {}×{} image", size.width(), size.height()))?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("PNG encoding failed: {e}"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_screen_fonts_are_loaded_under_the_names_svg_uses() {
        let families: Vec<String> =
            super::fontdb().faces().flat_map(|f| f.families.iter().map(|(name, _)| name.clone())).collect();
        for name in ["Ubuntu", "DejaVu Sans"] {
            assert!(families.iter().any(|f| f == name), "{name} in {families:?}");
        }
    }
}
