//! Saved views and stories in the app: saving and restoring views (the map moves to them,
//! eased), and presenting a story: the map and the step's caption large, Right/Left/Space
//! to step, Esc to leave.

use super::{App, StatusLine};
use crate::command::Command;
use crate::i18n::tr;
use crate::model::{Edit, Span, caption_spans};
use crate::views::{self, Transition};
use eframe::egui::{self, RichText, Ui};

/// Stories and views: the windows' state, the story being presented, the move under way.
#[derive(Debug, Default)]
pub(super) struct Stories {
    pub(super) panel: crate::panels::stories::StoriesState,
    /// The story and step presented.
    pub(super) presenting: Option<(usize, usize)>,
    pub(super) transition: Option<Transition>,
}

impl App {
    pub(super) fn run_story(&mut self, ctx: &egui::Context, cmd: Command) {
        match cmd {
            Command::ToggleViews => self.stories.panel.views_open ^= true,
            Command::ToggleStories => self.stories.panel.stories_open ^= true,
            Command::SaveView(name) => {
                let saved = self.current_view(&name);
                let mut list = self.loaded.dataset.views.clone();
                list.push(saved);
                self.edit_named(
                    Edit::Views(list),
                    crate::i18n::tr_args("story-save-view", &[("name", name.clone().into())]),
                );
                self.status =
                    Some(StatusLine::Done(crate::i18n::tr_args("story-saved-the-view", &[("name", name.into())])));
            }
            Command::RestoreView(saved) => self.go_to(ctx, &saved),
            Command::Present(story, step) => {
                let Some(s) = self.loaded.dataset.stories.get(story) else { return };
                if s.steps.is_empty() {
                    self.status = Some(StatusLine::Failed(crate::i18n::tr_args(
                        "story-has-no-steps-to-present",
                        &[("name", s.name.clone().into())],
                    )));
                    return;
                }
                let step = step.min(s.steps.len() - 1);
                self.stories.presenting = Some((story, step));
                let view = s.steps[step].view.clone();
                self.go_to(ctx, &view);
            }
            Command::PresentStory => {
                let story = self.stories.panel.story.min(self.loaded.dataset.stories.len().saturating_sub(1));
                if self.loaded.dataset.stories.is_empty() {
                    self.status = Some(StatusLine::Failed(tr("story-no-story-to-present")));
                } else {
                    self.run_story(ctx, Command::Present(story, 0));
                }
            }
            Command::NextStep | Command::PreviousStep => {
                let Some((story, step)) = self.stories.presenting else { return };
                let n = self.loaded.dataset.stories.get(story).map_or(0, |s| s.steps.len());
                let next =
                    if cmd == Command::NextStep { (step + 1).min(n.saturating_sub(1)) } else { step.saturating_sub(1) };
                if next != step {
                    self.run_story(ctx, Command::Present(story, next));
                }
            }
            Command::StopPresenting => {
                self.stories.presenting = None;
                self.stories.transition = None;
            }
            _ => {}
        }
    }

    /// The view on screen as a saved view named `name`.
    pub(super) fn current_view(&self, name: &str) -> crate::model::SavedView {
        let camera = self.state.view.camera.unwrap_or_else(|| self.fitted_camera());
        views::capture(name, &self.state.view, camera, self.map.size())
    }

    /// Show a saved view: filters, layout, selection at once; the camera and the time range
    /// move there over a second.
    fn go_to(&mut self, ctx: &egui::Context, saved: &crate::model::SavedView) {
        let size = self.map.size();
        let target = views::restore(saved, size, &self.state.view);
        let from_camera = self.state.view.camera.unwrap_or_else(|| self.fitted_camera());
        let from_time = self.state.view.time.range;
        let to_time = target.time.range;
        let same_layout = target.layout == self.state.view.layout;
        self.state.view = crate::view::ViewState { camera: Some(from_camera), ..target.clone() };
        self.state.view.time.range = from_time.or(to_time);
        self.refresh();
        let to_camera = target.camera.unwrap_or_else(|| self.fitted_camera());
        if same_layout {
            let start = ctx.input(|i| i.time);
            self.stories.transition =
                Some(Transition { from: (from_camera, from_time), to: (to_camera, to_time), start });
        } else {
            // Another layout: the map is laid out anew, nothing to move from.
            self.state.view.camera = Some(to_camera);
            self.state.view.time.range = to_time;
            self.stories.transition = None;
        }
        ctx.request_repaint();
    }

    /// Move the camera and time range along the transition under way.
    pub(super) fn advance_transition(&mut self, ctx: &egui::Context) {
        let Some(t) = &self.stories.transition else { return };
        let (camera, time, done) = t.at(ctx.input(|i| i.time));
        self.state.view.camera = Some(camera);
        self.state.view.time.range = time;
        if done {
            self.stories.transition = None;
        } else {
            ctx.request_repaint();
        }
        self.refresh();
    }

    /// The presentation: the step's caption and quotes large under the map, the keys to
    /// step through it. Returns what the user asked for.
    pub(super) fn presentation(&mut self, ui: &mut Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let Some((story, step)) = self.stories.presenting else { return commands };
        let ds = &self.loaded.dataset;
        let Some(s) = ds.stories.get(story) else {
            self.stories.presenting = None;
            return commands;
        };
        let Some(current) = s.steps.get(step) else {
            self.stories.presenting = None;
            return commands;
        };
        let keys = ui.input_mut(|i| {
            let next = [egui::Key::ArrowRight, egui::Key::Space, egui::Key::PageDown]
                .into_iter()
                .any(|k| i.consume_key(egui::Modifiers::NONE, k));
            let back =
                [egui::Key::ArrowLeft, egui::Key::PageUp].into_iter().any(|k| i.consume_key(egui::Modifiers::NONE, k));
            let leave = i.consume_key(egui::Modifiers::NONE, egui::Key::Escape);
            (next, back, leave)
        });
        match keys {
            (_, _, true) => commands.push(Command::StopPresenting),
            (true, _, _) => commands.push(Command::NextStep),
            (_, true, _) => commands.push(Command::PreviousStep),
            _ => {}
        }
        let caption = egui::Panel::bottom("caption").min_size(120.0).show(ui, |ui| {
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing.x = 0.0;
                for span in caption_spans(&current.caption) {
                    let size = 26.0;
                    match span {
                        Span::Text(t) => {
                            ui.label(RichText::new(t).size(size));
                        }
                        Span::Bold(t) => {
                            ui.label(RichText::new(t).size(size).strong());
                        }
                        Span::Italic(t) => {
                            ui.label(RichText::new(t).size(size).italics());
                        }
                        Span::Link { text, url } => {
                            ui.hyperlink_to(RichText::new(text).size(size), url);
                        }
                    }
                }
            });
            for id in &current.quotes {
                if let Some(q) = ds.quotes.iter().find(|q| q.id == *id) {
                    ui.add_space(6.0);
                    ui.label(RichText::new(format!("“{}”", q.text)).size(19.0).italics());
                    let source = ds.source(&q.source).map(|s| format!(" — {}", s.title)).unwrap_or_default();
                    ui.label(RichText::new(format!("{}{source}", ds.name_of(&q.speaker))).size(15.0).weak());
                }
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                ui.weak(crate::i18n::tr_args(
                    "story-step-of",
                    &[("name", s.name.clone().into()), ("arg", (step + 1).into()), ("steps", (s.steps.len()).into())],
                ));
                if ui.add_enabled(step > 0, egui::Button::new(tr("story-back"))).clicked() {
                    commands.push(Command::PreviousStep);
                }
                if ui.add_enabled(step + 1 < s.steps.len(), egui::Button::new(tr("story-next"))).clicked() {
                    commands.push(Command::NextStep);
                }
                if ui.button(tr("story-leave-esc")).clicked() {
                    commands.push(Command::StopPresenting);
                }
            });
        });
        let _ = caption;
        commands
    }
}
