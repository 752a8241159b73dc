//! `bridges check` as a user runs it.

use std::process::Command;

fn bridges() -> Command {
    Command::new(env!("CARGO_BIN_EXE_bridges"))
}

#[test]
fn check_passes_on_the_builtin_dataset() {
    let out = bridges().arg("check").output().expect("run bridges");
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.lines().count(), 1, "one-line summary: {stdout}");
    assert!(stdout.contains("OK: 20 actors, 4 ties, 4 quotes"), "{stdout}");
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
        assert_eq!(out.status.code(), Some(0), "{path}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(stdout.contains(summary), "{path}: {stdout}");
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
