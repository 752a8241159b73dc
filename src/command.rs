//! Every user action, with its text, tooltip and shortcut, so menus, buttons and keys agree.

use crate::i18n::tr;
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
    /// View ▸ Language: the interface's language (`None`: the system's); names follow it.
    SetLanguage(Option<Lang>),
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
    pub fn text(&self) -> String {
        match self {
            Self::Select(None) => tr("cmd-clear-selection"),
            Self::Select(Some(_)) => tr("cmd-select"),
            Self::SetCamera(_) => tr("cmd-move-the-map"),
            Self::FitView => tr("cmd-fit-map"),
            Self::ZoomIn => tr("cmd-zoom-in"),
            Self::ZoomOut => tr("cmd-zoom-out"),
            Self::ToggleLegend => tr("cmd-legend"),
            Self::ToggleSidePanel => tr("cmd-side-panel"),
            Self::Open => tr("cmd-open"),
            Self::OpenFolder => tr("cmd-open-csv-folder"),
            Self::OpenPath(_) => tr("cmd-open-2"),
            Self::OpenBuiltin => tr("cmd-open-built-in-map"),
            Self::StopOpening | Self::StopExport => tr("cmd-stop"),
            Self::ClearRecent => tr("cmd-clear-recent-files"),
            Self::SaveAs => tr("cmd-save-as"),
            Self::SaveTo(..) | Self::Save | Self::SaveThenContinue => tr("cmd-save"),
            Self::DiscardThenContinue | Self::DiscardRecovered => tr("cmd-discard"),
            Self::RestoreRecovered => tr("cmd-restore"),
            Self::MoveNode(..) => tr("cmd-move"),
            Self::DrawTie(..) => tr("cmd-add-tie"),
            Self::PlaceActor(_) => tr("cmd-add-actor"),
            Self::PlaceAt(_) => tr("cmd-place"),
            Self::ReadSourceFile => tr("cmd-read-from-file"),
            Self::SourceFromFile(_) => tr("cmd-read-file"),
            Self::NewMap => tr("cmd-new-map"),
            Self::ToggleViews => tr("cmd-saved-views"),
            Self::ToggleStories => tr("cmd-stories"),
            Self::SaveView(_) => tr("cmd-save-view"),
            Self::RestoreView(_) => tr("cmd-show-view"),
            Self::Present(..) | Self::PresentStory => tr("cmd-present"),
            Self::NextStep => tr("cmd-next-step"),
            Self::PreviousStep => tr("cmd-previous-step"),
            Self::StopPresenting => tr("cmd-leave-the-presentation"),
            Self::DismissError => tr("cmd-ok"),
            Self::ExportView => tr("cmd-export-view"),
            Self::BrowseSavePath | Self::BrowseExportPath => tr("cmd-browse"),
            Self::ExportTo(_) => tr("cmd-export"),
            Self::SetExportOptions(_) => tr("cmd-export-options"),
            Self::CloseSaveDialog | Self::CloseExportDialog => tr("cmd-close"),
            Self::SetLayout(k) => k.label(),
            Self::SetLabels(l) | Self::SetLanguage(Some(l)) => l.label().to_owned(),
            Self::SetLanguage(None) => tr("cmd-system-language"),
            Self::SetLook(_) => tr("cmd-size-and-colour"),
            Self::FocusWider => tr("cmd-widen-focus"),
            Self::FocusNarrower => tr("cmd-narrow-focus"),
            Self::SetCompare(Some(_)) => tr("cmd-compare"),
            Self::SetCompare(None) => tr("cmd-stop-comparing"),
            Self::SetTab(t) => t.label(),
            Self::Pin(..) => tr("cmd-pin"),
            Self::ClearPins => tr("cmd-unpin-all"),
            Self::ToggleTieKind(_) | Self::ToggleStatus(_) | Self::ToggleActorKind(_) | Self::ToggleSource(_) => {
                tr("cmd-show-or-hide")
            }
            Self::OnlySource(_) => tr("cmd-only"),
            Self::ResetFilters => tr("cmd-reset-filters"),
            Self::SetTime(_) => tr("cmd-set-time-range"),
            Self::TogglePlay => tr("cmd-play-pause"),
            Self::SetPlayer(_) => tr("cmd-play-settings"),
            Self::Edit(_) => tr("cmd-change-the-map"),
            Self::ToggleEditMode => tr("cmd-edit-map"),
            Self::Undo => tr("cmd-undo"),
            Self::Redo => tr("cmd-redo"),
            Self::UndoTo(_) => tr("cmd-go-back"),
            Self::DeleteSelection | Self::ConfirmDelete | Self::DeleteRecord(..) => tr("cmd-delete"),
            Self::CancelDelete | Self::CancelPending | Self::CancelPlacing => tr("cmd-cancel"),
            Self::FocusSearch => tr("cmd-search"),
            Self::Reveal(_) => tr("cmd-show"),
            Self::Quit => tr("cmd-quit"),
        }
    }

    #[must_use]
    pub fn tooltip(&self) -> String {
        match self {
            Self::Select(None) => tr("tip-deselect-and-show-every-tie-at"),
            Self::Select(Some(_)) => tr("tip-show-this-in-the-side-panel"),
            Self::SetCamera(_) => tr("tip-pan-and-zoom-the-map"),
            Self::FitView => tr("tip-zoom-and-pan-so-the-whole"),
            Self::ZoomIn => tr("tip-zoom-in-on-the-centre-of"),
            Self::ZoomOut => tr("tip-zoom-out-from-the-centre-of"),
            Self::ToggleLegend => tr("tip-show-or-hide-the-legend-of"),
            Self::ToggleSidePanel => tr("tip-show-or-hide-the-side-panel"),
            Self::Open => tr("tip-open-a-dataset-bridges-json-a"),
            Self::OpenFolder => tr("tip-open-a-folder-holding-nodes-csv"),
            Self::OpenPath(_) => tr("tip-open-this-dataset"),
            Self::OpenBuiltin => tr("tip-show-the-built-in-map-of"),
            Self::StopOpening => tr("tip-stop-opening-this-file-the-map"),
            Self::StopExport => tr("tip-stop-drawing-the-animation-nothing-is"),
            Self::ClearRecent => tr("tip-forget-the-list-of-recently-opened"),
            Self::SaveAs => tr("tip-save-the-dataset-as-bridges-json"),
            Self::BrowseSavePath => tr("tip-choose-where-to-save-in-a"),
            Self::SaveTo(..) => tr("tip-write-the-dataset-to-a-temporary"),
            Self::CloseSaveDialog => tr("tip-close-the-save-window"),
            Self::DismissError => tr("tip-close-this-list-the-map-keeps"),
            Self::ExportView => tr("tip-save-the-map-as-it-is"),
            Self::BrowseExportPath => tr("tip-choose-the-file-in-a-save"),
            Self::ExportTo(_) => tr("tip-write-the-image"),
            Self::SetExportOptions(_) => tr("tip-the-size-background-and-overlay-of"),
            Self::CloseExportDialog => tr("tip-close-the-export-window"),
            Self::SetLayout(_) => tr("tip-place-the-actors-this-way"),
            Self::SetLanguage(_) => tr("tip-set-language"),
            Self::SetLabels(_) => tr("tip-name-actors-in-this-language-on"),
            Self::SetLook(_) => tr("tip-size-and-colour-nodes-by-a"),
            Self::FocusWider => tr("tip-bring-forward-one-more-step-of"),
            Self::FocusNarrower => tr("tip-bring-forward-one-step-fewer-around"),
            Self::SetCompare(Some(_)) => tr("tip-colour-each-pair-new-continued-or"),
            Self::SetCompare(None) => tr("tip-back-to-the-time-range-of"),
            Self::SetTab(crate::view::Tab::Map) => tr("tip-the-map"),
            Self::SetTab(crate::view::Tab::Table) => tr("tip-actors-and-ties-of-the-view"),
            Self::SetTab(crate::view::Tab::Charts) => tr("tip-ties-per-year-by-kind-and"),
            Self::Pin(..) => tr("tip-keep-this-actor-where-it-was"),
            Self::ClearPins => tr("tip-let-every-dragged-actor-go-back"),
            Self::ToggleTieKind(_) | Self::ToggleStatus(_) | Self::ToggleActorKind(_) => {
                tr("tip-show-or-hide-these-on-the")
            }
            Self::ToggleSource(_) => tr("tip-show-or-hide-the-ties-this"),
            Self::OnlySource(_) => tr("tip-show-only-the-ties-this-source"),
            Self::ResetFilters => tr("tip-show-every-kind-and-status-again"),
            Self::SetTime(_) => tr("tip-show-the-ties-of-this-time"),
            Self::TogglePlay => tr("tip-step-through-time-and-watch-the"),
            Self::SetPlayer(_) => tr("tip-how-fast-play-moves-through-time"),
            Self::Edit(_) => tr("tip-add-change-or-remove-an-actor"),
            Self::ToggleEditMode => tr("tip-show-the-forms-that-add-actors"),
            Self::Undo => tr("tip-undo-the-last-change-to-the"),
            Self::Redo => tr("tip-redo-the-last-change-undone"),
            Self::UndoTo(_) => tr("tip-go-back-to-the-map-as"),
            Self::DeleteSelection => tr("tip-delete-the-selected-actor-or-tie"),
            Self::DeleteRecord(..) => tr("tip-delete-it-after-listing-what-goes"),
            Self::ConfirmDelete => tr("tip-delete-it-and-what-goes-with"),
            Self::CancelDelete => tr("tip-keep-everything-as-it-is"),
            Self::Save => tr("tip-save-the-map-to-its-file"),
            Self::SaveThenContinue => tr("tip-save-the-changes-then-go-on"),
            Self::DiscardThenContinue => tr("tip-give-the-changes-up-and-go"),
            Self::CancelPending => tr("tip-stay-with-this-map-and-its"),
            Self::RestoreRecovered => tr("tip-open-the-map-with-the-changes"),
            Self::MoveNode(..) => tr("tip-move-the-actor-here-undo-moves"),
            Self::DrawTie(..) => tr("tip-tie-these-two-actors-fill-in"),
            Self::PlaceActor(_) => tr("tip-click-the-map-where-the-new"),
            Self::PlaceAt(_) => tr("tip-put-the-new-actor-here"),
            Self::CancelPlacing => tr("tip-do-not-add-the-actor"),
            Self::ReadSourceFile => tr("tip-take-the-source-s-text-from-2"),
            Self::SourceFromFile(_) => tr("tip-take-the-source-s-text-from"),
            Self::NewMap => tr("tip-start-an-empty-map-of-your"),
            Self::ToggleViews => tr("tip-save-the-view-under-a-name"),
            Self::ToggleStories => tr("tip-make-a-story-of-saved-views"),
            Self::SaveView(_) => tr("tip-keep-the-layout-filters-time-range"),
            Self::RestoreView(_) => tr("tip-move-the-map-to-this-view"),
            Self::Present(..) | Self::PresentStory => tr("tip-show-the-story-full-window-or"),
            Self::NextStep => tr("tip-the-story-s-next-step"),
            Self::PreviousStep => tr("tip-the-story-s-previous-step"),
            Self::StopPresenting => tr("tip-back-to-the-map-and-its"),
            Self::DiscardRecovered => tr("tip-remove-the-copy-the-changes-are"),

            Self::FocusSearch => tr("tip-search-actors-ties-people-and-quotes"),
            Self::Reveal(_) => tr("tip-select-it-and-centre-the-map"),
            Self::Quit => tr("tip-close-bridges-the-view-is-remembered"),
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
