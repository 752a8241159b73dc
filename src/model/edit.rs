//! Changing a dataset in place: insert, replace or remove one actor, tie, quote or source.
//! Each change gives back its inverse, so undo is applying what an edit returned, and each
//! keeps the id index right and gives the dataset a new version.

use super::index::Indexed;
use super::{Actor, Dataset, Quote, Source, Tie};
use crate::messages::tr_args;

/// One record of any kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    Actor(Actor),
    Tie(Tie),
    Quote(Quote),
    Source(Source),
}

/// The kinds of record a dataset lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum RecordKind {
    Actor,
    Tie,
    Quote,
    Source,
}

impl RecordKind {
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Actor => "actor",
            Self::Tie => "tie",
            Self::Quote => "quote",
            Self::Source => "source",
        }
    }
}

impl Record {
    #[must_use]
    pub fn kind(&self) -> RecordKind {
        match self {
            Self::Actor(_) => RecordKind::Actor,
            Self::Tie(_) => RecordKind::Tie,
            Self::Quote(_) => RecordKind::Quote,
            Self::Source(_) => RecordKind::Source,
        }
    }

    #[must_use]
    pub fn id(&self) -> &str {
        match self {
            Self::Actor(x) => &x.id,
            Self::Tie(x) => &x.id,
            Self::Quote(x) => &x.id,
            Self::Source(x) => &x.id,
        }
    }
}

/// A change to a dataset. [`Dataset::apply`] returns the edit that undoes it.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Put a record at position `at` of its list (`at` = the list's length appends it).
    Insert {
        at: usize,
        record: Record,
    },
    /// Put `record` in place of the record `id` of the same kind (its id may change).
    Replace {
        id: String,
        record: Record,
    },
    Remove {
        kind: RecordKind,
        id: String,
    },
    /// Several edits as one step, applied in order: all of them or, should one fail, none.
    Batch(Vec<Edit>),
    /// Put this list in place of the saved views.
    Views(Vec<super::SavedView>),
    /// Put this list in place of the stories.
    Stories(Vec<super::Story>),
}

/// Why an edit could not be applied; the dataset is then unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    Duplicate { kind: RecordKind, id: String },
    NotFound { kind: RecordKind, id: String },
    OutOfRange { kind: RecordKind, at: usize, len: usize },
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The kind goes in as its tag; each language words the sentence for each kind.
        let text = match self {
            Self::Duplicate { kind, id } => {
                tr_args("edit-error-duplicate", &[("kind", kind.label().into()), ("id", id.as_str().into())])
            }
            Self::NotFound { kind, id } => {
                tr_args("edit-error-not-found", &[("kind", kind.label().into()), ("id", id.as_str().into())])
            }
            Self::OutOfRange { kind, at, len } => tr_args(
                "edit-error-out-of-range",
                &[("kind", kind.label().into()), ("at", (*at).into()), ("len", (*len).into())],
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for EditError {}

/// What the generic code needs of each kind of record.
trait Listed: Sized + Clone {
    const KIND: RecordKind;
    const INDEXED: Option<Indexed>;
    fn id(&self) -> &str;
    fn list(ds: &mut Dataset) -> &mut Vec<Self>;
    fn wrap(self) -> Record;
}

macro_rules! listed {
    ($t:ty, $kind:ident, $field:ident, $indexed:expr) => {
        impl Listed for $t {
            const KIND: RecordKind = RecordKind::$kind;
            const INDEXED: Option<Indexed> = $indexed;
            fn id(&self) -> &str {
                &self.id
            }
            fn list(ds: &mut Dataset) -> &mut Vec<Self> {
                &mut ds.$field
            }
            fn wrap(self) -> Record {
                Record::$kind(self)
            }
        }
    };
}

listed!(Actor, Actor, actors, Some(Indexed::Actors));
listed!(Tie, Tie, ties, Some(Indexed::Ties));
listed!(Quote, Quote, quotes, None);
listed!(Source, Source, sources, None);

fn position<T: Listed>(ds: &mut Dataset, id: &str) -> Result<usize, EditError> {
    T::list(ds)
        .iter()
        .position(|x| x.id() == id)
        .ok_or_else(|| EditError::NotFound { kind: T::KIND, id: id.to_owned() })
}

fn insert<T: Listed>(ds: &mut Dataset, at: usize, record: T) -> Result<Edit, EditError> {
    let list = T::list(ds);
    if list.iter().any(|x| x.id() == record.id()) {
        return Err(EditError::Duplicate { kind: T::KIND, id: record.id().to_owned() });
    }
    if at > list.len() {
        return Err(EditError::OutOfRange { kind: T::KIND, at, len: list.len() });
    }
    let id = record.id().to_owned();
    let appended = at == list.len();
    list.insert(at, record);
    match T::INDEXED {
        Some(which) if appended => ds.index.pushed(which, &id, at),
        Some(which) => ds.index.reindex(which),
        None => ds.index.touch(),
    }
    Ok(Edit::Remove { kind: T::KIND, id })
}

fn remove<T: Listed>(ds: &mut Dataset, id: &str) -> Result<Edit, EditError> {
    let at = position::<T>(ds, id)?;
    let record = T::list(ds).remove(at);
    match T::INDEXED {
        Some(which) => ds.index.reindex(which),
        None => ds.index.touch(),
    }
    Ok(Edit::Insert { at, record: record.wrap() })
}

fn replace<T: Listed>(ds: &mut Dataset, id: &str, record: T) -> Result<Edit, EditError> {
    let at = position::<T>(ds, id)?;
    let new_id = record.id().to_owned();
    if new_id != id && T::list(ds).iter().any(|x| x.id() == new_id) {
        return Err(EditError::Duplicate { kind: T::KIND, id: new_id });
    }
    let old = std::mem::replace(&mut T::list(ds)[at], record);
    match T::INDEXED {
        Some(which) if new_id != id => ds.index.reindex(which),
        _ => ds.index.touch(),
    }
    Ok(Edit::Replace { id: new_id, record: old.wrap() })
}

impl Dataset {
    /// The version of the contents: new at every edit (see [`super::Version`]).
    pub fn version(&self) -> super::Version {
        self.index.version()
    }

    /// Apply an edit. Returns the edit that undoes it; on error the dataset is unchanged.
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, EditError> {
        match edit {
            Edit::Insert { at, record } => match record {
                Record::Actor(x) => insert(self, at, x),
                Record::Tie(x) => insert(self, at, x),
                Record::Quote(x) => insert(self, at, x),
                Record::Source(x) => insert(self, at, x),
            },
            Edit::Replace { id, record } => match record {
                Record::Actor(x) => replace(self, &id, x),
                Record::Tie(x) => replace(self, &id, x),
                Record::Quote(x) => replace(self, &id, x),
                Record::Source(x) => replace(self, &id, x),
            },
            Edit::Remove { kind, id } => match kind {
                RecordKind::Actor => remove::<Actor>(self, &id),
                RecordKind::Tie => remove::<Tie>(self, &id),
                RecordKind::Quote => remove::<Quote>(self, &id),
                RecordKind::Source => remove::<Source>(self, &id),
            },
            Edit::Batch(edits) => {
                let mut undo: Vec<Edit> = Vec::with_capacity(edits.len());
                for e in edits {
                    match self.apply(e) {
                        Ok(inverse) => undo.push(inverse),
                        Err(err) => {
                            // Put back what was done, newest first; each inverse applies
                            // to exactly the state its edit left.
                            for inverse in undo.into_iter().rev() {
                                let _ = self.apply(inverse);
                            }
                            return Err(err);
                        }
                    }
                }
                undo.reverse();
                Ok(Edit::Batch(undo))
            }
            // Views and stories change no actor or tie: the data's version stays.
            Edit::Views(views) => Ok(Edit::Views(std::mem::replace(&mut self.views, views))),
            Edit::Stories(stories) => Ok(Edit::Stories(std::mem::replace(&mut self.stories, stories))),
        }
    }

    /// Append a record to its list. Returns the edit that undoes it.
    pub fn add(&mut self, record: Record) -> Result<Edit, EditError> {
        let at = match &record {
            Record::Actor(_) => self.actors.len(),
            Record::Tie(_) => self.ties.len(),
            Record::Quote(_) => self.quotes.len(),
            Record::Source(_) => self.sources.len(),
        };
        self.apply(Edit::Insert { at, record })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActorKind, DateSpan, Status, TieKind};

    fn actor(id: &str) -> Actor {
        Actor::new(id, id.to_uppercase(), ActorKind::State)
    }

    fn tie(id: &str, from: &str, to: &str) -> Tie {
        Tie {
            id: id.to_owned(),
            kind: TieKind::Visit,
            from: from.to_owned(),
            to: vec![to.to_owned()],
            via: None,
            date: DateSpan::default(),
            status: Status::Held,
            place: None,
            people: Vec::new(),
            summary: String::new(),
            evidence: Vec::new(),
            attributes: crate::model::Attributes::new(),
        }
    }

    fn sample() -> Dataset {
        let mut ds = Dataset::default();
        for id in ["a", "b", "c"] {
            ds.add(Record::Actor(actor(id))).expect("fresh id");
        }
        ds.add(Record::Tie(tie("t1", "a", "b"))).expect("fresh id");
        ds
    }

    #[test]
    fn lookups_stay_right_after_inserts_removals_and_renames() {
        let mut ds = sample();
        assert_eq!(ds.actor("c").map(|a| a.name.as_str()), Some("C"));
        assert!(ds.index.is_built(Indexed::Actors), "the lookup built the index");
        ds.apply(Edit::Insert { at: 0, record: Record::Actor(actor("z")) }).expect("fresh id");
        ds.apply(Edit::Remove { kind: RecordKind::Actor, id: "b".into() }).expect("b exists");
        assert!(!ds.index.is_built(Indexed::Actors), "moving records drops the index");
        let renamed = Actor { id: "c2".into(), ..actor("c") };
        ds.apply(Edit::Replace { id: "c".into(), record: Record::Actor(renamed) }).expect("c exists");
        let ids: Vec<&str> = ds.actors.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["z", "a", "c2"]);
        for id in ids.clone() {
            assert_eq!(ds.actor(id).map(|a| a.id.as_str()), Some(id));
        }
        assert!(ds.actor("b").is_none() && ds.actor("c").is_none());
        ds.add(Record::Actor(actor("d"))).expect("fresh id");
        assert!(ds.index.is_built(Indexed::Actors), "an append keeps the built index");
        assert_eq!(ds.actor("d").map(|a| a.name.as_str()), Some("D"));
    }

    #[test]
    fn every_edit_gives_a_new_version_and_a_failed_one_keeps_it() {
        let mut ds = sample();
        let v0 = ds.version();
        ds.add(Record::Actor(actor("d"))).expect("fresh id");
        let v1 = ds.version();
        assert_ne!(v0, v1);
        let err = ds.add(Record::Actor(actor("a"))).expect_err("a exists");
        assert_eq!(err, EditError::Duplicate { kind: RecordKind::Actor, id: "a".into() });
        assert_eq!(ds.version(), v1, "nothing changed");
        assert_eq!(ds.clone().version(), v1, "a clone has the same contents");
        assert_ne!(Dataset::default().version(), Dataset::default().version());
    }

    #[test]
    fn applying_the_returned_edit_undoes_each_kind_of_edit() {
        let before = sample();
        let edits = [
            Edit::Insert { at: 1, record: Record::Actor(actor("x")) },
            Edit::Remove { kind: RecordKind::Actor, id: "a".into() },
            Edit::Replace { id: "t1".into(), record: Record::Tie(tie("t9", "b", "c")) },
            Edit::Batch(vec![
                Edit::Remove { kind: RecordKind::Tie, id: "t1".into() },
                Edit::Remove { kind: RecordKind::Actor, id: "b".into() },
            ]),
        ];
        for edit in edits {
            let mut ds = before.clone();
            let undo = ds.apply(edit.clone()).expect("applies");
            assert_ne!(ds, before, "{edit:?} changed something");
            let redo = ds.apply(undo).expect("the inverse applies");
            assert_eq!(ds, before, "undoing {edit:?}");
            assert_eq!(ds.tie("t1").map(|t| t.from.as_str()), Some("a"));
            ds.apply(redo).expect("redo applies");
            assert_ne!(ds, before, "redoing {edit:?}");
        }
    }

    #[test]
    fn a_failing_batch_changes_nothing() {
        let before = sample();
        let mut ds = before.clone();
        let batch = Edit::Batch(vec![
            Edit::Remove { kind: RecordKind::Tie, id: "t1".into() },
            Edit::Remove { kind: RecordKind::Actor, id: "nobody".into() },
        ]);
        let err = ds.apply(batch).expect_err("nobody is not there");
        assert_eq!(err, EditError::NotFound { kind: RecordKind::Actor, id: "nobody".into() });
        assert_eq!(ds, before);
        assert!(ds.tie("t1").is_some());
    }

    #[test]
    fn replacing_needs_the_same_kind_and_a_free_id() {
        let mut ds = sample();
        let err = ds.apply(Edit::Replace { id: "a".into(), record: Record::Actor(actor("b")) });
        assert_eq!(err, Err(EditError::Duplicate { kind: RecordKind::Actor, id: "b".into() }));
        let err = ds.apply(Edit::Replace { id: "t1".into(), record: Record::Actor(actor("q")) });
        assert_eq!(err, Err(EditError::NotFound { kind: RecordKind::Actor, id: "t1".into() }));
        let err = ds.apply(Edit::Insert { at: 9, record: Record::Actor(actor("q")) });
        assert_eq!(err, Err(EditError::OutOfRange { kind: RecordKind::Actor, at: 9, len: 3 }));
    }
}
