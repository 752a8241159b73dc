//! The PNG is rasterised straight from the scene, not from the SVG text; it must still be the
//! picture the SVG describes. Both rasters, side by side, pixel by pixel.

mod common;

use bridges::{ExportOptions as Options, Picture, Selection, ViewState};
use eframe::egui::Vec2;

/// How far apart two rasters are: pixels whose largest channel difference exceeds 64, and the
/// mean channel difference.
fn difference(a: &(u32, u32, Vec<u8>), b: &(u32, u32, Vec<u8>)) -> (usize, f64) {
    assert_eq!((a.0, a.1), (b.0, b.1), "the same size");
    let mut far = 0;
    let mut total = 0u64;
    for (p, q) in a.2.chunks_exact(4).zip(b.2.chunks_exact(4)) {
        let d = p.iter().zip(q).map(|(x, y)| x.abs_diff(*y)).max().unwrap_or(0);
        far += usize::from(d > 64);
        total += p.iter().zip(q).map(|(x, y)| u64::from(x.abs_diff(*y))).sum::<u64>();
    }
    (far, total as f64 / a.2.len() as f64)
}

fn check(ds: &bridges::Dataset, view: &ViewState, size: Vec2, scale: f32) {
    let layout = bridges::testing::geographic(ds);
    let visible = bridges::VisibleKey::new(ds, &view.filters, &view.time).compute(ds);
    let picture = Picture::of_view(ds, view, &layout, &visible, size, &Options::default());
    let [direct, through_svg] = picture.both_rasters(scale).expect("both rasters");
    let (far, mean) = difference(&direct, &through_svg);
    let pixels = (direct.0 * direct.1) as usize;
    // Anti-aliased edges may differ by a step where a coordinate rounds differently; a shape
    // missing or misplaced would differ over hundreds of pixels at full strength.
    assert!(far * 1000 < pixels, "{far} of {pixels} pixels differ strongly");
    assert!(mean < 1.0, "mean channel difference {mean:.3}");
    // And the picture is not blank: the comparison compares something.
    let distinct: std::collections::BTreeSet<&[u8]> = direct.2.chunks_exact(4).collect();
    assert!(distinct.len() > 50, "{} colours", distinct.len());
}

#[test]
fn the_direct_raster_is_the_svgs_raster_on_the_built_in_map() {
    let ds = bridges::builtin().expect("built-in").dataset;
    let mut view = ViewState::default();
    check(&ds, &view, Vec2::new(1200.0, 800.0), 1.0);
    // A selection dims the rest and widens its ties; at 2× every shape is drawn again.
    view.selection = Some(Selection::Actor("kazakhstan".into()));
    check(&ds, &view, Vec2::new(800.0, 500.0), 2.0);
}

#[test]
fn the_direct_raster_is_the_svgs_raster_on_a_dense_synthetic_map() {
    let ds = bridges::testing::synthetic::generate(400, 3000, 11);
    check(&ds, &ViewState::default(), Vec2::new(1000.0, 700.0), 1.0);
}
