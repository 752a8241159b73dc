//! The timeline (`egui_plot`): every dated tie a mark at its date, one row per kind (a
//! histogram per kind for large datasets);
//! the time range, its mode, and play.

use crate::command::Command;
use crate::filter::{self, Visible};
use crate::i18n::{tr, tr_args};
use crate::model::{Dataset, Status, TieKind};
use crate::style;
use crate::view::{Player, Selection, TimeMode, ViewState};
use eframe::egui::{self, Color32, Ui};
use egui_plot::{ItemId, ItemIdMap, MarkerShape, Plot, Points, Span};
use std::collections::{BTreeMap, BTreeSet};

/// Where a tie's mark goes: its date, a partial date spread over its month or year
/// by a fixed offset drawn from its id (so marks of one year do not pile up).
pub(crate) fn mark_x(id: &str, range: [f64; 2]) -> f64 {
    let t = spread(id, 1000) as f64 / 1000.0;
    range[0] + (range[1] - range[0]) * (0.1 + 0.8 * t)
}

/// A fixed spread of an id over 0..n (FNV-1a): partial dates placed within their month or
/// year the same way every time.
fn spread(id: &str, n: u64) -> u64 {
    let hash = id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    hash % n
}

fn shape(status: Status) -> MarkerShape {
    match status {
        Status::Held => MarkerShape::Circle,
        Status::Planned => MarkerShape::Diamond,
        Status::Cancelled => MarkerShape::Cross,
    }
}

fn year_field(ui: &mut Ui, label: &str, value: &mut f64) -> bool {
    let label = ui.label(label);
    ui.add(
        egui::DragValue::new(value)
            .speed(0.05)
            .range(1900.0..=2100.0)
            .custom_formatter(|v, _| filter::format_year(v, true))
            .custom_parser(filter::parse_year),
    )
    .labelled_by(label.id)
    .on_hover_text(tr("timeline-drag-or-type-a-date-2025"))
    .changed()
}

/// Above this many ties the timeline draws a histogram per kind (`density.rs`) instead of
/// one clickable marker per tie.
pub(crate) const PER_TIE_MAX: usize = 400;

mod density;

/// What the timeline needs from the dataset, computed once per change of data or filters
/// rather than every frame.
#[derive(Clone, Debug, Default)]
pub(crate) struct Summary {
    extent: Option<[f64; 2]>,
    undated: usize,
    kinds: Vec<TieKind>,
    /// Only for datasets of more than `PER_TIE_MAX` ties.
    density: Option<density::Density>,
}

impl Summary {
    /// The time all dated ties cover, as fractional years.
    pub(crate) fn extent(&self) -> Option<[f64; 2]> {
        self.extent
    }

    pub(crate) fn new(ds: &Dataset, visible: &Visible) -> Self {
        let base = Base::of(ds);
        let (extent, undated, kinds) = (base.extent, base.undated, base.kinds.clone());
        // All the data's counts are made once per version of the data; those shown are read
        // from the shown ties alone: moving the window over a million ties reads only those in it.
        let density = base.all.as_ref().map(|all| density::Density::new(all, visible));
        Self { extent, undated, kinds, density }
    }
}

/// What the timeline draws of all the data, whatever the filters: made once per version.
#[derive(Debug)]
struct Base {
    extent: Option<[f64; 2]>,
    undated: usize,
    kinds: Vec<TieKind>,
    all: Option<density::AllCounts>,
}

impl Base {
    fn of(ds: &Dataset) -> std::sync::Arc<Self> {
        static LAST: crate::model::LastOf<Base> = crate::model::LastOf::new();
        LAST.get(ds, Self::new)
    }

    fn new(ds: &Dataset) -> Self {
        let kinds: Vec<TieKind> =
            ds.ties.iter().map(|t| &t.kind).collect::<BTreeSet<_>>().into_iter().cloned().collect();
        Self {
            extent: filter::extent(ds),
            undated: ds.ties.iter().filter(|x| x.date.is_undated()).count(),
            all: (ds.ties.len() > PER_TIE_MAX).then(|| density::AllCounts::new(ds, &kinds)),
            kinds,
        }
    }
}

/// The timeline panel. What the user changes comes back as a command.
#[expect(clippy::too_many_lines, reason = "the panel's controls, then its plot, in the order they are drawn")]
pub(crate) fn ui(
    ui: &mut Ui,
    ds: &Dataset,
    summary: &Summary,
    visible: &Visible,
    view: &ViewState,
    player: &Player,
) -> Option<Command> {
    let (time, selection, lang) = (&view.time, view.selection.as_ref(), view.labels.tag());
    let mut cmd = None;
    let mut edited = *player;
    let extent = summary.extent.unwrap_or([2000.0, 2026.0]);
    ui.horizontal(|ui| {
        let play = if player.playing { tr("timeline-pause") } else { tr("timeline-play") };
        if ui
            .button(play)
            .on_hover_text(crate::i18n::tr_args(
                "timeline-space",
                &[("tooltip", (Command::TogglePlay.tooltip()).into())],
            ))
            .clicked()
        {
            cmd = Some(Command::TogglePlay);
        }
        ui.add(
            egui::DragValue::new(&mut edited.speed)
                .range(0.1..=50.0)
                .speed(0.1)
                .suffix(format!(" {}", tr("timeline-years-per-second"))),
        )
        .on_hover_text(tr("timeline-play-speed"));
        ui.checkbox(&mut edited.looping, tr("timeline-loop"));
        if edited != *player {
            cmd = Some(Command::SetPlayer(edited));
        }
        ui.separator();
        let mut t = *time;
        if ui
            .radio(t.mode == TimeMode::Window, tr("timeline-window"))
            .on_hover_text(tr("timeline-only-ties-within-the-range"))
            .clicked()
        {
            t.mode = TimeMode::Window;
        }
        if ui
            .radio(t.mode == TimeMode::Cumulative, tr("timeline-cumulative"))
            .on_hover_text(tr("timeline-every-tie-up-to-the-end"))
            .clicked()
        {
            t.mode = TimeMode::Cumulative;
        }
        ui.separator();
        let [mut from, mut to] = t.range.unwrap_or(extent);
        let changed = year_field(ui, &tr("timeline-from"), &mut from) | year_field(ui, &tr("timeline-to"), &mut to);
        if changed {
            t.range = Some([from.min(to), from.max(to)]);
        }
        if ui
            .add_enabled(t.range.is_some(), egui::Button::new(tr("timeline-all-time")))
            .on_hover_text(tr("timeline-show-ties-of-every-date"))
            .clicked()
        {
            t.range = None;
        }
        if let Some([a, b]) = time.compare {
            ui.separator();
            let years = |p: [f64; 2]| format!("{}–{}", p[0].floor(), (p[1] - 1e-9).floor());
            ui.strong(tr_args("timeline-comparing", &[("a", years(a).into()), ("b", years(b).into())]))
                .on_hover_text(tr("timeline-the-map-shows-the-ties-of"));
            let stop = Command::SetCompare(None);
            if ui.button(stop.text()).on_hover_text(stop.tooltip()).clicked() {
                cmd = Some(stop);
            }
        }
        let undated = summary.undated;
        if undated > 0 {
            ui.weak(tr_args("timeline-undated", &[("count", undated.into())]));
        }
        if t != *time {
            cmd = Some(Command::SetTime(t));
        }
    });

    let kinds = &summary.kinds;
    let rows: BTreeMap<TieKind, f64> = kinds.iter().enumerate().map(|(i, k)| (k.clone(), i as f64)).collect();
    let row_names: Vec<String> = kinds.iter().map(crate::i18n::tie_kind).collect();
    let rows_n = kinds.len();
    let mut ids: ItemIdMap<String> = ItemIdMap::default();
    let selected_tie = match selection {
        Some(Selection::Tie(id)) => Some(id.as_str()),
        _ => None,
    };
    let response = Plot::new("timeline")
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .show_grid([true, false])
        .include_y(-0.6)
        .include_y(kinds.len() as f64 - 0.4)
        .include_x(extent[0] - 0.5)
        .include_x(extent[1] + 0.5)
        // One mark per row, so every kind's row is named (not only those a default grid hits);
        // a large step makes egui_plot draw each label at full strength.
        .y_grid_spacer(move |_| {
            (0..rows_n).map(|i| egui_plot::GridMark { value: i as f64, step_size: 100.0 }).collect()
        })
        .y_axis_formatter(move |mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() < 1e-6 && i >= 0.0 {
                row_names.get(i as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .x_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .label_formatter(|hover| match hover {
            egui_plot::HoverPosition::NearDataPoint { plot_name, .. } => Some((*plot_name).to_owned()),
            egui_plot::HoverPosition::Elsewhere { position } => Some(
                summary
                    .density
                    .as_ref()
                    .and_then(|d| d.describe(position.x, position.y))
                    .unwrap_or_else(|| filter::format_year(position.x, false)),
            ),
        })
        .show(ui, |plot| {
            if let Some([a, b]) = time.range {
                plot.span(
                    Span::new(tr("timeline-time-range"), a..=b).fill(Color32::from_rgba_unmultiplied(70, 120, 200, 40)),
                );
            }
            if summary.density.is_some() {
                // Drawn over the plot below, as one mesh.
                return;
            }
            for (i, t) in ds.ties.iter().enumerate() {
                let Some(range) = filter::span_range(&t.date) else { continue };
                let y = rows.get(&t.kind).copied().unwrap_or(0.0);
                let shown = visible.ties.has(i);
                let mut color = style::tie_color(&t.kind);
                if !shown {
                    color = color.gamma_multiply(0.25);
                }
                let id = ItemId::new(("tie", t.id.as_str()));
                ids.insert(id, t.id.clone());
                let selected = selected_tie == Some(t.id.as_str());
                plot.points(
                    Points::new(crate::scene::tie_title(ds, t, lang), vec![[mark_x(&t.id, range), y]])
                        .id(("tie", t.id.as_str()))
                        .shape(shape(t.status))
                        .radius(if selected { 8.0 } else { 5.5 })
                        .filled(t.status != Status::Planned)
                        .color(color),
                );
            }
        });
    if let Some(d) = &summary.density {
        let t = &response.transform;
        let clip = *t.frame();
        let mesh = d.mesh(clip, |x, y| t.position_from_point(&egui_plot::PlotPoint::new(x, y)));
        ui.painter().with_clip_rect(clip).add(egui::Shape::mesh(mesh));
    }
    if response.response.clicked()
        && let Some(tie) = response.hovered_plot_item.and_then(|id| ids.get(&id))
    {
        cmd = Some(Command::Select(Some(Selection::Tie(tie.clone()))));
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_spread_within_their_dates() {
        let x = mark_x("a", [2004.0, 2005.0]);
        assert!((2004.0..2005.0).contains(&x));
        assert_eq!(x, mark_x("a", [2004.0, 2005.0]));
    }
}
