//! The spreadsheet importer on any bytes: the input is split at the first NUL byte into
//! nodes.csv and edges.csv (no NUL: an edges.csv alone). Problems or a dataset, never a panic.
#![no_main]

use bridges::testing::csv;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (nodes, edges) = match data.iter().position(|&b| b == 0) {
        Some(i) => (Some(&data[..i]), &data[i + 1..]),
        None => (None, data),
    };
    let (Ok(edges), Ok(nodes)) = (std::str::from_utf8(edges), nodes.map(std::str::from_utf8).transpose()) else {
        return;
    };
    let nodes = match nodes.map(|n| csv::read(n, "nodes.csv", csv::Role::Nodes)).transpose() {
        Ok(n) => n.unwrap_or_default(),
        Err(_) => return,
    };
    let built = match csv::role_of(edges) {
        csv::Role::Edges => csv::build(&nodes, Some((edges, "edges.csv")), "fuzz"),
        csv::Role::Nodes => match csv::read(edges, "edges.csv", csv::Role::Nodes) {
            Ok(rows) => csv::build(&rows, None, "fuzz"),
            Err(_) => return,
        },
    };
    if let Ok(ds) = built {
        let _ = bridges::check(ds, "fuzz", None);
    }
});
