//! Applying commands: the one place that changes the app's state in response to the user
//! (the camera, the player and the export options included), followed by one refresh of
//! what is derived from that state.

use super::{App, StatusLine, default_export_path};
use crate::command::Command;
use crate::i18n::{tr, tr_args};
use crate::load::{self, Loaded};
use crate::panels;
use crate::view::{Camera, Filters, Selection, ViewState};
use eframe::egui;
use std::path::{Path, PathBuf};

impl App {
    /// Apply one command, then bring derived data up to date. One exhaustive dispatch table:
    /// a new command does not compile until it is given a place here.
    #[allow(clippy::too_many_lines)]
    pub fn run(&mut self, ctx: &egui::Context, cmd: Command) {
        let size = self.map.size();
        if self.history.unsaved() && replaces_the_map(&cmd) {
            // Unsaved changes would be lost: ask first (Save, Discard or Cancel).
            self.pending = Some(cmd);
            ctx.request_repaint();
            return;
        }
        match cmd {
            Command::Select(None) if self.placing.is_some() => self.run_edit(ctx, Command::CancelPlacing),
            Command::Select(sel) => self.state.view.selection = sel,
            Command::SetCamera(cam) => self.state.view.camera = Some(cam),
            Command::FitView => self.state.view.camera = None,
            Command::ZoomIn | Command::ZoomOut => {
                let factor = if cmd == Command::ZoomIn { 1.25 } else { 0.8 };
                if let Some(cam) = self.state.view.camera.as_mut() {
                    cam.zoom_at(size, (size / 2.0).to_pos2(), factor);
                }
            }
            Command::ToggleLegend => self.state.show_legend ^= true,
            Command::ToggleSidePanel => self.state.show_side_panel ^= true,
            Command::ToggleEditMode => self.state.edit_mode ^= true,
            Command::ExportView
            | Command::SetExportOptions(_)
            | Command::BrowseExportPath
            | Command::ExportTo(_)
            | Command::Open
            | Command::OpenFolder
            | Command::OpenPath(_)
            | Command::OpenBuiltin
            | Command::StopOpening
            | Command::StopExport
            | Command::ClearRecent
            | Command::Save
            | Command::SaveAs
            | Command::BrowseSavePath
            | Command::SaveTo(..)
            | Command::CloseSaveDialog
            | Command::NewMap
            | Command::ReadSourceFile
            | Command::SourceFromFile(_) => self.run_file(ctx, cmd),
            Command::DismissError => self.error = None,
            Command::CloseExportDialog => self.export_dialog = None,
            Command::SetLabels(lang) => {
                self.state.view.labels = lang;
                self.state.labels_chosen = true;
            }
            Command::SetLanguage(choice) => {
                // Actors' names follow the interface (View ▸ Label language still sets them apart).
                let lang = choice.unwrap_or_else(crate::i18n::system);
                self.state.language = choice;
                self.state.view.labels = lang;
                self.state.labels_chosen = false;
                crate::i18n::set(lang);
            }
            Command::SetLook(look) => self.state.view.look = look,
            Command::FocusWider | Command::FocusNarrower => {
                let look = &mut self.state.view.look;
                look.depth = if cmd == Command::FocusWider { look.depth + 1 } else { look.depth.saturating_sub(1) }
                    .clamp(1, crate::view::Look::MAX_DEPTH);
            }
            Command::SetCompare(periods) => {
                self.state.view.time.compare = periods;
                self.state.player.playing = false;
            }
            Command::SetTab(tab) => self.state.tab = tab,
            Command::SetLayout(kind) => {
                self.state.view.layout = kind;
                self.state.view.camera = None;
            }
            Command::Pin(id, at) => self.pin_dragged(id, at),
            Command::ClearPins => {
                self.state.view.pins.remove(&self.state.view.layout);
            }
            Command::ToggleTieKind(kind) => toggle(&mut self.state.view.filters.hidden_tie_kinds, kind),
            Command::ToggleStatus(status) => toggle(&mut self.state.view.filters.hidden_statuses, status),
            Command::ToggleActorKind(kind) => toggle(&mut self.state.view.filters.hidden_actor_kinds, kind),
            Command::ToggleSource(id) => toggle(&mut self.state.view.filters.hidden_sources, id),
            Command::OnlySource(id) => {
                let ds = &self.loaded.dataset;
                self.state.view.filters.hidden_sources =
                    ds.sources.iter().filter(|s| s.id != id).map(|s| s.id.clone()).collect();
            }
            Command::ResetFilters => self.state.view.filters = Filters::default(),
            Command::SetTime(time) => self.state.view.time = time,
            Command::TogglePlay => self.state.player.playing ^= true,
            Command::SetPlayer(player) => self.state.player = player,
            Command::Edit(_)
            | Command::Undo
            | Command::Redo
            | Command::UndoTo(_)
            | Command::DeleteSelection
            | Command::ConfirmDelete
            | Command::CancelDelete
            | Command::RestoreRecovered
            | Command::DiscardRecovered
            | Command::SaveThenContinue
            | Command::DiscardThenContinue
            | Command::CancelPending
            | Command::MoveNode(..)
            | Command::DrawTie(..)
            | Command::PlaceActor(_)
            | Command::PlaceAt(_)
            | Command::CancelPlacing
            | Command::DeleteRecord(..) => self.run_edit(ctx, cmd),
            Command::ToggleViews
            | Command::ToggleStories
            | Command::SaveView(_)
            | Command::RestoreView(_)
            | Command::Present(..)
            | Command::PresentStory
            | Command::NextStep
            | Command::PreviousStep
            | Command::StopPresenting => self.run_story(ctx, cmd),
            Command::FocusSearch => self.focus_search = true,
            Command::Reveal(sel) => {
                self.centre_on(&sel);
                self.state.view.selection = Some(sel);
            }
            Command::Quit => {
                self.closing = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
        self.refresh();
        ctx.request_repaint();
    }

    /// The commands about files: opening, saving, exporting, and their dialogs.
    fn run_file(&mut self, ctx: &egui::Context, cmd: Command) {
        match cmd {
            Command::ExportView => {
                let path = self.state.export_path.clone().unwrap_or_else(default_export_path);
                self.export_dialog = Some(panels::export_dialog::Dialog::new(path, &self.state.export));
            }
            Command::SetExportOptions(options) => self.state.export = options,
            Command::BrowseExportPath => match self.browse_export_path() {
                Some(path) => {
                    if let Some(d) = self.export_dialog.as_mut() {
                        d.path = path.display().to_string();
                    }
                    self.export_to(&path);
                }
                // rfd reports a cancel and a missing dialog service alike.
                None => self.no_file_chosen(tr("commands-no-file-chosen-export")),
            },
            Command::ExportTo(path) => self.export_to(&path),
            Command::Open | Command::OpenFolder => match self.browse_open(cmd == Command::OpenFolder) {
                Some(path) => self.open(ctx, &path),
                None => self.no_file_chosen(tr("commands-no-file-chosen-open")),
            },
            Command::OpenPath(path) => self.open(ctx, &path),
            Command::OpenBuiltin => match load::builtin() {
                Ok(loaded) => {
                    // A file still being opened would replace it when done: not wanted now.
                    self.running.opening = None;
                    self.replace_dataset(ctx, loaded);
                    self.status = Some(StatusLine::Done(tr("commands-opened-the-built-in-map")));
                }
                Err(e) => self.error = Some(e),
            },
            Command::StopOpening => {
                if let Some(job) = self.running.opening.take() {
                    self.status = Some(StatusLine::Done(crate::i18n::tr_args(
                        "commands-stopped-the-map-keeps-what-it",
                        &[("what", job.what.into())],
                    )));
                }
            }
            Command::StopExport => {
                if let Some((_, _, stop)) = &self.running.frames {
                    stop.store(true, std::sync::atomic::Ordering::Relaxed);
                }
            }
            Command::ClearRecent => self.state.recent.clear(),
            Command::Save => match self.own_file() {
                Some(path) => {
                    let format = crate::formats::Format::of_path(&path);
                    self.save_to(&path, format);
                }
                None => self.run_file(ctx, Command::SaveAs),
            },
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
                None => self.no_file_chosen(tr("commands-no-file-chosen-save")),
            },
            Command::SaveTo(path, format) => self.save_to(&path, format),
            Command::CloseSaveDialog => self.save_dialog = None,
            Command::NewMap => {
                self.running.opening = None;
                let dataset = crate::model::Dataset::empty(&tr("commands-new-map-title")).into();
                self.replace_dataset(
                    ctx,
                    Loaded { dataset, origin: load::NEW_NAME.to_owned(), texts: load::SourceTexts::new() },
                );
                self.state.edit_mode = true;
                self.status = Some(StatusLine::Done(tr("commands-a-new-empty-map")));
            }
            Command::ReadSourceFile => {
                let picked = rfd::FileDialog::new()
                    .add_filter(tr("commands-filter-source-text"), &["txt", "md", "html", "htm"])
                    .pick_file();
                match picked {
                    Some(path) => self.run_file(ctx, Command::SourceFromFile(path)),
                    None => self.no_file_chosen(tr("commands-no-file-chosen-source")),
                }
            }
            Command::SourceFromFile(path) => match load::source_text(&path) {
                Ok((title, text)) => {
                    self.state.edit_mode = true;
                    self.editor.take_source_text(&title, text);
                    self.status = Some(StatusLine::Done(crate::i18n::tr_args(
                        "commands-read-give-the-source-s-publisher",
                        &[("display", (path.display()).to_string().into())],
                    )));
                }
                Err(e) => self.status = Some(StatusLine::Failed(e)),
            },
            // Every other command is applied by `run`, which sends only these here.
            _ => {}
        }
    }

    /// The file the map came from, when it came from one Bridges can write back.
    fn own_file(&self) -> Option<PathBuf> {
        let path = PathBuf::from(&self.loaded.origin);
        (self.loaded.origin != load::BUILTIN_NAME && path.exists()).then_some(path)
    }

    /// The name of a selection, as the user reads it.
    pub(super) fn selection_name(&self, selection: &Selection) -> String {
        let ds = &self.loaded.dataset;
        let lang = crate::i18n::current().tag();
        match selection {
            Selection::Actor(id) => ds.name_in(id, lang).to_owned(),
            Selection::Tie(id) => ds.tie(id).map_or_else(|| id.clone(), |t| crate::scene::tie_title(ds, t, lang)),
            Selection::Pair(a, b) => format!("{} – {}", ds.name_in(a, lang), ds.name_in(b, lang)),
        }
    }

    /// The window title: the dataset's, with "•" while it has unsaved changes.
    pub(super) fn update_title(&mut self, ctx: &egui::Context) {
        let title = &self.loaded.dataset.title;
        let mut text = if title.is_empty() { crate::TITLE.to_owned() } else { format!("Bridges — {title}") };
        if self.history.unsaved() {
            text.push_str(" •");
        }
        if text != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(text.clone()));
            self.title = text;
        }
    }

    /// Make again what is derived from state that changed (see `derived.rs`).
    pub(super) fn refresh(&mut self) {
        if self.derived.refresh(&self.loaded.dataset, &self.state.view, self.state.tab != crate::view::Tab::Map) {
            // The status line shows the layout's progress from now on.
            self.status = None;
        }
    }

    /// "No file chosen", with what to do instead (a whole sentence of the messages).
    fn no_file_chosen(&mut self, message: String) {
        self.status = Some(StatusLine::Failed(message));
    }

    /// Show a newly loaded dataset: a fresh view of it (the layout kind is kept).
    pub(super) fn replace_dataset(&mut self, ctx: &egui::Context, loaded: Loaded) {
        self.loaded = loaded;
        self.state.view_of.clone_from(&self.loaded.origin);
        let layout = self.state.view.layout;
        self.state.view = ViewState { layout, ..Default::default() };
        self.search = panels::search::SearchBox::default();
        self.history = super::history::History::clean();
        self.confirm_delete = None;
        self.refresh();
        self.update_title(ctx);
    }

    /// The camera that fits the whole map, beside the legend when it is shown.
    pub(super) fn fitted_camera(&self) -> Camera {
        self.map_input().fitted_camera(self.map.size())
    }

    /// Centre the map on what a selection points at.
    fn centre_on(&mut self, sel: &Selection) {
        let ds = &self.loaded.dataset;
        let layout = &self.derived.layout;
        let ids: Vec<&str> = match sel {
            Selection::Actor(id) => {
                let own = layout.pos.contains_key(id.as_str());
                // A person or organisation is shown through the actor it belongs to.
                let parent = ds.actor(id).and_then(|a| a.part_of.as_deref());
                vec![if own { id.as_str() } else { parent.unwrap_or(id.as_str()) }]
            }
            Selection::Tie(id) => ds.tie(id).map(|t| t.endpoints().collect()).unwrap_or_default(),
            Selection::Pair(a, b) => vec![a.as_str(), b.as_str()],
        };
        let pts: Vec<egui::Pos2> = ids.iter().filter_map(|id| layout.pos.get(*id).copied()).collect();
        if pts.is_empty() {
            return;
        }
        let c = egui::Rect::from_points(&pts).center();
        let fitted = self.fitted_camera();
        let cam = self.state.view.camera.get_or_insert(fitted);
        cam.center = [c.x, c.y];
    }

    /// A selection that is no longer in the data (remembered, or just removed) is dropped.
    pub(super) fn forget_stale_selection(&mut self) {
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

    fn save_to(&mut self, path: &Path, format: crate::formats::Format) {
        self.state.save_path = Some(path.display().to_string());
        self.state.save_format = format;
        // A file that would not open again is never written: its problems are listed.
        let problems = load::validate(&self.loaded.dataset, &self.loaded.texts);
        if !problems.is_empty() {
            let file = path.display().to_string();
            let n = problems.len();
            let problems = problems.into_iter().map(|p| p.in_file(&file)).collect();
            self.error = Some(crate::load::LoadError { file, problems });
            self.status = Some(StatusLine::Failed(crate::i18n::tr_args(
                "commands-not-saved-problem-s-to-fix",
                &[("n", n.into())],
            )));
            return;
        }
        let untraced = load::traceability(&self.loaded.dataset).len();
        self.status = Some(match crate::load::save(&self.loaded.dataset, path, format) {
            Ok(files) => {
                self.history.mark_saved();
                // The map now lives in that file: Save writes there from now on.
                self.loaded.origin = path.display().to_string();
                self.state.view_of.clone_from(&self.loaded.origin);
                let files: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
                let files = match files.as_slice() {
                    [a, b] => tr_args("commands-two-files", &[("a", a.as_str().into()), ("b", b.as_str().into())]),
                    _ => files.join(", "),
                };
                let ds = &self.loaded.dataset;
                let keeps_views =
                    format == crate::formats::Format::Json || (ds.views.is_empty() && ds.stories.is_empty());
                let lost = if keeps_views { String::new() } else { tr("commands-views-kept-only-in-json") };
                let todo = if untraced > 0 {
                    crate::i18n::tr_args("commands-fact-s-still-to-trace-to", &[("untraced", untraced.into())])
                } else {
                    String::new()
                };
                StatusLine::Done(crate::i18n::tr_args(
                    "commands-saved",
                    &[("arg", files.into()), ("todo", todo.into()), ("lost", lost.into())],
                ))
            }
            Err(e) => StatusLine::Failed(crate::i18n::tr_args("commands-save-failed", &[("e", e.to_string().into())])),
        });
    }

    fn default_save_path(&self, format: crate::formats::Format) -> String {
        let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_default();
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
    fn browse_open(&self, folder: bool) -> Option<PathBuf> {
        let title = if folder { tr("commands-open-csv-folder-title") } else { tr("commands-open-dataset-title") };
        let mut dialog = rfd::FileDialog::new().set_title(title);
        if let Some(dir) = self.state.recent.first().and_then(|p| Path::new(p).parent()).filter(|d| d.is_dir()) {
            dialog = dialog.set_directory(dir);
        }
        if folder {
            dialog.pick_folder()
        } else {
            dialog
                .add_filter(tr("commands-filter-datasets"), &["json", "csv", "tsv", "gexf", "graphml", "xml"])
                .add_filter("Bridges JSON", &["json"])
                .add_filter(tr("commands-filter-csv"), &["csv", "tsv"])
                .add_filter("Gephi GEXF", &["gexf"])
                .add_filter("GraphML", &["graphml", "xml"])
                .pick_file()
        }
    }

    fn browse_save(&self) -> Option<PathBuf> {
        let d = self.save_dialog.as_ref()?;
        let current = PathBuf::from(d.path.trim());
        let mut dialog = rfd::FileDialog::new().set_title(tr("windows-save-as"));
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

    /// The system's save dialog, one filter per export format; `None` when cancelled.
    fn browse_export_path(&self) -> Option<PathBuf> {
        let current = self.export_dialog.as_ref().map(|d| PathBuf::from(&d.path));
        let mut dialog = rfd::FileDialog::new().set_title(tr("windows-export-view"));
        for format in crate::export::Format::ALL {
            dialog = dialog.add_filter(format.label(), &[format.extension()]);
        }
        dialog =
            dialog.add_filter(tr("commands-filter-gif"), &["gif"]).add_filter(tr("commands-filter-apng"), &["apng"]);
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
}

/// Show what is hidden, hide what is shown.
fn toggle<T: Ord>(set: &mut std::collections::BTreeSet<T>, item: T) {
    if !set.remove(&item) {
        set.insert(item);
    }
}

/// Whether a command puts another map in place of this one (or closes the window), so that
/// unsaved changes would be lost.
fn replaces_the_map(cmd: &Command) -> bool {
    matches!(
        cmd,
        Command::Open
            | Command::OpenFolder
            | Command::OpenPath(_)
            | Command::OpenBuiltin
            | Command::NewMap
            | Command::Quit
    )
}
