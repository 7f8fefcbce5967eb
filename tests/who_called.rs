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

/// The index keeps documents newest first and who-called stops at the first matches of each
/// segment: across several segments, with undated calls and date bounds, the order and the
/// counts must be those of a full sort.
#[test]
fn calls_come_newest_first_across_segments_with_exact_counts() {
    newest_first_with_exact_counts(&common::engine());
}

/// An index created before documents were kept in date order is still answered newest first
/// (by sorting every match).
#[test]
fn an_index_without_date_order_still_answers_newest_first() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (schema, _) = readout::index::schema::build();
    tantivy::Index::create_in_dir(dir.path(), schema).expect("an unsorted index is created");
    let engine = common::engine_on_disk(dir.path(), Vec::new());
    newest_first_with_exact_counts(&engine);
}

fn newest_first_with_exact_counts(engine: &Engine) {
    let call = |id: &str, published: &str| {
        common::statement(
            id,
            "en",
            published,
            "Secretary's call with the President of Azerbaijan",
            "Secretary of State Antony J. Blinken spoke by phone with President of Azerbaijan \
             Ilham Aliyev about the peace process.",
        )
    };
    // One commit per group: separate segments, each sorted on its own.
    for group in [
        vec![call("a", "2021-03-05"), call("b", "2024-06-20")],
        vec![call("c", "2022-01-10"), call("undated", "")],
        vec![call("d", "2023-11-02"), call("e", "2020-07-07")],
    ] {
        engine.ingest_statements(group).expect("ingested");
    }
    let dates = |answer: &readout::answers::WhoCalledAnswer| -> Vec<String> {
        answer
            .calls
            .iter()
            .map(|c| c.date.map_or("undated".to_string(), |d| d.to_string()))
            .collect()
    };
    let everything = WhoCalledRequest {
        person: "Aliyev".into(),
        limit: Some(10),
        ..Default::default()
    };
    let all = engine.who_called(&everything).expect("answered");
    assert_eq!(all.total, 6);
    assert_eq!(
        dates(&all),
        [
            "2024-06-20",
            "2023-11-02",
            "2022-01-10",
            "2021-03-05",
            "2020-07-07",
            "undated"
        ]
    );
    let d = |s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let middle = WhoCalledRequest {
        person: "Blinken".into(),
        since: d("2021-03-05"),
        until: d("2023-11-02"),
        ..Default::default()
    };
    let answer = engine.who_called(&middle).expect("answered");
    assert_eq!(answer.total, 3);
    assert_eq!(dates(&answer), ["2023-11-02", "2022-01-10", "2021-03-05"]);
    let first_page = WhoCalledRequest {
        person: "Aliyev".into(),
        limit: Some(2),
        ..Default::default()
    };
    let answer = engine.who_called(&first_page).expect("answered");
    assert_eq!(dates(&answer), ["2024-06-20", "2023-11-02"]);
    assert_eq!(answer.total, 6);
}

/// Statements written for this test: a Kenyan president who is not in the people list, and
/// two people who are, whose name keys other words share.
fn lossy_neighbours() -> Engine {
    let engine = common::engine();
    let statements = vec![
        common::statement(
            "kenya",
            "en",
            "2025-03-11",
            "Foreign Secretary holds call with Kenyan leader",
            "The Foreign Secretary spoke by telephone today with President William Ruto of \
             Kenya about security in the Horn of Africa.",
        ),
        common::statement(
            "merz",
            "fr",
            "2025-06-02",
            "Entretien téléphonique avec le Chancelier",
            "Le Président de la République s'est entretenu par téléphone avec le Chancelier \
             fédéral Friedrich Merz au sujet de l'Ukraine.",
        ),
        common::statement(
            "dong",
            "en",
            "2025-04-02",
            "Defence ministers speak by phone",
            "Secretary Hegseth held a phone call with Chinese Minister of National Defense Dong \
             Jun about military communication channels.",
        ),
        common::statement(
            "macron",
            "en",
            "2025-02-14",
            "Prime Minister's call with President Macron",
            "The Prime Minister spoke with President Emmanuel Macron of France this afternoon \
             about support for Ukraine.",
        ),
    ];
    engine.ingest_statements(statements).expect("ingested");
    engine
}

#[test]
fn a_name_sharing_a_key_is_not_someone_else() {
    let engine = lossy_neighbours();
    let ruto = ask(&engine, "Ruto", None);
    assert_eq!(ruto.calls.len(), 1, "{ruto:?}");
    assert!(
        ruto.calls[0]
            .participants
            .iter()
            .any(|p| p == "William Ruto"),
        "{ruto:?}"
    );
    assert!(ask(&engine, "Rutte", None).calls.is_empty());
    for stranger in ["Mars", "Yoon"] {
        let answer = ask(&engine, stranger, None);
        assert!(answer.calls.is_empty(), "{stranger}: {answer:?}");
        assert_eq!(answer.total, 0, "{stranger}");
    }
    assert_eq!(ask(&engine, "Merz", None).calls.len(), 1);
    assert_eq!(ask(&engine, "Dong Jun", None).calls.len(), 1);
}

#[test]
fn titles_before_a_name_are_left_out() {
    let engine = lossy_neighbours();
    for typed in [
        "President Macron",
        "le président Macron",
        "H.E. President Emmanuel Macron",
        "Президент Макрон",
    ] {
        let answer = ask(&engine, typed, None);
        assert_eq!(answer.person, "Emmanuel Macron", "{typed}");
        assert_eq!(answer.calls.len(), 2, "{typed}: {answer:?}");
    }
    let chancellor = ask(&engine, "Macron", Some("Chancellor Merz"));
    assert_eq!(chancellor.calls.len(), 1);
    let kenya = ask(&engine, "President Ruto", None);
    assert_eq!(kenya.person, "William Ruto");
    assert_eq!(kenya.calls.len(), 1);
}

/// A participant written with a decomposed accent or a look-alike letter is the same person,
/// and so is a query typed that way.
#[test]
fn decomposed_and_look_alike_names_are_the_same_person() {
    let engine = common::engine();
    engine
        .ingest_statements(vec![
            common::statement(
                "nfd",
                "en",
                "2025-01-09",
                "Chancellor's call with President Erdog\u{306}an",
                "Chancellor Olaf Scholz held a telephone conversation today with President \
                 Recep Tayyip Erdog\u{306}an about energy.",
            ),
            common::statement(
                "mixed",
                "en",
                "2025-01-10",
                "Prime Minister's call with President Ma\u{441}ron",
                "The Prime Minister spoke by phone with President Ma\u{441}ron about energy.",
            ),
        ])
        .expect("ingested");
    for (typed, person) in [
        ("Erdoğan", "Recep Tayyip Erdoğan"),
        ("Erdog\u{306}an", "Recep Tayyip Erdoğan"),
        ("Macron", "Emmanuel Macron"),
        ("Ma\u{441}ron", "Emmanuel Macron"),
    ] {
        let answer = ask(&engine, typed, None);
        assert_eq!(answer.person, person, "{typed:?}");
        assert_eq!(answer.calls.len(), 1, "{typed:?}: {answer:?}");
        assert!(
            answer.calls[0].participants.iter().any(|p| p == person),
            "{typed:?}: {answer:?}"
        );
    }
}

/// An unknown name is found on its lossy key and then checked call by call: newer calls of a
/// person who only shares the key must not crowd its own calls off the page.
#[test]
fn many_calls_sharing_a_key_do_not_hide_the_one_asked_for() {
    let engine = common::engine();
    let mut statements: Vec<_> = (0..30)
        .map(|i| {
            common::statement(
                &format!("nato{i}"),
                "en",
                &format!("2025-05-{:02}", i + 1),
                "Secretary General's call",
                "NATO Secretary General Mark Rutte spoke by phone with President Alexander \
                 Stubb of Finland about air defence.",
            )
        })
        .collect();
    statements.push(common::statement(
        "kenya",
        "en",
        "2025-03-11",
        "Foreign Secretary holds call with Kenyan leader",
        "The Foreign Secretary spoke by telephone today with President William Ruto of Kenya \
         about security in the Horn of Africa.",
    ));
    engine.ingest_statements(statements).expect("ingested");
    let request = WhoCalledRequest {
        person: "Ruto".into(),
        limit: Some(1),
        ..Default::default()
    };
    let answer = engine.who_called(&request).expect("answered");
    assert_eq!(answer.total, 1, "{answer:?}");
    assert_eq!(answer.calls.len(), 1, "{answer:?}");
    assert!(
        answer.calls[0]
            .participants
            .iter()
            .any(|p| p == "William Ruto"),
        "{answer:?}"
    );
}

/// Calls of one person about three topics, each reported in another language (written here).
fn calls_about_topics() -> Engine {
    let engine = common::engine();
    engine
        .ingest_statements(vec![
            common::statement(
                "t1",
                "ru",
                "2024-05-10",
                "Телефонный разговор с Президентом Азербайджана",
                "Президент России Владимир Путин провёл телефонный разговор с Президентом \
                 Азербайджана Ильхамом Алиевым. Обсуждались вопросы мирного договора с Арменией.",
            ),
            common::statement(
                "t2",
                "en",
                "2024-06-12",
                "Phone call with President Aliyev",
                "President Recep Tayyip Erdoğan held a phone call with President Ilham Aliyev. \
                 The leaders discussed preparations for COP29 in Baku.",
            ),
            common::statement(
                "t3",
                "fr",
                "2024-07-14",
                "Entretien téléphonique avec le président Aliyev",
                "Le président Emmanuel Macron s'est entretenu par téléphone avec le président \
                 Ilham Aliyev. Les deux présidents ont évoqué le cessez-le-feu.",
            ),
        ])
        .expect("statements ingest");
    engine
}

#[test]
fn who_called_narrows_to_a_topic_named_in_any_language() {
    let engine = calls_about_topics();
    let about = |topic: &str| {
        let answer = engine
            .who_called(&WhoCalledRequest {
                person: "Aliyev".into(),
                topic: Some(topic.into()),
                ..Default::default()
            })
            .unwrap_or_else(|e| panic!("{topic}: {e}"));
        let counterparts: Vec<String> = answer
            .calls
            .iter()
            .flat_map(|c| c.counterparts("Ilham Aliyev"))
            .map(str::to_string)
            .collect();
        (answer.topics, counterparts)
    };
    assert_eq!(
        about("peace treaty"),
        (
            vec!["peace treaty".to_string()],
            vec!["Vladimir Putin".to_string()]
        )
    );
    assert_eq!(about("COP29").1, ["Recep Tayyip Erdoğan"]);
    assert_eq!(about("перемирие").1, ["Emmanuel Macron"]);
    assert_eq!(about("cessez-le-feu").1, ["Emmanuel Macron"]);
    // Without a topic, all three.
    assert_eq!(ask(&engine, "Aliyev", None).calls.len(), 3);
    let unknown = engine.who_called(&WhoCalledRequest {
        person: "Aliyev".into(),
        topic: Some("xyzzy".into()),
        ..Default::default()
    });
    assert!(
        matches!(
            unknown,
            Err(readout::answers::AnswerError::UnknownTopic { .. })
        ),
        "{unknown:?}"
    );
}

#[test]
fn topics_autocomplete_by_any_of_their_names() {
    let engine = calls_about_topics();
    let offered = engine.suggest_topics("мирн", 5);
    assert!(
        offered
            .iter()
            .any(|c| c.value == "мирный договор" && c.label == "мирный договор (peace treaty)"),
        "{offered:?}"
    );
    let offered = engine.suggest_topics("cop2", 5);
    assert_eq!(offered[0].value, "COP29", "{offered:?}");
}

/// A repeated question may be answered from the last answer, but never once the index changed.
#[test]
fn a_repeated_question_sees_what_an_ingest_added_and_a_removal_took() {
    let engine = common::engine();
    let call = |day: u32| {
        format!(
            "date 2024-05-{day:02}\n\nPresident Ilham Aliyev had a telephone conversation with \
             President Emmanuel Macron of France."
        )
    };
    let first = engine
        .ingest_bytes("one.txt", call(2).as_bytes())
        .expect("ingest");
    assert_eq!(first.added, 1);
    assert_eq!(ask(&engine, "Aliyev", None).total, 1);
    assert_eq!(ask(&engine, "Aliyev", None).total, 1, "asked again");
    engine
        .ingest_bytes("two.txt", call(20).as_bytes())
        .expect("ingest");
    let after = ask(&engine, "Aliyev", None);
    assert_eq!(
        after.total, 2,
        "the answer after an ingest is stale: {after:?}"
    );
    let id = after.calls[0].sources[0].id.clone();
    engine.remove(&id).expect("removed");
    assert_eq!(
        ask(&engine, "Aliyev", None).total,
        1,
        "a removed call is still shown"
    );
}
