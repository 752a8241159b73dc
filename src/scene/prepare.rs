//! Building a scene in two steps: what does not depend on the camera (which actors and ties
//! are shown, their colours, emphasis, titles, bends and bundles) is prepared once per
//! change of data, filters or selection; projecting it through a camera is all a pan or zoom
//! costs.

use super::{
    DENSE_ABOVE, EdgeShape, Emphasis, Land, NodeShape, Scene, SceneInput, arrowhead, emphasis_of, focus, midpoint,
    place_labels, quad_bezier, tie_counts, tie_title, trim,
};
use crate::basemap::Basemap;
use crate::model::{ActorKind, Status};
use crate::style;
use crate::view::Camera;
use crate::view::ColourBy;
use eframe::egui::{Color32, Pos2, Rect, Vec2};
use std::collections::{BTreeMap, BTreeSet};

mod ends;
mod flows;

/// Above this many nodes on screen, ordinary discs are drawn without a ring.
pub const RINGS_UP_TO: usize = 2_500;

/// A scene before the camera: shapes in map units.
#[derive(Clone, Debug, Default)]
pub(crate) struct Prepared {
    /// The fill of each country of the base map, in its order.
    land_fill: Vec<Color32>,
    /// In drawing order, each with its map position (`center` is set when projected).
    nodes: Vec<(NodeShape, Pos2)>,
    /// In drawing order.
    edges: Vec<PreparedEdge>,
}

#[derive(Clone, Debug)]
struct PreparedEdge {
    /// The shape without its paths, arrowheads and crosses (and a bundle without its label
    /// position).
    shape: EdgeShape,
    /// Each segment in map units, with the radii (pixels) of the nodes it is trimmed at.
    segments: Vec<(Vec<Pos2>, f32, f32)>,
    directed: bool,
    /// Pixels to move the line sideways (to its left, looking along it): the two directions
    /// of a pair's visits are drawn side by side.
    offset: f32,
}

impl Prepared {
    /// Everything of `input` but its camera and size.
    #[expect(clippy::too_many_lines, reason = "one pass that places nodes, then edges, then labels, in drawing order")]
    pub(crate) fn new(input: &SceneInput<'_>) -> Self {
        let SceneInput { dataset: ds, layout, basemap, selection, visible, labels, look, metrics, comparison, .. } =
            *input;
        let lang = labels.tag();
        let state_names: BTreeSet<&str> =
            ds.actors.iter().filter(|a| a.kind == ActorKind::State).map(|a| a.name.as_str()).collect();
        let land_fill = basemap
            .countries
            .iter()
            .map(|c| if state_names.contains(c.name.as_str()) { style::LAND_FOCUS } else { style::LAND })
            .collect();

        let focus = focus(ds, selection, visible, look.depth);
        let counts = tie_counts(ds);
        let counts = &*counts;
        // Sizes by ties level off near a hundred; where actors have many more (an event list),
        // they are sized by their share of the most any actor has, so that they still differ.
        let most = counts.values().copied().max().unwrap_or(0);
        let by_ties = |ties: usize| {
            if most > style::RELATIVE_SIZES_ABOVE {
                style::metric_radius(ties as f64 / most as f64)
            } else {
                style::node_radius(ties)
            }
        };
        // Level of detail: on a dense map, discs at full size would cover each other and the ties.
        let dense = visible.actors.len() > DENSE_ABOVE;
        // Sizes and colours by a metric of the view, once it is measured.
        let size_by = look.size_by.zip(metrics).map(|(m, ms)| (m, ms, ms.max(m)));
        let colour_by = metrics.map(|ms| match look.colour_by {
            ColourBy::Metric(m) => (look.colour_by, ms, ms.max(m)),
            other => (other, ms, 0.0),
        });

        let visits = ends::visits(ds, visible);
        let mut shown = vec![false; ds.actors.len()];
        let mut nodes: Vec<(NodeShape, Pos2)> = ds
            .actors
            .iter()
            .enumerate()
            .filter(|(_, a)| visible.actors.contains(&a.id))
            .filter_map(|(i, a)| {
                let p = *layout.pos.get(&a.id)?;
                shown[i] = true;
                let ties = counts.get(a.id.as_str()).copied().unwrap_or(0);
                let emphasis = emphasis_of(
                    focus.as_ref(),
                    focus.as_ref().is_some_and(|f| f.selected_actor.as_deref() == Some(&a.id)),
                    focus.as_ref().is_some_and(|f| f.actors.contains(&a.id)),
                );
                let alpha = if emphasis == Emphasis::Dimmed { style::DIM } else { 1.0 };
                let ring = match emphasis {
                    Emphasis::Selected => Some((3.0, style::SELECTED_RING)),
                    Emphasis::Highlighted => Some((2.0, Color32::WHITE)),
                    _ => Some((1.5, Color32::WHITE.gamma_multiply(alpha))),
                };
                let share = |ms: &crate::analysis::Metrics, m, max: f64| {
                    ms.get(&a.id).map_or(0.0, |x| x.value(m)) / if max > 0.0 { max } else { 1.0 }
                };
                let full = match size_by {
                    Some((m, ms, max)) => style::metric_radius(share(ms, m, max)),
                    None => by_ties(ties),
                };
                let fill = match colour_by {
                    Some((ColourBy::Metric(m), ms, max)) => style::ramp(share(ms, m, max)),
                    Some((ColourBy::Community, ms, _)) => {
                        ms.get(&a.id).map_or(style::OTHER_COMMUNITY, |x| style::community_color(x.community))
                    }
                    _ => style::actor_color(a.kind),
                };
                let node = NodeShape {
                    actor: a.id.clone(),
                    name: a.name_in(lang).to_owned(),
                    kind: a.kind,
                    ties,
                    center: Pos2::ZERO,
                    radius: if dense { (full * 0.4).max(2.0) } else { full },
                    fill: fill.gamma_multiply(alpha),
                    ring,
                    label_color: style::LABEL.gamma_multiply(if emphasis == Emphasis::Dimmed { 0.45 } else { 1.0 }),
                    emphasis,
                    label: None,
                    visits: if dense { [0, 0] } else { visits.get(i).copied().unwrap_or([0, 0]) },
                };
                Some((node, p))
            })
            .collect();
        nodes.sort_by(|(a, _), (b, _)| (a.emphasis, &a.actor).cmp(&(b.emphasis, &b.actor)));
        let radius: BTreeMap<&str, f32> = nodes.iter().map(|(n, _)| (n.actor.as_str(), n.radius)).collect();

        // The shown ties split into those drawn on their own and the flows of crowded pairs
        // (every pair while comparing periods: each one line, coloured by how it changed).
        let comparing = comparison.is_some();
        let ends::Split { singles, bundles } = ends::split(ds, visible, layout, &shown, comparing);
        let pair = |a, b| if a <= b { (a, b) } else { (b, a) };
        let mut pair_seen: std::collections::HashMap<(&str, &str), usize> = std::collections::HashMap::new();

        let mut edges: Vec<PreparedEdge> = Vec::new();
        for (t, segs) in &singles {
            let directed = t.kind.is_directed() && t.via.is_none();
            let emphasis = emphasis_of(
                focus.as_ref(),
                focus.as_ref().is_some_and(|f| f.selected_tie.as_deref() == Some(&t.id)),
                focus.as_ref().is_some_and(|f| f.ties.contains(&t.id)),
            );
            let mut alpha = if t.status == Status::Cancelled { style::MUTED } else { 1.0 };
            if emphasis == Emphasis::Dimmed {
                alpha *= style::DIM;
            }
            let mut width = style::tie_width(&t.kind);
            if emphasis >= Emphasis::Highlighted {
                width += 1.0;
            }
            let shape = EdgeShape {
                tie: t.id.clone(),
                // Written when wanted: by `build` (exports) and on hover (`title_of`): a
                // window of a large list holds thousands of ties.
                title: String::new(),
                kind: t.kind.clone(),
                status: t.status,
                paths: Vec::new(),
                arrows: Vec::new(),
                crosses: Vec::new(),
                color: style::tie_color(&t.kind).gamma_multiply(alpha),
                width,
                dash: style::dash(t.status),
                emphasis,
                bundle: None,
                change: None,
            };
            let mut prepared = PreparedEdge { shape, segments: Vec::new(), directed, offset: 0.0 };
            for &(a, b, total) in segs {
                let (Some(&pa), Some(&pb)) = (layout.pos.get(a), layout.pos.get(b)) else {
                    continue;
                };
                let seen = pair_seen.entry(pair(a, b)).or_insert(0);
                let index = *seen;
                *seen += 1;
                // Parallel ties bend apart; the bend is measured from the canonical direction
                // so that a → b and b → a ties do not land on each other.
                let offset = index as f32 - (total as f32 - 1.0) / 2.0;
                let (ca, cb) = if a <= b { (pa, pb) } else { (pb, pa) };
                let normal = (cb - ca).rot90().normalized();
                let map_path = if offset == 0.0 || !normal.x.is_finite() {
                    vec![pa, pb]
                } else {
                    let control = pa + (pb - pa) / 2.0 + normal * (cb - ca).length() * 0.22 * offset;
                    quad_bezier(pa, control, pb, 24)
                };
                let ra = radius.get(a).copied().unwrap_or(0.0) + 2.0;
                let rb = radius.get(b).copied().unwrap_or(0.0) + if directed { 1.0 } else { 2.0 };
                prepared.segments.push((map_path, ra, rb));
            }
            if !prepared.segments.is_empty() {
                edges.push(prepared);
            }
        }
        let context = flows::Context { ds, layout, radius: &radius, selection, focus: focus.as_ref(), comparison };
        edges.extend(flows::bundle_edges(&context, &bundles));
        // Drawn in layers: by emphasis, then kind and status, so that ties of one look lie
        // next to each other in the drawing order (an export draws each such run in one go).
        // (Stable: within a layer, ties keep the data's order, then flows their pairs'.)
        let edges = in_layers(edges);
        Self { land_fill, nodes, edges }
    }

    /// The scene as `camera` shows it in a view of `size` pixels: shapes off screen culled,
    /// ties trimmed at their nodes, arrowheads where a tie is long enough, labels placed.
    pub(crate) fn project(&self, basemap: &Basemap, camera: Camera, size: Vec2) -> Scene {
        let to_screen = |p: Pos2| camera.to_screen(size, p);
        let view = Rect::from_min_size(Pos2::ZERO, size);
        let cull_view = view.expand(32.0);

        let land = basemap
            .countries
            .iter()
            .zip(&self.land_fill)
            .filter(|(c, _)| view.intersects(Rect::from_two_pos(to_screen(c.bounds.min), to_screen(c.bounds.max))))
            .map(|(c, fill)| Land {
                name: c.name.clone(),
                polygons: c
                    .polygons
                    .iter()
                    .map(|rings| rings.iter().map(|r| r.iter().map(|&p| to_screen(p)).collect()).collect())
                    .collect(),
                triangles: c.triangles.clone(),
                fill: *fill,
            })
            .collect();

        let mut nodes: Vec<NodeShape> =
            self.nodes.iter().map(|(n, p)| NodeShape { center: to_screen(*p), ..n.clone() }).collect();
        place_labels(&mut nodes, view);

        let mut edges: Vec<EdgeShape> = Vec::with_capacity(self.edges.len());
        for e in &self.edges {
            if e.shape.bundle.is_some() {
                let Some((map_path, ra, rb)) = e.segments.first() else { continue };
                let screen = flows::shifted(map_path.iter().map(|p| to_screen(*p)).collect(), e.offset);
                let path = trim(&screen, *ra, *rb);
                let Some(label_at) = midpoint(&path) else { continue };
                let mut shape = e.shape.clone();
                if let Some(b) = shape.bundle.as_mut() {
                    b.label_at = label_at;
                }
                if e.directed
                    && let Some(head) = arrowhead(&path, 6.0 + shape.width * 1.2)
                {
                    shape.arrows.push(head);
                }
                shape.paths = vec![path];
                edges.push(shape);
                continue;
            }
            let mut paths = Vec::new();
            let (mut arrows, mut crosses) = (Vec::new(), Vec::new());
            for (map_path, ra, rb) in &e.segments {
                let screen: Vec<Pos2> = map_path.iter().map(|p| to_screen(*p)).collect();
                let path = trim(&screen, *ra, *rb);
                // Culling: a path wholly off screen is not drawn (nor dashed, nor hit).
                if path.len() < 2 || !cull_view.intersects(Rect::from_points(&path)) {
                    continue;
                }
                // Level of detail: a tie shorter on screen than a few arrowheads goes without one.
                let long_enough = path.first().zip(path.last()).is_some_and(|(a, b)| (*b - *a).length() > 40.0);
                if e.directed
                    && (long_enough || e.shape.emphasis >= Emphasis::Highlighted)
                    && let Some(head) = arrowhead(&path, 8.0 + e.shape.width * 1.5)
                {
                    arrows.push(head);
                }
                if e.shape.status == Status::Cancelled
                    && let Some(m) = midpoint(&path)
                {
                    crosses.push(m);
                }
                paths.push(path);
            }
            if !paths.is_empty() {
                edges.push(EdgeShape { paths, arrows, crosses, ..e.shape.clone() });
            }
        }
        // Nodes off screen are left out once the edges have been trimmed at them.
        nodes.retain(|n| cull_view.expand(n.radius).contains(n.center));
        // Level of detail: on a crowded view, discs go without their white ring (but for the
        // selection and what it highlights), on screen and in exports alike.
        if nodes.len() > RINGS_UP_TO {
            for n in nodes.iter_mut().filter(|n| n.emphasis < Emphasis::Highlighted) {
                n.ring = None;
            }
        }

        Scene { size, background: style::WATER, land, edges, nodes }
    }
}

/// Dataset + layout + view → the scene: prepared, then projected through the camera.
#[must_use]
pub fn build(input: &SceneInput<'_>) -> Scene {
    let mut scene = Prepared::new(input).project(input.basemap, input.camera, input.size);
    let ds = input.dataset;
    for e in &mut scene.edges {
        if e.title.is_empty() {
            e.title = title_of(ds, e, input.labels.tag());
        }
        if let Some(b) = e.bundle.as_mut() {
            b.ties = b.members.iter().filter_map(|&p| ds.ties.get(p as usize)).map(|t| t.id.clone()).collect();
        }
    }
    scene
}

/// What hovering an edge says: its title (a flow's is made with it; a tie's is written here).
pub(crate) fn title_of(ds: &crate::model::Dataset, e: &EdgeShape, lang: &str) -> String {
    if e.title.is_empty()
        && let Some(title) = flows::title(ds, e, lang)
    {
        return title;
    }
    match ds.tie(&e.tie) {
        Some(t) if e.title.is_empty() => tie_title(ds, t, lang),
        _ => e.title.clone(),
    }
}

/// The edges in the layers they are drawn in: by emphasis, then kind and status, so that ties
/// of one look lie next to each other in the drawing order (an export draws each such run in
/// one go). Within a layer, edges keep their order. Sorted as small keys with each edge's
/// place, then moved once: a window of an event list holds tens of thousands of edges.
fn in_layers(edges: Vec<PreparedEdge>) -> Vec<PreparedEdge> {
    // Kinds ranked by name (a handful per map), so that a key is compared without text.
    let mut kinds: Vec<&str> = edges.iter().map(|e| e.shape.kind.as_str()).collect();
    kinds.sort_unstable();
    kinds.dedup();
    let rank = |k: &str| kinds.binary_search(&k).unwrap_or(0) as u32;
    let mut keys: Vec<(Emphasis, u32, Status, bool, u32)> = edges
        .iter()
        .enumerate()
        .map(|(i, e)| {
            (e.shape.emphasis, rank(e.shape.kind.as_str()), e.shape.status, e.shape.bundle.is_some(), i as u32)
        })
        .collect();
    keys.sort_unstable();
    let mut slots: Vec<Option<PreparedEdge>> = edges.into_iter().map(Some).collect();
    keys.into_iter().filter_map(|k| slots.get_mut(k.4 as usize).and_then(Option::take)).collect()
}
