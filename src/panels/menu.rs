//! The menu bar and toolbar.

use crate::command::{ACTIONS, Command};
use eframe::egui::{self, Button, Ui};

fn action_button(ui: &mut Ui, action: &Command, checked: Option<bool>) -> Option<Command> {
    let shortcut = action.shortcut().map(|s| ui.ctx().format_shortcut(&s)).unwrap_or_default();
    let button = match checked {
        Some(on) => Button::selectable(on, action.text()),
        None => Button::new(action.text()),
    };
    // Without a shortcut, no shortcut text: it would end the accessible name with a space.
    let button = if shortcut.is_empty() { button } else { button.shortcut_text(shortcut) };
    ui.add(button).on_hover_text(action.tooltip()).clicked().then(|| action.clone())
}

/// The menu bar; `legend` and `side_panel` tell which toggles are on.
/// `right` fills the bar's right end (the search box).
/// `recent` lists the datasets opened lately, newest first.
pub(crate) fn menu_bar(
    ui: &mut Ui,
    legend: bool,
    side_panel: bool,
    labels: crate::view::Lang,
    recent: &[String],
    right: impl FnOnce(&mut Ui) -> Option<Command>,
) -> Option<Command> {
    let mut cmd = None;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            cmd = cmd.take().or(action_button(ui, &Command::Open, None));
            cmd = cmd.take().or(action_button(ui, &Command::OpenFolder, None));
            ui.menu_button("Open recent", |ui| {
                if recent.is_empty() {
                    ui.weak("No recent files");
                }
                for path in recent {
                    let name = std::path::Path::new(path)
                        .file_name()
                        .map_or(path.clone(), |n| n.to_string_lossy().into_owned());
                    if ui.button(name).on_hover_text(path).clicked() {
                        cmd = Some(Command::OpenPath(path.into()));
                    }
                }
                ui.separator();
                cmd = cmd.take().or(action_button(ui, &Command::OpenBuiltin, None));
                if !recent.is_empty() {
                    cmd = cmd.take().or(action_button(ui, &Command::ClearRecent, None));
                }
            });
            ui.separator();
            cmd = cmd.take().or(action_button(ui, &Command::SaveAs, None));
            cmd = cmd.take().or(action_button(ui, &Command::ExportView, None));
            ui.separator();
            cmd = cmd.take().or(action_button(ui, &Command::Quit, None));
        });
        ui.menu_button("View", |ui| {
            for action in &ACTIONS {
                let checked = match action {
                    Command::ToggleLegend => Some(legend),
                    Command::ToggleSidePanel => Some(side_panel),
                    _ => None,
                };
                cmd = cmd.take().or(action_button(ui, action, checked));
            }
            ui.separator();
            ui.menu_button("Label language", |ui| {
                for lang in crate::view::Lang::ALL {
                    cmd = cmd.take().or(action_button(ui, &Command::SetLabels(lang), Some(lang == labels)));
                }
            });
        });
        ui.menu_button("Help", |ui| {
            ui.label("File ▸ Open… (or drop a file on the window): Bridges JSON, CSV lists, GEXF, GraphML.");
            ui.label("Drag the map to pan; scroll or pinch to zoom.");
            ui.label("Click a state, or Tab / arrow keys then Enter, to read its ties.");
            ui.label("Click a tie on the map or in the list to read its evidence.");
            ui.label("Esc or a click on empty map clears the selection.");
        });
        ui.separator();
        for action in [Command::FitView, Command::ExportView] {
            if ui.button(action.text()).on_hover_text(action.tooltip()).clicked() {
                cmd = Some(action);
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if let Some(c) = right(ui) {
                cmd = Some(c);
            }
        });
    });
    cmd
}
