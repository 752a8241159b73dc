//! XML helpers shared by GEXF and `GraphML`: safe parsing (no DTD, limits on size and nesting),
//! positions for messages, gathering fields, and escaping for `xmlwriter`.

use super::record::Record;
use crate::messages::{tr, tr_args};
use crate::problem::{LoadError, Problem};
use roxmltree::{Document, Node};
use std::collections::HashSet;
use xmlwriter::XmlWriter;

/// Adds an edge's `source` and `target`, or reports each that is missing or empty; whether both are there.
pub(super) fn ends(
    fields: &mut Fields,
    edge: Node,
    what: &str,
    (line, column): (usize, usize),
    problems: &mut Vec<Problem>,
) -> bool {
    let mut complete = true;
    for end in ["source", "target"] {
        if let Some(v) = edge.attribute(end).filter(|v| !v.trim().is_empty()) {
            fields.push(end, v);
        } else {
            complete = false;
            problems.push(
                Problem::new(
                    what,
                    tr_args("xml-edge-no-end", &[("end", end.into())]),
                    tr_args("xml-edge-no-end-fix", &[("end", end.into())]),
                )
                .at(line, column),
            );
        }
    }
    complete
}

/// A record's fields as they are gathered: each name once, the first value kept.
#[derive(Default)]
pub(super) struct Fields {
    names: HashSet<String>,
    pub(super) list: Vec<(String, String)>,
}

impl Fields {
    pub(super) fn push(&mut self, name: &str, value: &str) {
        if !self.names.contains(name) {
            self.names.insert(name.to_owned());
            self.list.push((name.to_owned(), value.to_owned()));
        }
    }

    pub(super) fn has(&self, name: &str) -> bool {
        self.names.contains(name)
    }
}

/// Column names in the order first declared, each once.
#[derive(Default)]
pub(super) struct Columns {
    names: HashSet<String>,
    pub(super) list: Vec<String>,
}

impl Columns {
    pub(super) fn add(&mut self, name: &str) {
        if !self.names.contains(name) {
            self.names.insert(name.to_owned());
            self.list.push(name.to_owned());
        }
    }
}

/// The most field values read from one file, counting defaults: a small file that declares
/// thousands of defaulted attributes for thousands of nodes must not exhaust memory. (Values
/// written out are bounded by the XML node limit already.) Lower in tests, to test it quickly.
const MAX_VALUES: usize = if cfg!(test) { 100_000 } else { 5_000_000 };

/// Field values read so far; once over `MAX_VALUES`, reading stops with a problem.
#[derive(Default)]
pub(super) struct Budget {
    spent: usize,
}

impl Budget {
    pub(super) fn spend(&mut self, values: usize, problems: &mut Vec<Problem>) {
        let was_exhausted = self.exhausted();
        self.spent = self.spent.saturating_add(values);
        if self.exhausted() && !was_exhausted {
            problems.push(Problem::new(
                "",
                tr_args("xml-too-many-values", &[("limit", MAX_VALUES.into())]),
                tr("xml-too-many-values-fix"),
            ));
        }
    }

    pub(super) fn exhausted(&self) -> bool {
        self.spent > MAX_VALUES
    }
}

/// The deepest element nesting read; deeper files are refused.
const MAX_DEPTH: usize = 64;

/// The most XML nodes (elements, text, …) parsed before giving up.
const NODES_LIMIT: u32 = 5_000_000;

/// Parses XML safely (no DTD, so no entity expansion; a limit on nodes and on nesting) and
/// checks that the root element is `root` (by local name). `format` names the format in messages.
pub(super) fn parse<'i>(text: &'i str, file: &str, format: &str, root: &str) -> Result<Document<'i>, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::one(
            file,
            Problem::new("", tr("xml-file-empty"), tr_args("xml-file-empty-fix", &[("format", format.into())])),
        ));
    }
    let options = roxmltree::ParsingOptions { allow_dtd: false, nodes_limit: NODES_LIMIT, ..Default::default() };
    let doc =
        Document::parse_with_options(text, options).map_err(|e| LoadError::one(file, xml_problem(&e, text, format)))?;
    let top = doc.root_element();
    let name = top.tag_name().name();
    if name != root {
        let (line, column) = position(&doc, top);
        return Err(LoadError::one(
            file,
            Problem::new(
                format!("<{name}>"),
                tr_args("xml-wrong-root", &[("name", name.into()), ("root", root.into()), ("format", format.into())]),
                tr_args("xml-wrong-root-fix", &[("format", format.into())]),
            )
            .at(line, column),
        ));
    }
    match too_deep(&doc) {
        Some(problem) => Err(LoadError::one(file, problem)),
        None => Ok(doc),
    }
}

/// A problem for an XML syntax error, with its line and column.
fn xml_problem(e: &roxmltree::Error, text: &str, format: &str) -> Problem {
    use roxmltree::Error as E;
    let pos = e.pos();
    let (mut line, mut column) = (pos.row as usize, pos.col as usize);
    let (message, fix) = match e {
        E::DtdDetected => {
            if let Some(at) = text.find("<!DOCTYPE") {
                (line, column) = Positions::new(text).at(at);
            }
            (tr("xml-dtd"), tr_args("xml-dtd-fix", &[("format", format.into())]))
        }
        E::NodesLimitReached => {
            (tr_args("xml-too-many-nodes", &[("limit", NODES_LIMIT.into())]), tr("xml-too-many-nodes-fix"))
        }
        E::UnexpectedEndOfStream | E::UnclosedRootNode => {
            (line, column) = Positions::new(text).at(text.len());
            (tr_args("xml-ends-early", &[("error", e.to_string().into())]), tr("xml-ends-early-fix"))
        }
        _ => {
            let detail = e.to_string().replace(&format!(" at {pos}"), "");
            (
                tr_args("xml-not-well-formed", &[("detail", detail.into())]),
                tr_args("xml-not-well-formed-fix", &[("format", format.into())]),
            )
        }
    };
    Problem::new("", message, fix).at(line, column)
}

/// The problem with elements nested more than `MAX_DEPTH` deep, if there are any (found
/// without recursion).
fn too_deep(doc: &Document) -> Option<Problem> {
    let mut stack = vec![(doc.root_element(), 1usize)];
    while let Some((node, depth)) = stack.pop() {
        if depth > MAX_DEPTH {
            let (line, column) = position(doc, node);
            return Some(
                Problem::new(
                    format!("<{}>", node.tag_name().name()),
                    tr_args("xml-too-deep", &[("limit", MAX_DEPTH.into())]),
                    tr("xml-too-deep-fix"),
                )
                .at(line, column),
            );
        }
        // Reversed, so that elements are checked in document order and the first too deep is named.
        stack.extend(node.children().rev().filter(Node::is_element).map(|c| (c, depth + 1)));
    }
    None
}

/// The 1-based line and column where an element starts, for a one-off message.
pub(super) fn position(doc: &Document, node: Node) -> (usize, usize) {
    Positions::new(doc.input_text()).of(node)
}

/// 1-based lines and columns (in characters) of places in a text, as roxmltree counts them.
/// Computed incrementally: records are read in document order, so each step scans only the
/// text since the previous one. (`Document::text_pos_at` scans from the start every time,
/// which makes reading a large file quadratic.)
pub(super) struct Positions<'t> {
    text: &'t str,
    offset: usize,
    line: usize,
    column: usize,
}

impl<'t> Positions<'t> {
    pub(super) fn new(text: &'t str) -> Self {
        Self { text, offset: 0, line: 1, column: 1 }
    }

    /// Where an element starts.
    pub(super) fn of(&mut self, node: Node) -> (usize, usize) {
        self.at(node.range().start)
    }

    /// Where a byte offset is.
    pub(super) fn at(&mut self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        if offset < self.offset {
            (self.offset, self.line, self.column) = (0, 1, 1);
        }
        if let Some(passed) = self.text.get(self.offset..offset) {
            for c in passed.chars() {
                if c == '\n' {
                    self.line += 1;
                    self.column = 1;
                } else {
                    self.column += 1;
                }
            }
            self.offset = offset;
        }
        (self.line, self.column)
    }
}

/// The child elements with a local name.
pub(super) fn elements<'a, 'i: 'a>(node: Node<'a, 'i>, name: &'a str) -> impl Iterator<Item = Node<'a, 'i>> + 'a {
    node.children().filter(move |c| c.is_element() && c.tag_name().name() == name)
}

/// The text directly inside an element (not inside its child elements), as written.
pub(super) fn text_of(node: Node) -> String {
    node.children().filter(Node::is_text).filter_map(|c| c.text()).collect()
}

/// The value of a record's field, if present and not empty.
pub(super) fn field<'r>(record: &'r Record, name: &str) -> Option<&'r str> {
    record.fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str()).filter(|v| !v.is_empty())
}

/// Column names to write: the declared ones, then any other field name the records use, in
/// the order first seen, without `skip` (fields written as XML attributes).
pub(super) fn columns(declared: &[String], records: &[Record], skip: &[&str]) -> Vec<String> {
    let mut out = Columns::default();
    let names = declared.iter().chain(records.iter().flat_map(|r| r.fields.iter().map(|(n, _)| n)));
    for name in names.filter(|n| !skip.contains(&n.as_str())) {
        out.add(name);
    }
    out.list
}

pub(super) fn error(file: &str, problems: Vec<Problem>) -> LoadError {
    LoadError { file: file.to_owned(), problems: problems.into_iter().map(|p| p.in_file(file)).collect() }
}

/// Whether XML 1.0 allows the character at all (even as a character reference).
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Escapes an attribute value for `XmlWriter::write_attribute`, which itself escapes only the
/// quote mark: `&`, `<`, `>` and `"` become references, and line breaks and tabs become
/// character references so that XML attribute normalisation does not turn them into spaces.
/// Characters XML cannot hold become U+FFFD.
pub(super) fn escape_attribute(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if is_xml_char(c) => out.push(c),
            _ => out.push('\u{FFFD}'),
        }
    }
    out
}

/// Escapes text for `XmlWriter::write_text`, which itself escapes only `<`. A carriage return
/// becomes a reference so that line-end normalisation keeps it.
pub(super) fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            c if is_xml_char(c) => out.push(c),
            _ => out.push('\u{FFFD}'),
        }
    }
    out
}

/// Writes `<name attrs…>text</name>` with the text exactly as given (no indentation added).
pub(super) fn text_element(w: &mut XmlWriter, name: &str, attributes: &[(&str, &str)], text: &str) {
    w.start_element(name);
    for (k, v) in attributes {
        w.write_attribute(k, &escape_attribute(v));
    }
    if text.is_empty() {
        w.end_element();
    } else {
        w.set_preserve_whitespaces(true);
        w.write_text(&escape_text(text));
        w.end_element();
        w.set_preserve_whitespaces(false);
    }
}
