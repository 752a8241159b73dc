//! The shape of the source tree, checked so it does not drift back: the top-level modules
//! of `src/` (the first path segment: `app`, `formats`, `load`, …) must not import each other
//! in a circle, and no source file may grow past a size one can read in one sitting.
//!
//! A module's dependencies are the `crate::NAME` paths in its files, in `use` lines and
//! anywhere else in the code (comments and string literals are skipped; `super::` stays
//! inside a module and does not count). `lib.rs` and `main.rs` only wire modules together
//! and are left out.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The most lines a file in `src/` may have.
const MAX_LINES: usize = 500;

/// Stop listing cycles after this many: past it the list no longer helps anyone.
const MAX_CYCLES: usize = 200;

type Graph = BTreeMap<String, BTreeSet<String>>;

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`, sorted so messages come out in a stable order.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).unwrap_or_else(|e| panic!("cannot list {}: {e}", d.display()));
        for entry in entries {
            let path = entry.unwrap_or_else(|e| panic!("cannot list {}: {e}", d.display())).path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The top-level module a file belongs to (`src/formats/csv.rs` → `formats`), or `None` for
/// the crate root files.
fn top_module(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (!matches!(name, "lib" | "main")).then(|| name.to_owned())
}

/// The source with comments, string and character literals blanked out, so that a
/// `crate::x` in a doc comment or a message does not count as a dependency.
fn code_only(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let ident = |ch: char| ch.is_alphanumeric() || ch == '_';
    let mut i = 0;
    while i < c.len() {
        let next = c.get(i + 1).copied();
        if c[i] == '/' && next == Some('/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if c[i] == '/' && next == Some('*') {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(' ');
        } else if c[i] == 'r' && (i == 0 || !ident(c[i - 1]) || c[i - 1] == 'b') && matches!(next, Some('"' | '#')) {
            // A raw string `r"…"` or `r#"…"#`, unless it is an identifier such as `r#type`.
            let mut j = i + 1;
            while c.get(j) == Some(&'#') {
                j += 1;
            }
            if c.get(j) != Some(&'"') {
                out.push(c[i]);
                i += 1;
                continue;
            }
            let hashes = j - i - 1;
            i = j + 1;
            while i < c.len() {
                if c[i] == '"' && (1..=hashes).all(|k| c.get(i + k) == Some(&'#')) {
                    i += 1 + hashes;
                    break;
                }
                i += 1;
            }
            out.push_str("\"\"");
        } else if c[i] == '"' {
            i += 1;
            while i < c.len() && c[i] != '"' {
                i += if c[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if c[i] == '\'' && next == Some('\\') {
            // An escaped character literal: `'\n'`, `'\''`, `'\u{1F600}'`.
            i += 2;
            while i < c.len() && c[i] != '\'' {
                i += 1;
            }
            i += 1;
            out.push_str("' '");
        } else if c[i] == '\'' && c.get(i + 2) == Some(&'\'') {
            i += 3;
            out.push_str("' '");
        } else {
            // Everything else, lifetimes (`'a`) included, is code.
            out.push(c[i]);
            i += 1;
        }
    }
    out
}

/// The names `crate::NAME` refers to in some code, including every name in a group
/// `crate::{a, b::c}`.
fn crate_refs(code: &str) -> BTreeSet<String> {
    let ident = |ch: char| ch.is_alphanumeric() || ch == '_';
    let take_ident = |s: &str| -> String { s.trim_start().chars().take_while(|&ch| ident(ch)).collect() };
    let mut names = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        // `crate` must be a whole word (`$crate` in a macro counts; `my_crate::` does not).
        if code[..at].chars().next_back().is_some_and(ident) {
            continue;
        }
        let rest = code[at + "crate::".len()..].trim_start();
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0usize;
            let mut item_start = true;
            for (k, ch) in group.char_indices() {
                match ch {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => item_start = true,
                    ch if item_start && !ch.is_whitespace() => {
                        item_start = false;
                        names.insert(take_ident(&group[k..]));
                    }
                    _ => {}
                }
            }
        } else {
            names.insert(take_ident(rest));
        }
    }
    names.retain(|n| !n.is_empty() && n != "self");
    names
}

/// The names `lib.rs` re-exports from a module (`pub use app::{App, Persisted}` → `App` is
/// `app`'s), so that `crate::App` counts as a use of `app`.
fn reexports(src: &Path) -> BTreeMap<String, String> {
    let code = code_only(&read(&src.join("lib.rs")));
    let mut owner = BTreeMap::new();
    for stmt in code.split(';') {
        let Some(path) = stmt.trim().strip_prefix("pub use ") else { continue };
        let Some((module, items)) = path.split_once("::") else { continue };
        let items = items.trim().trim_start_matches('{').trim_end_matches('}');
        for item in items.split(',') {
            // `a::B as C` is known as `C`; `a::B` as `B`.
            let name = item.rsplit(" as ").next().unwrap_or(item).rsplit("::").next().unwrap_or(item).trim();
            if !name.is_empty() {
                owner.insert(name.to_owned(), module.trim().to_owned());
            }
        }
    }
    owner
}

/// Which top-level modules each top-level module refers to. Every module is a key, even one
/// with no dependencies. A name `lib.rs` re-exports counts as its module; other names that
/// are not modules (such as `crate::TITLE`, defined in `lib.rs` itself) are dropped.
fn module_graph() -> Graph {
    let src = src_dir();
    let owner = reexports(&src);
    let files: Vec<(String, PathBuf)> =
        rust_files(&src).into_iter().filter_map(|f| Some((top_module(&src, &f)?, f))).collect();
    let mut graph: Graph = files.iter().map(|(m, _)| (m.clone(), BTreeSet::new())).collect();
    let modules: BTreeSet<String> = graph.keys().cloned().collect();
    for (module, file) in &files {
        let refs = crate_refs(&code_only(&read(file)));
        let refs = refs.into_iter().map(|r| owner.get(&r).cloned().unwrap_or(r));
        let deps = graph.entry(module.clone()).or_default();
        deps.extend(refs.filter(|r| r != module && modules.contains(r)));
    }
    graph
}

/// Every elementary cycle, each starting at its alphabetically first module, up to
/// `MAX_CYCLES`. Each cycle is found once: the search from a module only passes through
/// modules after it.
fn cycles(graph: &Graph) -> Vec<Vec<String>> {
    fn walk<'a>(graph: &'a Graph, start: &'a str, path: &mut Vec<&'a str>, found: &mut Vec<Vec<String>>) {
        let Some(deps) = path.last().and_then(|last| graph.get(*last)) else { return };
        for dep in deps {
            if found.len() >= MAX_CYCLES {
                return;
            }
            if dep == start {
                found.push(path.iter().map(|s| (*s).to_owned()).collect());
            } else if dep.as_str() > start && !path.contains(&dep.as_str()) {
                path.push(dep);
                walk(graph, start, path, found);
                path.pop();
            }
        }
    }
    let mut found = Vec::new();
    for start in graph.keys() {
        walk(graph, start, &mut vec![start.as_str()], &mut found);
    }
    found
}

fn show_cycle(cycle: &[String]) -> String {
    let mut line = cycle.join(" → ");
    if let Some(first) = cycle.first() {
        let _ = write!(line, " → {first}");
    }
    line
}

/// The module graph, one module a line with what it uses, then its cycles; for notes and
/// reviews (`cargo test --test architecture -- --ignored --nocapture`).
fn describe(graph: &Graph) -> String {
    let mut out = String::new();
    for (module, deps) in graph {
        let deps: Vec<&str> = deps.iter().map(String::as_str).collect();
        let _ = writeln!(out, "{module} → {}", if deps.is_empty() { "(nothing)".to_owned() } else { deps.join(", ") });
    }
    let found = cycles(graph);
    let _ = writeln!(out, "{} cycle(s)", found.len());
    for cycle in &found {
        let _ = writeln!(out, "  {}", show_cycle(cycle));
    }
    out
}

/// Every module `from` reaches by following imports.
fn reachable<'a>(graph: &'a Graph, from: &str) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    let mut todo: Vec<&str> = graph.get(from).into_iter().flatten().map(String::as_str).collect();
    while let Some(m) = todo.pop() {
        if seen.insert(m) {
            todo.extend(graph.get(m).into_iter().flatten().map(String::as_str));
        }
    }
    seen
}

#[test]
fn top_level_modules_do_not_import_each_other_in_a_circle() {
    let graph = module_graph();
    let found = cycles(&graph);
    let list: Vec<String> = found.iter().map(|c| show_cycle(c)).collect();
    assert!(found.is_empty(), "{} cycle(s) among the modules of src/:\n{}", found.len(), list.join("\n"));
}

#[test]
fn no_source_file_is_longer_than_the_limit() {
    let src = src_dir();
    let long: Vec<String> = rust_files(&src)
        .into_iter()
        .filter_map(|f| {
            let lines = read(&f).lines().count();
            let shown = f.strip_prefix(&src).unwrap_or(&f).display().to_string();
            (lines > MAX_LINES).then(|| format!("src/{shown}: {lines} lines"))
        })
        .collect();
    assert!(long.is_empty(), "{} file(s) over {MAX_LINES} lines:\n{}", long.len(), long.join("\n"));
}

/// The file formats are pure converters: they must never reach `load` (which opens files
/// with them), and the problem types both report must stay a leaf (but for their words).
#[test]
fn formats_do_not_reach_load_and_problem_is_a_leaf() {
    let graph = module_graph();
    let from_formats = reachable(&graph, "formats");
    assert!(!from_formats.contains("load"), "formats reaches load through {from_formats:?}\n{}", describe(&graph));
    assert!(!from_formats.contains("formats"), "formats is in a cycle\n{}", describe(&graph));
    // Its words come from `messages`, itself a leaf.
    let words: BTreeSet<String> = ["messages".to_owned()].into();
    assert!(graph.get("problem").is_some_and(|d| d.is_subset(&words)), "problem imports only messages from the crate");
    assert_eq!(graph.get("messages"), Some(&BTreeSet::new()), "messages imports nothing from the crate");
}

#[test]
#[expect(clippy::needless_raw_string_hashes, reason = "the sample holds `\"#`, which ends an r#\" string")]
fn the_scanner_reads_paths_and_groups_but_not_comments_or_strings() {
    let code = code_only(
        r##"use crate::{load::{self, Problem}, model};
        // crate::app in a comment
        /* crate::gpu /* nested */ crate::jobs */
        let s = "crate::paint"; let r = r#"crate::text "quoted""#; let c = '"';
        fn f<'a>(x: &'a str) -> crate::formats::Format { crate::style::X; my_crate::view::Y }
        macro_rules! m { () => { $crate::search::Z } }"##,
    );
    let want: BTreeSet<String> = ["formats", "load", "model", "search", "style"].map(String::from).into();
    assert_eq!(crate_refs(&code), want, "{code}");
}

#[test]
fn the_cycle_finder_finds_each_cycle_once() {
    let edges = [("a", "b"), ("b", "a"), ("b", "c"), ("c", "a"), ("c", "d")];
    let mut graph = Graph::new();
    for (from, to) in edges {
        graph.entry(from.to_owned()).or_default().insert(to.to_owned());
        graph.entry(to.to_owned()).or_default();
    }
    let shown: Vec<String> = cycles(&graph).iter().map(|c| show_cycle(c)).collect();
    assert_eq!(shown, ["a → b → a", "a → b → c → a"]);
}

#[test]
#[ignore = "prints the module graph for notes; run with --ignored --nocapture"]
fn print_module_graph() {
    println!("{}", describe(&module_graph()));
}
