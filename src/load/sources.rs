//! Finding the text of each source, so evidence and quotes can be checked verbatim.

use crate::model::Dataset;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Source documents that ship inside the binary, by file name: every `.txt` file in
/// `seeds/` (listed by `build.rs`).
pub(crate) const EMBEDDED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

/// The largest source text read from disk.
const MAX_SOURCE_BYTES: u64 = 50 * 1024 * 1024;

/// Source texts by source id. A source without a readable file is absent.
pub type SourceTexts = BTreeMap<String, String>;

/// Look for a source file: relative to the dataset's folder (when it has one on disk),
/// then among the embedded seeds by file name.
pub(crate) fn find(file: &str, base_dir: Option<&Path>) -> Result<String, String> {
    let rel = Path::new(file);
    let tried: Vec<PathBuf> = base_dir.map(|dir| dir.join(rel)).into_iter().collect();
    for path in &tried {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_file() && meta.len() <= MAX_SOURCE_BYTES => {
                if let Ok(text) = std::fs::read_to_string(path) {
                    return Ok(normalise(&text));
                }
            }
            _ => {}
        }
    }
    let name = rel.file_name().and_then(|n| n.to_str()).unwrap_or(file);
    if let Some((_, text)) = EMBEDDED.iter().find(|(n, _)| *n == name) {
        return Ok(normalise(text));
    }
    let tried: Vec<String> = tried.iter().map(|p| p.display().to_string()).collect();
    if tried.is_empty() {
        Err("it is not among the built-in sources".to_owned())
    } else {
        Err(format!("tried {}", tried.join(", ")))
    }
}

/// Line ends are compared as `\n`, so a source saved with CRLF still matches.
fn normalise(text: &str) -> String {
    text.replace("\r\n", "\n")
}

/// Read the text of every source that names a file, or holds its text itself.
pub(crate) fn resolve(dataset: &Dataset, base_dir: Option<&Path>) -> (SourceTexts, Vec<(usize, String)>) {
    let mut texts = SourceTexts::new();
    let mut missing = Vec::new();
    for (i, source) in dataset.sources.iter().enumerate() {
        if let Some(text) = &source.text {
            texts.insert(source.id.clone(), normalise(text));
            continue;
        }
        let Some(file) = &source.file else { continue };
        match find(file, base_dir) {
            Ok(t) => {
                texts.insert(source.id.clone(), t);
            }
            Err(why) => missing.push((i, why)),
        }
    }
    (texts, missing)
}
