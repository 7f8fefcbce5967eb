//! Where an index's bytes are: each component (the files' kinds: .store, .pos, .idx, .term,
//! .fast, .fieldnorm) by field, summed over the segments.
//!
//! ```sh
//! cargo run --release --example index_space -- INDEX_DIR
//! ```

use std::collections::BTreeMap;

use tantivy::Index;

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: index_space INDEX_DIR"))?;
    let index = Index::open_in_dir(&path)?;
    let searcher = index.reader()?.searcher();
    let usage = searcher.space_usage()?;
    let mut bytes: BTreeMap<String, u64> = BTreeMap::new();
    for segment in usage.segments() {
        for (kind, per_field) in [
            ("term", segment.termdict()),
            ("idx", segment.postings()),
            ("pos", segment.positions()),
            ("fast", segment.fast_fields()),
            ("fieldnorm", segment.fieldnorms()),
        ] {
            for field in per_field.fields() {
                *bytes
                    .entry(format!("{kind}\t{}", field.field_name()))
                    .or_default() += field.total().get_bytes();
            }
        }
        *bytes
            .entry("store\t(all stored fields)".into())
            .or_default() += segment.store().total().get_bytes();
        *bytes.entry("del\t".into()).or_default() += segment.deletes().get_bytes();
    }
    let total: u64 = bytes.values().sum();
    let mut by_kind: BTreeMap<&str, u64> = BTreeMap::new();
    for (key, n) in &bytes {
        let kind = key.split('\t').next().unwrap_or_default();
        *by_kind.entry(kind).or_default() += n;
    }
    let mb = |n: u64| n as f64 / 1e6;
    let share = |n: u64| n as f64 * 100.0 / total.max(1) as f64;
    println!("kind\tMB\tshare");
    for (kind, n) in &by_kind {
        println!("{kind}\t{:.2}\t{:.1} %", mb(*n), share(*n));
    }
    println!("\nkind\tfield\tMB\tshare (fields of 10 kB and more)");
    for (key, n) in bytes.iter().filter(|(_, n)| **n >= 10_000) {
        println!("{key}\t{:.2}\t{:.1} %", mb(*n), share(*n));
    }
    println!(
        "\ntotal\t{:.2} MB in {} segments",
        mb(total),
        usage.segments().len()
    );
    Ok(())
}
