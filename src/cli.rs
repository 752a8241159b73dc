//! Command-line actions that need no window.

use crate::load;
use std::io::Write;
use std::path::Path;

/// `bridges check [PATH]`: validate a dataset (the built-in one without a path).
/// Prints each problem on its own line to `err`, or a one-line summary to `out`.
/// Returns the process exit status: 0 when valid, 1 otherwise.
pub fn check(path: Option<&Path>, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let result = match path {
        Some(p) => load::load_path(p),
        None => load::builtin(),
    };
    match result {
        Ok(loaded) => {
            let _ = writeln!(out, "{}", loaded.summary());
            0
        }
        Err(e) => {
            for p in &e.problems {
                let _ = writeln!(err, "{p}");
            }
            let _ = writeln!(err, "{}: {} problem(s) found", e.file, e.problems.len());
            1
        }
    }
}
