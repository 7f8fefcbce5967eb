//! Topic search through the answer layer: variants, accents, phrases, hostile syntax, filters.

mod common;

use readout::answers::{AnswerError, TopicRequest};

fn ids(engine: &readout::answers::Engine, query: &str) -> Vec<String> {
    let request = TopicRequest {
        query: query.to_string(),
        limit: Some(50),
        ..Default::default()
    };
    let answer = engine.topic(&request).expect("the query is answered");
    let mut ids: Vec<String> = answer.hits.into_iter().map(|h| h.source.id).collect();
    ids.sort();
    ids
}

fn loaded() -> readout::answers::Engine {
    let engine = common::engine();
    engine
        .ingest_statements(common::sample())
        .expect("samples ingest");
    engine
}

#[test]
fn cop29_spellings_all_meet() {
    let engine = loaded();
    let expected = ["a1", "a2", "a3", "a4"];
    for query in ["COP29", "cop 29", "COP-29", "cop29"] {
        assert_eq!(ids(&engine, query), expected, "query {query:?}");
    }
}

#[test]
fn excerpt_marks_the_match_in_bold_without_html_escaping() {
    let engine = loaded();
    let answer = engine
        .topic(&TopicRequest {
            query: "COP29".into(),
            ..Default::default()
        })
        .expect("answered");
    let hit = answer
        .hits
        .iter()
        .find(|h| h.source.id == "a1")
        .expect("a1 found");
    let markdown = hit.excerpt.to_markdown();
    assert!(markdown.contains("**COP29**"), "{markdown}");
    let french = answer
        .hits
        .iter()
        .find(|h| h.source.id == "a2")
        .expect("a2 found")
        .excerpt
        .to_markdown();
    assert!(
        french.contains("s'est"),
        "apostrophes are not HTML-escaped: {french}"
    );
}

#[test]
fn case_and_accents_are_ignored() {
    let engine = loaded();
    assert_eq!(ids(&engine, "erdogan"), ["a2"]);
    assert_eq!(ids(&engine, "ERDOĞAN"), ["a2"]);
    assert_eq!(ids(&engine, "aranceles mexico"), ["a3"]);
}

#[test]
fn quoted_phrases_need_the_words_together() {
    let engine = loaded();
    // The phrase names the topic "peace treaty", which a6 writes in Russian; a5's "treaties
    // ... peace" is neither the phrase nor the topic.
    assert_eq!(ids(&engine, "\"peace treaty\""), ["a1", "a6"]);
    // Unquoted, stemming also finds "treaties ... peace".
    assert_eq!(ids(&engine, "peace treaty"), ["a1", "a5", "a6"]);
}

#[test]
fn stemming_and_names_across_scripts() {
    let engine = loaded();
    // a6 by its words (мирного договора), a1 by the topic they name.
    assert_eq!(ids(&engine, "мирный договор"), ["a1", "a6"]);
    assert!(
        ids(&engine, "Aliyev").contains(&"a6".to_string()),
        "Алиевым is an alias of Aliyev"
    );
}

#[test]
fn hostile_syntax_never_errors_and_never_matches_everything() {
    let engine = loaded();
    for query in [
        "*^2",
        "*",
        "+",
        "-",
        "\"",
        "((",
        "nosuchfield:foo",
        "COP29 AND (",
        "\"unbalanced",
        "a:b:c",
    ] {
        let answer = engine.topic(&TopicRequest {
            query: query.into(),
            ..Default::default()
        });
        let answer = answer.unwrap_or_else(|e| panic!("{query:?} failed: {e}"));
        assert!(
            answer.total < 6,
            "{query:?} matched {} of 6 statements",
            answer.total
        );
    }
    assert_eq!(ids(&engine, "COP29 AND ("), ["a1", "a2", "a3", "a4"]);
    assert_eq!(ids(&engine, "\"peace treaty"), ["a1", "a5", "a6"]);
}

#[test]
fn topics_cross_languages_and_the_language_filter_still_narrows() {
    let engine = loaded();
    let ask = |query: &str, language: Option<&str>| {
        engine
            .topic(&TopicRequest {
                query: query.into(),
                language: language.map(str::to_string),
                limit: Some(50),
                ..Default::default()
            })
            .expect("answered")
    };
    let answer = ask("peace treaty", None);
    // The statements in the query's own words come first.
    assert!(["a1", "a5"].contains(&answer.hits[0].source.id.as_str()));
    let russian = answer
        .hits
        .iter()
        .find(|h| h.source.id == "a6")
        .expect("the Russian statement is found through its topic");
    let markdown = russian.excerpt.to_markdown();
    assert!(
        markdown.contains("**мирного договора**"),
        "the excerpt shows the topic in the statement's own words: {markdown}"
    );
    assert_eq!(answer.widened, None, "a topic match is not a widening");
    let only_russian: Vec<String> = ask("peace treaty", Some("ru"))
        .hits
        .into_iter()
        .map(|h| h.source.id)
        .collect();
    assert_eq!(only_russian, ["a6"]);
    // A word the index lacks in this language, but whose topic it has: no close spellings.
    let turkish = ask("barış anlaşması", None);
    assert_eq!(turkish.widened, None);
    assert!(turkish.hits.iter().any(|h| h.source.id == "a6"));
}

#[test]
fn misspelled_words_find_close_spellings() {
    let engine = loaded();
    let answer = engine
        .topic(&TopicRequest {
            query: "Azerbajan".into(),
            ..Default::default()
        })
        .expect("answered");
    assert!(
        answer.hits.iter().any(|h| h.source.id == "a5"),
        "fuzzy fallback finds Azerbaijan"
    );
}

#[test]
fn over_long_and_empty_queries_get_a_clear_error() {
    let engine = loaded();
    let long = "word ".repeat(200);
    let err = engine
        .topic(&TopicRequest {
            query: long,
            ..Default::default()
        })
        .expect_err("too long");
    assert!(matches!(err, AnswerError::QueryTooLong { .. }));
    assert!(err.to_string().contains("limit"), "{err}");
    let err = engine
        .topic(&TopicRequest {
            query: "   ".into(),
            ..Default::default()
        })
        .expect_err("empty");
    assert!(matches!(err, AnswerError::EmptyQuery));
}

#[test]
fn date_and_language_filters() {
    let engine = loaded();
    let d = |s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let request = TopicRequest {
        query: "COP29".into(),
        since: d("2024-06-01"),
        until: d("2024-07-31"),
        ..Default::default()
    };
    let mut found: Vec<String> = engine
        .topic(&request)
        .expect("answered")
        .hits
        .into_iter()
        .map(|h| h.source.id)
        .collect();
    found.sort();
    assert_eq!(found, ["a2", "a3"]);
    let request = TopicRequest {
        query: "COP29".into(),
        language: Some("fr".into()),
        ..Default::default()
    };
    let found: Vec<String> = engine
        .topic(&request)
        .expect("answered")
        .hits
        .into_iter()
        .map(|h| h.source.id)
        .collect();
    assert_eq!(found, ["a2"]);
    let bad = TopicRequest {
        query: "COP29".into(),
        language: Some("french!".into()),
        ..Default::default()
    };
    assert!(matches!(
        engine.topic(&bad),
        Err(AnswerError::BadArgument { .. })
    ));
}

#[test]
fn pages_do_not_overlap() {
    let engine = loaded();
    let page = |n| {
        let r = TopicRequest {
            query: "COP29".into(),
            page: n,
            limit: Some(2),
            ..Default::default()
        };
        engine.topic(&r).expect("answered")
    };
    let (first, second) = (page(0), page(1));
    assert_eq!(first.total, 4);
    assert_eq!(second.hits.len(), 2);
    for h in &second.hits {
        assert!(first.hits.iter().all(|f| f.source.id != h.source.id));
    }
}

/// A query word expands to a person's other spellings only when it is spelled like that
/// person: French "mars" (March) shares a name key with Merz but must not find him.
#[test]
fn a_word_sharing_a_name_key_does_not_expand_to_that_person() {
    let engine = common::engine();
    engine
        .ingest_statements(vec![
            common::statement(
                "march",
                "fr",
                "2025-03-20",
                "Conférence sur le climat",
                "La conférence sur le climat se tiendra en mars à Genève.",
            ),
            common::statement(
                "merz",
                "fr",
                "2025-06-02",
                "Entretien avec le Chancelier",
                "Le Président s'est entretenu par téléphone avec le Chancelier Friedrich Merz.",
            ),
        ])
        .expect("ingested");
    assert_eq!(ids(&engine, "mars"), ["march"]);
    assert_eq!(ids(&engine, "Merz"), ["merz"]);
    assert_eq!(ids(&engine, "Мерц"), ["merz"]);
}

/// A statement that reaches the index without going through the sources (a tool, a test) is
/// still indexed in one form: a decomposed accent and look-alike letters match the plain query.
#[test]
fn decomposed_and_look_alike_text_is_indexed_in_one_form() {
    let engine = common::engine();
    engine
        .ingest_statements(vec![common::statement(
            "pasted",
            "en",
            "2025-01-10",
            "Call on climate finance",
            "The minister spoke by phone with President Erdog\u{306}an about the \
             \u{421}\u{41E}\u{420}29 commitments and with Ma\u{441}ron about energy.",
        )])
        .expect("ingested");
    for query in [
        "COP29",
        "cop 29",
        "\u{421}\u{41E}\u{420}29",
        "Erdoğan",
        "Erdog\u{306}an",
        "Macron",
        "Ma\u{441}ron",
    ] {
        assert_eq!(ids(&engine, query), ["pasted"], "{query:?}");
    }
}
