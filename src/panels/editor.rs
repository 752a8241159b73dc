//! Edit mode's forms at the top of the side panel: add an actor, add a tie, change the
//! selected actor. Each button gives one `Command::Edit`, so each change is one undo step;
//! what is being typed stays here until then, checked as it is typed.

use crate::command::Command;
use crate::model::{Actor, ActorKind, Capital, Dataset, DateSpan, Edit, PartialDate, Record, Status, Tie, TieKind};
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
    /// The selected actor being changed: its id when the draft was taken, and the draft.
    draft: Option<(String, Actor)>,
    sources: super::evidence::SourceForms,
}

const TIE_KINDS: [TieKind; 5] =
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

/// A problem with what was typed, shown beside its field.
fn problem(ui: &mut Ui, text: &str) {
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
    ui.heading(RichText::new("Edit map").strong());
    // The forms scroll within the upper part of the panel; what is selected reads below.
    let room = ui.available_height() * 0.55;
    egui::ScrollArea::vertical().id_salt("editor").max_height(room).show(ui, |ui| {
        egui::CollapsingHeader::new("New actor").id_salt("add-actor").default_open(true).show(ui, |ui| {
            cmd = cmd.take().or(add_actor(ui, ds, st));
        });
        egui::CollapsingHeader::new("New tie").id_salt("add-tie").default_open(true).show(ui, |ui| {
            cmd = cmd.take().or(add_tie(ui, ds, st));
        });
        egui::CollapsingHeader::new("New source").id_salt("add-source").show(ui, |ui| {
            cmd = cmd.take().or(super::evidence::new_source(ui, ds, &mut st.sources));
        });
        egui::CollapsingHeader::new("Evidence and quotes").id_salt("evidence").show(ui, |ui| {
            cmd = cmd.take().or(super::evidence::reader(ui, ds, texts, selection, &mut st.sources));
        });
        if let Some(Selection::Actor(id)) = selection
            && let Some(actor) = ds.actor(id)
        {
            if st.draft.as_ref().is_none_or(|(d, _)| d != id) {
                st.draft = Some((id.clone(), actor.clone()));
            }
            cmd = cmd.take().or(change_actor(ui, ds, actor, st));
        } else {
            st.draft = None;
        }
    });
    ui.separator();
    cmd
}

fn add_actor(ui: &mut Ui, ds: &Dataset, st: &mut EditorState) -> Option<Command> {
    let mut cmd = None;
    field(ui, "Name", &mut st.name, "Mongolia");
    let country = crate::capitals::lookup(st.name.trim());
    let kind = st.kind.unwrap_or(if country.is_some() { ActorKind::State } else { ActorKind::Organisation });
    ui.horizontal(|ui| {
        let l = ui.label("Kind");
        egui::ComboBox::from_id_salt("actor-kind")
            .selected_text(kind.label())
            .show_ui(ui, |ui| {
                for k in ActorKind::ALL {
                    ui.selectable_value(&mut st.kind, Some(k), k.label());
                }
            })
            .response
            .labelled_by(l.id);
    });
    let name = st.name.trim();
    let taken = ds.actors.iter().any(|a| a.name.eq_ignore_ascii_case(name));
    if taken {
        problem(ui, "An actor has this name already.");
    }
    if kind == ActorKind::State {
        match country {
            Some(c) => {
                ui.weak(format!("Placed at its capital, {}.", c.capital));
            }
            None if !name.is_empty() => {
                ui.weak("No capital known for this name: placed near the actors it is tied to.");
            }
            None => {}
        }
    }
    let ready = !name.is_empty() && !taken;
    if ui
        .add_enabled(ready, egui::Button::new("Add actor"))
        .on_hover_text("Add it to the map (Undo takes it away)")
        .clicked()
    {
        let id = fresh_id(name, |id| ds.actor(id).is_some());
        let mut actor = Actor::new(id, name, kind);
        if kind == ActorKind::State
            && let Some(c) = country
        {
            actor.capital = Some(Capital { name: c.capital.clone(), lat: c.lat, lon: c.lon });
        }
        cmd = Some(Command::Edit(Box::new(Edit::Insert { at: ds.actors.len(), record: Record::Actor(actor) })));
        st.name.clear();
        st.kind = None;
    }
    cmd
}

/// An actor chosen by name from those drawn on the map.
fn pick_actor(ui: &mut Ui, ds: &Dataset, label: &str, value: &mut String) {
    ui.horizontal(|ui| {
        let l = ui.label(label);
        let shown = if value.is_empty() { "choose…".to_owned() } else { ds.name_of(value).to_owned() };
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
    pick_actor(ui, ds, "From", &mut st.from);
    pick_actor(ui, ds, "To", &mut st.to);
    let kind = st.tie_kind.clone().unwrap_or(TieKind::Visit);
    ui.horizontal(|ui| {
        let l = ui.label("Tie kind");
        egui::ComboBox::from_id_salt("tie-kind")
            .selected_text(kind.label())
            .show_ui(ui, |ui| {
                for k in TIE_KINDS {
                    let text = k.label();
                    ui.selectable_value(&mut st.tie_kind, Some(k), text);
                }
            })
            .response
            .labelled_by(l.id);
    });
    ui.horizontal(|ui| {
        let l = ui.label("Status");
        egui::ComboBox::from_id_salt("tie-status")
            .selected_text(st.status.label())
            .show_ui(ui, |ui| {
                for s in Status::ALL {
                    ui.selectable_value(&mut st.status, s, s.label());
                }
            })
            .response
            .labelled_by(l.id);
    });
    field(ui, "Date", &mut st.date, "2025, 2025-08 or 2025-08-24");
    let date = st.date.trim();
    let parsed = if date.is_empty() { Ok(None) } else { PartialDate::parse(date).map(Some) };
    if let Err(e) = &parsed {
        problem(ui, &format!("{e}"));
    }
    field(ui, "Place", &mut st.place, "Astana");
    field(ui, "Summary", &mut st.summary, "What happened");
    let same = !st.from.is_empty() && st.from == st.to;
    if same {
        problem(ui, "A tie joins two different actors.");
    }
    let ready = !st.from.is_empty() && !st.to.is_empty() && !same && parsed.is_ok();
    if ui
        .add_enabled(ready, egui::Button::new("Add tie"))
        .on_hover_text("Add the tie; cite its source from the source's text (Undo takes it away)")
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

fn change_actor(ui: &mut Ui, ds: &Dataset, actor: &Actor, st: &mut EditorState) -> Option<Command> {
    let mut cmd = None;
    let (_, draft) = st.draft.as_mut()?;
    egui::CollapsingHeader::new(format!("Change {}", actor.name)).id_salt("change-actor").default_open(true).show(
        ui,
        |ui| {
            field(ui, "Actor name", &mut draft.name, "");
            let mut role = draft.role.clone().unwrap_or_default();
            // Kept as typed (spaces too) until Apply, which trims.
            if field(ui, "Role", &mut role, "Foreign Minister").changed() {
                draft.role = Some(role).filter(|r| !r.is_empty());
            }
            let mut summary = draft.summary.clone().unwrap_or_default();
            if field(ui, "About", &mut summary, "One or two sentences").changed() {
                draft.summary = Some(summary).filter(|s| !s.is_empty());
            }
            let name = draft.name.trim().to_owned();
            let name = name.as_str();
            let clash = ds.actors.iter().any(|a| a.id != actor.id && a.name.eq_ignore_ascii_case(name));
            if name.is_empty() {
                problem(ui, "An actor needs a name.");
            } else if clash {
                problem(ui, "Another actor has this name.");
            }
            let changed = *draft != *actor;
            ui.horizontal(|ui| {
                if ui.add_enabled(changed && !name.is_empty() && !clash, egui::Button::new("Apply changes")).clicked() {
                    let mut record = draft.clone();
                    name.clone_into(&mut record.name);
                    record.role = record.role.map(|r| r.trim().to_owned()).filter(|r| !r.is_empty());
                    record.summary = record.summary.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
                    cmd = Some(Command::Edit(Box::new(Edit::Replace {
                        id: actor.id.clone(),
                        record: Record::Actor(record),
                    })));
                }
                if ui.add_enabled(changed, egui::Button::new("Revert")).clicked() {
                    *draft = actor.clone();
                }
            });
        },
    );
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
