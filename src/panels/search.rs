//! The search box (Ctrl+F) and its result list.

use crate::command::Command;
use crate::i18n::tr;
use crate::model::Dataset;
use crate::search::{Hit, search};
use eframe::egui::{self, Key, Modifiers, Ui};

/// What the user typed, and which result Enter would choose.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct SearchBox {
    pub query: String,
    pub highlighted: usize,
}

const MAX_RESULTS: usize = 12;

/// The search field; `focus` gives it the keyboard (Ctrl+F).
pub(crate) fn ui(ui: &mut Ui, ds: &Dataset, state: &mut SearchBox, focus: bool) -> Option<Command> {
    let id = ui.make_persistent_id("bridges-search");
    let has_focus = ui.memory(|m| m.has_focus(id));
    let hits: Vec<Hit> = search(ds, &state.query, MAX_RESULTS);
    if has_focus && !hits.is_empty() {
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::ArrowDown)) {
            state.highlighted = (state.highlighted + 1).min(hits.len() - 1);
        }
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::ArrowUp)) {
            state.highlighted = state.highlighted.saturating_sub(1);
        }
    }
    // Shown at the right end of the menu bar, laid out right to left: the field, then its label.
    let edit = ui.add(
        egui::TextEdit::singleline(&mut state.query)
            .id(id)
            .desired_width(240.0)
            .hint_text(tr("search-actors-ties-people-quotes-ctrl-f")),
    );
    let label = ui.label(tr("search-search"));
    let edit = edit.labelled_by(label.id);
    if focus {
        edit.request_focus();
    }
    if edit.changed() {
        state.highlighted = 0;
    }
    let mut cmd = None;
    let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    if enter && let Some(hit) = hits.get(state.highlighted.min(hits.len().saturating_sub(1))) {
        cmd = Some(Command::Reveal(hit.selection.clone()));
    }
    let show_list = !hits.is_empty() && (edit.has_focus() || edit.lost_focus());
    if show_list {
        egui::Area::new(id.with("results")).fixed_pos(edit.rect.left_bottom()).order(egui::Order::Foreground).show(
            ui.ctx(),
            |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_max_width(420.0);
                    for (i, hit) in hits.iter().enumerate() {
                        let text = format!("{} · {}", hit.what, hit.text);
                        if ui.selectable_label(i == state.highlighted, text).clicked() {
                            cmd = Some(Command::Reveal(hit.selection.clone()));
                        }
                    }
                });
            },
        );
    } else if !state.query.trim().is_empty()
        && hits.is_empty()
        && edit.has_focus()
        && state.query.trim().chars().count() >= 2
    {
        edit.on_hover_text(tr("search-no-match"));
    }
    cmd
}
