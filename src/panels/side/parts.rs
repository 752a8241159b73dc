//! The pieces the side panel is made of: links, fields, evidence, quotes, lists of ties.

use super::MAX_LISTED;
use crate::command::Command;
use crate::i18n::tr;
use crate::model::{Actor, Dataset, DateSpan, Evidence, Quote, Tie};
use crate::view::Selection;
use eframe::egui::{self, Color32, RichText, Ui};
use std::fmt::Write as _;

/// The dataset as the panel shows it: every actor's name in the chosen language (English
/// where an actor has none). It reads as the dataset otherwise.
pub(super) struct Named<'a> {
    pub(super) ds: &'a Dataset,
    pub(super) lang: &'a str,
}

impl std::ops::Deref for Named<'_> {
    type Target = Dataset;
    fn deref(&self) -> &Dataset {
        self.ds
    }
}

impl Named<'_> {
    /// The actor's name in the panel's language, or the id if it is unknown.
    pub(super) fn name_of<'b>(&'b self, id: &'b str) -> &'b str {
        self.ds.name_in(id, self.lang)
    }

    pub(super) fn name<'b>(&self, a: &'b Actor) -> &'b str {
        a.name_in(self.lang)
    }
}

pub(super) fn select_actor(id: &str) -> Command {
    Command::Select(Some(Selection::Actor(id.to_owned())))
}

pub(super) fn select_tie(id: &str) -> Command {
    Command::Select(Some(Selection::Tie(id.to_owned())))
}

/// A link to an actor; its tooltip says what the actor is.
pub(super) fn actor_link(ui: &mut Ui, ds: &Named<'_>, id: &str, cmd: &mut Option<Command>) {
    let Some(a) = ds.actor(id) else {
        ui.label(id);
        return;
    };
    let hover = match &a.role {
        Some(role) => format!("{} · {role}", crate::i18n::actor_kind(a.kind)),
        None => crate::i18n::actor_kind(a.kind),
    };
    if ui.link(ds.name(a)).on_hover_text(hover).clicked() {
        *cmd = Some(select_actor(id));
    }
}

pub(super) fn links(ui: &mut Ui, ds: &Named<'_>, label: &str, ids: &[String], cmd: &mut Option<Command>) {
    if ids.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(label).strong());
        for (i, id) in ids.iter().enumerate() {
            if i > 0 {
                ui.label("·");
            }
            actor_link(ui, ds, id, cmd);
        }
    });
}

pub(super) fn field(ui: &mut Ui, label: &str, value: &str) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(label).strong());
        ui.label(value);
    });
}

pub(super) fn inferred_note(ui: &mut Ui, note: Option<&String>) {
    if let Some(note) = note {
        ui.label(
            RichText::new(crate::i18n::tr_args("parts-inferred", &[("note", note.into())]))
                .small()
                .color(Color32::from_rgb(0x9a, 0x5b, 0x00)),
        )
        .on_hover_text(tr("parts-not-stated-by-the-source-in"));
    }
}

pub(super) fn date_text(span: &DateSpan) -> String {
    let text = crate::i18n::span(span);
    if span.inferred.is_some() { crate::i18n::tr_args("date-inferred", &[("date", text.into())]) } else { text }
}

pub(super) fn citation(ds: &Named<'_>, source: &str) -> String {
    match ds.source(source) {
        Some(s) => {
            let mut c = if s.publisher.is_empty() {
                format!("“{}”", s.title)
            } else {
                format!("{}, “{}”", s.publisher, s.title)
            };
            if let Some(d) = s.date {
                let _ = write!(c, ", {d}");
            }
            c
        }
        None if source.is_empty() => tr("parts-no-source-given"),
        None => source.to_owned(),
    }
}

/// Imported records keep the columns or attributes Bridges has no field for.
pub(super) fn attributes_ui(ui: &mut Ui, attributes: &crate::model::Attributes) {
    if attributes.is_empty() {
        return;
    }
    ui.add_space(6.0);
    egui::CollapsingHeader::new(crate::i18n::tr_args("parts-attributes", &[("attributes", (attributes.len()).into())]))
        .default_open(true)
        .show(ui, |ui| {
            egui::Grid::new(ui.next_auto_id()).num_columns(2).striped(true).show(ui, |ui| {
                for (k, v) in attributes {
                    ui.label(RichText::new(format!("{k}:")).strong());
                    ui.label(v);
                    ui.end_row();
                }
            });
        });
}

/// What a source's status says, as a heading word: "announced", "held", "cancelled".
pub(super) fn says(status: crate::model::Status) -> &'static str {
    match status {
        crate::model::Status::Planned => "announced",
        crate::model::Status::Held => "held",
        crate::model::Status::Cancelled => "cancelled",
    }
}

/// The evidence, oldest source first (undated sources first, then in the order listed), so
/// that a later report reads after the announcement it updates.
pub(super) fn evidence_ui(ui: &mut Ui, ds: &Named<'_>, evidence: &[Evidence]) {
    let mut sorted: Vec<&Evidence> = evidence.iter().collect();
    sorted.sort_by_key(|e| ds.source(&e.source).and_then(|s| s.date).map(|d| d.first_day()));
    for e in sorted {
        egui::Frame::group(ui.style()).fill(ui.visuals().faint_bg_color).show(ui, |ui| {
            ui.set_width(ui.available_width());
            if let Some(status) = e.status {
                let when = ds.source(&e.source).and_then(|s| s.date).map(|d| format!("{d} · ")).unwrap_or_default();
                ui.label(RichText::new(format!("{when}{}", says(status))).small().strong());
            }
            if e.text.is_empty() {
                ui.label(crate::i18n::tr_args("parts-cites", &[("arg", (citation(ds, &e.source)).into())]));
            } else {
                ui.label(RichText::new(format!("“{}”", e.text)).italics());
                ui.label(RichText::new(format!("— {}", citation(ds, &e.source))).small().weak());
            }
            if let Some(url) = ds.source(&e.source).and_then(|s| s.url.as_deref()) {
                ui.hyperlink(url);
            }
        });
    }
}

pub(super) fn quote_ui(ui: &mut Ui, ds: &Named<'_>, q: &Quote, cmd: &mut Option<Command>) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(format!("“{}”", q.text)).italics());
        ui.horizontal_wrapped(|ui| {
            ui.label("—");
            actor_link(ui, ds, &q.speaker, cmd);
            if let Some(s) = ds.actor(&q.speaker) {
                let mut who = Vec::new();
                if let Some(role) = &s.role {
                    who.push(role.clone());
                }
                if let Some(p) = s.part_of.as_deref().and_then(|p| ds.actor(p)) {
                    who.push(ds.name(p).to_owned());
                }
                if !who.is_empty() {
                    ui.label(RichText::new(who.join(", ")).weak());
                }
            }
        });
        ui.label(RichText::new(format!("{} · {}", date_text(&q.date), citation(ds, &q.source))).small().weak())
            .on_hover_text(q.date.inferred.clone().unwrap_or_else(|| tr("parts-date-as-given")));
    });
}

/// How a tie reads from one actor's point of view: "to Kazakhstan", "from Japan", "with …".
pub(super) fn counterpart(ds: &Named<'_>, t: &Tie, viewpoint: Option<&str>) -> String {
    let names = |ids: &[String]| ids.iter().map(|i| ds.name_of(i)).collect::<Vec<_>>().join(", ");
    match viewpoint {
        Some(v) if t.kind.is_directed() && v == t.from => {
            crate::i18n::tr_args("parts-to", &[("arg", names(&t.to).into())])
        }
        Some(v) if t.kind.is_directed() && t.to.iter().any(|x| x == v) => {
            crate::i18n::tr_args("parts-from", &[("arg", (ds.name_of(&t.from)).into())])
        }
        Some(v) => {
            let others: Vec<String> = t.endpoints().filter(|e| *e != v).map(str::to_owned).collect();
            crate::i18n::tr_args("parts-with", &[("arg", (names(&others)).into())])
        }
        None => {
            let arrow = if t.kind.is_directed() { "→" } else { "–" };
            format!("{} {arrow} {}", ds.name_of(&t.from), names(&t.to))
        }
    }
}

pub(super) fn tie_row(ui: &mut Ui, ds: &Named<'_>, t: &Tie, viewpoint: Option<&str>, cmd: &mut Option<Command>) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let head = format!(
            "{} · {} · {} · {}",
            crate::i18n::span(&t.date),
            crate::i18n::tie_kind(&t.kind),
            crate::i18n::status(t.status),
            counterpart(ds, t, viewpoint)
        );
        if ui
            .selectable_label(false, RichText::new(head).strong())
            .on_hover_text(tr("parts-show-this-tie-and-its-evidence"))
            .clicked()
        {
            *cmd = Some(select_tie(&t.id));
        }
        if t.date.inferred.is_some() {
            ui.label(RichText::new(tr("parts-date-partly-inferred-open-the-tie")).small().weak());
        }
        if t.evidence.is_empty() {
            ui.colored_label(ui.visuals().warn_fg_color, RichText::new(tr("parts-unsourced")).small());
        }
        if let Some(place) = &t.place {
            field(ui, &tr("parts-place"), place);
        }
        if let Some(via) = &t.via {
            links(ui, ds, &tr("parts-forum"), std::slice::from_ref(via), cmd);
        }
        if viewpoint.is_some() {
            links(ui, ds, &tr("parts-people"), &t.people, cmd);
        }
    });
}

pub(super) fn ties_section(
    ui: &mut Ui,
    ds: &Named<'_>,
    title: &str,
    ties: &[&Tie],
    viewpoint: Option<&str>,
    cmd: &mut Option<Command>,
) {
    ties_section_of(ui, ds, &format!("{title} ({})", ties.len()), ties, ties.len(), viewpoint, cmd);
}

/// Above this many ties, a list is grouped by year.
const GROUP_BY_YEAR_ABOVE: usize = 15;

/// A heading with the number of ties, then the first `MAX_LISTED` of `ties` (in their order).
pub(super) fn ties_section_of(
    ui: &mut Ui,
    ds: &Named<'_>,
    heading: &str,
    ties: &[&Tie],
    total: usize,
    viewpoint: Option<&str>,
    cmd: &mut Option<Command>,
) {
    if ties.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.heading(heading);
    let listed = &ties[..ties.len().min(MAX_LISTED)];
    if listed.len() <= GROUP_BY_YEAR_ABOVE {
        rows_in_sight(ui, listed, |ui, t| tie_row(ui, ds, t, viewpoint, cmd));
    } else {
        // Twenty years of ties read by year: one folded group a year (a folded group costs
        // nothing to draw, so the panel stays quick), the latest year open.
        let year = |t: &Tie| t.date.start.or(t.date.end).map(|d| d.first_day().0);
        let mut groups: Vec<(Option<i32>, Vec<&Tie>)> = Vec::new();
        for t in listed {
            match groups.last_mut() {
                Some((y, g)) if *y == year(t) => g.push(t),
                _ => groups.push((year(t), vec![t])),
            }
        }
        let latest = groups.iter().rev().find_map(|(y, _)| *y);
        for (y, group) in groups {
            let name = y.map_or_else(|| tr("parts-undated"), |y| y.to_string());
            egui::CollapsingHeader::new(format!("{name} ({})", group.len()))
                .id_salt((heading, y))
                .default_open(y.is_some() && y == latest)
                .show(ui, |ui| rows_in_sight(ui, &group, |ui, t| tie_row(ui, ds, t, viewpoint, cmd)));
        }
    }
    if total > MAX_LISTED {
        ui.weak(crate::i18n::tr_args(
            "parts-first-listed",
            &[("listed", MAX_LISTED.into()), ("other", (total - MAX_LISTED).into())],
        ));
    }
}

/// Rows one under another, those below the panel's visible part not laid out: the space they
/// would take (as much per row as those above took) is kept, so that scrolling reaches them.
/// A window of an event list changes its hundred listed ties at every step of play.
fn rows_in_sight<T>(ui: &mut Ui, items: &[T], mut row: impl FnMut(&mut Ui, &T)) {
    let mut height = 0.0;
    for (i, item) in items.iter().enumerate() {
        if i > 0 && ui.cursor().top() > ui.clip_rect().bottom() {
            let rest = (items.len() - i) as f32 * height / i as f32;
            ui.allocate_space(egui::vec2(ui.available_width(), rest));
            return;
        }
        let top = ui.cursor().top();
        row(ui, item);
        height += ui.cursor().top() - top;
    }
}

pub(super) fn quotes_section(ui: &mut Ui, ds: &Named<'_>, title: &str, quotes: &[&Quote], cmd: &mut Option<Command>) {
    if quotes.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.heading(format!("{title} ({})", quotes.len()));
    for q in quotes {
        quote_ui(ui, ds, q, cmd);
    }
}

pub(super) fn topics_section(ui: &mut Ui, ds: &Named<'_>, ids: &[&str]) {
    let topics: Vec<_> = ds.topics.iter().filter(|t| t.actors.iter().any(|a| ids.contains(&a.as_str()))).collect();
    if topics.is_empty() {
        return;
    }
    ui.add_space(6.0);
    egui::CollapsingHeader::new(
        RichText::new(crate::i18n::tr_args("parts-areas-of-cooperation", &[("topics", (topics.len()).into())]))
            .heading(),
    )
    .default_open(false)
    .show(ui, |ui| {
        for t in topics {
            ui.label(RichText::new(&t.name).strong());
            if !t.summary.is_empty() {
                ui.label(&t.summary);
            }
            evidence_ui(ui, ds, &t.evidence);
        }
    });
}

/// A metric as a number to rank by.
type MetricKey = fn(&crate::analysis::ActorMetrics) -> f64;

/// An actor's metrics in the view, each with its rank among actors of its kind: "Partners
/// 7 — 2nd of 14 states".
pub(crate) fn metrics_section(ui: &mut egui::Ui, ds: &crate::model::Dataset, m: &crate::analysis::Metrics, id: &str) {
    use crate::analysis::rank;
    let Some(mine) = m.actors.iter().find(|a| a.id == id) else { return };
    let kind = ds.actor(id).map(|a| a.kind);
    ui.add_space(8.0);
    ui.heading(egui::RichText::new(tr("parts-in-this-view")).strong());
    // Each metric's name, its tag (for the rank's sentence), its value and what to rank by.
    let rows: [(String, &str, String, MetricKey); 4] = [
        (tr("parts-metric-ties"), "ties", mine.ties.to_string(), |a| a.ties as f64),
        (tr("metric-partners"), "partners", mine.partners.to_string(), |a| a.partners as f64),
        (tr("metric-betweenness"), "betweenness", format!("{:.3}", mine.betweenness), |a| a.betweenness),
        (tr("parts-metric-eigenvector"), "eigenvector", format!("{:.3}", mine.eigenvector), |a| a.eigenvector),
    ];
    egui::Grid::new("metrics").num_columns(3).spacing([10.0, 2.0]).show(ui, |ui| {
        for (label, metric, value, key) in rows {
            ui.label(egui::RichText::new(label).weak());
            ui.label(value);
            if let Some(r) = rank(ds, m, id, key) {
                let text = crate::i18n::tr_args(
                    "parts-rank-by",
                    &[("rank", r.describe(kind).into()), ("metric", metric.into())],
                );
                ui.label(egui::RichText::new(text).weak());
            }
            ui.end_row();
        }
    });
    let together: Vec<&str> =
        m.actors.iter().filter(|a| a.community == mine.community && a.id != id).map(|a| a.name.as_str()).collect();
    let community = mine.community + 1;
    let text = if together.is_empty() {
        crate::i18n::tr_args("parts-community-alone", &[("arg", community.into())])
    } else {
        let with = crate::i18n::tr_args("parts-with", &[("arg", (together.join(", ")).into())]);
        crate::i18n::tr_args("parts-community", &[("arg", community.into()), ("with", with.into())])
    };
    ui.label(egui::RichText::new(text).weak()).on_hover_text(tr("parts-louvain-communities-of-the-view-actors"));
}
