//! Never losing work: while the map has unsaved changes, a copy of it is written every half
//! minute to the app's data folder (through a temporary file renamed into place); when the
//! changes are saved or given up, the copy goes. If the app ends without either (a crash, a
//! killed process), the next start offers to restore it.

use crate::model::Dataset;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// How often a copy is written while there are unsaved changes, in seconds.
pub(crate) const EVERY_S: f64 = 30.0;

/// What a recovery file holds: the map and where it came from.
#[derive(Serialize, Deserialize)]
pub(crate) struct Recovered {
    /// The `origin` of the map the changes were made to.
    pub(crate) origin: String,
    pub(crate) dataset: Dataset,
}

/// The recovery file in eframe's data folder for Bridges (`~/.local/share/bridges/` on Linux).
pub(crate) fn default_path() -> Option<PathBuf> {
    eframe::storage_dir("bridges").map(|d| d.join("recovery.json"))
}

/// What is written: a `Recovered` made of borrowed parts (the map is not copied to be saved).
#[derive(Serialize)]
struct ToRecover<'a> {
    origin: &'a str,
    dataset: &'a Dataset,
}

/// Write the copy. Errors are logged, not shown: a missed copy is retried at the next turn.
pub(crate) fn write(path: &Path, origin: &str, dataset: &Dataset) {
    let copy = ToRecover { origin, dataset };
    let result = serde_json::to_vec(&copy).map_err(std::io::Error::other).and_then(|bytes| {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        crate::atomic::write(path, &bytes)
    });
    if let Err(e) = result {
        log::warn!("could not write the recovery copy {}: {e}", path.display());
    }
}

/// Read a copy left by a run that ended with unsaved changes; `None` when there is none or
/// it cannot be read (it is then left where it is, for the user to look at).
pub(crate) fn read(path: &Path) -> Option<Recovered> {
    let text = std::fs::read_to_string(path).ok()?;
    match serde_json::from_str(&text) {
        Ok(r) => Some(r),
        Err(e) => {
            log::warn!("the recovery copy {} cannot be read: {e}", path.display());
            None
        }
    }
}

/// The copy is not needed any more: the changes were saved, given up or restored.
pub(crate) fn remove(path: &Path) {
    if path.exists()
        && let Err(e) = std::fs::remove_file(path)
    {
        log::warn!("could not remove the recovery copy {}: {e}", path.display());
    }
}
