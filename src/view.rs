//! What the user is looking at: selection and camera. Persisted between runs.

use crate::i18n::tr;
use crate::model::{ActorKind, Status};
use eframe::egui::{Pos2, Rect, Vec2, pos2};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Selection {
    Actor(String),
    Tie(String),
    /// The bundle of ties between two actors.
    Pair(String, String),
}

/// How the time range filters ties.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimeMode {
    /// Only ties within the range.
    #[default]
    Window,
    /// Every tie up to the end of the range.
    Cumulative,
}

/// A time range in fractional years (2025.5 is early July 2025); `None` shows all time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TimeFilter {
    pub range: Option<[f64; 2]>,
    pub mode: TimeMode,
    /// Two periods compared (A, then B), in fractional years: while set, the view shows the
    /// ties of either period (whatever `range` says) and colours each pair by how it changed.
    pub compare: Option<[[f64; 2]; 2]>,
}

/// The tabs of the middle of the window.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tab {
    #[default]
    Map,
    Table,
    Charts,
}

impl Tab {
    pub const ALL: [Self; 3] = [Self::Map, Self::Table, Self::Charts];

    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::Map => tr("tab-map"),
            Self::Table => tr("tab-table"),
            Self::Charts => tr("tab-charts"),
        }
    }
}

/// A figure of each actor, measured over the view (`analysis::ActorMetrics`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Metric {
    /// Shown ties it takes part in.
    Ties,
    /// Distinct actors it is tied to.
    Partners,
    Betweenness,
    Eigenvector,
}

impl Metric {
    pub const ALL: [Self; 4] = [Self::Ties, Self::Partners, Self::Betweenness, Self::Eigenvector];

    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::Ties => tr("metric-ties-in-view"),
            Self::Partners => tr("metric-partners"),
            Self::Betweenness => tr("metric-betweenness"),
            Self::Eigenvector => tr("metric-eigenvector-centrality"),
        }
    }

    /// The name used on the command line and in CSV headers.
    #[must_use]
    pub fn cli_name(self) -> &'static str {
        match self {
            Self::Ties => "ties",
            Self::Partners => "partners",
            Self::Betweenness => "betweenness",
            Self::Eigenvector => "eigenvector",
        }
    }
}

/// What a node's colour says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ColourBy {
    /// Its kind (state, forum, …), as the legend lists them.
    #[default]
    Kind,
    /// A metric, light (lowest in view) to dark (highest).
    Metric(Metric),
    /// Its community in the view.
    Community,
}

impl ColourBy {
    pub const ALL: [Self; 6] = [
        Self::Kind,
        Self::Metric(Metric::Ties),
        Self::Metric(Metric::Partners),
        Self::Metric(Metric::Betweenness),
        Self::Metric(Metric::Eigenvector),
        Self::Community,
    ];

    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::Kind => tr("colour-kind"),
            Self::Metric(m) => m.label(),
            Self::Community => tr("colour-community"),
        }
    }

    /// The name used on the command line.
    #[must_use]
    pub fn cli_name(self) -> &'static str {
        match self {
            Self::Kind => "kind",
            Self::Metric(m) => m.cli_name(),
            Self::Community => "community",
        }
    }
}

/// How nodes are sized and coloured, and how far a selected actor's focus reaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Look {
    /// `None`: by all the ties an actor has in the data, whatever the view shows.
    pub size_by: Option<Metric>,
    pub colour_by: ColourBy,
    /// Steps out from a selected actor that stay in focus (1 to 3); the rest fades.
    pub depth: u8,
}

impl Default for Look {
    fn default() -> Self {
        Self { size_by: None, colour_by: ColourBy::Kind, depth: 1 }
    }
}

impl Look {
    pub const MAX_DEPTH: u8 = 3;

    /// Whether drawing needs the view's metrics.
    #[must_use]
    pub fn uses_metrics(&self) -> bool {
        self.size_by.is_some() || self.colour_by != ColourBy::Kind
    }
}

/// Parse a metric's command-line name ("betweenness").
pub(crate) fn parse_metric(text: &str) -> Option<Metric> {
    Metric::ALL.into_iter().find(|m| m.cli_name().eq_ignore_ascii_case(text.trim()))
}

/// What is hidden. Empty sets show everything.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filters {
    pub hidden_tie_kinds: BTreeSet<String>,
    pub hidden_statuses: BTreeSet<Status>,
    pub hidden_actor_kinds: BTreeSet<ActorKind>,
    /// Source ids: while any is hidden, a tie is shown only when it cites a shown source.
    pub hidden_sources: BTreeSet<String>,
}

impl Filters {
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.hidden_tie_kinds.is_empty()
            && self.hidden_statuses.is_empty()
            && self.hidden_actor_kinds.is_empty()
            && self.hidden_sources.is_empty()
    }
}

/// Where the actors are placed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum LayoutKind {
    /// States at their capitals.
    #[default]
    Geographic,
    /// Force-directed, seeded: the same picture every time.
    Force,
    Circular,
}

impl LayoutKind {
    pub const ALL: [Self; 3] = [Self::Geographic, Self::Force, Self::Circular];

    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::Geographic => tr("layout-geographic"),
            Self::Force => tr("layout-force-directed"),
            Self::Circular => tr("layout-circular"),
        }
    }

    /// The name used on the command line.
    #[must_use]
    pub fn cli_name(self) -> &'static str {
        match self {
            Self::Geographic => "geo",
            Self::Force => "force",
            Self::Circular => "circular",
        }
    }
}

/// The interface's and the names' languages (defined with the messages, in `i18n`).
pub use crate::i18n::Lang;

/// Pan and zoom: which map point is at the centre of the view, and pixels per map unit.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Camera {
    pub center: [f32; 2],
    pub zoom: f32,
}

impl Camera {
    pub const MIN_ZOOM: f32 = 0.5;
    pub const MAX_ZOOM: f32 = 400.0;

    /// The camera that shows `bounds` (map units) inside a view of `size` pixels, with a margin.
    #[must_use]
    pub fn fit(bounds: Rect, size: Vec2) -> Self {
        Self::fit_beside(bounds, size, 0.0)
    }

    /// Like [`Self::fit`], leaving a strip of `left` pixels free (for the legend).
    #[must_use]
    pub fn fit_beside(bounds: Rect, size: Vec2, left: f32) -> Self {
        Self::fit_labelled(bounds, size, left, [0.0, 0.0])
    }

    /// Like [`Self::fit_beside`], with room for the labels of the westernmost and easternmost
    /// actors: `labels` is how far (pixels) they reach out from their nodes, left and right.
    #[must_use]
    pub fn fit_labelled(bounds: Rect, size: Vec2, left: f32, labels: [f32; 2]) -> Self {
        let margin = 60.0;
        let left = left.clamp(0.0, size.x * 0.5);
        // Each side: at least the margin, at most a quarter of the view (never less than the
        // margin, so a view narrower than four margins still fits, as it did before).
        let widest = (size.x * 0.25).max(margin);
        let [west, east] = labels.map(|l| l.max(margin).min(widest));
        let avail = (size - Vec2::new(left + west + east, 2.0 * margin)).max(Vec2::splat(40.0));
        let b = bounds.size().max(Vec2::splat(1.0));
        let zoom = (avail.x / b.x).min(avail.y / b.y).clamp(Self::MIN_ZOOM, Self::MAX_ZOOM);
        // Put the bounds' centre in the middle of the free part of the view.
        let shift = (left + west - east) / 2.0 / zoom;
        Self { center: [bounds.center().x - shift, bounds.center().y], zoom }
    }

    #[must_use]
    pub fn center(&self) -> Pos2 {
        pos2(self.center[0], self.center[1])
    }

    /// Map units to pixels in a view of `size`, origin at its top-left corner.
    #[must_use]
    pub fn to_screen(&self, size: Vec2, p: Pos2) -> Pos2 {
        (size / 2.0 + (p - self.center()) * self.zoom).to_pos2()
    }

    #[must_use]
    pub fn to_map(&self, size: Vec2, p: Pos2) -> Pos2 {
        self.center() + (p.to_vec2() - size / 2.0) / self.zoom
    }

    /// Move the view by a drag of `delta` pixels.
    pub fn pan(&mut self, delta: Vec2) {
        let c = self.center() - delta / self.zoom;
        self.center = [c.x, c.y];
    }

    /// Zoom by `factor`, keeping the map point under `anchor` (pixels) where it is.
    pub fn zoom_at(&mut self, size: Vec2, anchor: Pos2, factor: f32) {
        let before = self.to_map(size, anchor);
        self.zoom = (self.zoom * factor).clamp(Self::MIN_ZOOM, Self::MAX_ZOOM);
        let after = self.to_map(size, anchor);
        let c = self.center() + (before - after);
        self.center = [c.x, c.y];
    }

    /// Whether the values are usable (a corrupted saved state is not).
    #[must_use]
    pub fn is_valid(&self) -> bool {
        self.center.iter().all(|v| v.is_finite()) && self.zoom.is_finite() && self.zoom > 0.0
    }
}

/// Play settings, remembered; whether it is playing is not.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Player {
    /// Years per second.
    pub speed: f64,
    pub looping: bool,
    #[serde(skip)]
    pub playing: bool,
}

impl Default for Player {
    fn default() -> Self {
        Self { speed: 2.0, looping: false, playing: false }
    }
}

/// Advance a playing time range by `dt` seconds. Returns the new range and whether play goes on.
pub(crate) fn step(time: &TimeFilter, extent: [f64; 2], player: &Player, dt: f64) -> (TimeFilter, bool) {
    let [lo, hi] = extent;
    let width = match time.range {
        Some([a, b]) if time.mode == TimeMode::Window => (b - a).max(0.25),
        _ => 1.0,
    };
    let [from, to] = time.range.unwrap_or(match time.mode {
        TimeMode::Window => [lo, lo + width],
        TimeMode::Cumulative => [lo, lo],
    });
    let advance = player.speed.max(0.01) * dt;
    let to = to + advance;
    let from = if time.mode == TimeMode::Window { from + advance } else { from };
    if to > hi + 0.5 {
        return if player.looping {
            let start = if time.mode == TimeMode::Window { [lo, lo + width] } else { [lo, lo] };
            (TimeFilter { range: Some(start), ..*time }, true)
        } else {
            (TimeFilter { range: Some([from, hi.max(to - advance)]), ..*time }, false)
        };
    }
    (TimeFilter { range: Some([from, to]), ..*time }, true)
}

/// The view state remembered between runs, and exactly what export draws.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewState {
    pub selection: Option<Selection>,
    /// `None` until the first frame fits the map to the window.
    pub camera: Option<Camera>,
    pub time: TimeFilter,
    pub filters: Filters,
    pub layout: LayoutKind,
    /// The language of actors' names.
    pub labels: Lang,
    /// Nodes the user dragged, per layout: actor id → position in map units.
    pub pins: BTreeMap<LayoutKind, BTreeMap<String, [f32; 2]>>,
    /// Size by, colour by, focus depth.
    pub look: Look,
}

impl ViewState {
    #[must_use]
    pub fn pins(&self) -> Option<&BTreeMap<String, [f32; 2]>> {
        self.pins.get(&self.layout)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn play_advances_and_stops_or_loops_at_the_end() {
        let extent = [2004.0, 2026.0];
        let player = Player { speed: 2.0, looping: false, playing: true };
        let start = TimeFilter { range: None, mode: TimeMode::Cumulative, compare: None };
        let (t, going) = step(&start, extent, &player, 0.5);
        assert_eq!(t.range, Some([2004.0, 2005.0]));
        assert!(going);
        let near_end = TimeFilter { range: Some([2004.0, 2026.4]), mode: TimeMode::Cumulative, compare: None };
        let (_, going) = step(&near_end, extent, &player, 0.5);
        assert!(!going, "stops at the end");
        let looping = Player { looping: true, ..player };
        let (t, going) = step(&near_end, extent, &looping, 0.5);
        assert!(going && t.range == Some([2004.0, 2004.0]), "starts again");
        let window = TimeFilter { range: Some([2010.0, 2012.0]), mode: TimeMode::Window, compare: None };
        let (t, _) = step(&window, extent, &player, 1.0);
        assert_eq!(t.range, Some([2012.0, 2014.0]), "a window slides");
    }

    #[test]
    fn zoom_keeps_the_anchor_still() {
        let size = Vec2::new(800.0, 600.0);
        let mut cam = Camera { center: [10.0, -40.0], zoom: 8.0 };
        let anchor = pos2(100.0, 500.0);
        let before = cam.to_map(size, anchor);
        cam.zoom_at(size, anchor, 1.5);
        assert!((cam.to_map(size, anchor) - before).length() < 1e-3);
        assert_eq!(cam.zoom, 12.0);
    }

    #[test]
    fn a_view_narrower_than_its_margins_still_fits() {
        let bounds = Rect::from_min_max(pos2(40.0, -55.0), pos2(110.0, -30.0));
        for width in [0.0, 90.0, 239.0] {
            let cam = Camera::fit_labelled(bounds, Vec2::new(width, 300.0), 20.0, [150.0, 10.0]);
            assert!(cam.is_valid(), "{width}: {cam:?}");
        }
    }

    #[test]
    fn fit_shows_the_bounds_beside_the_legend() {
        let size = Vec2::new(1000.0, 700.0);
        let bounds = Rect::from_min_max(pos2(40.0, -55.0), pos2(110.0, -30.0));
        for left in [0.0, 250.0] {
            let cam = Camera::fit_beside(bounds, size, left);
            let tl = cam.to_screen(size, bounds.min);
            let br = cam.to_screen(size, bounds.max);
            assert!(tl.x >= left + 59.0 && tl.y >= 59.0 && br.x <= 941.0 && br.y <= 641.0, "{left}: {tl:?} {br:?}");
        }
    }
}
