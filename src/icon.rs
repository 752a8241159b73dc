//! The application's icon, embedded: the window's icon, from the same artwork
//! (`assets/icon/bridges.svg`) as the desktop entry's hicolor icons.

use eframe::egui::IconData;

/// The 256 px rendering of `assets/icon/bridges.svg`.
const PNG: &[u8] = include_bytes!("../assets/icon/hicolor/256x256/apps/bridges.png");

/// The icon as the window takes it, or `None` if it cannot be read (the window then opens
/// with the system's default icon).
#[must_use]
pub fn window_icon() -> Option<IconData> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(PNG));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::ALPHA);
    let mut reader = decoder.read_info().ok()?;
    let mut buf = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut buf).ok()?;
    buf.truncate(info.buffer_size());
    let rgba = match info.color_type {
        png::ColorType::Rgba => buf,
        png::ColorType::GrayscaleAlpha => buf.chunks_exact(2).flat_map(|p| [p[0], p[0], p[0], p[1]]).collect(),
        _ => return None,
    };
    Some(IconData { rgba, width: info.width, height: info.height })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_icon_decodes_to_a_square_of_rgba() {
        let icon = super::window_icon().expect("the icon decodes");
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
        // Not blank: the artwork has opaque pixels and more than one colour.
        assert!(icon.rgba.chunks_exact(4).any(|p| p[3] == 255));
        let first = &icon.rgba[4 * (128 * 256 + 128)..][..4];
        assert!(icon.rgba.chunks_exact(4).any(|p| p != first));
    }
}
