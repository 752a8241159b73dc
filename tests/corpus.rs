//! Odd and hostile files: each gets its expected outcome and message, through the library
//! (what File ▸ Open does) and through `bridges check` (exit 0 or 1, never a panic's 101).

use std::path::{Path, PathBuf};
use std::process::Command;

/// What a file must give: a dataset of this many actors and ties, or problems whose text
/// contains each of these pieces.
enum Expect {
    Ok { actors: usize, ties: usize },
    Err(&'static [&'static str]),
}
use Expect::{Err, Ok};

const CORPUS: &[(&str, Expect)] = &[
    ("empty.json", Err(&["empty.json: the file is empty"])),
    ("whitespace.json", Err(&["the file is empty"])),
    ("empty.csv", Err(&["empty.csv: the file is empty", "write a header line"])),
    ("header-only", Err(&["the file has a header but no rows"])),
    ("binary.json", Err(&["binary.json:1:1: the file is not UTF-8 text"])),
    ("binary.csv", Err(&["binary.csv:2:1: the file is not UTF-8 text"])),
    ("binary.gexf", Err(&["the file is not UTF-8 text"])),
    ("not-json.json", Err(&["not-json.json:1:1: expected value", "correct the JSON syntax"])),
    ("truncated.json", Err(&["truncated.json:1:64: actors[0]", "EOF while parsing"])),
    ("wrong-format.json", Err(&["format: expected \"bridges\", found \"gephi\""])),
    ("future-version.json", Err(&["format version 9; this build of Bridges reads version 1"])),
    ("unknown-field.json", Err(&["actors[0].colour: unknown field `colour`"])),
    ("bad-date.json", Err(&["ties[0].date.start: \"2025-13-45\": month must be 01 to 12"])),
    ("dangling-reference.json", Err(&["ties[0].to[0]: refers to actor \"nowhere\""])),
    ("nan-latitude.json", Err(&["nan-latitude.json:1:114: actors[0].capital.lat"])),
    ("latitude-95.json", Err(&["actors[0].capital.lat: latitude 95 is outside -90..90"])),
    (
        "bad-date",
        Err(&[
            "edges.csv:2: row 2, column \"date\": \"2025-13-45\" is not a date",
            "edges.csv:3: row 3, column \"date\": \"2023-02-29\" is not a date: \"2023-02-29\": day 29 does not exist",
        ]),
    ),
    (
        "bad-coordinates",
        Err(&[
            "nodes.csv:2: row 2, column \"lat\": latitude \"abc\" is not a number",
            "nodes.csv:3: row 3, column \"lat\": latitude \"NaN\" is outside -90..90",
            "nodes.csv:4: row 4, column \"lat\": latitude \"95\" is outside -90..90",
            "nodes.csv:5: row 5, column \"lon\": longitude \"inf\" is outside -180..180",
        ]),
    ),
    ("duplicate-id", Err(&["nodes.csv:3: row 3, column \"id\": duplicate id \"kz\": row 2 has it too"])),
    ("missing-node", Err(&["edges.csv:3: row 3, column \"target\": \"Atlantis\" is not a node"])),
    (
        "ragged.csv",
        Err(&[
            "ragged.csv:2:1: row 2: the row has 2 cells; the header has 3 columns",
            "ragged.csv:3:1: row 3: the row has 4 cells",
        ]),
    ),
    ("no-target-column.csv", Err(&["an edge list needs a source and a target column"])),
    ("unknown-kind", Err(&["row 2, column \"kind\": unknown kind \"planet\""])),
    ("bad-status.csv", Err(&["row 2, column \"status\": unknown status \"maybe\""])),
    ("quote-without-speaker.csv", Err(&["column \"quote\" needs both a quote and its speaker"])),
    ("no-csv-here", Err(&["the folder holds neither nodes.csv nor edges.csv"])),
    ("entity-bomb.graphml", Err(&["entity-bomb.graphml:2:1: the file has a document type declaration"])),
    ("broken-xml.graphml", Err(&["broken-xml.graphml:3:1: the file is not well-formed XML"])),
    ("not-gexf.gexf", Err(&["the root element is <html>, not <gexf>"])),
    ("edge-without-target.gexf", Err(&["edge-without-target.gexf:5:12: edge \"e1\"", "no target"])),
    ("special-characters.csv", Ok { actors: 2, ties: 1 }),
    ("scripts", Ok { actors: 4, ties: 2 }),
    ("tab-separated.tsv", Ok { actors: 3, ties: 2 }),
    ("missing-glyph", Ok { actors: 2, ties: 1 }),
];

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(name)
}

fn check(path: &Path) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_bridges"))
        .arg("check")
        .arg(path)
        .env("LC_ALL", "C")
        .output()
        .expect("run bridges");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

#[test]
fn every_corpus_file_gives_its_expected_outcome_and_message() {
    let mut failures = Vec::new();
    for (name, expect) in CORPUS {
        let path = corpus(name);
        let got = bridges::load_path(&path);
        match (expect, &got) {
            (Ok { actors, ties }, std::result::Result::Ok(l)) => {
                let (a, t) = (l.dataset.actors.len(), l.dataset.ties.len());
                if (a, t) != (*actors, *ties) {
                    failures.push(format!("{name}: {a} actors, {t} ties; expected {actors}, {ties}"));
                }
            }
            (Err(pieces), std::result::Result::Err(e)) => {
                let all: Vec<String> = e.problems.iter().map(ToString::to_string).collect();
                let all = all.join("\n");
                for piece in *pieces {
                    if !all.contains(piece) {
                        failures.push(format!("{name}: no {piece:?} in:\n{all}"));
                    }
                }
                if e.problems.iter().any(|p| p.fix.is_empty()) {
                    failures.push(format!("{name}: a problem without a fix:\n{all}"));
                }
            }
            (Ok { .. }, std::result::Result::Err(e)) => failures.push(format!("{name}: refused: {e:?}")),
            (Err(_), std::result::Result::Ok(_)) => failures.push(format!("{name}: opened, but must be refused")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn bridges_check_exits_0_or_1_with_the_problems_and_never_panics() {
    for (name, expect) in CORPUS {
        let (code, out, err) = check(&corpus(name));
        match expect {
            // A file that opens passes, or says which of its facts cannot be traced to a
            // source (exit 1, the file's summary still printed).
            Ok { .. } => {
                let traced = code == 0;
                let untraced = code == 1 && out.contains(": OK:") && err.contains("cannot be traced");
                assert!(traced || untraced, "{name}: {code} {out}{err}");
            }
            Err(pieces) => {
                assert_eq!(code, 1, "{name}: {out}{err}");
                assert!(err.contains(pieces[0]), "{name}: {err}");
            }
        }
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    for name in ["huge.json", "huge.csv", "huge.gexf"] {
        let path = dir.path().join(name);
        let f = std::fs::File::create(&path).expect("create");
        // A sparse file: 201 MB long, taking no space and no time to write.
        f.set_len(201 * 1024 * 1024).expect("set_len");
        let e = bridges::load_path(&path).expect_err("too large");
        assert!(
            e.problems[0].message.contains("the file is 201 MB; Bridges reads files up to 200 MB"),
            "{:?}",
            e.problems
        );
    }
}

#[test]
fn deep_nesting_is_refused_with_a_message_not_a_stack_overflow() {
    let dir = tempfile::tempdir().expect("tempdir");
    let json = dir.path().join("deep.json");
    std::fs::write(&json, format!("{}{}", "[".repeat(200_000), "]".repeat(200_000))).expect("write");
    let e = bridges::load_path(&json).expect_err("deep JSON");
    assert_eq!((e.problems[0].line, e.problems[0].column), (Some(1), Some(1)), "{:?}", e.problems);
    assert!(e.problems[0].message.contains("invalid type: sequence"), "{:?}", e.problems);
    let xml = dir.path().join("deep.graphml");
    let body = format!("{}{}", "<data>".repeat(100_000), "</data>".repeat(100_000));
    std::fs::write(&xml, format!("<graphml><graph>{body}</graph></graphml>")).expect("write");
    let e = bridges::load_path(&xml).expect_err("deep XML");
    assert!(!e.problems.is_empty());
    let (code, _, err) = check(&xml);
    assert_eq!(code, 1, "{err}");
}

#[test]
fn labels_with_markup_characters_export_to_valid_svg() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("special.svg");
    let status = Command::new(env!("CARGO_BIN_EXE_bridges"))
        .env("LC_ALL", "C")
        .args(["export", "--dataset"])
        .arg(corpus("special-characters.csv"))
        .arg("--out")
        .arg(&out)
        .status()
        .expect("run");
    assert!(status.success());
    let svg = std::fs::read_to_string(&out).expect("svg");
    let doc = roxmltree::Document::parse(&svg).expect("the SVG is well-formed XML");
    let titles: Vec<&str> = doc.descendants().filter(|n| n.has_tag_name("title")).filter_map(|n| n.text()).collect();
    assert!(titles.contains(&"Talks <trade> & \"transit\" forum"), "{titles:?}");
}
