//! Extracts the base map region from Natural Earth's `TopoJSON` (world-atlas) into `assets/basemap.json`.
//!
//! ```text
//! cargo run --example extract_basemap -- ../shared/data/world-atlas/countries-50m.json assets/basemap.json
//! ```
//!
//! Keeps every polygon that has a point in the region (longitude 20°E..165°E,
//! latitude 5°N..75°N), decoded from `TopoJSON` arcs and rounded to 0.01°. Points west of
//! 160°W are moved east by 360°, so that Russia's Chukotka, which Natural Earth cuts at the
//! antimeridian, continues the ring instead of striking across the whole map.

use serde_json::Value;
use std::process::ExitCode;

const REGION: [f64; 4] = [20.0, 5.0, 165.0, 75.0];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(output)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: extract_basemap <countries-50m.json> <assets/basemap.json>");
        return ExitCode::FAILURE;
    };
    match run(input, output) {
        Ok(n) => {
            println!("{output}: {n} countries");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("extract_basemap: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(input: &str, output: &str) -> Result<usize, String> {
    let text = std::fs::read_to_string(input).map_err(|e| format!("{input}: {e}"))?;
    let topo: Value = serde_json::from_str(&text).map_err(|e| format!("{input}: {e}"))?;
    let num = |v: &Value| v.as_f64().ok_or("expected a number");
    let scale = [num(&topo["transform"]["scale"][0])?, num(&topo["transform"]["scale"][1])?];
    let translate = [num(&topo["transform"]["translate"][0])?, num(&topo["transform"]["translate"][1])?];
    let arcs: Vec<Vec<[f64; 2]>> = topo["arcs"]
        .as_array()
        .ok_or("no arcs")?
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0.0, 0.0);
            arc.as_array()
                .map(|pts| {
                    pts.iter()
                        .map(|p| {
                            x += p[0].as_f64().unwrap_or(0.0);
                            y += p[1].as_f64().unwrap_or(0.0);
                            [x * scale[0] + translate[0], y * scale[1] + translate[1]]
                        })
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect();
    let ring = |indices: &Value| -> Vec<[f64; 2]> {
        let mut out: Vec<[f64; 2]> = Vec::new();
        for i in indices.as_array().into_iter().flatten().filter_map(Value::as_i64) {
            let (idx, reversed) = if i < 0 { ((!i) as usize, true) } else { (i as usize, false) };
            let Some(arc) = arcs.get(idx) else { continue };
            let mut pts = arc.clone();
            if reversed {
                pts.reverse();
            }
            let skip = usize::from(!out.is_empty());
            out.extend(pts.into_iter().skip(skip));
        }
        out
    };
    let meets_region = |r: &[[f64; 2]]| {
        r.iter().any(|p| p[0] >= REGION[0] && p[0] <= REGION[2] && p[1] >= REGION[1] && p[1] <= REGION[3])
    };
    let mut countries = Vec::new();
    for g in topo["objects"]["countries"]["geometries"].as_array().ok_or("no countries")? {
        let polygons: Vec<&Value> = match g["type"].as_str() {
            Some("Polygon") => vec![&g["arcs"]],
            Some("MultiPolygon") => g["arcs"].as_array().map(|a| a.iter().collect()).unwrap_or_default(),
            _ => continue,
        };
        let mut kept = Vec::new();
        for poly in polygons {
            let rings: Vec<Vec<[f64; 2]>> = poly.as_array().into_iter().flatten().map(ring).collect();
            if rings.first().is_some_and(|outer| meets_region(outer)) {
                let flat: Vec<Vec<f64>> = rings
                    .iter()
                    .map(|r| r.iter().flat_map(|p| [round(unwrap_lon(p[0])), round(p[1])]).collect())
                    .collect();
                kept.push(flat);
            }
        }
        if !kept.is_empty() {
            countries.push(serde_json::json!({
                "name": g["properties"]["name"],
                "iso_n3": g["id"],
                "polygons": kept,
            }));
        }
    }
    let n = countries.len();
    let out = serde_json::json!({
        "attribution": "Made with Natural Earth (public domain), 1:50m Admin 0 countries v4.1.0, via the world-atlas TopoJSON package (ISC).",
        "region": REGION,
        "countries": countries,
    });
    let json = serde_json::to_string(&out).map_err(|e| e.to_string())?;
    let tmp = format!("{output}.tmp");
    std::fs::write(&tmp, json).map_err(|e| format!("{tmp}: {e}"))?;
    std::fs::rename(&tmp, output).map_err(|e| format!("{output}: {e}"))?;
    Ok(n)
}

fn unwrap_lon(lon: f64) -> f64 {
    if lon < -160.0 { lon + 360.0 } else { lon }
}

fn round(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}
