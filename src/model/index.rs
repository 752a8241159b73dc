//! What a dataset keeps beside its records: an id → position index for fast lookups, and
//! the version of its contents, which caches are keyed by.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

/// The contents of one dataset at one moment. A dataset gets a new version when it is made
/// (read, built, default) and at each change through its edit API; clones share it, since
/// their contents are equal. Derived data (layout, visible set, scene) records the version it
/// was made from and is made again when the dataset's version differs: values compared,
/// nothing counted by hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Version(u64);

impl Version {
    /// A version no dataset has had before in this process.
    pub fn fresh() -> Self {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        Self(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}

type Positions = OnceLock<HashMap<String, usize>>;

/// A value worked out from a whole dataset, kept for the last version (and length of its tie
/// list) asked for: moving the view asks for the same one again and again, while the data
/// changes far less often. One per kind of value, in a `static`.
pub(crate) struct LastOf<T>(Mutex<Option<(Version, usize, Arc<T>)>>);

impl<T> LastOf<T> {
    pub(crate) const fn new() -> Self {
        Self(Mutex::new(None))
    }

    /// The value for `ds`: the kept one when it was made for the same data, else `make`'s.
    pub(crate) fn get(&self, ds: &super::Dataset, make: impl FnOnce(&super::Dataset) -> T) -> Arc<T> {
        let key = (ds.version(), ds.ties.len());
        if let Ok(last) = self.0.lock()
            && let Some((v, n, value)) = last.as_ref()
            && (*v, *n) == key
        {
            return Arc::clone(value);
        }
        let value = Arc::new(make(ds));
        if let Ok(mut last) = self.0.lock() {
            *last = Some((key.0, key.1, Arc::clone(&value)));
        }
        value
    }
}

/// Positions of actors and ties by id, built at the first lookup, and the data's version.
/// The edit API keeps the positions right (or drops them, to be built again at the next
/// lookup); a hit is still checked against the list, so even a list changed behind the
/// API's back gives right answers, only slower.
#[derive(Debug)]
pub struct Lookup {
    actors: Positions,
    ties: Positions,
    version: Version,
}

impl Default for Lookup {
    fn default() -> Self {
        Self { actors: OnceLock::new(), ties: OnceLock::new(), version: Version::fresh() }
    }
}

impl Clone for Lookup {
    fn clone(&self) -> Self {
        Self { actors: self.actors.clone(), ties: self.ties.clone(), version: self.version }
    }
}

impl PartialEq for Lookup {
    /// Two datasets with the same records are equal whatever their lookups hold.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// Which list an index entry is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Indexed {
    Actors,
    Ties,
}

fn position<T>(list: &[T], cell: &Positions, id: &str, id_of: impl Fn(&T) -> &str) -> Option<usize> {
    let map = cell.get_or_init(|| {
        let mut m = HashMap::with_capacity(list.len());
        for (i, x) in list.iter().enumerate() {
            m.entry(id_of(x).to_owned()).or_insert(i);
        }
        m
    });
    if let Some(&i) = map.get(id).filter(|&&i| list.get(i).is_some_and(|x| id_of(x) == id)) {
        return Some(i);
    }
    list.iter().position(|x| id_of(x) == id)
}

fn find<'a, T>(list: &'a [T], cell: &Positions, id: &str, id_of: impl Fn(&T) -> &str) -> Option<&'a T> {
    position(list, cell, id, id_of).and_then(|i| list.get(i))
}

impl Lookup {
    pub fn version(&self) -> Version {
        self.version
    }

    pub(crate) fn actor<'a>(&self, list: &'a [super::Actor], id: &str) -> Option<&'a super::Actor> {
        find(list, &self.actors, id, |a| a.id.as_str())
    }

    pub(crate) fn tie<'a>(&self, list: &'a [super::Tie], id: &str) -> Option<&'a super::Tie> {
        find(list, &self.ties, id, |t| t.id.as_str())
    }

    pub(crate) fn tie_position(&self, list: &[super::Tie], id: &str) -> Option<usize> {
        position(list, &self.ties, id, |t| t.id.as_str())
    }

    fn cell(&mut self, which: Indexed) -> &mut Positions {
        match which {
            Indexed::Actors => &mut self.actors,
            Indexed::Ties => &mut self.ties,
        }
    }

    /// The contents changed: a new version.
    pub(crate) fn touch(&mut self) {
        self.version = Version::fresh();
    }

    /// A record was pushed at the end of its list: add it to the index, if one was built
    /// (an id already there keeps its first position, as a fresh index would).
    pub(crate) fn pushed(&mut self, which: Indexed, id: &str, at: usize) {
        if let Some(map) = self.cell(which).get_mut() {
            map.entry(id.to_owned()).or_insert(at);
        }
        self.touch();
    }

    /// Records moved or ids changed: the index is built again at the next lookup.
    pub(crate) fn reindex(&mut self, which: Indexed) {
        self.cell(which).take();
        self.touch();
    }

    /// Whether the index of `which` has been built (for tests of the edit API).
    #[cfg(test)]
    pub(crate) fn is_built(&self, which: Indexed) -> bool {
        match which {
            Indexed::Actors => self.actors.get().is_some(),
            Indexed::Ties => self.ties.get().is_some(),
        }
    }
}
