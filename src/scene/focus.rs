//! What a selection brings forward: an actor's ties and partners, as many steps out as the
//! focus depth asks; a tie's parties; a pair's ties. The rest is dimmed.

use super::Emphasis;
use crate::filter::Visible;
use crate::model::{Dataset, Tie};
use crate::view::Selection;
use std::collections::BTreeSet;

/// Which ties and actors the selection brings forward.
pub(crate) struct Focus {
    pub(super) selected_actor: Option<String>,
    pub(super) selected_tie: Option<String>,
    pub(crate) ties: BTreeSet<String>,
    pub(super) actors: BTreeSet<String>,
}

/// What `selection` brings forward among the ties `visible` shows: an actor's ties and
/// partners `depth` steps out, a tie's parties, a pair's ties.
pub(super) fn focus(ds: &Dataset, selection: Option<&Selection>, visible: &Visible, depth: u8) -> Option<Focus> {
    let sel = selection?;
    let mut f = Focus { selected_actor: None, selected_tie: None, ties: BTreeSet::new(), actors: BTreeSet::new() };
    let add_tie = |f: &mut Focus, t: &Tie| {
        f.ties.insert(t.id.clone());
        f.actors.extend(t.endpoints().chain(t.via.as_deref()).map(str::to_owned));
    };
    match sel {
        Selection::Actor(id) => {
            f.selected_actor = Some(id.clone());
            f.actors.insert(id.clone());
            let mut frontier: BTreeSet<String> = BTreeSet::from([id.clone()]);
            for step in 0..depth.clamp(1, crate::view::Look::MAX_DEPTH) {
                let mut next = BTreeSet::new();
                for t in visible.ties.iter(ds) {
                    let reached = if step == 0 {
                        t.involves(id)
                    } else {
                        t.endpoints().chain(t.via.as_deref()).any(|p| frontier.contains(p))
                    };
                    if reached && f.ties.insert(t.id.clone()) {
                        for p in t.endpoints().chain(t.via.as_deref()) {
                            if f.actors.insert(p.to_owned()) {
                                next.insert(p.to_owned());
                            }
                        }
                    }
                }
                frontier = next;
            }
        }
        Selection::Tie(id) => {
            f.selected_tie = Some(id.clone());
            if let Some(t) = ds.tie(id) {
                add_tie(&mut f, t);
            }
        }
        Selection::Pair(a, b) => {
            for t in ds.ties_between(a, b) {
                add_tie(&mut f, t);
            }
            f.actors.retain(|x| x == a || x == b);
        }
    }
    Some(f)
}

pub(super) fn emphasis_of(focus: Option<&Focus>, selected: bool, related: bool) -> Emphasis {
    match focus {
        None => Emphasis::Normal,
        Some(_) if selected => Emphasis::Selected,
        Some(_) if related => Emphasis::Highlighted,
        Some(_) => Emphasis::Dimmed,
    }
}
