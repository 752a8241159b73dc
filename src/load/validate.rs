//! Every check a dataset must pass, in one place.

use super::sources::SourceTexts;
use crate::messages::{tr, tr_args};
use crate::model::{ActorKind, Dataset, DateSpan, Evidence, FORMAT_VERSION};
use crate::problem::Problem;
use std::collections::BTreeMap;

/// Check a parsed dataset. Returns every problem found (empty when valid).
pub(crate) fn validate(ds: &Dataset, texts: &SourceTexts) -> Vec<Problem> {
    let mut v = Validator { ds, texts, problems: Vec::new() };
    v.header();
    v.unique_ids();
    v.sources();
    v.actors();
    v.ties();
    v.quotes();
    v.topics();
    v.views();
    v.problems
}

/// What `bridges check` asks beyond a dataset that opens: every tie cites a source, and
/// every source says where and when it was published (URL, publisher, date). A map being
/// built may lack these; it opens and saves, and these are listed for the user.
pub(crate) fn traceability(ds: &Dataset) -> Vec<Problem> {
    let mut out = Vec::new();
    for (i, t) in ds.ties.iter().enumerate() {
        if t.evidence.is_empty() {
            out.push(Problem::new(
                describe(&format!("ties[{i}]"), &t.id),
                tr("validate-tie-uncited"),
                tr("validate-tie-uncited-fix"),
            ));
        }
    }
    for (i, s) in ds.sources.iter().enumerate() {
        let at = describe(&format!("sources[{i}]"), &s.id);
        let missing = [
            (s.url.as_deref().is_none_or(|u| u.trim().is_empty()), "url"),
            (s.publisher.trim().is_empty(), "publisher"),
            (s.date.is_none(), "date"),
        ];
        for (lacks, field) in missing {
            if lacks {
                out.push(Problem::new(
                    format!("{at}.{field}"),
                    tr_args("validate-source-lacks", &[("field", field.into())]),
                    tr_args("validate-source-lacks-fix", &[("field", field.into())]),
                ));
            }
        }
    }
    out
}

struct Validator<'a> {
    ds: &'a Dataset,
    texts: &'a SourceTexts,
    problems: Vec<Problem>,
}

fn describe(path: &str, id: &str) -> String {
    if id.is_empty() { path.to_owned() } else { format!("{path} (\"{id}\")") }
}

impl Validator<'_> {
    fn push(&mut self, location: String, message: String, fix: String) {
        self.problems.push(Problem::new(location, message, fix));
    }

    fn header(&mut self) {
        if self.ds.format != "bridges" {
            self.push(
                "format".into(),
                tr_args("validate-format", &[("found", self.ds.format.as_str().into())]),
                tr("validate-format-fix"),
            );
        }
        if self.ds.format_version != FORMAT_VERSION {
            self.push(
                "format_version".into(),
                tr_args(
                    "validate-format-version",
                    &[("version", self.ds.format_version.into()), ("reads", FORMAT_VERSION.into())],
                ),
                tr("validate-format-version-fix"),
            );
        }
    }

    fn unique_ids(&mut self) {
        let ds = self.ds;
        let lists: [(&str, Vec<&str>); 5] = [
            ("sources", ds.sources.iter().map(|s| s.id.as_str()).collect()),
            ("actors", ds.actors.iter().map(|a| a.id.as_str()).collect()),
            ("ties", ds.ties.iter().map(|t| t.id.as_str()).collect()),
            ("quotes", ds.quotes.iter().map(|q| q.id.as_str()).collect()),
            ("topics", ds.topics.iter().map(|t| t.id.as_str()).collect()),
        ];
        for (list, ids) in lists {
            let mut first: BTreeMap<&str, usize> = BTreeMap::new();
            for (i, id) in ids.iter().enumerate() {
                if id.trim().is_empty() {
                    self.push(format!("{list}[{i}].id"), tr("validate-id-empty"), tr("validate-id-empty-fix"));
                } else if let Some(j) = first.get(id) {
                    self.push(
                        format!("{list}[{i}].id"),
                        tr_args(
                            "validate-duplicate-id",
                            &[("id", (*id).into()), ("other", format!("{list}[{j}]").into())],
                        ),
                        tr("validate-duplicate-id-fix"),
                    );
                } else {
                    first.insert(id, i);
                }
            }
        }
    }

    fn actor_ref(&mut self, location: String, id: &str) {
        if self.ds.actor(id).is_none() {
            self.push(location, tr_args("validate-no-actor", &[("id", id.into())]), tr("validate-no-actor-fix"));
        }
    }

    fn source_ref(&mut self, location: String, id: &str) -> bool {
        if self.ds.source(id).is_none() {
            self.push(location, tr_args("validate-no-source", &[("id", id.into())]), tr("validate-no-source-fix"));
            return false;
        }
        true
    }

    fn sources(&mut self) {
        for (i, s) in self.ds.sources.iter().enumerate() {
            if s.title.trim().is_empty() {
                self.push(format!("sources[{i}].title"), tr("validate-title-empty"), tr("validate-title-empty-fix"));
            }
            if s.file.is_none() && s.url.is_none() && s.text.is_none() {
                self.push(
                    describe(&format!("sources[{i}]"), &s.id),
                    tr("validate-source-untraceable"),
                    tr("validate-source-untraceable-fix"),
                );
            }
        }
    }

    fn lat_lon(&mut self, location: &str, lat: f64, lon: f64) {
        if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
            self.push(
                format!("{location}.lat"),
                tr_args("validate-latitude", &[("lat", lat.into())]),
                tr("validate-latitude-fix"),
            );
        }
        if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
            self.push(
                format!("{location}.lon"),
                tr_args("validate-longitude", &[("lon", lon.into())]),
                tr("validate-longitude-fix"),
            );
        }
    }

    fn actors(&mut self) {
        for (i, a) in self.ds.actors.iter().enumerate() {
            let at = format!("actors[{i}]");
            if a.name.trim().is_empty() {
                self.push(
                    describe(&format!("{at}.name"), &a.id),
                    tr("validate-name-empty"),
                    tr("validate-name-empty-fix"),
                );
            }
            if let Some(c) = &a.capital {
                self.lat_lon(&format!("{at}.capital"), c.lat, c.lon);
            }
            if let Some(p) = &a.position {
                self.lat_lon(&format!("{at}.position"), p.lat, p.lon);
            }
            if let Some(p) = &a.part_of {
                if p == &a.id {
                    self.push(
                        format!("{at}.part_of"),
                        tr("validate-part-of-itself"),
                        tr("validate-part-of-itself-fix"),
                    );
                } else {
                    self.actor_ref(format!("{at}.part_of"), p);
                }
            }
            for (j, m) in a.members.iter().enumerate() {
                self.actor_ref(format!("{at}.members[{j}]"), m);
            }
            self.evidence(&at, &a.evidence);
        }
    }

    fn span(&mut self, location: String, span: &DateSpan) {
        if let (Some(s), Some(e)) = (span.start, span.end)
            && s.first_day() > e.last_day()
        {
            self.push(
                location,
                tr_args("validate-start-after-end", &[("start", s.to_string().into()), ("end", e.to_string().into())]),
                tr("validate-start-after-end-fix"),
            );
        }
    }

    fn ties(&mut self) {
        for (i, t) in self.ds.ties.iter().enumerate() {
            let at = format!("ties[{i}]");
            self.actor_ref(format!("{at}.from"), &t.from);
            if t.to.is_empty() {
                self.push(
                    describe(&format!("{at}.to"), &t.id),
                    tr("validate-tie-to-nobody"),
                    tr("validate-tie-to-nobody-fix"),
                );
            }
            for (j, to) in t.to.iter().enumerate() {
                self.actor_ref(format!("{at}.to[{j}]"), to);
                if to == &t.from {
                    self.push(
                        format!("{at}.to[{j}]"),
                        tr_args("validate-tie-to-itself", &[("actor", to.as_str().into())]),
                        tr("validate-tie-to-itself-fix"),
                    );
                }
            }
            if let Some(via) = &t.via {
                match self.ds.actor(via) {
                    Some(a) if a.kind != ActorKind::Forum => self.push(
                        format!("{at}.via"),
                        tr_args(
                            "validate-via-not-forum",
                            &[("via", via.as_str().into()), ("kind", format!("{:?}", a.kind).to_lowercase().into())],
                        ),
                        tr("validate-via-not-forum-fix"),
                    ),
                    Some(_) => {}
                    None => self.actor_ref(format!("{at}.via"), via),
                }
            }
            for (j, p) in t.people.iter().enumerate() {
                self.actor_ref(format!("{at}.people[{j}]"), p);
            }
            self.span(format!("{at}.date"), &t.date);
            self.evidence(&at, &t.evidence);
            self.latest_status(&at, t);
        }
    }

    /// Later sources update earlier ones: where sources say what became of a tie, the tie's
    /// status is what the latest of them says (by the source's date; undated sources count
    /// as earliest).
    fn latest_status(&mut self, at: &str, t: &crate::model::Tie) {
        let date_of = |e: &Evidence| self.ds.source(&e.source).and_then(|s| s.date).map(|d| d.first_day());
        let latest = t.evidence.iter().filter(|e| e.status.is_some()).max_by_key(|e| date_of(e));
        if let Some(e) = latest
            && let Some(said) = e.status
            && said != t.status
        {
            self.push(
                describe(&format!("{at}.status"), &t.id),
                tr_args(
                    "validate-status-outdated",
                    &[
                        ("status", crate::i18n::status(t.status).into()),
                        ("source", e.source.as_str().into()),
                        ("said", crate::i18n::status(said).into()),
                    ],
                ),
                tr("validate-status-outdated-fix"),
            );
        }
    }

    fn quotes(&mut self) {
        for (i, q) in self.ds.quotes.iter().enumerate() {
            let at = format!("quotes[{i}]");
            self.actor_ref(format!("{at}.speaker"), &q.speaker);
            for (j, a) in q.about.actors.iter().enumerate() {
                self.actor_ref(format!("{at}.about.actors[{j}]"), a);
            }
            for (j, t) in q.about.ties.iter().enumerate() {
                if self.ds.tie(t).is_none() {
                    self.push(
                        format!("{at}.about.ties[{j}]"),
                        tr_args("validate-no-tie", &[("id", t.as_str().into())]),
                        tr("validate-no-tie-fix"),
                    );
                }
            }
            self.span(format!("{at}.date"), &q.date);
            if q.source.is_empty() {
                self.verbatim(describe(&format!("{at}.text"), &q.id), "", &q.text, "quote");
            } else if self.source_ref(format!("{at}.source"), &q.source) {
                self.verbatim(describe(&format!("{at}.text"), &q.id), &q.source, &q.text, "quote");
            }
        }
    }

    /// Saved views and story steps: a known layout, dates the timeline reads, finite bounds,
    /// a selection and hidden sources that exist; a step's quotes exist (and, being quotes
    /// of the dataset, are checked verbatim with them).
    fn views(&mut self) {
        let ds = self.ds;
        let steps = ds.stories.iter().enumerate().flat_map(|(i, s)| {
            s.steps.iter().enumerate().map(move |(j, st)| (format!("stories[{i}].steps[{j}]"), Some(st), &st.view))
        });
        let views = ds.views.iter().enumerate().map(|(i, v)| (format!("views[{i}]"), None, v));
        for (at, step, v) in views.chain(steps) {
            let at_view = if step.is_some() { format!("{at}.view") } else { at.clone() };
            if !crate::view::LayoutKind::ALL.iter().any(|k| k.cli_name() == v.layout) {
                self.push(
                    format!("{at_view}.layout"),
                    tr_args("validate-unknown-layout", &[("layout", v.layout.as_str().into())]),
                    tr("validate-unknown-layout-fix"),
                );
            }
            if let Some(t) = &v.time {
                for (field, text) in [("from", &t.from), ("to", &t.to)] {
                    if crate::model::PartialDate::parse(text).is_err() {
                        self.push(
                            format!("{at_view}.time.{field}"),
                            tr_args("validate-view-not-a-date", &[("text", text.as_str().into())]),
                            tr("validate-view-not-a-date-fix"),
                        );
                    }
                }
            }
            if v.bounds.is_some_and(|b| !b.iter().all(|x| x.is_finite())) {
                self.push(format!("{at_view}.bounds"), tr("validate-bounds"), tr("validate-bounds-fix"));
            }
            match &v.selection {
                Some(crate::model::Selected::Actor(a)) => self.actor_ref(format!("{at_view}.selection.actor"), a),
                Some(crate::model::Selected::Tie(t)) if ds.tie(t).is_none() => {
                    self.push(
                        format!("{at_view}.selection.tie"),
                        tr_args("validate-no-tie", &[("id", t.as_str().into())]),
                        tr("validate-no-tie-id-fix"),
                    );
                }
                Some(crate::model::Selected::Pair([a, b])) => {
                    self.actor_ref(format!("{at_view}.selection.pair"), a);
                    self.actor_ref(format!("{at_view}.selection.pair"), b);
                }
                _ => {}
            }
            for (k, src) in v.hidden.sources.iter().enumerate() {
                self.source_ref(format!("{at_view}.hidden.sources[{k}]"), src);
            }
            for (k, q) in step.map(|s| s.quotes.as_slice()).unwrap_or_default().iter().enumerate() {
                if !ds.quotes.iter().any(|x| x.id == *q) {
                    self.push(
                        format!("{at}.quotes[{k}]"),
                        tr_args("validate-no-quote", &[("id", q.as_str().into())]),
                        tr("validate-no-quote-fix"),
                    );
                }
            }
        }
    }

    fn topics(&mut self) {
        for (i, t) in self.ds.topics.iter().enumerate() {
            let at = format!("topics[{i}]");
            for (j, a) in t.actors.iter().enumerate() {
                self.actor_ref(format!("{at}.actors[{j}]"), a);
            }
            self.evidence(&at, &t.evidence);
        }
    }

    fn evidence(&mut self, at: &str, evidence: &[Evidence]) {
        for (k, e) in evidence.iter().enumerate() {
            if self.source_ref(format!("{at}.evidence[{k}].source"), &e.source) {
                self.verbatim(format!("{at}.evidence[{k}].text"), &e.source, &e.text, "evidence");
            }
        }
    }

    /// The text must occur, character for character, in the source's text.
    fn verbatim(&mut self, location: String, source: &str, text: &str, what: &str) {
        let has_text = self.ds.source(source).is_some_and(|s| s.file.is_some());
        if text.trim().is_empty() && (has_text || what == "quote") {
            self.push(
                location,
                tr_args("validate-text-empty", &[("what", what.into())]),
                tr("validate-text-empty-fix"),
            );
            return;
        }
        let Some(full) = self.texts.get(source) else {
            return;
        };
        if full.contains(text) {
            return;
        }
        let (prefix, source_next) = closest_prefix(full, text);
        let got: String = text[prefix..].chars().take(24).collect();
        let want: String = source_next.chars().take(24).collect();
        let message = if prefix == 0 {
            tr_args("validate-not-verbatim-start", &[("what", what.into()), ("source", source.into())])
        } else {
            let ch = text[..prefix].chars().count() + 1;
            tr_args(
                "validate-not-verbatim",
                &[
                    ("what", what.into()),
                    ("source", source.into()),
                    ("ch", ch.into()),
                    ("want", want.into()),
                    ("got", got.into()),
                ],
            )
        };
        self.push(location, message, tr("validate-not-verbatim-fix"));
    }
}

/// The longest prefix of `text` (in bytes, on a char boundary) found in `full`,
/// and what follows that prefix in the source.
fn closest_prefix<'a>(full: &'a str, text: &str) -> (usize, &'a str) {
    let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
    // Binary search on the number of chars: a prefix found implies shorter ones are found.
    let (mut lo, mut hi) = (0usize, bounds.len() - 1);
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if full.contains(&text[..bounds[mid]]) { lo = mid } else { hi = mid - 1 }
    }
    let prefix = bounds[lo];
    let next = full.find(&text[..prefix]).map_or("", |at| &full[at + prefix..]);
    (prefix, next)
}
