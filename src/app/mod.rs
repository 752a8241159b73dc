//! The eframe app: its state, starting and remembering it, and the layout of a frame.
//! Applying commands is in `commands.rs`, work on other threads in `jobs.rs`, what is
//! derived from the state in `derived.rs`.

mod commands;
mod derived;
mod editing;
mod history;
mod jobs;
#[cfg(feature = "testing")]
mod probes;
mod recovery;
mod status;
mod story;
mod tabs;
mod windows;

pub use derived::BACKGROUND_LAYOUT_ABOVE;

use crate::command::{ACTIONS, Command};
use crate::export;
use crate::load::{self, LoadError, Loaded};
use crate::map_view::{MapInput, MapView};
use crate::model::Dataset;
use crate::panels;
use crate::scene::{OverlayOptions, SceneKey};
use crate::view::{Player, Tab, ViewState};
use derived::Derived;
use eframe::egui::{self, Ui};
use serde::{Deserialize, Serialize};

/// The key under which the view is stored by eframe.
const STORAGE_KEY: &str = "bridges-state";

/// What is remembered between runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Persisted {
    pub view: ViewState,
    pub show_legend: bool,
    pub show_side_panel: bool,
    pub export: export::Options,
    /// The file last exported to, offered again next time.
    pub export_path: Option<String>,
    pub player: Player,
    /// Datasets opened lately, newest first.
    pub recent: Vec<String>,
    /// The format and place of the last "Save as".
    pub save_format: crate::formats::Format,
    pub save_path: Option<String>,
    /// The dataset `view` belongs to (its origin): the view of another dataset is not restored.
    pub view_of: String,
    /// Edit ▸ Edit map: the side panel shows the forms that change the map.
    pub edit_mode: bool,
    /// What the middle of the window shows: the map, the table or the charts.
    pub tab: Tab,
    /// View ▸ Language: the interface's language, or `None` for the system's.
    pub language: Option<crate::view::Lang>,
    /// Whether View ▸ Label language was chosen; until then actors are named in the
    /// interface's language.
    pub labels_chosen: bool,
}

impl Default for Persisted {
    fn default() -> Self {
        Self {
            view: ViewState::default(),
            // The filter panel shows every style with its toggle; the map's own legend
            // (always in exports, by default) is one key away.
            show_legend: false,
            show_side_panel: true,
            export: export::Options::default(),
            export_path: None,
            player: Player::default(),
            recent: Vec::new(),
            save_format: crate::formats::Format::Json,
            save_path: None,
            view_of: load::BUILTIN_NAME.to_owned(),
            edit_mode: false,
            tab: Tab::Map,
            language: None,
            labels_chosen: false,
        }
    }
}

/// A message in the status bar: what was just done, or what went wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StatusLine {
    Done(String),
    Failed(String),
}

pub struct App {
    loaded: Loaded,
    state: Persisted,
    /// Legend, counts, layout, visible set, timeline summary and overview, made from
    /// `loaded` and `state` and kept up to date by `refresh`.
    derived: Derived,
    map: MapView,
    /// A dataset that failed to load, shown until dismissed; the map keeps what it had.
    error: Option<LoadError>,
    export_dialog: Option<panels::export_dialog::Dialog>,
    save_dialog: Option<panels::save_dialog::Dialog>,
    status: Option<StatusLine>,
    search: panels::search::SearchBox,
    focus_search: bool,
    running: jobs::Running,
    /// What edit mode's forms hold while the user types.
    editor: panels::editor::EditorState,
    /// The changes made to the dataset since it was opened, to undo and redo.
    history: history::History,
    /// A delete waiting for the user's answer: the selection, the edit that deletes it with
    /// what goes with it, and those things named.
    confirm_delete: Option<(String, crate::model::Edit, Vec<String>)>,
    /// The window title last set, so it is set again only when it changes.
    title: String,
    /// A command that would lose unsaved changes, waiting for Save, Discard or Cancel.
    pending: Option<Command>,
    /// The window may close (Quit was chosen, or there was nothing to lose).
    closing: bool,
    /// Where the copy of unsaved changes goes (`None`: nowhere, as in tests), when it was
    /// last written (egui time, seconds), and a copy found at start, offered for restoring.
    recovery: Option<std::path::PathBuf>,
    recovery_written: Option<f64>,
    recovered: Option<recovery::Recovered>,
    /// A new actor waiting for a click on the map that places it.
    placing: Option<crate::model::Actor>,
    /// The node being dragged in edit mode and its pin before the drag.
    drag_before: Option<(String, Option<[f32; 2]>)>,
    /// Saved views and stories: their windows, the story presented, the move under way.
    stories: story::Stories,
    /// The Table tab's choice of table and sorting.
    table: panels::table::TableState,
    /// The Charts tab's figures, for the view and selected actor they were made for.
    charts: Option<(crate::filter::VisibleKey, Option<String>, panels::charts::ChartData)>,
}

impl Default for App {
    /// The app on the built-in dataset.
    fn default() -> Self {
        match load::builtin() {
            Ok(loaded) => Self::with_dataset(loaded),
            Err(e) => {
                let mut app = Self::with_dataset(Loaded {
                    dataset: std::sync::Arc::default(),
                    origin: load::BUILTIN_NAME.to_owned(),
                    texts: load::SourceTexts::new(),
                });
                app.error = Some(e);
                app
            }
        }
    }
}

impl App {
    #[must_use]
    pub fn with_dataset(loaded: Loaded) -> Self {
        let state = Persisted::default();
        Self {
            derived: Derived::new(&loaded.dataset, &state.view),
            loaded,
            state,
            map: MapView::default(),
            error: None,
            export_dialog: None,
            save_dialog: None,
            status: None,
            search: panels::search::SearchBox::default(),
            focus_search: false,
            running: jobs::Running::default(),
            editor: panels::editor::EditorState::default(),
            history: history::History::clean(),
            confirm_delete: None,
            title: crate::TITLE.to_owned(),
            pending: None,
            closing: false,
            recovery: None,
            recovery_written: None,
            recovered: None,
            placing: None,
            drag_before: None,
            stories: story::Stories::default(),
            table: panels::table::TableState::default(),
            charts: None,
        }
    }

    /// Keep a copy of unsaved changes in `path`, and offer the one a previous run left there.
    #[must_use]
    pub fn with_recovery_file(mut self, path: std::path::PathBuf) -> Self {
        self.recovered = recovery::read(&path);
        self.recovery = Some(path);
        self
    }

    /// The app as eframe starts it: the built-in dataset and the remembered view, then the
    /// dataset named on the command line, if any (should it fail, the built-in map stays
    /// and the problems are listed).
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>, open: Option<std::path::PathBuf>) -> Self {
        cc.egui_ctx.set_theme(egui::Theme::Light);
        // A character in none of the fonts is drawn as a box, never a panic.
        cc.egui_ctx.set_missing_glyph_policy(egui::MissingGlyphPolicy::Tofu);
        crate::fonts::install(&cc.egui_ctx);
        let mut app = Self::default();
        if let Some(path) = recovery::default_path() {
            app = app.with_recovery_file(path);
        }
        if cc.gl.is_some() {
            app.map.use_gpu();
        }
        if let Some(storage) = cc.storage {
            app.restore(storage);
        }
        if let Some(path) = open {
            app.run(&cc.egui_ctx, Command::OpenPath(path));
        }
        app
    }

    /// Draw the map's static layers through GPU paint callbacks, as the window does with
    /// eframe's glow backend. For measuring the app headless the way the window runs it: with
    /// no GL context there the callbacks are never run, so nothing of the map is drawn.
    #[must_use]
    pub fn with_gpu_layers(mut self) -> Self {
        self.map.use_gpu();
        self
    }

    /// Take the view remembered in `storage`, if any.
    pub fn restore(&mut self, storage: &dyn eframe::Storage) {
        if let Some(state) = eframe::get_value::<Persisted>(storage, STORAGE_KEY) {
            self.state = state;
            if self.state.view_of != self.loaded.origin {
                // Selection, pins and camera of another dataset mean nothing here.
                let layout = self.state.view.layout;
                self.state.view = ViewState { layout, ..Default::default() };
                self.state.view_of.clone_from(&self.loaded.origin);
            }
            self.forget_stale_selection();
            self.refresh();
        }
    }

    /// What the map view draws, from the app's state and derived data.
    fn map_input(&self) -> MapInput<'_> {
        map_input(&self.loaded.dataset, &self.derived, &self.state, self.placing.is_some())
    }

    fn shortcuts(ctx: &egui::Context, actor_selected: bool) -> Option<Command> {
        // Shortcuts with a modifier work everywhere; single keys not while typing, nor undo
        // and redo, which a text field does for its own text. A focused node or button does
        // not stop them (a node clicked on the map keeps the keyboard's focus).
        let typing = ctx.text_edit_focused();
        if !typing && actor_selected {
            // With an actor selected, + and − widen and narrow its focus (else they zoom).
            for (key, cmd) in [(egui::Key::Plus, Command::FocusWider), (egui::Key::Minus, Command::FocusNarrower)] {
                if ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, key)) {
                    return Some(cmd);
                }
            }
        }
        if !typing {
            let ctrl_y = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Y);
            if ctx.input_mut(|i| i.consume_shortcut(&ctrl_y)) {
                return Some(Command::Redo);
            }
        }
        // Space plays only when no widget has the keyboard (it clicks a focused button).
        let focused = ctx.memory(|m| m.focused().is_some());
        // Ctrl+Shift+Z before Ctrl+Z and Ctrl+Shift+S before Ctrl+S: a shortcut also matches
        // with Shift held, so the one with more keys is looked for first.
        let with_modifier = [
            Command::Redo,
            Command::Undo,
            Command::SaveAs,
            Command::Save,
            Command::NewMap,
            Command::ExportView,
            Command::FocusSearch,
        ];
        ACTIONS
            .iter()
            .chain(&with_modifier)
            .chain([&Command::Quit, &Command::Open, &Command::DeleteSelection, &Command::PresentStory])
            .chain((!focused).then_some(&Command::TogglePlay))
            .filter(|a| {
                let undo = matches!(a, Command::Undo | Command::Redo);
                // F5 types nothing: it presents even from a text field.
                !typing
                    || (!undo && a.shortcut().is_some_and(|s| s.modifiers.command))
                    || matches!(a, Command::PresentStory)
            })
            .find(|a| a.shortcut().is_some_and(|s| ctx.input_mut(|i| i.consume_shortcut(&s))))
            .cloned()
    }

    /// The panels around the map and the map itself; what the user asked for comes back.
    fn panels(&mut self, ui: &mut Ui) -> Vec<Command> {
        let mut commands: Vec<Command> = Vec::new();
        let focus_search = std::mem::take(&mut self.focus_search);
        let (dataset, search, state) = (&self.loaded.dataset, &mut self.search, &self.state);
        let menu = panels::menu::MenuState {
            legend: state.show_legend,
            side_panel: state.show_side_panel,
            labels: state.view.labels,
            language: state.language,
            recent: &state.recent,
            undo: self.history.undo_name(),
            redo: self.history.redo_name(),
            history: self.history.names().collect(),
            edit_mode: state.edit_mode,
            can_delete: matches!(
                state.view.selection,
                Some(crate::view::Selection::Actor(_) | crate::view::Selection::Tie(_))
            ),
            look: panels::look::LookState {
                look: state.view.look,
                compare: state.view.time.compare,
                extent: self.derived.timeline.extent(),
            },
            tab: state.tab,
        };
        let top = egui::Panel::top("menu").show(ui, |ui| {
            panels::menu::menu_bar(ui, &menu, |ui| panels::search::ui(ui, dataset, search, focus_search))
        });
        commands.extend(top.inner);
        commands.extend(egui::Panel::bottom("status").show(ui, |ui| self.status_bar(ui)).inner);
        let (d, view) = (&self.derived, &self.state.view);
        let timeline = egui::Panel::bottom("timeline")
            .resizable(true)
            .default_size(150.0)
            .min_size(110.0)
            .show(ui, |ui| panels::timeline::ui(ui, dataset, &d.timeline, &d.visible, view, &self.state.player));
        commands.extend(timeline.inner);
        let pins = view.pins().map_or(0, std::collections::BTreeMap::len);
        let filters = egui::Panel::left("filters").resizable(true).default_size(175.0).show(ui, |ui| {
            egui::ScrollArea::vertical()
                .show(ui, |ui| panels::filters::ui(ui, &d.counts, &view.filters, view.layout, pins, view.look.size_by))
                .inner
        });
        commands.extend(filters.inner);
        if self.state.show_side_panel || self.state.edit_mode {
            let editor = &mut self.editor;
            let edit_mode = self.state.edit_mode;
            let texts = &self.loaded.texts;
            let side = egui::Panel::right("side").resizable(true).default_size(350.0).min_size(260.0).show(ui, |ui| {
                let edit = if edit_mode {
                    panels::editor::ui(ui, dataset, texts, view.selection.as_ref(), editor)
                } else {
                    None
                };
                let read = panels::side::ui(
                    ui,
                    dataset,
                    view.selection.as_ref(),
                    &view.time,
                    &d.overview,
                    view.labels.tag(),
                    &panels::side::Structure {
                        metrics: d.metrics.as_ref(),
                        comparison: d.comparison.as_ref(),
                        depth: view.look.depth,
                    },
                );
                edit.or(read)
            });
            commands.extend(side.inner);
        }
        commands.extend(self.middle(ui));
        commands
    }
}

/// What the map view draws, from the app's state and derived data.
fn map_input<'a>(
    dataset: &'a std::sync::Arc<Dataset>,
    d: &'a Derived,
    state: &Persisted,
    placing: bool,
) -> MapInput<'a> {
    MapInput {
        dataset,
        layout: &d.layout,
        visible: &d.visible,
        key: SceneKey {
            layout: d.layout_for.clone(),
            visible: d.visible_for.clone(),
            selection: state.view.selection.clone(),
            labels: state.view.labels,
            look: state.view.look,
            metrics: d.metrics_for.clone().filter(|_| state.view.look.uses_metrics()),
        },
        metrics: d.metrics.as_ref().filter(|_| state.view.look.uses_metrics()),
        comparison: d.comparison.as_ref(),
        legend: &d.legend,
        overlay: OverlayOptions { legend: state.show_legend, title: false, credit: true, made_with: false },
        edit: state.edit_mode,
        placing,
        playing: state.player.playing,
    }
}

/// Where an export goes when nothing was exported before: the home folder.
fn default_export_path() -> String {
    let home = std::env::var_os("HOME").map(std::path::PathBuf::from).unwrap_or_default();
    home.join("bridges-map.png").display().to_string()
}

impl eframe::App for App {
    /// Before each frame's ui: take the results of work on other threads, and move a
    /// playing time range on.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        // Closing the window with unsaved changes asks first, as Quit does.
        if ctx.input(|i| i.viewport().close_requested()) && !self.closing && self.history.unsaved() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.pending = Some(Command::Quit);
        }
        self.poll_jobs(ctx);
        self.play(ctx);
        self.advance_transition(ctx);
        self.keep_recovery_copy(ctx);
    }

    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        static FIRST_FRAME: std::sync::Once = std::sync::Once::new();
        // The interface's language: chosen in View ▸ Language, else the system's.
        let lang = self.state.language.unwrap_or_else(crate::i18n::system);
        crate::i18n::set(lang);
        if !self.state.labels_chosen && self.state.view.labels != lang {
            self.state.view.labels = lang;
        }
        // `RUST_LOG=bridges=debug` logs how long each frame's ui pass takes.
        let started = std::time::Instant::now();
        let ctx = ui.ctx().clone();
        crate::fonts::install(&ctx);
        let mut commands: Vec<Command> = Vec::new();
        if self.stories.presenting.is_some() {
            // Presenting: the map and the caption, nothing else.
            commands.extend(self.presentation(ui));
            let input = map_input(&self.loaded.dataset, &self.derived, &self.state, false);
            let map = egui::CentralPanel::default()
                .frame(egui::Frame::NONE)
                .show(ui, |ui| self.map.show(ui, self.state.view.camera, &input));
            commands.extend(map.inner);
            for cmd in commands {
                self.run(&ctx, cmd);
            }
            return;
        }
        let actor_selected = matches!(self.state.view.selection, Some(crate::view::Selection::Actor(_)));
        commands.extend(Self::shortcuts(&ctx, actor_selected));
        commands.extend(self.panels(ui));
        commands.extend(self.windows(&ctx));
        commands.extend(Self::dropped_files(&ctx));
        for cmd in commands {
            self.run(&ctx, cmd);
        }
        self.update_title(&ctx);
        log::debug!("frame: ui pass {:.1} ms", started.elapsed().as_secs_f64() * 1000.0);
        // `RUST_LOG=bridges=info` logs the time from the start of the process to the end of
        // the first frame's ui pass (docs/performance.md, the release build).
        FIRST_FRAME.call_once(|| {
            if let Some(start) = crate::STARTED.get() {
                log::info!("first frame {:.0} ms after start", start.elapsed().as_secs_f64() * 1000.0);
            }
        });
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.state);
    }
}
