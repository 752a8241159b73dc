//! The eframe app: lays out the panels, applies commands, remembers the view.

use crate::basemap::Basemap;
use crate::command::{ACTIONS, Command};
use crate::export;
use crate::filter::{self, Visible};
use crate::jobs::{self, Job, Poll};
use crate::layout::{self, Layout};
use crate::legend;
use crate::load::{self, LoadError, Loaded};
use crate::model::Dataset;
use crate::paint;
use crate::panels;
use crate::scene::{self, OverlayOptions, SceneInput};
use crate::view::{Camera, Filters, Selection, ViewState};
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
    pub export: export::Options,
    /// The file last exported to, offered again next time.
    pub export_path: Option<String>,
    pub player: panels::timeline::Player,
    /// Datasets opened lately, newest first.
    pub recent: Vec<String>,
    /// The format and place of the last "Save as".
    pub save_format: crate::formats::Format,
    pub save_path: Option<String>,
    /// The dataset `view` belongs to (its origin): the view of another dataset is not restored.
    pub view_of: String,
}

/// Force layouts of more actors than this are worked out off the UI thread.
pub const BACKGROUND_LAYOUT_ABOVE: usize = 2_000;

/// What a prepared scene was made for: the generation of data, layout and filters, the
/// selection, and the kind of layout (which decides the base map).
type PreparedFor = (u64, Option<Selection>, crate::view::LayoutKind);

/// A map of more shapes than this is projected again on another thread when a pan or zoom
/// ends, its moved picture shown meanwhile.
pub const BACKGROUND_PROJECTION_ABOVE: usize = 20_000;

/// How many recent files File ▸ Open recent lists.
pub const MAX_RECENT: usize = 10;

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
            player: panels::timeline::Player::default(),
            recent: Vec::new(),
            save_format: crate::formats::Format::Json,
            save_path: None,
            view_of: load::BUILTIN_NAME.to_owned(),
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
    layout: Layout,
    legend: Vec<legend::Entry>,
    basemap: std::sync::Arc<Basemap>,
    state: Persisted,
    /// A dataset that failed to load, shown until dismissed; the map keeps what it had.
    error: Option<LoadError>,
    /// Size of the map at the last frame, for zooming from the keyboard and for exports.
    map_size: Vec2,
    export_dialog: Option<panels::export_dialog::Dialog>,
    save_dialog: Option<panels::save_dialog::Dialog>,
    status: Option<StatusLine>,
    /// What the filters and time range let through; recomputed when they change.
    visible: Visible,
    search: panels::search::SearchBox,
    focus_search: bool,
    /// Bumped whenever the data, the layout or what is visible changes.
    generation: u64,
    /// The map as last prepared; rebuilt only when its key changes.
    map_cache: Option<paint::MapCache>,
    /// The scene before the camera, for the generation and selection it was made for: a pan
    /// or zoom only projects it again.
    prepared: Option<(PreparedFor, std::sync::Arc<scene::Prepared>)>,
    /// A large map being projected for the view at rest on another thread, and that view.
    projecting: Option<(paint::MapKey, Job<paint::MapCache>)>,
    /// Whether very large maps are projected on another thread (until that ever fails).
    project_in_background: bool,
    /// How many times the scene has been prepared (not merely projected).
    scene_preparations: u64,
    /// The timeline's summary of the data, and the generation it was made for.
    timeline: (u64, panels::timeline::Summary),
    /// The camera of the last frame: when it changes from frame to frame, the view is moving.
    last_camera: Option<crate::view::Camera>,
    /// A force layout being worked out on another thread.
    pending_layout: Option<Job<Layout>>,
    /// A dataset being read on another thread, and the path it comes from.
    opening: Option<Job<(std::path::PathBuf, Result<Loaded, LoadError>)>>,
    /// An export being written on another thread, with the size it is written at.
    exporting: Option<Job<(Result<std::path::PathBuf, export::ExportError>, String)>>,
    /// The map's static layers held on the GPU (eframe's glow backend); `None` where there
    /// is no GL context (tests): the layers are then drawn as meshes.
    gpu: Option<crate::gpu::GpuLayers>,
    /// How many times the map has been prepared (to check that an idle frame prepares nothing).
    map_builds: u64,
    /// Counts for the filter panel, made when a dataset is shown.
    counts: panels::filters::Counts,
    /// What the side panel lists when nothing is selected (made with the timeline's summary).
    overview: panels::side::Overview,
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
            visible: Visible::all(&loaded.dataset),
            search: panels::search::SearchBox::default(),
            focus_search: false,
            generation: 0,
            map_cache: None,
            prepared: None,
            projecting: None,
            project_in_background: true,
            scene_preparations: 0,
            timeline: (u64::MAX, panels::timeline::Summary::default()),
            counts: panels::filters::Counts::new(&loaded.dataset),
            overview: panels::side::Overview::default(),
            map_builds: 0,
            pending_layout: None,
            opening: None,
            exporting: None,
            gpu: None,
            last_camera: None,
            legend: legend::entries(&loaded.dataset),
            loaded,
            basemap: std::sync::Arc::new(Basemap::builtin()),
            state: Persisted::default(),
            error: None,
            map_size: Vec2::new(800.0, 600.0),
            export_dialog: None,
            save_dialog: None,
            status: None,
        }
    }

    /// The app as eframe starts it: the built-in dataset and the remembered view, then the
    /// dataset named on the command line, if any (should it fail, the built-in map stays
    /// and the problems are listed).
    pub fn new(cc: &eframe::CreationContext<'_>, open: Option<std::path::PathBuf>) -> Self {
        cc.egui_ctx.set_theme(egui::Theme::Light);
        // A character in none of the fonts is drawn as a box, never a panic.
        cc.egui_ctx.set_missing_glyph_policy(egui::MissingGlyphPolicy::Tofu);
        crate::fonts::install(&cc.egui_ctx);
        let mut app = Self::default();
        if cc.gl.is_some() {
            app.gpu = Some(crate::gpu::GpuLayers::default());
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
    pub fn with_gpu_layers(mut self) -> Self {
        self.gpu = Some(crate::gpu::GpuLayers::default());
        self
    }

    /// The dataset on the map, and where it came from.
    pub fn loaded(&self) -> &Loaded {
        &self.loaded
    }

    /// The problems of the last dataset that failed to open, while they are shown.
    pub fn load_error(&self) -> Option<&LoadError> {
        self.error.as_ref()
    }

    /// Show a newly loaded dataset: a fresh view of it (the layout kind is kept).
    fn replace_dataset(&mut self, ctx: &egui::Context, loaded: Loaded) {
        self.loaded = loaded;
        self.state.view_of.clone_from(&self.loaded.origin);
        let layout = self.state.view.layout;
        self.state.view = crate::view::ViewState { layout, ..Default::default() };
        self.legend = legend::entries(&self.loaded.dataset);
        self.counts = panels::filters::Counts::new(&self.loaded.dataset);
        self.search = panels::search::SearchBox::default();
        self.relayout();
        self.refilter();
        let title = &self.loaded.dataset.title;
        let title = if title.is_empty() { crate::TITLE.to_owned() } else { format!("Bridges — {title}") };
        ctx.send_viewport_cmd(egui::ViewportCommand::Title(title));
    }

    /// Open a dataset; on failure keep the map and list every problem. It is read on another
    /// thread: a file read within a moment is shown at once, a larger one says it is being
    /// opened while the window goes on answering.
    fn open(&mut self, ctx: &egui::Context, path: &std::path::Path) {
        let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let owned = path.to_path_buf();
        // A newer request replaces one still running (its result is dropped).
        self.opening = None;
        let job = Job::spawn(format!("Opening {name}"), move || {
            let loaded = load::load_path(&owned);
            (owned, loaded)
        });
        match job.wait(jobs::FOREGROUND) {
            Poll::Done((path, result)) => self.opened(ctx, &path, result),
            Poll::Running => {
                // The status bar shows its progress from now on.
                self.status = None;
                self.opening = Some(job);
            }
            Poll::Lost => self.job_lost(&job.what),
        }
    }

    fn job_lost(&mut self, what: &str) {
        self.status = Some(StatusLine::Failed(format!("{what} stopped unexpectedly; nothing was changed")));
    }

    /// Show what opening `path` gave: the new map, or its problems beside the old one.
    fn opened(&mut self, ctx: &egui::Context, path: &std::path::Path, result: Result<Loaded, LoadError>) {
        let shown = path.display().to_string();
        match result {
            Ok(loaded) => {
                let ds = &loaded.dataset;
                self.status = Some(StatusLine::Done(format!(
                    "Opened {shown}: {} actors, {} ties, {} quotes",
                    ds.actors.len(),
                    ds.ties.len(),
                    ds.quotes.len()
                )));
                self.replace_dataset(ctx, loaded);
                self.error = None;
                let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()).display().to_string();
                self.state.recent.retain(|p| p != &absolute);
                self.state.recent.insert(0, absolute);
                self.state.recent.truncate(MAX_RECENT);
            }
            Err(e) => {
                self.status = Some(StatusLine::Failed(format!(
                    "Could not open {shown}: {} problem(s); the map keeps what it had",
                    e.problems.len()
                )));
                self.error = Some(e);
            }
        }
    }

    /// Take the results of work done on other threads; while any runs, say so and look again
    /// shortly.
    fn poll_jobs(&mut self, ctx: &egui::Context) {
        self.poll_layout(ctx);
        if let Some(job) = self.opening.take() {
            match job.poll() {
                Poll::Done((path, result)) => self.opened(ctx, &path, result),
                Poll::Running => self.opening = Some(job),
                Poll::Lost => self.job_lost(&job.what),
            }
        }
        if let Some(job) = self.exporting.take() {
            match job.poll() {
                Poll::Done((result, size)) => self.exported(result, &size),
                Poll::Running => self.exporting = Some(job),
                Poll::Lost => self.job_lost(&job.what),
            }
        }
        if self.busy() {
            ctx.request_repaint_after(jobs::REFRESH);
        }
    }

    /// Whether work runs on another thread (a file being opened, an export being written,
    /// a layout being worked out).
    pub fn busy(&self) -> bool {
        self.opening.is_some() || self.exporting.is_some() || self.pending_layout.is_some()
    }

    fn save_to(&mut self, path: &std::path::Path, format: crate::formats::Format) {
        self.state.save_path = Some(path.display().to_string());
        self.state.save_format = format;
        self.status = Some(match crate::load::save(&self.loaded.dataset, path, format) {
            Ok(files) => {
                let files: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
                StatusLine::Done(format!("Saved {}", files.join(" and ")))
            }
            Err(e) => StatusLine::Failed(format!("Save failed: {e}")),
        });
    }

    fn default_save_path(&self, format: crate::formats::Format) -> String {
        let home = std::env::var_os("HOME").map(std::path::PathBuf::from).unwrap_or_default();
        let stem: String = self
            .loaded
            .dataset
            .title
            .chars()
            .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
            .collect::<String>()
            .split('-')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let stem = if stem.is_empty() { "bridges-map".to_owned() } else { stem };
        format.with_extension(&home.join(stem)).display().to_string()
    }

    /// The system's open dialog; `None` when cancelled or when no dialog can be shown.
    fn browse_open(&self, folder: bool) -> Option<std::path::PathBuf> {
        let mut dialog = rfd::FileDialog::new().set_title(if folder { "Open CSV folder" } else { "Open dataset" });
        if let Some(dir) =
            self.state.recent.first().and_then(|p| std::path::Path::new(p).parent()).filter(|d| d.is_dir())
        {
            dialog = dialog.set_directory(dir);
        }
        if folder {
            dialog.pick_folder()
        } else {
            dialog
                .add_filter("Datasets", &["json", "csv", "tsv", "gexf", "graphml", "xml"])
                .add_filter("Bridges JSON", &["json"])
                .add_filter("CSV edge or node list", &["csv", "tsv"])
                .add_filter("Gephi GEXF", &["gexf"])
                .add_filter("GraphML", &["graphml", "xml"])
                .pick_file()
        }
    }

    fn browse_save(&self) -> Option<std::path::PathBuf> {
        let d = self.save_dialog.as_ref()?;
        let current = std::path::PathBuf::from(d.path.trim());
        let mut dialog = rfd::FileDialog::new().set_title("Save as");
        if let Some(dir) = current.parent().filter(|d| d.is_dir()) {
            dialog = dialog.set_directory(dir);
        }
        match d.format.extension() {
            Some(ext) => {
                if let Some(name) = current.file_name() {
                    dialog = dialog.set_file_name(name.to_string_lossy());
                }
                dialog.add_filter(d.format.label(), &[ext]).save_file()
            }
            None => dialog.pick_folder(),
        }
    }

    /// Take the view remembered in `storage`, if any.
    pub fn restore(&mut self, storage: &dyn eframe::Storage) {
        if let Some(state) = eframe::get_value::<Persisted>(storage, STORAGE_KEY) {
            self.state = state;
            if self.state.view_of != self.loaded.origin {
                // Selection, pins and camera of another dataset mean nothing here.
                let layout = self.state.view.layout;
                self.state.view = crate::view::ViewState { layout, ..Default::default() };
                self.state.view_of.clone_from(&self.loaded.origin);
            }
            self.forget_stale_selection();
            self.relayout();
            self.refilter();
        }
    }

    /// The camera that fits the whole map, beside the legend when it is shown.
    fn fitted_camera(&self, size: Vec2) -> Camera {
        let left = if self.state.show_legend { legend::reserved_width(&self.legend) } else { 0.0 };
        Camera::fit_beside(layout::bounds(&self.layout), size, left)
    }

    fn relayout(&mut self) {
        let kind = self.state.view.layout;
        if kind == crate::view::LayoutKind::Force && self.loaded.dataset.actors.len() > BACKGROUND_LAYOUT_ABOVE {
            // A large force layout takes a moment: work it out on another thread and keep
            // showing the map meanwhile (the next frames pick the result up).
            let ds = self.loaded.dataset.clone();
            let pins = self.state.view.pins().cloned();
            let what = format!("Laying out {} actors", ds.actors.len());
            self.pending_layout = Some(Job::spawn(what, move || layout::compute(&ds, kind, pins.as_ref())));
            return;
        }
        self.pending_layout = None;
        self.layout = layout::compute(&self.loaded.dataset, kind, self.state.view.pins());
        self.generation += 1;
    }

    /// Take a layout finished on another thread; while one is being worked out, say so.
    fn poll_layout(&mut self, ctx: &egui::Context) {
        let Some(job) = self.pending_layout.take() else { return };
        match job.poll() {
            Poll::Done(layout) => {
                self.layout = layout;
                self.generation += 1;
                self.state.view.camera = None;
                self.status = Some(StatusLine::Done(format!(
                    "Laid out {} actors in {:.1} s",
                    self.layout.pos.len(),
                    job.elapsed().as_secs_f64()
                )));
                ctx.request_repaint();
            }
            Poll::Running => self.pending_layout = Some(job),
            Poll::Lost => self.job_lost(&job.what),
        }
    }

    /// Whether a layout is being worked out on another thread.
    pub fn layout_pending(&self) -> bool {
        self.pending_layout.is_some()
    }

    fn refilter(&mut self) {
        let view = &self.state.view;
        self.visible = filter::visible(&self.loaded.dataset, &view.filters, &view.time);
        self.generation += 1;
    }

    /// How many times the scene has been prepared before the camera (data, filters or
    /// selection changed); a pan or zoom only projects it.
    pub fn scene_preparations(&self) -> u64 {
        self.scene_preparations
    }

    /// Whether the map on screen was drawn for the current view (not a moved picture of an
    /// earlier one, nor one waiting for its projection).
    pub fn map_is_current(&self) -> bool {
        self.projecting.is_none() && self.map_cache.as_ref().is_some_and(|m| Some(m.key.camera) == self.last_camera)
    }

    /// How many times the map has been prepared since the app started.
    pub fn map_builds(&self) -> u64 {
        self.map_builds
    }

    /// What a click at `p` (relative to the map's top-left corner) would select, from the
    /// map as last drawn.
    pub fn hit_test(&self, p: egui::Pos2) -> Option<Selection> {
        self.map_cache.as_ref().and_then(|m| m.hit(p))
    }

    /// Ids of the ties the map shows now (after filters and time range).
    pub fn visible_ties(&self) -> Vec<&str> {
        self.visible.ties.iter().map(String::as_str).collect()
    }

    /// Centre the map on what a selection points at.
    fn centre_on(&mut self, sel: &Selection) {
        let ds = &self.loaded.dataset;
        let ids: Vec<&str> = match sel {
            Selection::Actor(id) => {
                let own = self.layout.pos.contains_key(id.as_str());
                // A person or organisation is shown through the actor it belongs to.
                let parent = ds.actor(id).and_then(|a| a.part_of.as_deref());
                vec![if own { id.as_str() } else { parent.unwrap_or(id.as_str()) }]
            }
            Selection::Tie(id) => ds.tie(id).map(|t| t.endpoints().collect()).unwrap_or_default(),
            Selection::Pair(a, b) => vec![a.as_str(), b.as_str()],
        };
        let pts: Vec<egui::Pos2> = ids.iter().filter_map(|id| self.layout.pos.get(*id).copied()).collect();
        if pts.is_empty() {
            return;
        }
        let c = egui::Rect::from_points(&pts).center();
        let size = self.map_size;
        let fitted = self.fitted_camera(size);
        let cam = self.state.view.camera.get_or_insert(fitted);
        cam.center = [c.x, c.y];
    }

    pub fn persisted(&self) -> &Persisted {
        &self.state
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
            Some(Selection::Pair(a, b)) => ds.actor(a).is_some() && ds.actor(b).is_some(),
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
            Command::ExportView => {
                let path = self.state.export_path.clone().unwrap_or_else(default_export_path);
                self.export_dialog = Some(panels::export_dialog::Dialog::new(path, &self.state.export));
            }
            Command::BrowseExportPath => {
                match self.browse_export_path() {
                    Some(path) => {
                        if let Some(d) = self.export_dialog.as_mut() {
                            d.path = path.display().to_string();
                        }
                        self.export_to(&path);
                    }
                    // rfd reports a cancel and a missing dialog service alike.
                    None => {
                        self.status = Some(StatusLine::Failed(
                            "No file chosen. If no dialog appeared, type the path in the File field.".to_owned(),
                        ))
                    }
                }
            }
            Command::ExportTo(path) => self.export_to(&path),
            Command::Open | Command::OpenFolder => match self.browse_open(cmd == Command::OpenFolder) {
                Some(path) => self.open(ctx, &path),
                None => {
                    self.status = Some(StatusLine::Failed(
                        "No file chosen. If no dialog appeared, give the path on the command line: bridges PATH, or drop the file on the window.".to_owned(),
                    ))
                }
            },
            Command::OpenPath(path) => self.open(ctx, &path),
            Command::OpenBuiltin => match load::builtin() {
                Ok(loaded) => {
                    // A file still being opened would replace it when done: not wanted now.
                    self.opening = None;
                    self.replace_dataset(ctx, loaded);
                    self.status = Some(StatusLine::Done("Opened the built-in map".to_owned()));
                }
                Err(e) => self.error = Some(e),
            },
            Command::StopOpening => {
                if let Some(job) = self.opening.take() {
                    self.status = Some(StatusLine::Done(format!("{} stopped; the map keeps what it had", job.what)));
                }
            }
            Command::ClearRecent => self.state.recent.clear(),
            Command::SaveAs => {
                let format = self.state.save_format;
                let path = self.state.save_path.clone().unwrap_or_else(|| self.default_save_path(format));
                self.save_dialog = Some(panels::save_dialog::Dialog { path, format });
            }
            Command::BrowseSavePath => match self.browse_save() {
                Some(path) => {
                    let format = self.save_dialog.as_ref().map_or(self.state.save_format, |d| d.format);
                    if let Some(d) = self.save_dialog.as_mut() {
                        d.path = path.display().to_string();
                    }
                    self.save_to(&path, format);
                }
                None => {
                    self.status = Some(StatusLine::Failed(
                        "No file chosen. If no dialog appeared, type the path in the field.".to_owned(),
                    ))
                }
            },
            Command::SaveTo(path, format) => self.save_to(&path, format),
            Command::CloseSaveDialog => self.save_dialog = None,
            Command::DismissError => self.error = None,
            Command::CloseExportDialog => self.export_dialog = None,
            Command::SetLayout(kind) => {
                self.state.view.layout = kind;
                self.state.view.camera = None;
                self.relayout();
            }
            Command::Pin(id, at) => {
                self.state.view.pins.entry(self.state.view.layout).or_default().insert(id, at);
                self.relayout();
            }
            Command::ClearPins => {
                self.state.view.pins.remove(&self.state.view.layout);
                self.relayout();
            }
            Command::ToggleTieKind(kind) => {
                let set = &mut self.state.view.filters.hidden_tie_kinds;
                if !set.remove(&kind) {
                    set.insert(kind);
                }
                self.refilter();
            }
            Command::ToggleStatus(status) => {
                let set = &mut self.state.view.filters.hidden_statuses;
                if !set.remove(&status) {
                    set.insert(status);
                }
                self.refilter();
            }
            Command::ToggleActorKind(kind) => {
                let set = &mut self.state.view.filters.hidden_actor_kinds;
                if !set.remove(&kind) {
                    set.insert(kind);
                }
                self.refilter();
            }
            Command::ResetFilters => {
                self.state.view.filters = Filters::default();
                self.refilter();
            }
            Command::SetTime(time) => {
                self.state.view.time = time;
                self.refilter();
            }
            Command::TogglePlay => self.state.player.playing ^= true,
            Command::FocusSearch => self.focus_search = true,
            Command::Reveal(sel) => {
                self.centre_on(&sel);
                self.state.view.selection = Some(sel);
            }
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
        }
        ctx.request_repaint();
    }

    /// The status line, if something was just done or went wrong.
    pub fn status(&self) -> Option<&StatusLine> {
        self.status.as_ref()
    }

    /// The picture of the current view, as the screen shows it, with the export's overlay.
    pub fn picture(&self) -> export::Picture {
        let size = self.map_size;
        let camera = self.state.view.camera.unwrap_or_else(|| self.fitted_camera(size));
        let input = SceneInput {
            dataset: &self.loaded.dataset,
            layout: &self.layout,
            basemap: &basemap_for(&self.basemap, self.state.view.layout),
            selection: self.state.view.selection.as_ref(),
            camera,
            size,
            visible: &self.visible,
        };
        export::Picture::build(&input, &self.legend, self.state.export.overlay())
    }

    /// Export the current view to `path`; the outcome goes to the status line. The picture is
    /// taken now; it is encoded and written on another thread (a large PNG takes seconds).
    fn export_to(&mut self, path: &std::path::Path) {
        if let Some(job) = &self.exporting {
            self.status =
                Some(StatusLine::Failed(format!("{} is still under way; export again when it is done", job.what)));
            return;
        }
        let options = self.state.export;
        let size = options
            .scale_for(self.map_size)
            .map(|s| format!(" ({:.0}×{:.0} px)", self.map_size.x * s, self.map_size.y * s))
            .unwrap_or_default();
        let picture = self.picture();
        let owned = path.to_path_buf();
        let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let job = Job::spawn(format!("Exporting {name}{size}"), move || (picture.export(&owned, &options), size));
        match job.wait(jobs::FOREGROUND) {
            Poll::Done((result, size)) => self.exported(result, &size),
            Poll::Running => {
                self.status = None;
                self.exporting = Some(job);
            }
            Poll::Lost => self.job_lost(&job.what),
        }
    }

    fn exported(&mut self, result: Result<std::path::PathBuf, export::ExportError>, size: &str) {
        self.status = Some(match result {
            Ok(written) => {
                self.state.export_path = Some(written.display().to_string());
                StatusLine::Done(format!("Exported {}{size}", written.display()))
            }
            Err(e) => StatusLine::Failed(format!("Export failed: {e}")),
        });
    }

    /// The system's save dialog, PNG and SVG filters; `None` when cancelled.
    fn browse_export_path(&self) -> Option<std::path::PathBuf> {
        let current = self.export_dialog.as_ref().map(|d| std::path::PathBuf::from(&d.path));
        let mut dialog = rfd::FileDialog::new()
            .set_title("Export view")
            .add_filter("PNG image", &["png"])
            .add_filter("SVG image", &["svg"]);
        if let Some(p) = &current {
            if let Some(dir) = p.parent().filter(|d| d.is_dir()) {
                dialog = dialog.set_directory(dir);
            }
            if let Some(name) = p.file_name() {
                dialog = dialog.set_file_name(name.to_string_lossy());
            }
        }
        dialog.save_file()
    }

    fn shortcuts(&self, ctx: &egui::Context) -> Option<Command> {
        // Shortcuts with a modifier work everywhere; single keys not while typing.
        let typing = ctx.egui_wants_keyboard_input();
        // Space plays only when no widget has the keyboard (it clicks a focused button).
        let focused = ctx.memory(|m| m.focused().is_some());
        ACTIONS
            .iter()
            .chain([&Command::ExportView, &Command::FocusSearch, &Command::Quit, &Command::Open, &Command::SaveAs])
            .chain((!focused).then_some(&Command::TogglePlay))
            .filter(|a| !typing || a.shortcut().is_some_and(|s| s.modifiers.command))
            .find(|a| a.shortcut().is_some_and(|s| ctx.input_mut(|i| i.consume_shortcut(&s))))
            .cloned()
    }

    /// While playing, move the time range on and keep frames coming; otherwise nothing.
    fn play(&mut self, ctx: &egui::Context) {
        if !self.state.player.playing {
            return;
        }
        let Some(extent) = filter::extent(&self.loaded.dataset) else {
            self.state.player.playing = false;
            return;
        };
        let dt = f64::from(ctx.input(|i| i.stable_dt).min(0.1));
        let (time, going) = panels::timeline::step(&self.state.view.time, extent, &self.state.player, dt);
        self.state.view.time = time;
        self.state.player.playing = going;
        self.refilter();
        ctx.request_repaint();
    }

    fn status_bar(&self, ui: &mut Ui) -> Option<Command> {
        let mut command = None;
        let ds = &self.loaded.dataset;
        ui.horizontal(|ui| {
            ui.label(format!(
                "{} · {} actors · {} ties · {} quotes",
                self.loaded.origin,
                ds.actors.len(),
                ds.ties.len(),
                ds.quotes.len()
            ));
            match &self.status {
                Some(StatusLine::Done(m)) => {
                    ui.separator();
                    ui.label(RichText::new(m).color(egui::Color32::from_rgb(0x1b, 0x6e, 0x20)));
                }
                Some(StatusLine::Failed(m)) => {
                    ui.separator();
                    ui.label(RichText::new(m).color(ui.visuals().error_fg_color));
                }
                None => {}
            }
            // Work under way on other threads, each with how long it has taken so far.
            let running = [
                self.opening.as_ref().map(Job::progress),
                self.exporting.as_ref().map(Job::progress),
                self.pending_layout.as_ref().map(Job::progress),
            ];
            for (i, progress) in running.into_iter().enumerate() {
                let Some(progress) = progress else { continue };
                ui.separator();
                ui.label(progress);
                if i == 0 {
                    let stop = Command::StopOpening;
                    if ui.small_button(stop.text()).on_hover_text(stop.tooltip()).clicked() {
                        command = Some(stop);
                    }
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(RichText::new("Drag to pan · scroll to zoom · F fits · Esc clears").weak());
            });
        });
        command
    }

    fn export_window(&mut self, ctx: &egui::Context) -> Option<Command> {
        let dialog = self.export_dialog.as_mut()?;
        let mut open = true;
        let view = self.map_size;
        let options = &mut self.state.export;
        let shown = egui::Window::new("Export view")
            .pivot(egui::Align2::CENTER_CENTER)
            .default_pos(ctx.content_rect().center())
            .open(&mut open)
            .resizable(false)
            .collapsible(false)
            .show(ctx, |ui| panels::export_dialog::ui(ui, dialog, options, view));
        if !open {
            return Some(Command::CloseExportDialog);
        }
        shown.and_then(|r| r.inner).flatten()
    }

    fn error_window(&mut self, ctx: &egui::Context) -> Option<Command> {
        let err = self.error.as_ref()?;
        let mut open = true;
        let shown = egui::Window::new(format!("Could not open {}", err.file))
            .pivot(egui::Align2::CENTER_CENTER)
            .default_pos(ctx.content_rect().center())
            .id(egui::Id::unique("load-problems"))
            .open(&mut open)
            .default_width(560.0)
            .collapsible(false)
            .show(ctx, |ui| panels::problems::ui(ui, err));
        if !open {
            return Some(Command::DismissError);
        }
        shown.and_then(|r| r.inner).flatten()
    }

    fn save_window(&mut self, ctx: &egui::Context) -> Option<Command> {
        let dialog = self.save_dialog.as_mut()?;
        let mut open = true;
        let shown = egui::Window::new("Save as")
            .pivot(egui::Align2::CENTER_CENTER)
            .default_pos(ctx.content_rect().center())
            .open(&mut open)
            .resizable(false)
            .collapsible(false)
            .show(ctx, |ui| panels::save_dialog::ui(ui, dialog));
        if !open {
            return Some(Command::CloseSaveDialog);
        }
        shown.and_then(|r| r.inner).flatten()
    }

    /// Files dropped on the window are opened (the first one); while a file is dragged
    /// over the window, say what dropping it does.
    fn dropped_files(&self, ctx: &egui::Context) -> Option<Command> {
        let (hovering, dropped) = ctx
            .input(|i| (!i.raw.hovered_files.is_empty(), i.raw.dropped_files.first().map(|f| f.path().to_path_buf())));
        if hovering {
            let rect = ctx.content_rect();
            let painter = ctx.layer_painter(egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("drop")));
            painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(150));
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                "Drop to open: Bridges JSON, CSV, GEXF or GraphML",
                egui::FontId::proportional(24.0),
                egui::Color32::WHITE,
            );
        }
        dropped.filter(|p| !p.as_os_str().is_empty()).map(Command::OpenPath)
    }

    /// The overlay the screen shows: the legend when it is on, and the credit line.
    fn screen_overlay(&self) -> OverlayOptions {
        OverlayOptions { legend: self.state.show_legend, title: false, credit: true, made_with: false }
    }

    fn map(&mut self, ui: &mut Ui) -> Option<Command> {
        let fit_left = if self.state.show_legend { legend::reserved_width(&self.legend) } else { 0.0 };
        let bounds = layout::bounds(&self.layout);
        let (rect, response, camera) = paint::map_begin(ui, &mut self.state.view.camera, bounds, fit_left);
        self.map_size = rect.size();
        let key = paint::MapKey {
            generation: self.generation,
            selection: self.state.view.selection.clone(),
            camera,
            size: rect.size(),
            origin: rect.min.to_vec2(),
            pixels_per_point: ui.ctx().pixels_per_point(),
        };
        let moving = self.last_camera.is_some_and(|c| c != camera);
        self.last_camera = Some(camera);
        // A large map projected on another thread for the view now shown: take it; one for
        // another view is dropped.
        if let Some((for_key, job)) = self.projecting.take()
            && for_key == key
        {
            match job.poll() {
                Poll::Done(map) => {
                    self.map_cache = Some(map);
                    self.map_builds += 1;
                }
                Poll::Running => self.projecting = Some((for_key, job)),
                Poll::Lost => {
                    // Should it ever fail, the map is projected on the UI thread from then on.
                    self.project_in_background = false;
                    self.job_lost(&job.what);
                }
            }
        }
        let reusable = self.map_cache.as_ref().filter(|m| m.key != key && m.is_large() && m.same_but_camera(&key));
        if let Some(m) = reusable
            && (moving || self.projecting.is_some())
        {
            // The view is moving (or a very large map is being projected for the view at
            // rest): show the prepared picture moved along; prepare it again once the camera
            // rests (the next frame, asked for here).
            m.paint_moved(&ui.painter_at(rect), self.gpu.as_ref(), camera);
            let overlay = scene::overlay(&self.loaded.dataset, &self.legend, rect, self.screen_overlay());
            paint::paint_overlay(&ui.painter_at(rect), &overlay);
            if moving {
                ui.ctx().request_repaint();
            } else {
                ui.ctx().request_repaint_after(std::time::Duration::from_millis(10));
            }
            return None;
        }
        if self.map_cache.as_ref().is_none_or(|m| m.key != key) {
            let basemap = basemap_for(&self.basemap, self.state.view.layout);
            let what = (self.generation, self.state.view.selection.clone(), self.state.view.layout);
            if self.prepared.as_ref().is_none_or(|(w, _)| *w != what) {
                let prepared = scene::Prepared::new(&SceneInput {
                    dataset: &self.loaded.dataset,
                    layout: &self.layout,
                    basemap: &basemap,
                    selection: self.state.view.selection.as_ref(),
                    camera,
                    size: rect.size(),
                    visible: &self.visible,
                });
                self.prepared = Some((what, std::sync::Arc::new(prepared)));
                self.scene_preparations += 1;
            }
            let Some((_, prepared)) = &self.prepared else { return None };
            let size = rect.size();
            if let Some(m) = reusable
                && self.project_in_background
                && m.shapes() > BACKGROUND_PROJECTION_ABOVE
            {
                // At rest after a move on a very large map: project it on another thread
                // (a tenth of a second at 50,000 ties) while the moved picture stays up.
                let (prepared, for_key) = (prepared.clone(), key.clone());
                let job = Job::spawn("Drawing the map", move || {
                    paint::MapCache::new(for_key, prepared.project(&basemap, camera, size))
                });
                self.projecting = Some((key, job));
                m.paint_moved(&ui.painter_at(rect), self.gpu.as_ref(), camera);
                let overlay = scene::overlay(&self.loaded.dataset, &self.legend, rect, self.screen_overlay());
                paint::paint_overlay(&ui.painter_at(rect), &overlay);
                ui.ctx().request_repaint_after(std::time::Duration::from_millis(10));
                return None;
            }
            let scene = prepared.project(&basemap, camera, size);
            self.map_cache = Some(paint::MapCache::new(key, scene));
            self.map_builds += 1;
        }
        let cmd = self.map_cache.as_ref().and_then(|m| paint::map_end(ui, rect, &response, m, self.gpu.as_ref()));
        let overlay = scene::overlay(&self.loaded.dataset, &self.legend, rect, self.screen_overlay());
        paint::paint_overlay(&ui.painter_at(rect), &overlay);
        cmd
    }
}

/// The base map, for the geographic layout only (other layouts are not maps).
fn basemap_for(basemap: &std::sync::Arc<Basemap>, layout: crate::view::LayoutKind) -> std::sync::Arc<Basemap> {
    static NONE: std::sync::OnceLock<std::sync::Arc<Basemap>> = std::sync::OnceLock::new();
    if layout == crate::view::LayoutKind::Geographic {
        basemap.clone()
    } else {
        NONE.get_or_init(|| std::sync::Arc::new(Basemap::default())).clone()
    }
}

/// Where an export goes when nothing was exported before: the home folder.
fn default_export_path() -> String {
    let home = std::env::var_os("HOME").map(std::path::PathBuf::from).unwrap_or_default();
    home.join("bridges-map.png").display().to_string()
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        // `RUST_LOG=bridges=debug` logs how long each frame's ui pass takes.
        let started = std::time::Instant::now();
        let ctx = ui.ctx().clone();
        crate::fonts::install(&ctx);
        self.poll_jobs(&ctx);
        let mut commands: Vec<Command> = Vec::new();
        commands.extend(self.shortcuts(&ctx));
        let focus_search = std::mem::take(&mut self.focus_search);
        let (dataset, search) = (&self.loaded.dataset, &mut self.search);
        let top = egui::Panel::top("menu").show(ui, |ui| {
            panels::menu::menu_bar(ui, self.state.show_legend, self.state.show_side_panel, &self.state.recent, |ui| {
                panels::search::ui(ui, dataset, search, focus_search)
            })
        });
        commands.extend(top.inner);
        commands.extend(egui::Panel::bottom("status").show(ui, |ui| self.status_bar(ui)).inner);
        self.play(&ctx);
        if self.timeline.0 != self.generation {
            self.timeline = (self.generation, panels::timeline::Summary::new(&self.loaded.dataset, &self.visible));
            self.overview = panels::side::Overview::new(&self.loaded.dataset, &self.visible);
        }
        let timeline =
            egui::Panel::bottom("timeline").resizable(true).default_size(150.0).min_size(110.0).show(ui, |ui| {
                panels::timeline::ui(
                    ui,
                    &self.loaded.dataset,
                    &self.timeline.1,
                    &self.visible,
                    &self.state.view.time,
                    &mut self.state.player,
                    self.state.view.selection.as_ref(),
                )
            });
        commands.extend(timeline.inner);
        let pins = self.state.view.pins().map_or(0, |p| p.len());
        let filters = egui::Panel::left("filters").resizable(true).default_size(175.0).show(ui, |ui| {
            egui::ScrollArea::vertical()
                .show(ui, |ui| {
                    panels::filters::ui(ui, &self.counts, &self.state.view.filters, self.state.view.layout, pins)
                })
                .inner
        });
        commands.extend(filters.inner);
        if self.state.show_side_panel {
            let side = egui::Panel::right("side").resizable(true).default_size(350.0).min_size(260.0).show(ui, |ui| {
                panels::side::ui(
                    ui,
                    &self.loaded.dataset,
                    self.state.view.selection.as_ref(),
                    &self.state.view.time,
                    &self.overview,
                )
            });
            commands.extend(side.inner);
        }
        let map = egui::CentralPanel::default().frame(egui::Frame::NONE).show(ui, |ui| self.map(ui));
        commands.extend(map.inner);
        commands.extend(self.error_window(&ctx));
        commands.extend(self.export_window(&ctx));
        commands.extend(self.save_window(&ctx));
        commands.extend(self.dropped_files(&ctx));
        for cmd in commands {
            self.run(&ctx, cmd);
        }
        log::debug!("frame: ui pass {:.1} ms", started.elapsed().as_secs_f64() * 1000.0);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.state);
    }
}
