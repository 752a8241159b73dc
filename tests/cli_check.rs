//! `bridges check` as a user runs it.

use std::process::Command;

/// The binary, in English whatever the machine's locale (its messages follow the locale).
fn bridges() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_bridges"));
    c.env("LC_ALL", "C");
    c
}

#[test]
fn check_passes_on_the_builtin_dataset() {
    let out = bridges().arg("check").output().expect("run bridges");
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.lines().count(), 1, "one-line summary: {stdout}");
    let asset = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/japan-central-asia.json"))
        .expect("read asset");
    let v: serde_json::Value = serde_json::from_str(&asset).expect("asset parses");
    let n = |k: &str| v[k].as_array().map_or(0, Vec::len);
    let expected = format!("OK: {} actors, {} ties, {} quotes", n("actors"), n("ties"), n("quotes"));
    assert!(stdout.contains(&expected), "{stdout} (expected {expected})");
}

#[test]
fn check_passes_on_the_asset_file_with_its_seed_on_disk() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/japan-central-asia.json");
    let out = bridges().args(["check", path]).output().expect("run bridges");
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn check_fails_with_a_located_message_on_an_altered_quote() {
    let dir = tempfile::tempdir().expect("tempdir");
    let original = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/japan-central-asia.json"))
        .expect("read asset");
    let altered = original.replacen("non-imperial partner", "non-imperial partners", 1);
    assert_ne!(altered, original);
    let path = dir.path().join("altered.json");
    std::fs::write(&path, altered).expect("write copy");
    let out = bridges().arg("check").arg(&path).output().expect("run bridges");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let first = stderr.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(&format!(
            "{}: quotes[1].text (\"quote-dadabaev-partner\"): quote not found verbatim",
            path.display()
        )),
        "{stderr}"
    );
    assert!(stderr.contains("1 problem(s) found"), "{stderr}");
}

#[test]
fn check_reports_syntax_errors_with_line_and_column_and_never_panics() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, bytes) in [
        ("syntax.json", &b"{\n \"format\": \"bridges\",\n \"actors\": [\n"[..]),
        ("empty.json", &b""[..]),
        ("binary.json", &[0u8, 159, 146, 150, 255][..]),
        ("deep.json", "[".repeat(100_000).as_bytes()),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        let out = bridges().arg("check").arg(&path).output().expect("run bridges");
        assert_eq!(out.status.code(), Some(1), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stderr).contains(&*path.display().to_string()), "{name}");
    }
    let out = bridges().args(["check", "/no/such/file.json"]).output().expect("run");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn check_and_export_read_every_format_by_dataset_flag() {
    let root = env!("CARGO_MANIFEST_DIR");
    for (path, summary) in [
        ("tests/data/csv-pair", "OK: 44 actors, 59 ties, 1 quotes"),
        ("tests/data/csv-pair/edges.csv", "OK: 44 actors, 59 ties"),
        ("tests/data/gephi/central-asia-plus.gexf", "OK: 13 actors, 21 ties"),
        ("tests/data/yed/central-asia-plus.graphml", "OK: 10 actors, 15 ties"),
    ] {
        let full = format!("{root}/{path}");
        let out = bridges().args(["check", "--dataset", &full]).output().expect("run bridges");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        // These files come from other tools, their ties cite no source: they open (the
        // summary), and check says they cannot be traced, tie by tie.
        assert_eq!(out.status.code(), Some(1), "{path}: {stderr}");
        assert!(stdout.contains(summary), "{path}: {stdout}");
        assert!(stderr.contains("the tie cites no source") && stderr.contains("cannot be traced"), "{path}: {stderr}");
        let dir = tempfile::tempdir().expect("tempdir");
        let png = dir.path().join("map.png");
        let out = bridges().args(["export", "--dataset", &full, "--out"]).arg(&png).output().expect("run");
        assert_eq!(out.status.code(), Some(0), "{path}: {}", String::from_utf8_lossy(&out.stderr));
        let img = image::open(&png).expect("a PNG");
        assert_eq!((img.width(), img.height()), (1600, 1000), "{path}");
    }
}

#[test]
fn check_of_an_invalid_spreadsheet_lists_every_problem_and_exits_1() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/bad-coordinates");
    let out = bridges().args(["check", dir]).output().expect("run bridges");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().filter(|l| l.contains("nodes.csv:")).count(), 4, "{stderr}");
    assert!(stderr.contains("4 problem(s) found"), "{stderr}");
}

#[test]
fn convert_writes_every_format_that_opens_again_with_the_same_map() {
    let dir = tempfile::tempdir().expect("tempdir");
    // "… OK: 20 actors, 4 ties, …": the counts of the built-in map.
    let builtin = bridges().arg("check").output().expect("run bridges");
    let builtin = String::from_utf8_lossy(&builtin.stdout).into_owned();
    let counts = builtin.split("OK: ").nth(1).and_then(|s| s.split(", ").nth(1).map(|t| (s, t))).map(|(s, ties)| {
        let actors = s.split(',').next().unwrap_or_default();
        format!("{actors}, {ties}")
    });
    let counts = counts.expect("the built-in check says how many actors and ties");
    for name in ["map.json", "map.gexf", "map.graphml", "pair"] {
        let out_path = dir.path().join(name);
        let out = bridges().args(["convert", "--out"]).arg(&out_path).output().expect("run bridges");
        assert_eq!(out.status.code(), Some(0), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        let written = String::from_utf8_lossy(&out.stdout);
        assert!(written.lines().count() >= 1, "{name}: prints what it wrote: {written}");
        let check = bridges().arg("check").arg(&out_path).output().expect("run bridges");
        let summary = String::from_utf8_lossy(&check.stdout);
        assert_eq!(check.status.code(), Some(0), "{name}: {}", String::from_utf8_lossy(&check.stderr));
        assert!(summary.contains(&counts), "{name}: {summary} (built-in: {counts})");
    }
    assert!(dir.path().join("pair/nodes.csv").is_file() && dir.path().join("pair/edges.csv").is_file());
}

#[test]
fn convert_refuses_an_unknown_format_or_a_bad_input_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pdf = dir.path().join("map.pdf");
    let out = bridges().args(["convert", "--out"]).arg(&pdf).output().expect("run bridges");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot tell the format"), "{out:?}");
    let bad = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/dangling-reference.json");
    let json = dir.path().join("out.json");
    let out = bridges().args(["convert", "--dataset", bad, "--out"]).arg(&json).output().expect("run bridges");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing was written"), "{out:?}");
    assert_eq!(std::fs::read_dir(dir.path()).expect("read dir").count(), 0, "no file left behind");
}
