//! The Saved views and Stories windows: save the view under a name, restore, rename and
//! delete views; make a story of views with captions, reorder its steps, present it. Every
//! change to the lists is one `Edit` (undoable, saved with the map).

use crate::command::Command;
use crate::i18n::tr;
use crate::model::{Dataset, Edit, SavedView, Story, StoryStep};
use eframe::egui::{self, Ui};

/// What the windows hold between frames.
#[derive(Debug, Default)]
pub(crate) struct StoriesState {
    pub views_open: bool,
    pub stories_open: bool,
    new_view: String,
    new_story: String,
    /// The story shown in the Stories window (index).
    pub story: usize,
    /// A name being typed in place of a view's: (index, text).
    renaming: Option<(usize, String)>,
    /// Captions being typed, by step, for the story shown: kept here until the field is
    /// left, then saved as one change.
    drafts: std::collections::BTreeMap<usize, String>,
}

fn edit_views(views: Vec<SavedView>) -> Command {
    Command::Edit(Box::new(Edit::Views(views)))
}

fn edit_stories(stories: Vec<Story>) -> Command {
    Command::Edit(Box::new(Edit::Stories(stories)))
}

/// A name not yet among `taken`: `base`, then `base 2`, …
fn fresh_name(base: &str, taken: &[&str]) -> String {
    // One of the first `taken.len() + 1` names is free.
    (1..=taken.len() + 1)
        .map(|n| if n == 1 { base.to_owned() } else { format!("{base} {n}") })
        .find(|c| !taken.contains(&c.as_str()))
        .unwrap_or_else(|| base.to_owned())
}

/// The Saved views window's contents.
pub(crate) fn views(ui: &mut Ui, ds: &Dataset, st: &mut StoriesState) -> Option<Command> {
    let mut cmd = None;
    ui.horizontal(|ui| {
        let l = ui.label(tr("stories-name"));
        let hint = fresh_name(&tr("stories-view"), &ds.views.iter().map(|v| v.name.as_str()).collect::<Vec<_>>());
        ui.add(egui::TextEdit::singleline(&mut st.new_view).hint_text(&hint).desired_width(180.0)).labelled_by(l.id);
        let name = if st.new_view.trim().is_empty() { hint } else { st.new_view.trim().to_owned() };
        let clash = ds.views.iter().any(|v| v.name == name);
        let save = ui
            .add_enabled(!clash, egui::Button::new(tr("stories-save-view")))
            .on_hover_text(tr("stories-keep-the-layout-filters-time-range"));
        if save.clicked() {
            cmd = Some(Command::SaveView(name));
            st.new_view.clear();
        }
        if clash {
            ui.colored_label(ui.visuals().error_fg_color, tr("stories-a-view-has-this-name"));
        }
    });
    ui.separator();
    if ds.views.is_empty() {
        ui.weak(tr("stories-no-saved-views-yet"));
    }
    for (i, v) in ds.views.iter().enumerate() {
        ui.horizontal(|ui| {
            if let Some((at, text)) = st.renaming.as_mut().filter(|(at, _)| *at == i) {
                let _ = at;
                let field = ui.add(egui::TextEdit::singleline(text).desired_width(160.0));
                let done = field.lost_focus() || ui.button(tr("stories-ok")).clicked();
                if done {
                    let name = text.trim().to_owned();
                    if !name.is_empty() && !ds.views.iter().enumerate().any(|(j, o)| j != i && o.name == name) {
                        let mut list = ds.views.clone();
                        list[i].name = name;
                        cmd = Some(edit_views(list));
                    }
                    st.renaming = None;
                }
                return;
            }
            if ui.button(&v.name).on_hover_text(describe(v)).clicked() {
                cmd = Some(Command::RestoreView(Box::new(v.clone())));
            }
            if ui.small_button(tr("stories-rename")).clicked() {
                st.renaming = Some((i, v.name.clone()));
            }
            if ui.small_button(tr("cmd-delete")).on_hover_text(tr("stories-delete-this-view-undo-brings-it")).clicked()
            {
                let mut list = ds.views.clone();
                list.remove(i);
                cmd = Some(edit_views(list));
            }
        });
    }
    if !ds.views.is_empty() {
        ui.weak(tr("stories-saved-with-the-map-in-bridges"));
    }
    cmd
}

/// A saved view in words, for its tooltip.
fn describe(v: &SavedView) -> String {
    let mut parts = vec![crate::i18n::tr_args("stories-layout", &[("layout", v.layout.clone().into())])];
    if let Some(t) = &v.time {
        let args = [("from", t.from.as_str().into()), ("to", t.to.as_str().into())];
        parts.push(if t.cumulative {
            crate::i18n::tr_args("stories-from-to-cumulative", &args)
        } else {
            crate::i18n::tr_args("stories-from-to", &args)
        });
    }
    if !v.hidden.is_empty() {
        parts.push(tr("stories-some-ties-hidden"));
    }
    crate::i18n::tr_args("stories-show-this-view", &[("arg", (parts.join(", ")).into())])
}

/// The Stories window's contents; `current` is the view on screen, for "Add step".
pub(crate) fn stories(ui: &mut Ui, ds: &Dataset, st: &mut StoriesState, current: &SavedView) -> Option<Command> {
    let mut cmd = None;
    ui.horizontal(|ui| {
        let l = ui.label(tr("stories-story"));
        let shown = ds.stories.get(st.story).map_or_else(|| tr("stories-none-yet"), |s| s.name.clone());
        egui::ComboBox::from_id_salt("story-pick")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for (i, s) in ds.stories.iter().enumerate() {
                    if ui.selectable_value(&mut st.story, i, &s.name).clicked() {
                        st.drafts.clear();
                    }
                }
            })
            .response
            .labelled_by(l.id);
        let hint = fresh_name(&tr("stories-story"), &ds.stories.iter().map(|s| s.name.as_str()).collect::<Vec<_>>());
        ui.add(egui::TextEdit::singleline(&mut st.new_story).hint_text(&hint).desired_width(120.0));
        if ui.button(tr("stories-new-story")).clicked() {
            let name = if st.new_story.trim().is_empty() { hint } else { st.new_story.trim().to_owned() };
            let mut list = ds.stories.clone();
            list.push(Story { name, steps: Vec::new() });
            st.story = list.len() - 1;
            st.new_story.clear();
            cmd = Some(edit_stories(list));
        }
    });
    let Some(story) = ds.stories.get(st.story) else {
        ui.weak(tr("stories-make-a-story-then-add-the"));
        return cmd;
    };
    ui.separator();
    let mut list = ds.stories.clone();
    let (mut changed, mut present) = step_list(ui, ds, st, &mut list);
    let steps = &mut list[st.story].steps;
    if let Some(i) = present {
        return Some(Command::Present(st.story, i));
    }
    ui.horizontal(|ui| {
        if ui.button(tr("stories-add-step")).on_hover_text(tr("stories-add-the-view-on-screen-as")).clicked() {
            steps.push(StoryStep { view: current.clone(), caption: String::new(), quotes: Vec::new() });
            changed = true;
        }
        let can = !story.steps.is_empty();
        if ui
            .add_enabled(can, egui::Button::new(tr("stories-present")))
            .on_hover_text(tr("stories-show-the-story-full-window-f5"))
            .clicked()
        {
            present = Some(0);
        }
        if ui.small_button(tr("stories-delete-story")).clicked() {
            let mut fewer = ds.stories.clone();
            fewer.remove(st.story);
            st.story = st.story.saturating_sub(1);
            cmd = Some(edit_stories(fewer));
        }
    });
    if let Some(i) = present {
        return Some(Command::Present(st.story, i));
    }
    if changed { Some(edit_stories(list)) } else { cmd }
}

/// The quotes a step cites, chosen from the map's quotes.
fn quotes_menu(ui: &mut Ui, ds: &Dataset, cited: &mut Vec<String>, changed: &mut bool) {
    ui.menu_button(crate::i18n::tr_args("stories-quotes", &[("cited", (cited.len()).into())]), |ui| {
        egui::ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
            for q in &ds.quotes {
                let mut on = cited.contains(&q.id);
                let text = format!("{}: “{}…”", ds.name_of(&q.speaker), q.text.chars().take(50).collect::<String>());
                if ui.checkbox(&mut on, text).changed() {
                    if on {
                        cited.push(q.id.clone());
                    } else {
                        cited.retain(|c| *c != q.id);
                    }
                    *changed = true;
                }
            }
        });
    })
    .response
    .on_hover_text(tr("stories-the-quotes-this-step-shows-under"));
}

/// The steps of the story shown, each with its caption, quotes, and buttons to move, show
/// or remove it; changes go into `list`. Returns whether it changed and a step to present.
fn step_list(ui: &mut Ui, ds: &Dataset, st: &mut StoriesState, list: &mut [Story]) -> (bool, Option<usize>) {
    let Some(story) = ds.stories.get(st.story) else { return (false, None) };
    let steps = &mut list[st.story].steps;
    let mut changed = false;
    let mut present = None;
    egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
        let n = story.steps.len();
        for i in 0..n {
            let label = ui.label(
                egui::RichText::new(crate::i18n::tr_args("stories-caption", &[("arg", (i + 1).into())])).strong(),
            );
            let draft = st.drafts.entry(i).or_insert_with(|| story.steps[i].caption.clone());
            let edit = ui
                .add(egui::TextEdit::multiline(draft).desired_rows(2).desired_width(f32::INFINITY))
                .labelled_by(label.id)
                .on_hover_text(tr("stories-bold-italics-a-link-https"));
            if edit.lost_focus() {
                if *draft != story.steps[i].caption {
                    steps[i].caption.clone_from(draft);
                    changed = true;
                }
                st.drafts.remove(&i);
            } else if !edit.has_focus() && *draft != story.steps[i].caption {
                // Changed elsewhere (undo): show what the map holds.
                st.drafts.remove(&i);
            }
            ui.horizontal(|ui| {
                quotes_menu(ui, ds, &mut steps[i].quotes, &mut changed);
                if ui.add_enabled(i > 0, egui::Button::new(tr("stories-up")).small()).clicked() {
                    steps.swap(i, i - 1);
                    st.drafts.clear();
                    changed = true;
                }
                if ui.add_enabled(i + 1 < n, egui::Button::new(tr("stories-down")).small()).clicked() {
                    steps.swap(i, i + 1);
                    st.drafts.clear();
                    changed = true;
                }
                if ui.small_button("Show").on_hover_text(tr("stories-present-from-this-step")).clicked() {
                    present = Some(i);
                }
                if ui.small_button("Remove").on_hover_text(tr("stories-take-this-step-out-undo-puts")).clicked() {
                    steps.remove(i);
                    st.drafts.clear();
                    changed = true;
                }
            });
            ui.separator();
            if changed {
                break;
            }
        }
    });
    (changed, present)
}
