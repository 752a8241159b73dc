//! Saving a dataset to disk in any format. The `formats` module only turns a dataset into
//! text or bytes; writing them (atomically, so a failed save leaves the old file) is done here
//! beside opening, so every disk access for datasets is in `load`.

use crate::formats::{Format, csv, from_dataset, gexf, graphml};
use crate::messages::tr_args;
use crate::model::Dataset;
use std::path::{Path, PathBuf};

/// Why a dataset could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{}", tr_args("save-error-io", &[("file", .0.display().to_string().into()), ("error", .1.to_string().into())]))]
    Io(PathBuf, std::io::Error),
    #[error("{}", tr_args("save-error-csv", &[("error", .0.to_string().into())]))]
    Csv(#[from] ::csv::Error),
    #[error("{}", tr_args("save-error-json", &[("error", .0.to_string().into())]))]
    Json(#[from] serde_json::Error),
    #[error("{}", tr_args("save-error-not-a-folder", &[("file", .0.display().to_string().into())]))]
    NotAFolder(PathBuf),
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    crate::atomic::write(path, bytes).map_err(|e| SaveError::Io(path.to_path_buf(), e))
}

/// Save a dataset. Every file is written to a temporary file and renamed into place. The CSV
/// pair goes into the folder `path` (made if missing) as `nodes.csv` and `edges.csv`.
/// Returns the files written.
pub fn save(ds: &Dataset, path: &Path, format: Format) -> Result<Vec<PathBuf>, SaveError> {
    match format {
        Format::Json => {
            let mut text = serde_json::to_string_pretty(ds)?;
            text.push('\n');
            write(path, text.as_bytes())?;
            Ok(vec![path.to_path_buf()])
        }
        Format::CsvPair => {
            if path.is_file() {
                return Err(SaveError::NotAFolder(path.to_path_buf()));
            }
            std::fs::create_dir_all(path).map_err(|e| SaveError::Io(path.to_path_buf(), e))?;
            let t = from_dataset::records(ds);
            let (nodes, edges) = (path.join("nodes.csv"), path.join("edges.csv"));
            write(&nodes, &csv::write(&t.node_columns, &t.nodes)?)?;
            write(&edges, &csv::write(&t.edge_columns, &t.edges)?)?;
            Ok(vec![nodes, edges])
        }
        Format::Gexf => {
            write(path, gexf::write(&from_dataset::records(ds)).as_bytes())?;
            Ok(vec![path.to_path_buf()])
        }
        Format::GraphMl => {
            write(path, graphml::write(&from_dataset::records(ds)).as_bytes())?;
            Ok(vec![path.to_path_buf()])
        }
    }
}

#[cfg(test)]
mod tests;
