//! Panels: each shows part of the state and returns what the user asked for.

pub mod export_dialog;
pub mod filters;
pub mod menu;
pub mod problems;
pub mod save_dialog;
pub mod search;
pub mod side;
pub mod timeline;
