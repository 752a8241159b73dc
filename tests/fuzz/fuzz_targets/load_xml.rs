//! The GEXF and GraphML importers on any bytes: problems or a dataset, never a panic.
#![no_main]

use bridges::testing::{gexf, graphml, to_dataset};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for t in [gexf::read(text, "fuzz.gexf"), graphml::read(text, "fuzz.graphml")].into_iter().flatten() {
        if let Ok(ds) = to_dataset::build(t.clone(), "fuzz") {
            let _ = bridges::check(ds, "fuzz", None);
        }
    }
});
