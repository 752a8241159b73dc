//! Export speed: the built-in map and a synthetic 1,000-actor / 5,000-tie map, to SVG and PNG;
//! a 10,000 / 50,000 map to PNG, directly and (with it) through its SVG.

use bridges::model::Dataset;
use bridges::{ExportOptions as Options, Picture};
use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui::Vec2;
use std::hint::black_box;

fn picture(ds: &Dataset) -> Picture {
    let layout = bridges::testing::geographic(ds);
    let visible = bridges::Visible::all(ds);
    Picture::of_view(
        ds,
        &bridges::ViewState::default(),
        &layout,
        &visible,
        Vec2::new(1600.0, 1000.0),
        &Options::default(),
    )
}

fn export(c: &mut Criterion) {
    let builtin = match bridges::builtin() {
        Ok(l) => l.dataset,
        Err(e) => panic!("built-in dataset: {e}"),
    };
    let synthetic = bridges::testing::synthetic::generate(1_000, 5_000, 42);
    let mut g = c.benchmark_group("export");
    g.sample_size(10);
    for (name, ds) in [("builtin", &*builtin), ("synthetic_1k_5k", &synthetic)] {
        g.bench_function(format!("{name}/scene"), |b| b.iter(|| black_box(picture(ds))));
        let p = picture(ds);
        g.bench_function(format!("{name}/svg_1x"), |b| b.iter(|| black_box(p.to_svg(1.0, false))));
        g.bench_function(format!("{name}/png_1x"), |b| b.iter(|| black_box(p.to_png(1.0, false))));
        g.bench_function(format!("{name}/png_4x"), |b| b.iter(|| black_box(p.to_png(4.0, false))));
    }
    // A large map: the raster straight from the scene, against the SVG's raster.
    let large = bridges::testing::synthetic::generate(10_000, 50_000, 42);
    let p = picture(&large);
    g.bench_function("synthetic_10k_50k/png_1x", |b| b.iter(|| black_box(p.to_png(1.0, false))));
    g.bench_function("synthetic_10k_50k/both_rasters_1x", |b| b.iter(|| black_box(p.both_rasters(1.0))));
    g.finish();
}

criterion_group!(benches, export);
criterion_main!(benches);
