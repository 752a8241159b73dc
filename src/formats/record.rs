//! The common shape of every tabular and graph format: lists of node and edge records, each a
//! list of named text values with the place it was read from. Spreadsheet rows, GEXF and
//! `GraphML` elements all become records; `to_dataset.rs` turns records into a dataset and
//! `from_dataset.rs` a dataset into records.

/// One node or edge: named values in the order they were read, and where it came from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Record {
    /// The file it was read from (empty for records made from a dataset).
    pub file: String,
    /// 1-based line and column of the row or element, when known.
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// What it is, for messages: `node "kz"`. Spreadsheet rows leave it empty and give `row`.
    pub what: String,
    /// The spreadsheet row (2 for the first below the header), named in messages as `row 5`
    /// only when one is given: a million rows are not each worded ahead of time.
    pub row: Option<usize>,
    /// (name, value) pairs. Names are as the file spells them; values are never trimmed here.
    pub fields: Vec<(String, String)>,
}

impl Record {
    pub fn new(what: impl Into<String>) -> Self {
        Self { what: what.into(), ..Self::default() }
    }

    pub fn at(mut self, file: &str, line: Option<usize>, column: Option<usize>) -> Self {
        file.clone_into(&mut self.file);
        self.line = line;
        self.column = column;
        self
    }

    /// What it is, for messages: `row 5`, `node "kz"`.
    #[must_use]
    pub fn what(&self) -> String {
        match self.row {
            Some(row) if self.what.is_empty() => crate::messages::tr_args("csv-row", &[("row", row.into())]),
            _ => self.what.clone(),
        }
    }

    pub fn push(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.fields.push((name.into(), value.into()));
    }
}

/// Nodes and edges, and the column (attribute) names in the order to write them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// The dataset's title, when the file has one (GEXF description, `GraphML` graph data).
    pub title: Option<String>,
    pub node_columns: Vec<String>,
    pub edge_columns: Vec<String>,
    pub nodes: Vec<Record>,
    pub edges: Vec<Record>,
}
