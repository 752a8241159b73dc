//! Changing the map: edits kept for undo and redo, deleting with what goes with it, asking
//! before unsaved changes are lost, and the recovery copy that outlives a crash.

use super::{App, StatusLine, history, recovery};
use crate::command::Command;
use crate::i18n::tr_args;
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
                let deletion = self.state.view.selection.clone().and_then(|s| {
                    history::delete(&self.loaded.dataset, &s).map(|(edit, goes)| (self.selection_name(&s), edit, goes))
                });
                self.confirm_delete = deletion;
            }
            Command::DeleteRecord(kind, id) => {
                let ds = &self.loaded.dataset;
                self.confirm_delete = history::delete_record(ds, kind, &id);
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
            Command::MoveNode(id, at) => self.move_node(&id, at),
            Command::DrawTie(from, to) => self.draw_tie(from, to),
            Command::PlaceActor(actor) => {
                if self.state.view.layout == crate::view::LayoutKind::Geographic {
                    self.status = Some(StatusLine::Done(crate::i18n::tr_args(
                        "editing-click-the-map-where-goes-esc",
                        &[("name", actor.name.clone().into())],
                    )));
                    self.placing = Some(*actor);
                } else {
                    // Other layouts place actors themselves.
                    self.insert_actor(*actor);
                }
            }
            Command::PlaceAt(at) => {
                if let Some(mut actor) = self.placing.take() {
                    actor.position = Some(crate::layout::unproject(egui::pos2(at[0], at[1])));
                    self.status = None;
                    self.insert_actor(actor);
                }
            }
            Command::CancelPlacing => {
                if let Some(a) = self.placing.take() {
                    self.status = Some(StatusLine::Done(crate::i18n::tr_args(
                        "editing-was-not-added",
                        &[("name", a.name.into())],
                    )));
                }
            }
            // Every other command is applied by `run`, which sends only these here.
            _ => {}
        }
    }

    /// Apply an edit and keep what undoes it, named for the Undo menu item.
    fn edit(&mut self, edit: crate::model::Edit) {
        let name = history::describe(&self.loaded.dataset, &edit);
        // What is added is selected, to be read and filled in (undo selects what was before).
        let added = match &edit {
            crate::model::Edit::Insert { record: crate::model::Record::Actor(a), .. } => {
                Some(crate::view::Selection::Actor(a.id.clone()))
            }
            crate::model::Edit::Insert { record: crate::model::Record::Tie(t), .. } => {
                Some(crate::view::Selection::Tie(t.id.clone()))
            }
            _ => None,
        };
        let depth = self.history.depth();
        // A map of one's own starts empty: while it has hardly anything, the view is fitted
        // again to what is added.
        let sparse = self.loaded.dataset.drawn().len() < 3;
        self.edit_named(edit, name);
        if self.history.depth() > depth && added.is_some() {
            if sparse && matches!(added, Some(crate::view::Selection::Actor(_))) {
                self.state.view.camera = None;
            }
            self.state.view.selection = added;
        }
    }

    /// Apply an edit named by the caller ("move Japan").
    pub(super) fn edit_named(&mut self, edit: crate::model::Edit, name: String) {
        let selection = self.state.view.selection.clone();
        match std::sync::Arc::make_mut(&mut self.loaded.dataset).apply(edit) {
            Ok(inverse) => {
                self.history.push(name, inverse, selection);
                self.forget_stale_selection();
            }
            Err(e) => {
                self.status = Some(StatusLine::Failed(crate::i18n::tr_args(
                    "editing-could-not-change-the-map",
                    &[("e", e.to_string().into())],
                )));
            }
        }
    }

    /// Undo the last step (`back`) or redo the last undone one; the selection goes back to
    /// what it was before the step. Returns whether a step was taken.
    fn travel(&mut self, back: bool) -> bool {
        let Some(step) = self.history.take(back) else { return false };

        match std::sync::Arc::make_mut(&mut self.loaded.dataset).apply(step.edit.clone()) {
            Ok(turned) => {
                let now = std::mem::replace(&mut self.state.view.selection, step.selection);
                let pin = step.pin.map(|p| self.set_pin(p));
                self.forget_stale_selection();
                let args = [("name", step.name.as_str().into())];
                let done = if back { tr_args("editing-undid", &args) } else { tr_args("editing-redid", &args) };
                self.status = Some(StatusLine::Done(done));
                self.history.moved(back, history::Step { name: step.name, edit: turned, selection: now, pin });
                true
            }
            Err(e) => {
                // Cannot happen while every change goes through the history; said if it does,
                // and the step stays where it was.
                let args = [("name", step.name.as_str().into()), ("e", e.to_string().into())];
                let failed = if back {
                    tr_args("editing-could-not-undo", &args)
                } else {
                    tr_args("editing-could-not-redo", &args)
                };
                self.status = Some(StatusLine::Failed(failed));
                self.history.kept(back, step);
                false
            }
        }
    }

    /// Add an actor and select it.
    fn insert_actor(&mut self, actor: crate::model::Actor) {
        let at = self.loaded.dataset.actors.len();
        self.edit(crate::model::Edit::Insert { at, record: crate::model::Record::Actor(actor) });
    }

    /// A pin set (or lifted) in its layout; returns the change that puts back what was.
    fn set_pin(&mut self, change: history::PinChange) -> history::PinChange {
        let pins = self.state.view.pins.entry(change.layout).or_default();
        let was = match change.at {
            Some(at) => pins.insert(change.actor.clone(), at),
            None => pins.remove(&change.actor),
        };
        history::PinChange { at: was, ..change }
    }

    /// The first pin of a drag in edit mode: remember what it replaced, so the drop can be
    /// one undo step from where the node was.
    pub(super) fn pin_dragged(&mut self, id: String, at: [f32; 2]) {
        let layout = self.state.view.layout;
        if self.state.edit_mode && self.drag_before.as_ref().is_none_or(|(a, _)| *a != id) {
            let was = self.state.view.pins.get(&layout).and_then(|p| p.get(&id)).copied();
            self.drag_before = Some((id.clone(), was));
        }
        self.state.view.pins.entry(layout).or_default().insert(id, at);
    }

    /// A node dropped in edit mode. In the geographic layout its coordinates change (a
    /// state's capital, another actor's position); in the others it is pinned. One step.
    fn move_node(&mut self, id: &str, at: [f32; 2]) {
        let layout = self.state.view.layout;
        // The pin the drag showed is lifted: the step below puts the node where it goes.
        let was = match self.drag_before.take() {
            Some((a, was)) if a == id => was,
            _ => self.state.view.pins.get(&layout).and_then(|p| p.get(id)).copied(),
        };
        self.set_pin(history::PinChange { layout, actor: id.to_owned(), at: was });
        let name = crate::i18n::tr_args("editing-move", &[("arg", (self.loaded.dataset.name_of(id)).into())]);
        if layout == crate::view::LayoutKind::Geographic {
            let Some(mut actor) = self.loaded.dataset.actor(id).cloned() else { return };
            let place = crate::layout::unproject(egui::pos2(at[0], at[1]));
            match actor.capital.as_mut() {
                Some(c) => (c.lat, c.lon) = (place.lat, place.lon),
                None => actor.position = Some(place),
            }
            let edit = crate::model::Edit::Replace { id: id.to_owned(), record: crate::model::Record::Actor(actor) };
            self.edit_named(edit, name);
        } else {
            let undo = self.set_pin(history::PinChange { layout, actor: id.to_owned(), at: Some(at) });
            let selection = self.state.view.selection.clone();
            self.history.push_step(history::Step {
                name,
                edit: crate::model::Edit::Batch(Vec::new()),
                selection,
                pin: Some(undo),
            });
        }
    }

    /// A tie drawn from one node to another: a visit, dated and sourced in the side panel.
    fn draw_tie(&mut self, from: String, to: String) {
        let ds = &self.loaded.dataset;
        let base = format!("visit-{from}-{to}");
        let id = crate::panels::editor::fresh_id(&base, |id| ds.tie(id).is_some());
        let tie = crate::model::Tie {
            id: id.clone(),
            kind: crate::model::TieKind::Visit,
            from,
            to: vec![to],
            via: None,
            date: crate::model::DateSpan::default(),
            status: crate::model::Status::default(),
            place: None,
            people: Vec::new(),
            summary: String::new(),
            evidence: Vec::new(),
            attributes: crate::model::Attributes::new(),
        };
        let at = ds.ties.len();
        self.edit(crate::model::Edit::Insert { at, record: crate::model::Record::Tie(tie) });
        if self.loaded.dataset.tie(&id).is_some() {
            self.status = Some(StatusLine::Done(crate::i18n::tr("editing-added-a-tie")));
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
                self.status = Some(StatusLine::Done(crate::i18n::tr("editing-restored-the-unsaved-changes")));
            }
            Err(e) => {
                self.status = Some(StatusLine::Failed(crate::i18n::tr_args(
                    "editing-the-recovery-copy-has-problem-s",
                    &[("problems", (e.problems.len()).into())],
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
