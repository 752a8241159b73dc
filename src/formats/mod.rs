//! Every file format Bridges opens and saves besides its native JSON: spreadsheet CSV,
//! GEXF and GraphML. Each reads into and writes from the common `Table` of records;
//! `table.rs` makes a dataset of records and `columns.rs` records of a dataset.

pub mod columns;
pub mod csv;
pub mod gexf;
pub mod graphml;
pub mod record;
pub mod table;
mod xml;

pub use record::{Record, Table};

use crate::load::{self, LoadError, Loaded, Problem};
use crate::model::Dataset;
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
    /// GraphML (yEd, Cytoscape).
    GraphMl,
}

impl Format {
    pub const ALL: [Self; 4] = [Self::Json, Self::CsvPair, Self::Gexf, Self::GraphMl];

    pub fn label(self) -> &'static str {
        match self {
            Self::Json => "Bridges JSON (.json)",
            Self::CsvPair => "Spreadsheet CSV pair (folder with nodes.csv, edges.csv)",
            Self::Gexf => "Gephi GEXF (.gexf)",
            Self::GraphMl => "GraphML for yEd, Cytoscape (.graphml)",
        }
    }

    /// The file name extension; the CSV pair is a folder and has none.
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
    pub fn with_extension(self, path: &Path) -> PathBuf {
        match self.extension() {
            Some(ext) => path.with_extension(ext),
            None if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) => path.with_extension(""),
            None => path.to_path_buf(),
        }
    }
}

/// A file in a folder, matched without regard to case (`Nodes.CSV`).
fn find_in(dir: &Path, name: &str) -> Option<PathBuf> {
    let entries = std::fs::read_dir(dir).ok()?;
    let mut found: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.eq_ignore_ascii_case(name)))
        .collect();
    found.sort();
    found.into_iter().next()
}

fn problems_error(file: &str, problems: Vec<Problem>) -> LoadError {
    LoadError { file: file.to_owned(), problems }
}

/// Open a spreadsheet list: a folder with `nodes.csv` and/or `edges.csv`, or one CSV file
/// (an edge list when it has source and target columns; `edges.csv` takes the `nodes.csv`
/// beside it, and `nodes.csv` the `edges.csv`).
pub fn open_csv(path: &Path) -> Result<Loaded, LoadError> {
    let shown = path.display().to_string();
    let (nodes_path, edges_path, single) = if path.is_dir() {
        let (n, e) = (find_in(path, "nodes.csv"), find_in(path, "edges.csv"));
        if n.is_none() && e.is_none() {
            return Err(LoadError::one(
                &shown,
                Problem::new(
                    "",
                    "the folder holds neither nodes.csv nor edges.csv",
                    "open a folder with an edge list named edges.csv (and, if you have one, nodes.csv), or open a dataset file.",
                ),
            ));
        }
        (n, e, None)
    } else {
        let text = load::read_text(path)?;
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_lowercase();
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        match csv::role_of(&text) {
            csv::Role::Edges => {
                let nodes = if name == "edges.csv" { find_in(dir, "nodes.csv") } else { None };
                (nodes, None, Some((csv::Role::Edges, text)))
            }
            csv::Role::Nodes => {
                let edges = if name == "nodes.csv" { find_in(dir, "edges.csv") } else { None };
                (None, edges, Some((csv::Role::Nodes, text)))
            }
        }
    };
    let mut problems = Vec::new();
    let mut read = |p: &Path, role: csv::Role, text: Option<String>| -> Vec<Record> {
        let file = p.display().to_string();
        let text = match text.map_or_else(|| load::read_text(p), Ok) {
            Ok(t) => t,
            Err(e) => {
                problems.extend(e.problems);
                return Vec::new();
            }
        };
        csv::read(&text, &file, role).unwrap_or_else(|p| {
            problems.extend(p);
            Vec::new()
        })
    };
    let (mut nodes, mut edges) = (Vec::new(), Vec::new());
    match single {
        Some((csv::Role::Edges, text)) => edges = read(path, csv::Role::Edges, Some(text)),
        Some((csv::Role::Nodes, text)) => nodes = read(path, csv::Role::Nodes, Some(text)),
        None => {}
    }
    if let Some(p) = &nodes_path {
        nodes = read(p, csv::Role::Nodes, None);
    }
    if let Some(p) = &edges_path {
        edges = read(p, csv::Role::Edges, None);
    }
    if !problems.is_empty() {
        return Err(problems_error(&shown, problems));
    }
    if nodes.is_empty() && edges.is_empty() {
        return Err(LoadError::one(
            &shown,
            Problem::new("", "the file has a header but no rows", "add one row per actor or per tie below the header."),
        ));
    }
    let title = title_of(path);
    let dir = if path.is_dir() { Some(path) } else { path.parent() };
    finish(&csv::table(nodes, edges), &title, &shown, dir)
}

fn title_of(path: &Path) -> String {
    let stem = if path.is_dir() { path.file_name() } else { path.file_stem() };
    stem.map_or_else(|| "Imported map".to_owned(), |s| s.to_string_lossy().into_owned())
}

/// Records → dataset → the checks every dataset passes.
fn finish(table: &Table, title: &str, shown: &str, dir: Option<&Path>) -> Result<Loaded, LoadError> {
    let dataset = table::build(table, title).map_err(|p| problems_error(shown, p))?;
    load::check(dataset, shown, dir)
}

/// Open a GEXF or GraphML file.
pub fn open_graph(path: &Path, format: Format) -> Result<Loaded, LoadError> {
    let shown = path.display().to_string();
    let text = load::read_text(path)?;
    let table = match format {
        Format::Gexf => gexf::read(&text, &shown)?,
        _ => graphml::read(&text, &shown)?,
    };
    finish(&table, &title_of(path), &shown, path.parent())
}

/// Why a dataset could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("could not write {}: {}", .0.display(), .1)]
    Io(PathBuf, std::io::Error),
    #[error("could not write the CSV: {0}")]
    Csv(#[from] ::csv::Error),
    #[error("could not write the JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("{} is a file: the CSV pair is saved into a folder; choose a folder name", .0.display())]
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
            let t = columns::table(ds);
            let (nodes, edges) = (path.join("nodes.csv"), path.join("edges.csv"));
            write(&nodes, &csv::write(&t.node_columns, &t.nodes)?)?;
            write(&edges, &csv::write(&t.edge_columns, &t.edges)?)?;
            Ok(vec![nodes, edges])
        }
        Format::Gexf => {
            write(path, gexf::write(&columns::table(ds)).as_bytes())?;
            Ok(vec![path.to_path_buf()])
        }
        Format::GraphMl => {
            write(path, graphml::write(&columns::table(ds)).as_bytes())?;
            Ok(vec![path.to_path_buf()])
        }
    }
}

#[cfg(test)]
mod tests;
