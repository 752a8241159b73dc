use super::*;
use std::fmt::Write as _;

fn fields(record: &Record) -> Vec<(&str, &str)> {
    record.fields.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect()
}

fn messages(e: &LoadError) -> String {
    e.problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}

const GEPHI: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
    <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
      <meta lastmodifieddate="2024-05-01">
    <creator>Gephi 0.10.1</creator>
    <description>Japan and Central Asia</description>
      </meta>
      <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
    <attributes class="node" mode="static">
      <attribute id="0" title="kind" type="string"/>
      <attribute id="1" title="lat" type="double"/>
      <attribute id="2" title="lon" type="double"/>
      <attribute id="3" title="population" type="long">
        <default>unknown</default>
      </attribute>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="0" title="kind" type="string"/>
      <attribute id="1" title="date" type="string"/>
      <attribute id="2" title="status" type="string"><default>held</default></attribute>
    </attributes>
    <nodes>
      <node id="jp" label="Japan">
        <attvalues>
          <attvalue for="0" value="country"/>
          <attvalue for="1" value="35.6895"/>
          <attvalue for="2" value="139.6917"/>
          <attvalue for="3" value="124000000"/>
        </attvalues>
        <viz:color r="255" g="0" b="0"/>
        <viz:position x="1.0" y="2.0" z="0.0"/>
      </node>
      <node id="kz" label="Kazakhstan">
        <attvalues>
          <attvalue for="0" value="country"/>
        </attvalues>
      </node>
      <node id="caj" label="Central Asia + Japan">
        <attvalues><attvalue for="0" value="forum"/></attvalues>
        <viz:size value="3.5"/>
      </node>
    </nodes>
    <edges>
      <edge id="e1" source="jp" target="kz" label="Visit to Astana" start="2015-10-27" weight="1.0">
        <attvalues>
          <attvalue for="0" value="visit"/>
        </attvalues>
      </edge>
      <edge source="kz" target="caj" start="2004-08" weight="2.5">
        <attvalues>
          <attvalue for="0" value="dialogue"/>
          <attvalue for="2" value="planned"/>
        </attvalues>
      </edge>
    </edges>
      </graph>
    </gexf>
    "#;

#[test]
fn reads_a_gephi_file() {
    let table = read(GEPHI, "ties.gexf").expect("reads");
    assert_eq!(table.title.as_deref(), Some("Japan and Central Asia"));
    assert_eq!(table.node_columns, ["kind", "lat", "lon", "population"]);
    assert_eq!(table.edge_columns, ["kind", "date", "status"]);
    assert_eq!(table.nodes.len(), 3);
    let jp = &table.nodes[0];
    assert_eq!(jp.what, "node \"jp\"");
    assert_eq!((jp.file.as_str(), jp.line, jp.column), ("ties.gexf", Some(22), Some(7)));
    assert_eq!(
        fields(jp),
        [
            ("id", "jp"),
            ("label", "Japan"),
            ("kind", "country"),
            ("lat", "35.6895"),
            ("lon", "139.6917"),
            ("population", "124000000")
        ]
    );
    // No coordinates: none invented; the population default fills in.
    assert_eq!(
        fields(&table.nodes[1]),
        [("id", "kz"), ("label", "Kazakhstan"), ("kind", "country"), ("population", "unknown")]
    );
    assert_eq!(
        fields(&table.nodes[2]),
        [("id", "caj"), ("label", "Central Asia + Japan"), ("kind", "forum"), ("population", "unknown")]
    );
    assert_eq!(table.edges.len(), 2);
    let e1 = &table.edges[0];
    assert_eq!((e1.what.as_str(), e1.line, e1.column), ("edge \"e1\"", Some(43), Some(7)));
    assert_eq!(
        fields(e1),
        [
            ("id", "e1"),
            ("source", "jp"),
            ("target", "kz"),
            ("label", "Visit to Astana"),
            ("start", "2015-10-27"),
            ("kind", "visit"),
            ("status", "held")
        ]
    );
    // No id: numbered; a real weight is kept, Gephi's default 1.0 is not.
    let e2 = &table.edges[1];
    assert_eq!(e2.what, "edge 2");
    assert_eq!(
        fields(e2),
        [
            ("source", "kz"),
            ("target", "caj"),
            ("weight", "2.5"),
            ("start", "2004-08"),
            ("kind", "dialogue"),
            ("status", "planned")
        ]
    );
}

#[test]
fn reads_older_versions_spells_kinds_and_nested_nodes() {
    let gexf = r#"<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
      <meta><title>Old file</title><description>Longer text</description></meta>
      <graph mode="dynamic">
    <attributes class="node"><attribute id="k" title="kind" type="string"/></attributes>
    <attributes class="edge"><attribute id="n" type="string"/></attributes>
    <nodes>
      <node id="ca" label="Central Asia">
        <attvalues><attvalue id="k" value="region"/></attvalues>
        <nodes><node id="kg" label="Kyrgyzstan"/></nodes>
      </node>
      <node id="jp" label="Japan"><attvalues><attvalue for="extra" value="x"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="a" source="jp" target="kg" kind="visit" label="A &amp; B">
        <attvalues>
          <attvalue for="n" value="first" start="2001"/>
          <attvalue for="n" value="second" start="2002"/>
        </attvalues>
        <spells><spell start="2001-05" end="2001-06"/><spell start="2003"/></spells>
      </edge>
    </edges>
      </graph>
    </gexf>"#;
    let table = read(gexf, "old.gexf").expect("reads");
    assert_eq!(table.title.as_deref(), Some("Old file"));
    let ids: Vec<_> = table.nodes.iter().map(|n| fields(n)[0].1).collect();
    assert_eq!(ids, ["ca", "kg", "jp"]);
    assert_eq!(fields(&table.nodes[0]), [("id", "ca"), ("label", "Central Asia"), ("kind", "region")]);
    // An undeclared attribute is kept under its id.
    assert_eq!(fields(&table.nodes[2]), [("id", "jp"), ("label", "Japan"), ("extra", "x")]);
    // An attribute without a title is named by its id; of repeated dynamic values the first is kept.
    assert_eq!(table.edge_columns, ["n"]);
    assert_eq!(
        fields(&table.edges[0]),
        [
            ("id", "a"),
            ("source", "jp"),
            ("target", "kg"),
            ("label", "A & B"),
            ("kind", "visit"),
            ("start", "2001-05"),
            ("end", "2001-06"),
            ("n", "first")
        ]
    );
}

#[test]
fn collects_every_problem_with_its_place() {
    let gexf = "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\"><graph>\n<nodes>\n<node label=\"no id\"/>\n\
                <node id=\"a\"/></nodes>\n<edges>\n<edge id=\"x\" source=\"a\"/>\n  <edge target=\"a\"/>\n\
                </edges></graph></gexf>";
    let e = read(gexf, "bad.gexf").expect_err("refused");
    assert_eq!(e.file, "bad.gexf");
    let all = messages(&e);
    assert_eq!(e.problems.len(), 3, "{all}");
    assert!(e.problems.iter().all(|p| p.file == "bad.gexf"));
    let p = &e.problems[0];
    assert_eq!(
        (p.location.as_str(), p.message.as_str(), p.line, p.column),
        ("node 1", "this node has no id", Some(3), Some(1))
    );
    let p = &e.problems[1];
    assert_eq!((p.location.as_str(), p.line, p.column), ("edge \"x\"", Some(6), Some(1)));
    assert_eq!(p.message, "this edge has no target");
    let p = &e.problems[2];
    assert_eq!((p.location.as_str(), p.line, p.column), ("edge 2", Some(7), Some(3)));
    assert_eq!(p.message, "this edge has no source");
    assert!(all.contains("bad.gexf:7:3: edge 2: this edge has no source"), "{all}");
}

/// Fields as sorted (name, value) pairs without empty values.
pub(crate) fn comparable(records: &[Record]) -> Vec<Vec<(String, String)>> {
    records
        .iter()
        .map(|r| {
            let mut f: Vec<_> = r.fields.iter().filter(|(_, v)| !v.is_empty()).cloned().collect();
            f.sort();
            f
        })
        .collect()
}

/// A table with every awkward character, for round trips through both formats.
pub(crate) fn awkward_table() -> Table {
    let record = |what: &str, fields: &[(&str, &str)]| {
        let mut r = Record::new(what);
        for (n, v) in fields {
            r.push(*n, *v);
        }
        r
    };
    Table {
        title: Some("Ties <draft> & \"notes\" — 日本".to_owned()),
        node_columns: vec!["id".into(), "label".into(), "kind".into(), "name".into(), "lat".into()],
        edge_columns: vec!["id".into(), "source".into(), "target".into(), "kind".into(), "quote".into()],
        nodes: vec![
            record(
                "node \"jp\"",
                &[("id", "jp"), ("label", "日本 <Japan> & \"Nippon\" 'JP' 🗾"), ("kind", "country"), ("lat", "35.6")],
            ),
            record("node \"a&b\"", &[("id", "a&b"), ("label", ""), ("name", "  spaced\tout  "), ("kind", "forum")]),
            record("node \"x\"", &[("id", "x"), ("members", "jp|a&b|x"), ("custom column", "<kept>")]),
        ],
        edges: vec![
            record(
                "edge \"e1\"",
                &[
                    ("id", "e1"),
                    ("source", "jp"),
                    ("target", "a&b"),
                    ("label", "Line one\nline two\r\nline \"three\" 'four' & <five>"),
                    ("kind", "visit"),
                    ("quote", "「日本」 said: \"]]> is fine\" 😀"),
                    ("start", "2024-05"),
                ],
            ),
            record("edge 2", &[("source", "x"), ("target", "jp|kz|uz"), ("kind", ""), ("note", "a | b")]),
        ],
    }
}

#[test]
fn round_trips_awkward_text() {
    let table = awkward_table();
    let text = write(&table);
    assert!(text.contains("xmlns=\"http://gexf.net/1.3\""), "{text}");
    assert!(text.contains("<graph defaultedgetype=\"directed\" mode=\"static\">"), "{text}");
    let back = read(&text, "round.gexf").unwrap_or_else(|e| panic!("{}\n{text}", messages(&e)));
    assert_eq!(back.title, table.title);
    assert_eq!(comparable(&back.nodes), comparable(&table.nodes), "{text}");
    assert_eq!(comparable(&back.edges), comparable(&table.edges), "{text}");
    // Declared columns come back in order; the extra field names follow.
    assert_eq!(back.node_columns, ["kind", "name", "lat", "members", "custom column"]);
    assert_eq!(back.edge_columns, ["kind", "quote", "start", "note"]);
    // Writing what was read gives the same file.
    assert_eq!(write(&back), text);
}

#[test]
fn writes_characters_xml_cannot_hold_as_replacements() {
    let mut table = Table::default();
    let mut r = Record::new("node 1");
    r.push("id", "a\u{1}b");
    r.push("label", "bell\u{7}");
    table.nodes.push(r);
    let back = read(&write(&table), "x.gexf").expect("still valid XML");
    assert_eq!(fields(&back.nodes[0]), [("id", "a\u{FFFD}b"), ("label", "bell\u{FFFD}")]);
}

/// Inputs that must be refused with a message, never a panic; shared with `GraphML`.
pub(crate) fn hostile(root: &str) -> Vec<(String, &'static str)> {
    let garbage: Vec<u8> = (0..2048u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let laughs = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n{}]>\n<{root}>&lol9;</{root}>",
        (1..10).fold(String::new(), |mut out, i| {
            let previous = format!("&lol{};", if i == 1 { String::new() } else { (i - 1).to_string() });
            let _ = writeln!(out, " <!ENTITY lol{i} \"{}\">", previous.repeat(10));
            out
        })
    );
    let deep = format!("<{root}>{}{}</{root}>", "<graph>".repeat(10_000), "</graph>".repeat(10_000));
    vec![
        (String::new(), "the file is empty"),
        ("  \n\t ".to_owned(), "the file is empty"),
        ("not xml".to_owned(), "not well-formed XML"),
        (String::from_utf8_lossy(&garbage).into_owned(), "not well-formed XML"),
        (format!("<{root}><graph>"), "ends too early"),
        (laughs, "<!DOCTYPE"),
        (deep, "nested more than 64 levels"),
        ("<html><body>hello</body></html>".to_owned(), "the root element is <html>"),
    ]
}

#[test]
fn refuses_hostile_input_with_a_reason() {
    for (text, expected) in hostile("gexf") {
        let e = read(&text, "evil.gexf").expect_err("refused");
        let all = messages(&e);
        assert!(all.contains(expected), "expected {expected:?} in {all:?}");
        assert!(e.problems.iter().all(|p| p.file == "evil.gexf" && !p.fix.is_empty()), "{all}");
    }
    let e = read("<graphml/>", "x.gexf").expect_err("refused");
    assert!(messages(&e).contains("not <gexf>, so this is not a GEXF file"), "{}", messages(&e));
    let e = read("<gexf version=\"1.3\"><graph><edges><edge id=\"e\" source=\"a\"/></edges></graph></gexf>", "x.gexf")
        .expect_err("refused");
    assert!(messages(&e).contains("edge \"e\": this edge has no target"), "{}", messages(&e));
    let e = read("<gexf version=\"1.3\"/>", "x.gexf").expect_err("refused");
    assert!(messages(&e).contains("no <graph> element"), "{}", messages(&e));
    // The DOCTYPE is pointed at where it is.
    let e = read("<?xml version=\"1.0\"?>\n\n  <!DOCTYPE gexf>\n<gexf/>", "x.gexf").expect_err("refused");
    assert_eq!((e.problems[0].line, e.problems[0].column), (Some(3), Some(3)));
}

#[test]
fn reads_the_gephi_fixture() {
    let text = include_str!("../../../tests/data/gephi/central-asia-plus.gexf");
    assert!(text.len() < 25_000);
    let table = read(text, "central-asia-plus.gexf").unwrap_or_else(|e| panic!("{}", messages(&e)));
    assert_eq!(table.title.as_deref(), Some("Central Asia plus partners (illustrative test data)"));
    assert_eq!(table.nodes.len(), 12);
    assert_eq!(table.edges.len(), 21);
    let labels: Vec<_> = table.nodes.iter().filter_map(|n| field(n, "label")).collect();
    for country in ["Japan", "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "South Korea"] {
        assert!(labels.contains(&country), "{country}");
    }
    // No node has coordinates; countries default to kind country; the forum lists its members.
    assert!(table.nodes.iter().all(|n| field(n, "lat").is_none() && field(n, "lon").is_none()));
    assert_eq!(table.nodes.iter().filter(|n| field(n, "kind") == Some("country")).count(), 11);
    let forum = table.nodes.iter().find(|n| field(n, "kind") == Some("forum")).expect("a forum");
    assert_eq!(field(forum, "members"), Some("jp|kz|uz|kg|tj|tm"));
    for e in &table.edges {
        let kind = field(e, "kind").unwrap_or_default();
        assert!(["visit", "dialogue", "summit"].contains(&kind), "{kind}");
        assert!(field(e, "start").or(field(e, "date")).is_some(), "{} has a date", e.what);
        assert!(field(e, "label").is_some() && field(e, "status").is_some());
    }
    let e6 = table.edges.iter().find(|e| e.what == "edge \"e6\"").expect("e6");
    assert_eq!(field(e6, "weight"), Some("2.0"));
    assert_eq!(field(e6, "quote"), Some("A new partnership between Japan & Central Asia begins \u{201c}here\u{201d}."));
}
