//! Records → dataset: turns the records every tabular format reads into a dataset, checking
//! each value and naming its file, row or element and column when it is wrong. Column names
//! and loose kind names are in `fields.rs`; the reverse, dataset → records, is in
//! `from_dataset.rs`.

use super::fields::{LIST_SEPARATOR, actor_kind, edge_field, node_field, status, tie_kind};
use super::record::{Record, Table};
use super::row::{Column, Named, Row};
use crate::capitals;
use crate::messages::{tr, tr_args};
use crate::model::{
    About, Actor, ActorKind, Attributes, Capital, Dataset, DateSpan, Evidence, FORMAT_VERSION, LatLon, PartialDate,
    Quote, Source, Tie,
};
use crate::problem::Problem;
use rustc_hash::FxHashSet;
use std::collections::BTreeMap;

/// The ids in one cell, in a list of exactly their number: collected from a filter, a list
/// starts with room for four, and a million ties' one target each would waste 72 MB.
fn list(value: Option<&str>) -> Vec<String> {
    let Some(v) = value else { return Vec::new() };
    let items = || v.split(LIST_SEPARATOR).map(str::trim).filter(|s| !s.is_empty());
    let mut out = Vec::with_capacity(items().count());
    out.extend(items().map(str::to_owned));
    out
}

/// Builds a dataset from records, collecting every problem.
pub(super) struct Builder {
    ds: Dataset,
    problems: Vec<Problem>,
    /// Folded ids and names of actors → index.
    names: BTreeMap<String, usize>,
    ids: BTreeMap<String, usize>,
    /// Every node id read so far (valid or not), with its row, to name duplicates.
    node_ids: BTreeMap<String, String>,
    tie_ids: FxHashSet<String>,
    /// Whether actors come from a node list (then edges must name them) or from edges alone.
    have_nodes: bool,
    /// Edge records read so far (an edge without an id is named by its place in the list).
    edges: usize,
}

fn fold(s: &str) -> String {
    s.trim().to_lowercase()
}

impl Builder {
    fn add_actor(&mut self, actor: Actor) -> usize {
        let i = self.ds.actors.len();
        self.ids.insert(actor.id.clone(), i);
        self.names.entry(fold(&actor.name)).or_insert(i);
        self.names.entry(fold(&actor.id)).or_insert(i);
        self.ds.actors.push(actor);
        i
    }

    /// The actor an edge names by id or name. A name not seen before makes a new actor
    /// (for a tie's ends only when there is no node list): a country at its capital when the
    /// name or code is one, otherwise an actor of `default_kind` placed near its ties.
    fn resolve(&mut self, name: &str, default_kind: ActorKind) -> Option<String> {
        if let Some(&i) = self.ids.get(name).or_else(|| self.names.get(&fold(name))) {
            return Some(self.ds.actors[i].id.clone());
        }
        let country = capitals::lookup(name);
        if let Some(c) = country {
            // "JPN" and "Japan" are one actor.
            let known = [c.name.as_str(), c.iso2.as_str(), c.iso3.as_str()]
                .into_iter()
                .find_map(|k| self.ids.get(k).or_else(|| self.names.get(&fold(k))));
            if let Some(&i) = known {
                return Some(self.ds.actors[i].id.clone());
            }
        }
        if self.have_nodes && !matches!(default_kind, ActorKind::Person) {
            return None;
        }
        let mut actor = new_actor(name.to_owned(), name.to_owned());
        if let Some(c) = country {
            actor.kind = ActorKind::State;
            actor.name.clone_from(&c.name);
            actor.capital = Some(Capital { name: c.capital.clone(), lat: c.lat, lon: c.lon });
        } else {
            actor.kind = default_kind;
        }
        let id = actor.id.clone();
        self.add_actor(actor);
        Some(id)
    }

    /// The source a row cites (`source_url`, `source_file`, `source_title`), made once and
    /// shared by every row that cites the same one; and the row's evidence passages.
    fn cite(&mut self, row: &Row) -> (Option<String>, Vec<Evidence>) {
        let cells =
            ["source_url", "source_title", "source_file", "source_publisher", "source_date"].map(|c| row.get(c));
        let Some(named) = Named::of(cells) else {
            if !row.evidence.is_empty() {
                self.problems.push(row.problem(
                    Some("evidence"),
                    tr("to-dataset-evidence-no-source"),
                    &tr("to-dataset-evidence-no-source-fix"),
                ));
            }
            return (None, Vec::new());
        };
        let id = self.source_id(row, named);
        // Exactly as many as there are passages (pushed into an empty list, room for four).
        let mut evidence = Vec::with_capacity(row.evidence.len().max(1));
        for (n, text) in &row.evidence {
            let source = match row.evidence_sources.get(n).and_then(|c| Named::of(*c)) {
                Some(own) => self.source_id(row, own),
                None => id.clone(),
            };
            evidence.push(Evidence::new(source, *text));
        }
        if evidence.is_empty() {
            evidence.push(Evidence::new(id.clone(), ""));
        }
        (Some(id), evidence)
    }

    /// The id of the source with this url, file and title: made once, shared by every row
    /// and passage that cites it; its publisher and date are taken from the first row that
    /// gives them.
    fn source_id(&mut self, row: &Row, named: Named) -> String {
        let Named { url, file, title, publisher, date } = named;
        let date = date.and_then(|d| match PartialDate::parse(d) {
            Ok(d) => Some(d),
            Err(e) => {
                self.problems.push(row.problem(Some("source_date"), e.to_string(), &tr("to-dataset-source-date-fix")));
                None
            }
        });
        let same = |s: &&mut Source| s.url.as_deref() == url && s.file.as_deref() == file && s.title == title;
        if let Some(s) = self.ds.sources.iter_mut().find(same) {
            if s.publisher.is_empty() {
                publisher.unwrap_or_default().clone_into(&mut s.publisher);
            }
            s.date = s.date.or(date);
            return s.id.clone();
        }
        let id = format!("source-{}", self.ds.sources.len() + 1);
        self.ds.sources.push(Source {
            id: id.clone(),
            title: title.to_owned(),
            publisher: publisher.unwrap_or_default().to_owned(),
            date,
            url: url.map(str::to_owned),
            file: file.map(str::to_owned),
            ..Source::default()
        });
        id
    }

    fn node(&mut self, row: &Row) {
        let Some(id) = row.get("id").or_else(|| row.get("name")) else {
            self.problems.push(row.problem(None, tr("to-dataset-node-no-id"), &tr("to-dataset-node-no-id-fix")));
            return;
        };
        if let Some(earlier) = self.node_ids.insert(id.to_owned(), row.record.what()) {
            self.problems.push(row.problem(
                Some("id"),
                tr_args("to-dataset-duplicate-node", &[("id", id.into()), ("earlier", earlier.into())]),
                &tr("to-dataset-duplicate-node-fix"),
            ));
            return;
        }
        let name = row.get("name").unwrap_or(id);
        let mut actor = new_actor(id.to_owned(), name.to_owned());
        let country = capitals::lookup(id).or_else(|| capitals::lookup(name));
        actor.kind = match row.get("kind") {
            Some(k) => {
                if let Some(kind) = actor_kind(k) {
                    kind
                } else {
                    self.problems.push(row.problem(
                        Some("kind"),
                        tr_args("to-dataset-unknown-kind", &[("kind", k.into())]),
                        &tr("to-dataset-unknown-kind-fix"),
                    ));
                    return;
                }
            }
            None if country.is_some() => ActorKind::State,
            None => ActorKind::Organisation,
        };
        match self.coordinates(row) {
            Err(()) => return,
            Ok(Some(p)) if actor.kind == ActorKind::State => {
                let capital = row.get("capital").or(country.map(|c| c.capital.as_str())).unwrap_or_default();
                actor.capital = Some(Capital { name: capital.to_owned(), lat: p.lat, lon: p.lon });
            }
            Ok(Some(p)) => actor.position = Some(p),
            Ok(None) => {
                if actor.kind == ActorKind::State
                    && let Some(c) = country
                {
                    actor.capital = Some(Capital { name: c.capital.clone(), lat: c.lat, lon: c.lon });
                }
            }
        }
        actor.role = row.get("role").map(str::to_owned);
        actor.part_of = row.get("part_of").map(str::to_owned);
        actor.members = list(row.get("members"));
        actor.summary = row.get("summary").map(str::to_owned);
        actor.inferred = row.get("inferred").map(str::to_owned);
        actor.attributes = row.attributes.clone();
        // `name_ja`, `name_ru`, …: the name in another language.
        let (names, rest): (Attributes, Attributes) =
            std::mem::take(&mut actor.attributes).into_iter().partition(|(k, _)| super::fields::name_lang(k).is_some());
        actor.attributes = rest;
        actor.names = names.into_iter().filter_map(|(k, v)| super::fields::name_lang(&k).map(|l| (l, v))).collect();
        actor.evidence = self.cite(row).1;
        self.add_actor(actor);
    }

    /// Latitude and longitude: both or neither, numbers in range.
    fn coordinates(&mut self, row: &Row) -> Result<Option<LatLon>, ()> {
        // `what` is the field's tag: each language words the message for latitude and longitude.
        let mut parse = |field: &str, limit: f64, what: &str| -> Result<Option<f64>, ()> {
            let Some(text) = row.get(field) else { return Ok(None) };
            match text.parse::<f64>() {
                Ok(v) if v.is_finite() && v.abs() <= limit => Ok(Some(v)),
                Ok(_) => {
                    self.problems.push(row.problem(
                        Some(field),
                        tr_args(
                            "to-dataset-coordinate-outside",
                            &[("what", what.into()), ("text", text.into()), ("limit", limit.into())],
                        ),
                        &tr("to-dataset-coordinate-outside-fix"),
                    ));
                    Err(())
                }
                Err(_) => {
                    self.problems.push(row.problem(
                        Some(field),
                        tr_args("to-dataset-coordinate-not-number", &[("what", what.into()), ("text", text.into())]),
                        &tr("to-dataset-coordinate-not-number-fix"),
                    ));
                    Err(())
                }
            }
        };
        let lat = parse("lat", 90.0, "latitude");
        let lon = parse("lon", 180.0, "longitude");
        match (lat?, lon?) {
            (Some(lat), Some(lon)) => Ok(Some(LatLon { lat, lon })),
            (None, None) => Ok(None),
            (Some(_), None) | (None, Some(_)) => {
                self.problems.push(row.problem(
                    None,
                    tr("to-dataset-one-coordinate"),
                    &tr("to-dataset-one-coordinate-fix"),
                ));
                Err(())
            }
        }
    }

    fn date(&mut self, row: &Row, field: &str) -> Result<Option<PartialDate>, ()> {
        let Some(text) = row.get(field) else { return Ok(None) };
        PartialDate::parse(text).map(Some).map_err(|e| {
            self.problems.push(row.problem(
                Some(field),
                tr_args("to-dataset-not-a-date", &[("text", text.into()), ("error", e.to_string().into())]),
                &tr("to-dataset-not-a-date-fix"),
            ));
        })
    }

    fn actor_ref(&mut self, row: &Row, field: &str, name: &str, default_kind: ActorKind) -> Option<String> {
        let found = self.resolve(name, default_kind);
        // A node whose own row has problems is reported there, not again at each edge.
        if found.is_none() && !self.node_ids.contains_key(name) {
            self.problems.push(row.problem(
                Some(field),
                tr_args("to-dataset-not-a-node", &[("name", name.into())]),
                &tr("to-dataset-not-a-node-fix"),
            ));
        }
        found
    }

    /// One edge row, the next in the list (an edge without an id is named by its place).
    fn edge(&mut self, row: &Row) {
        let index = self.edges;
        self.edges += 1;
        let before = self.problems.len();
        let from = if let Some(name) = row.get("source") {
            self.actor_ref(row, "source", name, ActorKind::Organisation)
        } else {
            self.problems.push(row.problem(
                None,
                tr("to-dataset-edge-no-source"),
                &tr("to-dataset-edge-no-source-fix"),
            ));
            None
        };
        let targets = list(row.get("target"));
        if targets.is_empty() {
            self.problems.push(row.problem(
                None,
                tr("to-dataset-edge-no-target"),
                &tr("to-dataset-edge-no-target-fix"),
            ));
        }
        let to: Vec<String> =
            targets.iter().filter_map(|name| self.actor_ref(row, "target", name, ActorKind::Organisation)).collect();
        let (kind, implied) = tie_kind(row.get("kind").unwrap_or_default());
        let status = match row.get("status") {
            Some(s) => {
                if let Some(s) = status(s) {
                    Some(s)
                } else {
                    self.problems.push(row.problem(
                        Some("status"),
                        tr_args("to-dataset-unknown-status", &[("status", s.into())]),
                        &tr("to-dataset-unknown-status-fix"),
                    ));
                    None
                }
            }
            None => None,
        };
        let start = self.date(row, "date");
        let end = self.date(row, "end");
        let via = row.get("via").and_then(|v| self.actor_ref(row, "via", v, ActorKind::Forum));
        let people: Vec<String> = list(row.get("people"))
            .iter()
            .filter_map(|p| self.actor_ref(row, "people", p, ActorKind::Person))
            .collect();
        let id = row.get("id").map_or_else(|| format!("tie-{}", index + 1), str::to_owned);
        if !self.tie_ids.insert(id.clone()) {
            self.problems.push(row.problem(
                Some("id"),
                tr_args("to-dataset-duplicate-edge", &[("id", id.as_str().into())]),
                &tr("to-dataset-duplicate-edge-fix"),
            ));
        }
        let (Some(from), Ok(start), Ok(end)) = (from, start, end) else { return };
        if self.problems.len() > before {
            return;
        }
        let mut tie = Tie {
            id,
            kind,
            from,
            to,
            via,
            date: DateSpan { start, end, inferred: row.get("date_inferred").map(str::to_owned) },
            status: status.or(implied).unwrap_or_default(),
            place: row.get("place").map(str::to_owned),
            people,
            summary: row.get("summary").unwrap_or_default().to_owned(),
            evidence: Vec::new(),
            attributes: row.attributes.clone(),
        };
        let (source, evidence) = self.cite(row);
        tie.evidence = evidence;
        if !row.quotes.is_empty() {
            let about = About { actors: Vec::new(), ties: vec![tie.id.clone()] };
            self.quotes(row, &tie.id, &about, &tie.date, source.as_deref());
        }
        self.ds.ties.push(tie);
    }

    /// The quotes on a row: `quote`/`speaker`, `quote_2`/`speaker_2`, …
    fn quotes(&mut self, row: &Row, owner: &str, about: &About, date: &DateSpan, source: Option<&str>) {
        for (&n, &(text, speaker)) in &row.quotes {
            let column = if n == 1 { "quote".to_owned() } else { format!("quote_{n}") };
            let (Some(text), Some(speaker)) = (text, speaker) else {
                self.problems.push(row.problem(
                    None,
                    tr_args("to-dataset-quote-needs-speaker", &[("column", column.as_str().into())]),
                    &tr("to-dataset-quote-needs-speaker-fix"),
                ));
                continue;
            };
            let Some(speaker) = self.actor_ref(row, "speaker", speaker, ActorKind::Person) else { continue };
            let id = if n == 1 { format!("{owner}-quote") } else { format!("{owner}-quote-{n}") };
            let source = match row.quote_sources.get(&n).and_then(|c| Named::of(*c)) {
                Some(own) => self.source_id(row, own),
                None => source.unwrap_or_default().to_owned(),
            };
            self.ds.quotes.push(Quote {
                id,
                speaker,
                text: text.to_owned(),
                date: date.clone(),
                about: about.clone(),
                source,
            });
        }
    }
}

fn new_actor(id: String, name: String) -> Actor {
    Actor::new(id, name, ActorKind::Organisation)
}

/// Make a dataset of a table. `title` names it when the file gives no title. Every problem
/// is returned, each naming its file, row or element, column and value.
pub fn build(table: Table, title: &str) -> Result<Dataset, Vec<Problem>> {
    let mut b = Builder::new(table.title.as_deref().unwrap_or(title), &table.nodes);
    b.reserve(table.edges.len());
    // Each edge record is let go once read, so a long list is not held twice.
    for record in table.edges {
        b.edge(&Row::read(&record, edge_field));
    }
    b.finish()
}

impl Builder {
    /// A dataset named `title` with the actors of these node records (and their quotes); its
    /// ties are added one edge record at a time.
    pub(super) fn new(title: &str, nodes: &[Record]) -> Self {
        let mut b = Builder {
            ds: Dataset {
                format: "bridges".to_owned(),
                format_version: FORMAT_VERSION,
                title: title.to_owned(),
                ..Dataset::default()
            },
            problems: Vec::new(),
            names: BTreeMap::new(),
            ids: BTreeMap::new(),
            node_ids: BTreeMap::new(),
            tie_ids: FxHashSet::default(),
            have_nodes: !nodes.is_empty(),
            edges: 0,
        };
        let node_rows: Vec<Row> = nodes.iter().map(|r| Row::read(r, node_field)).collect();
        for row in &node_rows {
            b.node(row);
        }
        // Quotes on node rows, once every node (and so every speaker) is known.
        for row in &node_rows {
            if let Some(id) = row.get("id").or_else(|| row.get("name")) {
                let about = About { actors: vec![id.to_owned()], ties: Vec::new() };
                let source = b.ds.actor(id).and_then(|a| a.evidence.first()).map(|e| e.source.clone());
                b.quotes(row, id, &about, &DateSpan::default(), source.as_deref());
            }
        }
        b
    }

    /// Room for `edges` more ties, made at once: grown by doubling, a million ties would be
    /// copied into ever larger fresh memory (each page of it zeroed by the system first).
    pub(super) fn reserve(&mut self, edges: usize) {
        self.ds.ties.reserve_exact(edges);
        self.tie_ids.reserve(edges);
    }

    /// One edge record, whose i-th field `columns[i]` says the meaning of.
    pub(super) fn edge_record(&mut self, record: &Record, columns: &[Column]) {
        self.edge(&Row::read_as(record, columns));
    }

    /// The dataset, or every problem found.
    pub(super) fn finish(mut self) -> Result<Dataset, Vec<Problem>> {
        if self.ds.actors.is_empty() && self.problems.is_empty() {
            self.problems.push(Problem::new("", tr("to-dataset-empty"), tr("to-dataset-empty-fix")));
        }
        if self.problems.is_empty() { Ok(self.ds) } else { Err(self.problems) }
    }
}
