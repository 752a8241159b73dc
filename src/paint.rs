//! The map widget: pan and zoom, painting the scene, nodes as accessible widgets, hit testing.

use crate::command::Command;
use crate::legend::{self, Swatch};
use crate::scene::{self, Emphasis, LABEL_SIZE, Scene, SceneInput, TextItem};
use crate::style;
use crate::view::{Camera, Selection};
use eframe::egui::{
    self, Align2, Color32, CornerRadius, FontId, Mesh, Pos2, Rect, Role, Sense, Shape, Stroke, Ui, Vec2, WidgetInfo,
};

/// Draw the scene's primitives, offset to the top-left corner `origin`.
pub fn paint_scene(painter: &egui::Painter, scene: &Scene, origin: Vec2, hovered_tie: Option<&str>) {
    let at = |p: Pos2| p + origin;
    painter.rect_filled(Rect::from_min_size(at(Pos2::ZERO), scene.size), 0.0, scene.background);
    for land in &scene.land {
        for (rings, tris) in land.polygons.iter().zip(&land.triangles) {
            let mut mesh = Mesh::default();
            for p in rings.iter().flatten() {
                mesh.colored_vertex(at(*p), land.fill);
            }
            mesh.indices.clone_from(tris);
            painter.add(Shape::mesh(mesh));
            for ring in rings {
                let pts: Vec<Pos2> = ring.iter().map(|p| at(*p)).collect();
                painter.add(Shape::closed_line(pts, Stroke::new(0.7, style::BORDER)));
            }
        }
    }
    for e in &scene.edges {
        let hovered = hovered_tie == Some(e.tie.as_str());
        let width = if hovered { e.width + 1.5 } else { e.width };
        let stroke = Stroke::new(width, e.color);
        for path in &e.paths {
            let pts: Vec<Pos2> = path.iter().map(|p| at(*p)).collect();
            match e.dash {
                Some([dash, gap]) => {
                    painter.extend(Shape::dashed_line(&pts, stroke, dash, gap));
                }
                None => {
                    painter.add(Shape::line(pts, stroke));
                }
            }
        }
        for head in &e.arrows {
            painter.add(Shape::convex_polygon(head.iter().map(|p| at(*p)).collect(), e.color, Stroke::NONE));
        }
        for c in &e.crosses {
            paint_cross(painter, at(*c), 5.0, e.color);
        }
        if let Some(b) = &e.bundle {
            let rect = bundle_label_rect(b);
            painter.rect(
                rect.translate(origin),
                CornerRadius::same(7),
                Color32::WHITE,
                Stroke::new(1.5, e.color),
                egui::StrokeKind::Inside,
            );
            painter.text(
                at(b.label_at),
                Align2::CENTER_CENTER,
                b.ties.len().to_string(),
                FontId::proportional(11.0),
                e.color,
            );
        }
    }
    for n in &scene.nodes {
        let c = at(n.center);
        let stroke = n.ring.map_or(Stroke::NONE, |(w, col)| Stroke::new(w, col));
        painter.circle(c, n.radius, n.fill, stroke);
        let label = n.label_rect().translate(origin);
        let halo = label.expand2(Vec2::new(3.0, 1.0));
        let halo_color =
            if n.emphasis == Emphasis::Dimmed { style::LABEL_HALO.gamma_multiply(0.4) } else { style::LABEL_HALO };
        painter.rect_filled(halo, CornerRadius::same(3), halo_color);
        painter.text(label.min, Align2::LEFT_TOP, &n.name, FontId::proportional(LABEL_SIZE), n.label_color);
    }
}

/// Show the map in all of `ui`'s available space. The camera is the map's own state;
/// everything else the user asks for comes back as a command.
/// `fit_left` is the strip on the left that fitting leaves free (for the legend).
pub fn map_ui(ui: &mut Ui, input: SceneInput<'_>, camera: &mut Option<Camera>, fit_left: f32) -> Option<Command> {
    let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
    response.widget_info(|| WidgetInfo::labeled(Role::Group, true, "Map"));
    let size = rect.size();
    let origin = rect.min.to_vec2();
    let mut cam = camera
        .filter(Camera::is_valid)
        .unwrap_or_else(|| Camera::fit_beside(crate::layout::bounds(input.layout), size, fit_left));
    if response.dragged() {
        cam.pan(response.drag_delta());
    }
    if let Some(p) = response.hover_pos() {
        let (zoom, scroll) = ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta));
        let factor = zoom * (scroll.y / 400.0).exp();
        if (factor - 1.0).abs() > 1e-4 {
            cam.zoom_at(size, p - origin, factor);
        }
    }
    *camera = Some(cam);

    let scene = scene::build(&SceneInput { camera: cam, size, ..input });
    let pointer = response.hover_pos().map(|p| p - origin);
    let hovered_edge = pointer.filter(|p| scene.node_at(*p).is_none()).and_then(|p| scene.edge_at(p));
    paint_scene(&ui.painter_at(rect), &scene, origin, hovered_edge.map(|e| e.tie.as_str()));

    let mut command = None;
    // Nodes are widgets: focusable with Tab and arrows, clicked with Enter, named for screen readers.
    for n in &scene.nodes {
        let node_rect = Rect::from_center_size(n.center + origin, Vec2::splat(2.0 * n.radius + 4.0));
        if !rect.intersects(node_rect) {
            continue;
        }
        let resp = ui.interact(node_rect, egui::Id::unique(("bridges-node", &n.actor)), Sense::click_and_drag());
        let selected = n.emphasis == Emphasis::Selected;
        resp.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &n.name));
        if resp.clicked() {
            command = Some(Command::Select(Some(Selection::Actor(n.actor.clone()))));
        }
        // Dragging a node pins it where it is dropped.
        if resp.dragged() && resp.drag_delta() != Vec2::ZERO {
            let at = cam.to_map(size, n.center + resp.drag_delta());
            command = Some(Command::Pin(n.actor.clone(), [at.x, at.y]));
        }
        if resp.hovered() || resp.has_focus() {
            ui.painter_at(rect).circle_stroke(n.center + origin, n.radius + 4.0, Stroke::new(2.5, style::HOVER_RING));
        }
        let ties = if n.ties == 1 { "1 tie".to_owned() } else { format!("{} ties", n.ties) };
        resp.on_hover_text(format!("{}\n{} · {ties}", n.name, n.kind.label()));
    }
    if let Some(e) = hovered_edge {
        response.clone().on_hover_text_at_pointer(format!("{}\nClick to read its evidence", e.title));
    }
    if response.clicked() && command.is_none() {
        let hit = response.interact_pointer_pos().and_then(|p| scene.edge_at(p - origin));
        command = Some(Command::Select(hit.map(scene::EdgeShape::selection)));
    }
    command
}

/// The box of a bundle's count label.
pub fn bundle_label_rect(b: &scene::Bundle) -> Rect {
    let w = crate::text::width(&b.ties.len().to_string(), 11.0) + 10.0;
    Rect::from_center_size(b.label_at, Vec2::new(w.max(18.0), 16.0))
}

/// Draw a laid-out legend.
pub fn paint_legend(painter: &egui::Painter, legend: &legend::Layout) {
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
pub fn paint_overlay(painter: &egui::Painter, overlay: &scene::Overlay) {
    if let Some(legend) = &overlay.legend {
        paint_legend(painter, legend);
    }
    paint_texts(painter, &overlay.texts);
}

/// Draw overlay texts (credit line, title), each on its halo if it has one.
pub fn paint_texts(painter: &egui::Painter, texts: &[TextItem]) {
    for t in texts {
        let rect = t.rect();
        if t.halo {
            painter.rect_filled(rect.expand2(Vec2::new(4.0, 2.0)), CornerRadius::same(3), style::LEGEND_FILL);
        }
        painter.text(rect.min, Align2::LEFT_TOP, &t.text, FontId::proportional(t.size), t.color);
    }
}
