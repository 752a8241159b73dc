//! The legend: one entry per style the map uses. Shared by the screen and exports.

use crate::i18n::{tr, tr_args};
use crate::model::{ActorKind, Dataset, Status, TieKind};
use crate::style;
use crate::text;
use crate::view::{ColourBy, Look};
use eframe::egui::{Color32, Pos2, Rect, Vec2};
use std::collections::BTreeSet;

#[derive(Clone, Debug, PartialEq)]
pub enum Swatch {
    Node(Color32),
    Line {
        color: Color32,
        width: f32,
        dash: Option<[f32; 2]>,
        arrow: bool,
        cross: bool,
    },
    /// Small and large circles: size means number of ties.
    Sizes,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub swatch: Swatch,
    pub text: String,
}

/// Entries for the node kinds on the map (or what their colour says under `look`), what
/// their size says, the tie kinds and the statuses present in `ds`, the widths of lines that
/// stand for several ties, the ring of visits, and, while `comparing`, the colours of change.
pub(crate) fn entries(ds: &Dataset, look: Look, comparing: bool) -> Vec<Entry> {
    let mut out = Vec::new();
    match look.colour_by {
        ColourBy::Kind => {
            let kinds: BTreeSet<ActorKind> = ds.drawn().iter().map(|a| a.kind).collect();
            for kind in ActorKind::ALL.into_iter().filter(|k| kinds.contains(k)) {
                out.push(Entry { swatch: Swatch::Node(style::actor_color(kind)), text: crate::i18n::actor_kind(kind) });
            }
        }
        ColourBy::Metric(m) => {
            out.push(Entry {
                swatch: Swatch::Node(style::ramp(0.0)),
                text: tr_args("legend-metric-lowest", &[("metric", m.label().into())]),
            });
            out.push(Entry { swatch: Swatch::Node(style::ramp(0.5)), text: tr("legend-metric-half") });
            out.push(Entry {
                swatch: Swatch::Node(style::ramp(1.0)),
                text: tr_args("legend-metric-highest", &[("metric", m.label().into())]),
            });
        }
        ColourBy::Community => {
            out.push(Entry { swatch: Swatch::Node(style::community_color(0)), text: tr("legend-community") });
        }
    }
    out.push(Entry { swatch: Swatch::Sizes, text: size_text(look.size_by) });
    let tie_kinds: BTreeSet<&TieKind> = ds.ties.iter().map(|t| &t.kind).collect();
    for kind in tie_kinds {
        let info = style::kind_info(kind);
        out.push(Entry {
            swatch: Swatch::Line {
                color: info.color,
                width: info.width,
                dash: None,
                arrow: info.directed,
                cross: false,
            },
            text: info.legend.into_owned(),
        });
    }
    let statuses: BTreeSet<Status> = ds.ties.iter().map(|t| t.status).collect();
    let grey = Color32::from_gray(90);
    for status in Status::ALL.into_iter().filter(|s| statuses.contains(s)) {
        let (color, text) = match status {
            Status::Held => (grey, tr("legend-held")),
            Status::Planned => (grey, tr("legend-planned")),
            Status::Cancelled => (grey.gamma_multiply(style::MUTED), tr("legend-cancelled")),
        };
        out.push(Entry {
            swatch: Swatch::Line {
                color,
                width: 2.2,
                dash: style::dash(status),
                arrow: false,
                cross: status == Status::Cancelled,
            },
            text,
        });
    }
    flow_entries(ds, comparing, &mut out);
    out
}

/// Line widths, when some pair has more ties than are drawn one by one; the ring of visits;
/// the colours of change.
fn flow_entries(ds: &Dataset, comparing: bool, out: &mut Vec<Entry>) {
    let line = |color: Color32, width: f32, arrow: bool, dash: Option<[f32; 2]>| Swatch::Line {
        color,
        width,
        dash,
        arrow,
        cross: false,
    };
    let mut per_pair: std::collections::BTreeMap<(&str, &str), usize> = std::collections::BTreeMap::new();
    for t in &ds.ties {
        for to in &t.to {
            let (a, b) = if t.from.as_str() <= to.as_str() {
                (t.from.as_str(), to.as_str())
            } else {
                (to.as_str(), t.from.as_str())
            };
            *per_pair.entry((a, b)).or_default() += 1;
        }
    }
    if comparing || per_pair.values().any(|n| *n > style::BUNDLE_ABOVE) {
        for n in [1, 5, 20] {
            let text =
                if n == 1 { tr("legend-width-one") } else { tr_args("legend-width-many", &[("count", n.into())]) };
            out.push(Entry { swatch: line(style::BUNDLE, style::flow_width(n), false, None), text });
        }
    }
    if ds.ties.iter().any(|t| t.kind == TieKind::Visit) {
        out.push(Entry {
            swatch: line(style::RECEIVED, style::BALANCE_W, false, None),
            text: tr("legend-ring-received"),
        });
        out.push(Entry { swatch: line(style::MADE, style::BALANCE_W, false, None), text: tr("legend-ring-made") });
    }
    if comparing {
        for c in crate::analysis::Change::ALL {
            let dash = (c == crate::analysis::Change::Lapsed).then_some([6.0, 4.0]);
            out.push(Entry {
                swatch: line(style::change_color(c), 3.0, false, dash),
                text: tr_args("legend-pair-change", &[("change", c.name().to_lowercase().into())]),
            });
        }
    }
}

/// Text size of legend entries, in pixels.
pub(crate) const FONT_SIZE: f32 = 12.0;
const ROW: f32 = 20.0;
/// Width of the swatch column.
pub(crate) const SWATCH_W: f32 = 34.0;
const PAD: f32 = 8.0;

/// One laid-out legend row.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub swatch: Swatch,
    pub text: String,
    /// Left end of the swatch, at the row's vertical centre.
    pub swatch_left: Pos2,
    /// Left end of the text, at the row's vertical centre.
    pub text_left: Pos2,
}

/// The legend box and its rows, in pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub rect: Rect,
    pub rows: Vec<Row>,
}

/// Lay the entries out in a box whose bottom-left corner is `corner`.
pub(crate) fn layout(entries: &[Entry], corner: Pos2) -> Layout {
    let text_w = entries.iter().map(|e| text::width(&e.text, FONT_SIZE)).fold(0.0, f32::max);
    let size = Vec2::new(PAD * 3.0 + SWATCH_W + text_w, PAD * 2.0 + ROW * entries.len() as f32);
    let rect = Rect::from_min_size(corner - Vec2::new(0.0, size.y), size);
    let rows = entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let y = rect.min.y + PAD + ROW * (i as f32 + 0.5);
            Row {
                swatch: e.swatch.clone(),
                text: e.text.clone(),
                swatch_left: Pos2::new(rect.min.x + PAD, y),
                text_left: Pos2::new(rect.min.x + PAD * 2.0 + SWATCH_W, y),
            }
        })
        .collect();
    Layout { rect, rows }
}

/// How much of the view's left side the legend takes, with its gaps.
pub(crate) fn reserved_width(entries: &[Entry]) -> f32 {
    if entries.is_empty() { 0.0 } else { layout(entries, Pos2::ZERO).rect.width() + 24.0 }
}

/// The arrowhead of the visit swatch, tip first.
pub(crate) fn arrow_swatch(tip: Pos2) -> [Pos2; 3] {
    [tip, tip - Vec2::new(10.0, 5.0), tip - Vec2::new(10.0, -5.0)]
}

/// What node size stands for: "Node size: number of ties" or a metric of the view.
pub(crate) fn size_text(size_by: Option<crate::view::Metric>) -> String {
    match size_by {
        None => tr("legend-size-ties"),
        Some(m) => tr_args("legend-size-metric", &[("metric", m.label().to_lowercase().into())]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_legend_explains_every_style_used() {
        let ds = crate::load::article();
        let texts: Vec<String> = entries(&ds, Look::default(), false).into_iter().map(|e| e.text).collect();
        for want in ["State", "Forum / dialogue format", "Region", "Context actor", "Visit (arrow: from → to)"] {
            assert!(texts.iter().any(|t| t == want), "{want} in {texts:?}");
        }
        for want in ["Dialogue", "Planned", "Cancelled", "Held"] {
            assert!(texts.iter().any(|t| t.starts_with(want)), "{want} in {texts:?}");
        }
    }
}
