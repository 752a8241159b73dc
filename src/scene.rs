//! Dataset + layout + view → the picture, as pixel-space primitives.
//!
//! The screen (`paint.rs`) and every export draw from this one description, so
//! what is exported is what was on screen. Pure: no `Ui` here.

use crate::basemap::Basemap;
use crate::filter::Visible;
use crate::layout::Layout;
use crate::legend;
use crate::model::{ActorKind, Dataset, Status, Tie, TieKind};
use crate::style;
use crate::text;
use crate::view::{Camera, Selection};
use eframe::egui::{Align2, Color32, Pos2, Rect, Vec2};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// How an element stands out given the selection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Emphasis {
    Dimmed,
    Normal,
    Highlighted,
    Selected,
}

/// A country of the base map, in pixels.
#[derive(Clone, Debug)]
pub struct Land {
    pub name: String,
    /// Each polygon: outer ring, then holes.
    pub polygons: Vec<Vec<Vec<Pos2>>>,
    /// Fill triangles per polygon, indexing its rings' points in order.
    pub triangles: Vec<Vec<u32>>,
    pub fill: Color32,
}

#[derive(Clone, Debug)]
pub struct EdgeShape {
    pub tie: String,
    /// "Visit: Japan → Kazakhstan, 2025-08-24".
    pub title: String,
    pub kind: TieKind,
    pub status: Status,
    /// One polyline per drawn segment (a tie to several actors has several).
    pub paths: Vec<Vec<Pos2>>,
    /// Arrowheads as triangles (tip first).
    pub arrows: Vec<[Pos2; 3]>,
    /// Where a cancelled tie is crossed out.
    pub crosses: Vec<Pos2>,
    pub color: Color32,
    pub width: f32,
    pub dash: Option<[f32; 2]>,
    pub emphasis: Emphasis,
    /// For a bundle of ties between two actors: the pair, the ties, and where the count goes.
    pub bundle: Option<Bundle>,
    /// While two periods are compared: how this pair changed.
    pub change: Option<crate::analysis::Change>,
}

/// Several ties between the same two actors, drawn as one edge labelled with their count.
#[derive(Clone, Debug, PartialEq)]
pub struct Bundle {
    pub pair: (String, String),
    /// The positions of its ties in the dataset's list.
    pub members: Vec<u32>,
    /// Their ids, in the order of `members`: written by `build` (exports and tests), not for
    /// the screen, where a flow may hold thousands.
    pub ties: Vec<String>,
    /// Each tie's title, in the order of `ties`.
    pub titles: Vec<String>,
    /// Names the line among the pair's (its SVG id): "jp-uz-out", "jp-uz-back", "jp-uz".
    pub name: String,
    /// Which way its ties go: `Some(true)` from the pair's first to its second actor,
    /// `Some(false)` back, `None` for ties without a direction.
    pub forward: Option<bool>,
    pub label_at: Pos2,
}

impl EdgeShape {
    /// What a click on this edge selects.
    #[must_use]
    pub fn selection(&self) -> Selection {
        match &self.bundle {
            Some(b) => Selection::Pair(b.pair.0.clone(), b.pair.1.clone()),
            None => Selection::Tie(self.tie.clone()),
        }
    }
}

#[derive(Clone, Debug)]
pub struct NodeShape {
    pub actor: String,
    pub name: String,
    pub kind: ActorKind,
    pub ties: usize,
    pub center: Pos2,
    pub radius: f32,
    pub fill: Color32,
    pub ring: Option<(f32, Color32)>,
    pub label_color: Color32,
    pub emphasis: Emphasis,
    /// The label's box (its text, without the halo), or `None` where showing it would
    /// cover a more important label (level of detail: see `place_labels`).
    pub label: Option<Rect>,
    /// Visits shown that it made and received: drawn as a ring around the disc.
    pub visits: [usize; 2],
}

impl NodeShape {
    /// The ring of visits: from the top, clockwise, the share received, then the share made;
    /// each arc a polyline with its colour, `style::BALANCE_W` wide. None without visits or
    /// on a dense map.
    #[must_use]
    pub fn balance_arcs(&self) -> Vec<(Vec<Pos2>, Color32)> {
        let [made, received] = self.visits;
        let total = made + received;
        if total == 0 || self.radius < 4.0 {
            return Vec::new();
        }
        let r = self.radius + style::BALANCE_W / 2.0 + 1.5;
        let split = std::f32::consts::TAU * received as f32 / total as f32;
        let arc = |from: f32, to: f32| -> Vec<Pos2> {
            let steps = ((to - from) / 0.15).ceil().max(1.0) as usize;
            (0..=steps)
                .map(|i| {
                    let a = from + (to - from) * i as f32 / steps as f32 - std::f32::consts::FRAC_PI_2;
                    self.center + Vec2::angled(a) * r
                })
                .collect()
        };
        let mut out = Vec::new();
        if received > 0 {
            out.push((arc(0.0, split), style::RECEIVED.gamma_multiply(self.alpha())));
        }
        if made > 0 {
            out.push((arc(split, std::f32::consts::TAU), style::MADE.gamma_multiply(self.alpha())));
        }
        out
    }

    fn alpha(&self) -> f32 {
        if self.emphasis == Emphasis::Dimmed { style::DIM } else { 1.0 }
    }

    /// Where the label may go, in order of preference: below, right, left, above the node.
    fn label_candidates(&self) -> [Rect; 4] {
        let size = Vec2::new(text::width(&self.name, LABEL_SIZE), text::line_height(LABEL_SIZE));
        let (c, r) = (self.center, self.radius);
        [
            Rect::from_min_size(c + Vec2::new(-size.x / 2.0, r + 3.0), size),
            Rect::from_min_size(c + Vec2::new(r + 5.0, -size.y / 2.0), size),
            Rect::from_min_size(c + Vec2::new(-r - 5.0 - size.x, -size.y / 2.0), size),
            Rect::from_min_size(c + Vec2::new(-size.x / 2.0, -r - 3.0 - size.y), size),
        ]
    }
}

/// A line of text over the map (credit line, title), placed by one of its corners.
#[derive(Clone, Debug, PartialEq)]
pub struct TextItem {
    pub text: String,
    pub anchor: Pos2,
    pub align: Align2,
    pub size: f32,
    pub color: Color32,
    pub halo: bool,
}

impl TextItem {
    /// The text's box.
    pub fn rect(&self) -> Rect {
        let size = Vec2::new(text::width(&self.text, self.size), text::line_height(self.size));
        self.align.anchor_size(self.anchor, size)
    }
}

/// What is drawn over the map: the legend, the credit line, a title.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Overlay {
    pub legend: Option<legend::Layout>,
    pub texts: Vec<TextItem>,
}

/// Which parts of the overlay to draw.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OverlayOptions {
    pub legend: bool,
    pub title: bool,
    /// The credit line: the source and the base map.
    pub credit: bool,
    /// Add "made with Bridges" to the credit line (exports).
    pub made_with: bool,
}

/// "Source: The Times of Central Asia, 2025 · Base map: Natural Earth (public domain)".
/// The credit line, at most `max_width` pixels wide: each source's publisher and year, or,
/// with many sources, their publishers by how many sources each gave, as many as fit, then
/// how many more (every source is listed in the side panel and checked by `bridges check`).
pub(crate) fn credit_line(ds: &Dataset, made_with: bool, max_width: f32) -> String {
    let mut tail = format!(" · {}", crate::i18n::tr("credit-base-map"));
    if made_with {
        let _ = write!(tail, " · {}", crate::i18n::tr("credit-made-with"));
    }
    let who = |s: &crate::model::Source| if s.publisher.is_empty() { s.title.clone() } else { s.publisher.clone() };
    let mut parts: Vec<String> = ds
        .sources
        .iter()
        .map(|s| match s.date {
            Some(d) => format!("{}, {}", who(s), d.year),
            None => who(s),
        })
        .collect();
    parts.dedup();
    let full = if parts.is_empty() {
        String::new()
    } else {
        crate::i18n::tr_args("credit-source", &[("sources", parts.join("; ").into())])
    };
    let fits = |line: &str| text::width(&format!("{line}{tail}"), CREDIT_SIZE) <= max_width;
    if parts.is_empty() {
        return tail.strip_prefix(" · ").unwrap_or(&tail).to_owned();
    }
    if fits(&full) {
        return full + &tail;
    }
    // Publishers, most sources first (then by name, so the line is the same every time).
    let mut by: BTreeMap<String, usize> = BTreeMap::new();
    for s in &ds.sources {
        *by.entry(who(s)).or_default() += 1;
    }
    let mut ranked: Vec<(String, usize)> = by.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut line = crate::i18n::tr_args("credit-sources", &[("count", ds.sources.len().into())]);
    let mut shown = 0;
    for (i, (name, n)) in ranked.iter().enumerate() {
        let item = if *n > 1 { format!("{name} ({n})") } else { name.clone() };
        let rest = ranked.len() - i - 1;
        let more = if rest > 0 {
            format!("; {}", crate::i18n::tr_args("credit-more", &[("count", rest.into())]))
        } else {
            String::new()
        };
        let next = format!("{line}{} {item}{more}", if i == 0 { "" } else { ";" });
        if !fits(&next) {
            break;
        }
        line = format!("{line}{} {item}", if i == 0 { "" } else { ";" });
        shown += 1;
    }
    let rest = ranked.len() - shown;
    if rest > 0 {
        let more = crate::i18n::tr_args("credit-more-publishers", &[("count", rest.into())]);
        let _ = write!(line, "{}{more}", if shown == 0 { " " } else { "; " });
    }
    line + &tail
}

/// The credit line's font size.
const CREDIT_SIZE: f32 = 11.0;

/// The overlay for a view that covers `view` (pixels).
pub(crate) fn overlay(ds: &Dataset, entries: &[legend::Entry], view: Rect, opts: OverlayOptions) -> Overlay {
    let mut texts = Vec::new();
    if opts.title && !ds.title.is_empty() {
        texts.push(TextItem {
            text: ds.title.clone(),
            anchor: view.min + Vec2::new(14.0, 12.0),
            align: Align2::LEFT_TOP,
            size: 20.0,
            color: style::LABEL,
            halo: true,
        });
    }
    // The credit line stays right of the legend, which sits at the bottom left.
    let legend_room = if opts.legend && !entries.is_empty() { legend::reserved_width(entries) } else { 0.0 };
    let credit_room = (view.width() - 40.0 - legend_room).max(120.0);
    if opts.credit {
        texts.push(TextItem {
            text: credit_line(ds, opts.made_with, credit_room),
            anchor: view.max - Vec2::new(8.0, 6.0),
            align: Align2::RIGHT_BOTTOM,
            size: CREDIT_SIZE,
            color: style::CREDIT,
            halo: false,
        });
    }
    let legend = (opts.legend && !entries.is_empty())
        .then(|| legend::layout(entries, view.left_bottom() + Vec2::new(12.0, -12.0)));
    Overlay { legend, texts }
}

pub(crate) const LABEL_SIZE: f32 = 13.0;

/// Above this many actors shown, nodes are drawn at 40% of their size (at least 2 px).
pub(crate) const DENSE_ABOVE: usize = 2_000;

#[derive(Clone, Debug)]
pub struct Scene {
    pub size: Vec2,
    pub background: Color32,
    pub land: Vec<Land>,
    /// In drawing order.
    pub edges: Vec<EdgeShape>,
    /// In drawing order (topmost last).
    pub nodes: Vec<NodeShape>,
}

/// What a prepared scene is made from: the layout's and the visible set's own keys, the
/// selection and the labels' language. Compared, not counted: the scene is prepared again
/// exactly when one differs.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct SceneKey {
    pub layout: crate::layout::LayoutKey,
    pub visible: crate::filter::VisibleKey,
    pub selection: Option<Selection>,
    pub labels: crate::view::Lang,
    pub look: crate::view::Look,
    /// The visible set the metrics were measured for (`None`: none yet).
    pub metrics: Option<crate::filter::VisibleKey>,
}

/// Everything a scene is built from.
pub struct SceneInput<'a> {
    pub dataset: &'a Dataset,
    pub layout: &'a Layout,
    pub basemap: &'a Basemap,
    pub selection: Option<&'a Selection>,
    pub camera: Camera,
    pub size: Vec2,
    /// The actors and ties the filters and time range let through.
    pub visible: &'a Visible,
    /// The language of actors' names.
    pub labels: crate::view::Lang,
    /// Size by, colour by, focus depth.
    pub look: crate::view::Look,
    /// The view's metrics, when measured (nodes are sized by all their ties meanwhile).
    pub metrics: Option<&'a crate::analysis::Metrics>,
    /// While two periods are compared: how each pair changed.
    pub comparison: Option<&'a crate::analysis::Comparison>,
}

/// Number of ties each actor takes part in (as endpoint or forum), made once per version of
/// the data and kept for the last one asked (the view moves far more often than data changes).
pub(crate) fn tie_counts(ds: &Dataset) -> std::sync::Arc<std::collections::HashMap<String, usize>> {
    static LAST: crate::model::LastOf<std::collections::HashMap<String, usize>> = crate::model::LastOf::new();
    LAST.get(ds, |ds| {
        let mut counts: std::collections::HashMap<String, usize> =
            ds.actors.iter().map(|a| (a.id.clone(), 0)).collect();
        let mut ids: Vec<&str> = Vec::new();
        for t in &ds.ties {
            ids.clear();
            ids.extend(t.endpoints().chain(t.via.as_deref()));
            ids.sort_unstable();
            ids.dedup();
            for id in &ids {
                match counts.get_mut(*id) {
                    Some(n) => *n += 1,
                    None => {
                        counts.insert((*id).to_owned(), 1);
                    }
                }
            }
        }
        counts
    })
}

/// The camera that fits the whole map into `size` beside a strip of `left` pixels (the
/// legend), leaving room at each side for the labels of the actors nearest it: where the
/// places below and above a node are taken, its label sits beside it, so its whole width and
/// a disc's radius must fit; a few passes widen the sides until every such label does (the
/// labels' width does not change with the zoom; each side is at most a quarter of the view).
pub(crate) fn fit_camera(ds: &Dataset, layout: &Layout, lang: &str, size: Vec2, left: f32) -> Camera {
    let bounds = crate::layout::bounds(layout);
    let beside = style::node_radius(usize::MAX) + 8.0;
    // Only the actors near each side count: one inside the map can put its label inwards.
    let near = bounds.width() * NEAR_SIDE;
    let reaches: Vec<(Pos2, f32)> = layout
        .pos
        .iter()
        .filter(|(_, p)| p.x <= bounds.left() + near || p.x >= bounds.right() - near)
        .map(|(id, p)| (*p, text::width(ds.name_in(id, lang), LABEL_SIZE) + beside))
        .collect();
    let mut pads = [0.0_f32, 0.0];
    let mut camera = Camera::fit_labelled(bounds, size, left, pads);
    for _ in 0..4 {
        let (mut west, mut east) = (0.0_f32, 0.0_f32);
        for (p, reach) in &reaches {
            let x = camera.to_screen(size, *p).x;
            if p.x <= bounds.left() + near {
                west = west.max(left + reach - x);
            }
            if p.x >= bounds.right() - near {
                east = east.max(x + reach - size.x);
            }
        }
        if west <= 0.5 && east <= 0.5 {
            break;
        }
        // Each side's room so far: at least the 60 px margin `fit_labelled` keeps.
        pads = [pads[0].max(60.0) + west.max(0.0), pads[1].max(60.0) + east.max(0.0)];
        camera = Camera::fit_labelled(bounds, size, left, pads);
    }
    camera
}

/// The share of the map's width, at each side, whose actors' labels `fit_camera` makes room for.
const NEAR_SIDE: f32 = 0.12;

/// "Visit: Japan → Kazakhstan, 2025-08-24" / "Dialogue: Japan – Kazakhstan, … , 2004".
/// Names are in the language `lang` (a tag; English where an actor has no such name).
pub(crate) fn tie_title(ds: &Dataset, t: &Tie, lang: &str) -> String {
    let to: Vec<&str> = t.to.iter().map(|id| ds.name_in(id, lang)).collect();
    let arrow = if t.kind.is_directed() { "→" } else { "–" };
    let kind = crate::i18n::tie_kind(&t.kind);
    let mut s = format!("{kind}: {} {arrow} {}", ds.name_in(&t.from, lang), to.join(", "));
    if t.status != Status::Held {
        let _ = write!(s, " ({})", crate::i18n::status(t.status));
    }
    s.push_str(", ");
    s.push_str(&crate::i18n::span(&t.date));
    s
}

fn quad_bezier(p0: Pos2, c: Pos2, p1: Pos2, n: usize) -> Vec<Pos2> {
    (0..=n)
        .map(|i| {
            let t = i as f32 / n as f32;
            let u = 1.0 - t;
            (p0.to_vec2() * (u * u) + c.to_vec2() * (2.0 * u * t) + p1.to_vec2() * (t * t)).to_pos2()
        })
        .collect()
}

/// Cut `start` pixels off the beginning of a polyline and `end` off its end.
fn trim(points: &[Pos2], start: f32, end: f32) -> Vec<Pos2> {
    fn cut_front(points: &[Pos2], mut d: f32) -> Vec<Pos2> {
        for (i, w) in points.windows(2).enumerate() {
            let len = (w[1] - w[0]).length();
            if len > d {
                let mut out = vec![w[0] + (w[1] - w[0]) * (d / len)];
                out.extend_from_slice(&points[i + 1..]);
                return out;
            }
            d -= len;
        }
        Vec::new()
    }
    let front = cut_front(points, start);
    let mut rev: Vec<Pos2> = front.into_iter().rev().collect();
    rev = cut_front(&rev, end);
    rev.reverse();
    rev
}

fn arrowhead(path: &[Pos2], size: f32) -> Option<[Pos2; 3]> {
    let [.., a, tip] = path else { return None };
    let dir = (*tip - *a).normalized();
    if !dir.x.is_finite() {
        return None;
    }
    let back = *tip - dir * size;
    let side = dir.rot90() * (size * 0.5);
    Some([*tip, back + side, back - side])
}

fn midpoint(path: &[Pos2]) -> Option<Pos2> {
    let total: f32 = path.windows(2).map(|w| (w[1] - w[0]).length()).sum();
    let mut d = total / 2.0;
    for w in path.windows(2) {
        let len = (w[1] - w[0]).length();
        if len >= d && len > 0.0 {
            return Some(w[0] + (w[1] - w[0]) * (d / len));
        }
        d -= len;
    }
    path.first().copied()
}

mod focus;
mod hit;
mod labels;
mod prepare;
use focus::{Focus, emphasis_of, focus};
pub use hit::HitIndex;
use labels::place_labels;
pub(crate) use prepare::{Prepared, title_of};
pub use prepare::{RINGS_UP_TO, build};

#[cfg(test)]
mod tests;
