//! Undo and redo: each edit of the dataset is kept as the edit that undoes it (from
//! `Dataset::apply`), with its name and the selection before it. An undo step costs the
//! records the edit touched, never a copy of the dataset.

use crate::model::{Dataset, Edit, Record, RecordKind};
use crate::view::Selection;

/// One step that can be undone or redone.
#[derive(Clone, Debug)]
pub(crate) struct Step {
    /// What the edit did, for the menu: "delete Kazakhstan".
    pub(crate) name: String,
    /// The edit that goes back (or forward again).
    pub(crate) edit: Edit,
    /// What was selected before the step, restored when it is undone.
    pub(crate) selection: Option<Selection>,
    /// A node moved in a layout other than the geographic one is pinned, not changed in the
    /// data: the pin this step puts back (its `edit` is then an empty batch).
    pub(crate) pin: Option<PinChange>,
}

/// Set (or, with `at: None`, lift) an actor's pin in a layout.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct PinChange {
    pub(crate) layout: crate::view::LayoutKind,
    pub(crate) actor: String,
    pub(crate) at: Option<[f32; 2]>,
}

/// The steps behind and ahead of the dataset as it is.
#[derive(Debug, Default)]
pub(crate) struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// How many steps behind the dataset was when last saved or opened; `None` once that
    /// point can no longer be reached (an edit after undoing past it).
    saved: Option<usize>,
}

impl History {
    /// A fresh history for a dataset just opened or saved.
    pub(crate) fn clean() -> Self {
        Self { undo: Vec::new(), redo: Vec::new(), saved: Some(0) }
    }

    /// An edit was applied; `inverse` undoes it.
    pub(crate) fn push(&mut self, name: String, inverse: Edit, selection: Option<Selection>) {
        self.push_step(Step { name, edit: inverse, selection, pin: None });
    }

    /// A step made elsewhere (a pin) was taken.
    pub(crate) fn push_step(&mut self, step: Step) {
        // The saved state was among the redo steps, which this step drops.
        if self.saved.is_some_and(|s| s > self.undo.len()) {
            self.saved = None;
        }
        self.redo.clear();
        self.undo.push(step);
    }

    pub(crate) fn undo_name(&self) -> Option<&str> {
        self.undo.last().map(|s| s.name.as_str())
    }

    pub(crate) fn redo_name(&self) -> Option<&str> {
        self.redo.last().map(|s| s.name.as_str())
    }

    /// The names of the steps behind, oldest first.
    pub(crate) fn names(&self) -> impl Iterator<Item = &str> {
        self.undo.iter().map(|s| s.name.as_str())
    }

    /// The two lists, the one a step is taken from first: undo's going back, redo's going
    /// forward.
    fn lists(&mut self, back: bool) -> (&mut Vec<Step>, &mut Vec<Step>) {
        if back { (&mut self.undo, &mut self.redo) } else { (&mut self.redo, &mut self.undo) }
    }

    /// Take the next step going back (undo) or forward (redo).
    pub(crate) fn take(&mut self, back: bool) -> Option<Step> {
        self.lists(back).0.pop()
    }

    /// A step taken and applied, turned around (its edit now goes the other way): onto the
    /// other list.
    pub(crate) fn moved(&mut self, back: bool, step: Step) {
        self.lists(back).1.push(step);
    }

    /// A step taken that could not be applied: back where it was.
    pub(crate) fn kept(&mut self, back: bool, step: Step) {
        self.lists(back).0.push(step);
    }

    /// How many steps there are to undo.
    pub(crate) fn depth(&self) -> usize {
        self.undo.len()
    }

    /// Whether the dataset differs from the one last saved or opened.
    pub(crate) fn unsaved(&self) -> bool {
        self.saved != Some(self.undo.len())
    }

    /// The changes are given up (the map is about to be replaced): nothing is unsaved.
    pub(crate) fn discard(&mut self) {
        *self = Self::clean();
    }

    /// A map restored from a recovery copy: all of it is unsaved, and nothing to undo.
    pub(crate) fn restored(&mut self) {
        *self = Self { undo: Vec::new(), redo: Vec::new(), saved: None };
    }

    /// The dataset as it is now was just saved.
    pub(crate) fn mark_saved(&mut self) {
        self.saved = Some(self.undo.len());
    }
}

/// A tie's title for a step's name, its actors named in the interface's language.
fn tie_title(ds: &Dataset, t: &crate::model::Tie) -> String {
    crate::scene::tie_title(ds, t, crate::i18n::current().tag())
}

/// What an edit does, in words for the Undo and Redo menu items: "delete Kazakhstan",
/// "add Mongolia", "change Visit: Japan → Kazakhstan".
pub(crate) fn describe(ds: &Dataset, edit: &Edit) -> String {
    let name_of = |kind: RecordKind, id: &str| -> String {
        match kind {
            RecordKind::Actor => ds.name_of(id).to_owned(),
            RecordKind::Tie => ds.tie(id).map_or_else(|| id.to_owned(), |t| tie_title(ds, t)),
            RecordKind::Quote => crate::i18n::tr_args("history-quote", &[("id", id.into())]),
            RecordKind::Source => crate::i18n::tr_args("history-source-id", &[("id", id.into())]),
        }
    };
    let record_name = |r: &Record| match r {
        Record::Actor(a) => a.name.clone(),
        Record::Tie(t) => tie_title(ds, t),
        Record::Quote(q) => crate::i18n::tr_args("history-quote", &[("id", q.id.clone().into())]),
        Record::Source(s) => crate::i18n::tr_args("history-source", &[("title", s.title.clone().into())]),
    };
    match edit {
        Edit::Insert { record, .. } => crate::i18n::tr_args("history-add", &[("arg", (record_name(record)).into())]),
        Edit::Replace { id, record } => {
            crate::i18n::tr_args("history-change", &[("arg", (name_of(record.kind(), id)).into())])
        }
        Edit::Remove { kind, id } => crate::i18n::tr_args("history-delete", &[("arg", (name_of(*kind, id)).into())]),
        Edit::Views(_) => crate::i18n::tr("history-change-the-saved-views"),
        Edit::Stories(_) => crate::i18n::tr("history-change-the-stories"),
        Edit::Batch(edits) => {
            // A delete with what goes with it is named after what was deleted: its last
            // removal (dependents first, the record itself last).
            let last_removal = edits.iter().rev().find(|e| matches!(e, Edit::Remove { .. }));
            match (last_removal, edits.first()) {
                (Some(e), _) => {
                    crate::i18n::tr_args("history-and-what-goes-with-it", &[("arg", (describe(ds, e)).into())])
                }
                (None, Some(e)) => describe(ds, e),
                (None, None) => crate::i18n::tr("history-nothing"),
            }
        }
    }
}

/// The edit that deletes `selection` and everything that would point at nothing without it:
/// for an actor, the ties it joins, leads or takes part in as their only party, the quotes it
/// said, and its place in other records (people of ties, members, parts); for a tie, the
/// quotes only about it. Dependents go first, so the batch never leaves a dangling reference.
pub(crate) fn delete(ds: &Dataset, selection: &Selection) -> Option<(Edit, Vec<String>)> {
    let mut edits = Vec::new();
    let mut goes = Vec::new();
    match selection {
        Selection::Actor(id) => {
            ds.actor(id)?;
            for t in &ds.ties {
                let joins = t.from == *id || t.via.as_deref() == Some(id.as_str()) || t.to.iter().all(|x| x == id);
                if joins {
                    goes.push(tie_title(ds, t));
                    edits.push(Edit::Remove { kind: RecordKind::Tie, id: t.id.clone() });
                } else if t.to.contains(id) || t.people.contains(id) {
                    let mut kept = t.clone();
                    kept.to.retain(|x| x != id);
                    kept.people.retain(|x| x != id);
                    edits.push(Edit::Replace { id: t.id.clone(), record: Record::Tie(kept) });
                }
            }
            for q in &ds.quotes {
                if q.speaker == *id {
                    goes.push(crate::i18n::tr_args(
                        "history-the-quote",
                        &[("arg", (q.text.chars().take(40).collect::<String>()).into())],
                    ));
                    edits.push(Edit::Remove { kind: RecordKind::Quote, id: q.id.clone() });
                } else if q.about.actors.contains(id) {
                    let mut kept = q.clone();
                    kept.about.actors.retain(|x| x != id);
                    edits.push(Edit::Replace { id: q.id.clone(), record: Record::Quote(kept) });
                }
            }
            for a in &ds.actors {
                if a.id != *id && (a.members.contains(id) || a.part_of.as_deref() == Some(id.as_str())) {
                    let mut kept = a.clone();
                    kept.members.retain(|x| x != id);
                    if kept.part_of.as_deref() == Some(id.as_str()) {
                        kept.part_of = None;
                    }
                    edits.push(Edit::Replace { id: a.id.clone(), record: Record::Actor(kept) });
                }
            }
            edits.push(Edit::Remove { kind: RecordKind::Actor, id: id.clone() });
        }
        Selection::Tie(id) => {
            ds.tie(id)?;
            for q in &ds.quotes {
                if q.about.ties.contains(id) {
                    let mut kept = q.clone();
                    kept.about.ties.retain(|x| x != id);
                    edits.push(Edit::Replace { id: q.id.clone(), record: Record::Quote(kept) });
                }
            }
            edits.push(Edit::Remove { kind: RecordKind::Tie, id: id.clone() });
        }
        Selection::Pair(..) => return None,
    }
    Some((Edit::Batch(edits), goes))
}

/// The edit that deletes a source (the quotes from it and the evidence cut from it go too)
/// or a quote, its name, and what goes with it; `None` when there is no such record or it
/// is an actor or tie (those are deleted as the selection).
pub(crate) fn delete_record(ds: &Dataset, kind: RecordKind, id: &str) -> Option<(String, Edit, Vec<String>)> {
    let mut edits = Vec::new();
    let mut goes = Vec::new();
    let name = match kind {
        RecordKind::Source => {
            let s = ds.source(id)?;
            for q in ds.quotes.iter().filter(|q| q.source == id) {
                goes.push(crate::i18n::tr_args(
                    "history-the-quote",
                    &[("arg", (q.text.chars().take(40).collect::<String>()).into())],
                ));
                edits.push(Edit::Remove { kind: RecordKind::Quote, id: q.id.clone() });
            }
            for t in ds.ties.iter().filter(|t| t.evidence.iter().any(|e| e.source == id)) {
                let mut kept = t.clone();
                kept.evidence.retain(|e| e.source != id);
                goes.push(crate::i18n::tr_args("history-its-evidence-for", &[("arg", (tie_title(ds, t)).into())]));
                edits.push(Edit::Replace { id: t.id.clone(), record: Record::Tie(kept) });
            }
            crate::i18n::tr_args("history-source", &[("title", s.title.clone().into())])
        }
        RecordKind::Quote => {
            let q = ds.quotes.iter().find(|q| q.id == id)?;
            crate::i18n::tr_args("history-the-quote", &[("arg", (q.text.chars().take(40).collect::<String>()).into())])
        }
        RecordKind::Actor | RecordKind::Tie => return None,
    };
    edits.push(Edit::Remove { kind, id: id.to_owned() });
    Some((name, Edit::Batch(edits), goes))
}
