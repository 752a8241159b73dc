//! Saved views: the view on screen taken as a `model::SavedView` (the region in view as
//! bounds, so it fits a window of any size) and put back; and the eased move from one view
//! to the next that stories and restoring use.

use crate::layout;
use crate::model::{Hidden, SavedView, Selected, TimeSpan};
use crate::view::{Camera, Filters, Lang, LayoutKind, Selection, TimeFilter, TimeMode, ViewState};
use eframe::egui::{Pos2, Rect, Vec2, pos2};

/// The view on screen (`camera` in a map of `size` pixels), saved as `name`.
#[must_use]
pub(crate) fn capture(name: &str, view: &ViewState, camera: Camera, size: Vec2) -> SavedView {
    let f = &view.filters;
    let hidden = Hidden {
        tie_kinds: f.hidden_tie_kinds.iter().cloned().collect(),
        statuses: f.hidden_statuses.iter().copied().collect(),
        actor_kinds: f.hidden_actor_kinds.iter().copied().collect(),
        sources: f.hidden_sources.iter().cloned().collect(),
    };
    let time = view.time.range.map(|[a, b]| TimeSpan {
        from: crate::filter::format_year(a, true),
        to: crate::filter::format_year(b, true),
        cumulative: view.time.mode == TimeMode::Cumulative,
    });
    let selection = view.selection.as_ref().map(|s| match s {
        Selection::Actor(a) => Selected::Actor(a.clone()),
        Selection::Tie(t) => Selected::Tie(t.clone()),
        Selection::Pair(a, b) => Selected::Pair([a.clone(), b.clone()]),
    });
    let (nw, se) = (camera.to_map(size, Pos2::ZERO), camera.to_map(size, size.to_pos2()));
    let bounds = if view.layout == LayoutKind::Geographic {
        let (a, b) = (layout::unproject(nw), layout::unproject(se));
        [a.lon, b.lat, b.lon, a.lat]
    } else {
        [f64::from(nw.x), f64::from(se.y), f64::from(se.x), f64::from(nw.y)]
    };
    SavedView {
        name: name.to_owned(),
        layout: view.layout.cli_name().to_owned(),
        labels: if view.labels == Lang::English { String::new() } else { view.labels.tag().to_owned() },
        hidden,
        time,
        selection,
        bounds: Some(bounds.map(|v| (v * 1e4).round() / 1e4)),
    }
}

/// The region a saved view shows, in the map units of its layout.
#[must_use]
pub(crate) fn region(saved: &SavedView) -> Option<Rect> {
    let [west, south, east, north] = saved.bounds?;
    if ![west, south, east, north].iter().all(|v| v.is_finite()) {
        return None;
    }
    let (a, b) = if layout_of(saved) == LayoutKind::Geographic {
        (layout::project(north, west), layout::project(south, east))
    } else {
        (pos2(west as f32, north as f32), pos2(east as f32, south as f32))
    };
    let r = Rect::from_two_pos(a, b);
    (r.width() > 0.0 && r.height() > 0.0).then_some(r)
}

fn layout_of(saved: &SavedView) -> LayoutKind {
    LayoutKind::ALL.into_iter().find(|k| k.cli_name() == saved.layout).unwrap_or_default()
}

/// The camera that shows `region` in a view of `size`: all of it, centred, as large as fits.
#[must_use]
pub(crate) fn camera_showing(region: Rect, size: Vec2) -> Camera {
    let zoom = (size.x / region.width()).min(size.y / region.height()).clamp(Camera::MIN_ZOOM, Camera::MAX_ZOOM);
    Camera { center: [region.center().x, region.center().y], zoom }
}

/// The view a saved view stands for in a map of `size` pixels; what it does not say (the
/// pins) is kept from `current`.
#[must_use]
pub(crate) fn restore(saved: &SavedView, size: Vec2, current: &ViewState) -> ViewState {
    let h = &saved.hidden;
    let filters = Filters {
        hidden_tie_kinds: h.tie_kinds.iter().cloned().collect(),
        hidden_statuses: h.statuses.iter().copied().collect(),
        hidden_actor_kinds: h.actor_kinds.iter().copied().collect(),
        hidden_sources: h.sources.iter().cloned().collect(),
    };
    let time = saved.time.as_ref().map_or_else(TimeFilter::default, |t| {
        let range = crate::filter::parse_year(&t.from).zip(crate::filter::parse_year(&t.to)).map(|(a, b)| [a, b]);
        TimeFilter { range, mode: if t.cumulative { TimeMode::Cumulative } else { TimeMode::Window }, compare: None }
    });
    let selection = saved.selection.as_ref().map(|s| match s {
        Selected::Actor(a) => Selection::Actor(a.clone()),
        Selected::Tie(t) => Selection::Tie(t.clone()),
        Selected::Pair([a, b]) => Selection::Pair(a.clone(), b.clone()),
    });
    let labels = Lang::ALL.into_iter().find(|l| l.tag() == saved.labels).unwrap_or_default();
    ViewState {
        selection,
        camera: region(saved).map(|r| camera_showing(r, size)),
        time,
        filters,
        layout: layout_of(saved),
        labels,
        pins: current.pins.clone(),
        // How nodes are sized and coloured is the reader's choice, kept across views.
        look: current.look,
    }
}

/// A move from one camera and time range to another, eased, over `DURATION_S`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Transition {
    pub(crate) from: (Camera, Option<[f64; 2]>),
    pub(crate) to: (Camera, Option<[f64; 2]>),
    /// When it began (egui time, seconds).
    pub(crate) start: f64,
}

/// How long a transition between two views takes.
pub(crate) const DURATION_S: f64 = 1.0;

impl Transition {
    /// The camera and time range at `now`, and whether the move is over.
    #[must_use]
    pub(crate) fn at(&self, now: f64) -> (Camera, Option<[f64; 2]>, bool) {
        let t = ((now - self.start) / DURATION_S).clamp(0.0, 1.0);
        // Ease in and out (smoothstep).
        let e = t * t * (3.0 - 2.0 * t);
        let (a, b) = (&self.from.0, &self.to.0);
        // Zoom is eased on a log scale, so a large zoom change looks even.
        let zoom = (f64::from(a.zoom).ln() * (1.0 - e) + f64::from(b.zoom).ln() * e).exp() as f32;
        let lerp = |x: f32, y: f32| x + (y - x) * e as f32;
        let camera = Camera { center: [lerp(a.center[0], b.center[0]), lerp(a.center[1], b.center[1])], zoom };
        let time = match (self.from.1, self.to.1) {
            (Some([a0, a1]), Some([b0, b1])) => Some([a0 + (b0 - a0) * e, a1 + (b1 - a1) * e]),
            (_, to) => to,
        };
        (camera, time, t >= 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_restored_in_another_window_size_shows_the_same_region() {
        let view = ViewState {
            selection: Some(Selection::Actor("japan".into())),
            time: TimeFilter { range: Some([2004.0, 2015.0]), mode: TimeMode::Cumulative, compare: None },
            ..ViewState::default()
        };
        let size = Vec2::new(1000.0, 600.0);
        let camera = Camera { center: [60.0, -45.0], zoom: 12.0 };
        let saved = capture("Central Asia", &view, camera, size);
        assert_eq!(
            saved.time.as_ref().map(|t| (t.from.as_str(), t.to.as_str(), t.cumulative)),
            Some(("2004-01-01", "2015-01-01", true))
        );
        let shown = Rect::from_two_pos(camera.to_map(size, Pos2::ZERO), camera.to_map(size, size.to_pos2()));
        for other in [Vec2::new(1000.0, 600.0), Vec2::new(500.0, 300.0), Vec2::new(1600.0, 960.0)] {
            let back = restore(&saved, other, &ViewState::default());
            let cam = back.camera.expect("a camera");
            let seen = Rect::from_two_pos(cam.to_map(other, Pos2::ZERO), cam.to_map(other, other.to_pos2()));
            assert!((seen.center() - shown.center()).length() < 0.01, "{seen:?} {shown:?}");
            assert!((seen.width() - shown.width()).abs() < 0.01 && (seen.height() - shown.height()).abs() < 0.01);
            assert_eq!((back.selection.clone(), back.time.mode), (view.selection.clone(), TimeMode::Cumulative));
        }
    }

    #[test]
    fn a_transition_eases_from_one_view_to_the_next_and_ends_there() {
        let a = (Camera { center: [0.0, 0.0], zoom: 1.0 }, Some([2004.0, 2005.0]));
        let b = (Camera { center: [10.0, 0.0], zoom: 4.0 }, Some([2024.0, 2025.0]));
        let t = Transition { from: a, to: b, start: 10.0 };
        let (c0, _, done0) = t.at(10.0);
        assert_eq!((c0.center, done0), ([0.0, 0.0], false));
        let (mid, time, _) = t.at(10.5);
        assert!((mid.center[0] - 5.0).abs() < 1e-4 && (mid.zoom - 2.0).abs() < 1e-3, "{mid:?}");
        assert_eq!(time, Some([2014.0, 2015.0]));
        let (end, time, done) = t.at(11.2);
        assert_eq!((end.center, end.zoom, time, done), ([10.0, 0.0], 4.0, Some([2024.0, 2025.0]), true));
    }
}
