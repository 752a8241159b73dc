//! Bridges: a map of diplomatic ties, every fact traced to its source.
//!
//! The whole app lives in this library so tests can build it; `main.rs` only starts it.
//! The modules are private; what the binary, tests, benchmarks and examples use is
//! re-exported below. `docs/ARCHITECTURE.md` tells how the parts fit.

// `pub` means public (see `unreachable_pub` in Cargo.toml). The steps of the pipeline that
// `testing` re-exports for tests are public only with that feature; without it they are
// crate-internal, and that is not a fault.
#![cfg_attr(not(feature = "testing"), allow(unreachable_pub))]

pub mod analysis;
mod app;
mod atomic;
mod basemap;
mod capitals;
pub mod cli;
mod command;
mod export;
mod filter;
mod fonts;
mod formats;
mod gpu;
pub mod i18n;
pub mod icon;
mod jobs;
mod layout;
mod legend;
mod load;
mod map_view;
mod messages;
pub mod model;
mod paint;
mod panels;
mod problem;
mod quadtree;
mod scene;
mod search;
mod style;
#[cfg(feature = "testing")]
pub mod testing;
mod text;
mod view;
mod views;

/// When the process started (set by the binary first thing; the first frame's log is timed
/// from it).
pub static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

pub use app::{App, BACKGROUND_LAYOUT_ABOVE, Persisted, StatusLine};
pub use command::Command;
pub use export::animate::Step as AnimationStep;
pub use export::{ExportError, Format as ImageFormat, Options as ExportOptions, Picture, Size as ExportSize};
pub use filter::{TieSet, Visible, VisibleKey};
pub use formats::Format as FileFormat;
pub use layout::{Layout, LayoutKey};
pub use load::{
    BUILTIN_NAME, LoadError, Loaded, Problem, SaveError, SourceTexts, builtin, check, load_path, load_str, save,
};
pub use model::Dataset;
pub use view::{
    Camera, ColourBy, Filters, Lang, LayoutKind, Look, Metric, Player, Selection, Tab, TimeFilter, TimeMode, ViewState,
};

/// The window title.
pub const TITLE: &str = "Bridges — Japan and Central Asia";
