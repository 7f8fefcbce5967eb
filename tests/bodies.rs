//! The bodies of kept statements live in the kept folder only: the index refers to their lines.
//! Answers are the same as from an index that stores every body; every path that writes kept
//! statements (ingest, re-ingest, removal, reindex) leaves the references right; a kept folder
//! gone or damaged gives a clear note instead of an excerpt, never a panic or another
//! statement's words.

mod common;

use readout::answers::{AnswerError, Engine, TEXT_MISSING, TopicRequest, WhoCalledRequest};
use readout::model::Statement;

/// Every hit of `query` as (id, excerpt, highlights and score), in a fixed order (equal
/// scores tie between segments in any order).
fn hits(engine: &Engine, query: &str) -> Vec<(String, String, String)> {
    scored(engine, query, true)
}

/// [`hits`] without the scores: after an update or a removal, the deleted documents still
/// count in the index statistics until segments merge, as they always have.
fn excerpts(engine: &Engine, query: &str) -> Vec<(String, String, String)> {
    scored(engine, query, false)
}

fn scored(engine: &Engine, query: &str, with_score: bool) -> Vec<(String, String, String)> {
    let answer = engine
        .topic(&TopicRequest {
            query: query.to_string(),
            limit: Some(50),
            ..Default::default()
        })
        .unwrap_or_else(|e| panic!("{query}: {e}"));
    let mut hits: Vec<(String, String, String)> = answer
        .hits
        .into_iter()
        .map(|h| {
            (
                h.source.id,
                h.excerpt.text,
                match with_score {
                    true => format!("{:?} {}", h.excerpt.highlights, h.score),
                    false => format!("{:?}", h.excerpt.highlights),
                },
            )
        })
        .collect();
    hits.sort();
    hits
}

const QUERIES: &[&str] = &[
    "COP29",
    "peace treaty",
    "мирный договор",
    "\"phone call\"",
    "Erdoğan",
    "treaties",
    "Azerbajan",
];

fn on_disk(dir: &tempfile::TempDir) -> Engine {
    common::engine_on_disk(&dir.path().join("index"), Vec::new())
}

fn in_memory_with(statements: Vec<Statement>) -> Engine {
    let engine = common::engine();
    engine
        .ingest_statements(statements)
        .expect("statements ingest");
    engine
}

#[test]
fn kept_bodies_answer_as_stored_ones_and_survive_reindex() {
    let dir = tempfile::tempdir().expect("tempdir");
    let engine = on_disk(&dir);
    engine.ingest_new(common::sample()).expect("ingest");
    let reference = in_memory_with(common::sample());
    for q in QUERIES {
        assert_eq!(hits(&engine, q), hits(&reference, q), "{q}");
    }
    let source = engine.source("a6").expect("the whole statement");
    assert_eq!(source.statement, common::sample()[5]);

    // A rebuild reads the kept folder again and refers to the same lines.
    engine.reindex(&|_| {}).expect("reindex");
    for q in QUERIES {
        assert_eq!(hits(&engine, q), hits(&reference, q), "after reindex: {q}");
    }
    drop(engine);
    // And a new process (a restart) reads them too.
    let again = on_disk(&dir);
    for q in QUERIES {
        assert_eq!(hits(&again, q), hits(&reference, q), "after restart: {q}");
    }
}

#[test]
fn a_statement_ingested_again_changed_shows_its_new_text_and_a_removed_one_goes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let engine = on_disk(&dir);
    engine.ingest_new(common::sample()).expect("ingest");
    let mut changed = common::sample();
    changed[0].body = "The Minister held a phone call with his counterpart about wheat exports \
                       and COP29."
        .into();
    // Unchanged statements keep their first lines; the changed one refers to its new line.
    engine.ingest_new(changed.clone()).expect("re-ingest");
    engine.remove("a3").expect("removed");
    let mut expected = changed.clone();
    expected.remove(2);
    let reference = in_memory_with(expected.clone());
    for q in QUERIES.iter().chain(&["wheat"]) {
        assert_eq!(excerpts(&engine, q), excerpts(&reference, q), "{q}");
    }
    engine.reindex(&|_| {}).expect("reindex");
    for q in QUERIES.iter().chain(&["wheat"]) {
        assert_eq!(hits(&engine, q), hits(&reference, q), "after reindex: {q}");
    }
    assert_eq!(
        engine.source("a1").expect("a1").statement.body,
        changed[0].body
    );
}

#[test]
fn a_kept_folder_gone_gives_a_clear_note_and_who_called_still_answers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let engine = on_disk(&dir);
    engine.ingest_new(common::sample()).expect("ingest");
    let before = engine
        .who_called(&WhoCalledRequest {
            person: "Aliyev".into(),
            ..Default::default()
        })
        .expect("who-called");
    drop(engine);
    std::fs::remove_dir_all(dir.path().join("index.kept")).expect("the kept folder goes");

    let engine = on_disk(&dir);
    let found = hits(&engine, "COP29");
    assert_eq!(found.len(), 4, "{found:?}");
    for (id, excerpt, _) in &found {
        assert_eq!(excerpt, TEXT_MISSING, "{id}");
    }
    match engine.source("a1") {
        Err(AnswerError::Index(e)) => {
            let message = e.to_string();
            assert!(
                message.contains("a1") && message.contains("reindex"),
                "{message}"
            );
        }
        other => panic!("expected a clear error, got {other:?}"),
    }
    let after = engine
        .who_called(&WhoCalledRequest {
            person: "Aliyev".into(),
            ..Default::default()
        })
        .expect("who-called reads no body");
    assert_eq!(after, before);
}

/// A batch replaced by other lines (a folder restored from another copy, say): the checksum
/// tells, and no hit shows another statement's words.
#[test]
fn a_batch_with_other_lines_never_shows_another_statements_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let engine = on_disk(&dir);
    engine.ingest_new(common::sample()).expect("ingest");
    drop(engine);
    let kept = dir.path().join("index.kept");
    let batch = std::fs::read_dir(&kept)
        .expect("kept folder")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .expect("a batch");
    // The same lines in reverse order: every offset now starts another statement's line.
    let text = std::fs::read_to_string(&batch).expect("read");
    let mut lines: Vec<&str> = text.lines().collect();
    lines.reverse();
    std::fs::write(&batch, lines.join("\n") + "\n").expect("write");

    let engine = on_disk(&dir);
    let reference = in_memory_with(common::sample());
    let mut missing = 0;
    for q in QUERIES {
        let right = hits(&reference, q);
        for (id, excerpt, _) in hits(&engine, q) {
            let own = right.iter().find(|h| h.0 == id).map(|h| &h.1);
            assert!(
                excerpt == TEXT_MISSING || Some(&excerpt) == own,
                "{q}: {id} shows {excerpt:?}"
            );
            missing += usize::from(excerpt == TEXT_MISSING);
        }
    }
    assert!(missing > 0, "the moved lines were not noticed");
}

/// `/ingest` (an attachment) and `readout ingest` (files) refer to their kept lines too.
#[test]
fn attachments_and_files_ingested_read_their_bodies_back() {
    let lines = concat!(
        r#"{"url": "https://mfa.test/b/1", "published": "2024-05-01", "language": "en", "body": "The Minister spoke by phone with his counterpart about grain corridors."}"#,
        "\n",
        r#"{"url": "https://mfa.test/b/2", "published": "2024-05-02", "language": "en", "body": "The Minister spoke by phone with her counterpart about gas transit."}"#,
        "\n"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let engine = on_disk(&dir);
    engine
        .ingest_bytes("mine.jsonl", lines.as_bytes())
        .expect("attachment");
    let files = dir.path().join("files");
    std::fs::create_dir_all(&files).expect("mkdir");
    std::fs::write(files.join("more.jsonl"), lines.replace("/b/", "/c/")).expect("write");
    engine.ingest_paths(&[files], &|_| {}).expect("files");
    let reference = common::engine();
    reference
        .ingest_bytes("mine.jsonl", lines.as_bytes())
        .expect("attachment");
    reference
        .ingest_bytes("more.jsonl", lines.replace("/b/", "/c/").as_bytes())
        .expect("attachment");
    for q in ["grain", "gas transit", "\"spoke by phone\""] {
        let found = hits(&engine, q);
        assert!(!found.is_empty(), "{q}");
        assert_eq!(found, hits(&reference, q), "{q}");
    }
}
