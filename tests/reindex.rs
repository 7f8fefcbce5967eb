//! A full reindex never takes the answers offline: queries during it are answered from the old
//! data until the commit, then from the new.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use readout::answers::TopicRequest;

#[test]
fn readers_keep_answering_while_reindex_runs() {
    let index_dir = tempfile::tempdir().expect("tempdir");
    let sources = tempfile::tempdir().expect("tempdir");
    // Enough statements that the rebuild takes a while.
    let mut lines = String::new();
    for i in 0..3000 {
        let line = serde_json::json!({
            "url": format!("https://example.gov/r/{i}"),
            "published": "2024-05-01",
            "language": "en",
            "body": format!("Statement {i}: the Minister spoke by phone about COP29 and grain corridor number {i}."),
        });
        lines.push_str(&line.to_string());
        lines.push('\n');
    }
    std::fs::write(sources.path().join("bulk.jsonl"), lines).expect("write sources");
    let engine = Arc::new(common::engine_on_disk(
        index_dir.path(),
        vec![sources.path().to_path_buf()],
    ));
    engine.ingest_statements(common::sample()).expect("samples");
    let before = engine
        .topic(&TopicRequest {
            query: "COP29".into(),
            ..Default::default()
        })
        .expect("answered")
        .total;
    assert_eq!(before, 4);

    let done = Arc::new(AtomicBool::new(false));
    let rebuild = {
        let (engine, done) = (Arc::clone(&engine), Arc::clone(&done));
        std::thread::spawn(move || {
            let report = engine.reindex(&|_| {});
            done.store(true, Ordering::Release);
            report
        })
    };
    let mut answered = 0;
    while !done.load(Ordering::Acquire) {
        let total = engine
            .topic(&TopicRequest {
                query: "COP29".into(),
                ..Default::default()
            })
            .expect("answered during reindex")
            .total;
        // Old data (4) until the commit, new data (3000) after: never a half-built index.
        assert!(total == 4 || total == 3000, "saw {total} hits mid-reindex");
        answered += 1;
    }
    let report = rebuild
        .join()
        .expect("reindex thread")
        .expect("reindex succeeds");
    assert_eq!(report.added, 3000);
    assert!(answered > 0);
    let after = engine
        .topic(&TopicRequest {
            query: "COP29".into(),
            ..Default::default()
        })
        .expect("answered")
        .total;
    assert_eq!(after, 3000);
}

#[test]
fn a_second_writer_is_refused_while_one_runs() {
    let engine = common::engine();
    let (a, b) = std::thread::scope(|s| {
        let big: Vec<_> = (0..2000)
            .map(|i| {
                common::statement(
                    &format!("b{i}"),
                    "en",
                    "2024-01-01",
                    "t",
                    &format!("body {i} about wheat"),
                )
            })
            .collect();
        let first = s.spawn(|| engine.ingest_statements(big));
        std::thread::sleep(std::time::Duration::from_millis(20));
        let second = engine.ingest_statements(common::sample());
        (first.join().expect("thread"), second)
    });
    assert!(a.is_ok());
    // Either it ran after the first finished, or it was told to wait: never both at once.
    if let Err(e) = b {
        assert!(matches!(e, readout::answers::AnswerError::Busy), "{e}");
    }
}
