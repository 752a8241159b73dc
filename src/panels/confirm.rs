//! Questions asked before a change that takes more than the user pointed at.

use crate::command::Command;
use crate::i18n::tr;
use eframe::egui::{self, Ui};

/// The most dependents listed by name; the rest are counted.
const LISTED: usize = 12;

/// "Delete Kazakhstan?": what goes with it, then Delete or Cancel. Undo brings all of it back.
pub(crate) fn delete(ui: &mut Ui, what: &str, goes: &[String]) -> Option<Command> {
    let mut cmd = None;
    if goes.is_empty() {
        ui.label(crate::i18n::tr_args("confirm-will-be-deleted", &[("what", what.into())]));
    } else {
        ui.label(crate::i18n::tr_args(
            "confirm-will-be-deleted-and-with-it",
            &[("what", what.into()), ("goes", (goes.len()).into())],
        ));
        egui::ScrollArea::vertical().max_height(220.0).show(ui, |ui| {
            for g in goes.iter().take(LISTED) {
                ui.label(format!("• {g}"));
            }
            if goes.len() > LISTED {
                ui.weak(crate::i18n::tr_args("confirm-and-more", &[("arg", (goes.len() - LISTED).into())]));
            }
        });
    }
    ui.weak(tr("confirm-edit-undo-brings-everything-back"));
    ui.separator();
    ui.horizontal(|ui| {
        let delete = Command::ConfirmDelete;
        if ui.button(delete.text()).on_hover_text(delete.tooltip()).clicked() {
            cmd = Some(delete);
        }
        let cancel = Command::CancelDelete;
        if ui.button(cancel.text()).on_hover_text(cancel.tooltip()).clicked() {
            cmd = Some(cancel);
        }
    });
    cmd
}

/// Unsaved changes and an action that would lose them: Save, Discard or Cancel.
pub(crate) fn unsaved(ui: &mut Ui, title: &str) -> Option<Command> {
    let mut cmd = None;
    ui.label(if title.is_empty() {
        tr("confirm-save-the-changes-to-this-map-first")
    } else {
        crate::i18n::tr_args("confirm-save-the-changes-to-first", &[("name", title.into())])
    });
    ui.weak(tr("confirm-without-saving-they-are-lost"));
    ui.separator();
    ui.horizontal(|ui| {
        for action in [Command::SaveThenContinue, Command::DiscardThenContinue, Command::CancelPending] {
            if ui.button(action.text()).on_hover_text(action.tooltip()).clicked() {
                cmd = Some(action);
            }
        }
    });
    cmd
}

/// A previous run ended with unsaved changes: Restore them or Discard the copy.
pub(crate) fn recovered(ui: &mut Ui, origin: &str, (actors, ties): (usize, usize)) -> Option<Command> {
    let mut cmd = None;
    ui.label(crate::i18n::tr_args("confirm-bridges-ended-with-unsaved-changes-to", &[("origin", origin.into())]));
    ui.weak(crate::i18n::tr_args(
        "confirm-the-copy-holds-actors-and-ties",
        &[("actors", actors.into()), ("ties", ties.into())],
    ));
    ui.separator();
    ui.horizontal(|ui| {
        for action in [Command::RestoreRecovered, Command::DiscardRecovered] {
            if ui.button(action.text()).on_hover_text(action.tooltip()).clicked() {
                cmd = Some(action);
            }
        }
    });
    cmd
}
