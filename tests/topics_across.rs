//! Topics across languages, on the set written for it (`tests/fixtures/topics/`): each topic
//! asked in one language finds its statements in the others (CI holds recall@5 to 0.95 with
//! `readout eval-topics`; this keeps `cargo test` honest too).

mod common;

use std::path::PathBuf;

#[test]
fn every_topic_is_found_in_every_language() {
    let engine = common::engine();
    engine
        .ingest_paths(
            &[PathBuf::from("tests/fixtures/topics/statements")],
            &|_| {},
        )
        .expect("the set ingests");
    let eval = readout::eval::topics::evaluate(
        &engine,
        &PathBuf::from("tests/fixtures/topics/queries.jsonl"),
    )
    .expect("the queries run");
    assert!(eval.queries.len() >= 40);
    assert!(
        eval.mean_recall_at_5 >= 0.95,
        "mean recall@5 {:.3}:\n{}",
        eval.mean_recall_at_5,
        eval.render_table()
    );
}
