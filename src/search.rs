//! Search over actors, ties, people and quotes. Pure: the panel shows what this finds.

use crate::i18n::tr;
use crate::model::{ActorKind, Dataset};
use crate::view::Selection;
use std::fmt::Write as _;

/// One search result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    /// What the result is: "Visit", "Person", "Quote", …
    pub what: String,
    /// The line shown in the result list.
    pub text: String,
    /// What choosing it selects.
    pub selection: Selection,
}

fn contains(hay: &str, needle: &str) -> bool {
    hay.to_lowercase().contains(needle)
}

/// Results for `query` (case-insensitive, at least two characters): ties first, then actors,
/// then quotes; at most `limit`.
pub(crate) fn search(ds: &Dataset, query: &str, limit: usize) -> Vec<Hit> {
    let q = query.trim().to_lowercase();
    if q.chars().count() < 2 {
        return Vec::new();
    }
    // Named as the interface speaks: kinds, and the names of actors that have one in it.
    let lang = crate::i18n::current().tag();
    let mut hits = Vec::new();
    for t in &ds.ties {
        let people = t.people.iter().map(|p| ds.name_of(p));
        let names = t.endpoints().chain(t.via.as_deref()).map(|a| ds.name_of(a));
        let matched = contains(&t.summary, &q)
            || t.place.as_deref().is_some_and(|p| contains(p, &q))
            || contains(&t.id, &q)
            || people.chain(names).any(|n| contains(n, &q));
        if matched {
            hits.push(Hit {
                what: crate::i18n::tie_kind(&t.kind),
                text: crate::scene::tie_title(ds, t, lang),
                selection: Selection::Tie(t.id.clone()),
            });
        }
    }
    for a in &ds.actors {
        if contains(&a.name, &q)
            || a.names.values().any(|n| contains(n, &q))
            || a.role.as_deref().is_some_and(|r| contains(r, &q))
            || contains(&a.id, &q)
        {
            let mut text = a.name_in(lang).to_owned();
            if let Some(p) = a.part_of.as_deref() {
                let _ = write!(text, " ({})", ds.name_in(p, lang));
            }
            let what =
                if a.kind == ActorKind::Context { tr("search-context") } else { crate::i18n::actor_kind(a.kind) };
            hits.push(Hit { what, text, selection: Selection::Actor(a.id.clone()) });
        }
    }
    for quote in &ds.quotes {
        if contains(&quote.text, &q) || contains(ds.name_of(&quote.speaker), &q) {
            let excerpt: String = quote.text.chars().take(60).collect();
            hits.push(Hit {
                what: tr("search-quote"),
                text: format!("{}: “{excerpt}…”", ds.name_in(&quote.speaker, lang)),
                selection: Selection::Actor(quote.speaker.clone()),
            });
        }
    }
    hits.truncate(limit);
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saidov_leads_to_the_uzbekistan_visit_first() {
        let ds = crate::load::article();
        let hits = search(&ds, "saidov", 10);
        assert_eq!(hits[0].selection, Selection::Tie("visit-iwaya-uzbekistan-2025-08".into()));
        assert!(hits[0].text.contains("Uzbekistan") && hits[0].text.contains("until 2025-08-28"), "{:?}", hits[0]);
        assert!(hits.iter().any(|h| h.selection == Selection::Actor("bakhtiyor-saidov".into())));
        assert!(search(&ds, "s", 10).is_empty(), "one letter is too short");
        assert!(!search(&ds, "trust-building", 10).is_empty(), "quotes are searched");
    }
}
