//! Measuring Bridges the same way everywhere (the `scale` example, the benchmarks): one frame
//! of the real app in a headless egui context, its ui pass plus tessellation.

use crate::App;
use eframe::egui::{self, Pos2, RawInput, Rect, Vec2};
use std::time::{Duration, Instant};

/// The app in a headless egui context of a given size (no window, no GPU).
pub struct Headless {
    pub ctx: egui::Context,
    frame: eframe::Frame,
    pub app: App,
    size: Vec2,
    repaint: bool,
    time: f64,
}

impl Headless {
    /// The app as the window runs it, with eframe's glow backend: the map's static layers
    /// are drawn by GPU paint callbacks, uploaded when the map is prepared. What is measured
    /// is the CPU work of a frame; the GPU's drawing is not (there is no GPU here).
    pub fn new(app: App, size: Vec2) -> Self {
        let app = app.with_gpu_layers();
        let ctx = egui::Context::default();
        ctx.set_theme(egui::Theme::Light);
        crate::fonts::install(&ctx);
        Self { ctx, frame: eframe::Frame::_new_kittest(), app, size, repaint: false, time: 0.0 }
    }

    /// The input of the next frame, 1/60 s after the last (so animations run their course).
    fn input(&mut self, events: Vec<egui::Event>) -> RawInput {
        self.time += 1.0 / 60.0;
        RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, self.size)),
            time: Some(self.time),
            predicted_dt: 1.0 / 60.0,
            events,
            ..RawInput::default()
        }
    }

    /// Run one frame with these input events: the ui pass and tessellation. Returns the
    /// number of clipped primitives (so the work cannot be optimised away).
    pub fn frame_with(&mut self, events: Vec<egui::Event>) -> usize {
        let input = self.input(events);
        let (app, frame) = (&mut self.app, &mut self.frame);
        // As eframe runs a frame: the app's logic, then its ui.
        let mut out = self.ctx.run_ui(input, |ui| {
            eframe::App::logic(app, ui.ctx(), frame);
            eframe::App::ui(app, ui, frame);
        });
        // No GPU here: texture updates (the font atlas) have nowhere to go.
        out.textures_delta.clear();
        self.repaint = out.viewport_output.values().any(|v| v.repaint_delay < std::time::Duration::from_secs(1));
        self.ctx.tessellate(out.shapes, out.pixels_per_point).len()
    }

    pub fn frame(&mut self) -> usize {
        self.frame_with(Vec::new())
    }

    /// Whether the last frame asked for another one soon (animation, a pending change).
    pub fn wants_repaint(&self) -> bool {
        self.repaint
    }
}

/// The median of `runs` timings of `f` (after one untimed warm-up run).
pub fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    f();
    let mut times: Vec<Duration> = (0..runs.max(1))
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2].as_secs_f64() * 1000.0
}

/// The peak resident memory of this process in MB (Linux; 0 elsewhere).
#[must_use]
pub fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|kb| kb.parse::<f64>().ok()))
        })
        .map_or(0.0, |kb| kb / 1024.0)
}
