//! SVG → PNG on the CPU (resvg, tiny-skia), with the fonts the screen uses.

use resvg::{tiny_skia, usvg};
use std::sync::{Arc, OnceLock};

/// The fonts exports are set in, as on screen: egui's Ubuntu Light, `DejaVu` Sans, Noto Emoji
/// and Droid Sans Fallback (Chinese, Japanese, Korean). No system fonts, so a picture is the
/// same on every machine.
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

fn tree(svg: &str) -> Result<usvg::Tree, String> {
    let options = usvg::Options { fontdb: fontdb(), ..usvg::Options::default() };
    usvg::Tree::from_str(svg, &options)
        .map_err(|e| crate::i18n::tr_args("export-svg-unreadable", &[("error", e.to_string().into())]))
}

/// Draw an SVG document over `pixmap`, from its top left corner.
pub(super) fn draw_onto(svg: &str, pixmap: &mut tiny_skia::Pixmap) -> Result<(), String> {
    resvg::render(&tree(svg)?, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    Ok(())
}

/// Rasterise an SVG document at its own width and height.
pub(super) fn pixmap(svg: &str) -> Result<tiny_skia::Pixmap, String> {
    let tree = tree(svg)?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or_else(|| {
        crate::i18n::tr_args(
            "export-cannot-allocate",
            &[("width", size.width().into()), ("height", size.height().into())],
        )
    })?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    Ok(pixmap)
}

/// An SVG document as a PNG file's bytes.
#[cfg(test)]
pub(super) fn render(svg: &str) -> Result<Vec<u8>, String> {
    pixmap(svg)?.encode_png().map_err(|e| format!("PNG encoding failed: {e}"))
}

/// An SVG document's pixels: width, height and straight (not premultiplied) RGBA.
pub(super) fn rasterise(svg: &str) -> Result<(u32, u32, Vec<u8>), String> {
    let p = pixmap(svg)?;
    Ok((p.width(), p.height(), straight_rgba(&p)))
}

/// A pixmap's pixels as straight (not premultiplied) RGBA. Opaque pixels (most of a picture
/// with its base map) are the same either way and are copied as they are.
pub(super) fn straight_rgba(p: &tiny_skia::Pixmap) -> Vec<u8> {
    let mut out = p.data().to_vec();
    for (px, c) in out.chunks_exact_mut(4).zip(p.pixels()) {
        if px[3] != u8::MAX {
            let c = c.demultiply();
            px.copy_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_screen_fonts_are_loaded_under_the_names_svg_uses() {
        let families: Vec<String> =
            super::fontdb().faces().flat_map(|f| f.families.iter().map(|(name, _)| name.clone())).collect();
        for name in ["Ubuntu", "DejaVu Sans", "Noto Emoji", "Droid Sans Fallback"] {
            assert!(families.iter().any(|f| f == name), "{name} in {families:?}");
            assert!(crate::text::SVG_FONT_FAMILY.contains(&format!("'{name}'")), "{name} is named in SVG");
        }
    }

    /// Dark pixels in a PNG of `text` set as exports set labels.
    fn ink(text: &str) -> usize {
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60"><text x="8" y="42" font-size="32" font-family="{}">{text}</text></svg>"#,
            crate::text::SVG_FONT_FAMILY.replace('\'', "&apos;")
        );
        let png = super::render(&svg).unwrap_or_else(|e| panic!("{e}"));
        let img = image::load_from_memory(&png).unwrap_or_else(|e| panic!("{e}")).to_rgba8();
        img.pixels().filter(|p| p.0[3] > 128).count()
    }

    #[test]
    fn japanese_cyrillic_diacritics_and_emoji_are_drawn_in_exports() {
        assert_eq!(ink(" "), 0);
        for text in ["日本", "岩屋毅", "Қазақстан", "Астана", "Ōsaka ü ç", "😀"] {
            let n = ink(text);
            assert!(n > 60, "{text}: only {n} dark pixels: a glyph is missing");
            for c in text.chars().filter(|c| !c.is_whitespace()) {
                assert!(crate::text::width(&c.to_string(), 20.0) > 2.0, "{c} has a glyph width");
            }
        }
    }
}
