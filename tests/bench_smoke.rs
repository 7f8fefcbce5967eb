//! The benchmark's generator and a tiny end-to-end run. No timing assertions: only that the
//! corpus is reproducible and readable, and that a run completes with a full summary line.
#![cfg(feature = "bench")]

use std::sync::Arc;

use readout::bench::{BenchArgs, Generator, QueryKind, query_mix, run, write_json_line};
use readout::extract::Extractor;
use readout::people::People;
use readout::people::normalize::name_key;
use readout::settings::Settings;
use readout::sources;

#[test]
fn generator_is_deterministic_and_its_files_read_back_unchanged() {
    let a = Generator::new(7);
    let b = Generator::new(7);
    let mut jsonl = Vec::new();
    for n in 0..60 {
        let s = a.statement(n).statement;
        assert_eq!(
            s,
            b.statement(n).statement,
            "statement {n} differs between equal seeds"
        );
        write_json_line(&mut jsonl, &s).expect("writing to a Vec cannot fail");
    }
    assert_ne!(
        Generator::new(8).statement(0).statement.body,
        a.statement(0).statement.body
    );

    let read = sources::parse_bytes("corpus.jsonl", &jsonl, 50_000_000)
        .expect("the JSON Lines reader accepts the corpus");
    assert_eq!(read.len(), 60);
    for (n, got) in read.iter().enumerate() {
        let want = a.statement(n as u64).statement;
        assert_eq!(
            got.id, want.id,
            "statement {n}: the reader derives another id"
        );
        assert_eq!(got.body, want.body);
        assert_eq!(got.language, want.language);
        assert_eq!(got.published, want.published);
        assert_eq!(got.url, want.url);
    }
}

#[test]
fn extractor_finds_the_generated_calls_and_their_people() {
    let settings = Settings::defaults();
    let people = People::load(&settings.people.path).expect("the shipped gazetteer loads");
    let extractor = Extractor::new(Arc::new(people));
    let generator = Generator::new(11);
    let total = 200;
    let mut found = 0;
    for n in 0..total {
        let g = generator.statement(n);
        let calls = extractor.extract(&g.statement);
        let want: Vec<String> = g.truth.participants.iter().map(|p| name_key(p)).collect();
        let both = calls.iter().any(|c| {
            let keys: Vec<String> = c.participants.iter().map(|p| name_key(p)).collect();
            want.iter().all(|w| keys.contains(w))
        });
        found += usize::from(both);
    }
    // The corpus is meant to be read like real readouts: most calls must be recognised.
    assert!(
        found * 10 >= total as usize * 8,
        "only {found} of {total} generated calls were extracted with both people"
    );
}

#[test]
fn query_mix_covers_every_kind() {
    let generator = Generator::new(3);
    let mix = query_mix(&generator, 3, 10);
    for kind in QueryKind::ALL {
        assert_eq!(
            mix.iter().filter(|q| q.kind == kind).count(),
            10,
            "{kind:?}"
        );
    }
    assert!(
        mix.iter()
            .all(|q| q.line.starts_with("/topic ") || q.line.starts_with("/who-called "))
    );
}

#[test]
fn tiny_run_completes_and_summarises() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let args = BenchArgs {
        statements: 300,
        queries: 50,
        fts5_queries: 20,
        out_dir: Some(dir.path().to_path_buf()),
        ..BenchArgs::default()
    };
    let report = run(&args, &Settings::defaults()).expect("a tiny run completes");
    assert_eq!(report.ingest.statements_in_index, 300);
    assert_eq!(report.serving.failed_answers, 0);
    let reindex = report.reindex.as_ref().expect("the reindex phase ran");
    assert_eq!(reindex.statements_after, 300);
    assert_eq!(reindex.failed, 0);
    assert_eq!(report.kinds.len(), QueryKind::ALL.len());

    let line: serde_json::Value =
        serde_json::from_str(&report.json_line()).expect("the summary is JSON");
    for key in [
        "statements",
        "ingest_statements_per_s",
        "answer_p99_us",
        "fts5_answer_p99_us",
        "ratio_vs_fts5",
        "serving_rss_mb",
        "serving_rss_anon_before_engine_mb",
        "reindex_p99_us",
        "extract_statements_per_s",
    ] {
        assert!(
            line.get(key).is_some_and(|v| !v.is_null()),
            "summary lacks `{key}`: {line}"
        );
    }
    assert_eq!(line["statements"], 300);
    // Both sides found the same kind of thing: matches for topics, newest calls for people.
    let topic = report
        .kinds
        .iter()
        .find(|k| k.kind == QueryKind::Topic)
        .expect("a topic row");
    let agreement = topic.agreement.expect("topics were compared");
    assert!(agreement.engine > 0 && agreement.fts5 > 0, "{topic:?}");
    let people = report
        .kinds
        .iter()
        .find(|k| k.kind == QueryKind::WhoCalled)
        .expect("a who-called row");
    let agreement = people.agreement.expect("who-called was compared");
    // Most of the engine's newest calls are FTS5's newest too (merging makes them differ a little).
    assert!(
        agreement.engine > 0 && agreement.fts5 * 2 >= agreement.engine,
        "{people:?}"
    );
}

#[test]
fn a_second_run_serves_from_the_index_the_first_left() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let first = BenchArgs {
        statements: 200,
        queries: 20,
        out_dir: Some(dir.path().to_path_buf()),
        skip_fts5: true,
        skip_reindex: true,
        ..BenchArgs::default()
    };
    let built = run(&first, &Settings::defaults()).expect("the first run completes");
    assert_eq!(built.ingest.statements_in_index, 200);

    let again = BenchArgs {
        reuse_index: true,
        ..first.clone()
    };
    let served = run(&again, &Settings::defaults()).expect("the second run reuses the index");
    assert_eq!(
        served.ingest.statements_in_index, 0,
        "nothing was ingested again"
    );
    assert_eq!(served.serving.failed_answers, 0);
    assert!(served.reindex.is_none() && served.fts5.is_none());
    assert!(served.reused_index && served.table().contains("not run (--reuse-index"));
    let line: serde_json::Value =
        serde_json::from_str(&served.json_line()).expect("the summary is JSON");
    assert_eq!(line["reused_index"], true);
    // Every kind is timed again on the index the first run left.
    for kind in QueryKind::ALL {
        let timed = served
            .kinds
            .iter()
            .find(|k| k.kind == kind)
            .map(|k| k.engine.count);
        assert_eq!(timed, Some(20), "{kind:?}");
    }

    assert!(
        served.ingest.index_bytes > 0,
        "the index on disk is measured"
    );
    for wrong in [
        BenchArgs {
            statements: 300,
            ..again.clone()
        },
        BenchArgs {
            seed: again.seed + 1,
            ..again.clone()
        },
    ] {
        let error = run(&wrong, &Settings::defaults()).expect_err("another corpus is refused");
        assert!(
            error
                .to_string()
                .contains("was built with --statements 200"),
            "{error}"
        );
    }
    let extraction = BenchArgs {
        extraction_only: true,
        ..again.clone()
    };
    let error = run(&extraction, &Settings::defaults()).expect_err("it would clear the index");
    assert!(error.to_string().contains("--extraction-only"), "{error}");
    assert!(
        dir.path().join("index").is_dir(),
        "the index to reuse is still there"
    );

    let empty = tempfile::tempdir().expect("a temporary directory");
    let none = BenchArgs {
        out_dir: Some(empty.path().to_path_buf()),
        ..again
    };
    let error = run(&none, &Settings::defaults()).expect_err("no index to reuse");
    assert!(error.to_string().contains("no index"), "{error}");
}
