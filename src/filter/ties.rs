//! The ties a view shows, as positions in the dataset's list, and the index by date that
//! lets the time window be moved over a million ties in a few milliseconds.

use crate::model::LastOf;
use crate::model::{ActorKind, Dataset, Tie};
use std::collections::HashMap;
use std::sync::Arc;

/// A set of ties of one dataset (of one version), by position: in list order, with a bit per
/// tie for membership. Cheap to build and to read whatever the ids.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TieSet {
    positions: Vec<u32>,
    bits: Vec<u64>,
}

impl TieSet {
    /// From a bit per tie.
    pub(crate) fn from_bits(bits: Vec<u64>) -> Self {
        let mut positions = Vec::new();
        for (w, &word) in bits.iter().enumerate() {
            let mut word = word;
            while word != 0 {
                positions.push(w as u32 * 64 + word.trailing_zeros());
                word &= word - 1;
            }
        }
        Self { positions, bits }
    }

    /// From positions in increasing order, of a list of `len` ties.
    pub(crate) fn from_sorted(positions: Vec<u32>, len: usize) -> Self {
        let mut bits = vec![0u64; len.div_ceil(64)];
        for &p in &positions {
            bits[p as usize / 64] |= 1 << (p % 64);
        }
        Self { positions, bits }
    }

    /// Every tie of `ds`.
    pub(crate) fn all(ds: &Dataset) -> Self {
        Self::from_sorted((0..ds.ties.len() as u32).collect(), ds.ties.len())
    }

    /// Whether the tie at position `i` is in the set.
    #[must_use]
    pub fn has(&self, i: usize) -> bool {
        self.bits.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    /// Whether the tie with this id is in the set.
    #[must_use]
    pub fn contains(&self, ds: &Dataset, id: &str) -> bool {
        ds.tie_position(id).is_some_and(|i| self.has(i))
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.positions.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    /// The positions of the ties in the dataset's list, in increasing order.
    pub(crate) fn positions(&self) -> &[u32] {
        &self.positions
    }

    /// The ties, in the dataset's order.
    pub fn iter<'a>(&'a self, ds: &'a Dataset) -> impl Iterator<Item = &'a Tie> + 'a {
        self.positions.iter().filter_map(|&i| ds.ties.get(i as usize))
    }

    /// The ids of the ties, in the dataset's order.
    pub fn ids<'a>(&'a self, ds: &'a Dataset) -> impl Iterator<Item = &'a str> + 'a {
        self.iter(ds).map(|t| t.id.as_str())
    }
}

/// A bit per actor kind.
pub(crate) fn kind_bit(kind: ActorKind) -> u8 {
    1 << (ActorKind::ALL.iter().position(|k| *k == kind).unwrap_or(0) as u8)
}

/// What filtering needs of each tie, worked out once per version of the data: its time,
/// ties ordered by start, and the kinds of the actors at its ends.
#[derive(Debug)]
pub(crate) struct TimeIndex {
    /// [start, end) in fractional years, or NaN for an undated tie.
    pub spans: Vec<[f64; 2]>,
    /// Dated ties by start (then position).
    pub by_start: Vec<u32>,
    /// The starts, in the order of `by_start`, for binary search.
    pub starts: Vec<f64>,
    /// The longest time a tie covers.
    pub longest: f64,
    /// The kind of the actor a tie comes from (0: no such actor), and the kinds of those it
    /// goes to.
    pub from_kind: Vec<u8>,
    pub to_kinds: Vec<u8>,
    /// Positions of undated ties.
    pub undated: Vec<u32>,
    /// The ends, and the kinds at each end, in the order of `by_start`: a window reads them
    /// in one run of memory rather than at a million scattered places.
    pub sorted_ends: Vec<f64>,
    pub sorted_from: Vec<u8>,
    pub sorted_to: Vec<u8>,
}

impl TimeIndex {
    fn new(ds: &Dataset) -> Self {
        let kinds: HashMap<&str, u8> = ds.actors.iter().map(|a| (a.id.as_str(), kind_bit(a.kind))).collect();
        let mut spans = Vec::with_capacity(ds.ties.len());
        let (mut from_kind, mut to_kinds) = (Vec::with_capacity(ds.ties.len()), Vec::with_capacity(ds.ties.len()));
        let mut longest = 0.0f64;
        for t in &ds.ties {
            let span = super::span_range(&t.date).unwrap_or([f64::NAN; 2]);
            if span[0].is_finite() {
                longest = longest.max(span[1] - span[0]);
            }
            spans.push(span);
            from_kind.push(kinds.get(t.from.as_str()).copied().unwrap_or(0));
            to_kinds.push(t.to.iter().filter_map(|id| kinds.get(id.as_str())).fold(0, |m, k| m | k));
        }
        let mut by_start: Vec<u32> = (0..spans.len() as u32).filter(|&i| spans[i as usize][0].is_finite()).collect();
        by_start.sort_by(|&a, &b| spans[a as usize][0].total_cmp(&spans[b as usize][0]).then(a.cmp(&b)));
        let starts = by_start.iter().map(|&i| spans[i as usize][0]).collect();
        let undated = (0..spans.len() as u32).filter(|&i| !spans[i as usize][0].is_finite()).collect();
        let sorted_ends = by_start.iter().map(|&i| spans[i as usize][1]).collect();
        let sorted_from = by_start.iter().map(|&i| from_kind[i as usize]).collect();
        let sorted_to = by_start.iter().map(|&i| to_kinds[i as usize]).collect();
        Self { spans, by_start, starts, longest, from_kind, to_kinds, undated, sorted_ends, sorted_from, sorted_to }
    }

    /// The index of `ds`, made once per version of the data and kept for the last one asked
    /// (moving the window asks for the same one again and again).
    pub(crate) fn of(ds: &Dataset) -> Arc<Self> {
        static LAST: LastOf<TimeIndex> = LastOf::new();
        LAST.get(ds, Self::new)
    }

    /// Places in the start order (of `by_start` and the `sorted_` lists) of the dated ties
    /// that start before `to` and may end after `from` (a superset of those that overlap
    /// [from, to)).
    pub(crate) fn sorted_between(&self, from: f64, to: f64) -> std::ops::Range<usize> {
        let lo = if from.is_finite() { self.starts.partition_point(|&s| s < from - self.longest) } else { 0 };
        let hi = self.starts.partition_point(|&s| s < to);
        lo.min(hi)..hi
    }
}
