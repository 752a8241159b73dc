//! Every user action, with its text, tooltip and shortcut, so menus, buttons and keys agree.

use crate::view::Selection;
use eframe::egui::{Key, KeyboardShortcut, Modifiers};

/// What the user asked for. Panels return these; the app applies them in one place.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub enum Command {
    Select(Option<Selection>),
    FitView,
    ZoomIn,
    ZoomOut,
    ToggleLegend,
    ToggleSidePanel,
    /// Open the export window.
    ExportView,
    /// Choose the export file in a save dialog, then export.
    BrowseExportPath,
    ExportTo(std::path::PathBuf),
    CloseExportDialog,
    Quit,
}

/// The actions that have a menu entry and a shortcut.
pub const ACTIONS: [Command; 6] = [
    Command::FitView,
    Command::ZoomIn,
    Command::ZoomOut,
    Command::ToggleLegend,
    Command::ToggleSidePanel,
    Command::Select(None),
];

impl Command {
    /// Menu and button text.
    pub fn text(&self) -> &'static str {
        match self {
            Self::Select(None) => "Clear selection",
            Self::Select(Some(_)) => "Select",
            Self::FitView => "Fit map",
            Self::ZoomIn => "Zoom in",
            Self::ZoomOut => "Zoom out",
            Self::ToggleLegend => "Legend",
            Self::ToggleSidePanel => "Side panel",
            Self::ExportView => "Export view…",
            Self::BrowseExportPath => "Browse…",
            Self::ExportTo(_) => "Export",
            Self::CloseExportDialog => "Close",
            Self::Quit => "Quit",
        }
    }

    pub fn tooltip(&self) -> &'static str {
        match self {
            Self::Select(None) => "Deselect, and show every tie at full strength",
            Self::Select(Some(_)) => "Show this in the side panel",
            Self::FitView => "Zoom and pan so the whole map fits the window",
            Self::ZoomIn => "Zoom in on the centre of the map",
            Self::ZoomOut => "Zoom out from the centre of the map",
            Self::ToggleLegend => "Show or hide the legend of node and tie styles",
            Self::ToggleSidePanel => "Show or hide the side panel of ties and quotes",
            Self::ExportView => "Save the map as it is shown, as a PNG or SVG image",
            Self::BrowseExportPath => "Choose the file in a save dialog",
            Self::ExportTo(_) => "Write the image",
            Self::CloseExportDialog => "Close the export window",
            Self::Quit => "Close Bridges (the view is remembered)",
        }
    }

    /// Single-key shortcuts act only while no text field has the keyboard.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        match self {
            Self::Quit => return Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::Q)),
            Self::ExportView => return Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::E)),
            _ => {}
        }
        let key = match self {
            Self::Select(None) => Key::Escape,
            Self::FitView => Key::F,
            Self::ZoomIn => Key::Plus,
            Self::ZoomOut => Key::Minus,
            Self::ToggleLegend => Key::L,
            Self::ToggleSidePanel => Key::P,
            _ => return None,
        };
        Some(KeyboardShortcut::new(Modifiers::NONE, key))
    }
}
