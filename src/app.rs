//! The eframe app: lays out the panels, applies commands, remembers the view.

use crate::basemap::Basemap;
use crate::command::{ACTIONS, Command};
use crate::layout::{self, Layout};
use crate::legend;
use crate::load::{self, LoadError, Loaded};
use crate::model::Dataset;
use crate::paint;
use crate::panels;
use crate::scene::{self, OverlayOptions, SceneInput};
use crate::view::{Camera, Selection, ViewState};
use eframe::egui::{self, RichText, Ui, Vec2};
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
}

impl Default for Persisted {
    fn default() -> Self {
        Self { view: ViewState::default(), show_legend: true, show_side_panel: true }
    }
}

pub struct App {
    loaded: Loaded,
    layout: Layout,
    legend: Vec<legend::Entry>,
    basemap: Basemap,
    state: Persisted,
    /// A dataset that failed to load, shown until dismissed; the map keeps what it had.
    error: Option<LoadError>,
    /// Size of the map at the last frame, for zooming from the keyboard.
    map_size: Vec2,
}

impl Default for App {
    /// The app on the built-in dataset.
    fn default() -> Self {
        match load::builtin() {
            Ok(loaded) => Self::with_dataset(loaded),
            Err(e) => {
                let mut app = Self::with_dataset(Loaded {
                    dataset: Dataset::default(),
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
    pub fn with_dataset(loaded: Loaded) -> Self {
        Self {
            layout: layout::geographic(&loaded.dataset),
            legend: legend::entries(&loaded.dataset),
            loaded,
            basemap: Basemap::builtin(),
            state: Persisted::default(),
            error: None,
            map_size: Vec2::new(800.0, 600.0),
        }
    }

    /// The app as eframe starts it: the built-in dataset and the remembered view.
    pub fn new(cc: &eframe::CreationContext<'_>) -> Self {
        cc.egui_ctx.set_theme(egui::Theme::Light);
        crate::fonts::install(&cc.egui_ctx);
        let mut app = Self::default();
        if let Some(storage) = cc.storage {
            app.restore(storage);
        }
        app
    }

    /// Take the view remembered in `storage`, if any.
    pub fn restore(&mut self, storage: &dyn eframe::Storage) {
        if let Some(state) = eframe::get_value::<Persisted>(storage, STORAGE_KEY) {
            self.state = state;
            self.forget_stale_selection();
        }
    }

    pub fn persisted(&self) -> &Persisted {
        &self.state
    }

    pub fn dataset(&self) -> &Dataset {
        &self.loaded.dataset
    }

    pub fn selection(&self) -> Option<&Selection> {
        self.state.view.selection.as_ref()
    }

    /// A remembered selection that is no longer in the data is dropped.
    fn forget_stale_selection(&mut self) {
        let ds = &self.loaded.dataset;
        let exists = match &self.state.view.selection {
            Some(Selection::Actor(id)) => ds.actor(id).is_some(),
            Some(Selection::Tie(id)) => ds.tie(id).is_some(),
            None => true,
        };
        if !exists {
            self.state.view.selection = None;
        }
    }

    /// Apply one command: the only place that changes state in response to the user.
    pub fn run(&mut self, ctx: &egui::Context, cmd: Command) {
        let size = self.map_size;
        match cmd {
            Command::Select(sel) => self.state.view.selection = sel,
            Command::FitView => self.state.view.camera = None,
            Command::ZoomIn | Command::ZoomOut => {
                let factor = if cmd == Command::ZoomIn { 1.25 } else { 0.8 };
                if let Some(cam) = self.state.view.camera.as_mut() {
                    cam.zoom_at(size, (size / 2.0).to_pos2(), factor);
                }
            }
            Command::ToggleLegend => self.state.show_legend ^= true,
            Command::ToggleSidePanel => self.state.show_side_panel ^= true,
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
        }
        ctx.request_repaint();
    }

    fn shortcuts(&self, ctx: &egui::Context) -> Option<Command> {
        if ctx.egui_wants_keyboard_input() {
            return None;
        }
        ACTIONS
            .iter()
            .chain([&Command::Quit])
            .find(|a| a.shortcut().is_some_and(|s| ctx.input_mut(|i| i.consume_shortcut(&s))))
            .cloned()
    }

    fn status_bar(&self, ui: &mut Ui) {
        let ds = &self.loaded.dataset;
        ui.horizontal(|ui| {
            ui.label(format!(
                "{} · {} actors · {} ties · {} quotes",
                self.loaded.origin,
                ds.actors.len(),
                ds.ties.len(),
                ds.quotes.len()
            ));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(RichText::new("Drag to pan · scroll to zoom · F fits · Esc clears").weak());
            });
        });
    }

    fn error_window(&mut self, ctx: &egui::Context) {
        let Some(err) = &self.error else { return };
        let mut open = true;
        egui::Window::new(format!("Could not load {}", err.file)).open(&mut open).show(ctx, |ui| {
            ui.label(format!("{} problem(s); the map keeps what it had.", err.problems.len()));
            egui::ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
                for p in &err.problems {
                    ui.label(p.to_string());
                }
            });
        });
        if !open {
            self.error = None;
        }
    }

    /// The overlay the screen shows: the legend when it is on, and the credit line.
    fn screen_overlay(&self) -> OverlayOptions {
        OverlayOptions { legend: self.state.show_legend, title: false, credit: true, made_with: false }
    }

    fn map(&mut self, ui: &mut Ui) -> Option<Command> {
        let rect = ui.available_rect_before_wrap();
        self.map_size = rect.size();
        let input = SceneInput {
            dataset: &self.loaded.dataset,
            layout: &self.layout,
            basemap: &self.basemap,
            selection: self.state.view.selection.as_ref(),
            camera: self.state.view.camera.unwrap_or(Camera { center: [0.0, 0.0], zoom: 1.0 }),
            size: rect.size(),
        };
        let cmd = paint::map_ui(ui, input, &mut self.state.view.camera);
        let overlay = scene::overlay(&self.loaded.dataset, &self.legend, rect, self.screen_overlay());
        paint::paint_overlay(&ui.painter_at(rect), &overlay);
        cmd
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        crate::fonts::install(&ctx);
        let mut commands: Vec<Command> = Vec::new();
        commands.extend(self.shortcuts(&ctx));
        let top = egui::Panel::top("menu")
            .show(ui, |ui| panels::menu::menu_bar(ui, self.state.show_legend, self.state.show_side_panel));
        commands.extend(top.inner);
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar(ui));
        if self.state.show_side_panel {
            let side = egui::Panel::right("side")
                .resizable(true)
                .default_size(380.0)
                .min_size(260.0)
                .show(ui, |ui| panels::side::ui(ui, &self.loaded.dataset, self.state.view.selection.as_ref()));
            commands.extend(side.inner);
        }
        let map = egui::CentralPanel::default().frame(egui::Frame::NONE).show(ui, |ui| self.map(ui));
        commands.extend(map.inner);
        self.error_window(&ctx);
        for cmd in commands {
            self.run(&ctx, cmd);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.state);
    }
}
