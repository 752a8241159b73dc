//! The side panel: the selected actor or tie, with dates, places, people, quotes and evidence.

use crate::command::Command;
use crate::filter::Visible;
use crate::i18n::tr;
use crate::model::{Actor, ActorKind, Dataset, Quote, Tie};
use crate::view::{Selection, TimeFilter};
use eframe::egui::{self, RichText, Ui};

mod parts;
mod structure;

use parts::{
    Named, actor_link, attributes_ui, citation, date_text, evidence_ui, field, inferred_note, links, quotes_section,
    ties_section, ties_section_of, topics_section,
};

/// The most actors or ties the overview lists (a large map would make the panel itself slow
/// and useless); the rest are on the map, the timeline and in search.
const MAX_LISTED: usize = 100;

/// What the overview lists, chosen once per change of data or filters (not every frame).
#[derive(Clone, Debug, Default)]
pub(crate) struct Overview {
    /// The first actors on the map by kind and name, and how many there are in all.
    actors: Vec<String>,
    actor_total: usize,
    /// The first ties shown by date, and how many are shown in all.
    ties: Vec<String>,
    tie_total: usize,
}

impl Overview {
    pub(crate) fn new(ds: &Dataset, visible: &Visible) -> Self {
        let mut on_map: Vec<&Actor> = ds.drawn();
        let actor_total = on_map.len();
        let by_name = |a: &&Actor, b: &&Actor| (a.kind, a.name.as_str(), &a.id).cmp(&(b.kind, b.name.as_str(), &b.id));
        if on_map.len() > MAX_LISTED {
            on_map.select_nth_unstable_by(MAX_LISTED, by_name);
            on_map.truncate(MAX_LISTED);
        }
        on_map.sort_by(by_name);
        // Only the first ones are listed: found by start (undated last, read from the filter's
        // index of times) and place in the data, without sorting them all (a window of an
        // event list holds tens of thousands); then listed by date and id.
        let tie_total = visible.ties.len();
        let mut first: Vec<u32> = visible.ties.positions().to_vec();
        if first.len() > MAX_LISTED {
            let index = crate::filter::TimeIndex::of(ds);
            let start =
                |p: &u32| index.spans.get(*p as usize).map(|s| s[0]).filter(|s| !s.is_nan()).unwrap_or(f64::INFINITY);
            first.select_nth_unstable_by(MAX_LISTED, |a, b| start(a).total_cmp(&start(b)).then(a.cmp(b)));
            first.truncate(MAX_LISTED);
        }
        let mut ties: Vec<&Tie> = first.iter().filter_map(|&i| ds.ties.get(i as usize)).collect();
        ties.sort_by(|a, b| (a.date.sort_key(), &a.id).cmp(&(b.date.sort_key(), &b.id)));
        Self {
            actors: on_map.iter().map(|a| a.id.clone()).collect(),
            actor_total,
            ties: ties.iter().map(|t| t.id.clone()).collect(),
            tie_total,
        }
    }
}

/// Show the panel's contents, names in the language `lang`; returns the user's command, if any.
pub(crate) fn ui(
    ui: &mut Ui,
    ds: &Dataset,
    selection: Option<&Selection>,
    time: &TimeFilter,
    overview: &Overview,
    lang: &str,
    structure: &Structure<'_>,
) -> Option<Command> {
    let metrics = structure.metrics;
    let raw = ds;
    let ds = &Named { ds, lang };
    let mut cmd = None;
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        cmd = match selection {
            Some(Selection::Actor(id)) => match ds.actor(id) {
                Some(a) => actor_ui(ui, ds, a, time, &mut |ui: &mut Ui| {
                    // Structure comes before the long lists, where it stays in sight.
                    let mut c = structure::focus_row(ui, structure.depth);
                    if let Some(m) = metrics {
                        parts::metrics_section(ui, raw, m, &a.id);
                    }
                    if let Some(cmp) = structure.comparison {
                        c = structure::actor(ui, raw, lang, cmp, &a.id).or(c);
                    }
                    c
                }),
                None => overview_ui(ui, ds, overview),
            },
            Some(Selection::Tie(id)) => match ds.tie(id) {
                Some(t) => tie_ui(ui, ds, t),
                None => overview_ui(ui, ds, overview),
            },
            Some(Selection::Pair(a, b)) => pair_ui(ui, ds, a, b, time),
            None => {
                if let Some(cmp) = structure.comparison {
                    structure::overview(ui, cmp);
                }
                overview_ui(ui, ds, overview)
            }
        };
    });
    cmd
}

/// What the side panel shows of the view's structure.
pub(crate) struct Structure<'a> {
    pub metrics: Option<&'a crate::analysis::Metrics>,
    pub comparison: Option<&'a crate::analysis::Comparison>,
    /// Focus depth around a selected actor.
    pub depth: u8,
}

/// Quotes dated within the time range first, then the rest, each group in its order.
fn range_first<'a>(mut quotes: Vec<&'a Quote>, time: &TimeFilter) -> Vec<&'a Quote> {
    if let Some([from, to]) = time.range {
        let within = |q: &Quote| crate::filter::span_range(&q.date).is_some_and(|[s, e]| s < to && e > from);
        quotes.sort_by_key(|q| !within(q));
    }
    quotes
}

fn pair_ui(ui: &mut Ui, ds: &Named<'_>, a: &str, b: &str, time: &TimeFilter) -> Option<Command> {
    let mut cmd = None;
    let ties = ds.ties_between(a, b);
    ui.heading(RichText::new(format!("{} – {}", ds.name_of(a), ds.name_of(b))).strong().size(20.0));
    links(ui, ds, &tr("side-between"), &[a.to_owned(), b.to_owned()], &mut cmd);
    ties_in_time(ui, ds, &ties, time, Some(a), &mut cmd);
    cmd
}

/// An actor's or a pair's ties. With a time range set, those in it (as the map shows them)
/// come first under their own heading, then those at other times: the map and the list agree.
fn ties_in_time(
    ui: &mut Ui,
    ds: &Named<'_>,
    ties: &[&Tie],
    time: &TimeFilter,
    viewpoint: Option<&str>,
    cmd: &mut Option<Command>,
) {
    if time.range.is_none() && time.compare.is_none() {
        ties_section(ui, ds, &tr("side-ties"), ties, viewpoint, cmd);
        return;
    }
    let (now, other): (Vec<&Tie>, Vec<&Tie>) =
        ties.iter().copied().partition(|t| crate::filter::in_time(time, &t.date));
    ties_section(ui, ds, &tr("side-ties-in-time"), &now, viewpoint, cmd);
    if now.is_empty() && !other.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(tr("side-no-ties-in-time")).weak());
    }
    ties_section(ui, ds, &tr("side-ties-at-other-times"), &other, viewpoint, cmd);
}

fn actor_ui(
    ui: &mut Ui,
    ds: &Named<'_>,
    a: &Actor,
    time: &TimeFilter,
    structure: &mut dyn FnMut(&mut Ui) -> Option<Command>,
) -> Option<Command> {
    let mut cmd = None;
    ui.heading(RichText::new(ds.name(a)).strong().size(22.0));
    ui.label(RichText::new(crate::i18n::actor_kind(a.kind)).weak());
    if let Some(c) = &a.capital {
        field(ui, &tr("side-capital"), &format!("{} ({:.2}°N, {:.2}°E)", c.name, c.lat, c.lon));
    }
    if let Some(role) = &a.role {
        field(ui, &tr("side-role"), role);
    }
    if let Some(p) = &a.part_of {
        let label = if a.kind == ActorKind::Person { tr("side-affiliation") } else { tr("side-part-of") };
        links(ui, ds, &label, std::slice::from_ref(p), &mut cmd);
    }
    links(ui, ds, &tr("side-members"), &a.members, &mut cmd);
    if let Some(s) = &a.summary {
        ui.label(s);
    }
    inferred_note(ui, a.inferred.as_ref());
    cmd = structure(ui).or(cmd);

    let ties = ds.ties_of(&a.id);
    ties_in_time(ui, ds, &ties, time, Some(&a.id), &mut cmd);
    if ties.is_empty() {
        ui.label(RichText::new(tr("side-no-ties-of-its-own-in")).weak());
    }
    let region = a.part_of.as_deref().and_then(|p| ds.actor(p)).filter(|r| r.kind == ActorKind::Region);
    if let Some(r) = region {
        let regional: Vec<&Tie> = ds.ties_of(&r.id).into_iter().filter(|t| !t.involves(&a.id)).collect();
        ties_section(
            ui,
            ds,
            &crate::i18n::tr_args("side-ties-with-the-region", &[("arg", (ds.name(r)).into())]),
            &regional,
            Some(&r.id),
            &mut cmd,
        );
    }
    quotes_section(ui, ds, &tr("side-quotes"), &range_first(ds.quotes_about(&a.id), time), &mut cmd);
    if let Some(r) = region {
        let own: Vec<&str> = ds.quotes_about(&a.id).iter().map(|q| q.id.as_str()).collect();
        let regional: Vec<&Quote> =
            ds.quotes_about(&r.id).into_iter().filter(|q| !own.contains(&q.id.as_str())).collect();
        quotes_section(
            ui,
            ds,
            &crate::i18n::tr_args("side-quotes-about", &[("arg", (ds.name(r)).into())]),
            &regional,
            &mut cmd,
        );
    }
    let parts = ds.parts_of(&a.id);
    if !parts.is_empty() {
        ui.add_space(6.0);
        ui.heading(crate::i18n::tr_args("side-people-and-parts", &[("parts", (parts.len()).into())]));
        for p in parts {
            ui.horizontal_wrapped(|ui| {
                actor_link(ui, ds, &p.id, &mut cmd);
                if let Some(role) = &p.role {
                    ui.label(RichText::new(role).weak());
                }
            });
        }
    }
    let mut topic_ids = vec![a.id.as_str()];
    topic_ids.extend(region.map(|r| r.id.as_str()));
    topics_section(ui, ds, &topic_ids);
    attributes_ui(ui, &a.attributes);
    if !a.evidence.is_empty() {
        ui.add_space(6.0);
        egui::CollapsingHeader::new(tr("side-evidence")).show(ui, |ui| evidence_ui(ui, ds, &a.evidence));
    }
    cmd
}

fn tie_ui(ui: &mut Ui, ds: &Named<'_>, t: &Tie) -> Option<Command> {
    let mut cmd = None;
    ui.heading(
        RichText::new(format!("{} · {}", crate::i18n::tie_kind(&t.kind), crate::i18n::span(&t.date)))
            .strong()
            .size(20.0),
    );
    field(ui, &tr("side-date"), &date_text(&t.date));
    inferred_note(ui, t.date.inferred.as_ref());
    field(ui, &tr("side-kind"), &crate::i18n::tie_kind(&t.kind));
    field(ui, &tr("side-status"), &crate::i18n::status(t.status));
    links(ui, ds, &tr("side-from"), std::slice::from_ref(&t.from), &mut cmd);
    let label = if t.kind.is_directed() { tr("side-to") } else { tr("side-with") };
    links(ui, ds, &label, &t.to, &mut cmd);
    if let Some(via) = &t.via {
        links(ui, ds, &tr("side-forum"), std::slice::from_ref(via), &mut cmd);
    }
    if let Some(place) = &t.place {
        field(ui, &tr("side-place"), place);
    }
    if !t.people.is_empty() {
        ui.label(RichText::new(tr("side-people")).strong());
        for p in &t.people {
            ui.horizontal_wrapped(|ui| {
                actor_link(ui, ds, p, &mut cmd);
                if let Some(role) = ds.actor(p).and_then(|a| a.role.as_ref()) {
                    ui.label(RichText::new(role).weak());
                }
            });
        }
    }
    if !t.summary.is_empty() {
        ui.add_space(4.0);
        ui.label(&t.summary);
    }
    attributes_ui(ui, &t.attributes);
    ui.add_space(6.0);
    ui.heading(crate::i18n::tr_args("side-evidence-count", &[("evidence", (t.evidence.len()).into())]));
    if t.evidence.is_empty() {
        ui.colored_label(ui.visuals().warn_fg_color, tr("side-unsourced"));
    }
    evidence_ui(ui, ds, &t.evidence);
    let quotes: Vec<&Quote> = ds.quotes.iter().filter(|q| q.about.ties.contains(&t.id)).collect();
    quotes_section(ui, ds, &tr("side-quotes"), &quotes, &mut cmd);
    cmd
}

fn overview_ui(ui: &mut Ui, ds: &Named<'_>, overview: &Overview) -> Option<Command> {
    let mut cmd = None;
    ui.heading(RichText::new(&ds.title).strong().size(22.0));
    if !ds.description.is_empty() {
        ui.label(&ds.description);
    }
    ui.add_space(6.0);
    ui.label(tr("side-click-a-state-on-the-map"));
    links(ui, ds, &tr("side-actors"), &overview.actors, &mut cmd);
    if overview.actor_total > overview.actors.len() {
        let more = overview.actor_total - overview.actors.len();
        ui.weak(crate::i18n::tr_args("side-more-actors", &[("count", more.into())]));
    }
    let (shown, filtered) = (overview.tie_total, ds.ties.len() - overview.tie_total);
    let title = if filtered == 0 {
        format!("{} ({shown})", tr("side-all-ties"))
    } else {
        crate::i18n::tr_args("side-ties-shown", &[("shown", shown.into()), ("filtered", filtered.into())])
    };
    let ties: Vec<&Tie> = overview.ties.iter().filter_map(|id| ds.tie(id)).collect();
    ties_section_of(ui, ds, &title, &ties, overview.tie_total, None, &mut cmd);
    let all_actors: Vec<&str> = ds.actors.iter().map(|a| a.id.as_str()).collect();
    topics_section(ui, ds, &all_actors);
    ui.add_space(6.0);
    ui.heading(crate::i18n::tr_args("filters-sources", &[("count", ds.sources.len().into())]));
    for s in &ds.sources {
        ui.label(citation(ds, &s.id));
        if let Some(f) = &s.file {
            ui.label(RichText::new(crate::i18n::tr_args("side-text", &[("f", f.into())])).small().weak());
        }
        if let Some(u) = &s.url {
            ui.hyperlink(u);
        }
    }
    cmd
}
