//! Text metrics from the fonts the screen uses (egui's Ubuntu Light, then `DejaVu` Sans),
//! so that layouts computed without a `Ui` (legend boxes, exported labels) fit their text.

use std::sync::OnceLock;
use ttf_parser::Face;

/// Font families named in exported SVG, in the order the screen uses them.
pub(crate) const SVG_FONT_FAMILY: &str = "'Ubuntu', 'DejaVu Sans', 'Noto Emoji', 'Droid Sans Fallback', sans-serif";

/// The font files, in fallback order.
pub(crate) fn font_files() -> [&'static [u8]; 4] {
    [
        epaint_default_fonts::UBUNTU_LIGHT,
        crate::fonts::FALLBACK_TTF,
        epaint_default_fonts::NOTO_EMOJI_REGULAR,
        crate::fonts::CJK_TTF,
    ]
}

fn faces() -> &'static [Face<'static>] {
    static FACES: OnceLock<Vec<Face<'static>>> = OnceLock::new();
    FACES.get_or_init(|| font_files().iter().filter_map(|data| Face::parse(data, 0).ok()).collect())
}

/// Width in pixels of `text` set at `size` pixels, as laid out on one line.
pub(crate) fn width(text: &str, size: f32) -> f32 {
    let faces = faces();
    text.chars()
        .map(|c| {
            faces
                .iter()
                .find_map(|f| {
                    let g = f.glyph_index(c)?;
                    let adv = f.glyph_hor_advance(g)?;
                    Some(f32::from(adv) / f32::from(f.units_per_em()))
                })
                .unwrap_or(0.6)
                * size
        })
        .sum()
}

/// The text cut into runs each set in one font: the first, in fallback order, that has the
/// run's characters (as `width` measures them). Each run with the font's index.
pub(crate) fn runs(text: &str) -> Vec<(usize, String)> {
    let faces = faces();
    let mut out: Vec<(usize, String)> = Vec::new();
    for c in text.chars() {
        let font = faces.iter().position(|f| f.glyph_index(c).is_some()).unwrap_or(0);
        match out.last_mut() {
            Some((f, run)) if *f == font || c == ' ' => run.push(c),
            _ => out.push((font, c.to_string())),
        }
    }
    out
}

/// Distance from the top of a line of text to its baseline, at `size` pixels.
pub(crate) fn ascent(size: f32) -> f32 {
    faces().first().map_or(0.8 * size, |f| f32::from(f.ascender()) / f32::from(f.units_per_em()) * size)
}

/// Height of one line of text, at `size` pixels.
pub(crate) fn line_height(size: f32) -> f32 {
    faces().first().map_or(1.2 * size, |f| {
        f32::from(f.ascender() - f.descender() + f.line_gap()) / f32::from(f.units_per_em()) * size
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_grow_with_text_and_size_and_cover_other_scripts() {
        assert!(width("Kazakhstan", 13.0) > width("Japan", 13.0));
        assert!((width("Japan", 26.0) - 2.0 * width("Japan", 13.0)).abs() < 1e-3);
        assert!(width("Қазақстан →", 13.0) > 40.0);
        assert!(ascent(13.0) > 8.0 && ascent(13.0) < line_height(13.0));
    }
}
