//! Hit testing: which node or edge of a scene is under a point.

use super::{EdgeShape, NodeShape, Scene};
use eframe::egui::{Pos2, Rect, Vec2};

/// A grid over the scene for hit testing: each cell lists the nodes and edges that reach
/// into it (with the click tolerance), so a click looks at the shapes of one cell only.
#[derive(Clone, Debug, Default)]
pub struct HitIndex {
    /// The cell of the grid's first column and row, and its width in cells.
    origin: (i32, i32),
    columns: i32,
    rows: i32,
    nodes: Vec<Vec<u32>>,
    edges: Vec<Vec<u32>>,
}

impl HitIndex {
    const CELL: f32 = 24.0;

    fn cell(p: Pos2) -> (i32, i32) {
        ((p.x / Self::CELL).floor() as i32, (p.y / Self::CELL).floor() as i32)
    }

    /// The slot of a cell in the grid, if it is in it.
    fn slot(&self, (x, y): (i32, i32)) -> Option<usize> {
        let (x, y) = (x - self.origin.0, y - self.origin.1);
        ((0..self.columns).contains(&x) && (0..self.rows).contains(&y)).then(|| (y * self.columns + x) as usize)
    }

    /// Index a scene. Shapes wholly outside the view (with a margin) are left out: they
    /// cannot be clicked.
    #[must_use]
    pub fn new(scene: &Scene) -> Self {
        let view = Rect::from_min_size(Pos2::ZERO, scene.size).expand(2.0 * Self::CELL);
        let (lo, hi) = (Self::cell(view.min), Self::cell(view.max));
        let (columns, rows) = (hi.0 - lo.0 + 1, hi.1 - lo.1 + 1);
        let cells = (columns.max(0) * rows.max(0)) as usize;
        let mut index =
            Self { origin: lo, columns, rows, nodes: vec![Vec::new(); cells], edges: vec![Vec::new(); cells] };
        for (i, n) in scene.nodes.iter().enumerate() {
            let r = Rect::from_center_size(n.center, Vec2::splat(2.0 * (n.radius + 3.0)));
            if !view.intersects(r) {
                continue;
            }
            let (a, b) = (Self::cell(r.min), Self::cell(r.max));
            for y in a.1..=b.1 {
                for x in a.0..=b.0 {
                    if let Some(s) = index.slot((x, y)) {
                        index.nodes[s].push(i as u32);
                    }
                }
            }
        }
        for (i, e) in scene.edges.iter().enumerate() {
            let reach = EDGE_TOLERANCE + e.width / 2.0;
            for path in &e.paths {
                for w in path.windows(2) {
                    index.add_segment(i as u32, w[0], w[1], reach, view);
                }
            }
        }
        index
    }

    /// List edge `i` in every cell that a point within `reach` of segment a–b can fall in:
    /// row by row, the cells from the leftmost to the rightmost x the segment takes within
    /// the row's band widened by `reach`, widened by `reach` again.
    fn add_segment(&mut self, i: u32, a: Pos2, b: Pos2, reach: f32, view: Rect) {
        let bounds = Rect::from_two_pos(a, b).expand(reach);
        if !view.intersects(bounds) {
            return;
        }
        let bounds = bounds.intersect(view);
        let (top, bottom) = (Self::cell(bounds.min).1, Self::cell(bounds.max).1);
        let d = b - a;
        for y in top..=bottom {
            let (y0, y1) = (y as f32 * Self::CELL - reach, (y + 1) as f32 * Self::CELL + reach);
            // The part of the segment (t in 0..=1) with y0 <= y <= y1.
            let (t0, t1) = if d.y.abs() < 1e-6 {
                (0.0, 1.0)
            } else {
                let (ta, tb) = ((y0 - a.y) / d.y, (y1 - a.y) / d.y);
                (ta.min(tb).max(0.0), ta.max(tb).min(1.0))
            };
            if t0 > t1 {
                continue;
            }
            let (xa, xb) = (a.x + d.x * t0, a.x + d.x * t1);
            let (left, right) = (xa.min(xb) - reach, xa.max(xb) + reach);
            let (left, right) = (left.max(bounds.min.x), right.min(bounds.max.x));
            for x in Self::cell(Pos2::new(left, 0.0)).0..=Self::cell(Pos2::new(right, 0.0)).0 {
                if let Some(s) = self.slot((x, y)) {
                    // An edge's segments are listed one after the other: it is in a cell
                    // once if the cell's last entry is not it already.
                    if self.edges[s].last() != Some(&i) {
                        self.edges[s].push(i);
                    }
                }
            }
        }
    }

    fn at(list: &[Vec<u32>], slot: Option<usize>) -> impl Iterator<Item = usize> + '_ {
        slot.and_then(|s| list.get(s)).into_iter().flatten().map(|&i| i as usize)
    }

    /// The topmost node under `p`, as `Scene::node_at` finds it, by its index.
    #[must_use]
    pub fn node_at(&self, scene: &Scene, p: Pos2) -> Option<usize> {
        Self::at(&self.nodes, self.slot(Self::cell(p)))
            .filter(|&i| (scene.nodes[i].center - p).length() <= scene.nodes[i].radius + 3.0)
            .max()
    }

    /// The closest edge near `p`, as `Scene::edge_at` finds it, by its index.
    #[must_use]
    pub fn edge_at(&self, scene: &Scene, p: Pos2) -> Option<usize> {
        Self::at(&self.edges, self.slot(Self::cell(p)))
            .filter_map(|i| {
                let e = &scene.edges[i];
                let d = edge_distance(e, p);
                (d <= EDGE_TOLERANCE + e.width / 2.0).then_some((d, i))
            })
            .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
            .map(|(_, i)| i)
    }
}

const EDGE_TOLERANCE: f32 = 6.0;

fn edge_distance(e: &EdgeShape, p: Pos2) -> f32 {
    e.paths
        .iter()
        .flat_map(|path| path.windows(2).map(|w| distance_to_segment(p, w[0], w[1])))
        .fold(f32::INFINITY, f32::min)
}

impl Scene {
    /// The topmost node under `p` (pixels), if any.
    #[must_use]
    pub fn node_at(&self, p: Pos2) -> Option<&NodeShape> {
        self.nodes.iter().rev().find(|n| (n.center - p).length() <= n.radius + 3.0)
    }

    /// The closest edge within a few pixels of `p`, if any.
    #[must_use]
    pub fn edge_at(&self, p: Pos2) -> Option<&EdgeShape> {
        self.edges
            .iter()
            .filter_map(|e| {
                let d = edge_distance(e, p);
                (d <= EDGE_TOLERANCE + e.width / 2.0).then_some((d, e))
            })
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, e)| e)
    }
}

fn distance_to_segment(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let len2 = ab.length_sq();
    if len2 == 0.0 {
        return (p - a).length();
    }
    let t = ((p - a).dot(ab) / len2).clamp(0.0, 1.0);
    (p - (a + ab * t)).length()
}
