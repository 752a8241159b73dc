//! How Bridges copes with a large map: one JSON line of medians in milliseconds.
//!
//! cargo run --release --example scale -- --actors 10000 --ties 50000

use bridges::App;
use bridges::Command;
use bridges::testing::perf::{Headless, median_ms, peak_rss_mb};
use bridges::{ExportOptions as Options, Picture};
use clap::Parser;
use eframe::egui::{self, Vec2};
use std::hint::black_box;

// The app's allocator (src/main.rs), so that the figures are the app's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "scale/events.rs"]
mod events;

#[derive(Parser)]
struct Args {
    #[arg(long, default_value_t = 10_000)]
    actors: usize,
    #[arg(long, default_value_t = 50_000)]
    ties: usize,
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Only write the generated map to this file (Bridges JSON; a folder: the CSV pair) and stop.
    #[arg(long)]
    save: Option<std::path::PathBuf>,
    /// Frames timed for each frame figure.
    #[arg(long, default_value_t = 15)]
    frames: usize,
    /// Event-data mode: this many dated events among `--states` states (1995–2025).
    #[arg(long)]
    events: Option<usize>,
    /// States of the event-data mode (the capitals table's 193, then made-up ones).
    #[arg(long, default_value_t = 250)]
    states: usize,
    /// Event-data mode: measure opening this file or folder (written by `--save`) and stop.
    #[arg(long, hide = true)]
    measure: Option<std::path::PathBuf>,
}

fn main() {
    let args = Args::parse();
    if let Some(path) = &args.measure {
        events::measure(path, args.frames);
        return;
    }
    let ds = match args.events {
        Some(n) if args.save.is_none() => return events::run(args.states, n, args.seed, args.frames),
        Some(n) => bridges::testing::events::generate(args.states, n, args.seed),
        None => bridges::testing::synthetic::generate(args.actors, args.ties, args.seed),
    };
    if let Some(path) = &args.save {
        return save(&ds, path);
    }
    let size = Vec2::new(1600.0, 1000.0);

    // Loading a CSV pair of it, as File ▸ Open does.
    let dir = std::env::temp_dir().join(format!("bridges-scale-{}", std::process::id()));
    if let Err(e) = bridges::save(&ds, &dir, bridges::FileFormat::CsvPair) {
        eprintln!("could not write the CSV pair: {e}");
        std::process::exit(1);
    }
    let load_csv_ms = median_ms(3, || {
        black_box(bridges::load_path(&dir).ok());
    });
    let loaded = match bridges::load_path(&dir) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("the CSV pair did not load: {e}");
            std::process::exit(1);
        }
    };
    let _ = std::fs::remove_dir_all(&dir);

    let layout_converge_ms = median_ms(3, || {
        black_box(bridges::testing::force(&loaded.dataset));
    });

    // Exports, before the app is started: its work on other threads (a force layout, the
    // metrics of the view) would take a core from them.
    let layout = bridges::testing::geographic(&loaded.dataset);
    let visible = bridges::Visible::all(&loaded.dataset);
    let view = bridges::ViewState::default();
    let picture = Picture::of_view(&loaded.dataset, &view, &layout, &visible, size, &Options::default());
    let export_svg_ms = median_ms(3, || {
        black_box(picture.to_svg(1.0, false));
    });
    let export_png_ms = median_ms(3, || {
        black_box(picture.to_png(1.0, false).ok());
    });

    // The metrics of the whole map (betweenness dominates: one shortest-path search per
    // actor), as the app works them out on another thread; also before the app starts.
    let t = std::time::Instant::now();
    black_box(bridges::analysis::compute(&loaded.dataset, &visible));
    let metrics_ms = t.elapsed().as_secs_f64() * 1000.0;

    let mut h = Headless::new(App::with_dataset(loaded.clone()), size);
    h.frame();
    let frame_fit_ms = median_ms(args.frames, || {
        black_box(h.frame());
    });
    // Zoomed in on the middle of the map, eight steps of 1.25.
    let ctx = h.ctx.clone();
    for _ in 0..8 {
        h.app.run(&ctx, Command::ZoomIn);
    }
    h.frame();
    let builds = h.app.map_builds();
    let frame_zoom_ms = median_ms(args.frames, || {
        black_box(h.frame());
    });
    eprintln!("map prepared {} times while zoomed", h.app.map_builds() - builds);
    // While the view moves (zooming in and out in turn); the frame after it rests; and the
    // time from then until the map is drawn anew for the view at rest (on another thread for
    // a very large map, frames going on meanwhile every 10 ms, as the app asks for them).
    let mut zoom_in = true;
    let (mut moving, mut resting, mut settling) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..6 {
        h.app.run(&ctx, if zoom_in { Command::ZoomIn } else { Command::ZoomOut });
        zoom_in = !zoom_in;
        let t = std::time::Instant::now();
        black_box(h.frame());
        moving.push(t.elapsed().as_secs_f64() * 1000.0);
        let t = std::time::Instant::now();
        black_box(h.frame());
        resting.push(t.elapsed().as_secs_f64() * 1000.0);
        while !h.app.map_is_current() && t.elapsed() < std::time::Duration::from_secs(30) {
            std::thread::sleep(std::time::Duration::from_millis(10));
            black_box(h.frame());
        }
        settling.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (frame_move_ms, frame_rest_ms, settle_ms) = (median(moving), median(resting), median(settling));
    let hit_test_ms = {
        let p = egui::pos2(size.x * 0.37, size.y * 0.61);
        let n = 1000;
        median_ms(5, || {
            for i in 0..n {
                black_box(h.app.hit_test(p + egui::vec2(i as f32 * 0.01, 0.0)));
            }
        }) / f64::from(n)
    };

    let (delete_ms, undo_ms, undo_records) = undo_step(&mut h, &loaded);

    println!(
        "{{\"actors\":{},\"ties\":{},\"frame_fit_ms\":{frame_fit_ms:.3},\"frame_zoom_ms\":{frame_zoom_ms:.3},\"frame_move_ms\":{frame_move_ms:.1},\"frame_rest_ms\":{frame_rest_ms:.1},\"settle_ms\":{settle_ms:.1},\"hit_test_ms\":{hit_test_ms:.5},\"layout_converge_ms\":{layout_converge_ms:.1},\"load_csv_ms\":{load_csv_ms:.1},\"export_svg_ms\":{export_svg_ms:.1},\"export_png_ms\":{export_png_ms:.1},\"delete_ms\":{delete_ms:.1},\"undo_ms\":{undo_ms:.1},\"undo_records\":{undo_records},\"metrics_ms\":{metrics_ms:.0},\"peak_rss_mb\":{:.0}}}",
        loaded.dataset.actors.len(),
        loaded.dataset.ties.len(),
        peak_rss_mb()
    );
}

/// Write the generated map to `path` (its format by its extension; a folder: the CSV pair).
fn save(ds: &bridges::Dataset, path: &std::path::Path) {
    match bridges::save(ds, path, bridges::FileFormat::of_path(path)) {
        Ok(files) => files.iter().for_each(|f| println!("{}", f.display())),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}

/// One undoable edit: deleting the actor with the most ties (and its ties), then undoing it,
/// each as the app applies it: the edit, then refreshing what derives from the data. Returns
/// both times in milliseconds and how many records the step holds.
fn undo_step(h: &mut Headless, loaded: &bridges::Loaded) -> (f64, f64, usize) {
    let ctx = h.ctx.clone();
    let ds = &loaded.dataset;
    let busiest = ds
        .actors
        .iter()
        .max_by_key(|a| (ds.ties.iter().filter(|t| t.involves(&a.id)).count(), std::cmp::Reverse(a.id.clone())))
        .map(|a| a.id.clone())
        .unwrap_or_default();
    let undo_records = ds.ties.iter().filter(|t| t.involves(&busiest)).count() + 1;
    h.app.run(&ctx, Command::Select(Some(bridges::Selection::Actor(busiest))));
    h.app.run(&ctx, Command::DeleteSelection);
    let t = std::time::Instant::now();
    h.app.run(&ctx, Command::ConfirmDelete);
    let delete_ms = t.elapsed().as_secs_f64() * 1000.0;
    let t = std::time::Instant::now();
    h.app.run(&ctx, Command::Undo);
    let undo_ms = t.elapsed().as_secs_f64() * 1000.0;
    assert_eq!(h.app.loaded().dataset, loaded.dataset, "undo gives back the dataset as it was");

    (delete_ms, undo_ms, undo_records)
}
