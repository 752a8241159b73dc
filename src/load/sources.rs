//! Finding the text of each source, so evidence and quotes can be checked verbatim.

use crate::messages::{tr, tr_args};
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
        Err(tr("sources-not-built-in"))
    } else {
        Err(tr_args("sources-tried", &[("paths", tried.join(", ").into())]))
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

/// Whether a file is read as a source's text (dropped on the window, or chosen for a new
/// source) rather than opened as a dataset.
pub(crate) fn is_source_text(path: &Path) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    matches!(ext.as_deref(), Some("txt" | "md" | "markdown" | "html" | "htm"))
}

/// A source's text read from a `.txt`, `.md` or `.html` file (HTML reduced to its text, one
/// line per paragraph), with a title to start from: the HTML `<title>`, else the file's name.
/// Errors name the file and say what to do.
pub(crate) fn source_text(path: &Path) -> Result<(String, String), String> {
    let shown = path.display().to_string();
    if !is_source_text(path) {
        return Err(tr_args("sources-not-text", &[("file", shown.clone().into())]));
    }
    let cannot = |e: std::io::Error| {
        tr_args("sources-cannot-read", &[("file", shown.clone().into()), ("error", e.to_string().into())])
    };
    let size = std::fs::metadata(path).map_err(cannot)?.len();
    if size > super::MAX_FILE_BYTES / 10 {
        return Err(tr_args("sources-too-large", &[("file", shown.clone().into()), ("mb", (size >> 20).into())]));
    }
    let bytes = std::fs::read(path).map_err(cannot)?;
    let stem = path.file_stem().map(|s| s.to_string_lossy().replace(['-', '_'], " ")).unwrap_or_default();
    let html = matches!(
        path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref(),
        Some("html" | "htm")
    );
    if html {
        let text = html2text::config::plain_no_decorate()
            .raw_mode(true)
            .no_link_wrapping()
            .allow_width_overflow()
            .string_from_read(bytes.as_slice(), 100_000)
            .map_err(|e| {
                tr_args("sources-not-html", &[("file", shown.clone().into()), ("error", e.to_string().into())])
            })?;
        let text = tidy(&text);
        if text.trim().is_empty() {
            return Err(tr_args("sources-page-no-text", &[("file", shown.into())]));
        }
        let title = html_title(&String::from_utf8_lossy(&bytes)).unwrap_or(stem);
        return Ok((title, text));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let byte = e.utf8_error().valid_up_to();
        tr_args("sources-not-utf8", &[("file", shown.clone().into()), ("byte", byte.into())])
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text).replace("\r\n", "\n");
    if text.trim().is_empty() {
        return Err(tr_args("sources-file-empty", &[("file", shown.into())]));
    }
    Ok((stem, text))
}

/// Lines trimmed at the end, and no more than one blank line in a row.
fn tidy(text: &str) -> String {
    let mut out = String::new();
    let mut blank = 0;
    for line in text.lines().map(str::trim_end) {
        blank = if line.is_empty() { blank + 1 } else { 0 };
        if blank <= 1 {
            out.push_str(line);
            out.push('\n');
        }
    }
    out.trim().to_owned() + "\n"
}

/// The text of an HTML page's `<title>`, entities of the common kinds read.
fn html_title(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    let start = lower.find("<title")?;
    let open_end = start + lower[start..].find('>')? + 1;
    let end = open_end + lower[open_end..].find("</title")?;
    let raw = html.get(open_end..end)?;
    let title = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let title = title
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
    (!title.is_empty()).then_some(title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_reduced_to_its_text_and_title() {
        let dir = tempfile::tempdir().expect("tempdir");
        let page = dir.path().join("visit.html");
        std::fs::write(
            &page,
            "<html><head><title>Iwaya &amp; Central Asia</title><style>p{color:red}</style></head>\
             <body><h1>Visit</h1><p>The minister <b>visited</b> Astana.</p><script>var x=1;</script>\
             <p>Second paragraph.</p></body></html>",
        )
        .expect("write");
        let (title, text) = source_text(&page).expect("write");
        assert_eq!(title, "Iwaya & Central Asia");
        assert!(text.contains("The minister visited Astana."), "{text:?}");
        assert!(text.contains("Second paragraph."), "{text:?}");
        assert!(!text.contains("var x") && !text.contains("color:red"), "{text:?}");
    }

    #[test]
    fn text_files_are_kept_as_they_are_and_bad_ones_are_refused_with_the_reason() {
        let dir = tempfile::tempdir().expect("tempdir");
        let md = dir.path().join("my_notes.md");
        std::fs::write(&md, "\u{feff}# Notes\r\n\r\nJapan – Kazakhstan.\r\n").expect("write");
        let (title, text) = source_text(&md).expect("write");
        assert_eq!(title, "my notes");
        assert_eq!(text, "# Notes\n\nJapan – Kazakhstan.\n");
        let bad = dir.path().join("latin1.txt");
        std::fs::write(&bad, b"caf\xe9").expect("write");
        let e = source_text(&bad).expect_err("refused");
        assert!(e.contains("latin1.txt") && e.contains("byte 3 is not UTF-8"), "{e}");
        let e = source_text(&dir.path().join("missing.txt")).expect_err("refused");
        assert!(e.contains("missing.txt") && e.contains("cannot read"), "{e}");
        assert!(source_text(&dir.path().join("data.json")).expect_err("refused").contains("not a .txt"));
    }
}
