//! The map's interaction: painting the current picture, and turning clicks, drags, hovers
//! and keys on it into commands.

use super::{MapInput, MapView};
use crate::command::Command;
use crate::scene::{self, Emphasis};
use crate::style;
use crate::view::Selection;
use eframe::egui::{self, Rect, Role, Sense, Stroke, Ui, Vec2, WidgetInfo};

/// The most node widgets made in one frame: labelled nodes, most important first. Other
/// nodes are still clicked and hovered through the hit index.
const MAX_NODE_WIDGETS: usize = 600;

impl MapView {
    /// Paint the current picture and turn clicks, drags and keys on it into commands.
    pub(super) fn interact(
        &mut self,
        ui: &mut Ui,
        rect: Rect,
        response: &egui::Response,
        input: &MapInput<'_>,
    ) -> Vec<Command> {
        let Some(map) = &self.cache else { return Vec::new() };
        let origin = rect.min.to_vec2();
        let (scene, cam, size) = (&map.scene, map.key.camera, rect.size());
        let pointer = response.hover_pos().map(|p| p - origin);
        let hovered_node = pointer.and_then(|p| map.index().node_at(scene, p));
        let hovered_edge = pointer.filter(|_| hovered_node.is_none()).and_then(|p| map.index().edge_at(scene, p));
        map.paint(&ui.painter_at(rect), self.gpu.as_ref(), hovered_edge);

        let mut command = None;
        let mut node_drag = self.node_drag.take();
        for n in node_widgets(scene, rect) {
            let node_rect = Rect::from_center_size(n.center + origin, Vec2::splat(2.0 * n.radius + 4.0));
            let resp = ui.interact(node_rect, egui::Id::unique(("bridges-node", &n.actor)), Sense::click_and_drag());
            let selected = n.emphasis == Emphasis::Selected;
            resp.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &n.name));
            if resp.clicked() {
                command = Some(Command::Select(Some(Selection::Actor(n.actor.clone()))));
            }
            if input.edit {
                if resp.drag_started() {
                    node_drag = Some((n.actor.clone(), ui.input(|i| i.modifiers.shift)));
                }
                let drawing_tie = node_drag.as_ref().is_some_and(|(a, tie)| *a == n.actor && *tie);
                let pointer_at = resp.interact_pointer_pos().or(ui.ctx().pointer_latest_pos());
                if drawing_tie && resp.dragged() {
                    // The tie being drawn follows the pointer.
                    if let Some(p) = pointer_at {
                        ui.painter_at(rect).line_segment([n.center + origin, p], Stroke::new(2.5, style::HOVER_RING));
                    }
                } else if resp.dragged() && resp.drag_delta() != Vec2::ZERO {
                    let at = cam.to_map(size, n.center + resp.drag_delta());
                    command = Some(Command::Pin(n.actor.clone(), [at.x, at.y]));
                }
                if resp.drag_stopped() && node_drag.as_ref().is_some_and(|(a, _)| *a == n.actor) {
                    let target = pointer_at.and_then(|p| map.index().node_at(scene, p - origin));
                    command = match (drawing_tie, target) {
                        (true, Some(t)) if scene.nodes[t].actor != n.actor => {
                            Some(Command::DrawTie(n.actor.clone(), scene.nodes[t].actor.clone()))
                        }
                        (true, _) => None,
                        (false, _) => {
                            let at = cam.to_map(size, n.center);
                            Some(Command::MoveNode(n.actor.clone(), [at.x, at.y]))
                        }
                    };
                    node_drag = None;
                }
            } else if resp.dragged() && resp.drag_delta() != Vec2::ZERO {
                // Dragging a node pins it where it is dropped.
                let at = cam.to_map(size, n.center + resp.drag_delta());
                command = Some(Command::Pin(n.actor.clone(), [at.x, at.y]));
            }
            if resp.has_focus() {
                ui.painter_at(rect).circle_stroke(
                    n.center + origin,
                    n.radius + 4.0,
                    Stroke::new(2.5, style::HOVER_RING),
                );
            }
            let ties = crate::i18n::tr_args("map-view-ties", &[("ties", n.ties.into())]);
            let hint = if input.edit { format!("\n{}", crate::i18n::tr("map-view-drag-hint")) } else { String::new() };
            resp.on_hover_text(format!("{}\n{} · {ties}{hint}", n.name, crate::i18n::actor_kind(n.kind)));
        }
        self.node_drag = node_drag;
        if let Some(i) = hovered_node {
            let n = &scene.nodes[i];
            ui.painter_at(rect).circle_stroke(n.center + origin, n.radius + 4.0, Stroke::new(2.5, style::HOVER_RING));
            if n.label.is_none() {
                response.clone().on_hover_text_at_pointer(format!("{}\n{}", n.name, crate::i18n::actor_kind(n.kind)));
            }
        }
        if let Some(i) = hovered_edge {
            let title = scene::title_of(input.dataset, &scene.edges[i], input.key.labels.tag());
            let click = crate::i18n::tr("map-view-click-to-read-evidence");
            response.clone().on_hover_text_at_pointer(format!("{title}\n{click}"));
        }
        if response.clicked() && command.is_none() {
            let at = response.interact_pointer_pos().map(|p| p - origin);
            command = if input.placing {
                at.map(|p| {
                    let m = cam.to_map(size, p);
                    Command::PlaceAt([m.x, m.y])
                })
            } else {
                Some(Command::Select(at.and_then(|p| map.hit(p))))
            };
        }
        command.into_iter().collect()
    }
}

/// The nodes made widgets this frame: focusable with Tab and arrows, clicked with Enter,
/// named for screen readers. With many nodes, those with a label on screen (the most
/// important) are.
fn node_widgets(scene: &scene::Scene, rect: Rect) -> Vec<&scene::NodeShape> {
    let origin = rect.min.to_vec2();
    let on_screen: Vec<&scene::NodeShape> = scene.nodes.iter().filter(|n| rect.contains(n.center + origin)).collect();
    let mut widgets: Vec<&scene::NodeShape> = if on_screen.len() <= MAX_NODE_WIDGETS {
        on_screen
    } else {
        on_screen.into_iter().filter(|n| n.label.is_some() || n.emphasis >= Emphasis::Highlighted).collect()
    };
    if widgets.len() > MAX_NODE_WIDGETS {
        widgets.sort_by(|a, b| {
            (std::cmp::Reverse(a.emphasis), std::cmp::Reverse(a.ties), &a.actor).cmp(&(
                std::cmp::Reverse(b.emphasis),
                std::cmp::Reverse(b.ties),
                &b.actor,
            ))
        });
        widgets.truncate(MAX_NODE_WIDGETS);
        widgets.sort_by(|a, b| (a.emphasis, &a.actor).cmp(&(b.emphasis, &b.actor)));
    }
    widgets
}
