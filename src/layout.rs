//! Where actors go: a geographic projection, with forums and regions amid their members.

use crate::model::{Actor, Dataset};
use eframe::egui::{Pos2, Rect, Vec2, pos2};
use std::collections::BTreeMap;

/// Longitudes are shrunk by the cosine of this latitude (an equirectangular projection
/// true to scale at 42°N, the latitude of Central Asia).
const STANDARD_PARALLEL_DEG: f64 = 42.0;

/// Project a latitude/longitude (degrees) to map units (x east, y south).
pub fn project(lat: f64, lon: f64) -> Pos2 {
    let k = STANDARD_PARALLEL_DEG.to_radians().cos();
    pos2((lon * k) as f32, (-lat) as f32)
}

/// Positions of the actors drawn on the map, in map units.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    pub pos: BTreeMap<String, Pos2>,
}

fn own_position(a: &Actor) -> Option<Pos2> {
    a.capital.as_ref().map(|c| project(c.lat, c.lon)).or_else(|| a.position.map(|p| project(p.lat, p.lon)))
}

/// The geographic layout: states at their capitals, actors with a position there,
/// forums and regions without one amid their members, anything else on a ring around the rest.
pub fn geographic(ds: &Dataset) -> Layout {
    let mut pos: BTreeMap<String, Pos2> = BTreeMap::new();
    let on_map = || ds.actors.iter().filter(|a| a.kind.on_map());
    for a in on_map() {
        if let Some(p) = own_position(a) {
            pos.insert(a.id.clone(), p);
        }
    }
    let gatherers: Vec<&Actor> = on_map().filter(|a| !pos.contains_key(&a.id)).collect();
    for a in gatherers {
        let members: Vec<Pos2> = a.members.iter().filter_map(|m| pos.get(m).copied()).collect();
        if !members.is_empty() {
            let sum = members.iter().fold(Vec2::ZERO, |s, p| s + p.to_vec2());
            pos.insert(a.id.clone(), (sum / members.len() as f32).to_pos2());
        }
    }
    let unplaced: Vec<&Actor> = on_map().filter(|a| !pos.contains_key(&a.id)).collect();
    if !unplaced.is_empty() {
        let center = if pos.is_empty() {
            Pos2::ZERO
        } else {
            let sum = pos.values().fold(Vec2::ZERO, |s, p| s + p.to_vec2());
            (sum / pos.len() as f32).to_pos2()
        };
        let radius = 10.0 + unplaced.len() as f32;
        for (i, a) in unplaced.iter().enumerate() {
            let angle = std::f32::consts::TAU * i as f32 / unplaced.len() as f32;
            pos.insert(a.id.clone(), center + radius * Vec2::angled(angle));
        }
    }
    Layout { pos }
}

/// The map-unit bounds of every placed actor (what "fit" shows).
pub fn bounds(layout: &Layout) -> Rect {
    let pts: Vec<Pos2> = layout.pos.values().copied().collect();
    if pts.is_empty() { Rect::from_center_size(Pos2::ZERO, Vec2::splat(10.0)) } else { Rect::from_points(&pts) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_sit_at_their_capitals_and_forums_amid_members() {
        let ds = crate::load::builtin().expect("built-in").dataset;
        let l = geographic(&ds);
        assert_eq!(l.pos.get("japan"), Some(&project(35.6895, 139.6917)));
        let forum = l.pos["ca-plus-japan"];
        assert!(forum.x > l.pos["turkmenistan"].x && forum.x < l.pos["japan"].x);

        let mut unanchored = ds.clone();
        for a in &mut unanchored.actors {
            a.position = None;
        }
        let l2 = geographic(&unanchored);
        let members = ["japan", "kazakhstan", "uzbekistan", "kyrgyzstan", "tajikistan", "turkmenistan"];
        let centroid = members.iter().fold(Vec2::ZERO, |s, m| s + l2.pos[*m].to_vec2()) / 6.0;
        assert!(
            (l2.pos["ca-plus-japan"] - centroid.to_pos2()).length() < 1e-3,
            "a forum without a position sits amid its members"
        );
        assert!(l2.pos.contains_key("russia"), "actors with no position at all are still placed");
        assert!(!l.pos.contains_key("fumio-kishida"), "people are not map nodes");
        assert_eq!(geographic(&ds), l, "deterministic");
    }
}
