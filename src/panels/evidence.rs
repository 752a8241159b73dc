//! Edit mode's sources: add one with its text pasted, read it, select a passage, and cite it
//! as evidence for the selected tie or store it as a quote. The passage is cut from the
//! source's own text, so it is verbatim by construction.

use super::editor::field;
use crate::command::Command;
use crate::i18n::tr;
use crate::load::SourceTexts;
use crate::model::{About, Dataset, DateSpan, Edit, Evidence, PartialDate, Quote, Record, Source};
use crate::view::Selection;
use eframe::egui::{self, Ui};

/// What the source forms hold between frames.
#[derive(Debug, Default)]
pub(crate) struct SourceForms {
    title: String,
    publisher: String,
    date: String,
    url: String,
    text: String,
    /// The source being read.
    reading: Option<String>,
    /// Who said the selected passage, for "Quote".
    speaker: String,
    /// The passage last selected in the source being read, with that source's id: kept when
    /// the text loses the keyboard (as it does when a button is pressed).
    picked: Option<(String, String)>,
}

impl SourceForms {
    /// The source being read, if any.
    pub(crate) fn reading(&self) -> Option<&str> {
        self.reading.as_deref()
    }

    /// A text read from a file, for the New source form.
    pub(crate) fn take_text(&mut self, title: &str, text: String) {
        if self.title.trim().is_empty() {
            title.clone_into(&mut self.title);
        }
        self.text = text;
    }
}

/// The "New source" form: its text is kept in the dataset (`Source::text`).
pub(crate) fn new_source(ui: &mut Ui, ds: &Dataset, st: &mut SourceForms) -> Option<Command> {
    let mut cmd = None;
    field(ui, &tr("evidence-title"), &mut st.title, "The article's title");
    field(ui, &tr("evidence-publisher"), &mut st.publisher, "The Times of Central Asia");
    field(ui, &tr("evidence-published"), &mut st.date, "2025-08");
    field(ui, &tr("evidence-url"), &mut st.url, "https://…");
    let label = ui
        .horizontal(|ui| {
            let label = ui.label(tr("evidence-text-paste-it"));
            let read = ui.small_button(Command::ReadSourceFile.text()).on_hover_text(Command::ReadSourceFile.tooltip());
            if read.clicked() {
                cmd = Some(Command::ReadSourceFile);
            }
            label.id
        })
        .inner;
    ui.add(egui::TextEdit::multiline(&mut st.text).desired_rows(3).desired_width(f32::INFINITY)).labelled_by(label);
    let date = st.date.trim();
    let parsed = if date.is_empty() { Ok(None) } else { PartialDate::parse(date).map(Some) };
    if let Err(e) = &parsed {
        ui.colored_label(ui.visuals().error_fg_color, e.to_string());
    }
    let draft = Source {
        id: String::new(),
        title: st.title.clone(),
        publisher: st.publisher.clone(),
        date: parsed.clone().ok().flatten(),
        file: None,
        url: Some(st.url.clone()),
        text: None,
    };
    let missing = super::edit_selected::source_problems(&draft);
    let typed = !(st.title.is_empty() && st.publisher.is_empty() && st.date.is_empty() && st.url.is_empty());
    if typed && parsed.is_ok() {
        for p in &missing {
            ui.colored_label(ui.visuals().error_fg_color, p.as_str());
        }
    }
    let ready = missing.is_empty() && !st.text.trim().is_empty() && parsed.is_ok();
    if ui
        .add_enabled(ready, egui::Button::new(tr("evidence-add-source")))
        .on_hover_text(tr("evidence-keep-the-source-and-its-text"))
        .clicked()
        && let Ok(date) = parsed
    {
        let id = super::editor::fresh_id(st.title.trim(), |id| ds.source(id).is_some());
        let source = Source {
            id: id.clone(),
            title: st.title.trim().to_owned(),
            publisher: st.publisher.trim().to_owned(),
            date,
            file: None,
            url: Some(st.url.trim().to_owned()).filter(|u| !u.is_empty()),
            text: Some(st.text.clone()),
        };
        cmd = Some(Command::Edit(Box::new(Edit::Insert { at: ds.sources.len(), record: Record::Source(source) })));
        *st = SourceForms { reading: Some(id), ..SourceForms::default() };
    }
    cmd
}

/// The text of a source: its own, or the file's it names.
fn text_of<'a>(ds: &'a Dataset, texts: &'a SourceTexts, id: &str) -> Option<&'a str> {
    ds.source(id).and_then(|s| s.text.as_deref()).or_else(|| texts.get(id).map(String::as_str))
}

/// The reader: choose a source, select a passage, cite it or quote it.
pub(crate) fn reader(
    ui: &mut Ui,
    ds: &Dataset,
    texts: &SourceTexts,
    selection: Option<&Selection>,
    st: &mut SourceForms,
) -> Option<Command> {
    let mut cmd = None;
    ui.horizontal(|ui| {
        let l = ui.label(tr("evidence-read"));
        let shown = st
            .reading
            .as_deref()
            .and_then(|id| ds.source(id))
            .map_or_else(|| tr("evidence-choose-a-source"), |s| s.title.clone());
        egui::ComboBox::from_id_salt("read-source")
            .selected_text(shown)
            .width(190.0)
            .show_ui(ui, |ui| {
                for s in ds.sources.iter().filter(|s| text_of(ds, texts, &s.id).is_some()) {
                    ui.selectable_value(&mut st.reading, Some(s.id.clone()), &s.title);
                }
            })
            .response
            .labelled_by(l.id);
    });
    let id = st.reading.clone()?;
    let text = text_of(ds, texts, &id)?;
    // Read-only: the text can be selected, not changed.
    let mut view: &str = text;
    let label = ui.label(tr("evidence-source-text"));
    let out = egui::ScrollArea::vertical()
        .id_salt("source-text")
        .max_height(180.0)
        .show(ui, |ui| egui::TextEdit::multiline(&mut view).desired_width(f32::INFINITY).show(ui))
        .inner;
    out.response.response.clone().labelled_by(label.id);
    let now: Option<String> = out.cursor_range.map(|r| {
        let [a, b] = r.sorted_cursors();
        text.chars().skip(a.index.0).take(b.index.0.saturating_sub(a.index.0)).collect()
    });
    if let Some(p) = now.filter(|p| !p.trim().is_empty()) {
        st.picked = Some((id.clone(), p));
    }
    let picked = st.picked.clone().filter(|(from, _)| *from == id).map(|(_, p)| p).unwrap_or_default();
    if picked.trim().is_empty() {
        ui.weak(tr("evidence-select-a-passage-to-cite-it"));
    } else {
        ui.weak(crate::i18n::tr_args("evidence-selected-characters", &[("picked", (picked.chars().count()).into())]));
    }
    let tie = match selection {
        Some(Selection::Tie(t)) => ds.tie(t),
        _ => None,
    };
    let cite = ui
        .add_enabled(tie.is_some() && !picked.trim().is_empty(), egui::Button::new(tr("evidence-cite-as-evidence")))
        .on_hover_text(tr("evidence-add-the-selected-passage-to-the"));
    if cite.clicked()
        && let Some(t) = tie
    {
        let mut cited = t.clone();
        cited.evidence.push(Evidence::new(id.clone(), picked.clone()));
        cmd = Some(Command::Edit(Box::new(Edit::Replace { id: t.id.clone(), record: Record::Tie(cited) })));
    }
    ui.horizontal(|ui| {
        let l = ui.label(tr("evidence-speaker"));
        let shown = if st.speaker.is_empty() { tr("editor-choose") } else { ds.name_of(&st.speaker).to_owned() };
        egui::ComboBox::from_id_salt("quote-speaker")
            .selected_text(shown)
            .height(300.0)
            .show_ui(ui, |ui| {
                let mut actors: Vec<_> = ds.actors.iter().collect();
                actors.sort_by(|a, b| a.name.cmp(&b.name));
                for a in actors {
                    ui.selectable_value(&mut st.speaker, a.id.clone(), &a.name);
                }
            })
            .response
            .labelled_by(l.id);
    });
    let quote = ui
        .add_enabled(!st.speaker.is_empty() && !picked.trim().is_empty(), egui::Button::new(tr("evidence-quote")))
        .on_hover_text(tr("evidence-store-the-selected-passage-as-words"));
    if quote.clicked() {
        let about = match selection {
            Some(Selection::Tie(t)) => About { actors: Vec::new(), ties: vec![t.clone()] },
            Some(Selection::Actor(a)) => About { actors: vec![a.clone()], ties: Vec::new() },
            _ => About::default(),
        };
        let qid = super::editor::fresh_id(&format!("quote {}", st.speaker), |q| ds.quotes.iter().any(|x| x.id == q));
        let q =
            Quote { id: qid, speaker: st.speaker.clone(), text: picked, date: DateSpan::default(), about, source: id };
        cmd = Some(Command::Edit(Box::new(Edit::Insert { at: ds.quotes.len(), record: Record::Quote(q) })));
    }
    cmd
}
