//! Ingest through the answer layer: idempotence, updates, bad files that never cost indexed data.

mod common;

use std::fs;

use readout::answers::{AnswerError, TopicRequest};

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) {
    fs::write(dir.join(name), bytes).expect("fixture written");
}

const SEED_STYLE: &str =
    " date 2024-06 The Minister received a phone call on 20 June from his counterpart about COP29.";

#[test]
fn ingesting_the_same_files_again_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "one.txt", SEED_STYLE.as_bytes());
    write(dir.path(), "two.json", br#"{"title":"Call","url":"https://example.gov/2","published":"2024-06-21","body":"The Minister spoke by phone with the Foreign Minister about grain exports."}"#);
    let engine = common::engine();
    let first = engine
        .ingest_paths(&[dir.path().to_path_buf()], &|_| {})
        .expect("ingested");
    assert_eq!((first.added, first.updated, first.unchanged), (2, 0, 0));
    let again = engine
        .ingest_paths(&[dir.path().to_path_buf()], &|_| {})
        .expect("ingested again");
    assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 2));
    assert_eq!(engine.stats().expect("stats").statements, 2);
}

#[test]
fn a_changed_statement_with_the_same_url_is_updated_not_duplicated() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.json");
    fs::write(&path, br#"{"url":"https://example.gov/x","published":"2024-01-02","body":"First wording about wheat."}"#).expect("write");
    let engine = common::engine();
    engine
        .ingest_paths(std::slice::from_ref(&path), &|_| {})
        .expect("ingested");
    fs::write(&path, br#"{"url":"https://example.gov/x","published":"2024-01-02","body":"Corrected wording about barley."}"#).expect("write");
    let report = engine.ingest_paths(&[path], &|_| {}).expect("re-ingested");
    assert_eq!(report.updated, 1);
    assert_eq!(engine.stats().expect("stats").statements, 1);
    let hits = |q: &str| {
        engine
            .topic(&TopicRequest {
                query: q.into(),
                ..Default::default()
            })
            .expect("answered")
            .total
    };
    assert_eq!((hits("barley"), hits("wheat")), (1, 0));
}

#[test]
fn bad_files_are_named_and_the_rest_lands() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "good.txt", SEED_STYLE.as_bytes());
    write(dir.path(), "empty.txt", b"");
    write(dir.path(), "binary.txt", &[0u8, 159, 146, 150, 0, 1, 2]);
    write(
        dir.path(),
        "latin1.txt",
        b"date 2024-06 Le Pr\xe9sident a re\xe7u un appel.",
    );
    write(dir.path(), "broken.json", b"{\"body\": \"unterminated");
    write(dir.path(), "nobody.json", b"{\"title\": \"no body\"}");
    write(
        dir.path(),
        "front.md",
        b"---\ntitle: [unclosed\n---\nBody text here.",
    );
    write(
        dir.path(),
        "empty.html",
        b"<html><head><title>x</title></head><body><nav>menu</nav></body></html>",
    );
    let big = format!("date 2024-06 {}", "word ".repeat(500_000));
    write(dir.path(), "huge.txt", big.as_bytes());

    let engine = common::engine();
    engine.ingest_statements(common::sample()).expect("samples");
    let report = engine
        .ingest_paths(&[dir.path().to_path_buf()], &|_| {})
        .expect("the run completes");
    assert_eq!(report.added, 1, "{report:?}");
    let rejected: Vec<&str> = report
        .rejected
        .iter()
        .map(|r| r.source.rsplit('/').next().unwrap_or(""))
        .collect();
    for name in [
        "empty.txt",
        "binary.txt",
        "latin1.txt",
        "broken.json",
        "nobody.json",
        "front.md",
        "empty.html",
        "huge.txt",
    ] {
        assert!(
            rejected.contains(&name),
            "{name} should be rejected: {:?}",
            report.rejected
        );
    }
    assert!(report.rejected.iter().all(|r| !r.reason.is_empty()));
    // What was indexed before is still there.
    assert_eq!(engine.stats().expect("stats").statements, 7);
}

#[test]
fn a_bad_upload_is_a_rejection_not_an_error() {
    let engine = common::engine();
    let report = engine
        .ingest_bytes("evil.json", b"[[[[[[[[[[[[")
        .expect("answered");
    assert_eq!(report.rejected.len(), 1);
    assert_eq!(report.added, 0);
    let report = engine
        .ingest_bytes("ok.txt", SEED_STYLE.as_bytes())
        .expect("answered");
    assert_eq!(report.added, 1);
}

#[test]
fn reindex_with_nothing_to_read_keeps_the_old_data() {
    let index_dir = tempfile::tempdir().expect("tempdir");
    let empty_sources = tempfile::tempdir().expect("tempdir");
    let engine = common::engine_on_disk(index_dir.path(), vec![empty_sources.path().to_path_buf()]);
    engine.ingest_statements(common::sample()).expect("samples");
    let err = engine.reindex(&|_| {}).expect_err("nothing to index");
    assert!(matches!(err, AnswerError::NothingToIndex { .. }), "{err}");
    assert_eq!(engine.stats().expect("stats").statements, 6);
}
