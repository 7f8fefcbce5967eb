//! Extraction on whatever a seed-style text file reads as.
//! Run with `cargo +nightly fuzz run extract fuzz/corpus/extract`.
#![no_main]

use std::sync::{Arc, OnceLock};

use libfuzzer_sys::fuzz_target;
use readout::extract::Extractor;
use readout::people::People;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../config/people.toml");
        let people = People::load(std::path::Path::new(path)).expect("the gazetteer loads");
        Extractor::new(Arc::new(people))
    })
}

fuzz_target!(|data: &[u8]| {
    if let Ok(statements) = readout::sources::parse_bytes("f.txt", data, 1024 * 1024) {
        for statement in &statements {
            extractor().extract(statement);
        }
    }
});
