//! The map as a widget: built each frame from explicit inputs (dataset, layout, visible set,
//! selection, overlay options) and the camera the caller owns, it draws the map and returns
//! what the user asked for as commands, the camera included — the way walkers' `Map` is
//! used with the caller's `MapMemory`. It owns what only the map needs: the prepared scene,
//! the projected picture with its hit index, the GPU layers, and a projection under way.

use crate::basemap;
use crate::command::Command;
use crate::filter::Visible;
use crate::gpu::GpuLayers;
use crate::jobs::{Job, Poll};
use crate::layout::Layout;
use crate::legend;
use crate::model::Dataset;
use crate::paint::{self, MapCache, MapKey};
use crate::scene::{self, OverlayOptions, SceneInput, SceneKey};
use crate::view::{Camera, Selection};
use eframe::egui::{self, Rect, Role, Sense, Ui, Vec2, WidgetInfo};
use std::sync::Arc;

/// A map of more shapes than this is projected again on another thread when a pan or zoom
/// ends, its moved picture shown meanwhile.
pub(crate) const BACKGROUND_PROJECTION_ABOVE: usize = 20_000;

/// While the timeline plays, a view of more shown ties than this has each new picture
/// prepared on another thread, the last one staying up meanwhile: frames keep coming at the
/// screen's rate however long a picture takes (tens of milliseconds in a window of a
/// million-event list), and the map shows the newest picture ready.
pub(crate) const PREPARE_WHILE_PLAYING_ABOVE: usize = 2_000;

/// A picture made on another thread: the prepared scene, what it was prepared from, and the
/// picture projected from it.
type Prepared = (SceneKey, Arc<scene::Prepared>, MapCache);

/// What the map draws this frame.
pub(crate) struct MapInput<'a> {
    pub dataset: &'a Arc<Dataset>,
    pub layout: &'a Layout,
    pub visible: &'a Visible,
    /// What `layout`, `visible` and the selection were made from: the scene is prepared
    /// again only when this differs from the last frame's.
    pub key: SceneKey,
    pub legend: &'a [legend::Entry],
    pub overlay: OverlayOptions,
    /// Edit mode: a node dragged moves (one undo step when dropped), a node dragged with
    /// Shift held draws a tie to the node it is dropped on.
    pub edit: bool,
    /// An actor waits to be placed: a click on the map says where.
    pub placing: bool,
    /// The view's metrics, when nodes are sized or coloured by them.
    pub metrics: Option<&'a crate::analysis::Metrics>,
    /// While two periods are compared: how each pair changed.
    pub comparison: Option<&'a crate::analysis::Comparison>,
    /// Whether the timeline is playing (a large map's pictures are then made on another
    /// thread: `PREPARE_WHILE_PLAYING_ABOVE`).
    pub playing: bool,
}

impl MapInput<'_> {
    fn selection(&self) -> Option<&Selection> {
        self.key.selection.as_ref()
    }

    /// The width the legend takes at the left, which a fitted map leaves free.
    fn fit_left(&self) -> f32 {
        if self.overlay.legend { legend::reserved_width(self.legend) } else { 0.0 }
    }

    /// The camera that shows the whole map in a view of `size`.
    pub(crate) fn fitted_camera(&self, size: Vec2) -> Camera {
        scene::fit_camera(self.dataset, self.layout, self.key.labels.tag(), size, self.fit_left())
    }
}

/// How often the map's work was done: for tests and measurements.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct MapStats {
    /// Scenes prepared (data, filters or selection changed).
    pub preparations: u64,
    /// Pictures projected for a camera (each preparation, and each pan or zoom at rest).
    pub builds: u64,
}

/// The map view's state between frames.
pub(crate) struct MapView {
    /// The picture last drawn, for its key.
    cache: Option<MapCache>,
    /// The scene before the camera, for what it was made from: a pan or zoom only projects it.
    prepared: Option<(SceneKey, Arc<scene::Prepared>)>,
    /// A large map being projected for the view at rest on another thread, and that view.
    projecting: Option<(MapKey, Job<MapCache>)>,
    /// A picture being prepared on another thread while the timeline plays.
    preparing: Option<Job<Prepared>>,
    /// Whether very large maps are projected on another thread (until that ever fails).
    project_in_background: bool,
    /// The camera of the last frame: when it changes from frame to frame, the view is moving.
    last_camera: Option<Camera>,
    /// The map's static layers held on the GPU (eframe's glow backend); `None` where there
    /// is no GL context (tests): the layers are then drawn as meshes.
    gpu: Option<GpuLayers>,
    /// The size of the map at the last frame, for zooming from the keyboard and for exports.
    size: Vec2,
    stats: MapStats,
    /// Set when work done on another thread was lost; the caller reports it.
    lost: Option<String>,
    /// The legend and texts over the map, laid out for what they were made from (the data,
    /// the map's rectangle, the overlay options): the credit line is fitted to the width by
    /// measuring text, which is not redone every frame.
    overlay: Option<((crate::model::Version, Rect, OverlayOptions), scene::Overlay)>,
    /// A node being dragged in edit mode: its actor, and whether it draws a tie (Shift held
    /// when the drag began) rather than moving the node.
    node_drag: Option<(String, bool)>,
}

impl Default for MapView {
    fn default() -> Self {
        Self {
            cache: None,
            prepared: None,
            projecting: None,
            preparing: None,
            project_in_background: true,
            last_camera: None,
            gpu: None,
            size: Vec2::new(800.0, 600.0),
            stats: MapStats::default(),
            lost: None,
            overlay: None,
            node_drag: None,
        }
    }
}

impl MapView {
    /// Draw the static layers through GPU paint callbacks (eframe's glow backend).
    pub(crate) fn use_gpu(&mut self) {
        self.gpu = Some(GpuLayers::default());
    }

    /// The map's size at the last frame.
    pub(crate) fn size(&self) -> Vec2 {
        self.size
    }

    #[cfg(feature = "testing")]
    pub(crate) fn stats(&self) -> MapStats {
        self.stats
    }

    /// Work on another thread that stopped without an answer, once.
    pub(crate) fn take_lost(&mut self) -> Option<String> {
        self.lost.take()
    }

    #[cfg(feature = "testing")]
    /// Whether the map on screen was drawn for the current view (not a moved picture of an
    /// earlier one, nor one waiting for its projection).
    pub(crate) fn is_current(&self) -> bool {
        self.projecting.is_none()
            && self.preparing.is_none()
            && self.cache.as_ref().is_some_and(|m| Some(m.key.camera) == self.last_camera)
    }

    /// The scene as last drawn.
    #[cfg(feature = "testing")]
    pub(crate) fn drawn(&self) -> Option<&crate::scene::Scene> {
        self.cache.as_ref().map(|m| &m.scene)
    }

    /// What a click at `p` (relative to the map's top-left corner) would select, from the
    /// map as last drawn.
    #[cfg(feature = "testing")]
    pub(crate) fn hit_test(&self, p: egui::Pos2) -> Option<Selection> {
        self.cache.as_ref().and_then(|m| m.hit(p))
    }

    /// Draw the map with `camera` (`None` fits it) and return what the user did: a moved
    /// camera comes back as [`Command::SetCamera`], a click as a selection, a drag as a pin.
    pub(crate) fn show(&mut self, ui: &mut Ui, camera: Option<Camera>, input: &MapInput<'_>) -> Vec<Command> {
        let mut commands = Vec::new();
        let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        response.widget_info(|| WidgetInfo::labeled(Role::Group, true, "Map"));
        self.size = rect.size();
        let cam = Self::camera_after_input(ui, &response, rect, camera, input);
        if camera != Some(cam) {
            commands.push(Command::SetCamera(cam));
        }
        if self.draw(ui, rect, cam, input) {
            commands.extend(self.interact(ui, rect, &response, input));
        }
        let key = (input.dataset.version(), rect, input.overlay);
        if self.overlay.as_ref().is_none_or(|(k, _)| *k != key) {
            self.overlay = Some((key, scene::overlay(input.dataset, input.legend, rect, input.overlay)));
        }
        if let Some((_, overlay)) = &self.overlay {
            paint::paint_overlay(&ui.painter_at(rect), overlay);
        }
        commands
    }

    /// The camera after this frame's drag and scroll.
    fn camera_after_input(
        ui: &Ui,
        response: &egui::Response,
        rect: Rect,
        camera: Option<Camera>,
        input: &MapInput<'_>,
    ) -> Camera {
        let size = rect.size();
        let mut cam = camera.filter(Camera::is_valid).unwrap_or_else(|| input.fitted_camera(size));
        if response.dragged() {
            cam.pan(response.drag_delta());
        }
        // Scrolling zooms wherever the pointer is over the map, also over a node (a widget
        // of its own), but not through a window or menu above it.
        let pointer = ui
            .ctx()
            .pointer_hover_pos()
            .filter(|p| rect.contains(*p) && ui.ctx().layer_id_at(*p) == Some(ui.layer_id()));
        if let Some(p) = pointer {
            let (zoom, scroll) = ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta));
            let factor = zoom * (scroll.y / 400.0).exp();
            if (factor - 1.0).abs() > 1e-4 {
                cam.zoom_at(size, p - rect.min.to_vec2(), factor);
            }
        }
        cam
    }

    /// Draw the picture for `camera`: the cached one, a moved one while the view moves (or
    /// while a very large map is projected on another thread), or a newly projected one.
    /// Returns whether the picture drawn is current, so that its nodes can be interacted with.
    fn draw(&mut self, ui: &Ui, rect: Rect, camera: Camera, input: &MapInput<'_>) -> bool {
        let key = MapKey {
            scene: input.key.clone(),
            camera,
            size: rect.size(),
            origin: rect.min.to_vec2(),
            pixels_per_point: ui.ctx().pixels_per_point(),
        };
        let moving = self.last_camera.is_some_and(|c| c != camera);
        self.last_camera = Some(camera);
        self.take_projection(&key);
        self.take_preparation(&key, input.playing);
        let reusable = self.cache.as_ref().filter(|m| m.key != key && m.is_large() && m.same_but_camera(&key));
        if let Some(m) = reusable
            && (moving || self.projecting.is_some())
        {
            // The view is moving (or a very large map is being projected for the view at
            // rest): show the prepared picture moved along; prepare it again once the camera
            // rests (the next frame, asked for here).
            m.paint_moved(&ui.painter_at(rect), self.gpu.as_ref(), camera);
            if moving {
                ui.ctx().request_repaint();
            } else {
                ui.ctx().request_repaint_after(std::time::Duration::from_millis(10));
            }
            return false;
        }
        if self.cache.as_ref().is_none_or(|m| m.key != key) {
            let basemap = basemap::for_layout(input.key.layout.kind);
            let playing_large = input.playing && input.visible.ties.len() > PREPARE_WHILE_PLAYING_ABOVE;
            if self.prepared.as_ref().is_none_or(|(k, _)| *k != input.key)
                && playing_large
                && self.project_in_background
                && let Some(m) = &self.cache
            {
                // Playing a large map: the next picture is made on another thread (one at a
                // time: when it is done, one for the newest view follows); the last one stays.
                if self.preparing.is_none() {
                    self.preparing = Some(Self::prepare_elsewhere(input, key.clone(), basemap));
                }
                ui.ctx().request_repaint_after(std::time::Duration::from_millis(5));
                if m.key.same_view(&key) {
                    return true;
                }
                m.paint_moved(&ui.painter_at(rect), self.gpu.as_ref(), camera);
                return false;
            }
            if self.prepared.as_ref().is_none_or(|(k, _)| *k != input.key) {
                let prepared = scene::Prepared::new(&SceneInput {
                    dataset: input.dataset,
                    layout: input.layout,
                    basemap: &basemap,
                    selection: input.selection(),
                    camera,
                    size: rect.size(),
                    visible: input.visible,
                    labels: input.key.labels,
                    look: input.key.look,
                    metrics: input.metrics,
                    comparison: input.comparison,
                });
                self.prepared = Some((input.key.clone(), Arc::new(prepared)));
                self.stats.preparations += 1;
            }
            let Some((_, prepared)) = &self.prepared else { return false };
            let size = rect.size();
            let reusable = self.cache.as_ref().filter(|m| m.is_large() && m.same_but_camera(&key));
            if let Some(m) = reusable
                && self.project_in_background
                && m.shapes() > BACKGROUND_PROJECTION_ABOVE
            {
                // At rest after a move on a very large map: project it on another thread
                // (a tenth of a second at 50,000 ties) while the moved picture stays up.
                let (prepared, for_key) = (prepared.clone(), key.clone());
                let job = Job::spawn(crate::i18n::tr("map-view-drawing-the-map"), move || {
                    MapCache::new(for_key, prepared.project(&basemap, camera, size))
                });
                m.paint_moved(&ui.painter_at(rect), self.gpu.as_ref(), camera);
                self.projecting = Some((key, job));
                ui.ctx().request_repaint_after(std::time::Duration::from_millis(10));
                return false;
            }
            let scene = prepared.project(&basemap, camera, size);
            self.cache = Some(MapCache::new(key, scene));
            self.stats.builds += 1;
        }
        true
    }

    /// Start making the picture of `input` for `key` on another thread.
    fn prepare_elsewhere(input: &MapInput<'_>, key: MapKey, basemap: Arc<crate::basemap::Basemap>) -> Job<Prepared> {
        let ds = Arc::clone(input.dataset);
        let (layout, visible) = (input.layout.clone(), input.visible.clone());
        let (metrics, comparison) = (input.metrics.cloned(), input.comparison.cloned());
        Job::spawn(crate::i18n::tr("map-view-drawing-the-map"), move || {
            let scene_key = key.scene.clone();
            let prepared = scene::Prepared::new(&SceneInput {
                dataset: &ds,
                layout: &layout,
                basemap: &basemap,
                selection: scene_key.selection.as_ref(),
                camera: key.camera,
                size: key.size,
                visible: &visible,
                labels: scene_key.labels,
                look: scene_key.look,
                metrics: metrics.as_ref(),
                comparison: comparison.as_ref(),
            });
            let scene = prepared.project(&basemap, key.camera, key.size);
            (scene_key, Arc::new(prepared), MapCache::new(key, scene))
        })
    }

    /// Take a picture prepared on another thread while playing: shown if it was made for this
    /// camera and size, even when the time window has moved on since (the next is then
    /// started for the newest view); its prepared scene is kept for a camera that moved. Once
    /// play stops, one still under way is dropped: the view where it stopped is drawn now.
    fn take_preparation(&mut self, key: &MapKey, playing: bool) {
        let Some(job) = self.preparing.take().filter(|_| playing) else { return };
        match job.poll() {
            Poll::Done((scene_key, prepared, map)) => {
                self.stats.preparations += 1;
                let old_prepared = self.prepared.replace((scene_key, prepared));
                // A picture made for another camera or size is not shown: its scene is
                // projected again for this one.
                let old_picture = if map.key.same_view(key) {
                    self.stats.builds += 1;
                    self.cache.replace(map)
                } else {
                    Some(map)
                };
                // What is replaced is let go on another thread: freeing tens of thousands of
                // shapes would take milliseconds of this frame.
                std::thread::spawn(move || drop((old_prepared, old_picture)));
            }
            Poll::Running => self.preparing = Some(job),
            Poll::Lost => {
                // Should it ever fail, pictures are made on the UI thread from then on.
                self.project_in_background = false;
                self.lost = Some(job.what);
            }
        }
    }

    /// Take a picture projected on another thread for the view now shown; one for another
    /// view is dropped.
    fn take_projection(&mut self, key: &MapKey) {
        let Some((for_key, job)) = self.projecting.take() else { return };
        if for_key != *key {
            return;
        }
        match job.poll() {
            Poll::Done(map) => {
                self.cache = Some(map);
                self.stats.builds += 1;
            }
            Poll::Running => self.projecting = Some((for_key, job)),
            Poll::Lost => {
                // Should it ever fail, the map is projected on the UI thread from then on.
                self.project_in_background = false;
                self.lost = Some(job.what);
            }
        }
    }
}

mod interact;
