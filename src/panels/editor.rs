//! Edit mode's forms at the top of the side panel: add an actor, add a tie, change the
//! selected actor. Each button gives one `Command::Edit`, so each change is one undo step;
//! what is being typed stays here until then, checked as it is typed.

use crate::command::Command;
use crate::i18n::tr;
use crate::model::{
    Actor, ActorKind, Capital, Dataset, DateSpan, Edit, PartialDate, Record, RecordKind, Status, Tie, TieKind,
};
use crate::view::Selection;
use eframe::egui::{self, RichText, Ui};

/// What the forms hold between frames.
#[derive(Debug, Default)]
pub(crate) struct EditorState {
    name: String,
    kind: Option<ActorKind>,
    from: String,
    to: String,
    tie_kind: Option<TieKind>,
    status: Status,
    date: String,
    place: String,
    summary: String,
    /// The selected record being changed.
    draft: Option<super::edit_selected::Draft>,
    /// The quote chosen for changing, among those about the selection, and its draft.
    quote: Option<String>,
    quote_draft: Option<super::edit_selected::Draft>,
    /// The draft of the source being read.
    source_draft: Option<super::edit_selected::Draft>,
    sources: super::evidence::SourceForms,
}

impl EditorState {
    /// A source's text read from a file: into the New source form, its title too when
    /// none is typed yet.
    pub(crate) fn take_source_text(&mut self, title: &str, text: String) {
        self.sources.take_text(title, text);
    }
}

pub(super) const TIE_KINDS: [TieKind; 5] =
    [TieKind::Visit, TieKind::Dialogue, TieKind::Summit, TieKind::Agreement, TieKind::Launch];

/// An id made from a name, not yet used in `taken`: "Mongolia" → "mongolia", then
/// "mongolia-2", …
pub(crate) fn fresh_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    let slug: String = base
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let slug = if slug.is_empty() { "item".to_owned() } else { slug };
    // Ends: a dataset has finitely many ids, so one of the numbers is free.
    (1_u64..=u64::MAX)
        .map(|n| if n == 1 { slug.clone() } else { format!("{slug}-{n}") })
        .find(|id| !taken(id))
        .unwrap_or(slug)
}

/// A labelled single-line field; returns its response.
pub(super) fn field(ui: &mut Ui, label: &str, text: &mut String, hint: &str) -> egui::Response {
    ui.horizontal(|ui| {
        let l = ui.label(label);
        ui.add(egui::TextEdit::singleline(text).hint_text(hint).desired_width(170.0)).labelled_by(l.id)
    })
    .inner
}

/// A labelled choice among `options` (value, text); `shown` is the text of the current one.
pub(super) fn choice<T: PartialEq>(
    ui: &mut Ui,
    label: &str,
    shown: &str,
    value: &mut T,
    options: impl IntoIterator<Item = (T, String)>,
) {
    ui.horizontal(|ui| {
        let l = ui.label(label);
        egui::ComboBox::from_id_salt(("choice", label))
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for (v, text) in options {
                    ui.selectable_value(value, v, text);
                }
            })
            .response
            .labelled_by(l.id);
    });
}

/// A problem with what was typed, shown beside its field.
pub(super) fn problem(ui: &mut Ui, text: &str) {
    ui.colored_label(ui.visuals().error_fg_color, text);
}

/// The forms; the buttons give the edits.
pub(crate) fn ui(
    ui: &mut Ui,
    ds: &Dataset,
    texts: &crate::load::SourceTexts,
    selection: Option<&Selection>,
    st: &mut EditorState,
) -> Option<Command> {
    let mut cmd = None;
    ui.heading(RichText::new(tr("editor-edit-map")).strong());
    // The forms scroll within the upper part of the panel; what is selected reads below.
    let room = ui.available_height() * 0.55;
    egui::ScrollArea::vertical().id_salt("editor").max_height(room).show(ui, |ui| {
        // What is selected comes first: a tie just drawn is filled in here.
        cmd = cmd.take().or(selected(ui, ds, selection, st));
        egui::CollapsingHeader::new(tr("editor-new-actor")).id_salt("add-actor").default_open(true).show(ui, |ui| {
            cmd = cmd.take().or(add_actor(ui, ds, st));
        });
        egui::CollapsingHeader::new(tr("editor-new-tie")).id_salt("add-tie").default_open(true).show(ui, |ui| {
            cmd = cmd.take().or(add_tie(ui, ds, st));
        });
        egui::CollapsingHeader::new(tr("editor-new-source")).id_salt("add-source").show(ui, |ui| {
            cmd = cmd.take().or(super::evidence::new_source(ui, ds, &mut st.sources));
        });
        egui::CollapsingHeader::new(tr("editor-evidence-and-quotes")).id_salt("evidence").show(ui, |ui| {
            cmd = cmd.take().or(super::evidence::reader(ui, ds, texts, selection, &mut st.sources));
        });
    });
    ui.separator();
    cmd
}

fn add_actor(ui: &mut Ui, ds: &Dataset, st: &mut EditorState) -> Option<Command> {
    let mut cmd = None;
    field(ui, &tr("editor-name"), &mut st.name, &tr("editor-name-hint"));
    let country = crate::capitals::lookup(st.name.trim());
    let kind = st.kind.unwrap_or(if country.is_some() { ActorKind::State } else { ActorKind::Organisation });
    ui.horizontal(|ui| {
        let l = ui.label(tr("editor-kind"));
        egui::ComboBox::from_id_salt("actor-kind")
            .selected_text(crate::i18n::actor_kind(kind))
            .show_ui(ui, |ui| {
                for k in ActorKind::ALL {
                    ui.selectable_value(&mut st.kind, Some(k), crate::i18n::actor_kind(k));
                }
            })
            .response
            .labelled_by(l.id);
    });
    let name = st.name.trim();
    let taken = ds.actors.iter().any(|a| a.name.eq_ignore_ascii_case(name));
    if taken {
        problem(ui, &tr("editor-name-taken"));
    }
    if kind == ActorKind::State {
        match country {
            Some(c) => {
                ui.weak(crate::i18n::tr_args("editor-placed-at-its-capital", &[("capital", c.capital.clone().into())]));
            }
            None if !name.is_empty() => {
                ui.weak(tr("editor-no-capital-known-for-this-name"));
            }
            None => {}
        }
    }
    let ready = !name.is_empty() && !taken;
    let placed_by_click = kind != ActorKind::State || country.is_none();
    let tip = if placed_by_click { tr("editor-add-then-click-tip") } else { tr("editor-add-at-capital-tip") };
    if ui.add_enabled(ready, egui::Button::new(tr("editor-add-actor"))).on_hover_text(tip).clicked() {
        let id = fresh_id(name, |id| ds.actor(id).is_some());
        let mut actor = Actor::new(id, name, kind);
        if kind == ActorKind::State
            && let Some(c) = country
        {
            actor.capital = Some(Capital { name: c.capital.clone(), lat: c.lat, lon: c.lon });
        }
        cmd = Some(if placed_by_click {
            Command::PlaceActor(Box::new(actor))
        } else {
            Command::Edit(Box::new(Edit::Insert { at: ds.actors.len(), record: Record::Actor(actor) }))
        });
        st.name.clear();
        st.kind = None;
    }
    cmd
}

/// An actor chosen by name from those drawn on the map.
pub(super) fn pick_actor(ui: &mut Ui, ds: &Dataset, label: &str, value: &mut String) {
    ui.horizontal(|ui| {
        let l = ui.label(label);
        let shown = if value.is_empty() { tr("editor-choose") } else { ds.name_of(value).to_owned() };
        egui::ComboBox::from_id_salt(("pick", label))
            .selected_text(shown)
            .height(300.0)
            .show_ui(ui, |ui| {
                let mut actors = ds.drawn();
                actors.sort_by(|a, b| a.name.cmp(&b.name));
                for a in actors {
                    ui.selectable_value(value, a.id.clone(), &a.name);
                }
            })
            .response
            .labelled_by(l.id);
    });
}

fn add_tie(ui: &mut Ui, ds: &Dataset, st: &mut EditorState) -> Option<Command> {
    let mut cmd = None;
    pick_actor(ui, ds, &tr("editor-from"), &mut st.from);
    pick_actor(ui, ds, &tr("editor-to"), &mut st.to);
    let kind = st.tie_kind.clone().unwrap_or(TieKind::Visit);
    let kinds = TIE_KINDS.map(|k| {
        let text = crate::i18n::tie_kind(&k);
        (Some(k), text)
    });
    choice(ui, &tr("editor-tie-kind"), &crate::i18n::tie_kind(&kind), &mut st.tie_kind, kinds);
    let shown = crate::i18n::status(st.status);
    let statuses = Status::ALL.map(|s| (s, crate::i18n::status(s)));
    choice(ui, &tr("editor-status"), &shown, &mut st.status, statuses);
    field(ui, &tr("editor-date"), &mut st.date, &tr("edit-selected-date-hint"));
    let date = st.date.trim();
    let parsed = if date.is_empty() { Ok(None) } else { PartialDate::parse(date).map(Some) };
    if let Err(e) = &parsed {
        problem(ui, &format!("{e}"));
    }
    field(ui, &tr("editor-place"), &mut st.place, &tr("edit-selected-place-hint"));
    field(ui, &tr("editor-summary"), &mut st.summary, &tr("edit-selected-summary-hint"));
    let gone: Vec<&str> = [&st.from, &st.to]
        .into_iter()
        .filter(|id| !id.is_empty() && ds.actor(id).is_none())
        .map(String::as_str)
        .collect();
    if !gone.is_empty() {
        problem(ui, &crate::i18n::tr_args("editor-is-no-longer-on-the-map", &[("arg", (gone.join(", ")).into())]));
    }
    let same = !st.from.is_empty() && st.from == st.to;
    if same {
        problem(ui, &tr("edit-selected-two-different-actors"));
    }
    let ready = !st.from.is_empty() && !st.to.is_empty() && !same && parsed.is_ok() && gone.is_empty();
    if ui
        .add_enabled(ready, egui::Button::new(tr("editor-add-tie")))
        .on_hover_text(tr("editor-add-the-tie-cite-its-source"))
        .clicked()
        && let Ok(start) = parsed
    {
        let base = format!("{}-{}-{}-{}", kind.as_str(), st.from, st.to, date);
        let tie = Tie {
            id: fresh_id(&base, |id| ds.tie(id).is_some()),
            kind,
            from: st.from.clone(),
            to: vec![st.to.clone()],
            via: None,
            date: DateSpan { start, end: None, inferred: None },
            status: st.status,
            place: Some(st.place.trim().to_owned()).filter(|p| !p.is_empty()),
            people: Vec::new(),
            summary: st.summary.trim().to_owned(),
            evidence: Vec::new(),
            attributes: crate::model::Attributes::new(),
        };
        cmd = Some(Command::Edit(Box::new(Edit::Insert { at: ds.ties.len(), record: Record::Tie(tie) })));
        st.date.clear();
        st.place.clear();
        st.summary.clear();
    }
    cmd
}

/// The forms for what is selected: the actor or tie, a quote about it, the source read.
fn selected(ui: &mut Ui, ds: &Dataset, selection: Option<&Selection>, st: &mut EditorState) -> Option<Command> {
    let mut cmd = None;
    let record = match selection {
        Some(Selection::Actor(id)) => ds.actor(id).map(|a| Record::Actor(a.clone())),
        Some(Selection::Tie(id)) => ds.tie(id).map(|t| Record::Tie(t.clone())),
        _ => None,
    };
    if let Some(record) = &record {
        let title = match record {
            Record::Actor(a) => crate::i18n::tr_args("editor-change", &[("name", a.name.clone().into())]),
            _ => tr("editor-change-the-tie"),
        };
        egui::CollapsingHeader::new(title).id_salt("change-selected").default_open(true).show(ui, |ui| {
            cmd = match record {
                Record::Actor(a) => super::edit_selected::actor(ui, ds, a, &mut st.draft),
                Record::Tie(t) => super::edit_selected::tie(ui, ds, t, &mut st.draft),
                _ => None,
            };
        });
        let about: Vec<&crate::model::Quote> = ds
            .quotes
            .iter()
            .filter(|q| match record {
                Record::Actor(a) => q.speaker == a.id || q.about.actors.contains(&a.id),
                Record::Tie(t) => q.about.ties.contains(&t.id),
                _ => false,
            })
            .collect();
        if !about.is_empty() {
            egui::CollapsingHeader::new(crate::i18n::tr_args(
                "editor-change-a-quote",
                &[("about", (about.len()).into())],
            ))
            .id_salt("change-quote")
            .show(ui, |ui| {
                for q in &about {
                    let text = format!("“{}…”", q.text.chars().take(48).collect::<String>());
                    ui.selectable_value(&mut st.quote, Some(q.id.clone()), text);
                }
                if let Some(q) = about.iter().find(|q| st.quote.as_deref() == Some(q.id.as_str())) {
                    ui.separator();
                    cmd = cmd.take().or(super::edit_selected::quote(ui, ds, q, &mut st.quote_draft));
                    if ui
                        .button(tr("editor-delete-quote"))
                        .on_hover_text(tr("editor-delete-this-quote-after-a-question"))
                        .clicked()
                    {
                        cmd = Some(Command::DeleteRecord(RecordKind::Quote, q.id.clone()));
                    }
                }
            });
        }
    }
    if let Some(source) = st.sources.reading().and_then(|id| ds.source(id)) {
        egui::CollapsingHeader::new(crate::i18n::tr_args(
            "editor-change-source",
            &[("title", source.title.clone().into())],
        ))
        .id_salt("change-source")
        .show(ui, |ui| {
            cmd = cmd.take().or(super::edit_selected::source(ui, ds, source, &mut st.source_draft));
        });
    }
    cmd
}

#[cfg(test)]
mod tests {
    #[test]
    fn fresh_ids_are_slugs_and_skip_those_taken() {
        let taken = ["mongolia", "mongolia-2"];
        assert_eq!(super::fresh_id("Mongolia", |id| taken.contains(&id)), "mongolia-3");
        assert_eq!(super::fresh_id("Central Asia + Japan", |_| false), "central-asia-japan");
        assert_eq!(super::fresh_id("!!", |_| false), "item");
    }
}
