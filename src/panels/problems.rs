//! The list of problems in a dataset that could not be opened.

use crate::command::Command;
use crate::i18n::tr;
use crate::load::LoadError;
use eframe::egui::{self, RichText, Ui};
use std::fmt::Write as _;

/// The problems, one per row: where (file, line and column, record and field), what is
/// wrong, and how to fix it. The map behind keeps the dataset it had.
pub(crate) fn ui(ui: &mut Ui, err: &LoadError) -> Option<Command> {
    let mut cmd = None;
    let n = err.problems.len();
    ui.label(crate::i18n::tr_args("problems-problem-found-nothing-was-changed-the", &[("n", n.into())]));
    ui.add_space(4.0);
    egui::ScrollArea::vertical().max_height(340.0).auto_shrink([false, true]).show(ui, |ui| {
        for p in &err.problems {
            let mut place = p.file.clone();
            if let Some(line) = p.line {
                let _ = write!(place, ":{line}");
                if let Some(col) = p.column {
                    let _ = write!(place, ":{col}");
                }
            }
            if !p.location.is_empty() {
                let _ = write!(place, " · {}", p.location);
            }
            ui.label(RichText::new(place).monospace().small());
            ui.label(RichText::new(&p.message).color(ui.visuals().error_fg_color));
            if !p.fix.is_empty() {
                ui.label(RichText::new(crate::i18n::tr_args("problems-fix", &[("fix", p.fix.clone().into())])).weak());
            }
            ui.separator();
        }
    });
    ui.horizontal(|ui| {
        if ui.button(tr("problems-ok")).on_hover_text(Command::DismissError.tooltip()).clicked() {
            cmd = Some(Command::DismissError);
        }
        if ui.button(tr("problems-copy-all")).on_hover_text(tr("problems-copy-every-problem-as-text-one")).clicked() {
            let text: Vec<String> = err.problems.iter().map(ToString::to_string).collect();
            ui.ctx().copy_text(text.join("\n"));
        }
    });
    cmd
}
