//! Flows by volume: where a pair has more ties than `BUNDLE_ABOVE` (or always, while two
//! periods are compared), its ties are drawn as lines whose width follows how many ties each
//! stands for: one for its visits each way (Japan → Uzbekistan beside Uzbekistan → Japan)
//! and one for its other ties.

use super::PreparedEdge;
use crate::analysis::Comparison;
use crate::layout::Layout;
use crate::model::{Dataset, Status, Tie};
use crate::scene::{Bundle, EdgeShape, Emphasis, Focus};
use crate::style;
use crate::view::Selection;
use eframe::egui::Pos2;
use std::collections::BTreeMap;

/// Which of a pair's lines a tie joins, for a pair (a, b) with a < b.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) enum Way {
    /// Directed ties from a to b.
    Forward,
    /// Undirected ties (dialogues, meetings of a forum), and every tie while comparing.
    Both,
    /// Directed ties from b to a.
    Backward,
}

impl Way {
    /// The way of a segment from → to, of a directed tie or not, where `forward` says whether
    /// from comes first in id order.
    pub(super) fn of_ordered(directed: bool, forward: bool) -> Self {
        match (directed, forward) {
            (false, _) => Self::Both,
            (true, true) => Self::Forward,
            (true, false) => Self::Backward,
        }
    }

    fn suffix(self) -> &'static str {
        match self {
            Self::Forward => "-out",
            Self::Both => "",
            Self::Backward => "-back",
        }
    }
}

/// A pair's line: the pair's ids in order, and which way.
pub(super) type BundleKey<'a> = ((&'a str, &'a str), Way);

/// Gap between a pair's lines, in pixels.
const GAP: f32 = 2.0;

/// What the bundles are drawn from.
pub(super) struct Context<'a> {
    pub(super) ds: &'a Dataset,
    pub(super) layout: &'a Layout,
    pub(super) radius: &'a BTreeMap<&'a str, f32>,
    pub(super) selection: Option<&'a Selection>,
    pub(super) focus: Option<&'a Focus>,
    pub(super) comparison: Option<&'a Comparison>,
}

/// One edge per bundle: its width by its number of ties, set beside the pair's other lines.
pub(super) fn bundle_edges(cx: &Context<'_>, bundles: &BTreeMap<BundleKey<'_>, Vec<u32>>) -> Vec<PreparedEdge> {
    // The widths of each pair's lines, in the order Forward, Both, Backward.
    let mut lines: BTreeMap<(&str, &str), Vec<(Way, f32)>> = BTreeMap::new();
    for ((pair, way), members) in bundles {
        lines.entry(*pair).or_default().push((*way, style::flow_width(members.len())));
    }
    let mut out = Vec::new();
    for ((pair, way), members) in bundles {
        let ties: Vec<&Tie> = members.iter().filter_map(|&p| cx.ds.ties.get(p as usize)).collect();
        let Some(lead) = ties.first().copied() else { continue };
        let &(a, b) = pair;
        let (Some(&pa), Some(&pb)) = (cx.layout.pos.get(a), cx.layout.pos.get(b)) else { continue };
        let ra = cx.radius.get(a).copied().unwrap_or(0.0) + 2.0;
        let rb = cx.radius.get(b).copied().unwrap_or(0.0) + 2.0;
        // Sideways from the line a → b: the lines of the pair side by side, centred.
        let widths = lines.get(pair).map(Vec::as_slice).unwrap_or_default();
        let total: f32 = widths.iter().map(|(_, w)| w).sum::<f32>() + GAP * (widths.len().max(1) - 1) as f32;
        let mut at = -total / 2.0;
        let mut offset = 0.0;
        for (w_way, w) in widths {
            if w_way == way {
                offset = at + w / 2.0;
            }
            at += w + GAP;
        }
        let pair_selected =
            matches!(cx.selection, Some(Selection::Pair(x, y)) if (x == a && y == b) || (x == b && y == a));
        let emphasis = match cx.focus {
            None => Emphasis::Normal,
            Some(_) if pair_selected => Emphasis::Selected,
            Some(f) if ties.iter().any(|t| f.ties.contains(&t.id)) => Emphasis::Highlighted,
            Some(_) => Emphasis::Dimmed,
        };
        let alpha = if emphasis == Emphasis::Dimmed { style::DIM } else { 1.0 };
        let change = cx.comparison.and_then(|c| c.of_pair(a, b));
        let one_kind = ties.iter().all(|t| t.kind == lead.kind);
        let color = match change {
            Some(c) => style::change_color(c),
            None if one_kind && *way != Way::Both => style::tie_color(&lead.kind),
            None => style::BUNDLE,
        };
        let shape = EdgeShape {
            tie: lead.id.clone(),
            // Written when hovered or exported (`title`): a window holds thousands of flows.
            title: String::new(),
            kind: lead.kind.clone(),
            status: Status::Held,
            paths: Vec::new(),
            arrows: Vec::new(),
            crosses: Vec::new(),
            color: color.gamma_multiply(alpha),
            width: style::flow_width(ties.len()) + if emphasis >= Emphasis::Highlighted { 1.0 } else { 0.0 },
            dash: (change == Some(crate::analysis::Change::Lapsed)).then_some([6.0, 4.0]),
            emphasis,
            bundle: Some(Bundle {
                pair: (a.to_owned(), b.to_owned()),
                members: members.clone(),
                // Ids and titles are for exports, which add them (`build`, `Picture::build`).
                ties: Vec::new(),
                titles: Vec::new(),
                name: format!("{a}-{b}{}", way.suffix()),
                forward: match way {
                    Way::Forward => Some(true),
                    Way::Backward => Some(false),
                    Way::Both => None,
                },
                label_at: Pos2::ZERO,
            }),
            change,
        };
        // A line b → a is drawn from b: its arrowhead lands on a, and its left is a → b's right.
        let (path, r0, r1, offset) = match way {
            Way::Backward => (vec![pb, pa], rb, ra, -offset),
            _ => (vec![pa, pb], ra, rb, offset),
        };
        out.push(PreparedEdge { shape, segments: vec![(path, r0, r1)], directed: *way != Way::Both, offset });
    }
    out
}

/// A flow's title: how many ties, between whom (which way), first and last dates, and how the
/// pair changed while periods are compared ("12 ties: Japan → Uzbekistan, 2004 … 2025").
pub(crate) fn title(ds: &Dataset, e: &EdgeShape, lang: &str) -> Option<String> {
    let b = e.bundle.as_ref()?;
    let ties: Vec<&Tie> = b.members.iter().filter_map(|&p| ds.ties.get(p as usize)).collect();
    let dated = || ties.iter().filter(|t| !t.date.is_undated());
    let first = dated().min_by_key(|t| t.date.sort_key()).map(|t| crate::i18n::span(&t.date));
    let last = dated().max_by_key(|t| t.date.sort_key()).map(|t| crate::i18n::span(&t.date));
    let span = match (first, last) {
        (Some(first), Some(last)) if first != last => format!(", {first} … {last}"),
        (Some(first), _) => format!(", {first}"),
        _ => String::new(),
    };
    let (name_a, name_b) = (ds.name_in(&b.pair.0, lang), ds.name_in(&b.pair.1, lang));
    let between = match b.forward {
        Some(true) => format!("{name_a} → {name_b}"),
        Some(false) => format!("{name_b} → {name_a}"),
        None => format!("{name_a} – {name_b}"),
    };
    let changed = e.change.map(|c| format!(" ({})", c.name().to_lowercase())).unwrap_or_default();
    Some(crate::i18n::tr_args(
        "flow-title",
        &[
            ("count", ties.len().into()),
            ("between", between.into()),
            ("span", span.into()),
            ("changed", changed.into()),
        ],
    ))
}

/// A screen path moved `offset` pixels to the left of the line from its first to its last
/// point (unchanged when it has no length).
pub(super) fn shifted(mut path: Vec<Pos2>, offset: f32) -> Vec<Pos2> {
    if offset == 0.0 {
        return path;
    }
    let (Some(first), Some(last)) = (path.first(), path.last()) else { return path };
    let normal = (*last - *first).rot90().normalized();
    if normal.x.is_finite() {
        for p in &mut path {
            *p += normal * offset;
        }
    }
    path
}
