//! Opening the spreadsheet and graph formats: finds the files on disk, reads them as text,
//! hands the text to the pure converters in `formats` and checks the dataset they make like
//! any other. This lives in `load`, not `formats`, so that `formats` never calls back into
//! `load` and the two modules do not import each other.

use super::{Loaded, check, read_text};
use crate::formats::{Format, Table, csv, gexf, graphml, to_dataset};
use crate::messages::tr;
use crate::problem::{LoadError, Problem};
use std::path::{Path, PathBuf};

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
pub(super) fn open_csv(path: &Path) -> Result<Loaded, LoadError> {
    let shown = path.display().to_string();
    let (nodes_path, edges_path, single) = if path.is_dir() {
        let (n, e) = (find_in(path, "nodes.csv"), find_in(path, "edges.csv"));
        if n.is_none() && e.is_none() {
            return Err(LoadError::one(
                &shown,
                Problem::new("", tr("open-no-csv-in-folder"), tr("open-no-csv-in-folder-fix")),
            ));
        }
        (n, e, None)
    } else {
        let text = read_text(path)?;
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
    // Each file's text and its name as messages give it.
    let mut text_of = |p: &Path, text: Option<String>| -> Option<(String, String)> {
        match text.map_or_else(|| read_text(p), Ok) {
            Ok(t) => Some((t, p.display().to_string())),
            Err(e) => {
                problems.extend(e.problems);
                None
            }
        }
    };
    let (mut nodes_text, mut edges_text) = (None, None);
    match single {
        Some((csv::Role::Edges, text)) => edges_text = text_of(path, Some(text)),
        Some((csv::Role::Nodes, text)) => nodes_text = text_of(path, Some(text)),
        None => {}
    }
    if let Some(p) = &nodes_path {
        nodes_text = text_of(p, None);
    }
    if let Some(p) = &edges_path {
        edges_text = text_of(p, None);
    }
    let nodes = nodes_text.as_ref().map_or_else(Vec::new, |(text, file)| {
        csv::read(text, file, csv::Role::Nodes).unwrap_or_else(|p| {
            problems.extend(p);
            Vec::new()
        })
    });
    if !problems.is_empty() {
        // The edge list's own problems are listed with the node list's.
        if let Some((text, file)) = &edges_text {
            problems.extend(csv::problems(text, file, csv::Role::Edges));
        }
        return Err(problems_error(&shown, problems));
    }
    let title = title_of(path);
    let dir = if path.is_dir() { Some(path) } else { path.parent() };
    // The edge list is read row by row into ties, never held as records (see `csv::build`).
    let edges = edges_text.as_ref().map(|(text, file)| (text.as_str(), file.as_str()));
    let dataset = csv::build(&nodes, edges, &title).map_err(|p| problems_error(&shown, p))?;
    drop((nodes, edges_text));
    check(dataset, &shown, dir)
}

fn title_of(path: &Path) -> String {
    let stem = if path.is_dir() { path.file_name() } else { path.file_stem() };
    stem.map_or_else(|| tr("open-imported-map"), |s| s.to_string_lossy().into_owned())
}

/// Records → dataset → the checks every dataset passes.
fn finish(table: Table, title: &str, shown: &str, dir: Option<&Path>) -> Result<Loaded, LoadError> {
    let dataset = to_dataset::build(table, title).map_err(|p| problems_error(shown, p))?;
    check(dataset, shown, dir)
}

/// Open a GEXF or `GraphML` file.
pub(super) fn open_graph(path: &Path, format: Format) -> Result<Loaded, LoadError> {
    let shown = path.display().to_string();
    let text = read_text(path)?;
    let table = match format {
        Format::Gexf => gexf::read(&text, &shown)?,
        _ => graphml::read(&text, &shown)?,
    };
    finish(table, &title_of(path), &shown, path.parent())
}
