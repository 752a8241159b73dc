//! View ▸ Size by, Colour by, Focus depth and Compare periods: how the structure of the view
//! is read on the map.

use crate::command::Command;
use crate::i18n::tr;
use crate::view::{ColourBy, Look, Metric};
use eframe::egui::{self, Button, Ui};

/// What these menus show of the app's state.
pub(crate) struct LookState {
    pub look: Look,
    /// The periods compared, if any.
    pub compare: Option<[[f64; 2]; 2]>,
    /// The years the data covers, for the periods' first values.
    pub extent: Option<[f64; 2]>,
}

fn choice(ui: &mut Ui, on: bool, text: &str, tooltip: &str) -> bool {
    ui.add(Button::selectable(on, text)).on_hover_text(tooltip).clicked()
}

/// The entries of the View menu.
pub(crate) fn menus(ui: &mut Ui, state: &LookState) -> Option<Command> {
    let mut cmd = None;
    let look = state.look;
    ui.menu_button(tr("look-size-by"), |ui| {
        let tip = tr("look-size-all-ties-tip");
        if choice(ui, look.size_by.is_none(), &tr("look-size-all-ties"), &tip) {
            cmd = Some(Command::SetLook(Look { size_by: None, ..look }));
        }
        for m in Metric::ALL {
            let tip = crate::i18n::tr_args("look-node-size-over-what-the-view", &[("label", (m.label()).into())]);
            if choice(ui, look.size_by == Some(m), &m.label(), &tip) {
                cmd = Some(Command::SetLook(Look { size_by: Some(m), ..look }));
            }
        }
    });
    ui.menu_button(tr("look-colour-by"), |ui| {
        for c in ColourBy::ALL {
            let tip = match c {
                ColourBy::Kind => tr("look-colour-kind-tip"),
                ColourBy::Metric(_) => tr("look-colour-metric-tip"),
                ColourBy::Community => tr("look-colour-community-tip"),
            };
            if choice(ui, look.colour_by == c, &c.label(), &tip) {
                cmd = Some(Command::SetLook(Look { colour_by: c, ..look }));
            }
        }
    });
    ui.menu_button(tr("look-focus-depth"), |ui| {
        for depth in 1..=Look::MAX_DEPTH {
            let text = crate::i18n::tr_args("look-steps", &[("depth", depth.into())]);
            let tip = tr("look-focus-depth-tip");
            if choice(ui, look.depth == depth, &text, &tip) {
                cmd = Some(Command::SetLook(Look { depth, ..look }));
            }
        }
    });
    ui.menu_button(tr("look-compare-periods"), |ui| {
        cmd = cmd.take().or(compare_form(ui, state));
    });
    cmd
}

/// Period A and B as years, kept while the menu is open; Compare or Stop comparing.
fn compare_form(ui: &mut Ui, state: &LookState) -> Option<Command> {
    let id = egui::Id::unique("compare-periods");
    let [lo, hi] = state.extent.map_or([2004, 2025], |[a, b]| [a.floor() as i32, (b - 1e-9).floor() as i32]);
    let first = state.compare.map_or_else(
        || {
            let mid = lo + (hi - lo) / 2;
            [lo, mid, mid + 1, hi]
        },
        |[a, b]| [a[0].floor() as i32, (a[1] - 1e-9).floor() as i32, b[0].floor() as i32, (b[1] - 1e-9).floor() as i32],
    );
    let mut years: [i32; 4] = ui.data_mut(|d| *d.get_temp_mut_or(id, first));
    let mut cmd = None;
    ui.label(tr("look-pairs-with-ties-in-b-only"));
    egui::Grid::new("compare-grid").show(ui, |ui| {
        for (row, name) in [tr("look-period-a"), tr("look-period-b")].into_iter().enumerate() {
            ui.label(&name);
            ui.add(egui::DragValue::new(&mut years[row * 2]).range(lo..=hi))
                .on_hover_text(crate::i18n::tr_args("look-first-year", &[("name", name.as_str().into())]));
            ui.label(tr("look-to"));
            ui.add(egui::DragValue::new(&mut years[row * 2 + 1]).range(lo..=hi))
                .on_hover_text(crate::i18n::tr_args("look-last-year", &[("name", name.as_str().into())]));
            ui.end_row();
        }
    });
    ui.data_mut(|d| d.insert_temp(id, years));
    let [a0, a1, b0, b1] = years.map(f64::from);
    let valid = a1 >= a0 && b1 >= b0;
    ui.horizontal(|ui| {
        let compare = Command::SetCompare(Some([[a0, a1 + 1.0], [b0, b1 + 1.0]]));
        if ui.add_enabled(valid, Button::new(compare.text())).on_hover_text(compare.tooltip()).clicked() {
            cmd = Some(compare);
        }
        let stop = Command::SetCompare(None);
        if ui.add_enabled(state.compare.is_some(), Button::new(stop.text())).on_hover_text(stop.tooltip()).clicked() {
            cmd = Some(stop);
        }
    });
    if !valid {
        ui.colored_label(ui.visuals().error_fg_color, tr("look-period-ends-before-start"));
    }
    cmd
}
