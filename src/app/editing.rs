//! Changing the map: edits kept for undo and redo, deleting with what goes with it, asking
//! before unsaved changes are lost, and the recovery copy that outlives a crash.

use super::{App, StatusLine, history, recovery};
use crate::command::Command;
use crate::load;
use eframe::egui;
use std::path::Path;

impl App {
    /// The commands that change the dataset or guard its unsaved changes.
    pub(super) fn run_edit(&mut self, ctx: &egui::Context, cmd: Command) {
        match cmd {
            Command::Edit(edit) => self.edit(*edit),
            Command::Undo => {
                self.travel(true);
            }
            Command::Redo => {
                self.travel(false);
            }
            Command::UndoTo(depth) => while self.history.depth() > depth && self.travel(true) {},
            Command::DeleteSelection => {
                let deletion = self
                    .state
                    .view
                    .selection
                    .clone()
                    .and_then(|s| history::delete(&self.loaded.dataset, &s).map(|(edit, goes)| (s, edit, goes)));
                self.confirm_delete = deletion;
            }
            Command::ConfirmDelete => {
                if let Some((_, edit, _)) = self.confirm_delete.take() {
                    self.edit(edit);
                }
            }
            Command::CancelDelete => self.confirm_delete = None,
            Command::RestoreRecovered => self.restore_recovered(ctx),
            Command::DiscardRecovered => {
                self.recovered = None;
                if let Some(path) = &self.recovery {
                    recovery::remove(path);
                }
            }
            Command::SaveThenContinue | Command::DiscardThenContinue | Command::CancelPending => {
                self.answer_unsaved(ctx, &cmd);
            }
            // Every other command is applied by `run`, which sends only these here.
            _ => {}
        }
    }

    /// Apply an edit and keep what undoes it, named for the Undo menu item.
    fn edit(&mut self, edit: crate::model::Edit) {
        let name = history::describe(&self.loaded.dataset, &edit);
        let selection = self.state.view.selection.clone();
        match self.loaded.dataset.apply(edit) {
            Ok(inverse) => {
                self.history.push(name, inverse, selection);
                self.forget_stale_selection();
            }
            Err(e) => self.status = Some(StatusLine::Failed(format!("Could not change the map: {e}"))),
        }
    }

    /// Undo the last step (`back`) or redo the last undone one; the selection goes back to
    /// what it was before the step. Returns whether a step was taken.
    fn travel(&mut self, back: bool) -> bool {
        let Some(step) = self.history.take(back) else { return false };
        let (done, word) = if back { ("Undid", "undo") } else { ("Redid", "redo") };
        match self.loaded.dataset.apply(step.edit.clone()) {
            Ok(turned) => {
                let now = std::mem::replace(&mut self.state.view.selection, step.selection);
                self.forget_stale_selection();
                self.status = Some(StatusLine::Done(format!("{done} {}", step.name)));
                self.history.moved(back, history::Step { name: step.name, edit: turned, selection: now });
                true
            }
            Err(e) => {
                // Cannot happen while every change goes through the history; said if it does,
                // and the step stays where it was.
                self.status = Some(StatusLine::Failed(format!("Could not {word} {}: {e}", step.name)));
                self.history.kept(back, step);
                false
            }
        }
    }

    /// Put the map a previous run left unsaved in place of this one: as unsaved changes to
    /// the map it came from (Save writes them there).
    fn restore_recovered(&mut self, ctx: &egui::Context) {
        let Some(r) = self.recovered.take() else { return };
        let dir = Path::new(&r.origin).parent().filter(|d| d.is_dir()).map(Path::to_path_buf);
        match load::check(r.dataset, &r.origin, dir.as_deref()) {
            Ok(loaded) => {
                self.replace_dataset(ctx, loaded);
                self.history.restored();
                self.status = Some(StatusLine::Done("Restored the unsaved changes; save them to keep them".to_owned()));
            }
            Err(e) => {
                self.status = Some(StatusLine::Failed(format!(
                    "The recovery copy has {} problem(s); it is kept for you to look at",
                    e.problems.len()
                )));
                self.error = Some(e);
            }
        }
    }

    /// The answer to "Save the changes first?", and then the command that asked.
    fn answer_unsaved(&mut self, ctx: &egui::Context, answer: &Command) {
        let Some(next) = self.pending.take() else { return };
        match answer {
            Command::SaveThenContinue => {
                self.run(ctx, Command::Save);
                // Saved to the map's own file: go on. The built-in map opens Save as, and the
                // user does what they asked for again once it is saved.
                if !self.history.unsaved() {
                    self.run(ctx, next);
                }
            }
            Command::DiscardThenContinue => {
                self.history.discard();
                self.run(ctx, next);
            }
            _ => {}
        }
    }

    /// While there are unsaved changes, write a copy every half minute (the first at once);
    /// once there are none, remove it.
    pub(super) fn keep_recovery_copy(&mut self, ctx: &egui::Context) {
        let Some(path) = self.recovery.clone() else { return };
        if self.recovered.is_some() {
            // The copy of a previous run waits for Restore or Discard; keep it as it is.
            return;
        }
        let now = ctx.input(|i| i.time);
        if self.history.unsaved() {
            if self.recovery_written.is_none_or(|t| now - t >= recovery::EVERY_S) {
                recovery::write(&path, &self.loaded.origin, &self.loaded.dataset);
                self.recovery_written = Some(now);
            }
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(recovery::EVERY_S));
        } else if self.recovery_written.take().is_some() {
            recovery::remove(&path);
        }
    }
}
