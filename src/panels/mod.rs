//! Panels: each shows part of the state and returns what the user asked for.

pub mod export_dialog;
pub mod menu;
pub mod side;
