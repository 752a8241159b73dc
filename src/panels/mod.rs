//! Panels: each shows part of the state and returns what the user asked for.

pub(crate) mod charts;
pub(crate) mod confirm;
pub(crate) mod edit_selected;
pub(crate) mod editor;
pub(crate) mod evidence;
pub(crate) mod export_dialog;
pub(crate) mod filters;
pub(crate) mod look;
pub(crate) mod menu;
pub(crate) mod problems;
pub(crate) mod save_dialog;
pub(crate) mod search;
pub(crate) mod side;
pub(crate) mod stories;
pub(crate) mod table;
pub(crate) mod timeline;
