//! Spreadsheet lists: `nodes.csv` and `edges.csv` in a folder, or an `edges.csv` alone.
//! Comma, semicolon or tab separated; UTF-8 with or without a byte-order mark; CRLF or LF.

use super::fields::{edge_field, node_field};
use super::record::Record;
use super::row::Column;
use super::to_dataset::Builder;
use crate::messages::{tr, tr_args};
use crate::model::Dataset;
use crate::problem::Problem;

/// Problems listed for one file before the rest are summed up in one line.
const MAX_PROBLEMS: usize = 100;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Nodes,
    Edges,
}

/// The separator the header line uses most: comma, semicolon or tab (outside quotes).
#[must_use]
pub fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in header.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(c) = counts.iter_mut().find(|(d, _)| *d == b) {
            c.1 += 1;
        }
    }
    counts.iter().max_by_key(|(_, n)| *n).filter(|(_, n)| *n > 0).map_or(b',', |(d, _)| *d)
}

/// Which list a file holds, from its header: edges have a source or a target column.
#[must_use]
pub fn role_of(text: &str) -> Role {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter(text)).flexible(true).from_reader(text.as_bytes());
    let Ok(headers) = reader.headers() else { return Role::Nodes };
    let has = |f: &str| headers.iter().any(|h| edge_field(h) == Some(f));
    if has("source") || has("target") { Role::Edges } else { Role::Nodes }
}

/// Read one CSV file's rows as records. Every problem is returned: ragged rows, a missing
/// header, duplicate column names, a list without its key columns.
pub fn read(text: &str, file: &str, role: Role) -> Result<Vec<Record>, Vec<Problem>> {
    let mut records = Vec::new();
    each(text, file, role, &mut |record, _| {
        // Empty cells are left out: an absent field and an empty one read the same.
        let fields = record.fields.iter().filter(|(_, v)| !v.trim().is_empty()).cloned().collect();
        records.push(Record { fields, file: record.file.clone(), what: String::new(), ..*record });
    })?;
    Ok(records)
}

/// The problems of one CSV file's rows, without keeping what they say.
#[must_use]
pub fn problems(text: &str, file: &str, role: Role) -> Vec<Problem> {
    each(text, file, role, &mut |_, _| {}).err().unwrap_or_default()
}

/// Make a dataset of a spreadsheet pair: the node records already read, and the edge list's
/// text (with its file's name), read one row at a time into ties. A million-row list is
/// never held as records: one record is filled again for each row, so its cells cost no
/// fresh memory. Every problem of either file is returned; a file that cannot be read as
/// CSV is reported alone, without what its rows would have made.
pub fn build(nodes: &[Record], edges: Option<(&str, &str)>, title: &str) -> Result<Dataset, Vec<Problem>> {
    let mut builder = Builder::new(title, nodes);
    let mut rows = 0usize;
    if let Some((text, file)) = edges {
        builder.reserve(line_ends(text.as_bytes()));
        each(text, file, Role::Edges, &mut |record, columns| {
            rows += 1;
            builder.edge_record(record, columns);
        })?;
    }
    if nodes.is_empty() && rows == 0 {
        return Err(vec![Problem::new("", tr("open-no-rows"), tr("open-no-rows-fix"))]);
    }
    builder.finish()
}

/// Read one CSV file's rows, handing each row to `take` as a record (filled again for every
/// row) with what each of its columns stands for. Rows with a problem are left out and every
/// problem returned once the file is read.
#[expect(clippy::too_many_lines, reason = "one pass over the rows, read top to bottom; each part is commented")]
pub(super) fn each(
    text: &str,
    file: &str,
    role: Role,
    take: &mut dyn FnMut(&Record, &[Column]),
) -> Result<(), Vec<Problem>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let here = |line: usize, location: String, message: String, fix: &str| {
        Problem::new(location, message, fix).in_file(file).at(line, 1)
    };
    if text.trim().is_empty() {
        return Err(vec![Problem::new("", tr("csv-file-empty"), tr("csv-file-empty-fix")).in_file(file)]);
    }
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter(text)).flexible(true).from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            let message = tr_args("csv-cannot-read-header", &[("error", e.to_string().into())]);
            return Err(vec![here(1, tr("csv-header"), message, "")]);
        }
    };
    let mut problems = Vec::new();
    let names: Vec<String> = headers.iter().map(|h| h.trim().to_owned()).collect();
    for (i, name) in names.iter().enumerate() {
        if name.is_empty() {
            problems.push(here(
                1,
                tr_args("csv-header-column", &[("column", (i + 1).into())]),
                tr("csv-column-no-name"),
                &tr("csv-column-no-name-fix"),
            ));
        } else if let Some(j) = names[..i].iter().position(|n| n.eq_ignore_ascii_case(name)) {
            problems.push(here(
                1,
                tr_args("csv-header-column", &[("column", (i + 1).into())]),
                tr_args("csv-column-twice", &[("name", name.as_str().into()), ("other", (j + 1).into())]),
                &tr("csv-column-twice-fix"),
            ));
        }
    }
    let field_of = match role {
        Role::Nodes => node_field,
        Role::Edges => edge_field,
    };
    let has = |f: &str| names.iter().any(|n| field_of(n) == Some(f));
    match role {
        Role::Edges if !(has("source") && has("target")) => problems.push(here(
            1,
            tr("csv-header"),
            tr_args("csv-edges-need-ends", &[("columns", names.join(", ").into())]),
            &tr("csv-edges-need-ends-fix"),
        )),
        Role::Nodes if !(has("id") || has("name")) => problems.push(here(
            1,
            tr("csv-header"),
            tr_args("csv-nodes-need-id", &[("columns", names.join(", ").into())]),
            &tr("csv-nodes-need-id-fix"),
        )),
        _ => {}
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let columns: Vec<Column> = names.iter().map(|n| Column::of(n, field_of)).collect();
    // One record for every row: its names are set once and its values refilled in place.
    let mut record = Record::default().at(file, None, None);
    record.fields = names.iter().map(|n| (n.clone(), String::new())).collect();
    let mut row = csv::StringRecord::new();
    let mut extra = 0usize;
    let mut lines = Lines::new(text);
    let mut row_no = 1;
    loop {
        row_no += 1;
        let mut report = |p: Problem| {
            if problems.len() < MAX_PROBLEMS {
                problems.push(p);
            } else {
                extra += 1;
            }
        };
        match reader.read_record(&mut row) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let line = e.position().map_or(row_no, |p| lines.line_at(p.byte()));
                report(here(
                    line,
                    tr_args("csv-row", &[("row", row_no.into())]),
                    tr_args("csv-cannot-read-row", &[("error", e.to_string().into())]),
                    &tr("csv-cannot-read-row-fix"),
                ));
                continue;
            }
        }
        let line = row.position().map_or(row_no, |p| lines.line_at(p.byte()));
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if row.len() != names.len() {
            report(here(
                line,
                tr_args("csv-row", &[("row", row_no.into())]),
                tr_args("csv-ragged-row", &[("cells", row.len().into()), ("columns", names.len().into())]),
                &tr("csv-ragged-row-fix"),
            ));
            continue;
        }
        record.line = Some(line);
        record.row = Some(row_no);
        for ((_, value), cell) in record.fields.iter_mut().zip(row.iter()) {
            value.clear();
            value.push_str(cell);
        }
        take(&record, &columns);
    }
    if extra > 0 {
        problems.push(Problem::new("", tr_args("csv-more-problems", &[("extra", extra.into())]), "").in_file(file));
    }
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}

/// The number of line ends in `bytes`.
fn line_ends(bytes: &[u8]) -> usize {
    memchr::memchr_iter(b'\n', bytes).count()
}

/// 1-based lines of byte offsets that only move forward (a quoted cell may span lines, so
/// rows and lines differ): counts each byte once, however many rows there are.
struct Lines<'a> {
    text: &'a [u8],
    at: usize,
    line: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Self { text: text.as_bytes(), at: 0, line: 1 }
    }

    fn line_at(&mut self, byte: u64) -> usize {
        let start = usize::try_from(byte).unwrap_or(usize::MAX).min(self.text.len());
        // A record's position may be at the end of the previous line's CRLF.
        let skip = self.text[start..].iter().take_while(|&&b| b == b'\r' || b == b'\n').count();
        let end = start + skip;
        if end > self.at {
            #[expect(clippy::naive_bytecount, reason = "one short span at a time; not worth a dependency")]
            let newlines = self.text[self.at..end].iter().filter(|&&b| b == b'\n').count();
            self.line += newlines;
            self.at = end;
        }
        self.line
    }
}

/// Write records as CSV (comma separated, UTF-8, LF), one column per name in `columns`.
pub fn write(columns: &[String], records: &[Record]) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    w.write_record(columns)?;
    for r in records {
        let row = columns.iter().map(|c| r.fields.iter().find(|(k, _)| k == c).map_or("", |(_, v)| v.as_str()));
        w.write_record(row)?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_separator_is_found_from_the_header() {
        assert_eq!(delimiter("id,name\n"), b',');
        assert_eq!(delimiter("id;name;\"a,b\"\n"), b';');
        assert_eq!(delimiter("id\tname\n"), b'\t');
        assert_eq!(delimiter("id\n"), b',');
    }

    #[test]
    fn bom_crlf_and_semicolons_are_read() {
        let text = "\u{feff}Source;Target;Date\r\nJapan;KZ;2025-08-24\r\n";
        assert_eq!(role_of(text), Role::Edges);
        let rows = read(text, "e.csv", Role::Edges).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].fields[1], ("Target".to_owned(), "KZ".to_owned()));
        assert_eq!(rows[0].line, Some(2));
    }

    #[test]
    fn a_ragged_row_is_named_with_its_line() {
        let err = read("id,name\na,A\nb\nc,C,extra\n", "n.csv", Role::Nodes).expect_err("ragged");
        assert_eq!(err.len(), 2, "{err:?}");
        assert_eq!(err[0].line, Some(3));
        assert!(err[0].message.contains("1 cells; the header has 2"), "{}", err[0]);
        assert_eq!(err[1].location, "row 4");
    }

    #[test]
    fn an_edge_list_without_source_or_target_is_refused_at_the_header() {
        let err = read("from,kind\nA,visit\n", "e.csv", Role::Edges).expect_err("no target");
        assert!(err[0].message.contains("needs a source and a target"), "{}", err[0]);
        let err = read("id,name,Name\n", "n.csv", Role::Nodes).expect_err("duplicate");
        assert!(err[0].message.contains("appears twice"), "{}", err[0]);
    }

    #[test]
    fn written_csv_reads_back_with_quotes_and_separators_intact() {
        let mut r = Record::new("x");
        r.push("id", "a");
        r.push("name", "Ankara, \"Türkiye\" <&>");
        let columns = vec!["id".to_owned(), "name".to_owned(), "note".to_owned()];
        let bytes = write(&columns, &[r]).unwrap_or_else(|e| panic!("{e}"));
        let text = String::from_utf8(bytes).unwrap_or_default();
        let back = read(&text, "n.csv", Role::Nodes).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(back[0].fields[1].1, "Ankara, \"Türkiye\" <&>");
        assert_eq!(back[0].fields.len(), 2, "the empty note is left out: absent and empty read the same");
    }
}
