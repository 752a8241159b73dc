//! One frame's CPU work (the app's ui pass plus tessellation, headless, 1600×1000) on the
//! built-in map and on synthetic maps; a click's hit test; the force layout; loading.

use bridges::App;
use bridges::Command;
use bridges::testing::perf::Headless;
use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui::{Vec2, pos2};
use std::hint::black_box;

const SIZE: Vec2 = Vec2::new(1600.0, 1000.0);

fn app_for(actors: usize, ties: usize) -> App {
    let ds = bridges::testing::synthetic::generate(actors, ties, 42);
    match bridges::check(ds, "synthetic", None) {
        Ok(loaded) => App::with_dataset(loaded),
        Err(e) => panic!("synthetic data: {e}"),
    }
}

fn frames(c: &mut Criterion) {
    let mut g = c.benchmark_group("frame");
    g.sample_size(20);
    let mut builtin = Headless::new(App::default(), SIZE);
    builtin.frame();
    g.bench_function("builtin/fit", |b| b.iter(|| black_box(builtin.frame())));
    let start = std::time::Instant::now();
    let mut first = Headless::new(App::default(), SIZE);
    first.frame();
    eprintln!("time to the first frame of the built-in map: {:.1} ms", start.elapsed().as_secs_f64() * 1000.0);
    for (actors, ties) in [(1_000, 5_000), (10_000, 50_000), (10_000, 100_000)] {
        let mut h = Headless::new(app_for(actors, ties), SIZE);
        h.frame();
        g.bench_function(format!("{actors}_{ties}/fit"), |b| b.iter(|| black_box(h.frame())));
        let ctx = h.ctx.clone();
        for _ in 0..8 {
            h.app.run(&ctx, Command::ZoomIn);
        }
        h.frame();
        g.bench_function(format!("{actors}_{ties}/zoom"), |b| b.iter(|| black_box(h.frame())));
        g.bench_function(format!("{actors}_{ties}/hit_test"), |b| {
            b.iter(|| black_box(h.app.hit_test(pos2(600.0, 610.0))));
        });
    }
    g.finish();
}

fn layout_and_load(c: &mut Criterion) {
    let mut g = c.benchmark_group("data");
    g.sample_size(10);
    for (actors, ties) in [(1_000, 5_000), (10_000, 50_000)] {
        let ds = bridges::testing::synthetic::generate(actors, ties, 42);
        g.bench_function(format!("{actors}_{ties}/force_layout"), |b| {
            b.iter(|| black_box(bridges::testing::force(&ds)));
        });
        let dir = std::env::temp_dir().join(format!("bridges-bench-{}-{actors}", std::process::id()));
        let json = dir.join("map.json");
        let pair = dir.join("pair");
        let saved = std::fs::create_dir_all(&dir).is_ok()
            && bridges::save(&ds, &json, bridges::FileFormat::Json).is_ok()
            && bridges::save(&ds, &pair, bridges::FileFormat::CsvPair).is_ok();
        assert!(saved, "could not write the benchmark files in {}", dir.display());
        g.bench_function(format!("{actors}_{ties}/load_json"), |b| {
            b.iter(|| black_box(bridges::load_path(&json).is_ok()));
        });
        g.bench_function(format!("{actors}_{ties}/load_csv"), |b| {
            b.iter(|| black_box(bridges::load_path(&pair).is_ok()));
        });
        let _ = std::fs::remove_dir_all(&dir);
    }
    g.finish();
}

/// Moving a one-year time window by a month over a million dated events (the player's step
/// before drawing): the ties shown found through the index by date.
fn refilter(c: &mut Criterion) {
    let ds = bridges::testing::events::generate(250, 1_000_000, 42);
    let filters = bridges::Filters::default();
    let mut g = c.benchmark_group("refilter");
    g.sample_size(20);
    let mut k = 0u32;
    g.bench_function("events_1m/one_year_window", |b| {
        b.iter(|| {
            k = (k + 1) % 240;
            let from = 2005.0 + f64::from(k) / 12.0;
            let window = Some([from, from + 1.0]);
            let time = bridges::TimeFilter { range: window, mode: bridges::TimeMode::Window, compare: None };
            black_box(bridges::VisibleKey::new(&ds, &filters, &time).compute(&ds))
        });
    });
    g.finish();
}

criterion_group!(benches, frames, layout_and_load, refilter);
criterion_main!(benches);
