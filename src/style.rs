//! Colours and line styles shared by the screen, the legend and exports.

use crate::model::{ActorKind, Status, TieKind};
use eframe::egui::Color32;

pub const WATER: Color32 = Color32::from_rgb(0xdd, 0xe8, 0xf2);
pub const LAND: Color32 = Color32::from_rgb(0xf3, 0xf0, 0xe8);
/// Land of the states the dataset is about.
pub const LAND_FOCUS: Color32 = Color32::from_rgb(0xea, 0xe2, 0xcc);
pub const BORDER: Color32 = Color32::from_rgb(0xb5, 0xae, 0x9f);
pub const LABEL: Color32 = Color32::from_rgb(0x1f, 0x23, 0x29);
pub const LABEL_HALO: Color32 = Color32::from_rgba_premultiplied(0xf3, 0xf0, 0xe8, 0xd0);
pub const SELECTED_RING: Color32 = Color32::from_rgb(0x11, 0x11, 0x11);
pub const LEGEND_FILL: Color32 = Color32::from_rgba_premultiplied(0xeb, 0xeb, 0xeb, 0xeb);
pub const SIZE_SWATCH: Color32 = Color32::from_rgb(0x96, 0x96, 0x96);
pub const CREDIT: Color32 = Color32::from_rgb(0x50, 0x50, 0x50);
/// Bundles of several ties between one pair.
pub const BUNDLE: Color32 = Color32::from_rgb(0x4a, 0x55, 0x68);
pub const HOVER_RING: Color32 = Color32::from_rgb(0xf2, 0xb7, 0x05);

/// How much dimmed elements keep of their opacity.
pub const DIM: f32 = 0.22;
/// How much cancelled ties keep of their opacity.
pub const MUTED: f32 = 0.55;

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

pub fn tie_color(kind: &TieKind) -> Color32 {
    match kind {
        TieKind::Visit => Color32::from_rgb(0xc0, 0x39, 0x2b),
        TieKind::Dialogue => Color32::from_rgb(0x6a, 0x3d, 0x9a),
        TieKind::Other(_) => Color32::from_rgb(0x60, 0x66, 0x70),
    }
}

pub fn tie_width(kind: &TieKind) -> f32 {
    match kind {
        TieKind::Dialogue => 3.0,
        _ => 2.2,
    }
}

/// Dash and gap lengths in pixels; `None` draws a solid line.
pub fn dash(status: Status) -> Option<[f32; 2]> {
    match status {
        Status::Held => None,
        Status::Planned => Some([9.0, 5.0]),
        Status::Cancelled => Some([3.0, 4.0]),
    }
}

/// Node radius in pixels for an actor with `ties` ties.
pub fn node_radius(ties: usize) -> f32 {
    7.0 + 3.0 * (ties as f32).sqrt()
}
