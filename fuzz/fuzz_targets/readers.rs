//! Every reader on arbitrary bytes: the first byte picks the format by name, the rest is the file.
//! Run with `cargo +nightly fuzz run readers fuzz/corpus/readers`.
#![no_main]

use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 7] = ["f.txt", "f.md", "f.json", "f.jsonl", "f.html", "f.htm", "f"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    if let Err(error) = readout::sources::parse_document(name, bytes, 4 * 1024 * 1024) {
        assert!(!error.to_string().trim().is_empty());
    }
});
