//! Embeds every source text in `seeds/` in the binary, so that the built-in dataset's quotes
//! and evidence are checked against them with no files at run time.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // The package's folder as cargo gives it to this run (not as it was when this script was
    // compiled: a build script's binary may be shared by checkouts in other folders).
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").to_owned());
    let dir = Path::new(&root).join("seeds");
    println!("cargo::rerun-if-changed={}", dir.display());
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) => panic!("cannot list the source texts in {}: {e}", dir.display()),
    };
    let mut names: Vec<String> = entries
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| Path::new(n).extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")))
        .collect();
    // The built-in record cites these: a build without them would fail its own check.
    assert!(!names.is_empty(), "no source texts (.txt) in {}", dir.display());
    // Sorted, so the binary is the same whatever order the file system lists them in.
    names.sort();
    let mut code = String::from("&[\n");
    for name in &names {
        let path = dir.join(name);
        let _ = writeln!(code, "    ({name:?}, include_str!({:?})),", path.display().to_string());
    }
    code.push(']');
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| ".".to_owned())).join("seeds.rs");
    if let Err(e) = std::fs::write(&out, code) {
        panic!("could not write {}: {e}", out.display());
    }
}
