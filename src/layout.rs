//! Where actors go: a geographic projection, with forums and regions amid their members.

use crate::model::{Actor, Dataset};
use crate::view::LayoutKind;
use eframe::egui::{Pos2, Rect, Vec2, pos2};
use std::collections::BTreeMap;

/// Longitudes are shrunk by the cosine of this latitude (an equirectangular projection
/// true to scale at 42°N, the latitude of Central Asia).
const STANDARD_PARALLEL_DEG: f64 = 42.0;

/// Project a latitude/longitude (degrees) to map units (x east, y south).
pub(crate) fn project(lat: f64, lon: f64) -> Pos2 {
    let k = STANDARD_PARALLEL_DEG.to_radians().cos();
    pos2((lon * k) as f32, (-lat) as f32)
}

/// The latitude/longitude (degrees) at a point in map units: `project` undone.
pub(crate) fn unproject(p: Pos2) -> crate::model::LatLon {
    let k = STANDARD_PARALLEL_DEG.to_radians().cos();
    crate::model::LatLon { lat: -f64::from(p.y), lon: f64::from(p.x) / k }
}

/// Positions of the actors drawn on the map, in map units.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    pub pos: BTreeMap<String, Pos2>,
}

fn own_position(a: &Actor) -> Option<Pos2> {
    a.capital.as_ref().map(|c| project(c.lat, c.lon)).or_else(|| a.position.map(|p| project(p.lat, p.lon)))
}

/// The geographic layout: states at their capitals, actors with a position there,
/// forums and regions without one amid their members, actors without a place of their own
/// near the actors they are tied to (a small force layout that moves only them), and any
/// actor with no tie to a placed one on a ring around the rest.
pub fn geographic(ds: &Dataset) -> Layout {
    let mut pos: BTreeMap<String, Pos2> = BTreeMap::new();
    let drawn = ds.drawn();
    let on_map = || drawn.iter().copied();
    for a in on_map() {
        if let Some(p) = own_position(a) {
            pos.insert(a.id.clone(), p);
        }
    }
    let gatherers: Vec<&Actor> = on_map().filter(|a| !pos.contains_key(&a.id)).collect();
    for a in gatherers {
        let members: Vec<Pos2> = a.members.iter().filter_map(|m| pos.get(m).copied()).collect();
        if !members.is_empty() {
            let sum = members.iter().fold(Vec2::ZERO, |s, p| s + p.to_vec2());
            pos.insert(a.id.clone(), (sum / members.len() as f32).to_pos2());
        }
    }
    let unplaced: Vec<&Actor> = on_map().filter(|a| !pos.contains_key(&a.id)).collect();
    place_by_neighbours(ds, &unplaced, &mut pos);
    let unplaced: Vec<&Actor> = on_map().filter(|a| !pos.contains_key(&a.id)).collect();
    if !unplaced.is_empty() {
        let center = if pos.is_empty() {
            Pos2::ZERO
        } else {
            let sum = pos.values().fold(Vec2::ZERO, |s, p| s + p.to_vec2());
            (sum / pos.len() as f32).to_pos2()
        };
        let radius = 10.0 + unplaced.len() as f32;
        for (i, a) in unplaced.iter().enumerate() {
            let angle = std::f32::consts::TAU * i as f32 / unplaced.len() as f32;
            pos.insert(a.id.clone(), center + radius * Vec2::angled(angle));
        }
    }
    Layout { pos }
}

/// Place actors without coordinates near their neighbours: start each at the mean of its
/// placed neighbours, then let springs to its neighbours and repulsion from nearby actors
/// settle only the unplaced ones. Deterministic: no randomness, sorted iteration.
fn place_by_neighbours(ds: &Dataset, unplaced: &[&Actor], pos: &mut BTreeMap<String, Pos2>) {
    if unplaced.is_empty() || pos.is_empty() {
        return;
    }
    let moving: BTreeMap<&str, usize> = unplaced.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
    let mut neighbours: Vec<Vec<String>> = vec![Vec::new(); unplaced.len()];
    let mut link = |a: &str, b: &str| {
        if a == b {
            return;
        }
        if let Some(&i) = moving.get(a) {
            neighbours[i].push(b.to_owned());
        }
        if let Some(&j) = moving.get(b) {
            neighbours[j].push(a.to_owned());
        }
    };
    for t in &ds.ties {
        for to in &t.to {
            link(&t.from, to);
        }
        if let Some(via) = &t.via {
            for e in t.endpoints() {
                link(via, e);
            }
        }
    }
    for a in unplaced {
        for m in &a.members {
            link(&a.id, m);
        }
        if let Some(p) = &a.part_of {
            link(&a.id, p);
        }
    }
    let b = Rect::from_points(&pos.values().copied().collect::<Vec<_>>());
    let k = (b.width().max(b.height()) / (pos.len() as f32).sqrt()).clamp(1.5, 6.0);
    // Start at the mean of placed neighbours; those with none stay out of it (ring, later).
    let mut p: Vec<Option<Vec2>> = neighbours
        .iter()
        .enumerate()
        .map(|(i, ns)| {
            let placed: Vec<Vec2> = ns.iter().filter_map(|n| pos.get(n)).map(|p| p.to_vec2()).collect();
            (!placed.is_empty()).then(|| {
                let mean = placed.iter().fold(Vec2::ZERO, |s, v| s + *v) / placed.len() as f32;
                mean + 0.5 * k * Vec2::angled(i as f32 * 2.399)
            })
        })
        .collect();
    let fixed: Vec<Vec2> = pos.values().map(|p| p.to_vec2()).collect();
    // Bounded work for very large maps: fewer rounds when there are many actors.
    let rounds = if unplaced.len() * fixed.len() > 4_000_000 { 10 } else { 80 };
    for round in 0..rounds {
        let temperature = k * (1.0 - round as f32 / rounds as f32) + 0.01;
        let current = p.clone();
        for (i, ns) in neighbours.iter().enumerate() {
            let Some(me) = current[i] else { continue };
            let mut f = Vec2::ZERO;
            for n in ns {
                let other =
                    pos.get(n).map(|p| p.to_vec2()).or_else(|| moving.get(n.as_str()).and_then(|&j| current[j]));
                if let Some(o) = other {
                    let d = o - me;
                    f += d * (d.length() / k);
                }
            }
            let others = fixed
                .iter()
                .copied()
                .chain(current.iter().enumerate().filter(|(j, _)| *j != i).filter_map(|(_, q)| *q));
            for o in others {
                let d = me - o;
                let dist = d.length().max(0.05 * k);
                if dist < 3.0 * k {
                    f += d / dist * (k * k / dist);
                }
            }
            let len = f.length();
            if len > 0.0 {
                p[i] = Some(me + f / len * len.min(temperature));
            }
        }
    }
    for (a, q) in unplaced.iter().zip(p) {
        if let Some(q) = q {
            pos.insert(a.id.clone(), q.to_pos2());
        }
    }
}

/// Segments that pull actors together: each tie's endpoints, or its forum and each party.
fn springs(ds: &Dataset, index: &BTreeMap<&str, usize>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for t in &ds.ties {
        let pairs: Vec<(&str, &str)> = match t.via.as_deref().filter(|v| index.contains_key(v)) {
            Some(via) => t.endpoints().map(|e| (via, e)).collect(),
            None => t.to.iter().map(|to| (t.from.as_str(), to.as_str())).collect(),
        };
        for (a, b) in pairs {
            if let (Some(&i), Some(&j)) = (index.get(a), index.get(b))
                && i != j
            {
                out.push((i, j));
            }
        }
    }
    out
}

/// A force-directed layout (Fruchterman–Reingold), started from the geographic one so that
/// it is the same every time, and scaled to the geographic layout's extent.
pub fn force(ds: &Dataset) -> Layout {
    let geo = geographic(ds);
    let ids: Vec<&String> = geo.pos.keys().collect();
    let n = ids.len();
    if n < 2 {
        return geo;
    }
    let index: BTreeMap<&str, usize> = ids.iter().enumerate().map(|(i, id)| (id.as_str(), i)).collect();
    let springs = springs(ds, &index);
    let b = bounds(&geo);
    let side = b.width().max(b.height()).max(10.0);
    let k = side / (n as f32).sqrt();
    // Start from the geographic positions, nudged apart where two coincide.
    let mut p: Vec<Vec2> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| geo.pos[*id].to_vec2() + 0.01 * k * Vec2::angled(i as f32 * 2.399))
        .collect();
    // Large maps start from geography, which is already a fair layout: fewer rounds do.
    let iterations = if n > BARNES_HUT_ABOVE { 100 } else { 300 };
    for it in 0..iterations {
        let temperature = side * 0.1 * (1.0 - it as f32 / iterations as f32) + 0.001;
        let mut disp = vec![Vec2::ZERO; n];
        if n > BARNES_HUT_ABOVE {
            // Many actors: every pair repels, far groups through their centre of mass.
            // Each actor's push is independent of the others': shared among the cores, with
            // the same result however many there are.
            let tree = crate::quadtree::QuadTree::new(&p);
            let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get).min(8);
            let chunk = n.div_ceil(threads);
            std::thread::scope(|s| {
                for (c, part) in disp.chunks_mut(chunk).enumerate() {
                    let (tree, p) = (&tree, &p);
                    s.spawn(move || {
                        for (o, d) in part.iter_mut().enumerate() {
                            let i = c * chunk + o;
                            *d += tree.repulsion(i, p[i], k * k, 1.2, 0.01 * k);
                        }
                    });
                }
            });
        } else {
            repel_near(&p, k, &mut disp);
        }
        for &(i, j) in &springs {
            let d = p[i] - p[j];
            let dist = d.length().max(0.01 * k);
            let f = d / dist * (dist * dist / k);
            disp[i] -= f;
            disp[j] += f;
        }
        // A weak pull to the centre keeps unconnected actors in view.
        let centre = p.iter().fold(Vec2::ZERO, |s, v| s + *v) / n as f32;
        for i in 0..n {
            let d = disp[i] - (p[i] - centre) * 0.3;
            let len = d.length();
            if len > 0.0 {
                p[i] += d / len * len.min(temperature);
            }
        }
    }
    Layout { pos: ids.into_iter().cloned().zip(p.into_iter().map(Vec2::to_pos2)).collect() }
}

/// Above this many actors the force layout uses Barnes–Hut (O(n log n)) for repulsion; up to
/// it, the exact repulsion of near pairs, which small maps (the built-in one) are laid out by.
const BARNES_HUT_ABOVE: usize = 200;

/// Repulsion within three ideal lengths only, so that an actor with no ties is not pushed off
/// to the edge of the picture; a grid of cells that wide finds the pairs.
fn repel_near(p: &[Vec2], k: f32, disp: &mut [Vec2]) {
    let n = p.len();
    let reach = 3.0 * k;
    let cell_of = |v: Vec2| ((v.x / reach).floor() as i64, (v.y / reach).floor() as i64);
    let mut grid: std::collections::HashMap<(i64, i64), Vec<usize>> = std::collections::HashMap::new();
    for (i, v) in p.iter().enumerate() {
        grid.entry(cell_of(*v)).or_default().push(i);
    }
    for i in 0..n {
        let (cx, cy) = cell_of(p[i]);
        for dx in -1..=1 {
            for dy in -1..=1 {
                let Some(cell) = grid.get(&(cx + dx, cy + dy)) else { continue };
                for &j in cell {
                    if j == i {
                        continue;
                    }
                    let d = p[i] - p[j];
                    let dist = d.length().max(0.01 * k);
                    if dist > reach {
                        continue;
                    }
                    disp[i] += d / dist * (k * k / dist);
                }
            }
        }
    }
}

/// Actors on a circle, grouped by kind, then by name.
pub(crate) fn circular(ds: &Dataset) -> Layout {
    let mut actors: Vec<&Actor> = ds.drawn();
    actors.sort_by(|a, b| (a.kind, &a.name, &a.id).cmp(&(b.kind, &b.name, &b.id)));
    let n = actors.len().max(1);
    let radius = 12.0 + 1.5 * n as f32;
    let pos = actors
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let angle = std::f32::consts::TAU * i as f32 / n as f32 - std::f32::consts::FRAC_PI_2;
            (a.id.clone(), (radius * Vec2::angled(angle)).to_pos2())
        })
        .collect();
    Layout { pos }
}

/// What a layout is made from, as rerun's graph view keys its layout by the request: the
/// data's version, the kind and the pins. A layout is worked out again only when the key it
/// was made for differs from the one wanted now.
#[derive(Clone, Debug, PartialEq)]
pub struct LayoutKey {
    pub data: crate::model::Version,
    pub kind: LayoutKind,
    pub pins: Option<BTreeMap<String, [f32; 2]>>,
}

impl LayoutKey {
    pub fn new(ds: &Dataset, kind: LayoutKind, pins: Option<&BTreeMap<String, [f32; 2]>>) -> Self {
        Self { data: ds.version(), kind, pins: pins.cloned() }
    }

    /// Whether this is the key of a layout of `ds` of this kind with these pins (compared in
    /// place, without making a key: it is asked after every command).
    #[must_use]
    pub fn is_for(&self, ds: &Dataset, kind: LayoutKind, pins: Option<&BTreeMap<String, [f32; 2]>>) -> bool {
        self.data == ds.version() && self.kind == kind && self.pins.as_ref() == pins
    }

    /// The layout this key asks for.
    pub fn compute(&self, ds: &Dataset) -> Layout {
        compute(ds, self.kind, self.pins.as_ref())
    }
}

/// The layout of a kind, with the user's pins applied.
pub(crate) fn compute(ds: &Dataset, kind: LayoutKind, pins: Option<&BTreeMap<String, [f32; 2]>>) -> Layout {
    let mut layout = match kind {
        LayoutKind::Geographic => geographic(ds),
        LayoutKind::Force => force(ds),
        LayoutKind::Circular => circular(ds),
    };
    for (id, [x, y]) in pins.into_iter().flatten() {
        if let Some(p) = layout.pos.get_mut(id)
            && x.is_finite()
            && y.is_finite()
        {
            *p = pos2(*x, *y);
        }
    }
    layout
}

/// The map-unit bounds of every placed actor (what "fit" shows).
#[must_use]
pub fn bounds(layout: &Layout) -> Rect {
    let pts: Vec<Pos2> = layout.pos.values().copied().collect();
    if pts.is_empty() {
        // An empty map (File ▸ New) shows the part of the world Bridges is about: Europe to
        // Japan, the equator to 60°N, so the first actors can be placed on it.
        return Rect::from_two_pos(project(60.0, 20.0), project(0.0, 150.0));
    }
    // A map of one or two close actors is shown with some of the land around them.
    let r = Rect::from_points(&pts);
    Rect::from_center_size(r.center(), r.size().max(Vec2::new(16.0, 12.0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_sit_at_their_capitals_and_forums_amid_members() {
        let ds = crate::load::article();
        let l = geographic(&ds);
        assert_eq!(l.pos.get("japan"), Some(&project(35.6895, 139.6917)));
        let forum = l.pos["ca-plus-japan"];
        assert!(forum.x > l.pos["turkmenistan"].x && forum.x < l.pos["japan"].x);

        let mut unanchored = ds.clone();
        for a in &mut unanchored.actors {
            a.position = None;
        }
        let l2 = geographic(&unanchored);
        let members = ["japan", "kazakhstan", "uzbekistan", "kyrgyzstan", "tajikistan", "turkmenistan"];
        let centroid = members.iter().fold(Vec2::ZERO, |s, m| s + l2.pos[*m].to_vec2()) / 6.0;
        assert!(
            (l2.pos["ca-plus-japan"] - centroid.to_pos2()).length() < 1e-3,
            "a forum without a position sits amid its members"
        );
        assert!(l2.pos.contains_key("russia"), "actors with no position at all are still placed");
        assert!(!l.pos.contains_key("fumio-kishida"), "people are not map nodes");
        assert_eq!(geographic(&ds), l, "deterministic");
    }

    #[test]
    fn force_and_circular_layouts_are_deterministic_and_spread() {
        let ds = crate::load::article();
        for kind in [LayoutKind::Force, LayoutKind::Circular] {
            let a = compute(&ds, kind, None);
            assert_eq!(a, compute(&ds, kind, None), "{kind:?} is the same every time");
            assert_eq!(a.pos.len(), geographic(&ds).pos.len());
            let pts: Vec<Pos2> = a.pos.values().copied().collect();
            let closest = pts
                .iter()
                .enumerate()
                .flat_map(|(i, p)| pts[i + 1..].iter().map(move |q| (*p - *q).length()))
                .fold(f32::INFINITY, f32::min);
            assert!(closest > 1.0, "{kind:?}: no two actors on top of each other ({closest})");
        }
        let mut pins = BTreeMap::new();
        pins.insert("japan".to_owned(), [1.0, 2.0]);
        assert_eq!(compute(&ds, LayoutKind::Force, Some(&pins)).pos["japan"], pos2(1.0, 2.0));
    }
}
