//! The windows over the map (a dataset's problems, export, save as, questions) and files
//! dropped on it.

use super::App;
use crate::command::Command;
use crate::i18n::tr;
use crate::load;
use crate::panels;
use eframe::egui::{self, Ui};

impl App {
    /// A window in the middle of the screen; closing it gives `close`.
    fn dialog_window(
        ctx: &egui::Context,
        window: egui::Window<'_>,
        close: Command,
        contents: impl FnOnce(&mut Ui) -> Option<Command>,
    ) -> Option<Command> {
        let mut open = true;
        let shown = window
            .pivot(egui::Align2::CENTER_CENTER)
            .default_pos(ctx.content_rect().center())
            .open(&mut open)
            .collapsible(false)
            .show(ctx, contents);
        if !open {
            return Some(close);
        }
        shown.and_then(|r| r.inner).flatten()
    }

    pub(super) fn windows(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        if let Some(err) = &self.error {
            let window =
                egui::Window::new(crate::i18n::tr_args("windows-could-not-open", &[("file", err.file.clone().into())]))
                    .id(egui::Id::unique("load-problems"))
                    .default_width(560.0);
            commands
                .extend(Self::dialog_window(ctx, window, Command::DismissError, |ui| panels::problems::ui(ui, err)));
        }
        if self.stories.panel.views_open {
            let window = egui::Window::new(tr("windows-saved-views")).default_width(380.0);
            let (ds, panel) = (&self.loaded.dataset, &mut self.stories.panel);
            commands.extend(Self::dialog_window(ctx, window, Command::ToggleViews, |ui| {
                panels::stories::views(ui, ds, panel)
            }));
        }
        if self.stories.panel.stories_open {
            let current = self.current_view("");
            let window = egui::Window::new(tr("windows-stories")).default_width(480.0);
            let (ds, panel) = (&self.loaded.dataset, &mut self.stories.panel);
            commands.extend(Self::dialog_window(ctx, window, Command::ToggleStories, |ui| {
                panels::stories::stories(ui, ds, panel, &current)
            }));
        }
        let view = self.map.size();
        let stories: Vec<&str> = self.loaded.dataset.stories.iter().map(|s| s.name.as_str()).collect();
        if let Some(dialog) = self.export_dialog.as_mut() {
            let window = egui::Window::new(tr("windows-export-view")).resizable(false);
            let options = &self.state.export;
            commands.extend(Self::dialog_window(ctx, window, Command::CloseExportDialog, |ui| {
                panels::export_dialog::ui(ui, dialog, options, view, &stories)
            }));
        }
        if let Some((what, _, goes)) = &self.confirm_delete {
            let what = what.clone();
            let window = egui::Window::new(crate::i18n::tr_args("windows-delete", &[("what", what.clone().into())]))
                .resizable(false);
            commands.extend(Self::dialog_window(ctx, window, Command::CancelDelete, |ui| {
                panels::confirm::delete(ui, &what, goes)
            }));
        }
        if let Some(r) = &self.recovered {
            // No close button: the copy is either restored or given up, never lost by a click
            // beside the question.
            let n = (r.dataset.actors.len(), r.dataset.ties.len());
            let shown = egui::Window::new(tr("windows-restore-unsaved-changes"))
                .pivot(egui::Align2::CENTER_CENTER)
                .default_pos(ctx.content_rect().center())
                .resizable(false)
                .collapsible(false)
                .show(ctx, |ui| panels::confirm::recovered(ui, &r.origin, n));
            commands.extend(shown.and_then(|s| s.inner).flatten());
        }
        if self.pending.is_some() {
            let title = &self.loaded.dataset.title;
            let window = egui::Window::new(tr("windows-unsaved-changes")).resizable(false);
            commands.extend(Self::dialog_window(ctx, window, Command::CancelPending, |ui| {
                panels::confirm::unsaved(ui, title)
            }));
        }
        if let Some(dialog) = self.save_dialog.as_mut() {
            let window = egui::Window::new(tr("windows-save-as")).resizable(false);
            commands.extend(Self::dialog_window(ctx, window, Command::CloseSaveDialog, |ui| {
                panels::save_dialog::ui(ui, dialog)
            }));
        }
        commands
    }

    /// Files dropped on the window are opened (the first one); while a file is dragged
    /// over the window, say what dropping it does.
    pub(super) fn dropped_files(ctx: &egui::Context) -> Option<Command> {
        let (hovering, dropped) = ctx
            .input(|i| (!i.raw.hovered_files.is_empty(), i.raw.dropped_files.first().map(|f| f.path().to_path_buf())));
        if hovering {
            let rect = ctx.content_rect();
            let painter = ctx.layer_painter(egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("drop")));
            painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(150));
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                tr("windows-drop-to-open"),
                egui::FontId::proportional(24.0),
                egui::Color32::WHITE,
            );
        }
        dropped
            .filter(|p| !p.as_os_str().is_empty())
            .map(|p| if load::is_source_text(&p) { Command::SourceFromFile(p) } else { Command::OpenPath(p) })
    }
}
