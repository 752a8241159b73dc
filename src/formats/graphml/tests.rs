use super::*;
use crate::formats::gexf::tests::{awkward_table, comparable, hostile};
use std::fmt::Write as _;

fn fields(record: &Record) -> Vec<(&str, &str)> {
    record.fields.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect()
}

fn messages(e: &LoadError) -> String {
    e.problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}

const YED: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:yed="http://www.yworks.com/xml/yed/3">
      <key attr.name="Description" attr.type="string" for="graph" id="d0"/>
      <key attr.name="kind" attr.type="string" for="node" id="d4"><default>country</default></key>
      <key attr.name="url" attr.type="string" for="node" id="d5"/>
      <key for="node" id="d6" yfiles.type="nodegraphics"/>
      <key for="graphml" id="d7" yfiles.type="resources"/>
      <key for="edge" id="d8"/>
      <key for="edge" id="d10" yfiles.type="edgegraphics"/>
      <key attr.name="date" for="all" id="d11"><default>2020</default></key>
      <graph edgedefault="directed" id="G">
    <data key="d0">  Map of &lt;ties&gt;  </data>
    <node id="n0">
      <data key="d6">
        <y:ShapeNode>
          <y:Geometry height="30.0" width="30.0" x="0.0" y="0.0"/>
          <y:NodeLabel alignment="center" visible="true"/>
          <y:NodeLabel alignment="center" xml:space="preserve">
            Kazakhstan<y:LabelModel><y:SmartNodeLabelModel distance="4.0"/></y:LabelModel>
          </y:NodeLabel>
        </y:ShapeNode>
      </data>
    </node>
    <node id="n1" yfiles.foldertype="group">
      <data key="d4">forum</data>
      <data key="d6">
        <y:ProxyAutoBoundsNode><y:Realizers active="0"><y:GroupNode>
          <y:NodeLabel>C5+Japan</y:NodeLabel>
        </y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode>
      </data>
      <graph edgedefault="directed" id="n1:">
        <node id="n1::n0">
          <data key="d5">https://example.org/jp?a=1&amp;b=2</data>
          <data key="d6"><y:ShapeNode><y:NodeLabel>Japan</y:NodeLabel></y:ShapeNode></data>
        </node>
        <edge id="n1::e0" source="n1::n0" target="n0">
          <data key="d8">inner</data>
        </edge>
      </graph>
    </node>
    <edge id="e0" source="n0" target="n1::n0">
      <data key="d8">weight 3</data>
      <data key="d10">
        <y:PolyLineEdge>
          <y:EdgeLabel alignment="center">Official visit</y:EdgeLabel>
        </y:PolyLineEdge>
      </data>
      <data key="d11">2015-10</data>
    </edge>
      </graph>
      <data key="d7"><y:Resources/></data>
    </graphml>
    "#;

#[test]
fn reads_a_yed_file() {
    let table = read(YED, "yed.graphml").unwrap_or_else(|e| panic!("{}", messages(&e)));
    assert_eq!(table.title.as_deref(), Some("Map of <ties>"));
    // Graphics and resources keys are not columns; a key without attr.name is named by its id.
    assert_eq!(table.node_columns, ["kind", "url", "date"]);
    assert_eq!(table.edge_columns, ["d8", "date"]);
    assert_eq!(table.nodes.len(), 3);
    let n0 = &table.nodes[0];
    assert_eq!((n0.what.as_str(), n0.line, n0.column), ("node \"n0\"", Some(13), Some(5)));
    // The first non-empty label, trimmed; defaults for the missing kind and date.
    assert_eq!(fields(n0), [("id", "n0"), ("label", "Kazakhstan"), ("kind", "country"), ("date", "2020")]);
    assert_eq!(fields(&table.nodes[1]), [("id", "n1"), ("label", "C5+Japan"), ("kind", "forum"), ("date", "2020")]);
    // A node of a nested graph (inside a group).
    assert_eq!(
        fields(&table.nodes[2]),
        [
            ("id", "n1::n0"),
            ("label", "Japan"),
            ("kind", "country"),
            ("url", "https://example.org/jp?a=1&b=2"),
            ("date", "2020")
        ]
    );
    assert_eq!(table.edges.len(), 2);
    // Edges in document order, the nested one first.
    assert_eq!(
        fields(&table.edges[0]),
        [("id", "n1::e0"), ("source", "n1::n0"), ("target", "n0"), ("d8", "inner"), ("date", "2020")]
    );
    let e0 = &table.edges[1];
    assert_eq!(e0.what, "edge \"e0\"");
    assert_eq!(
        fields(e0),
        [
            ("id", "e0"),
            ("source", "n0"),
            ("target", "n1::n0"),
            ("label", "Official visit"),
            ("d8", "weight 3"),
            ("date", "2015-10")
        ]
    );
}

#[test]
fn reads_a_cytoscape_file() {
    let cytoscape = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
    <key id="name" for="graph" attr.name="name" attr.type="string"/>
    <key id="shared name" for="node" attr.name="shared name" attr.type="string"/>
    <key id="name" for="node" attr.name="name" attr.type="string"/>
    <key id="selected" for="node" attr.name="selected" attr.type="boolean"/>
    <key id="label" for="node" attr.name="label" attr.type="string"/>
    <key id="interaction" for="edge" attr.name="interaction" attr.type="string"/>
    <key id="shared interaction" for="edge" attr.name="shared interaction" attr.type="string"/>
    <graph edgedefault="directed">
        <data key="name">Ties network</data>
        <node id="101">
            <data key="shared name">Uzbekistan</data>
            <data key="name">Uzbekistan</data>
            <data key="selected">false</data>
        </node>
        <node id="102">
            <data key="label">Tokyo office</data>
            <data key="name">Japan</data>
            <data key="undeclared">kept</data>
        </node>
        <edge source="102" target="101">
            <data key="shared name">Japan (visit) Uzbekistan</data>
            <data key="name">Japan (visit) Uzbekistan</data>
            <data key="interaction">visit</data>
            <data key="shared interaction">visit</data>
        </edge>
    </graph>
    </graphml>"#;
    let table = read(cytoscape, "cy.graphml").unwrap_or_else(|e| panic!("{}", messages(&e)));
    assert_eq!(table.title.as_deref(), Some("Ties network"));
    assert_eq!(table.node_columns, ["shared name", "name", "selected", "label"]);
    assert_eq!(table.edge_columns, ["interaction", "shared interaction"]);
    assert_eq!(
        fields(&table.nodes[0]),
        [("id", "101"), ("shared name", "Uzbekistan"), ("name", "Uzbekistan"), ("selected", "false")]
    );
    assert_eq!(
        fields(&table.nodes[1]),
        [("id", "102"), ("name", "Japan"), ("label", "Tokyo office"), ("undeclared", "kept")]
    );
    let edge = &table.edges[0];
    assert_eq!(edge.what, "edge 1");
    // Edge keys first; data under keys declared only for nodes still counts, after them.
    assert_eq!(
        fields(edge),
        [
            ("source", "102"),
            ("target", "101"),
            ("interaction", "visit"),
            ("shared interaction", "visit"),
            ("shared name", "Japan (visit) Uzbekistan"),
            ("name", "Japan (visit) Uzbekistan")
        ]
    );
}

/// Groups nested `levels` deep, each holding one node.
fn nested(levels: usize) -> String {
    let mut text = String::from("<graphml><graph>");
    for i in 0..levels {
        let _ = write!(text, "<node id=\"g{i}\"><graph>");
    }
    text.push_str("<node id=\"leaf\"/><edge source=\"leaf\" target=\"g0\"/>");
    text.push_str(&"</graph></node>".repeat(levels));
    text.push_str("</graph></graphml>");
    text
}

#[test]
fn reads_nested_graphs_but_not_absurdly_deep_ones() {
    // 1 (graphml) + 1 (graph) + 2 per level + 1 (leaf) = 64 elements deep.
    let table = read(&nested(30), "ok.graphml").unwrap_or_else(|e| panic!("{}", messages(&e)));
    assert_eq!(table.nodes.len(), 31);
    assert_eq!(fields(&table.nodes[30]), [("id", "leaf")]);
    assert_eq!(fields(&table.edges[0]), [("source", "leaf"), ("target", "g0")]);
    let e = read(&nested(31), "deep.graphml").expect_err("refused");
    let p = &e.problems[0];
    assert_eq!((p.location.as_str(), p.line), ("<node>", Some(1)));
    assert!(p.message.contains("nested more than 64 levels"), "{}", p.message);
}

#[test]
fn round_trips_awkward_text() {
    let table = awkward_table();
    let text = write(&table);
    assert!(text.contains("xmlns=\"http://graphml.graphdrawing.org/xmlns\""), "{text}");
    assert!(text.contains("edgedefault=\"directed\""), "{text}");
    assert!(text.contains("attr.name=\"title\""), "{text}");
    let back = read(&text, "round.graphml").unwrap_or_else(|e| panic!("{}\n{text}", messages(&e)));
    assert_eq!(back.title, table.title);
    assert_eq!(comparable(&back.nodes), comparable(&table.nodes), "{text}");
    assert_eq!(comparable(&back.edges), comparable(&table.edges), "{text}");
    assert_eq!(back.node_columns, ["label", "kind", "name", "lat", "members", "custom column"]);
    assert_eq!(back.edge_columns, ["kind", "quote", "label", "start", "note"]);
    assert_eq!(write(&back), text);
    // What GEXF read, GraphML writes and reads back the same, and the other way round.
    let via_gexf = crate::formats::gexf::read(&crate::formats::gexf::write(&back), "x.gexf").expect("gexf");
    let again = read(&write(&via_gexf), "x.graphml").expect("graphml");
    assert_eq!(comparable(&again.nodes), comparable(&table.nodes));
    assert_eq!(comparable(&again.edges), comparable(&table.edges));
}

#[test]
fn refuses_hostile_input_with_a_reason() {
    for (text, expected) in hostile("graphml") {
        let e = read(&text, "evil.graphml").expect_err("refused");
        let all = messages(&e);
        assert!(all.contains(expected), "expected {expected:?} in {all:?}");
        assert!(e.problems.iter().all(|p| p.file == "evil.graphml" && !p.fix.is_empty()), "{all}");
    }
    let e = read("<gexf version=\"1.3\"/>", "x.graphml").expect_err("refused");
    assert!(messages(&e).contains("not <graphml>, so this is not a GraphML file"), "{}", messages(&e));
    let text =
        "<graphml>\n<graph>\n  <node/>\n  <edge id=\"e1\" source=\"a\"/>\n  <edge target=\"\"/>\n</graph></graphml>";
    let e = read(text, "x.graphml").expect_err("refused");
    let all = messages(&e);
    assert_eq!(e.problems.len(), 4, "{all}");
    assert!(all.contains("x.graphml:3:3: node 1: this node has no id"), "{all}");
    assert!(all.contains("x.graphml:4:3: edge \"e1\": this edge has no target"), "{all}");
    assert!(all.contains("x.graphml:5:3: edge 2: this edge has no source"), "{all}");
    assert!(all.contains("x.graphml:5:3: edge 2: this edge has no target"), "{all}");
    let e = read("<graphml><key id=\"k\"/></graphml>", "x.graphml").expect_err("refused");
    assert!(messages(&e).contains("no <graph> element"), "{}", messages(&e));
}

#[test]
fn refuses_a_default_bomb() {
    // 400 defaulted keys × 300 nodes would be 120,000 values from a 40 KB file.
    let keys = (0..400).fold(String::new(), |mut s, i| {
        let _ = write!(s, "<key id=\"k{i}\" for=\"node\"><default>x</default></key>");
        s
    });
    let nodes = (0..300).fold(String::new(), |mut s, i| {
        let _ = write!(s, "<node id=\"n{i}\"/>");
        s
    });
    let text = format!("<graphml>{keys}<graph>{nodes}</graph></graphml>");
    let e = read(&text, "bomb.graphml").expect_err("refused");
    assert_eq!(e.problems.len(), 1, "{}", messages(&e));
    assert!(e.problems[0].message.contains("more than 100000 attribute values"), "{}", messages(&e));
    // The same keys for fewer nodes are fine.
    let text = format!("<graphml>{keys}<graph><node id=\"a\"/><node id=\"b\"/></graph></graphml>");
    let table = read(&text, "ok.graphml").expect("reads");
    assert_eq!(table.nodes[1].fields.len(), 401);
    assert_eq!(table.node_columns.len(), 400);
}

#[test]
fn reads_the_yed_fixture() {
    let text = include_str!("../../../tests/data/yed/central-asia-plus.graphml");
    assert!(text.len() < 25_000);
    let table = read(text, "central-asia-plus.graphml").unwrap_or_else(|e| panic!("{}", messages(&e)));
    assert_eq!(table.title.as_deref(), Some("Japan and Central Asia (illustrative yEd test data)"));
    assert_eq!(table.nodes.len(), 10);
    assert_eq!(table.edges.len(), 15);
    let node = |label: &str| table.nodes.iter().find(|n| field(n, "label") == Some(label));
    let kz = node("Kazakhstan").expect("Kazakhstan");
    assert_eq!(
        (field(kz, "kind"), field(kz, "lat"), field(kz, "lon")),
        (Some("country"), Some("51.1694"), Some("71.4491"))
    );
    let forum = node("Central Asia + Japan Dialogue").expect("forum");
    assert_eq!((field(forum, "kind"), field(forum, "lat")), (Some("forum"), None));
    assert_eq!(table.nodes.iter().filter(|n| field(n, "lat").is_some()).count(), 2);
    assert!(table.nodes.iter().all(|n| field(n, "label").is_some() && field(n, "kind").is_some()));
    for e in &table.edges {
        assert!(field(e, "label").is_some() && field(e, "kind").is_some() && field(e, "date").is_some(), "{}", e.what);
        assert!([None, Some("planned"), Some("cancelled")].contains(&field(e, "status")), "{}", e.what);
    }
    // No status default: a planned visit's kind says it is planned.
    let e13 = table.edges.iter().find(|e| e.what == "edge \"e13\"").expect("e13");
    assert_eq!((field(e13, "kind"), field(e13, "status")), (Some("planned_visit"), None));
    let e14 = table.edges.iter().find(|e| e.what == "edge \"e14\"").expect("e14");
    assert_eq!(field(e14, "label"), Some("Talks on water & energy"));
    assert_eq!(field(e14, "status"), Some("cancelled"));
}
