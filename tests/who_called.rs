//! Who-called over the seed statement: every spelling and script of the name finds the call,
//! with the direction and the day the text gives.

mod common;

use std::path::PathBuf;

use readout::answers::{Engine, WhoCalledRequest};

fn seeded() -> Option<Engine> {
    let seed = PathBuf::from("../shared/seed");
    if !seed.exists() {
        eprintln!("../shared/seed is absent: skipped");
        return None;
    }
    let engine = common::engine();
    engine
        .ingest_paths(&[seed], &|_| {})
        .expect("seed ingested");
    Some(engine)
}

fn ask(engine: &Engine, person: &str, with: Option<&str>) -> readout::answers::WhoCalledAnswer {
    let request = WhoCalledRequest {
        person: person.into(),
        with: with.map(str::to_string),
        ..Default::default()
    };
    engine
        .who_called(&request)
        .unwrap_or_else(|e| panic!("{person}: {e}"))
}

#[test]
fn every_spelling_finds_the_seed_call_with_its_direction() {
    let Some(engine) = seeded() else { return };
    for name in [
        "Aliyev",
        "aliev",
        "Алиев",
        "Əliyev",
        "Ilham Aliyev",
        "Blinken",
        "ALIYEV",
        "Алиеву",
    ] {
        let answer = ask(&engine, name, None);
        assert_eq!(answer.calls.len(), 1, "{name}: {answer:?}");
        let call = &answer.calls[0];
        assert_eq!(call.caller.as_deref(), Some("Antony Blinken"), "{name}");
        assert_eq!(call.recipient.as_deref(), Some("Ilham Aliyev"), "{name}");
        assert_eq!(
            call.date.map(|d| d.to_string()).as_deref(),
            Some("2024-06-20"),
            "{name}"
        );
        assert_eq!(call.headline(), "Antony Blinken called Ilham Aliyev");
        assert!(call.sources[0].source.contains("000_76e9bc5c19146d79"));
        assert!(!call.evidence.is_empty());
    }
}

#[test]
fn with_and_dates_narrow_the_calls() {
    let Some(engine) = seeded() else { return };
    assert_eq!(ask(&engine, "Aliyev", Some("Blinken")).calls.len(), 1);
    assert_eq!(ask(&engine, "Aliyev", Some("Putin")).calls.len(), 0);
    let d = |s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let late = WhoCalledRequest {
        person: "Aliyev".into(),
        since: d("2024-07-01"),
        ..Default::default()
    };
    assert!(engine.who_called(&late).expect("answered").calls.is_empty());
    let around = WhoCalledRequest {
        person: "Aliyev".into(),
        since: d("2024-06-20"),
        until: d("2024-06-20"),
        ..Default::default()
    };
    assert_eq!(engine.who_called(&around).expect("answered").calls.len(), 1);
}

#[test]
fn unknown_names_get_an_empty_answer_not_an_error() {
    let Some(engine) = seeded() else { return };
    let answer = ask(&engine, "Nobody Inparticular", None);
    assert!(answer.calls.is_empty());
    assert!(!answer.known_person);
}
