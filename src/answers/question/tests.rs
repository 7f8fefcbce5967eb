use std::sync::OnceLock;

use super::*;
use crate::answers::bundled_people;

fn people() -> &'static People {
    static PEOPLE: OnceLock<People> = OnceLock::new();
    PEOPLE.get_or_init(|| bundled_people().expect("the bundled gazetteer loads"))
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 15).expect("date")
}

fn understood(text: &str) -> Question {
    match read(text, people(), today()) {
        Reading::Understood(q) => q,
        Reading::NotUnderstood(r) => panic!("{text:?} refused: {}", r.message()),
    }
}

fn refused(text: &str) -> Refusal {
    match read(text, people(), today()) {
        Reading::Understood(q) => panic!("{text:?} read as {q:?}"),
        Reading::NotUnderstood(r) => r,
    }
}

#[test]
fn reads_calls_between_in_five_languages() {
    for q in [
        "calls between Putin and Aliyev since May",
        "appels entre Poutine et Aliyev depuis mai",
        "звонки Путина с Алиевым с мая",
        "Telefonate zwischen Putin und Alijew seit Mai",
        "Putin ile Aliyev arasındaki görüşmeler mayıstan beri",
    ] {
        let read = understood(q);
        assert_eq!(read.intent, Intent::CallsBetween, "{q}");
        assert_eq!(read.people, ["Vladimir Putin", "Ilham Aliyev"], "{q}");
        assert_eq!(
            read.period.since,
            NaiveDate::from_ymd_opt(2025, 5, 1),
            "{q}"
        );
    }
}

#[test]
fn reads_each_intent() {
    let cases = [
        ("who did Erdoğan speak to this month?", Intent::CallsOf),
        (
            "когда Путин последний раз говорил с Алиевым?",
            Intent::LastCall,
        ),
        (
            "de quoi Macron et Zelensky ont-ils parlé ?",
            Intent::Discussed,
        ),
        (
            "wie oft haben Scholz und Macron telefoniert?",
            Intent::Count,
        ),
        (
            "who called whom first, Blinken or Aliyev?",
            Intent::FirstCall,
        ),
        ("recent calls", Intent::Recent),
        ("calls about gas", Intent::CallsAbout),
        ("statements about COP29", Intent::StatementsAbout),
    ];
    for (q, intent) in cases {
        assert_eq!(understood(q).intent, intent, "{q}");
    }
}

#[test]
fn the_command_is_the_slash_commands_one() {
    let q = understood("calls between Putin and Aliyev since May");
    let Command::WhoCalled(r) = q.command() else {
        panic!("not who-called")
    };
    assert_eq!(r.person, "Vladimir Putin");
    assert_eq!(r.with.as_deref(), Some("Ilham Aliyev"));
    assert_eq!(
        heading(&q, None),
        "Calls between Vladimir Putin and Ilham Aliyev since 1 May 2025:"
    );
    let Command::Topic(t) = understood("statements about COP29 in 2024").command() else {
        panic!("not topic")
    };
    assert_eq!(t.query, "COP29");
    assert_eq!(t.until, NaiveDate::from_ymd_opt(2024, 12, 31));
}

#[test]
fn refuses_what_it_cannot_read_with_a_hint() {
    assert!(
        refused("what's the weather like?")
            .hint
            .contains("/who-called")
    );
    assert!(
        refused("calls between Putin and Bob Smith")
            .reason
            .contains("Bob")
    );
    assert!(refused("hello").hint.contains("/topic"));
    assert!(refused("recent calls last week").hint.contains("/recent"));
}

#[test]
fn a_name_of_several_people_is_refused_not_guessed() {
    // Genitive of Алиев, and Mehriban Aliyeva's name.
    assert!(refused("звонки Алиева").reason.contains("several people"));
}

#[test]
fn the_last_n_calls_asks_for_n() {
    let q = understood("what were the last 3 calls?");
    assert_eq!(q.intent, Intent::Recent);
    assert_eq!(q.command(), Command::Recent { count: 3 });
}

#[test]
fn places_months_and_common_words_are_not_people() {
    for q in [
        "calls about COP29 in Baku",
        "Telefonate über Frieden",
        "statements about France",
    ] {
        let read = understood(q);
        assert!(read.people.is_empty(), "{q}: {:?}", read.people);
    }
    assert!(matches!(
        read("may I ask something?", people(), today()),
        Reading::NotUnderstood(_)
    ));
}

fn call(date: &str, caller: Option<&str>) -> crate::answers::CallHit {
    crate::answers::CallHit {
        participants: vec!["Antony Blinken".into(), "Ilham Aliyev".into()],
        caller: caller.map(str::to_string),
        recipient: caller.map(|_| "Ilham Aliyev".to_string()),
        date: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
        topics: vec!["COP29".into()],
        concepts: vec![],
        evidence: String::new(),
        sources: Vec::new(),
    }
}

#[test]
fn headings_read_the_figure_off_the_answer() {
    let answer = Answer::WhoCalled(crate::answers::WhoCalledAnswer {
        request: WhoCalledRequest::default(),
        person: "Antony Blinken".into(),
        known_person: true,
        topics: vec![],
        total: 2,
        page_size: 5,
        calls: vec![
            call("2024-06-20", None),
            call("2024-03-01", Some("Antony Blinken")),
        ],
    });
    let first = understood("who called whom first, Blinken or Aliyev?");
    assert_eq!(
        heading(&first, Some(&answer)),
        "Who called whom first, Antony Blinken and Ilham Aliyev: the earliest call found, \
         on 1 March 2024 — Antony Blinken called Ilham Aliyev."
    );
    let count = understood("how many times did Blinken and Aliyev speak in 2024?");
    assert_eq!(
        heading(&count, Some(&answer)),
        "How many times Antony Blinken and Ilham Aliyev spoke from 1 January 2024 to \
         31 December 2024: 2 calls found."
    );
    let last = understood("when did Blinken last speak with Aliyev?");
    assert_eq!(
        heading(&last, Some(&answer)),
        "When Antony Blinken last spoke with Ilham Aliyev: 20 June 2024."
    );
}

#[test]
fn calls_of_someone_about_a_known_topic_are_their_calls_tagged_with_it() {
    let lexicon = crate::concepts::Lexicon::bundled();
    let mut q = Question {
        intent: Intent::CallsAbout,
        people: vec!["Ilham Aliyev".into()],
        period: Period::default(),
        topic: Some("COP29".into()),
        count: None,
    };
    let Command::WhoCalled(r) = q.command_with(&lexicon) else {
        panic!("not who-called: {:?}", q.command_with(&lexicon));
    };
    assert_eq!(
        (r.person.as_str(), r.topic.as_deref()),
        ("Ilham Aliyev", Some("COP29"))
    );
    // Words that name no topic stay a search of the statements.
    q.topic = Some("the bridge".into());
    assert!(matches!(q.command_with(&lexicon), Command::Topic(_)));
}
