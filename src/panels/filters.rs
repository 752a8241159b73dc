//! The filter panel: tie kinds, statuses and actor kinds, each with its count and its style,
//! so it doubles as the legend. Toggling returns a command.

use crate::command::Command;
use crate::i18n::tr;
use crate::model::{ActorKind, Dataset, Status, TieKind};
use crate::style;
use crate::view::{Filters, LayoutKind};
use eframe::egui::{self, Color32, RichText, Ui};
use std::collections::BTreeMap;

/// The style an entry stands for, drawn as in the map's legend.
enum Look {
    Node(Color32),
    Line { color: Color32, width: f32, dash: Option<[f32; 2]>, arrow: bool, cross: bool },
}

fn swatch(ui: &mut Ui, look: &Look, shown: bool) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(30.0, 14.0), egui::Sense::hover());
    let fade = |c: Color32| if shown { c } else { c.gamma_multiply(0.3) };
    let p = ui.painter();
    match look {
        Look::Node(c) => {
            p.circle_filled(rect.center(), 6.0, fade(*c));
        }
        Look::Line { color, width, dash, arrow, cross } => {
            let c = fade(*color);
            let (a, b) = (rect.left_center(), rect.right_center() - egui::vec2(if *arrow { 7.0 } else { 0.0 }, 0.0));
            let stroke = egui::Stroke::new(*width, c);
            match dash {
                Some([d, g]) => {
                    p.extend(egui::Shape::dashed_line(&[a, b], stroke, *d, *g));
                }
                None => {
                    p.line_segment([a, b], stroke);
                }
            }
            if *arrow {
                let tip = rect.right_center();
                p.add(egui::Shape::convex_polygon(
                    vec![tip, tip - egui::vec2(8.0, 4.0), tip - egui::vec2(8.0, -4.0)],
                    c,
                    egui::Stroke::NONE,
                ));
            }
            if *cross {
                let m = rect.center();
                let s = egui::Stroke::new(1.5, c);
                p.line_segment([m - egui::vec2(3.0, 3.0), m + egui::vec2(3.0, 3.0)], s);
                p.line_segment([m - egui::vec2(3.0, -3.0), m + egui::vec2(3.0, -3.0)], s);
            }
        }
    }
}

fn toggle(ui: &mut Ui, shown: bool, text: &str, look: &Look) -> bool {
    ui.horizontal(|ui| {
        swatch(ui, look, shown);
        let mut on = shown;
        ui.checkbox(&mut on, text)
            .on_hover_text(if shown { tr("filters-click-to-hide") } else { tr("filters-click-to-show") })
            .changed()
    })
    .inner
}

/// How many ties of each kind and status and actors of each kind there are: counted once
/// per dataset, not every frame.
#[derive(Clone, Debug, Default)]
pub(crate) struct Counts {
    tie_kinds: BTreeMap<TieKind, usize>,
    statuses: BTreeMap<Status, usize>,
    actor_kinds: BTreeMap<ActorKind, usize>,
    /// Per source, in the dataset's order: its id, a short label, its full description for
    /// the tooltip, and how many ties cite it.
    sources: Vec<(String, String, String, usize)>,
}

impl Counts {
    pub(crate) fn new(ds: &Dataset) -> Self {
        let mut c = Self::default();
        for t in &ds.ties {
            *c.tie_kinds.entry(t.kind.clone()).or_default() += 1;
            *c.statuses.entry(t.status).or_default() += 1;
        }
        for a in ds.drawn() {
            *c.actor_kinds.entry(a.kind).or_default() += 1;
        }
        // Ties per source in one pass over the ties (a tie citing a source twice counts once).
        let mut citing: BTreeMap<&str, usize> = BTreeMap::new();
        for t in &ds.ties {
            let mut sources: Vec<&str> = t.evidence.iter().map(|e| e.source.as_str()).collect();
            sources.sort_unstable();
            sources.dedup();
            for s in sources {
                *citing.entry(s).or_default() += 1;
            }
        }
        c.sources = ds
            .sources
            .iter()
            .map(|s| {
                let n = citing.get(s.id.as_str()).copied().unwrap_or(0);
                let date = s.date.map(|d| d.to_string()).unwrap_or_default();
                let short = if s.publisher.is_empty() { s.title.clone() } else { format!("{} {date}", s.publisher) };
                let full = format!(
                    "{}\n{}{}",
                    s.title,
                    s.publisher,
                    s.url.as_deref().map(|u| format!("\n{u}")).unwrap_or_default()
                );
                (s.id.clone(), short.trim().to_owned(), full, n)
            })
            .collect();
        c
    }
}

/// Show the filters; `layout` is the current layout and `pins` how many actors are pinned in it.
#[expect(clippy::too_many_lines, reason = "the panel's sections in the order they are drawn, each a few lines")]
pub(crate) fn ui(
    ui: &mut Ui,
    counts: &Counts,
    filters: &Filters,
    layout: LayoutKind,
    pins: usize,
    size_by: Option<crate::view::Metric>,
) -> Option<Command> {
    let mut cmd = None;
    ui.heading(tr("filters-layout"));
    for kind in LayoutKind::ALL {
        if ui.radio(layout == kind, kind.label()).on_hover_text(Command::SetLayout(kind).tooltip()).clicked() {
            cmd = Some(Command::SetLayout(kind));
        }
    }
    if pins > 0
        && ui
            .button(crate::i18n::tr_args("filters-unpin-dragged", &[("pins", pins.into())]))
            .on_hover_text(Command::ClearPins.tooltip())
            .clicked()
    {
        cmd = Some(Command::ClearPins);
    }
    ui.separator();
    ui.heading(tr("filters-show"));
    ui.label(RichText::new(tr("filters-ties")).strong());
    for (kind, n) in &counts.tie_kinds {
        let shown = !filters.hidden_tie_kinds.contains(kind.as_str());
        let info = style::kind_info(kind);
        let label = format!("{} ({n})", info.label);
        let look = Look::Line { color: info.color, width: info.width, dash: None, arrow: info.directed, cross: false };
        if toggle(ui, shown, &label, &look) {
            cmd = Some(Command::ToggleTieKind(kind.as_str().to_owned()));
        }
    }
    ui.label(RichText::new(tr("filters-status")).strong());
    for status in Status::ALL {
        let n = counts.statuses.get(&status).copied().unwrap_or(0);
        let shown = !filters.hidden_statuses.contains(&status);
        let grey = Color32::from_gray(90);
        let look = Look::Line {
            color: if status == Status::Cancelled { grey.gamma_multiply(style::MUTED) } else { grey },
            width: 2.0,
            dash: style::dash(status),
            arrow: false,
            cross: status == Status::Cancelled,
        };
        if toggle(ui, shown, &format!("{} ({n})", capitalised(&crate::i18n::status(status))), &look) {
            cmd = Some(Command::ToggleStatus(status));
        }
    }
    ui.label(RichText::new(tr("filters-actors")).strong());
    for kind in ActorKind::ALL {
        let n = counts.actor_kinds.get(&kind).copied().unwrap_or(0);
        if n == 0 {
            continue;
        }
        let shown = !filters.hidden_actor_kinds.contains(&kind);
        if toggle(ui, shown, &format!("{} ({n})", crate::i18n::actor_kind(kind)), &Look::Node(style::actor_color(kind)))
        {
            cmd = Some(Command::ToggleActorKind(kind));
        }
    }
    if counts.sources.len() > 1 {
        let hidden = filters.hidden_sources.len();
        let title = if hidden == 0 {
            crate::i18n::tr_args("filters-sources", &[("count", counts.sources.len().into())])
        } else {
            crate::i18n::tr_args(
                "filters-sources-shown",
                &[("shown", (counts.sources.len() - hidden).into()), ("count", counts.sources.len().into())],
            )
        };
        egui::CollapsingHeader::new(RichText::new(title).strong()).id_salt("sources").show(ui, |ui| {
            for (id, short, full, n) in &counts.sources {
                let shown = !filters.hidden_sources.contains(id);
                ui.horizontal(|ui| {
                    let mut on = shown;
                    let text = format!("{short} ({n})");
                    // Screen readers (and tests) hear which source each control is for.
                    let check = ui.checkbox(&mut on, "");
                    check.widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, shown, &text));
                    if check.on_hover_text(full.as_str()).changed() {
                        cmd = Some(Command::ToggleSource(id.clone()));
                    }
                    let only = Command::OnlySource(id.clone());
                    let button = ui.small_button(only.text());
                    button.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Button,
                            true,
                            crate::i18n::tr_args("filters-only", &[("short", short.into())]),
                        )
                    });
                    if button.on_hover_text(only.tooltip()).clicked() {
                        cmd = Some(only);
                    }
                    // Long titles are cut to the panel's width; the tooltip has them whole.
                    ui.add(egui::Label::new(text).truncate()).on_hover_text(full.as_str());
                });
            }
        });
    }
    let size = crate::legend::size_text(size_by);
    ui.weak(crate::i18n::tr_args("filters-size-note", &[("size", size.into())]));
    ui.add_space(4.0);
    if ui
        .add_enabled(!filters.is_empty(), egui::Button::new(Command::ResetFilters.text()))
        .on_hover_text(Command::ResetFilters.tooltip())
        .clicked()
    {
        cmd = Some(Command::ResetFilters);
    }
    cmd
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}
