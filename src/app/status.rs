//! The status bar: the map's counts, what was just done or went wrong, work under way.

use super::{App, StatusLine};
use crate::command::Command;
use crate::i18n::tr;
use eframe::egui::{self, RichText, Ui};

impl App {
    pub(super) fn status_bar(&self, ui: &mut Ui) -> Option<Command> {
        let mut command = None;
        let ds = &self.loaded.dataset;
        ui.horizontal(|ui| {
            // The origin is a path, or a marker for the built-in record or a new map, named
            // in the interface's language.
            let origin = match self.loaded.origin.as_str() {
                crate::load::BUILTIN_NAME => tr("status-origin-builtin"),
                crate::load::NEW_NAME => tr("status-origin-new"),
                path => path.to_owned(),
            };
            ui.label(format!(
                "{} · {}",
                origin,
                crate::i18n::tr_args(
                    "status-counts",
                    &[
                        ("actors", ds.actors.len().into()),
                        ("ties", ds.ties.len().into()),
                        ("quotes", ds.quotes.len().into())
                    ]
                )
            ));
            // Ties without a source are allowed while the user works, and counted here.
            let unsourced = self.derived.unsourced;
            if unsourced > 0 {
                ui.label(
                    RichText::new(crate::i18n::tr_args("status-unsourced", &[("unsourced", unsourced.into())]))
                        .color(ui.visuals().warn_fg_color),
                )
                .on_hover_text(tr("status-ties-that-cite-no-source-yet"));
            }
            match &self.status {
                Some(StatusLine::Done(m)) => {
                    ui.separator();
                    ui.label(RichText::new(m).color(egui::Color32::from_rgb(0x1b, 0x6e, 0x20)));
                }
                Some(StatusLine::Failed(m)) => {
                    ui.separator();
                    ui.label(RichText::new(m).color(ui.visuals().error_fg_color));
                }
                None => {}
            }
            // Work under way on other threads, each with how long it has taken so far.
            let frames = self.running.frames.as_ref().map(|(done, total, _)| {
                crate::i18n::tr_args(
                    "status-frame-of",
                    &[("arg", (done.load(std::sync::atomic::Ordering::Relaxed)).into()), ("total", total.into())],
                )
            });
            let running = [
                self.running.opening.as_ref().map(crate::jobs::Job::progress),
                self.running.exporting.as_ref().map(|j| j.progress() + frames.as_deref().unwrap_or("")),
                self.derived.pending_layout.as_ref().map(|(_, job)| job.progress()),
            ];
            for (i, progress) in running.into_iter().enumerate() {
                let Some(progress) = progress else { continue };
                ui.separator();
                ui.label(progress);
                let stop = match i {
                    0 => Some(Command::StopOpening),
                    1 if frames.is_some() => Some(Command::StopExport),
                    _ => None,
                };
                if let Some(stop) = stop
                    && ui.small_button(stop.text()).on_hover_text(stop.tooltip()).clicked()
                {
                    command = Some(stop);
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(RichText::new(tr("status-drag-to-pan-scroll-to-zoom")).weak());
            });
        });
        command
    }
}
