//! The native JSON loader on any bytes: it must return a dataset or problems, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(loaded) = bridges::load_str(text, "fuzz.json", None) {
        // What opened must save and open again.
        let json = serde_json::to_string(&loaded.dataset).expect("a loaded dataset serialises");
        assert!(bridges::load_str(&json, "again.json", None).is_ok(), "a saved dataset opens again");
    }
});
