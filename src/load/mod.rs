//! Reading and saving datasets: one place that touches the disk for them, parses, finds
//! source texts and validates. The file formats themselves are pure converters in `formats`.

mod open;
mod save;
pub(crate) mod sources;
mod validate;

/// Re-exported so callers that load datasets need not know the problem types live in a leaf
/// module (they do so that `formats` can report problems without importing `load`).
pub use crate::problem::{LoadError, Problem};
pub use save::{SaveError, save};
pub use sources::SourceTexts;
pub(crate) use sources::{is_source_text, source_text};
pub(crate) use validate::{traceability, validate};

use crate::messages::{tr, tr_args};
use crate::model::Dataset;
use std::path::Path;

/// Files larger than this are refused before they are read.
pub(crate) const MAX_FILE_BYTES: u64 = 200 * 1024 * 1024;

/// The built-in dataset, as embedded in the binary.
pub(crate) const BUILTIN_JSON: &str = include_str!("../../assets/japan-central-asia.json");
pub const BUILTIN_NAME: &str = "built-in dataset (assets/japan-central-asia.json)";
/// The origin of a map made with File ▸ New (no file yet: Save asks where).
pub(crate) const NEW_NAME: &str = "new map";

/// A dataset that passed validation, with what it was checked against.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// Shared, so that work on other threads (metrics, layouts, the map's picture, exports)
    /// reads it without a copy; an edit copies it only while such work still holds it.
    pub dataset: std::sync::Arc<Dataset>,
    /// Where it came from: a path, or the built-in dataset.
    pub origin: String,
    /// The texts of the sources, by source id.
    pub texts: SourceTexts,
}

impl Loaded {
    /// One line: what was loaded and checked.
    #[must_use]
    pub fn summary(&self) -> String {
        let ds = &self.dataset;
        let in_text = |e: &&crate::model::Evidence| self.texts.contains_key(&e.source);
        let checked = ds.ties.iter().flat_map(|t| &t.evidence).filter(in_text).count()
            + ds.actors.iter().flat_map(|a| &a.evidence).filter(in_text).count()
            + ds.topics.iter().flat_map(|t| &t.evidence).filter(in_text).count();
        let verbatim_quotes = ds.quotes.iter().filter(|q| self.texts.contains_key(&q.source)).count();
        let mut line = tr_args(
            "load-summary",
            &[
                ("origin", self.origin.as_str().into()),
                ("actors", ds.actors.len().into()),
                ("ties", ds.ties.len().into()),
                ("quotes", ds.quotes.len().into()),
                ("topics", ds.topics.len().into()),
                ("sources", ds.sources.len().into()),
                ("checked", checked.into()),
                ("verbatim", verbatim_quotes.into()),
                ("texts", self.texts.len().into()),
            ],
        );
        if !ds.views.is_empty() || !ds.stories.is_empty() {
            let steps: usize = ds.stories.iter().map(|s| s.steps.len()).sum();
            line.push_str(&tr_args(
                "load-summary-views",
                &[("views", ds.views.len().into()), ("stories", ds.stories.len().into()), ("steps", steps.into())],
            ));
        }
        let uncited = ds.ties.iter().filter(|t| t.evidence.is_empty()).count();
        if uncited > 0 {
            line.push_str(&tr_args("load-summary-uncited", &[("uncited", uncited.into())]));
        }
        line
    }
}

/// The article alone (the built-in map before the record since 2004 was added): four ties
/// whose every detail the unit tests know.
#[cfg(test)]
pub(crate) fn article() -> Dataset {
    const ARTICLE: &str = include_str!("../../tests/data/article.json");
    match load_str(ARTICLE, "tests/data/article.json", None) {
        Ok(l) => std::sync::Arc::unwrap_or_clone(l.dataset),
        Err(e) => panic!("{e}: {:?}", e.problems),
    }
}

/// The built-in dataset. It is checked by the test suite; should it ever fail, the error says why.
pub fn builtin() -> Result<Loaded, LoadError> {
    load_str(BUILTIN_JSON, BUILTIN_NAME, None)
}

/// Read, parse and validate a dataset in any format Bridges opens: its own JSON, a folder
/// or file of spreadsheet lists, GEXF or `GraphML` (by the folder or file extension).
pub fn load_path(path: &Path) -> Result<Loaded, LoadError> {
    use crate::formats::Format;
    match Format::of_path(path) {
        Format::CsvPair => open::open_csv(path),
        f @ (Format::Gexf | Format::GraphMl) => open::open_graph(path, f),
        Format::Json => {
            let text = read_text(path)?;
            let dir = path.parent().map(|p| if p.as_os_str().is_empty() { Path::new(".") } else { p });
            load_str(&text, &path.display().to_string(), dir)
        }
    }
}

/// Read a text file, refusing folders, files over the size limit (before reading them) and
/// text that is not UTF-8 (naming the line and column where it stops being UTF-8).
pub(crate) fn read_text(path: &Path) -> Result<String, LoadError> {
    let file = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| {
        LoadError::one(
            &file,
            Problem::new(
                "",
                tr_args("load-cannot-open", &[("error", e.to_string().into())]),
                tr("load-cannot-open-fix"),
            ),
        )
    })?;
    if meta.is_dir() {
        return Err(LoadError::one(&file, Problem::new("", tr("load-folder"), tr("load-folder-fix"))));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::one(
            &file,
            Problem::new(
                "",
                tr_args(
                    "load-too-large",
                    &[("mb", (meta.len() / (1 << 20)).into()), ("limit", (MAX_FILE_BYTES / (1 << 20)).into())],
                ),
                tr("load-too-large-fix"),
            ),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        let message = tr_args("load-cannot-read", &[("error", e.to_string().into())]);
        LoadError::one(&file, Problem::new("", message, tr("load-cannot-read-fix")))
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let (line, column) = line_col(&e.as_bytes()[..valid]);
        LoadError::one(&file, Problem::new("", tr("load-not-utf8"), tr("load-not-utf8-fix")).at(line, column))
    })
}

/// Parse and validate dataset text. `base_dir` is the dataset's folder, where relative
/// source files are looked for; without one, only the embedded sources are used.
pub fn load_str(text: &str, file: &str, base_dir: Option<&Path>) -> Result<Loaded, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::one(file, Problem::new("", tr("load-file-empty"), tr("load-file-empty-fix"))));
    }
    let de = &mut serde_json::Deserializer::from_str(text);
    let dataset: Dataset = serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let fix = match inner.classify() {
            serde_json::error::Category::Syntax | serde_json::error::Category::Eof => tr("load-json-syntax-fix"),
            _ => tr("load-json-value-fix"),
        };
        let message = strip_position(&inner.to_string());
        let location = if path == "." { String::new() } else { path };
        LoadError::one(file, Problem::new(location, message, fix).at(inner.line(), inner.column()))
    })?;
    check(dataset, file, base_dir)
}

/// Find the source texts of a parsed dataset and validate it.
pub fn check(dataset: Dataset, file: &str, base_dir: Option<&Path>) -> Result<Loaded, LoadError> {
    let (texts, missing) = sources::resolve(&dataset, base_dir);
    let mut problems: Vec<Problem> = missing
        .into_iter()
        .map(|(i, why)| {
            Problem::new(
                format!("sources[{i}].file"),
                tr_args("load-source-file", &[("why", why.into())]),
                tr("load-source-file-fix"),
            )
        })
        .collect();
    problems.extend(validate(&dataset, &texts));
    if problems.is_empty() {
        Ok(Loaded { dataset: std::sync::Arc::new(dataset), origin: file.to_owned(), texts })
    } else {
        Err(LoadError { file: file.to_owned(), problems: problems.into_iter().map(|p| p.in_file(file)).collect() })
    }
}

/// `serde_json` appends " at line L column C"; we report those separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

#[expect(clippy::naive_bytecount, reason = "run once, on an error; not worth a dependency")]
fn line_col(prefix: &[u8]) -> (usize, usize) {
    let line = prefix.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = prefix.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests;
