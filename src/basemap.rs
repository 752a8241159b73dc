//! The base map: country shapes from Natural Earth, projected and triangulated once.

use crate::layout::project;
use eframe::egui::{Pos2, Rect};
use serde::Deserialize;
use std::sync::{Arc, OnceLock};

const BASEMAP_JSON: &str = include_str!("../assets/basemap.json");

#[derive(Deserialize)]
struct RawBasemap {
    countries: Vec<RawCountry>,
}

#[derive(Deserialize)]
struct RawCountry {
    name: String,
    polygons: Vec<Vec<Vec<f64>>>,
}

/// One country, in map units.
#[derive(Clone, Debug)]
pub struct Country {
    pub name: String,
    /// Polygons, each an outer ring followed by its holes.
    pub polygons: Vec<Vec<Vec<Pos2>>>,
    /// Fill triangles (indices into the polygon's rings, concatenated), one list per polygon.
    pub triangles: Vec<Vec<u32>>,
    pub bounds: Rect,
}

#[derive(Clone, Debug, Default)]
pub struct Basemap {
    pub countries: Vec<Country>,
}

impl Basemap {
    /// The embedded base map. An unreadable asset (a build defect) gives an empty map, never a crash.
    #[must_use]
    pub fn builtin() -> Self {
        match serde_json::from_str::<RawBasemap>(BASEMAP_JSON) {
            Ok(raw) => Self::from_raw(raw),
            Err(e) => {
                log::error!("base map asset unreadable: {e}");
                Self::default()
            }
        }
    }

    fn from_raw(raw: RawBasemap) -> Self {
        let countries = raw
            .countries
            .into_iter()
            .map(|c| {
                let polygons: Vec<Vec<Vec<Pos2>>> = c
                    .polygons
                    .iter()
                    .map(|rings| {
                        rings.iter().map(|flat| flat.chunks_exact(2).map(|p| project(p[1], p[0])).collect()).collect()
                    })
                    .collect();
                let triangles = polygons.iter().map(|rings| triangulate(rings)).collect();
                let bounds = Rect::from_points(&polygons.iter().flatten().flatten().copied().collect::<Vec<_>>());
                Country { name: c.name, polygons, triangles, bounds }
            })
            .collect();
        Self { countries }
    }
}

/// The base map a layout is drawn over: the embedded one (parsed and triangulated once per
/// process) for the geographic layout, none for the others, which are not maps.
pub(crate) fn for_layout(kind: crate::view::LayoutKind) -> Arc<Basemap> {
    static BUILTIN: OnceLock<Arc<Basemap>> = OnceLock::new();
    static NONE: OnceLock<Arc<Basemap>> = OnceLock::new();
    if kind == crate::view::LayoutKind::Geographic {
        BUILTIN.get_or_init(|| Arc::new(Basemap::builtin())).clone()
    } else {
        NONE.get_or_init(|| Arc::new(Basemap::default())).clone()
    }
}

fn triangulate(rings: &[Vec<Pos2>]) -> Vec<u32> {
    let mut coords = Vec::new();
    let mut holes = Vec::new();
    for (i, ring) in rings.iter().enumerate() {
        if i > 0 {
            holes.push(coords.len() / 2);
        }
        coords.extend(ring.iter().flat_map(|p| [f64::from(p.x), f64::from(p.y)]));
    }
    earcutr::earcut(&coords, &holes, 2)
        .map(|t| t.into_iter().filter_map(|i| u32::try_from(i).ok()).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_basemap_has_the_six_states_triangulated() {
        let map = Basemap::builtin();
        for name in ["Japan", "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan"] {
            let c = map.countries.iter().find(|c| c.name == name).unwrap_or_else(|| panic!("{name}"));
            assert!(c.triangles.iter().any(|t| !t.is_empty()), "{name} has fill triangles");
        }
    }
}
