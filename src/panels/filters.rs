//! The filter panel: tie kinds, statuses and actor kinds, each with its count and its style,
//! so it doubles as the legend. Toggling returns a command.

use crate::command::Command;
use crate::model::{ActorKind, Dataset, Status, TieKind};
use crate::style;
use crate::view::{Filters, LayoutKind};
use eframe::egui::{self, Color32, RichText, Ui};
use std::collections::BTreeMap;

fn swatch(ui: &mut Ui, color: Color32, round: bool) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
    if round {
        ui.painter().circle_filled(rect.center(), 6.0, color);
    } else {
        ui.painter().line_segment([rect.left_center(), rect.right_center()], egui::Stroke::new(3.0, color));
    }
}

fn toggle(ui: &mut Ui, shown: bool, text: String, color: Color32, round: bool) -> bool {
    ui.horizontal(|ui| {
        swatch(ui, if shown { color } else { color.gamma_multiply(0.3) }, round);
        let mut on = shown;
        ui.checkbox(&mut on, text)
            .on_hover_text(if shown { "Click to hide these" } else { "Click to show these" })
            .changed()
    })
    .inner
}

/// Show the filters; `layout` is the current layout and `pins` how many actors are pinned in it.
pub fn ui(ui: &mut Ui, ds: &Dataset, filters: &Filters, layout: LayoutKind, pins: usize) -> Option<Command> {
    let mut cmd = None;
    ui.heading("Layout");
    for kind in LayoutKind::ALL {
        if ui.radio(layout == kind, kind.label()).on_hover_text(Command::SetLayout(kind).tooltip()).clicked() {
            cmd = Some(Command::SetLayout(kind));
        }
    }
    if pins > 0 && ui.button(format!("Unpin {pins} dragged")).on_hover_text(Command::ClearPins.tooltip()).clicked() {
        cmd = Some(Command::ClearPins);
    }
    ui.separator();
    ui.heading("Show");
    let mut kinds: BTreeMap<TieKind, usize> = BTreeMap::new();
    for t in &ds.ties {
        *kinds.entry(t.kind.clone()).or_default() += 1;
    }
    ui.label(RichText::new("Ties").strong());
    for (kind, n) in &kinds {
        let shown = !filters.hidden_tie_kinds.contains(kind.as_str());
        let label = match kind {
            TieKind::Visit => format!("Visits ({n})"),
            TieKind::Dialogue => format!("Dialogues ({n})"),
            TieKind::Other(_) => format!("{} ({n})", kind.label()),
        };
        if toggle(ui, shown, label, style::tie_color(kind), false) {
            cmd = Some(Command::ToggleTieKind(kind.as_str().to_owned()));
        }
    }
    ui.label(RichText::new("Status").strong());
    for status in Status::ALL {
        let n = ds.ties.iter().filter(|t| t.status == status).count();
        let shown = !filters.hidden_statuses.contains(&status);
        let grey = Color32::from_gray(90);
        if toggle(ui, shown, format!("{} ({n})", capitalised(status.label())), grey, false) {
            cmd = Some(Command::ToggleStatus(status));
        }
    }
    ui.label(RichText::new("Actors").strong());
    for kind in ActorKind::ALL.into_iter().filter(|k| k.on_map()) {
        let n = ds.actors.iter().filter(|a| a.kind == kind).count();
        if n == 0 {
            continue;
        }
        let shown = !filters.hidden_actor_kinds.contains(&kind);
        if toggle(ui, shown, format!("{} ({n})", kind.label()), style::actor_color(kind), true) {
            cmd = Some(Command::ToggleActorKind(kind));
        }
    }
    ui.add_space(4.0);
    if ui
        .add_enabled(!filters.is_empty(), egui::Button::new(Command::ResetFilters.text()))
        .on_hover_text(Command::ResetFilters.tooltip())
        .clicked()
    {
        cmd = Some(Command::ResetFilters);
    }
    cmd
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}
