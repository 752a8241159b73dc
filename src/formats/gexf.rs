//! GEXF (Gephi) import and export.
//!
//! Reading accepts GEXF 1.1, 1.2 and 1.3 (elements are matched by local name, whatever their
//! namespace). Every `<node>` becomes a record with `id`, `label` and one field per attribute
//! value, named by the attribute's title; every `<edge>` a record with `id`, `source`, `target`,
//! `label`, `kind`, `weight` (unless Gephi's default 1), `start`/`end` (attributes or the first
//! spell), then its attribute values. Declared `<default>`s fill in missing values. `viz:*`
//! elements are ignored. A field name appears once per record: the first value wins.
//!
//! Writing makes GEXF 1.3: node and edge `label`, edge `id`/`source`/`target` are XML
//! attributes; every other field is a string attribute value, so `read(&write(t))` gives back
//! the same fields.

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

/// An `<attribute>` declaration: its id, the name its values get, and its default.
struct Attribute {
    id: String,
    title: String,
    default: Option<String>,
}

/// The attributes declared for nodes or for edges, in declaration order.
#[derive(Default)]
struct Declared {
    list: Vec<Attribute>,
    /// Attribute id → index in `list` (the first declaration of an id counts).
    index: HashMap<String, usize>,
    /// Indices of the attributes that have a default.
    with_default: Vec<usize>,
}

impl Declared {
    fn add(&mut self, attribute: Attribute) {
        if self.index.contains_key(&attribute.id) {
            return;
        }
        let i = self.list.len();
        self.index.insert(attribute.id.clone(), i);
        if attribute.default.is_some() {
            self.with_default.push(i);
        }
        self.list.push(attribute);
    }
}

/// Reads a GEXF file into records, collecting every problem found.
pub fn read(text: &str, file: &str) -> Result<Table, LoadError> {
    let doc = parse(text, file, "GEXF", "gexf")?;
    let root = doc.root_element();
    let mut reader = Reader {
        positions: Positions::new(doc.input_text()),
        file,
        problems: Vec::new(),
        table: Table::default(),
        node_count: 0,
        edge_count: 0,
        budget: Budget::default(),
    };
    reader.table.title = title(root);
    let graphs: Vec<Node> = elements(root, "graph").collect();
    if graphs.is_empty() {
        let (line, column) = position(&doc, root);
        reader.problems.push(Problem::new("<gexf>", tr("xml-no-graph"), tr("gexf-no-graph-fix")).at(line, column));
    }
    let mut node_columns = Columns::default();
    let mut edge_columns = Columns::default();
    for graph in graphs {
        let mut node_attributes = Declared::default();
        let mut edge_attributes = Declared::default();
        for declarations in elements(graph, "attributes") {
            let (declared, columns) = match declarations.attribute("class").map(str::to_ascii_lowercase).as_deref() {
                None | Some("node") => (&mut node_attributes, &mut node_columns),
                Some("edge") => (&mut edge_attributes, &mut edge_columns),
                Some(_) => continue,
            };
            for a in elements(declarations, "attribute") {
                let Some(id) = a.attribute("id") else { continue };
                let title = a.attribute("title").filter(|t| !t.trim().is_empty()).unwrap_or(id);
                columns.add(title);
                let default = elements(a, "default").next().map(text_of);
                declared.add(Attribute { id: id.to_owned(), title: title.to_owned(), default });
            }
        }
        reader.walk(graph, &node_attributes, &edge_attributes);
    }
    reader.table.node_columns = node_columns.list;
    reader.table.edge_columns = edge_columns.list;
    if reader.problems.is_empty() { Ok(reader.table) } else { Err(error(file, reader.problems)) }
}

/// The title in `<meta>`: `<title>` when there is one, else `<description>`.
fn title(root: Node) -> Option<String> {
    let meta = elements(root, "meta").next()?;
    ["title", "description"]
        .iter()
        .filter_map(|name| elements(meta, name).next())
        .map(|e| text_of(e).trim().to_owned())
        .find(|t| !t.is_empty())
}

struct Reader<'d, 'i> {
    positions: Positions<'i>,
    file: &'d str,
    problems: Vec<Problem>,
    table: Table,
    /// Node and edge elements seen, for `node 3` / `edge 7` when there is no id.
    node_count: usize,
    edge_count: usize,
    budget: Budget,
}

impl<'i> Reader<'_, 'i> {
    /// The nodes and edges of a graph, or of a node that holds a subgraph (GEXF hierarchy).
    /// The nesting depth was checked when parsing, so this recursion is bounded.
    fn walk(&mut self, container: Node<'_, 'i>, node_attributes: &Declared, edge_attributes: &Declared) {
        for child in container.children().filter(Node::is_element) {
            match child.tag_name().name() {
                "nodes" => {
                    for node in elements(child, "node") {
                        if self.budget.exhausted() {
                            return;
                        }
                        self.node(node, node_attributes);
                        self.walk(node, node_attributes, edge_attributes);
                    }
                }
                "edges" => {
                    for edge in elements(child, "edge") {
                        if self.budget.exhausted() {
                            return;
                        }
                        self.edge(edge, edge_attributes);
                    }
                }
                _ => {}
            }
        }
    }

    fn node(&mut self, node: Node, attributes: &Declared) {
        self.node_count += 1;
        let (line, column) = self.positions.of(node);
        let Some(id) = node.attribute("id") else {
            let what = tr_args("xml-node-number", &[("n", self.node_count.into())]);
            self.problems.push(Problem::new(what, tr("xml-node-no-id"), tr("xml-node-no-id-fix")).at(line, column));
            return;
        };
        let mut fields = Fields::default();
        fields.push("id", id);
        if let Some(label) = node.attribute("label") {
            fields.push("label", label);
        }
        attribute_values(&mut fields, node, attributes);
        let mut record =
            Record::new(tr_args("xml-node-id", &[("id", id.into())])).at(self.file, Some(line), Some(column));
        record.fields = fields.list;
        self.budget.spend(record.fields.len(), &mut self.problems);
        self.table.nodes.push(record);
    }

    fn edge(&mut self, edge: Node, attributes: &Declared) {
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
        for name in ["label", "kind"] {
            if let Some(v) = edge.attribute(name) {
                fields.push(name, v);
            }
        }
        // Gephi writes weight="1.0" on every edge; only a real weight is worth keeping.
        if let Some(w) = edge.attribute("weight").filter(|w| w.trim().parse::<f64>().ok() != Some(1.0)) {
            fields.push("weight", w);
        }
        // Dynamic graphs: `start`/`end` (or the open-interval forms, or a `timestamp`) on the
        // edge, else those of its first spell.
        let spell = elements(edge, "spells").flat_map(|s| elements(s, "spell")).next();
        for (name, open) in [("start", "startopen"), ("end", "endopen")] {
            let value = edge
                .attribute(name)
                .or_else(|| edge.attribute(open))
                .or_else(|| if name == "start" { edge.attribute("timestamp") } else { None })
                .or_else(|| spell.and_then(|s| s.attribute(name).or_else(|| s.attribute(open))));
            if let Some(v) = value {
                fields.push(name, v);
            }
        }
        attribute_values(&mut fields, edge, attributes);
        let mut record = Record::new(what).at(self.file, Some(line), Some(column));
        record.fields = fields.list;
        self.budget.spend(record.fields.len(), &mut self.problems);
        self.table.edges.push(record);
    }
}

/// The `<attvalues>` of a node or edge, in declaration order, with declared defaults; then
/// values for undeclared attributes, named by their id.
fn attribute_values(fields: &mut Fields, element: Node, declared: &Declared) {
    let mut seen: HashSet<&str> = HashSet::new();
    let mut found: Vec<(usize, &str)> = Vec::new();
    let mut other: Vec<(&str, &str)> = Vec::new();
    for v in elements(element, "attvalues").flat_map(|a| elements(a, "attvalue")) {
        // GEXF 1.0 used `id` where later versions use `for`; dynamic values may repeat: the first wins.
        if let (Some(key), Some(value)) = (v.attribute("for").or_else(|| v.attribute("id")), v.attribute("value"))
            && seen.insert(key)
        {
            match declared.index.get(key) {
                Some(&i) => found.push((i, value)),
                None => other.push((key, value)),
            }
        }
    }
    for &i in &declared.with_default {
        let a = &declared.list[i];
        if let Some(default) = a.default.as_deref()
            && !seen.contains(a.id.as_str())
        {
            found.push((i, default));
        }
    }
    found.sort_by_key(|(i, _)| *i);
    for (i, value) in found {
        fields.push(&declared.list[i].title, value);
    }
    for (key, value) in other {
        fields.push(key, value);
    }
}

/// Writes a table as GEXF 1.3.
pub fn write(table: &Table) -> String {
    let node_columns = columns(&table.node_columns, &table.nodes, &["id", "label"]);
    let edge_columns = columns(&table.edge_columns, &table.edges, &["id", "source", "target", "label"]);
    let mut w = XmlWriter::new(xmlwriter::Options::default());
    w.write_declaration();
    w.start_element("gexf");
    w.write_attribute("xmlns", "http://gexf.net/1.3");
    w.write_attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    w.write_attribute("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd");
    w.write_attribute("version", "1.3");
    w.start_element("meta");
    text_element(&mut w, "creator", &[], "Bridges");
    if let Some(title) = table.title.as_deref().filter(|t| !t.is_empty()) {
        text_element(&mut w, "description", &[], title);
    }
    w.end_element();
    w.start_element("graph");
    w.write_attribute("defaultedgetype", "directed");
    w.write_attribute("mode", "static");
    for (class, columns) in [("node", &node_columns), ("edge", &edge_columns)] {
        if columns.is_empty() {
            continue;
        }
        w.start_element("attributes");
        w.write_attribute("class", class);
        w.write_attribute("mode", "static");
        for (i, title) in columns.iter().enumerate() {
            w.start_element("attribute");
            w.write_attribute("id", &i);
            w.write_attribute("title", &escape_attribute(title));
            w.write_attribute("type", "string");
            w.end_element();
        }
        w.end_element();
    }
    w.start_element("nodes");
    for (i, node) in table.nodes.iter().enumerate() {
        w.start_element("node");
        let id = field(node, "id").map_or_else(|| format!("n{}", i + 1), str::to_owned);
        w.write_attribute("id", &escape_attribute(&id));
        if let Some(label) = field(node, "label") {
            w.write_attribute("label", &escape_attribute(label));
        }
        write_values(&mut w, node, &node_columns);
        w.end_element();
    }
    w.end_element();
    w.start_element("edges");
    for edge in &table.edges {
        w.start_element("edge");
        if let Some(id) = field(edge, "id") {
            w.write_attribute("id", &escape_attribute(id));
        }
        // GEXF needs both ends; an edge without one is written with an empty one, which
        // reading reports.
        for name in ["source", "target"] {
            w.write_attribute(name, &escape_attribute(field(edge, name).unwrap_or_default()));
        }
        if let Some(label) = field(edge, "label") {
            w.write_attribute("label", &escape_attribute(label));
        }
        write_values(&mut w, edge, &edge_columns);
        w.end_element();
    }
    w.end_element();
    w.end_document()
}

fn write_values(w: &mut XmlWriter, record: &Record, columns: &[String]) {
    let values: Vec<(usize, &str)> =
        columns.iter().enumerate().filter_map(|(i, c)| field(record, c).map(|v| (i, v))).collect();
    if values.is_empty() {
        return;
    }
    w.start_element("attvalues");
    for (i, v) in values {
        w.start_element("attvalue");
        w.write_attribute("for", &i);
        w.write_attribute("value", &escape_attribute(v));
        w.end_element();
    }
    w.end_element();
}

#[cfg(test)]
pub(super) mod tests;
