//! The event-data mode of the scale example: a million dated events among 250 states,
//! opened, played and exported as the app does it. Prints one JSON line.
//!
//! The list is written as a CSV pair first; it is then opened in a fresh process of this
//! example, so that the peak memory is that of opening and playing it, not of generating it.

use bridges::testing::perf::{Headless, median_ms, peak_rss_mb};
use bridges::{App, Command, ExportOptions as Options, Picture, TimeFilter, TimeMode};
use eframe::egui::Vec2;
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

/// Generate, write, and measure in a child process.
pub(crate) fn run(states: usize, events: usize, seed: u64, frames: usize) {
    let dir = std::env::temp_dir().join(format!("bridges-events-{states}-{events}-{seed}"));
    if !dir.join("edges.csv").exists() {
        let t = Instant::now();
        let ds = bridges::testing::events::generate(states, events, seed);
        if let Err(e) = bridges::save(&ds, &dir, bridges::FileFormat::CsvPair) {
            eprintln!("could not write the CSV pair: {e}");
            std::process::exit(1);
        }
        eprintln!("wrote {} in {:.1} s", dir.display(), t.elapsed().as_secs_f64());
    }
    let exe = std::env::current_exe().unwrap_or_else(|_| std::path::PathBuf::from("scale"));
    let status =
        std::process::Command::new(exe).arg("--measure").arg(&dir).arg("--frames").arg(frames.to_string()).status();
    if !status.as_ref().is_ok_and(std::process::ExitStatus::success) {
        eprintln!("measuring failed: {status:?}");
        std::process::exit(1);
    }
}

/// Open `path` and measure; print the JSON line.
pub(crate) fn measure(path: &Path, frames: usize) {
    let t = Instant::now();
    let loaded = match bridges::load_path(path) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let open_ms = t.elapsed().as_secs_f64() * 1000.0;
    let size = Vec2::new(1600.0, 1000.0);
    let mut h = Headless::new(App::with_dataset(loaded), size);
    let (actors, ties) = (h.app.loaded().dataset.actors.len(), h.app.loaded().dataset.ties.len());

    // Refiltering: a one-year window moved a month at a time, as playing moves it.
    let filters = bridges::Filters::default();
    let window = |k: usize| {
        let from = 1995.0 + k as f64 / 12.0;
        TimeFilter { range: Some([from, from + 1.0]), mode: TimeMode::Window, compare: None }
    };
    let refilter_ms = {
        let ds = &h.app.loaded().dataset;
        let mut k = 120; // from 2005, as playing below
        median_ms(frames.max(5), || {
            k += 1;
            black_box(bridges::VisibleKey::new(ds, &filters, &window(k)).compute(ds));
        })
    };

    // One picture of the map made on this thread, as a step of the window away from play
    // makes it (a month moved with the slider, say): refiltering, then preparing, projecting
    // and drawing the map.
    h.frame();
    let ctx = h.ctx.clone();
    let in_window = bridges::VisibleKey::new(&h.app.loaded().dataset, &filters, &window(120))
        .compute(&h.app.loaded().dataset)
        .ties
        .len();
    eprintln!("a one-year window from 2005 holds {in_window} ties");
    let mut times = Vec::new();
    for k in 0..frames.max(5) {
        let t = Instant::now();
        h.app.run(&ctx, Command::SetTime(window(120 + k)));
        black_box(h.frame());
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    let picture_ms = median(&mut times);
    // The same for all time: every one of the million ties shown, drawn as flows per pair.
    let mut times = Vec::new();
    for k in 0..3 {
        h.app.run(&ctx, Command::SetTime(window(120 + k)));
        h.frame();
        let t = Instant::now();
        h.app.run(&ctx, Command::SetTime(TimeFilter::default()));
        black_box(h.frame());
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    let picture_all_ms = median(&mut times);

    // Playing: the player moves the one-year window a month per frame (5 years a second at 60
    // frames a second), frames paced at 60 a second as a screen shows them. Each frame's CPU
    // on the UI thread is timed; the map's pictures are made on another thread meanwhile, and
    // how many were shown a second is counted.
    h.app.run(&ctx, Command::SetTime(window(120)));
    h.frame();
    h.app.run(&ctx, Command::SetPlayer(bridges::Player { speed: 5.0, looping: true, playing: true }));
    let (pictures, start) = (h.app.scene_preparations(), Instant::now());
    let mut times = Vec::new();
    for k in 0..(frames.max(5) * 3) {
        let t = Instant::now();
        black_box(h.frame());
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        let next = std::time::Duration::from_secs_f64((k + 1) as f64 / 60.0);
        std::thread::sleep(next.saturating_sub(start.elapsed()));
    }
    let play_pictures_per_s = (h.app.scene_preparations() - pictures) as f64 / start.elapsed().as_secs_f64();
    let frame_play_ms = median(&mut times);
    h.app.run(&ctx, Command::TogglePlay);
    // At rest: the frame that draws the timeline (the map's picture kept).
    h.frame();
    let timeline_frame_ms = median_ms(frames, || {
        black_box(h.frame());
    });

    let export_png_ms = {
        let ds = &h.app.loaded().dataset;
        let layout = bridges::testing::geographic(ds);
        let visible = bridges::VisibleKey::new(ds, &filters, &window(240)).compute(ds);
        let view = bridges::ViewState::default();
        let picture = Picture::of_view(ds, &view, &layout, &visible, size, &Options::default());
        median_ms(3, || {
            black_box(picture.to_png(1.0, false).ok());
        })
    };
    println!(
        "{{\"states\":{actors},\"events\":{ties},\"open_ms\":{open_ms:.0},\"refilter_ms\":{refilter_ms:.2},\"frame_play_ms\":{frame_play_ms:.2},\"play_pictures_per_s\":{play_pictures_per_s:.1},\"picture_ms\":{picture_ms:.1},\"picture_all_ms\":{picture_all_ms:.0},\"timeline_frame_ms\":{timeline_frame_ms:.2},\"export_png_ms\":{export_png_ms:.0},\"peak_rss_mb\":{:.0}}}",
        peak_rss_mb()
    );
}

/// The median of some timings (sorted in place).
fn median(times: &mut [f64]) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}
