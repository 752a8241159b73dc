//! Painting the scene with egui: the map's cached layers, the moved picture while the view
//! moves, the legend and the overlay texts.

use crate::gpu::{GpuLayers, Slot};
use crate::legend::{self, Swatch};
use crate::scene::{self, Emphasis, LABEL_SIZE, Scene, TextItem};
use crate::style;
use crate::view::{Camera, Selection};
use eframe::egui::emath::TSTransform;
use eframe::egui::{self, Align2, Color32, CornerRadius, FontId, Mesh, Pos2, Rect, Shape, Stroke, Vec2};
use eframe::epaint::{TessellationOptions, Tessellator};
use std::sync::Arc;

/// The shapes of land and of edges shown at normal strength (or dimmed), in drawing order.
fn land_shapes(scene: &Scene, at: impl Fn(Pos2) -> Pos2, out: &mut Vec<Shape>) {
    out.push(Shape::rect_filled(Rect::from_min_size(at(Pos2::ZERO), scene.size), 0.0, scene.background));
    for land in &scene.land {
        for (rings, tris) in land.polygons.iter().zip(&land.triangles) {
            let mut mesh = Mesh::default();
            for p in rings.iter().flatten() {
                mesh.colored_vertex(at(*p), land.fill);
            }
            mesh.indices.clone_from(tris);
            out.push(Shape::mesh(mesh));
            for ring in rings {
                let pts: Vec<Pos2> = ring.iter().map(|p| at(*p)).collect();
                out.push(Shape::closed_line(pts, Stroke::new(0.7, style::BORDER)));
            }
        }
    }
}

/// The parts of a polyline within `clip` (segments clipped with Liang–Barsky), so that a
/// dashed tie many screens long is dashed only where it can be seen.
fn clip_polyline(pts: &[Pos2], clip: Rect) -> Vec<Vec<Pos2>> {
    let mut parts: Vec<Vec<Pos2>> = Vec::new();
    let mut current: Vec<Pos2> = Vec::new();
    for w in pts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let d = b - a;
        let (mut t0, mut t1) = (0.0f32, 1.0f32);
        let inside =
            [(-d.x, a.x - clip.min.x), (d.x, clip.max.x - a.x), (-d.y, a.y - clip.min.y), (d.y, clip.max.y - a.y)]
                .into_iter()
                .all(|(p, q)| {
                    if p == 0.0 {
                        return q >= 0.0;
                    }
                    let r = q / p;
                    if p < 0.0 {
                        t0 = t0.max(r);
                    } else {
                        t1 = t1.min(r);
                    }
                    t0 <= t1
                });
        if !inside {
            if current.len() >= 2 {
                parts.push(std::mem::take(&mut current));
            }
            current.clear();
            continue;
        }
        let (ca, cb) = (a + d * t0, a + d * t1);
        if current.last() != Some(&ca) {
            if current.len() >= 2 {
                parts.push(std::mem::take(&mut current));
            }
            current = vec![ca];
        }
        current.push(cb);
    }
    if current.len() >= 2 {
        parts.push(current);
    }
    parts
}

/// The shapes of an edge; dashes (if `dashes`) only within `clip` (screen coordinates).
fn edge_shapes(
    e: &scene::EdgeShape,
    at: impl Fn(Pos2) -> Pos2,
    clip: Rect,
    extra_width: f32,
    dashes: bool,
    out: &mut Vec<Shape>,
) {
    let stroke = Stroke::new(e.width + extra_width, e.color);
    for path in &e.paths {
        let pts: Vec<Pos2> = path.iter().map(|p| at(*p)).collect();
        match e.dash.filter(|_| dashes) {
            Some([dash, gap]) => {
                for part in clip_polyline(&pts, clip) {
                    out.extend(Shape::dashed_line(&part, stroke, dash, gap));
                }
            }
            None => out.push(Shape::line(pts, stroke)),
        }
    }
    for head in &e.arrows {
        out.push(Shape::convex_polygon(head.iter().map(|p| at(*p)).collect(), e.color, Stroke::NONE));
    }
    for c in &e.crosses {
        let (c, d, s) = (at(*c), 5.0, Stroke::new(2.0, e.color));
        out.push(Shape::line_segment([c + Vec2::new(-d, -d), c + Vec2::new(d, d)], s));
        out.push(Shape::line_segment([c + Vec2::new(-d, d), c + Vec2::new(d, -d)], s));
    }
}

/// Edges drawn every frame on top of the cached layer: emphasised ones and bundles.
fn is_dynamic(e: &scene::EdgeShape) -> bool {
    e.emphasis >= Emphasis::Highlighted || e.bundle.is_some()
}

/// Above this many shapes a cached layer is tessellated without anti-aliasing feathering:
/// half the vertices to copy each frame, on maps where single lines are not told apart anyway.
const FEATHER_UP_TO: usize = 5_000;

/// Above this many ties on screen, planned and cancelled ties are drawn solid in the cached
/// layer (their colour is faded already) rather than dashed: at that density dashes cannot be
/// seen, and each dash costs as much to draw as a whole tie.
const DASH_UP_TO: usize = 5_000;

/// Shapes tessellated into one mesh, as egui would each frame (same feathering).
fn tessellate(shapes: Vec<Shape>, pixels_per_point: f32) -> Arc<Mesh> {
    let options = TessellationOptions { feathering: shapes.len() <= FEATHER_UP_TO, ..TessellationOptions::default() };
    let mut t = Tessellator::new(pixels_per_point, options, [1, 1], Vec::new());
    let mut mesh = Mesh::default();
    for shape in shapes {
        t.tessellate_shape(shape, &mut mesh);
    }
    Arc::new(mesh)
}

/// What a cached map frame depends on: when any of it changes, the map is prepared again.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct MapKey {
    /// What the scene was prepared from (data, layout, filters, time range, selection).
    pub scene: scene::SceneKey,
    pub camera: Camera,
    pub size: Vec2,
    pub origin: Vec2,
    pub pixels_per_point: f32,
}

impl MapKey {
    /// Whether a picture for `other` would be seen through the same camera, at the same size
    /// and place (whatever the scene it shows).
    pub(crate) fn same_view(&self, other: &Self) -> bool {
        self.camera == other.camera
            && self.size == other.size
            && self.origin == other.origin
            && self.pixels_per_point == other.pixels_per_point
    }
}

/// The map prepared for drawing: the scene, its static layers (land and ordinary edges;
/// node discs) tessellated once into meshes, and the hit index (made when the pointer first
/// asks: a playing map is redrawn many times without being pointed at). Drawing a frame then
/// costs a few shapes, not one per tie.
pub(crate) struct MapCache {
    pub key: MapKey,
    pub scene: Scene,
    index: std::sync::OnceLock<scene::HitIndex>,
    /// Whether every flow carries its count badge (not on a crowded map: `BADGES_UP_TO`).
    badges: bool,
    under: Arc<Mesh>,
    discs: Arc<Mesh>,
}

impl MapCache {
    pub(crate) fn new(key: MapKey, scene: Scene) -> Self {
        let at = |p: Pos2| p + key.origin;
        let mut under = Vec::with_capacity(scene.edges.len() + 64);
        land_shapes(&scene, at, &mut under);
        let clip = Rect::from_min_size(at(Pos2::ZERO), scene.size).expand(32.0);
        let dashes = scene.edges.len() <= DASH_UP_TO;
        for e in scene.edges.iter().filter(|e| !is_dynamic(e)) {
            edge_shapes(e, at, clip, 0.0, dashes, &mut under);
        }
        // The scene drops the rings of ordinary discs at this density (`RINGS_UP_TO`).
        let many = scene.nodes.len() > scene::RINGS_UP_TO;
        let mut discs: Vec<Shape> = Vec::with_capacity(scene.nodes.len());
        for n in &scene.nodes {
            let stroke = n.ring.map_or(Stroke::NONE, |(w, col)| Stroke::new(w, col));
            if many && n.emphasis < Emphasis::Highlighted {
                // Level of detail: a 12-sided disc, a tenth of the vertices of a circle.
                let c = at(n.center);
                let pts = (0..12).map(|k| c + n.radius * Vec2::angled(k as f32 * std::f32::consts::TAU / 12.0));
                discs.push(Shape::convex_polygon(pts.collect(), n.fill, Stroke::NONE));
                continue;
            }
            discs.push(Shape::Circle(egui::epaint::CircleShape {
                center: at(n.center),
                radius: n.radius,
                fill: n.fill,
                stroke,
            }));
            for (arc, color) in n.balance_arcs() {
                discs.push(Shape::line(arc.into_iter().map(at).collect(), Stroke::new(style::BALANCE_W, color)));
            }
        }
        let (under, discs) = (tessellate(under, key.pixels_per_point), tessellate(discs, key.pixels_per_point));
        let badges = scene.edges.iter().filter(|e| e.bundle.is_some()).count() <= BADGES_UP_TO;
        Self { key, scene, index: std::sync::OnceLock::new(), badges, under, discs }
    }

    /// What finds the node or edge under a point.
    pub(crate) fn index(&self) -> &scene::HitIndex {
        self.index.get_or_init(|| scene::HitIndex::new(&self.scene))
    }

    /// A static layer's shape: drawn from the GPU's copy when there is one, else as a mesh
    /// (copied into egui's output each frame).
    fn layer(&self, painter: &egui::Painter, gpu: Option<&GpuLayers>, slot: Slot, tf: TSTransform) -> Shape {
        let mesh = match slot {
            Slot::Under => &self.under,
            Slot::Discs => &self.discs,
        };
        match gpu.filter(|g| g.usable()) {
            Some(gpu) => gpu.shape(painter, slot, mesh.clone(), tf),
            None if tf == TSTransform::IDENTITY => Shape::Mesh(mesh.clone()),
            None => {
                let mut m = (**mesh).clone();
                m.transform(tf);
                Shape::mesh(m)
            }
        }
    }

    /// Draw it, with the tie under the pointer (if any) drawn thicker.
    pub(crate) fn paint(&self, painter: &egui::Painter, gpu: Option<&GpuLayers>, hovered: Option<usize>) {
        let origin = self.key.origin;
        let at = |p: Pos2| p + origin;
        painter.add(self.layer(painter, gpu, Slot::Under, TSTransform::IDENTITY));
        let mut shapes = Vec::new();
        // Level of detail: a crowded map's flows go without their count badges (but for the
        // selection and what it highlights); hovering a flow still says how many ties it holds.
        let badged = |e: &scene::EdgeShape| self.badges || e.emphasis >= Emphasis::Highlighted;
        for (i, e) in self.scene.edges.iter().enumerate() {
            let is_hovered = hovered == Some(i);
            if is_dynamic(e) || is_hovered {
                let clip = Rect::from_min_size(at(Pos2::ZERO), self.scene.size).expand(32.0);
                edge_shapes(e, at, clip, if is_hovered { 1.5 } else { 0.0 }, true, &mut shapes);
            }
            if let Some(b) = e.bundle.as_ref().filter(|_| badged(e) || is_hovered) {
                let rect = bundle_label_rect(b).translate(origin);
                shapes.push(Shape::rect_filled(rect, CornerRadius::same(7), Color32::WHITE));
                shapes.push(Shape::rect_stroke(
                    rect,
                    CornerRadius::same(7),
                    Stroke::new(1.5, e.color),
                    egui::StrokeKind::Inside,
                ));
            }
        }
        painter.extend(shapes);
        for (i, e) in self.scene.edges.iter().enumerate() {
            if let Some(b) = e.bundle.as_ref().filter(|_| badged(e) || hovered == Some(i)) {
                painter.text(
                    at(b.label_at),
                    Align2::CENTER_CENTER,
                    b.members.len().to_string(),
                    FontId::proportional(11.0),
                    e.color,
                );
            }
        }
        painter.add(self.layer(painter, gpu, Slot::Discs, TSTransform::IDENTITY));
        for n in &self.scene.nodes {
            let Some(label) = n.label else { continue };
            let label = label.translate(origin);
            let halo = label.expand2(Vec2::new(3.0, 1.0));
            let halo_color =
                if n.emphasis == Emphasis::Dimmed { style::LABEL_HALO.gamma_multiply(0.4) } else { style::LABEL_HALO };
            painter.rect_filled(halo, CornerRadius::same(3), halo_color);
            painter.text(label.min, Align2::LEFT_TOP, &n.name, FontId::proportional(LABEL_SIZE), n.label_color);
        }
    }

    /// Whether the map is large enough that moving it should reuse this picture (transformed)
    /// until the camera rests, rather than prepare it again every frame.
    pub(crate) fn is_large(&self) -> bool {
        self.shapes() > MOVE_WITHOUT_REBUILD_ABOVE
    }

    /// How many ties and nodes it draws.
    pub(crate) fn shapes(&self) -> usize {
        self.scene.edges.len() + self.scene.nodes.len()
    }

    /// Whether `key` differs from this picture's only by the camera, and by a zoom close
    /// enough that the picture, scaled, still looks right (discs and lines grow with it).
    pub(crate) fn same_but_camera(&self, key: &MapKey) -> bool {
        let k = key.camera.zoom / self.key.camera.zoom;
        (1.0 / MOVED_ZOOM_UP_TO..=MOVED_ZOOM_UP_TO).contains(&k)
            && MapKey { camera: self.key.camera, ..key.clone() } == self.key
    }

    /// Draw this picture as `camera` would show it: its meshes scaled and moved (labels and
    /// emphasis are left out until the camera rests and the map is prepared again).
    pub(crate) fn paint_moved(&self, painter: &egui::Painter, gpu: Option<&GpuLayers>, camera: Camera) {
        let (c0, z0) = (self.key.camera.center(), self.key.camera.zoom);
        let k = camera.zoom / z0;
        let t = self.key.size / 2.0 * (1.0 - k) + (c0 - camera.center()) * camera.zoom;
        let tf = TSTransform::new(self.key.origin * (1.0 - k) + t, k);
        for slot in [Slot::Under, Slot::Discs] {
            painter.add(self.layer(painter, gpu, slot, tf));
        }
    }

    /// The actor or tie at a point of the map (relative to its top-left corner): what a click
    /// there selects.
    pub(crate) fn hit(&self, p: Pos2) -> Option<Selection> {
        if let Some(i) = self.index().node_at(&self.scene, p) {
            return Some(Selection::Actor(self.scene.nodes[i].actor.clone()));
        }
        self.index().edge_at(&self.scene, p).map(|i| self.scene.edges[i].selection())
    }
}

/// A moving map's picture is scaled by up to this much (or down by its inverse) before it is
/// prepared again, moving or not.
const MOVED_ZOOM_UP_TO: f32 = 2.0;

/// Above this many shapes, a moving map reuses its picture until the camera rests.
const MOVE_WITHOUT_REBUILD_ABOVE: usize = 3_000;

/// The box of a bundle's count label.
/// Above this many flows on the map, only the highlighted ones and the one under the pointer
/// carry a badge with their count of ties.
pub(crate) const BADGES_UP_TO: usize = 300;

pub(crate) fn bundle_label_rect(b: &scene::Bundle) -> Rect {
    let w = crate::text::width(&b.members.len().to_string(), 11.0) + 10.0;
    Rect::from_center_size(b.label_at, Vec2::new(w.max(18.0), 16.0))
}

/// Draw a laid-out legend.
pub(crate) fn paint_legend(painter: &egui::Painter, legend: &legend::Layout) {
    painter.rect(
        legend.rect,
        CornerRadius::same(6),
        style::LEGEND_FILL,
        Stroke::new(1.0, style::BORDER),
        egui::StrokeKind::Inside,
    );
    for row in &legend.rows {
        let (x0, y) = (row.swatch_left.x, row.swatch_left.y);
        let w = legend::SWATCH_W;
        match &row.swatch {
            Swatch::Node(c) => {
                painter.circle(Pos2::new(x0 + w / 2.0, y), 6.0, *c, Stroke::new(1.5, Color32::WHITE));
            }
            Swatch::Sizes => {
                painter.circle_filled(Pos2::new(x0 + 7.0, y), 4.0, style::SIZE_SWATCH);
                painter.circle_filled(Pos2::new(x0 + 24.0, y), 8.0, style::SIZE_SWATCH);
            }
            Swatch::Line { color, width, dash, arrow, cross } => {
                let a = Pos2::new(x0, y);
                let b = Pos2::new(x0 + w - if *arrow { 8.0 } else { 0.0 }, y);
                let stroke = Stroke::new(*width, *color);
                match dash {
                    Some([d, g]) => {
                        painter.extend(Shape::dashed_line(&[a, b], stroke, *d, *g));
                    }
                    None => {
                        painter.line_segment([a, b], stroke);
                    }
                }
                if *arrow {
                    let tip = Pos2::new(x0 + w, y);
                    painter.add(Shape::convex_polygon(legend::arrow_swatch(tip).to_vec(), *color, Stroke::NONE));
                }
                if *cross {
                    paint_cross(painter, Pos2::new(x0 + w / 2.0, y), 4.0, *color);
                }
            }
        }
        painter.text(
            row.text_left,
            Align2::LEFT_CENTER,
            &row.text,
            FontId::proportional(legend::FONT_SIZE),
            style::LABEL,
        );
    }
}

fn paint_cross(painter: &egui::Painter, c: Pos2, d: f32, color: Color32) {
    let s = Stroke::new(2.0, color);
    painter.line_segment([c + Vec2::new(-d, -d), c + Vec2::new(d, d)], s);
    painter.line_segment([c + Vec2::new(-d, d), c + Vec2::new(d, -d)], s);
}

/// Draw the legend and texts over the map.
pub(crate) fn paint_overlay(painter: &egui::Painter, overlay: &scene::Overlay) {
    if let Some(legend) = &overlay.legend {
        paint_legend(painter, legend);
    }
    paint_texts(painter, &overlay.texts);
}

/// Draw overlay texts (credit line, title), each on its halo if it has one.
pub(crate) fn paint_texts(painter: &egui::Painter, texts: &[TextItem]) {
    for t in texts {
        let rect = t.rect();
        if t.halo {
            painter.rect_filled(rect.expand2(Vec2::new(4.0, 2.0)), CornerRadius::same(3), style::LEGEND_FILL);
        }
        painter.text(rect.min, Align2::LEFT_TOP, &t.text, FontId::proportional(t.size), t.color);
    }
}
