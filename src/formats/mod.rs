//! Every file format Bridges opens and saves besides its native JSON: spreadsheet CSV,
//! GEXF and `GraphML`. Pure converters: each reader turns text into the common `Table` of
//! records and each writer records into text; `to_dataset.rs` makes a dataset of records and
//! `from_dataset.rs` records of a dataset. Nothing here touches the disk or validates a
//! dataset, so this module depends on no part of the app but the model and `problem`:
//! opening and saving files is `load`'s (`load/open.rs`, `load/save.rs`).

pub mod csv;
pub(crate) mod fields;
pub(crate) mod from_dataset;
pub mod gexf;
pub mod graphml;
pub(crate) mod record;
mod row;
pub mod to_dataset;
mod xml;

pub(crate) use record::Table;

use crate::messages::tr;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// A file format Bridges reads and writes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    /// Bridges' own JSON (`docs/data-format.md`): keeps everything.
    #[default]
    Json,
    /// A folder with `nodes.csv` and `edges.csv`.
    CsvPair,
    /// Gephi's GEXF.
    Gexf,
    /// `GraphML` (yEd, Cytoscape).
    GraphMl,
}

impl Format {
    pub const ALL: [Self; 4] = [Self::Json, Self::CsvPair, Self::Gexf, Self::GraphMl];

    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::Json => tr("formats-json"),
            Self::CsvPair => tr("formats-csv-pair"),
            Self::Gexf => tr("formats-gexf"),
            Self::GraphMl => tr("formats-graphml"),
        }
    }

    /// The file name extension; the CSV pair is a folder and has none.
    #[must_use]
    pub fn extension(self) -> Option<&'static str> {
        match self {
            Self::Json => Some("json"),
            Self::CsvPair => None,
            Self::Gexf => Some("gexf"),
            Self::GraphMl => Some("graphml"),
        }
    }

    /// The format a path is read as: a folder or a `.csv` file is a spreadsheet list.
    pub fn of_path(path: &Path) -> Self {
        if path.is_dir() {
            return Self::CsvPair;
        }
        let ext = path.extension().and_then(|e| e.to_str()).map(str::to_lowercase);
        match ext.as_deref() {
            Some("csv" | "tsv") => Self::CsvPair,
            Some("gexf") => Self::Gexf,
            Some("graphml" | "xml") => Self::GraphMl,
            _ => Self::Json,
        }
    }

    /// Put this format's extension on a path (the CSV pair: drop any extension).
    #[must_use]
    pub fn with_extension(self, path: &Path) -> PathBuf {
        match self.extension() {
            Some(ext) => path.with_extension(ext),
            None if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) => path.with_extension(""),
            None => path.to_path_buf(),
        }
    }
}

#[cfg(test)]
mod tests;
