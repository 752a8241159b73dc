//! Bridges: a map of diplomatic ties, every fact traced to its source.

pub mod basemap;
pub mod layout;
pub mod load;
pub mod model;
pub mod scene;
pub mod style;
pub mod view;
