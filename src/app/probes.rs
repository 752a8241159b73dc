//! What tests and measurements read of the app (the `testing` feature): the state behind
//! what the window shows, and how often the map did its work.

use super::{App, Persisted, StatusLine};
use crate::load::{LoadError, Loaded};
use crate::view::Selection;
use eframe::egui;

impl App {
    /// The dataset on the map, and where it came from.
    pub fn loaded(&self) -> &Loaded {
        &self.loaded
    }

    /// The problems of the last dataset that failed to open, while they are shown.
    pub fn load_error(&self) -> Option<&LoadError> {
        self.error.as_ref()
    }

    pub fn persisted(&self) -> &Persisted {
        &self.state
    }

    pub fn selection(&self) -> Option<&Selection> {
        self.state.view.selection.as_ref()
    }

    /// The status line, if something was just done or went wrong.
    pub fn status(&self) -> Option<&StatusLine> {
        self.status.as_ref()
    }

    /// Ids of the ties the map shows now (after filters and time range).
    pub fn visible_ties(&self) -> Vec<&str> {
        self.derived.visible.ties.ids(&self.loaded.dataset).collect()
    }

    /// Whether a layout is being worked out on another thread.
    pub fn layout_pending(&self) -> bool {
        self.derived.layout_pending()
    }

    /// How many times the scene has been prepared before the camera (data, filters or
    /// selection changed); a pan or zoom only projects it.
    pub fn scene_preparations(&self) -> u64 {
        self.map.stats().preparations
    }

    /// How many times the map has been prepared since the app started.
    pub fn map_builds(&self) -> u64 {
        self.map.stats().builds
    }

    /// Whether the map on screen was drawn for the current view.
    pub fn map_is_current(&self) -> bool {
        self.map.is_current()
    }

    /// An actor's node as the map last drew it (size, colour, emphasis, ring of visits).
    pub fn drawn_node(&self, id: &str) -> Option<crate::scene::NodeShape> {
        self.map.drawn().and_then(|s| s.nodes.iter().find(|n| n.actor == id).cloned())
    }

    /// The ties as the map last drew them.
    pub fn drawn_edges(&self) -> Vec<crate::scene::EdgeShape> {
        self.map.drawn().map(|s| s.edges.clone()).unwrap_or_default()
    }

    /// What a click at `p` (relative to the map's top-left corner) would select, from the
    /// map as last drawn.
    pub fn hit_test(&self, p: egui::Pos2) -> Option<Selection> {
        self.map.hit_test(p)
    }

    /// How many steps there are to undo, and the name of the next.
    pub fn undo_depth(&self) -> usize {
        self.history.depth()
    }

    pub fn undo_name(&self) -> Option<&str> {
        self.history.undo_name()
    }

    /// Whether there are changes not saved.
    pub fn unsaved(&self) -> bool {
        self.history.unsaved()
    }

    /// The view on screen, as Save view would keep it.
    pub fn view_on_screen(&self, name: &str) -> crate::model::SavedView {
        self.current_view(name)
    }

    /// The camera that shows a saved view in the map as it is now.
    pub fn camera_for(&self, saved: &crate::model::SavedView) -> crate::view::Camera {
        crate::views::restore(saved, self.map.size(), &self.state.view).camera.unwrap_or_else(|| self.fitted_camera())
    }
}
