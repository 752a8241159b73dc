//! Every user action, with its text, tooltip and shortcut, so menus, buttons and keys agree.

use crate::model::{ActorKind, Edit, Status};
use crate::view::{Camera, Lang, LayoutKind, Player, Selection, TimeFilter};
use eframe::egui::{Key, KeyboardShortcut, Modifiers};

/// What the user asked for. Panels return these; the app applies them in one place.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub enum Command {
    Select(Option<Selection>),
    /// Show the map through this camera (a pan or zoom on the map).
    SetCamera(Camera),
    FitView,
    ZoomIn,
    ZoomOut,
    ToggleLegend,
    ToggleSidePanel,
    /// Choose a dataset file in the system's dialog, then open it.
    Open,
    /// Choose a folder holding nodes.csv and edges.csv, then open it.
    OpenFolder,
    /// Open a dataset file or folder (a recent file, a dropped file, a typed path).
    OpenPath(std::path::PathBuf),
    /// Go back to the built-in map of Japan and Central Asia.
    OpenBuiltin,
    /// Stop waiting for a file still being opened; the map keeps what it had.
    StopOpening,
    /// Stop drawing an animation; nothing is written.
    StopExport,
    ClearRecent,
    /// Open the Save as window.
    SaveAs,
    /// Choose where to save in the system's dialog, then save.
    BrowseSavePath,
    SaveTo(std::path::PathBuf, crate::formats::Format),
    CloseSaveDialog,
    DismissError,
    /// Open the export window.
    ExportView,
    /// Choose the export file in a save dialog, then export.
    BrowseExportPath,
    ExportTo(std::path::PathBuf),
    /// Change the export options (size, background, what to include).
    SetExportOptions(crate::export::Options),
    CloseExportDialog,
    SetLayout(LayoutKind),
    /// Show actors' names in this language (map labels, side panel, exports).
    SetLabels(Lang),
    /// Pin an actor where the user dropped it (map units).
    Pin(String, [f32; 2]),
    ClearPins,
    ToggleTieKind(String),
    ToggleStatus(Status),
    ToggleActorKind(ActorKind),
    /// Show or hide the ties that cite this source (by id).
    ToggleSource(String),
    /// Show only the ties that cite this source.
    OnlySource(String),
    ResetFilters,
    SetTime(TimeFilter),
    TogglePlay,
    /// Change the play speed or looping.
    SetPlayer(Player),
    /// Change the dataset in place (see `model::Edit`); undoable.
    Edit(Box<Edit>),
    /// Edit ▸ Edit map: show or hide the forms that change the map.
    ToggleEditMode,
    /// Undo the last change to the dataset.
    Undo,
    /// Redo the last change undone.
    Redo,
    /// Undo changes until this many are left (History).
    UndoTo(usize),
    /// Ask to delete the selection, listing what goes with it.
    DeleteSelection,
    /// Delete the selection and what goes with it (after the question).
    ConfirmDelete,
    CancelDelete,
    /// Save to the file the map came from, in its format (the built-in map: Save as).
    Save,
    /// Unsaved changes and a command that would lose them: save first, then go on.
    SaveThenContinue,
    /// … or give the changes up and go on.
    DiscardThenContinue,
    /// … or do neither.
    CancelPending,
    /// Ask to delete a source or quote, listing what goes with it.
    DeleteRecord(crate::model::RecordKind, String),
    /// Edit mode: a node dropped where it was dragged to (map units); one undo step.
    MoveNode(String, [f32; 2]),
    /// Edit mode: a tie drawn from one actor to another by dragging; added and selected.
    DrawTie(String, String),
    /// Wait for a click on the map that says where this new actor goes.
    PlaceActor(Box<crate::model::Actor>),
    /// The click: put the actor waiting to be placed here (map units).
    PlaceAt([f32; 2]),
    CancelPlacing,
    /// Choose a .txt, .md or .html file whose text becomes the new source's text.
    ReadSourceFile,
    /// Read this file into the New source form.
    SourceFromFile(std::path::PathBuf),
    /// File ▸ New: start an empty map of one's own.
    NewMap,
    /// View ▸ Saved views…, View ▸ Stories…: show or hide their windows.
    ToggleViews,
    ToggleStories,
    /// Keep the view on screen under this name.
    SaveView(String),
    /// Move the map to a saved view.
    RestoreView(Box<crate::model::SavedView>),
    /// Present a story from a step (story, step).
    Present(usize, usize),
    /// F5: present the story chosen in the Stories window.
    PresentStory,
    NextStep,
    PreviousStep,
    StopPresenting,
    /// Put back the unsaved changes a previous run left in its recovery copy.
    RestoreRecovered,
    /// Remove that copy.
    DiscardRecovered,

    /// Size, colour and focus depth (View ▸ Size by, Colour by).
    SetLook(crate::view::Look),
    /// +/−: with an actor selected, widen or narrow its focus a step (1 to 3).
    FocusWider,
    FocusNarrower,
    /// Compare two periods (A, B in fractional years), or stop comparing.
    SetCompare(Option<[[f64; 2]; 2]>),
    /// Show the map, the table or the charts in the middle of the window.
    SetTab(crate::view::Tab),

    FocusSearch,
    /// Select and centre the map on it (search results).
    Reveal(Selection),
    Quit,
}

/// The actions that have a menu entry and a shortcut.
pub(crate) const ACTIONS: [Command; 8] = [
    Command::FitView,
    Command::ZoomIn,
    Command::ZoomOut,
    Command::ToggleLegend,
    Command::ToggleSidePanel,
    Command::Select(None),
    Command::ResetFilters,
    Command::ClearPins,
];

impl Command {
    /// Menu and button text.
    #[must_use]
    pub fn text(&self) -> &'static str {
        match self {
            Self::Select(None) => "Clear selection",
            Self::Select(Some(_)) => "Select",
            Self::SetCamera(_) => "Move the map",
            Self::FitView => "Fit map",
            Self::ZoomIn => "Zoom in",
            Self::ZoomOut => "Zoom out",
            Self::ToggleLegend => "Legend",
            Self::ToggleSidePanel => "Side panel",
            Self::Open => "Open…",
            Self::OpenFolder => "Open CSV folder…",
            Self::OpenPath(_) => "Open",
            Self::OpenBuiltin => "Open built-in map",
            Self::StopOpening | Self::StopExport => "Stop",
            Self::ClearRecent => "Clear recent files",
            Self::SaveAs => "Save as…",
            Self::SaveTo(..) | Self::Save | Self::SaveThenContinue => "Save",
            Self::DiscardThenContinue | Self::DiscardRecovered => "Discard",
            Self::RestoreRecovered => "Restore",
            Self::MoveNode(..) => "Move",
            Self::DrawTie(..) => "Add tie",
            Self::PlaceActor(_) => "Add actor",
            Self::PlaceAt(_) => "Place",
            Self::ReadSourceFile => "Read from file…",
            Self::SourceFromFile(_) => "Read file",
            Self::NewMap => "New map",
            Self::ToggleViews => "Saved views…",
            Self::ToggleStories => "Stories…",
            Self::SaveView(_) => "Save view",
            Self::RestoreView(_) => "Show view",
            Self::Present(..) | Self::PresentStory => "Present",
            Self::NextStep => "Next step",
            Self::PreviousStep => "Previous step",
            Self::StopPresenting => "Leave the presentation",
            Self::DismissError => "OK",
            Self::ExportView => "Export view…",
            Self::BrowseSavePath | Self::BrowseExportPath => "Browse…",
            Self::ExportTo(_) => "Export",
            Self::SetExportOptions(_) => "Export options",
            Self::CloseSaveDialog | Self::CloseExportDialog => "Close",
            Self::SetLayout(k) => k.label(),
            Self::SetLabels(l) => l.label(),
            Self::SetLook(_) => "Size and colour",
            Self::FocusWider => "Widen focus",
            Self::FocusNarrower => "Narrow focus",
            Self::SetCompare(Some(_)) => "Compare",
            Self::SetCompare(None) => "Stop comparing",
            Self::SetTab(t) => t.label(),
            Self::Pin(..) => "Pin",
            Self::ClearPins => "Unpin all",
            Self::ToggleTieKind(_) | Self::ToggleStatus(_) | Self::ToggleActorKind(_) | Self::ToggleSource(_) => {
                "Show or hide"
            }
            Self::OnlySource(_) => "Only",
            Self::ResetFilters => "Reset filters",
            Self::SetTime(_) => "Set time range",
            Self::TogglePlay => "Play / pause",
            Self::SetPlayer(_) => "Play settings",
            Self::Edit(_) => "Change the map",
            Self::ToggleEditMode => "Edit map",
            Self::Undo => "Undo",
            Self::Redo => "Redo",
            Self::UndoTo(_) => "Go back",
            Self::DeleteSelection | Self::ConfirmDelete | Self::DeleteRecord(..) => "Delete",
            Self::CancelDelete | Self::CancelPending | Self::CancelPlacing => "Cancel",
            Self::FocusSearch => "Search…",
            Self::Reveal(_) => "Show",
            Self::Quit => "Quit",
        }
    }

    #[must_use]
    pub fn tooltip(&self) -> &'static str {
        match self {
            Self::Select(None) => "Deselect, and show every tie at full strength",
            Self::Select(Some(_)) => "Show this in the side panel",
            Self::SetCamera(_) => "Pan and zoom the map",
            Self::FitView => "Zoom and pan so the whole map fits the window",
            Self::ZoomIn => "Zoom in on the centre of the map",
            Self::ZoomOut => "Zoom out from the centre of the map",
            Self::ToggleLegend => "Show or hide the legend of node and tie styles",
            Self::ToggleSidePanel => "Show or hide the side panel of ties and quotes",
            Self::Open => "Open a dataset: Bridges JSON, a CSV edge list (with nodes.csv beside it), GEXF or GraphML",
            Self::OpenFolder => "Open a folder holding nodes.csv and edges.csv",
            Self::OpenPath(_) => "Open this dataset",
            Self::OpenBuiltin => "Show the built-in map of Japan and Central Asia again",
            Self::StopOpening => "Stop opening this file; the map keeps what it had",
            Self::StopExport => "Stop drawing the animation; nothing is written",
            Self::ClearRecent => "Forget the list of recently opened files",
            Self::SaveAs => "Save the dataset as Bridges JSON, a CSV pair, GEXF or GraphML",
            Self::BrowseSavePath => "Choose where to save in a dialog",
            Self::SaveTo(..) => "Write the dataset (to a temporary file first, then renamed into place)",
            Self::CloseSaveDialog => "Close the save window",
            Self::DismissError => "Close this list; the map keeps what it had",
            Self::ExportView => "Save the map as it is shown, as a PNG or SVG image",
            Self::BrowseExportPath => "Choose the file in a save dialog",
            Self::ExportTo(_) => "Write the image",
            Self::SetExportOptions(_) => "The size, background and overlay of exported images",
            Self::CloseExportDialog => "Close the export window",
            Self::SetLayout(_) => "Place the actors this way",
            Self::SetLabels(_) => {
                "Name actors in this language on the map, in the side panel and in exports (English where a name is missing)"
            }
            Self::SetLook(_) => "Size and colour nodes by a metric of the view (filters and time window)",
            Self::FocusWider => "Bring forward one more step of partners around the selected actor (+)",
            Self::FocusNarrower => "Bring forward one step fewer around the selected actor (−)",
            Self::SetCompare(Some(_)) => "Colour each pair new, continued or lapsed between period A and period B",
            Self::SetCompare(None) => "Back to the time range of the timeline",
            Self::SetTab(crate::view::Tab::Map) => "The map",
            Self::SetTab(crate::view::Tab::Table) => {
                "Actors and ties of the view in a table, sortable by any column; a click selects"
            }
            Self::SetTab(crate::view::Tab::Charts) => "Ties per year by kind, and partners per actor over time",
            Self::Pin(..) => "Keep this actor where it was dropped",
            Self::ClearPins => "Let every dragged actor go back to its place in the layout",
            Self::ToggleTieKind(_) | Self::ToggleStatus(_) | Self::ToggleActorKind(_) => {
                "Show or hide these on the map"
            }
            Self::ToggleSource(_) => {
                "Show or hide the ties this source backs (a tie stays while another shown source backs it)"
            }
            Self::OnlySource(_) => "Show only the ties this source backs",
            Self::ResetFilters => "Show every kind and status again",
            Self::SetTime(_) => "Show the ties of this time range",
            Self::TogglePlay => "Step through time and watch the ties appear",
            Self::SetPlayer(_) => "How fast play moves through time, and whether it starts again at the end",
            Self::Edit(_) => "Add, change or remove an actor, tie, quote or source",
            Self::ToggleEditMode => "Show the forms that add actors and ties and change the selected actor",
            Self::Undo => "Undo the last change to the map (its name says which)",
            Self::Redo => "Redo the last change undone",
            Self::UndoTo(_) => "Go back to the map as it was after this change",
            Self::DeleteSelection => "Delete the selected actor or tie, after listing what goes with it",
            Self::DeleteRecord(..) => "Delete it, after listing what goes with it",
            Self::ConfirmDelete => "Delete it and what goes with it (Undo brings them back)",
            Self::CancelDelete => "Keep everything as it is",
            Self::Save => "Save the map to its file, in its format (the built-in map asks where)",
            Self::SaveThenContinue => "Save the changes, then go on",
            Self::DiscardThenContinue => "Give the changes up and go on (they cannot be undone after that)",
            Self::CancelPending => "Stay with this map and its changes",
            Self::RestoreRecovered => "Open the map with the changes that were not saved",
            Self::MoveNode(..) => "Move the actor here (Undo moves it back)",
            Self::DrawTie(..) => "Tie these two actors; fill in the tie in the side panel",
            Self::PlaceActor(_) => "Click the map where the new actor goes",
            Self::PlaceAt(_) => "Put the new actor here",
            Self::CancelPlacing => "Do not add the actor",
            Self::ReadSourceFile => {
                "Take the source's text from a .txt, .md or .html file (HTML is reduced to its text)"
            }
            Self::SourceFromFile(_) => "Take the source's text from this file",
            Self::NewMap => "Start an empty map of your own (the current one is kept if you cancel)",
            Self::ToggleViews => "Save the view under a name; restore, rename or delete saved views",
            Self::ToggleStories => "Make a story of saved views with captions, and present it",
            Self::SaveView(_) => "Keep the layout, filters, time range, selection and region in view",
            Self::RestoreView(_) => "Move the map to this view",
            Self::Present(..) | Self::PresentStory => "Show the story full-window: → or Space next, ← back, Esc leaves",
            Self::NextStep => "The story's next step",
            Self::PreviousStep => "The story's previous step",
            Self::StopPresenting => "Back to the map and its panels",
            Self::DiscardRecovered => "Remove the copy; the changes are lost",

            Self::FocusSearch => "Search actors, ties, people and quotes",
            Self::Reveal(_) => "Select it and centre the map on it",
            Self::Quit => "Close Bridges (the view is remembered)",
        }
    }

    /// Single-key shortcuts act only while no text field has the keyboard.
    #[must_use]
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        match self {
            Self::Quit => return Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::Q)),
            Self::ExportView => return Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::E)),
            Self::Open => return Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::O)),
            Self::SaveAs => {
                return Some(KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::S));
            }
            Self::FocusSearch => return Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::F)),
            Self::Undo => return Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::Z)),
            Self::Redo => return Some(KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z)),
            Self::Save => return Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::S)),
            Self::NewMap => return Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::N)),
            _ => {}
        }
        let key = match self {
            Self::PresentStory => Key::F5,
            Self::Select(None) => Key::Escape,
            Self::FitView => Key::F,
            Self::ZoomIn => Key::Plus,
            Self::ZoomOut => Key::Minus,
            Self::ToggleLegend => Key::L,
            Self::ToggleSidePanel => Key::P,
            Self::TogglePlay => Key::Space,
            Self::ResetFilters => Key::R,
            Self::DeleteSelection => Key::Delete,
            _ => return None,
        };
        Some(KeyboardShortcut::new(Modifiers::NONE, key))
    }
}
