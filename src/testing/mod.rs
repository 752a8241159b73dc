//! For tests, benchmarks, examples and the fuzz targets only (the `testing` feature, which
//! `cargo test` and `cargo bench` turn on through the crate's dev-dependency on itself):
//! measuring the app headless, a synthetic map generator, and the inner steps of the
//! pipeline that tests check one by one. Nothing here is part of the app.

pub mod events;
pub mod perf;
pub mod synthetic;

pub use crate::basemap::Basemap;
pub use crate::formats::{csv, gexf, graphml, to_dataset};
pub use crate::layout::{bounds, force, geographic};
pub use crate::scene::{
    EdgeShape, Emphasis, HitIndex, NodeShape, RINGS_UP_TO, Scene, SceneInput, build as build_scene,
};

/// The colours tests look for in exported pictures.
pub mod style {
    pub use crate::style::{LAND, WATER, actor_color};
}
