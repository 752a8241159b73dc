//! What the user is looking at: selection and camera. Persisted between runs.

use eframe::egui::{Pos2, Rect, Vec2, pos2};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Selection {
    Actor(String),
    Tie(String),
}

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
    pub fn fit(bounds: Rect, size: Vec2) -> Self {
        let margin = 70.0;
        let avail = (size - Vec2::splat(2.0 * margin)).max(Vec2::splat(40.0));
        let b = bounds.size().max(Vec2::splat(1.0));
        let zoom = (avail.x / b.x).min(avail.y / b.y).clamp(Self::MIN_ZOOM, Self::MAX_ZOOM);
        Self { center: [bounds.center().x, bounds.center().y], zoom }
    }

    pub fn center(&self) -> Pos2 {
        pos2(self.center[0], self.center[1])
    }

    /// Map units to pixels in a view of `size`, origin at its top-left corner.
    pub fn to_screen(&self, size: Vec2, p: Pos2) -> Pos2 {
        (size / 2.0 + (p - self.center()) * self.zoom).to_pos2()
    }

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
    pub fn is_valid(&self) -> bool {
        self.center.iter().all(|v| v.is_finite()) && self.zoom.is_finite() && self.zoom > 0.0
    }
}

/// The view state remembered between runs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewState {
    pub selection: Option<Selection>,
    /// `None` until the first frame fits the map to the window.
    pub camera: Option<Camera>,
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn fit_shows_the_bounds() {
        let size = Vec2::new(1000.0, 700.0);
        let bounds = Rect::from_min_max(pos2(40.0, -55.0), pos2(110.0, -30.0));
        let cam = Camera::fit(bounds, size);
        let tl = cam.to_screen(size, bounds.min);
        let br = cam.to_screen(size, bounds.max);
        assert!(tl.x >= 69.0 && tl.y >= 69.0 && br.x <= 931.0 && br.y <= 631.0, "{tl:?} {br:?}");
    }
}
