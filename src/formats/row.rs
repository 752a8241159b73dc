//! One record of a tabular format read as Bridges' fields: values by canonical field, the
//! numbered quote, speaker and evidence columns, and the source each names.

use super::fields::{EVIDENCE_SOURCE, QUOTE_SOURCE, number_of};
use super::record::Record;
use crate::messages::tr_args;
use crate::model::Attributes;
use crate::problem::Problem;
use std::collections::BTreeMap;

/// The cells naming a source: url, title, file, publisher, date.
pub(super) type SourceCells<'a> = [Option<&'a str>; 5];

/// A source as a row names it, once it has a title (or a url or file standing for one).
#[derive(Clone, Copy)]
pub(super) struct Named<'a> {
    pub(super) url: Option<&'a str>,
    pub(super) file: Option<&'a str>,
    pub(super) title: &'a str,
    pub(super) publisher: Option<&'a str>,
    pub(super) date: Option<&'a str>,
}

impl<'a> Named<'a> {
    pub(super) fn of([url, title, file, publisher, date]: SourceCells<'a>) -> Option<Self> {
        let title = title.or(url).or(file)?;
        Some(Self { url, file, title, publisher, date })
    }
}

/// Values of one record, by canonical field, with the place of each for messages.
pub(super) struct Row<'a> {
    pub(super) record: &'a Record,
    pub(super) fields: BTreeMap<&'static str, (&'a str, &'a str)>,
    /// Numbered columns: (quote, speaker) and evidence passages, by number.
    pub(super) quotes: BTreeMap<u8, (Option<&'a str>, Option<&'a str>)>,
    pub(super) evidence: BTreeMap<u8, &'a str>,
    /// The source (url, title, file, publisher, date) of evidence passage N and of quote N,
    /// where the row names one for it apart from its own.
    pub(super) evidence_sources: BTreeMap<u8, SourceCells<'a>>,
    pub(super) quote_sources: BTreeMap<u8, SourceCells<'a>>,
    pub(super) attributes: Attributes,
}

/// What a column stands for: its field (`None` for an attribute kept as it is) and its number
/// (`quote_3` → 3), worked out once for a column, not again for each of its cells.
#[derive(Clone, Copy, Debug)]
pub(super) struct Column {
    field: Option<&'static str>,
    number: u8,
}

impl Column {
    pub(super) fn of(name: &str, field_of: fn(&str) -> Option<&'static str>) -> Self {
        let field = field_of(name);
        let numbered = field.is_some_and(|f| {
            matches!(f, "quote" | "speaker" | "evidence") || EVIDENCE_SOURCE.contains(&f) || QUOTE_SOURCE.contains(&f)
        });
        Self { field, number: if numbered { number_of(name) } else { 1 } }
    }
}

impl<'a> Row<'a> {
    pub(super) fn read(record: &'a Record, field_of: fn(&str) -> Option<&'static str>) -> Self {
        let columns: Vec<Column> = record.fields.iter().map(|(name, _)| Column::of(name, field_of)).collect();
        Self::read_as(record, &columns)
    }

    /// The record's values, where `columns[i]` says what its i-th field stands for.
    pub(super) fn read_as(record: &'a Record, columns: &[Column]) -> Self {
        let mut row = Row {
            record,
            fields: BTreeMap::new(),
            quotes: BTreeMap::new(),
            evidence: BTreeMap::new(),
            evidence_sources: BTreeMap::new(),
            quote_sources: BTreeMap::new(),
            attributes: Attributes::new(),
        };
        for ((name, value), column) in record.fields.iter().zip(columns) {
            let value = value.trim();
            let n = column.number;
            match column.field {
                Some("quote") if !value.is_empty() => row.quotes.entry(n).or_default().0 = Some(value),
                Some("speaker") if !value.is_empty() => row.quotes.entry(n).or_default().1 = Some(value),
                Some("evidence") if !value.is_empty() => {
                    row.evidence.insert(n, value);
                }
                Some(f) if !value.is_empty() && (EVIDENCE_SOURCE.contains(&f) || QUOTE_SOURCE.contains(&f)) => {
                    let (map, names) = if EVIDENCE_SOURCE.contains(&f) {
                        (&mut row.evidence_sources, &EVIDENCE_SOURCE)
                    } else {
                        (&mut row.quote_sources, &QUOTE_SOURCE)
                    };
                    let slot = names.iter().position(|n| *n == f).unwrap_or(0);
                    map.entry(n).or_default()[slot] = Some(value);
                }
                Some("quote" | "speaker" | "evidence") => {}
                Some(f) if EVIDENCE_SOURCE.contains(&f) || QUOTE_SOURCE.contains(&f) => {}
                Some(field) => {
                    // The first of two aliased columns wins unless it is empty.
                    let entry = row.fields.entry(field).or_insert((name, value));
                    if entry.1.is_empty() {
                        *entry = (name, value);
                    }
                }
                None if !value.is_empty() => {
                    row.attributes.insert(name.trim().to_owned(), value.to_owned());
                }
                None => {}
            }
        }
        row
    }

    pub(super) fn get(&self, field: &str) -> Option<&'a str> {
        self.fields.get(field).map(|(_, v)| *v).filter(|v| !v.is_empty())
    }

    /// A problem at this record (and column, for a field).
    pub(super) fn problem(&self, field: Option<&str>, message: String, fix: &str) -> Problem {
        let mut location = self.record.what();
        if let Some(f) = field {
            let column = self.fields.get(f).map_or(f, |(name, _)| *name);
            location.push_str(&tr_args("row-column", &[("column", column.into())]));
        }
        let mut p = Problem::new(location, message, fix).in_file(&self.record.file);
        p.line = self.record.line;
        p.column = self.record.column;
        p
    }
}
