//! Barnes–Hut: the repulsion of n bodies in O(n log n). Far groups of bodies act through
//! their centre of mass; a quadtree finds the groups.

use eframe::egui::Vec2;

const NONE: u32 = u32::MAX;
/// Deeper than this, coincident bodies share a leaf.
const MAX_DEPTH: u32 = 24;

#[derive(Clone, Copy, Debug)]
struct Cell {
    /// Lower corner and side of the square.
    min: Vec2,
    side: f32,
    mass: f32,
    /// Sum of the positions of its bodies (divided by `mass` when done).
    com: Vec2,
    children: [u32; 4],
    /// A leaf's one body (or the first of coincident ones).
    body: u32,
}

impl Cell {
    fn new(min: Vec2, side: f32) -> Self {
        Self { min, side, mass: 0.0, com: Vec2::ZERO, children: [NONE; 4], body: NONE }
    }

    fn quadrant(&self, p: Vec2) -> usize {
        let half = self.side / 2.0;
        usize::from(p.x >= self.min.x + half) + 2 * usize::from(p.y >= self.min.y + half)
    }

    fn child_min(&self, q: usize) -> Vec2 {
        let half = self.side / 2.0;
        self.min + Vec2::new(if q & 1 == 1 { half } else { 0.0 }, if q & 2 == 2 { half } else { 0.0 })
    }
}

pub(crate) struct QuadTree {
    cells: Vec<Cell>,
}

impl QuadTree {
    pub(crate) fn new(points: &[Vec2]) -> Self {
        let (mut lo, mut hi) = (Vec2::splat(f32::INFINITY), Vec2::splat(f32::NEG_INFINITY));
        for p in points {
            lo = lo.min(*p);
            hi = hi.max(*p);
        }
        let side = (hi - lo).max_elem().max(1e-3) * 1.0001;
        let mut tree = Self { cells: Vec::with_capacity(points.len() * 2) };
        tree.cells.push(Cell::new(if lo.x.is_finite() { lo } else { Vec2::ZERO }, side));
        for (i, p) in points.iter().enumerate() {
            tree.insert(i as u32, *p, points);
        }
        for c in &mut tree.cells {
            if c.mass > 0.0 {
                c.com /= c.mass;
            }
        }
        tree
    }

    fn insert(&mut self, body: u32, p: Vec2, points: &[Vec2]) {
        let mut at = 0usize;
        let mut depth = 0;
        loop {
            let cell = &mut self.cells[at];
            cell.mass += 1.0;
            cell.com += p;
            let is_leaf = cell.children == [NONE; 4];
            // Exact on purpose: a mass of one is one body, a count rather than a measurement.
            if is_leaf && cell.body == NONE && cell.mass == 1.0 {
                cell.body = body;
                return;
            }
            if is_leaf && depth >= MAX_DEPTH {
                return; // coincident with the leaf's body: counted in its mass
            }
            if is_leaf {
                // Push the resident body down one level, then go on with the new one.
                let resident = cell.body;
                cell.body = NONE;
                if resident != NONE {
                    let rp = points[resident as usize];
                    let q = self.cells[at].quadrant(rp);
                    let child = self.child(at, q);
                    let c = &mut self.cells[child];
                    c.mass += 1.0;
                    c.com += rp;
                    c.body = resident;
                }
            }
            let q = self.cells[at].quadrant(p);
            at = self.child(at, q);
            depth += 1;
        }
    }

    fn child(&mut self, at: usize, q: usize) -> usize {
        if self.cells[at].children[q] == NONE {
            let cell = Cell::new(self.cells[at].child_min(q), self.cells[at].side / 2.0);
            self.cells.push(cell);
            self.cells[at].children[q] = (self.cells.len() - 1) as u32;
        }
        self.cells[at].children[q] as usize
    }

    /// The repulsion on a body at `p` (index `me`): the sum of `k2 / d` along each direction
    /// away from the others, a group far enough (side / distance < `theta`) taken as one.
    pub(crate) fn repulsion(&self, me: usize, p: Vec2, k2: f32, theta: f32, min_dist: f32) -> Vec2 {
        let mut force = Vec2::ZERO;
        // Depth-first: at most three siblings wait at each of MAX_DEPTH levels.
        let mut stack = [0u32; 4 * MAX_DEPTH as usize + 4];
        let mut top = 1;
        let (theta2, min2) = (theta * theta, min_dist * min_dist);
        while top > 0 {
            top -= 1;
            let c = &self.cells[stack[top] as usize];
            if c.mass == 0.0 {
                continue;
            }
            let is_leaf = c.children == [NONE; 4];
            if is_leaf && c.body as usize == me && c.mass <= 1.0 {
                continue;
            }
            let d = p - c.com;
            let dist2 = d.length_sq().max(min2);
            // Far enough (side / distance < theta) to act as one: compared squared, so the
            // cells opened cost no square root. A cell holding the body itself is always
            // opened, or the body would push itself away from its cell's centre.
            let holds_p = p.x >= c.min.x && p.x < c.min.x + c.side && p.y >= c.min.y && p.y < c.min.y + c.side;
            if is_leaf || (!holds_p && c.side * c.side < theta2 * dist2) {
                let mass = if is_leaf && c.body as usize == me { c.mass - 1.0 } else { c.mass };
                // The unit direction times k2 / dist: d * k2 / dist².
                force += d * (mass * k2 / dist2);
            } else {
                for &ch in &c.children {
                    if ch != NONE {
                        stack[top] = ch;
                        top += 1;
                    }
                }
            }
        }
        force
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exact(points: &[Vec2], me: usize, k2: f32) -> Vec2 {
        points
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != me)
            .map(|(_, q)| {
                let d = points[me] - *q;
                let dist = d.length().max(1e-3);
                d / dist * (k2 / dist)
            })
            .fold(Vec2::ZERO, |a, b| a + b)
    }

    #[test]
    fn with_theta_zero_it_is_the_exact_sum_and_with_theta_it_is_close() {
        let points: Vec<Vec2> =
            (0..300).map(|i| Vec2::new(((i * 37) % 101) as f32, ((i * 53) % 97) as f32 * 0.7)).collect();
        let tree = QuadTree::new(&points);
        for me in [0, 17, 150, 299] {
            let want = exact(&points, me, 4.0);
            let got = tree.repulsion(me, points[me], 4.0, 0.0, 1e-3);
            assert!((want - got).length() <= 1e-2 * want.length().max(1.0), "{me}: {want:?} vs {got:?}");
            let approx = tree.repulsion(me, points[me], 4.0, 0.7, 1e-3);
            assert!((want - approx).length() <= 0.1 * want.length().max(1.0), "{me}: {want:?} vs {approx:?}");
        }
    }

    #[test]
    fn with_the_layouts_theta_the_pushes_are_close_on_the_whole() {
        // θ = 1.2 (the force layout's): where pushes nearly cancel out, a single body's error
        // can be large; over all bodies the approximation stays close and points the right way.
        let points: Vec<Vec2> =
            (0..500).map(|i| Vec2::new(((i * 37) % 101) as f32 * 1.3, ((i * 53) % 97) as f32 * 0.7)).collect();
        let tree = QuadTree::new(&points);
        let mut errors: Vec<f32> = Vec::new();
        let mut right_way = 0;
        for me in 0..points.len() {
            let want = exact(&points, me, 4.0);
            let got = tree.repulsion(me, points[me], 4.0, 1.2, 1e-3);
            errors.push((want - got).length() / want.length().max(1e-6));
            right_way += usize::from(want.dot(got) > 0.0);
        }
        errors.sort_by(f32::total_cmp);
        let median = errors[errors.len() / 2];
        eprintln!("median relative error {median}, right way {right_way}/{}", points.len());
        assert!(median < 0.1, "median relative error {median}");
        assert!(right_way * 100 >= points.len() * 95, "{right_way} of {} point the right way", points.len());
    }

    #[test]
    fn coincident_points_do_not_recurse_forever() {
        let points = vec![Vec2::new(1.0, 1.0); 100];
        let tree = QuadTree::new(&points);
        let f = tree.repulsion(0, points[0], 1.0, 0.5, 1e-3);
        assert!(f.x.is_finite() && f.y.is_finite());
    }
}
