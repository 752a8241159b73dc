//! The menu bar and toolbar.

use crate::command::{ACTIONS, Command};
use crate::i18n::tr;
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

/// What the menus show of the app's state.
pub(crate) struct MenuState<'a> {
    /// Which toggles are on.
    pub legend: bool,
    pub side_panel: bool,
    pub labels: crate::view::Lang,
    /// The interface's language as chosen (`None`: the system's).
    pub language: Option<crate::view::Lang>,
    /// The datasets opened lately, newest first.
    pub recent: &'a [String],
    /// The names of the steps that Undo and Redo would take, and of every step behind.
    pub undo: Option<&'a str>,
    pub redo: Option<&'a str>,
    pub history: Vec<&'a str>,
    /// Whether edit mode is on.
    pub edit_mode: bool,
    /// Whether something is selected that Delete would delete.
    pub can_delete: bool,
    /// Size by, colour by, focus depth, periods compared.
    pub look: super::look::LookState,
    /// The tab shown in the middle of the window.
    pub tab: crate::view::Tab,
}

/// The menu bar; `right` fills the bar's right end (the search box).
pub(crate) fn menu_bar(
    ui: &mut Ui,
    state: &MenuState<'_>,
    right: impl FnOnce(&mut Ui) -> Option<Command>,
) -> Option<Command> {
    let MenuState { legend, side_panel, labels, recent, .. } = *state;
    let mut cmd = None;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr("menu-file"), |ui| {
            cmd = cmd.take().or(action_button(ui, &Command::NewMap, None));
            cmd = cmd.take().or(action_button(ui, &Command::Open, None));
            cmd = cmd.take().or(action_button(ui, &Command::OpenFolder, None));
            ui.menu_button(tr("menu-open-recent"), |ui| {
                if recent.is_empty() {
                    ui.weak(tr("menu-no-recent-files"));
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
            cmd = cmd.take().or(action_button(ui, &Command::Save, None));
            cmd = cmd.take().or(action_button(ui, &Command::SaveAs, None));
            cmd = cmd.take().or(action_button(ui, &Command::ExportView, None));
            ui.separator();
            cmd = cmd.take().or(action_button(ui, &Command::Quit, None));
        });
        ui.menu_button(tr("menu-edit"), |ui| {
            cmd = cmd.take().or(edit_menu(ui, state));
        });
        ui.menu_button(tr("menu-view"), |ui| {
            for action in &ACTIONS {
                let checked = match action {
                    Command::ToggleLegend => Some(legend),
                    Command::ToggleSidePanel => Some(side_panel),
                    _ => None,
                };
                cmd = cmd.take().or(action_button(ui, action, checked));
            }
            ui.separator();
            ui.menu_button(tr("menu-language"), |ui| {
                let system = Command::SetLanguage(None);
                cmd = cmd.take().or(action_button(ui, &system, Some(state.language.is_none())));
                for lang in crate::view::Lang::ALL {
                    let pick = Command::SetLanguage(Some(lang));
                    cmd = cmd.take().or(action_button(ui, &pick, Some(state.language == Some(lang))));
                }
            });
            ui.menu_button(tr("menu-label-language"), |ui| {
                for lang in crate::view::Lang::ALL {
                    cmd = cmd.take().or(action_button(ui, &Command::SetLabels(lang), Some(lang == labels)));
                }
            });
            ui.separator();
            cmd = cmd.take().or(super::look::menus(ui, &state.look));
            ui.separator();
            for action in [Command::ToggleViews, Command::ToggleStories, Command::PresentStory] {
                cmd = cmd.take().or(action_button(ui, &action, None));
            }
        });
        ui.menu_button(tr("menu-help"), |ui| {
            ui.label(tr("menu-file-open-or-drop-a-file"));
            ui.label(tr("menu-drag-the-map-to-pan-scroll"));
            ui.label(tr("menu-click-a-state-or-tab-arrow"));
            ui.label(tr("menu-click-a-tie-on-the-map"));
            ui.label(tr("menu-esc-or-a-click-on-empty"));
        });
        ui.separator();
        for tab in crate::view::Tab::ALL {
            let action = Command::SetTab(tab);
            if ui.add(Button::selectable(state.tab == tab, tab.label())).on_hover_text(action.tooltip()).clicked() {
                cmd = Some(action);
            }
        }
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

/// Undo and Redo named after their steps ("Undo delete Kazakhstan"), the history of steps
/// to go back to, and Delete.
fn edit_menu(ui: &mut Ui, state: &MenuState<'_>) -> Option<Command> {
    let mut cmd = action_button(ui, &Command::ToggleEditMode, Some(state.edit_mode));
    ui.separator();
    for (action, name) in [(Command::Undo, state.undo), (Command::Redo, state.redo)] {
        let shortcut = action.shortcut().map(|s| ui.ctx().format_shortcut(&s)).unwrap_or_default();
        let text = match name {
            Some(n) => format!("{} {n}", action.text()),
            None => action.text(),
        };
        let button = Button::new(text).shortcut_text(shortcut);
        if ui.add_enabled(name.is_some(), button).on_hover_text(action.tooltip()).clicked() {
            cmd = Some(action);
        }
    }
    ui.add_enabled_ui(!state.history.is_empty(), |ui| {
        ui.menu_button(tr("menu-history"), |ui| {
            let depth = state.history.len();
            if ui.button(tr("menu-the-map-as-opened")).on_hover_text(tr("menu-undo-every-change")).clicked() {
                cmd = Some(Command::UndoTo(0));
            }
            for (i, name) in state.history.iter().enumerate() {
                let back = Command::UndoTo(i + 1);
                let button = Button::selectable(i + 1 == depth, format!("{}. {name}", i + 1));
                if ui.add(button).on_hover_text(back.tooltip()).clicked() {
                    cmd = Some(back);
                }
            }
        });
    });
    ui.separator();
    let delete = Command::DeleteSelection;
    let shortcut = delete.shortcut().map(|s| ui.ctx().format_shortcut(&s)).unwrap_or_default();
    let button = Button::new(delete.text()).shortcut_text(shortcut);
    if ui.add_enabled(state.can_delete, button).on_hover_text(delete.tooltip()).clicked() {
        cmd = Some(delete);
    }
    cmd
}
