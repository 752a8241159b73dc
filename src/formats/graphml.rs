//! `GraphML` (yEd, Cytoscape) import and export.
//!
//! Reading: every `<node>` becomes a record with `id` and one field per `<data>`, named by its
//! key's `attr.name` (or the key id when there is none), in key declaration order, with the
//! keys' `<default>`s filling in missing values; every `<edge>` a record with `id` (when it has
//! one), `source`, `target` and its data. yEd's graphics data gives a `label` from the first
//! non-empty `y:NodeLabel` / `y:EdgeLabel` unless a `label` field exists already. Cytoscape's
//! `name`, `shared name`, `interaction`, … are kept by name. Nodes and edges of nested graphs
//! (groups) are read too. Graph-level data named `title`, `name` or `description` is the title.
//! A field name appears once per record: the first value wins.
//!
//! Writing: every field except node `id` and edge `id`/`source`/`target` is a string key, so
//! `read(&write(t))` gives back the same fields.

use super::record::{Record, Table};
use super::xml::{
    Budget, Columns, Fields, Positions, columns, elements, ends, error, escape_attribute, field, parse, position,
    text_element, text_of,
};
use crate::messages::{tr, tr_args};
use crate::problem::{LoadError, Problem};
use roxmltree::Node;
use std::collections::{HashMap, HashSet};
use xmlwriter::XmlWriter;

/// A `<key>` declaration.
struct Key {
    id: String,
    /// `attr.name`, or the id when there is none.
    name: String,
    /// `for`: node, edge, graph, all (the default), …
    domain: String,
    default: Option<String>,
    /// `yfiles.type`, for yEd's graphics and resources; such keys are not fields.
    yfiles: Option<String>,
}

impl Key {
    fn applies_to(&self, domain: &str) -> bool {
        self.domain == domain || self.domain == "all"
    }

    /// The yEd label element this key's data may hold, if it is a graphics key.
    fn label_element(&self) -> Option<&'static str> {
        match self.yfiles.as_deref()? {
            "nodegraphics" => Some("NodeLabel"),
            "edgegraphics" => Some("EdgeLabel"),
            _ => None,
        }
    }
}

/// The keys that apply to nodes, or to edges, in declaration order.
struct Domain<'k> {
    keys: Vec<&'k Key>,
    /// Key id → index in `keys` (the first declaration of an id counts).
    index: HashMap<&'k str, usize>,
    /// Indices of the data keys (not yEd's) that have a default.
    with_default: Vec<usize>,
}

impl<'k> Domain<'k> {
    fn new(all: &'k [Key], domain: &str) -> Self {
        let mut d = Domain { keys: Vec::new(), index: HashMap::new(), with_default: Vec::new() };
        for key in all.iter().filter(|k| k.applies_to(domain)) {
            if d.index.contains_key(key.id.as_str()) {
                continue;
            }
            let i = d.keys.len();
            d.index.insert(&key.id, i);
            if key.default.is_some() && key.yfiles.is_none() {
                d.with_default.push(i);
            }
            d.keys.push(key);
        }
        d
    }

    /// The field names, for `Table::node_columns` / `edge_columns`.
    fn columns(&self) -> Vec<String> {
        let mut columns = Columns::default();
        for key in self.keys.iter().filter(|k| k.yfiles.is_none()) {
            columns.add(&key.name);
        }
        columns.list
    }
}

/// Reads a `GraphML` file into records, collecting every problem found.
pub fn read(text: &str, file: &str) -> Result<Table, LoadError> {
    let doc = parse(text, file, "GraphML", "graphml")?;
    let root = doc.root_element();
    let keys: Vec<Key> = elements(root, "key")
        .filter_map(|k| {
            let id = k.attribute("id")?;
            Some(Key {
                id: id.to_owned(),
                name: k.attribute("attr.name").filter(|n| !n.trim().is_empty()).unwrap_or(id).to_owned(),
                domain: k.attribute("for").unwrap_or("all").to_ascii_lowercase(),
                default: elements(k, "default").next().map(text_of),
                yfiles: k.attribute("yfiles.type").map(str::to_owned),
            })
        })
        .collect();
    let mut by_id: HashMap<&str, &Key> = HashMap::new();
    for key in &keys {
        by_id.entry(&key.id).or_insert(key);
    }
    let (nodes, edges) = (Domain::new(&keys, "node"), Domain::new(&keys, "edge"));
    let graphs: Vec<Node> = elements(root, "graph").collect();
    let mut reader = Reader {
        positions: Positions::new(doc.input_text()),
        file,
        by_id: &by_id,
        problems: Vec::new(),
        table: Table {
            title: title(root, graphs.first().copied(), &by_id),
            node_columns: nodes.columns(),
            edge_columns: edges.columns(),
            ..Table::default()
        },
        node_count: 0,
        edge_count: 0,
        budget: Budget::default(),
    };
    if graphs.is_empty() {
        let (line, column) = position(&doc, root);
        reader
            .problems
            .push(Problem::new("<graphml>", tr("xml-no-graph"), tr("graphml-no-graph-fix")).at(line, column));
    }
    for graph in graphs {
        reader.walk(graph, &nodes, &edges);
    }
    if reader.problems.is_empty() { Ok(reader.table) } else { Err(error(file, reader.problems)) }
}

/// The title: graph-level (or file-level) data whose key is named `title`, else `name`, else
/// `description` (any case).
fn title(root: Node, graph: Option<Node>, by_id: &HashMap<&str, &Key>) -> Option<String> {
    let data: Vec<(String, String)> = elements(root, "data")
        .chain(graph.into_iter().flat_map(|g| elements(g, "data")))
        .filter_map(|d| {
            let id = d.attribute("key")?;
            let name = by_id.get(id).map_or(id, |k| k.name.as_str());
            Some((name.to_lowercase(), text_of(d).trim().to_owned()))
        })
        .filter(|(_, text)| !text.is_empty())
        .collect();
    ["title", "name", "description"]
        .iter()
        .find_map(|wanted| data.iter().find(|(name, _)| name == wanted).map(|(_, text)| text.clone()))
}

struct Reader<'d, 'i> {
    positions: Positions<'i>,
    file: &'d str,
    /// Every key by id (the first declaration of an id), whatever it is for.
    by_id: &'d HashMap<&'d str, &'d Key>,
    problems: Vec<Problem>,
    table: Table,
    /// Node and edge elements seen, for `node 3` / `edge 7` when there is no id.
    node_count: usize,
    edge_count: usize,
    budget: Budget,
}

impl<'i> Reader<'_, 'i> {
    /// The nodes and edges of a graph, and of the graphs nested in its nodes. The nesting depth
    /// was checked when parsing, so this recursion is bounded.
    fn walk(&mut self, graph: Node<'_, 'i>, nodes: &Domain, edges: &Domain) {
        for child in graph.children().filter(Node::is_element) {
            if self.budget.exhausted() {
                return;
            }
            match child.tag_name().name() {
                "node" => {
                    self.node(child, nodes);
                    for nested in elements(child, "graph") {
                        self.walk(nested, nodes, edges);
                    }
                }
                "edge" => self.edge(child, edges),
                _ => {}
            }
        }
    }

    fn node(&mut self, node: Node, domain: &Domain) {
        self.node_count += 1;
        let (line, column) = self.positions.of(node);
        let Some(id) = node.attribute("id") else {
            self.problems.push(
                Problem::new(
                    tr_args("xml-node-number", &[("n", self.node_count.into())]),
                    tr("xml-node-no-id"),
                    tr("xml-node-no-id-fix"),
                )
                .at(line, column),
            );
            return;
        };
        let mut fields = Fields::default();
        fields.push("id", id);
        self.data(&mut fields, node, domain);
        let mut record =
            Record::new(tr_args("xml-node-id", &[("id", id.into())])).at(self.file, Some(line), Some(column));
        record.fields = fields.list;
        self.budget.spend(record.fields.len(), &mut self.problems);
        self.table.nodes.push(record);
    }

    fn edge(&mut self, edge: Node, domain: &Domain) {
        self.edge_count += 1;
        let (line, column) = self.positions.of(edge);
        let id = edge.attribute("id");
        let what = id.map_or_else(
            || tr_args("xml-edge-number", &[("n", self.edge_count.into())]),
            |id| tr_args("xml-edge-id", &[("id", id.into())]),
        );
        let mut fields = Fields::default();
        if let Some(id) = id {
            fields.push("id", id);
        }
        if !ends(&mut fields, edge, &what, (line, column), &mut self.problems) {
            return;
        }
        self.data(&mut fields, edge, domain);
        let mut record = Record::new(what).at(self.file, Some(line), Some(column));
        record.fields = fields.list;
        self.budget.spend(record.fields.len(), &mut self.problems);
        self.table.edges.push(record);
    }

    /// Adds the `<data>` of a node or edge to the fields it has so far: yEd's label (unless a
    /// data field is called `label`); for each key of its domain, in declaration order, the
    /// data or the key's default; then any other data, named by its key (or by the key id
    /// when it is not declared).
    fn data(&self, record: &mut Fields, element: Node, domain: &Domain) {
        let mut seen: HashSet<&str> = HashSet::new();
        let mut found: Vec<(usize, Option<Node>)> = Vec::new();
        let mut other: Vec<(&str, Node)> = Vec::new();
        for d in elements(element, "data") {
            if let Some(key) = d.attribute("key")
                && seen.insert(key)
            {
                match domain.index.get(key) {
                    Some(&i) => found.push((i, Some(d))),
                    None => other.push((key, d)),
                }
            }
        }
        for &i in &domain.with_default {
            if !seen.contains(domain.keys[i].id.as_str()) {
                found.push((i, None));
            }
        }
        found.sort_by_key(|(i, _)| *i);
        let mut fields = Fields::default();
        let mut label = None;
        for (i, data) in found {
            let key = domain.keys[i];
            if let Some(tag) = key.label_element() {
                if label.is_none() {
                    label = data.and_then(|d| yed_label(d, tag));
                }
            } else if key.yfiles.is_some() {
                // Resources, port graphics, …: drawing details, not data.
            } else if let Some(d) = data {
                fields.push(&key.name, &text_of(d));
            } else if let Some(default) = &key.default {
                fields.push(&key.name, default);
            }
        }
        for (id, d) in other {
            match self.by_id.get(id) {
                Some(key) if key.yfiles.is_some() => {}
                Some(key) => fields.push(&key.name, &text_of(d)),
                None => fields.push(id, &text_of(d)),
            }
        }
        if let Some(label) = label
            && !fields.has("label")
        {
            record.push("label", &label);
        }
        for (name, value) in &fields.list {
            record.push(name, value);
        }
    }
}

/// The first non-empty `y:NodeLabel` (or `y:EdgeLabel`) text in yEd graphics data, trimmed.
fn yed_label(data: Node, tag: &str) -> Option<String> {
    data.descendants()
        .filter(|n| n.is_element() && n.tag_name().name() == tag)
        .map(|n| text_of(n).trim().to_owned())
        .find(|t| !t.is_empty())
}

/// Writes a table as `GraphML`.
pub fn write(table: &Table) -> String {
    let node_columns = columns(&table.node_columns, &table.nodes, &["id"]);
    let edge_columns = columns(&table.edge_columns, &table.edges, &["id", "source", "target"]);
    let node_key = |i: usize| format!("d{i}");
    let edge_key = |i: usize| format!("d{}", node_columns.len() + i);
    let mut w = XmlWriter::new(xmlwriter::Options::default());
    w.write_declaration();
    w.start_element("graphml");
    w.write_attribute("xmlns", "http://graphml.graphdrawing.org/xmlns");
    w.write_attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    w.write_attribute(
        "xsi:schemaLocation",
        "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
    );
    let title = table.title.as_deref().filter(|t| !t.is_empty());
    if title.is_some() {
        write_key(&mut w, "title", "graph", "title");
    }
    for (i, name) in node_columns.iter().enumerate() {
        write_key(&mut w, &node_key(i), "node", name);
    }
    for (i, name) in edge_columns.iter().enumerate() {
        write_key(&mut w, &edge_key(i), "edge", name);
    }
    w.start_element("graph");
    w.write_attribute("id", "G");
    w.write_attribute("edgedefault", "directed");
    if let Some(title) = title {
        text_element(&mut w, "data", &[("key", "title")], title);
    }
    for (i, node) in table.nodes.iter().enumerate() {
        w.start_element("node");
        let id = field(node, "id").map_or_else(|| format!("n{}", i + 1), str::to_owned);
        w.write_attribute("id", &escape_attribute(&id));
        write_data(&mut w, node, &node_columns, node_key);
        w.end_element();
    }
    for edge in &table.edges {
        w.start_element("edge");
        if let Some(id) = field(edge, "id") {
            w.write_attribute("id", &escape_attribute(id));
        }
        // An edge without an end is written with an empty one, which reading reports.
        for name in ["source", "target"] {
            w.write_attribute(name, &escape_attribute(field(edge, name).unwrap_or_default()));
        }
        write_data(&mut w, edge, &edge_columns, edge_key);
        w.end_element();
    }
    w.end_document()
}

fn write_key(w: &mut XmlWriter, id: &str, domain: &str, name: &str) {
    w.start_element("key");
    w.write_attribute("id", &escape_attribute(id));
    w.write_attribute("for", domain);
    w.write_attribute("attr.name", &escape_attribute(name));
    w.write_attribute("attr.type", "string");
    w.end_element();
}

fn write_data(w: &mut XmlWriter, record: &Record, columns: &[String], key: impl Fn(usize) -> String) {
    for (i, name) in columns.iter().enumerate() {
        if let Some(value) = field(record, name) {
            text_element(w, "data", &[("key", &key(i))], value);
        }
    }
}

#[cfg(test)]
mod tests;
