//! Colours and line styles shared by the screen, the legend and exports.

use crate::model::{ActorKind, Status, TieKind};
use eframe::egui::Color32;
use std::borrow::Cow;

pub const WATER: Color32 = Color32::from_rgb(0xdd, 0xe8, 0xf2);
pub const LAND: Color32 = Color32::from_rgb(0xf3, 0xf0, 0xe8);
/// Land of the states the dataset is about.
pub(crate) const LAND_FOCUS: Color32 = Color32::from_rgb(0xea, 0xe2, 0xcc);
pub(crate) const BORDER: Color32 = Color32::from_rgb(0xb5, 0xae, 0x9f);
pub(crate) const LABEL: Color32 = Color32::from_rgb(0x1f, 0x23, 0x29);
pub(crate) const LABEL_HALO: Color32 = Color32::from_rgba_premultiplied(0xf3, 0xf0, 0xe8, 0xd0);
pub(crate) const SELECTED_RING: Color32 = Color32::from_rgb(0x11, 0x11, 0x11);
pub(crate) const LEGEND_FILL: Color32 = Color32::from_rgba_premultiplied(0xeb, 0xeb, 0xeb, 0xeb);
pub(crate) const SIZE_SWATCH: Color32 = Color32::from_rgb(0x96, 0x96, 0x96);
pub(crate) const CREDIT: Color32 = Color32::from_rgb(0x50, 0x50, 0x50);
/// Links in exported documents (PDF source URLs, caption links).
pub(crate) const LINK: Color32 = Color32::from_rgb(0x1a, 0x5f, 0xb4);
/// Bundles of several ties between one pair.
pub(crate) const BUNDLE: Color32 = Color32::from_rgb(0x4a, 0x55, 0x68);
pub(crate) const HOVER_RING: Color32 = Color32::from_rgb(0xf2, 0xb7, 0x05);

/// How much dimmed elements keep of their opacity.
pub(crate) const DIM: f32 = 0.22;
/// How much cancelled ties keep of their opacity.
pub(crate) const MUTED: f32 = 0.55;

#[must_use]
pub fn actor_color(kind: ActorKind) -> Color32 {
    match kind {
        ActorKind::State => Color32::from_rgb(0x2f, 0x6f, 0xb0),
        ActorKind::Forum => Color32::from_rgb(0xd9, 0x82, 0x2b),
        ActorKind::Region => Color32::from_rgb(0x2a, 0x9d, 0x8f),
        ActorKind::Context => Color32::from_rgb(0x8a, 0x8f, 0x98),
        ActorKind::Person => Color32::from_rgb(0x9b, 0x59, 0xb6),
        ActorKind::Organisation => Color32::from_rgb(0x6d, 0x4c, 0x41),
    }
}

/// How a tie kind is named and drawn. The legend, the filter panel and the map all read
/// this one table, so a kind's texts, colour and arrow cannot drift apart between them.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct KindInfo {
    /// The filter panel's name for these ties, before their count: "Visits (3)".
    pub label: Cow<'static, str>,
    /// The legend's text, which also says how to read the line.
    pub legend: Cow<'static, str>,
    pub color: Color32,
    /// Line width in pixels.
    pub width: f32,
    /// Drawn as arrows from `from` to each `to`; agrees with `TieKind::is_directed`, which
    /// the model keeps for code that has no business with styles.
    pub directed: bool,
}

/// How a kind's ties are drawn: the table's row without its texts, which are in the
/// interface's language (`kind_info`). Colour and width are asked for per tie every frame.
#[derive(Clone, Copy)]
struct Line {
    color: Color32,
    width: f32,
    directed: bool,
}

static VISIT: Line = Line { color: Color32::from_rgb(0xc0, 0x39, 0x2b), width: 2.2, directed: true };
static DIALOGUE: Line = Line { color: Color32::from_rgb(0x6a, 0x3d, 0x9a), width: 3.0, directed: false };
static SUMMIT: Line = Line { color: Color32::from_rgb(0xd3, 0x54, 0x00), width: 3.4, directed: false };
static AGREEMENT: Line = Line { color: Color32::from_rgb(0x2e, 0x7d, 0x32), width: 2.0, directed: false };
static LAUNCH: Line = Line { color: Color32::from_rgb(0x00, 0x83, 0x8f), width: 2.4, directed: false };
/// Kinds the data brings (named by their own names).
static OTHER: Line = Line { color: Color32::from_rgb(0x60, 0x66, 0x70), width: 2.2, directed: true };

fn row(kind: &TieKind) -> &'static Line {
    match kind {
        TieKind::Visit => &VISIT,
        TieKind::Dialogue => &DIALOGUE,
        TieKind::Summit => &SUMMIT,
        TieKind::Agreement => &AGREEMENT,
        TieKind::Launch => &LAUNCH,
        TieKind::Other(_) => &OTHER,
    }
}

/// Everything about how `kind` is named (in the interface's language) and drawn.
pub(crate) fn kind_info(kind: &TieKind) -> KindInfo {
    let Line { color, width, directed } = *row(kind);
    KindInfo {
        label: crate::i18n::tie_kind_plural(kind).into(),
        legend: crate::i18n::tie_kind_legend(kind).into(),
        color,
        width,
        directed,
    }
}

pub(crate) fn tie_color(kind: &TieKind) -> Color32 {
    row(kind).color
}

/// Line width in pixels.
pub(crate) fn tie_width(kind: &TieKind) -> f32 {
    row(kind).width
}

/// Dash and gap lengths in pixels; `None` draws a solid line.
pub(crate) fn dash(status: Status) -> Option<[f32; 2]> {
    match status {
        Status::Held => None,
        Status::Planned => Some([9.0, 5.0]),
        Status::Cancelled => Some([3.0, 4.0]),
    }
}

/// Node radius in pixels for an actor with `ties` ties: grows like the square root for the
/// first few ties and levels off towards 24 px, so that a state with a hundred ties does not
/// cover its neighbours (Central Asia's capitals are a few hundred kilometres apart).
pub(crate) fn node_radius(ties: usize) -> f32 {
    7.0 + 17.0 * (1.0 - (-(ties as f32).sqrt() / 4.0).exp())
}

/// Where an actor has more ties than this (`node_radius` is flat long before), nodes are
/// sized by their share of the most ties any actor has (`metric_radius`).
pub(crate) const RELATIVE_SIZES_ABOVE: usize = 400;

/// More ties than this between one pair are drawn as lines as wide as their number.
pub(crate) const BUNDLE_ABOVE: usize = 3;

/// A node sized by a metric: `share` of the view's highest value (0 to 1), levelling off
/// near 24 px as `node_radius` does.
pub(crate) fn metric_radius(share: f64) -> f32 {
    5.0 + 17.0 * (share.clamp(0.0, 1.0) as f32).sqrt()
}

/// A sequential ramp (viridis' stops, light end first): `share` 0 is the lowest value of the
/// view, 1 the highest.
pub(crate) fn ramp(share: f64) -> Color32 {
    const STOPS: [[u8; 3]; 5] =
        [[0xfd, 0xe7, 0x25], [0x5e, 0xc9, 0x62], [0x21, 0x91, 0x8c], [0x3b, 0x52, 0x8b], [0x44, 0x01, 0x54]];
    let x = share.clamp(0.0, 1.0) * (STOPS.len() - 1) as f64;
    let i = (x.floor() as usize).min(STOPS.len() - 2);
    let t = x - i as f64;
    let mix = |k: usize| (f64::from(STOPS[i][k]) * (1.0 - t) + f64::from(STOPS[i + 1][k]) * t).round() as u8;
    Color32::from_rgb(mix(0), mix(1), mix(2))
}

/// Colours of the first communities (Tableau 10); later ones share grey.
pub(crate) const COMMUNITIES: [Color32; 10] = [
    Color32::from_rgb(0x4e, 0x79, 0xa7),
    Color32::from_rgb(0xf2, 0x8e, 0x2b),
    Color32::from_rgb(0xe1, 0x57, 0x59),
    Color32::from_rgb(0x76, 0xb7, 0xb2),
    Color32::from_rgb(0x59, 0xa1, 0x4f),
    Color32::from_rgb(0xed, 0xc9, 0x48),
    Color32::from_rgb(0xb0, 0x7a, 0xa1),
    Color32::from_rgb(0xff, 0x9d, 0xa7),
    Color32::from_rgb(0x9c, 0x75, 0x5f),
    Color32::from_rgb(0xba, 0xb0, 0xac),
];
pub(crate) const OTHER_COMMUNITY: Color32 = Color32::from_rgb(0x70, 0x70, 0x70);

pub(crate) fn community_color(c: usize) -> Color32 {
    COMMUNITIES.get(c).copied().unwrap_or(OTHER_COMMUNITY)
}

/// The width of a line that stands for `n` ties (a bundle): grows with the square root,
/// levels off at 12 px.
pub(crate) fn flow_width(n: usize) -> f32 {
    (1.2 + 1.5 * (n as f32).sqrt()).min(12.0)
}

/// A node's ring of visits: the share received, and the share made.
pub(crate) const RECEIVED: Color32 = Color32::from_rgb(0xc0, 0x39, 0x2b);
pub(crate) const MADE: Color32 = Color32::from_rgb(0xf5, 0xb0, 0x41);
/// The ring's width, and how far outside the disc it is drawn.
pub(crate) const BALANCE_W: f32 = 3.0;

/// Pairs compared across two periods: new in B, continued, lapsed after A.
pub(crate) fn change_color(c: crate::analysis::Change) -> Color32 {
    match c {
        crate::analysis::Change::New => Color32::from_rgb(0x1a, 0x98, 0x50),
        crate::analysis::Change::Continued => Color32::from_rgb(0x45, 0x75, 0xb4),
        crate::analysis::Change::Lapsed => Color32::from_rgb(0xd7, 0x30, 0x27),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The model decides arrows for code without styles (scene, side panel); the table
    /// decides them for the legend and filters. They must agree, or a legend would show an
    /// arrow the map does not draw.
    #[test]
    fn the_table_and_the_model_agree_on_direction() {
        for kind in
            [TieKind::Visit, TieKind::Dialogue, TieKind::Summit, TieKind::Launch, TieKind::Other("parade".to_owned())]
        {
            assert_eq!(kind_info(&kind).directed, kind.is_directed(), "{kind:?}");
        }
    }

    #[test]
    fn texts_colours_and_widths_are_as_before() {
        let visit = kind_info(&TieKind::Visit);
        assert_eq!((visit.label.as_ref(), visit.legend.as_ref()), ("Visits", "Visit (arrow: from → to)"));
        assert_eq!((visit.color, visit.width), (Color32::from_rgb(0xc0, 0x39, 0x2b), 2.2));
        let dialogue = kind_info(&TieKind::Dialogue);
        assert_eq!(
            (dialogue.label.as_ref(), dialogue.legend.as_ref()),
            ("Dialogues", "Dialogue (undirected, via its forum)")
        );
        assert_eq!((dialogue.color, dialogue.width), (Color32::from_rgb(0x6a, 0x3d, 0x9a), 3.0));
        let other = kind_info(&TieKind::Other("state_visit".to_owned()));
        assert_eq!((other.label.as_ref(), other.legend.as_ref()), ("State visit", "State visit"));
        assert_eq!((other.color, other.width), (Color32::from_rgb(0x60, 0x66, 0x70), 2.2));
        for kind in [TieKind::Visit, TieKind::Dialogue, TieKind::Other("x".to_owned())] {
            let info = kind_info(&kind);
            assert_eq!((tie_color(&kind), tie_width(&kind)), (info.color, info.width), "{kind:?}");
        }
    }
}
