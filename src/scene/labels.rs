//! Placing node labels: the most important first, each where it covers no label placed before.

use super::{Emphasis, NodeShape};
use eframe::egui::{Rect, Vec2};

/// Label boxes already placed, bucketed in a coarse grid so a check looks at a few only.
struct Occupied {
    cells: std::collections::HashMap<(i32, i32), Vec<Rect>>,
}

impl Occupied {
    const CELL: f32 = 64.0;

    fn cells_of(r: Rect) -> impl Iterator<Item = (i32, i32)> {
        let (x0, y0) = ((r.min.x / Self::CELL).floor() as i32, (r.min.y / Self::CELL).floor() as i32);
        let (x1, y1) = ((r.max.x / Self::CELL).floor() as i32, (r.max.y / Self::CELL).floor() as i32);
        (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
    }

    fn free(&self, r: Rect) -> bool {
        Self::cells_of(r).all(|c| self.cells.get(&c).is_none_or(|rs| rs.iter().all(|o| !o.intersects(r))))
    }

    /// How much of `r` the boxes already placed cover (their overlaps summed).
    fn overlap(&self, r: Rect) -> f32 {
        let mut seen: Vec<Rect> = Vec::new();
        for c in Self::cells_of(r) {
            for o in self.cells.get(&c).into_iter().flatten() {
                if o.intersects(r) && !seen.contains(o) {
                    seen.push(*o);
                }
            }
        }
        seen.iter().map(|o| o.intersect(r).area()).sum()
    }

    fn take(&mut self, r: Rect) {
        for c in Self::cells_of(r) {
            self.cells.entry(c).or_default().push(r);
        }
    }
}

/// Up to this many nodes, labels are placed clear of every disc.
const LABELS_AVOID_DISCS_UP_TO: usize = 2_000;

/// Level of detail for labels: the most important nodes (selected, then highlighted, then by
/// number of ties) get their labels first, each at the first of four places where it covers
/// no label placed before; the rest go without. Labels off screen are not placed at all.
pub(super) fn place_labels(nodes: &mut [NodeShape], view: Rect) {
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&nodes[a], &nodes[b]);
        (std::cmp::Reverse(x.emphasis), std::cmp::Reverse(x.ties), &x.actor).cmp(&(
            std::cmp::Reverse(y.emphasis),
            std::cmp::Reverse(y.ties),
            &y.actor,
        ))
    });
    let mut occupied = Occupied { cells: std::collections::HashMap::new() };
    // Labels are drawn over discs: on a map that is not crowded they keep off them (a label's
    // spots are already clear of its own disc). On a crowded map discs cover the view, and a
    // label may cover a disc rather than no label be shown.
    if nodes.len() <= LABELS_AVOID_DISCS_UP_TO {
        for n in nodes.iter().filter(|n| view.expand(100.0).contains(n.center)) {
            occupied.take(Rect::from_center_size(n.center, Vec2::splat(2.0 * n.radius)));
        }
    }
    let halo = Vec2::new(3.0, 1.0);
    for i in order {
        let n = &nodes[i];
        if !view.expand(100.0).contains(n.center) {
            continue;
        }
        // Only places inside the view: a label at the map's edge turns inwards, and one cut
        // off by the edge is worse than none (the name shows when the pointer is over it).
        let candidates = n.label_candidates();
        let inside = |r: &Rect| view.contains_rect(*r);
        let mut spot = candidates.iter().copied().filter(inside).find(|r| occupied.free(r.expand2(halo)));
        if spot.is_none() && n.emphasis >= Emphasis::Highlighted {
            // The selection and what it is tied to: a label moves further out, one line at a
            // time, before it is given up. Only the selection's own label is never given up:
            // it takes the place it covers least (its name is in the side panel too, and a
            // tied actor's name shows when the pointer is over it).
            let further: Vec<Rect> = (1..=3)
                .flat_map(|k| {
                    let step = Vec2::new(0.0, k as f32 * (candidates[0].height() + 2.0));
                    [candidates[0].translate(step), candidates[3].translate(-step)]
                })
                .collect();
            spot = further.iter().copied().filter(inside).find(|r| occupied.free(r.expand2(halo)));
            if spot.is_none() && n.emphasis == Emphasis::Selected {
                // Inside the view if it can be, then covering as little as it can.
                spot = candidates.iter().chain(&further).copied().min_by(|a, b| {
                    let cost = |r: &Rect| (!inside(r), occupied.overlap(r.expand2(halo)));
                    let (ca, cb) = (cost(a), cost(b));
                    ca.0.cmp(&cb.0).then(ca.1.total_cmp(&cb.1))
                });
            }
        }
        if let Some(r) = spot {
            occupied.take(r.expand2(halo));
        }
        nodes[i].label = spot;
    }
}
