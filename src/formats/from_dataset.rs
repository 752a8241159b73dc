//! Dataset → records: the columns Bridges writes to CSV, GEXF and `GraphML`, which
//! `to_dataset.rs` reads back. Actors, ties, dates, people, quotes, evidence and attributes
//! all survive, sources with their publisher and date; topics, saved views and stories are kept
//! only by the native JSON.

use super::fields::LIST_SEPARATOR;
use super::record::{Record, Table};
use crate::model::{ActorKind, Dataset, Evidence, PartialDate, Quote, Status};
use std::collections::{BTreeMap, BTreeSet};

pub(crate) const NODE_COLUMNS: [&str; 16] = [
    "id",
    "name",
    "kind",
    "lat",
    "lon",
    "capital",
    "role",
    "part_of",
    "members",
    "summary",
    "inferred",
    "source_title",
    "source_url",
    "source_file",
    "source_publisher",
    "source_date",
];
pub(crate) const EDGE_COLUMNS: [&str; 17] = [
    "id",
    "kind",
    "source",
    "target",
    "via",
    "date",
    "end",
    "date_inferred",
    "status",
    "place",
    "people",
    "summary",
    "source_title",
    "source_url",
    "source_file",
    "source_publisher",
    "source_date",
];

pub(crate) fn kind_name(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::State => "state",
        ActorKind::Forum => "forum",
        ActorKind::Region => "region",
        ActorKind::Person => "person",
        ActorKind::Organisation => "organisation",
        ActorKind::Context => "context",
    }
}

fn joined(items: &[String]) -> String {
    items.join(&LIST_SEPARATOR.to_string())
}

fn date(d: Option<PartialDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

fn numbered(base: &str, n: usize) -> String {
    if n == 1 { base.to_owned() } else { format!("{base}_{n}") }
}

/// Where each quote is written: on the row of its first tie, else of its first actor, else
/// of its speaker.
type QuotesByRow<'a> = BTreeMap<&'a str, Vec<&'a Quote>>;

fn quote_rows(ds: &Dataset) -> (QuotesByRow<'_>, QuotesByRow<'_>) {
    let (mut on_ties, mut on_actors) = (QuotesByRow::new(), QuotesByRow::new());
    for q in &ds.quotes {
        match (q.about.ties.first(), q.about.actors.first()) {
            (Some(t), _) => on_ties.entry(t.as_str()).or_default().push(q),
            (None, Some(a)) => on_actors.entry(a.as_str()).or_default().push(q),
            (None, None) => on_actors.entry(q.speaker.as_str()).or_default().push(q),
        }
    }
    (on_ties, on_actors)
}

/// The row's source (that of its first evidence) and each passage; a passage from another
/// source names its own in `source_title_N`, `source_url_N`, `source_file_N`. Returns the
/// row's source id.
fn cite<'a>(ds: &'a Dataset, record: &mut Record, evidence: &[Evidence]) -> Option<&'a str> {
    let source = evidence.first().and_then(|e| ds.source(&e.source))?;
    push_source(record, "source", 1, source);
    for (i, e) in evidence.iter().filter(|e| !e.text.is_empty()).enumerate() {
        record.push(numbered("evidence", i + 1), &e.text);
        if e.source != source.id
            && let Some(own) = ds.source(&e.source)
        {
            push_source(record, "source", i + 1, own);
        }
    }
    Some(source.id.as_str())
}

/// `{prefix}_title`, `{prefix}_url`, `{prefix}_file`, `{prefix}_publisher`,
/// `{prefix}_date`, numbered `_N` from 2 on.
fn push_source(record: &mut Record, prefix: &str, n: usize, source: &crate::model::Source) {
    let date = source.date.map(|d| d.to_string());
    for (field, value) in [
        ("title", Some(source.title.as_str())),
        ("url", source.url.as_deref()),
        ("file", source.file.as_deref()),
        ("publisher", Some(source.publisher.as_str())),
        ("date", date.as_deref()),
    ] {
        record.push(numbered(&format!("{prefix}_{field}"), n), value.unwrap_or_default());
    }
}

/// Each quote and its speaker; a quote from another source than the row's names it in
/// `quote_source_title_N`, … .
fn push_quotes(ds: &Dataset, record: &mut Record, quotes: Option<&Vec<&Quote>>, row_source: Option<&str>) {
    for (i, q) in quotes.into_iter().flatten().enumerate() {
        record.push(numbered("quote", i + 1), &q.text);
        record.push(numbered("speaker", i + 1), &q.speaker);
        if Some(q.source.as_str()) != row_source
            && let Some(own) = ds.source(&q.source)
        {
            push_source(record, "quote_source", i + 1, own);
        }
    }
}

/// The records of a dataset, with the column lists in writing order (every column any
/// record uses, attributes last and sorted).
pub(crate) fn records(ds: &Dataset) -> Table {
    let (on_ties, on_actors) = quote_rows(ds);
    let mut nodes = Vec::new();
    for a in &ds.actors {
        let mut r = Record::new(format!("node \"{}\"", a.id));
        r.push("id", &a.id);
        r.push("name", &a.name);
        for (lang, name) in &a.names {
            r.push(format!("{}{lang}", super::fields::NAME_IN), name);
        }
        r.push("kind", kind_name(a.kind));
        let at = a.capital.as_ref().map(|c| (c.lat, c.lon)).or(a.position.map(|p| (p.lat, p.lon)));
        if let Some((lat, lon)) = at {
            r.push("lat", lat.to_string());
            r.push("lon", lon.to_string());
        }
        r.push("capital", a.capital.as_ref().map(|c| c.name.clone()).unwrap_or_default());
        r.push("role", a.role.clone().unwrap_or_default());
        r.push("part_of", a.part_of.clone().unwrap_or_default());
        r.push("members", joined(&a.members));
        r.push("summary", a.summary.clone().unwrap_or_default());
        r.push("inferred", a.inferred.clone().unwrap_or_default());
        let source = cite(ds, &mut r, &a.evidence);
        push_quotes(ds, &mut r, on_actors.get(a.id.as_str()), source);
        for (k, v) in &a.attributes {
            r.push(k, v);
        }
        nodes.push(r);
    }
    let mut edges = Vec::new();
    for t in &ds.ties {
        let mut r = Record::new(format!("edge \"{}\"", t.id));
        r.push("id", &t.id);
        r.push("kind", t.kind.as_str());
        r.push("source", &t.from);
        r.push("target", joined(&t.to));
        r.push("via", t.via.clone().unwrap_or_default());
        r.push("date", date(t.date.start));
        r.push("end", date(t.date.end));
        r.push("date_inferred", t.date.inferred.clone().unwrap_or_default());
        r.push("status", if t.status == Status::Held { String::new() } else { t.status.label().to_owned() });
        r.push("place", t.place.clone().unwrap_or_default());
        r.push("people", joined(&t.people));
        r.push("summary", &t.summary);
        let source = cite(ds, &mut r, &t.evidence);
        push_quotes(ds, &mut r, on_ties.get(t.id.as_str()), source);
        for (k, v) in &t.attributes {
            r.push(k, v);
        }
        edges.push(r);
    }
    for r in nodes.iter_mut().chain(edges.iter_mut()) {
        r.fields.retain(|(_, v)| !v.is_empty());
    }
    Table {
        title: Some(ds.title.clone()).filter(|t| !t.is_empty()),
        node_columns: columns(&NODE_COLUMNS, &nodes),
        edge_columns: columns(&EDGE_COLUMNS, &edges),
        nodes,
        edges,
    }
}

/// The fixed columns, then numbered ones (evidence, quotes) in order, then attributes sorted.
fn columns(fixed: &[&str], records: &[Record]) -> Vec<String> {
    let mut out: Vec<String> = fixed.iter().map(|c| (*c).to_owned()).collect();
    let used: BTreeSet<&str> = records.iter().flat_map(|r| r.fields.iter().map(|(k, _)| k.as_str())).collect();
    // Finite: `used` holds finitely many names, so the numbers run out.
    #[expect(clippy::maybe_infinite_iter, reason = "ends at the first number not in the finite set `used`")]
    let max = |base: &str| (1..).take_while(|&n| used.contains(numbered(base, n).as_str())).last().unwrap_or(0);
    for n in 1..=max("evidence") {
        out.push(numbered("evidence", n));
    }
    for n in 1..=max("quote").max(max("speaker")) {
        out.push(numbered("quote", n));
        out.push(numbered("speaker", n));
    }
    let known: BTreeSet<String> = out.iter().cloned().collect();
    out.extend(used.into_iter().filter(|k| !known.contains(*k)).map(str::to_owned));
    out
}
