//! Bridges: a map of diplomatic ties, every fact traced to its source.
//!
//! The whole app lives in this library so tests can build it; `main.rs` only starts it.

mod app;
pub mod atomic;
pub mod basemap;
pub mod capitals;
pub mod cli;
pub mod command;
pub mod export;
pub mod filter;
pub mod fonts;
pub mod formats;
pub mod gpu;
pub mod jobs;
pub mod layout;
pub mod legend;
pub mod load;
pub mod model;
mod paint;
mod panels;
pub mod perf;
pub mod problem;
mod quadtree;
pub mod scene;
pub mod search;
pub mod style;
pub mod synthetic;
pub mod text;
pub mod view;

pub use app::{App, BACKGROUND_LAYOUT_ABOVE, Persisted, StatusLine};
pub use model::Dataset;

/// The window title.
pub const TITLE: &str = "Bridges — Japan and Central Asia";
