//! Each tie's endpoints as actor positions, made once per version of the data, and the shown
//! ties split by them into those drawn on their own and those drawn as flows. Reading the
//! twenty thousand ties of a window this way costs numbers compared, not names looked up.

use super::flows::{BundleKey, Way};
use crate::filter::Visible;
use crate::layout::Layout;
use crate::model::{Dataset, LastOf, Tie};
use crate::style::BUNDLE_ABOVE;
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;
use std::sync::Arc;

/// No actor (an id the data does not list).
const NONE: u32 = u32::MAX;

/// The actors of every tie, by their position in the dataset's list of actors.
#[derive(Debug, Default)]
struct Ends {
    from: Vec<u32>,
    via: Vec<u32>,
    /// Tie i's other endpoints are `to[to_at[i]..to_at[i + 1]]`.
    to_at: Vec<u32>,
    to: Vec<u32>,
    /// Each actor's rank among the ids in sorted order (pairs are ordered by id).
    rank: Vec<u32>,
}

impl Ends {
    fn of(ds: &Dataset) -> Arc<Self> {
        static LAST: LastOf<Ends> = LastOf::new();
        LAST.get(ds, Self::new)
    }

    fn new(ds: &Dataset) -> Self {
        let index: FxHashMap<&str, u32> =
            ds.actors.iter().enumerate().map(|(i, a)| (a.id.as_str(), i as u32)).collect();
        let at = |id: &str| index.get(id).copied().unwrap_or(NONE);
        let mut ends = Self { to_at: vec![0], ..Self::default() };
        for t in &ds.ties {
            ends.from.push(at(&t.from));
            ends.via.push(t.via.as_deref().map_or(NONE, at));
            ends.to.extend(t.to.iter().map(|id| at(id)));
            ends.to_at.push(ends.to.len() as u32);
        }
        let mut order: Vec<u32> = (0..ds.actors.len() as u32).collect();
        order.sort_by(|&a, &b| ds.actors[a as usize].id.cmp(&ds.actors[b as usize].id));
        ends.rank = vec![0; order.len()];
        for (r, &a) in order.iter().enumerate() {
            ends.rank[a as usize] = r as u32;
        }
        ends
    }

    /// The segments tie `i` is drawn as: from its forum to each endpoint when it meets through
    /// one that is placed, else from its source to each target.
    fn segments(&self, i: usize, placed: impl Fn(u32) -> bool, out: &mut Vec<(u32, u32)>) {
        out.clear();
        let (Some(&from), Some(&via)) = (self.from.get(i), self.via.get(i)) else { return };
        let to = &self.to[self.to_at[i] as usize..self.to_at[i + 1] as usize];
        if via != NONE && placed(via) {
            out.push((via, from));
            out.extend(to.iter().map(|&t| (via, t)));
        } else {
            out.extend(to.iter().map(|&t| (from, t)));
        }
    }

    /// The pair (a, b) in id order.
    fn ordered(&self, a: u32, b: u32) -> (u32, u32) {
        if self.rank[a as usize] <= self.rank[b as usize] { (a, b) } else { (b, a) }
    }
}

/// A tie drawn on its own, with its segments (between actor ids) and how many ties share
/// each segment's pair.
pub(super) type Single<'a> = (&'a Tie, Vec<(&'a str, &'a str, usize)>);

/// The shown ties: those drawn on their own, and the flows (bundles) the others make.
pub(super) struct Split<'a> {
    pub(super) singles: Vec<Single<'a>>,
    /// The positions of each flow's ties in the dataset's list.
    pub(super) bundles: BTreeMap<BundleKey<'a>, Vec<u32>>,
}

/// Split the ties `visible` shows between `shown` actors (by position): a pair with more ties
/// than `BUNDLE_ABOVE`, or every pair while periods are compared, is drawn as flows.
pub(super) fn split<'a>(
    ds: &'a Dataset,
    visible: &Visible,
    layout: &Layout,
    shown: &[bool],
    comparing: bool,
) -> Split<'a> {
    let ends = Ends::of(ds);
    let placed: Vec<bool> = ds.actors.iter().map(|a| layout.pos.contains_key(&a.id)).collect();
    let is = |v: &[bool], a: u32| v.get(a as usize).copied().unwrap_or(false);

    // Every shown segment of every tie, and how many ties share each pair.
    let mut segs: Vec<(u32, u32)> = Vec::new();
    let mut at: Vec<(u32, usize)> = Vec::with_capacity(visible.ties.len());
    let mut buf = Vec::new();
    let mut totals: FxHashMap<(u32, u32), usize> = FxHashMap::default();
    for &p in visible.ties.positions() {
        ends.segments(p as usize, |a| is(&placed, a), &mut buf);
        at.push((p, segs.len()));
        for &(a, b) in buf.iter().filter(|(a, b)| is(shown, *a) && is(shown, *b)) {
            segs.push((a, b));
            *totals.entry(ends.ordered(a, b)).or_insert(0) += 1;
        }
    }
    at.push((NONE, segs.len()));

    let id = |a: u32| ds.actors[a as usize].id.as_str();
    let mut flows: FxHashMap<(u32, u32, Way), Vec<u32>> = FxHashMap::default();
    let mut singles = Vec::new();
    for w in at.windows(2) {
        let ((p, start), (_, end)) = (w[0], w[1]);
        let (Some(t), Some(own)) = (ds.ties.get(p as usize), segs.get(start..end)) else { continue };
        if own.is_empty() {
            continue;
        }
        let total = |a, b| totals.get(&ends.ordered(a, b)).copied().unwrap_or(1);
        let directed = t.kind.is_directed() && t.via.is_none() && !comparing;
        let mut flow = |a: u32, b: u32| {
            let (lo, hi) = ends.ordered(a, b);
            let way = Way::of_ordered(directed, lo == a);
            flows.entry((lo, hi, way)).or_default().push(p);
        };
        if comparing || own.iter().all(|&(a, b)| total(a, b) > BUNDLE_ABOVE) {
            // Drawn only as part of flows: no line (nor title) of its own to make.
            for &(a, b) in own {
                flow(a, b);
            }
            continue;
        }
        let mut mine = Vec::new();
        for &(a, b) in own {
            let n = total(a, b);
            if n > BUNDLE_ABOVE {
                flow(a, b);
            } else {
                mine.push((id(a), id(b), n));
            }
        }
        singles.push((t, mine));
    }
    let bundles = flows.into_iter().map(|((lo, hi, way), ties)| (((id(lo), id(hi)), way), ties)).collect();
    Split { singles, bundles }
}

/// Visits each shown actor (by position) made and received among the ties `visible` shows.
pub(super) fn visits(ds: &Dataset, visible: &Visible) -> Vec<[usize; 2]> {
    let ends = Ends::of(ds);
    let mut out = vec![[0usize; 2]; ds.actors.len()];
    for &p in visible.ties.positions() {
        let i = p as usize;
        let Some(t) = ds.ties.get(i) else { continue };
        if t.kind != crate::model::TieKind::Visit || t.via.is_some() {
            continue;
        }
        if let Some(v) = out.get_mut(ends.from[i] as usize) {
            v[0] += 1;
        }
        for &to in &ends.to[ends.to_at[i] as usize..ends.to_at[i + 1] as usize] {
            if let Some(v) = out.get_mut(to as usize) {
                v[1] += 1;
            }
        }
    }
    out
}
