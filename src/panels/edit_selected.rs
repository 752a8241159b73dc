//! Edit mode's forms for what is selected: every field of the selected actor or tie, of a
//! quote about it, and of the source being read. A form works on a draft; "Apply changes"
//! gives one `Edit::Replace` (one undo step), "Revert" drops the draft. Problems are shown
//! beside their field as they are typed, and a form with a problem cannot be applied.

use super::editor::{TIE_KINDS, choice, field, pick_actor, problem};
use crate::command::Command;
use crate::i18n::tr;
use crate::model::{
    Actor, ActorKind, Dataset, DateSpan, Edit, PartialDate, Quote, Record, RecordKind, Source, Status, Tie,
};
use eframe::egui::{self, Ui};
use std::collections::BTreeMap;

/// A record being changed: what it was when the draft was taken, the draft, and the text of
/// its fields that are typed rather than chosen (dates, lists, names).
#[derive(Debug)]
pub(crate) struct Draft {
    original: Record,
    record: Record,
    texts: BTreeMap<&'static str, String>,
}

impl Draft {
    fn of(record: &Record) -> Self {
        let mut texts = BTreeMap::new();
        let date = |d: Option<PartialDate>| d.map(|d| d.to_string()).unwrap_or_default();
        match record {
            Record::Actor(a) => {
                for lang in ["ja", "ru"] {
                    texts.insert(lang, a.names.get(lang).cloned().unwrap_or_default());
                }
            }
            Record::Tie(t) => {
                texts.insert("start", date(t.date.start));
                texts.insert("end", date(t.date.end));
            }
            Record::Quote(q) => {
                texts.insert("start", date(q.date.start));
            }
            Record::Source(s) => {
                texts.insert("start", date(s.date));
            }
        }
        Self { original: record.clone(), record: record.clone(), texts }
    }

    fn is_for(&self, kind: RecordKind, id: &str) -> bool {
        self.original.kind() == kind && self.original.id() == id
    }
}

/// The draft for this record, taken afresh when another record is shown.
fn draft_for<'a>(slot: &'a mut Option<Draft>, record: &Record) -> &'a mut Draft {
    if !slot.as_ref().is_some_and(|d| d.is_for(record.kind(), record.id())) {
        *slot = Some(Draft::of(record));
    }
    slot.get_or_insert_with(|| Draft::of(record))
}

/// A typed date: empty is none; a problem is shown beside the field.
fn date_field(ui: &mut Ui, label: &str, text: &mut String) -> Result<Option<PartialDate>, ()> {
    field(ui, label, text, &tr("edit-selected-date-hint"));
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    PartialDate::parse(t).map(Some).map_err(|e| problem(ui, &e.to_string()))
}

/// Apply and Revert, under a form; Apply gives the edit when the draft differs and is sound.
fn buttons(ui: &mut Ui, draft: &mut Draft, sound: bool) -> Option<Command> {
    let changed = draft.record != draft.original || {
        // A date typed but not yet parsed into the draft still counts as a change.
        Draft::of(&draft.original).texts != draft.texts
    };
    let mut cmd = None;
    ui.horizontal(|ui| {
        let apply = ui
            .add_enabled(changed && sound, egui::Button::new(tr("edit-selected-apply-changes")))
            .on_hover_text(tr("edit-selected-change-it-on-the-map-one"));
        if apply.clicked() {
            cmd = Some(Command::Edit(Box::new(Edit::Replace {
                id: draft.original.id().to_owned(),
                record: draft.record.clone(),
            })));
        }
        if ui.add_enabled(changed, egui::Button::new(tr("edit-selected-revert"))).clicked() {
            *draft = Draft::of(&draft.original);
        }
    });
    cmd
}

/// The form for the selected actor.
pub(crate) fn actor(ui: &mut Ui, ds: &Dataset, actor: &Actor, slot: &mut Option<Draft>) -> Option<Command> {
    let draft = draft_for(slot, &Record::Actor(actor.clone()));
    let Record::Actor(a) = &mut draft.record else { return None };
    field(ui, &tr("edit-selected-actor-name"), &mut a.name, "");
    let name = a.name.trim().to_owned();
    let clash = ds.actors.iter().any(|o| o.id != actor.id && o.name.trim().eq_ignore_ascii_case(&name));
    if name.is_empty() {
        problem(ui, &tr("edit-selected-actor-needs-a-name"));
    } else if clash {
        problem(ui, &tr("edit-selected-another-actor-has-this-name"));
    }
    for (lang, label, hint) in
        [("ja", tr("edit-selected-name-ja"), "日本"), ("ru", tr("edit-selected-name-ru"), "Япония")]
    {
        let text = draft.texts.entry(lang).or_default();
        if field(ui, &label, text, hint).changed() {
            let t = text.trim().to_owned();
            if t.is_empty() {
                a.names.remove(lang);
            } else {
                a.names.insert(lang.to_owned(), t);
            }
        }
    }
    let shown = crate::i18n::actor_kind(a.kind);
    let kinds = ActorKind::ALL.map(|k| (k, crate::i18n::actor_kind(k)));
    choice(ui, &tr("edit-selected-actor-kind"), &shown, &mut a.kind, kinds);
    optional(ui, &tr("edit-selected-actor-role"), &mut a.role, &tr("edit-selected-actor-role-hint"));
    optional(ui, &tr("edit-selected-about-the-actor"), &mut a.summary, &tr("edit-selected-about-the-actor-hint"));
    if matches!(a.kind, ActorKind::Forum | ActorKind::Region) {
        actor_list(ui, ds, &tr("edit-selected-members"), &mut a.members);
    }
    let mut part_of = a.part_of.clone().unwrap_or_default();
    pick_actor(ui, ds, &tr("edit-selected-part-of"), &mut part_of);
    a.part_of = Some(part_of).filter(|p| !p.is_empty() && *p != actor.id);
    let record = Record::Actor(Actor { name: name.clone(), ..a.clone() });
    draft.record = record;
    buttons(ui, draft, !name.is_empty() && !clash)
}

/// A list of actors: each a chip with × to take it off, and a list to add one.
fn actor_list(ui: &mut Ui, ds: &Dataset, label: &str, ids: &mut Vec<String>) {
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(label);
        let mut gone = None;
        for (i, id) in ids.iter().enumerate() {
            let chip = ui
                .small_button(format!("{} ×", ds.name_of(id)))
                .on_hover_text(tr("edit-selected-take-it-off-the-list"));
            if chip.clicked() {
                gone = Some(i);
            }
        }
        if let Some(i) = gone {
            ids.remove(i);
        }
        let mut added = String::new();
        egui::ComboBox::from_id_salt(("add-to", label))
            .selected_text(tr("edit-selected-add"))
            .height(300.0)
            .show_ui(ui, |ui| {
                let mut actors: Vec<&Actor> = ds.actors.iter().filter(|a| !ids.contains(&a.id)).collect();
                actors.sort_by(|a, b| a.name.cmp(&b.name));
                for a in actors {
                    ui.selectable_value(&mut added, a.id.clone(), &a.name);
                }
            })
            .response
            .labelled_by(l.id);
        if !added.is_empty() {
            ids.push(added);
        }
    });
}

/// An optional text field: empty is none; kept as typed until applied.
fn optional(ui: &mut Ui, label: &str, value: &mut Option<String>, hint: &str) {
    let mut text = value.clone().unwrap_or_default();
    if field(ui, label, &mut text, hint).changed() {
        *value = Some(text).filter(|t| !t.trim().is_empty());
    }
}

/// The form for the selected tie, with its evidence (each passage can be taken off; new
/// passages are cited from the source reader).
pub(crate) fn tie(ui: &mut Ui, ds: &Dataset, tie: &Tie, slot: &mut Option<Draft>) -> Option<Command> {
    let draft = draft_for(slot, &Record::Tie(tie.clone()));
    let Record::Tie(t) = &mut draft.record else { return None };
    pick_actor(ui, ds, &tr("edit-selected-tie-from"), &mut t.from);
    let mut to = t.to.first().cloned().unwrap_or_default();
    pick_actor(ui, ds, &tr("edit-selected-tie-to"), &mut to);
    if let Some(first) = t.to.first_mut() {
        *first = to;
    } else if !to.is_empty() {
        t.to.push(to);
    }
    let mut more: Vec<String> = t.to.iter().skip(1).cloned().collect();
    actor_list(ui, ds, &tr("edit-selected-also-to"), &mut more);
    t.to.truncate(1);
    t.to.extend(more);
    actor_list(ui, ds, &tr("edit-selected-people"), &mut t.people);
    let mut via = t.via.clone().unwrap_or_default();
    pick_actor(ui, ds, &tr("edit-selected-forum"), &mut via);
    t.via = Some(via).filter(|v| !v.is_empty());
    let not_forum = t.via.as_deref().and_then(|v| ds.actor(v)).is_some_and(|a| a.kind != ActorKind::Forum);
    if not_forum {
        problem(ui, &tr("edit-selected-forum-must-be-a-forum"));
    }
    let missing: Vec<String> = t.endpoints().filter(|id| ds.actor(id).is_none()).map(str::to_owned).collect();
    if !missing.is_empty() {
        problem(
            ui,
            &crate::i18n::tr_args("edit-selected-no-actor-on-the-map-choose", &[("arg", (missing.join(", ")).into())]),
        );
    }
    if t.to.contains(&t.from) {
        problem(ui, &tr("edit-selected-two-different-actors"));
    }
    let shown = crate::i18n::tie_kind(&t.kind);
    let kinds = TIE_KINDS.map(|k| {
        let text = crate::i18n::tie_kind(&k);
        (k, text)
    });
    choice(ui, &tr("edit-selected-kind-of-tie"), &shown, &mut t.kind, kinds);
    let shown = crate::i18n::status(t.status);
    let statuses = Status::ALL.map(|s| (s, crate::i18n::status(s)));
    choice(ui, &tr("edit-selected-tie-status"), &shown, &mut t.status, statuses);
    let start = date_field(ui, &tr("edit-selected-tie-date"), draft.texts.entry("start").or_default());
    let end = date_field(ui, &tr("edit-selected-tie-until"), draft.texts.entry("end").or_default());
    let order_ok = match (&start, &end) {
        (Ok(Some(s)), Ok(Some(e))) if e.last_day() < s.first_day() => {
            problem(ui, &tr("edit-selected-ends-before-it-starts"));
            false
        }
        _ => true,
    };
    if let (Ok(s), Ok(e)) = (&start, &end) {
        t.date = DateSpan { start: *s, end: *e, inferred: t.date.inferred.clone() };
    }
    optional(ui, &tr("edit-selected-tie-place"), &mut t.place, &tr("edit-selected-place-hint"));
    field(ui, &tr("edit-selected-tie-summary"), &mut t.summary, &tr("edit-selected-summary-hint"));
    let mut gone = None;
    if t.evidence.is_empty() {
        problem(ui, &tr("edit-selected-unsourced"));
    }
    for (i, e) in t.evidence.iter().enumerate() {
        ui.horizontal(|ui| {
            let title = ds.source(&e.source).map_or(e.source.as_str(), |s| s.title.as_str());
            ui.label(format!("“{}…” — {title}", e.text.chars().take(40).collect::<String>()));
            if ui
                .small_button(tr("edit-selected-remove"))
                .on_hover_text(tr("edit-selected-take-this-passage-off-the-tie"))
                .clicked()
            {
                gone = Some(i);
            }
        });
    }
    if let Some(i) = gone {
        t.evidence.remove(i);
    }
    let sound = start.is_ok() && end.is_ok() && order_ok && missing.is_empty() && !t.to.contains(&t.from) && !not_forum;
    buttons(ui, draft, sound)
}

/// The form for a quote: who said it, when, and what it is about. Its words stay as they
/// stand in the source (quote another passage from the reader to change them).
pub(crate) fn quote(ui: &mut Ui, ds: &Dataset, quote: &Quote, slot: &mut Option<Draft>) -> Option<Command> {
    let draft = draft_for(slot, &Record::Quote(quote.clone()));
    let Record::Quote(q) = &mut draft.record else { return None };
    ui.label(egui::RichText::new(format!("“{}”", q.text)).italics());
    pick_actor(ui, ds, &tr("edit-selected-quote-speaker"), &mut q.speaker);
    if ds.actor(&q.speaker).is_none() {
        problem(ui, &tr("edit-selected-choose-who-said-it"));
    }
    actor_list(ui, ds, &tr("edit-selected-about-actors"), &mut q.about.actors);
    let start = date_field(ui, &tr("edit-selected-said-on"), draft.texts.entry("start").or_default());
    if let Ok(s) = &start {
        q.date.start = *s;
    }
    let sound = start.is_ok() && ds.actor(&q.speaker).is_some();
    buttons(ui, draft, sound)
}

/// The form for a source's details (its text stays as it is: passages are cut from it).
pub(crate) fn source(ui: &mut Ui, ds: &Dataset, source: &Source, slot: &mut Option<Draft>) -> Option<Command> {
    let draft = draft_for(slot, &Record::Source(source.clone()));
    let Record::Source(s) = &mut draft.record else { return None };
    field(ui, &tr("edit-selected-source-title"), &mut s.title, "");
    field(ui, &tr("edit-selected-source-publisher"), &mut s.publisher, "");
    let date = date_field(ui, &tr("edit-selected-source-date"), draft.texts.entry("start").or_default());
    if let Ok(d) = &date {
        s.date = *d;
    }
    optional(ui, &tr("edit-selected-source-url"), &mut s.url, "https://…");
    let problems = source_problems(s);
    for p in &problems {
        problem(ui, p);
    }
    let cited = ds.ties.iter().filter(|t| t.evidence.iter().any(|e| e.source == s.id)).count();
    let quoted = ds.quotes.iter().filter(|q| q.source == s.id).count();
    ui.weak(crate::i18n::tr_args(
        "edit-selected-cited-by-tie-s-quote-s",
        &[("cited", cited.into()), ("quoted", quoted.into())],
    ));
    let sound = date.is_ok() && problems.is_empty();
    let cmd = buttons(ui, draft, sound);
    if ui
        .button(tr("edit-selected-delete-source"))
        .on_hover_text(tr("edit-selected-delete-this-source-its-quotes-and"))
        .clicked()
    {
        return Some(Command::DeleteRecord(RecordKind::Source, source.id.clone()));
    }
    cmd
}

/// What a source lacks for `bridges check`: a title, publisher, date and URL.
pub(crate) fn source_problems(s: &Source) -> Vec<String> {
    let mut out = Vec::new();
    if s.title.trim().is_empty() {
        out.push(tr("edit-selected-source-needs-a-title"));
    }
    if s.publisher.trim().is_empty() {
        out.push(tr("edit-selected-give-the-publisher"));
    }
    if s.date.is_none() {
        out.push(tr("edit-selected-give-the-date"));
    }
    if s.url.as_deref().is_none_or(|u| u.trim().is_empty()) {
        out.push(tr("edit-selected-give-the-url"));
    }
    out
}
