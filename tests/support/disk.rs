//! Files on disk for the long-running tests: a generated corpus big enough that a reindex takes
//! a while, and a look inside an index folder for files no commit owns.
#![allow(dead_code)]

use std::collections::HashSet;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use readout::bench::{Generator, Length, write_json_line};
use readout::model::Statement;

/// Bodies of 60 to 120 words: many statements written and extracted quickly.
pub const SHORT: Length = Length {
    min_words: 60,
    max_words: 120,
};

/// Writes `files` JSON Lines files of `per_file` generated statements (the benchmark's corpus:
/// realistic bodies, one call each) into `dir`; returns their paths.
pub fn generated_corpus(dir: &Path, files: usize, per_file: usize, seed: u64) -> Vec<PathBuf> {
    let generator = Generator::new(seed);
    let statements: Vec<Statement> = (0..files * per_file)
        .map(|n| generator.statement(n as u64).statement)
        .collect();
    write_corpus(dir, &statements, per_file)
}

/// Like [`generated_corpus`] with [`SHORT`] bodies, statements `first..` of the seed; returns
/// the statements written.
pub fn short_corpus(
    dir: &Path,
    files: usize,
    per_file: usize,
    first: usize,
    seed: u64,
) -> Vec<Statement> {
    let generator = Generator::new(seed);
    let statements: Vec<Statement> = (first..first + files * per_file)
        .map(|n| generator.statement_sized(n as u64, SHORT).statement)
        .collect();
    write_corpus(dir, &statements, per_file);
    statements
}

/// Writes `statements` as JSON Lines files of `per_file` lines each.
fn write_corpus(dir: &Path, statements: &[Statement], per_file: usize) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).expect("create the corpus folder");
    statements
        .chunks(per_file)
        .enumerate()
        .map(|(f, part)| {
            let path = dir.join(format!("part-{f:05}.jsonl"));
            let file = std::fs::File::create(&path).expect("create a corpus file");
            let mut out = BufWriter::new(file);
            for statement in part {
                write_json_line(&mut out, statement).expect("write a statement");
            }
            out.flush().expect("flush a corpus file");
            path
        })
        .collect()
}
/// Files in a tantivy index folder that belong to no segment of its last commit: what an
/// interrupted or abandoned write left behind. Lock files and tantivy's own lists are not
/// counted.
pub fn orphan_files(index: &Path) -> Vec<String> {
    let meta = std::fs::read_to_string(index.join("meta.json")).expect("the index has a meta.json");
    let meta: serde_json::Value = serde_json::from_str(&meta).expect("meta.json is JSON");
    let segments: HashSet<String> = meta["segments"]
        .as_array()
        .expect("meta.json lists segments")
        .iter()
        .filter_map(|s| s["segment_id"].as_str())
        .map(|id| id.replace('-', ""))
        .collect();
    let mut orphans = Vec::new();
    for entry in std::fs::read_dir(index)
        .expect("read the index folder")
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        let stem = name.split('.').next().unwrap_or("");
        let is_segment_file = stem.len() == 32 && stem.chars().all(|c| c.is_ascii_hexdigit());
        if is_segment_file && !segments.contains(stem) {
            orphans.push(name);
        }
    }
    orphans.sort();
    orphans
}
