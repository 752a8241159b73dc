//! Work the app does on other threads: opening a dataset, writing an export, a large force
//! layout; and taking their results, in `eframe::App::logic` before each frame's ui.

use super::{App, StatusLine};
use crate::command::Command;
use crate::export;
use crate::jobs::{self, Job, Poll};
use crate::load::{self, LoadError, Loaded};
use eframe::egui;
use std::path::{Path, PathBuf};

/// How many recent files File ▸ Open recent lists.
pub(super) const MAX_RECENT: usize = 10;

/// An export on another thread: the file written (or why not), and its size in words.
pub(super) type ExportJob = Job<(Result<PathBuf, export::ExportError>, String)>;

/// Jobs under way, each with what its result is for.
#[derive(Default)]
pub(super) struct Running {
    /// A dataset being read, and the path it comes from.
    pub opening: Option<Job<(PathBuf, Result<Loaded, LoadError>)>>,
    /// An export being written, with the size it is written at.
    pub exporting: Option<ExportJob>,
    /// An animation being drawn: frames done, frames in all, and the switch that stops it.
    pub frames:
        Option<(std::sync::Arc<std::sync::atomic::AtomicUsize>, usize, std::sync::Arc<std::sync::atomic::AtomicBool>)>,
}

impl App {
    /// Open a dataset; on failure keep the map and list every problem. It is read on another
    /// thread: a file read within a moment is shown at once, a larger one says it is being
    /// opened while the window goes on answering.
    pub(super) fn open(&mut self, ctx: &egui::Context, path: &Path) {
        let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let owned = path.to_path_buf();
        // A newer request replaces one still running (its result is dropped).
        self.running.opening = None;
        let job = Job::spawn(crate::i18n::tr_args("jobs-opening", &[("name", name.into())]), move || {
            let loaded = load::load_path(&owned);
            (owned, loaded)
        });
        match job.wait(jobs::FOREGROUND) {
            Poll::Done((path, result)) => self.opened(ctx, &path, result),
            Poll::Running => {
                // The status bar shows its progress from now on.
                self.status = None;
                self.running.opening = Some(job);
            }
            Poll::Lost => self.job_lost(&job.what),
        }
    }

    pub(super) fn job_lost(&mut self, what: &str) {
        self.status = Some(StatusLine::Failed(crate::i18n::tr_args(
            "jobs-stopped-unexpectedly-nothing-was-changed",
            &[("what", what.into())],
        )));
    }

    /// Show what opening `path` gave: the new map, or its problems beside the old one.
    fn opened(&mut self, ctx: &egui::Context, path: &Path, result: Result<Loaded, LoadError>) {
        let shown = path.display().to_string();
        match result {
            Ok(loaded) => {
                let ds = &loaded.dataset;
                self.status = Some(StatusLine::Done(crate::i18n::tr_args(
                    "status-opened",
                    &[
                        ("path", shown.into()),
                        ("actors", ds.actors.len().into()),
                        ("ties", ds.ties.len().into()),
                        ("quotes", ds.quotes.len().into()),
                    ],
                )));
                self.replace_dataset(ctx, loaded);
                self.error = None;
                let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()).display().to_string();
                self.state.recent.retain(|p| p != &absolute);
                self.state.recent.insert(0, absolute);
                self.state.recent.truncate(MAX_RECENT);
            }
            Err(e) => {
                self.status = Some(StatusLine::Failed(crate::i18n::tr_args(
                    "jobs-could-not-open-problem-s-the",
                    &[("shown", shown.into()), ("problems", (e.problems.len()).into())],
                )));
                self.error = Some(e);
            }
        }
    }

    /// Take the results of work done on other threads; while any runs, look again shortly
    /// (the status line says what runs).
    pub(super) fn poll_jobs(&mut self, ctx: &egui::Context) {
        self.poll_layout(ctx);
        if let Some(job) = self.running.opening.take() {
            match job.poll() {
                Poll::Done((path, result)) => self.opened(ctx, &path, result),
                Poll::Running => self.running.opening = Some(job),
                Poll::Lost => self.job_lost(&job.what),
            }
        }
        if self.derived.poll_metrics() {
            // Measure the newest view if the one measured is not it any more.
            self.refresh();
            ctx.request_repaint();
        } else if self.derived.pending_metrics.is_some() {
            ctx.request_repaint_after(jobs::REFRESH);
        }
        if let Some(job) = self.running.exporting.take() {
            match job.poll() {
                Poll::Done((result, size)) => self.exported(result, &size),
                Poll::Running => self.running.exporting = Some(job),
                Poll::Lost => self.job_lost(&job.what),
            }
        }
        if let Some(what) = self.map.take_lost() {
            self.job_lost(&what);
        }
        if self.busy() {
            ctx.request_repaint_after(jobs::REFRESH);
        }
    }

    /// Whether work runs on another thread (a file being opened, an export being written,
    /// a layout being worked out).
    pub fn busy(&self) -> bool {
        self.running.opening.is_some() || self.running.exporting.is_some() || self.derived.layout_pending()
    }

    /// Take a layout finished on another thread: the map is fitted to it.
    fn poll_layout(&mut self, ctx: &egui::Context) {
        let Some((key, job)) = self.derived.pending_layout.take() else { return };
        match job.poll() {
            Poll::Done(layout) => {
                let seconds = format!("{:.1}", job.elapsed().as_secs_f64());
                self.status = Some(StatusLine::Done(crate::i18n::tr_args(
                    "jobs-laid-out",
                    &[("actors", layout.pos.len().into()), ("seconds", seconds.into())],
                )));
                self.derived.layout = layout;
                self.derived.layout_for = key;
                self.run(ctx, Command::FitView);
            }
            Poll::Running => self.derived.pending_layout = Some((key, job)),
            Poll::Lost => self.job_lost(&job.what),
        }
    }

    /// While playing, move the time range on (as a command, like any other change) and keep
    /// frames coming; otherwise nothing.
    pub(super) fn play(&mut self, ctx: &egui::Context) {
        let player = self.state.player;
        if !player.playing {
            return;
        }
        let Some(extent) = crate::filter::extent(&self.loaded.dataset) else {
            self.run(ctx, Command::SetPlayer(crate::view::Player { playing: false, ..player }));
            return;
        };
        let dt = f64::from(ctx.input(|i| i.stable_dt).min(0.1));
        let (time, going) = crate::view::step(&self.state.view.time, extent, &player, dt);
        self.run(ctx, Command::SetTime(time));
        if !going {
            self.run(ctx, Command::SetPlayer(crate::view::Player { playing: false, ..player }));
        }
        ctx.request_repaint();
    }

    /// Export the current view to `path`; the outcome goes to the status line. The picture is
    /// taken now; it is encoded and written on another thread (a large PNG takes seconds).
    pub(super) fn export_to(&mut self, path: &Path) {
        if let Some(job) = &self.running.exporting {
            self.status = Some(StatusLine::Failed(crate::i18n::tr_args(
                "jobs-is-still-under-way-export-again",
                &[("what", job.what.clone().into())],
            )));
            return;
        }
        let options = self.state.export;
        let view = self.map.size();
        let size =
            options.scale_for(view).map(|s| format!(" ({:.0}×{:.0} px)", view.x * s, view.y * s)).unwrap_or_default();
        let owned = path.to_path_buf();
        let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let story = self.export_dialog.as_ref().and_then(|d| d.story).and_then(|i| self.loaded.dataset.stories.get(i));
        let job = if let Some(story) = story {
            let (ds, story, size, fps) = (self.loaded.dataset.clone(), story.clone(), view, options.fps);
            Job::spawn(crate::i18n::tr_args("jobs-exporting-the-story", &[("name", name.into())]), move || {
                let written = export::story::export(&ds, &story, &owned, size, &options, fps);
                let n = story.steps.len();
                (
                    written.map(|files| files.last().cloned().unwrap_or(owned)),
                    crate::i18n::tr_args("jobs-steps", &[("n", n.into())]),
                )
            })
        } else if let Some(kind) = export::animate::Kind::of_window_path(path) {
            match self.animation_job(kind, &owned, &name) {
                Ok(job) => job,
                Err(e) => {
                    self.status =
                        Some(StatusLine::Failed(crate::i18n::tr_args("jobs-export-failed", &[("e", e.into())])));
                    return;
                }
            }
        } else {
            let picture = self.picture();
            Job::spawn(
                crate::i18n::tr_args("jobs-exporting", &[("name", name.into()), ("size", size.clone().into())]),
                move || (picture.export(&owned, &options), size),
            )
        };
        match job.wait(jobs::FOREGROUND) {
            Poll::Done((result, size)) => self.exported(result, &size),
            Poll::Running => {
                self.status = None;
                self.running.exporting = Some(job);
            }
            Poll::Lost => self.job_lost(&job.what),
        }
    }

    /// The job that draws the timeline as an animation, from the start of the time range
    /// shown (the first dated tie when none is set) to its end, one frame per step of the
    /// export options; its progress and Stop are in `running.frames`.
    fn animation_job(&mut self, kind: export::animate::Kind, path: &Path, name: &str) -> Result<ExportJob, String> {
        use std::sync::Arc;
        use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
        let ds = &self.loaded.dataset;
        let range = self.state.view.time.range.or_else(|| crate::filter::extent(ds));
        let Some([a, b]) = range else { return Err(crate::i18n::tr("jobs-no-dated-ties")) };
        let (from, to) = (
            crate::model::PartialDate::year(a.floor() as i32),
            crate::model::PartialDate::year((b - 1e-9).floor() as i32),
        );
        let options = self.state.export;
        let periods = export::animate::periods(from, to, options.step)?;
        let animation = export::animate::Animation { periods, fps: options.fps, cumulative: options.cumulative };
        let total = animation.periods.len();
        let (done, stop) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicBool::new(false)));
        self.running.frames = Some((done.clone(), total, stop.clone()));
        let mut view = self.state.view.clone();
        view.camera = Some(view.camera.unwrap_or_else(|| self.fitted_camera()));
        let (ds, layout, size, owned) = (ds.clone(), self.derived.layout.clone(), self.map.size(), path.to_path_buf());
        let what = crate::i18n::tr_args("jobs-exporting-frames", &[("name", name.into()), ("total", total.into())]);
        Ok(Job::spawn(what, move || {
            let progress = |n: usize, _: usize| done.store(n, Ordering::Relaxed);
            let drawn =
                export::animate::render(&ds, &view, &layout, size, &options, &animation, kind, &progress, &stop);
            let result = match drawn {
                Ok(Some(bytes)) => export::write_atomic(&owned, &bytes).map(|()| owned),
                Ok(None) => Err(export::ExportError::Render(crate::i18n::tr("jobs-stopped-nothing-written"))),
                Err(e) => Err(e),
            };
            (result, crate::i18n::tr_args("jobs-frames", &[("total", total.into())]))
        }))
    }

    fn exported(&mut self, result: Result<PathBuf, export::ExportError>, size: &str) {
        self.running.frames = None;
        self.status = Some(match result {
            Ok(written) => {
                self.state.export_path = Some(written.display().to_string());
                StatusLine::Done(crate::i18n::tr_args(
                    "jobs-exported",
                    &[("display", (written.display()).to_string().into()), ("size", size.into())],
                ))
            }
            Err(e) => StatusLine::Failed(crate::i18n::tr_args("jobs-export-failed", &[("e", e.to_string().into())])),
        });
    }

    /// The picture of the current view, as the screen shows it, with the export's overlay.
    pub fn picture(&self) -> export::Picture {
        let d = &self.derived;
        let mut view = self.state.view.clone();
        // Before the first frame the camera is not set yet: fit beside the screen's legend.
        view.camera = Some(view.camera.unwrap_or_else(|| self.fitted_camera()));
        export::Picture::of_view(
            &self.loaded.dataset,
            &view,
            &d.layout,
            &d.visible,
            self.map.size(),
            &self.state.export,
        )
    }
}
