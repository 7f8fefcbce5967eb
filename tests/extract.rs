//! Call extraction: short fixtures written for these tests, one per cue family, plus the
//! evaluation over the dev corpus (skipped when `/work/shared/corpus-dev` is absent).

use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;
use readout::eval::{Floors, evaluate};
use readout::extract::Extractor;
use readout::model::{PublishedDate, Statement};
use readout::people::People;

fn gazetteer() -> Arc<People> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/people.toml");
    Arc::new(People::load(&path).expect("config/people.toml loads"))
}

#[test]
fn dev_corpus_meets_the_floors() {
    let labels = Path::new("/work/shared/corpus-dev/labels.jsonl");
    if !labels.exists() {
        eprintln!("skipped: {} is absent", labels.display());
        return;
    }
    let extractor = Extractor::new(gazetteer());
    let eval = evaluate(labels, &extractor, 2_000_000, None).expect("dev corpus evaluates");
    println!("{}", eval.render_table());
    if let Err(failures) = eval.check_floors(&Floors::default()) {
        panic!("floors not met: {failures:?}");
    }
}

fn statement(lang: &str, published: &str, title: Option<&str>, body: &str) -> Statement {
    Statement {
        id: "fixture".into(),
        title: title.map(str::to_string),
        url: None,
        path: None,
        published: PublishedDate::parse(published),
        language: lang.into(),
        body: body.into(),
    }
}

#[test]
fn seed_file_gives_the_blinken_aliyev_call() {
    let path = Path::new("/work/shared/seed/000_76e9bc5c19146d79.txt");
    if !path.exists() {
        eprintln!("skipped: {} is absent", path.display());
        return;
    }
    let bytes = std::fs::read(path).expect("seed readable");
    let statements = readout::sources::parse_bytes("000_76e9bc5c19146d79.txt", &bytes, 2_000_000)
        .expect("seed parses");
    let calls = Extractor::new(gazetteer()).extract(&statements[0]);
    assert_eq!(calls.len(), 1, "{calls:?}");
    let call = &calls[0];
    let mut people = call.participants.clone();
    people.sort();
    assert_eq!(people, vec!["Antony Blinken", "Ilham Aliyev"]);
    assert_eq!(call.caller.as_deref(), Some("Antony Blinken"));
    assert_eq!(call.recipient.as_deref(), Some("Ilham Aliyev"));
    assert_eq!(call.date, NaiveDate::from_ymd_opt(2024, 6, 20));
}

/// What one call should look like: participants (any order), caller -> recipient, date.
struct Want<'a> {
    people: &'a [&'a str],
    direction: Option<(&'a str, &'a str)>,
    date: Option<&'a str>,
}

fn check(statement: &Statement, wants: &[Want<'_>]) {
    let extractor = Extractor::new(gazetteer());
    let calls = extractor.extract(statement);
    assert_eq!(
        calls.len(),
        wants.len(),
        "calls in {:?}: {calls:#?}",
        statement.body
    );
    for (call, want) in calls.iter().zip(wants) {
        let mut got = call.participants.clone();
        got.sort();
        let mut expected: Vec<String> = want.people.iter().map(|p| p.to_string()).collect();
        expected.sort();
        assert_eq!(got, expected, "participants of {:?}", call.evidence);
        let direction = call.caller.as_deref().zip(call.recipient.as_deref());
        assert_eq!(
            direction, want.direction,
            "direction of {:?}",
            call.evidence
        );
        let date = want
            .date
            .map(|d| d.parse::<NaiveDate>().expect("fixture date"));
        assert_eq!(call.date, date, "date of {:?}", call.evidence);
        assert!(!call.evidence.is_empty());
    }
}

fn no_calls(statement: &Statement) {
    let calls = Extractor::new(gazetteer()).extract(statement);
    assert!(
        calls.is_empty(),
        "expected no call in {:?}, got {calls:#?}",
        statement.body
    );
}

fn from_site(mut statement: Statement, url: &str) -> Statement {
    statement.url = Some(url.to_string());
    statement
}

#[test]
fn english_cues_direction_and_relative_dates() {
    let s = statement(
        "en",
        "2023-03-10",
        None,
        "President Joe Biden spoke by phone today with Chancellor Olaf Scholz of Germany.",
    );
    check(
        &s,
        &[Want {
            people: &["Joe Biden", "Olaf Scholz"],
            direction: None,
            date: Some("2023-03-10"),
        }],
    );

    // 2023-06-14 is a Wednesday: "on Monday" is two days earlier.
    let s = statement(
        "en",
        "2023-06-14",
        None,
        "Prime Minister Rishi Sunak received a phone call from President Volodymyr Zelenskyy on Monday. They discussed air defence.",
    );
    check(
        &s,
        &[Want {
            people: &["Rishi Sunak", "Volodymyr Zelenskyy"],
            direction: Some(("Volodymyr Zelenskyy", "Rishi Sunak")),
            date: Some("2023-06-12"),
        }],
    );

    let s = statement(
        "en",
        "2024-01",
        None,
        "President Ilham Aliyev made a phone call to President Recep Tayyip Erdogan yesterday.",
    );
    check(
        &s,
        &[Want {
            people: &["Ilham Aliyev", "Recep Tayyip Erdoğan"],
            direction: Some(("Ilham Aliyev", "Recep Tayyip Erdoğan")),
            date: None,
        }],
    );
}

#[test]
fn english_traps_are_not_calls() {
    for body in [
        "Secretary Blinken called for restraint and called on all parties to protect civilians.",
        "President Erdoğan said he will hold a phone call with President Putin next week.",
        "The presidents of Azerbaijan, Kazakhstan and Uzbekistan held a video conference on energy.",
        "President Ilham Aliyev received the delegation led by Foreign Minister Hakan Fidan.",
        "The Prime Minister sent a letter to President Macron about the summit.",
        "President Zelenskyy proposed a phone call with President Putin, but the offer was declined.",
        "President Aliyev met President Erdoğan in Ankara and recalled their telephone conversation with Chancellor Scholz.",
    ] {
        no_calls(&statement("en", "2024-02-01", None, body));
    }
}

#[test]
fn two_calls_in_one_statement_and_roles_from_the_site() {
    let s = from_site(
        statement(
            "en",
            "2024-04-10",
            Some("Secretary Blinken's calls with the foreign ministers of Azerbaijan and Armenia"),
            "Secretary of State Antony Blinken spoke by phone with Foreign Minister Jeyhun Bayramov yesterday about the peace process. \
             This morning the Secretary also spoke with Foreign Minister Ararat Mirzoyan.",
        ),
        "https://www.state.gov/secretary-blinkens-calls",
    );
    check(
        &s,
        &[
            Want {
                people: &["Antony Blinken", "Jeyhun Bayramov"],
                direction: None,
                date: Some("2024-04-09"),
            },
            Want {
                people: &["Antony Blinken", "Ararat Mirzoyan"],
                direction: None,
                date: Some("2024-04-10"),
            },
        ],
    );

    let s = from_site(
        statement(
            "en",
            "2024-08-01",
            Some("PM call with Chancellor Scholz"),
            "The Prime Minister spoke to Chancellor Scholz this evening.",
        ),
        "https://www.gov.uk/government/news/pm-call-with-chancellor-scholz",
    );
    check(
        &s,
        &[Want {
            people: &["Keir Starmer", "Olaf Scholz"],
            direction: None,
            date: Some("2024-08-01"),
        }],
    );

    let s = statement(
        "en",
        "2024-05-02",
        None,
        "President Joe Biden spoke separately by phone with President Cyril Ramaphosa and Prime Minister Arvid Lindqvist.",
    );
    let calls = Extractor::new(gazetteer()).extract(&s);
    assert_eq!(calls.len(), 2, "{calls:#?}");
    assert!(
        calls[1].participants.iter().any(|p| p == "Arvid Lindqvist"),
        "unknown names are kept as written: {calls:#?}"
    );
}

#[test]
fn french_cues_and_traps() {
    let s = from_site(
        statement(
            "fr",
            "2024-02-15",
            None,
            "Le Président de la République a reçu hier un appel téléphonique du Premier ministre indien Narendra Modi.",
        ),
        "https://www.elysee.fr/emmanuel-macron/2024/02/15/entretien",
    );
    check(
        &s,
        &[Want {
            people: &["Emmanuel Macron", "Narendra Modi"],
            direction: Some(("Narendra Modi", "Emmanuel Macron")),
            date: Some("2024-02-14"),
        }],
    );
    let s = statement(
        "fr",
        "2024-06",
        None,
        "Le 3 juin, la ministre Catherine Colonna a appelé son homologue arménien, Ararat Mirzoyan.",
    );
    check(
        &s,
        &[Want {
            people: &["Catherine Colonna", "Ararat Mirzoyan"],
            direction: Some(("Catherine Colonna", "Ararat Mirzoyan")),
            date: Some("2024-06-03"),
        }],
    );
    no_calls(&statement(
        "fr",
        "2024-02-15",
        None,
        "Le Président de la République a appelé à un cessez-le-feu immédiat à Gaza.",
    ));
    no_calls(&statement(
        "fr",
        "2024-02-15",
        None,
        "Le Président de la République a adressé une lettre au président Erdogan.",
    ));
}

#[test]
fn russian_and_ukrainian_cues() {
    let s = statement(
        "ru",
        "2024-03-05",
        None,
        "Вчера по инициативе российской стороны состоялся телефонный разговор Владимира Путина с Президентом Турции Реджепом Тайипом Эрдоганом.",
    );
    check(
        &s,
        &[Want {
            people: &["Vladimir Putin", "Recep Tayyip Erdoğan"],
            direction: Some(("Vladimir Putin", "Recep Tayyip Erdoğan")),
            date: Some("2024-03-04"),
        }],
    );
    let s = statement(
        "ru",
        "2024-03-05",
        None,
        "Президенту России Владимиру Путину позвонил Президент Казахстана Касым-Жомарт Токаев.",
    );
    check(
        &s,
        &[Want {
            people: &["Vladimir Putin", "Kassym-Jomart Tokayev"],
            direction: Some(("Kassym-Jomart Tokayev", "Vladimir Putin")),
            date: Some("2024-03-05"),
        }],
    );
    no_calls(&statement(
        "ru",
        "2024-03-05",
        None,
        "Владимир Путин провёл в Кремле переговоры с Президентом Египта.",
    ));

    let s = statement(
        "uk",
        "2024-09-12",
        None,
        "Президентові України Володимиру Зеленському зателефонував Президент Франції Емманюель Макрон. Сторони обговорили ППО.",
    );
    check(
        &s,
        &[Want {
            people: &["Volodymyr Zelenskyy", "Emmanuel Macron"],
            direction: Some(("Emmanuel Macron", "Volodymyr Zelenskyy")),
            date: Some("2024-09-12"),
        }],
    );
    let s = statement(
        "uk",
        "2024-09-12",
        None,
        "Учора Президент України Володимир Зеленський провів телефонну розмову з Прем'єр-міністром Великої Британії Кіром Стармером.",
    );
    check(
        &s,
        &[Want {
            people: &["Volodymyr Zelenskyy", "Keir Starmer"],
            direction: None,
            date: Some("2024-09-11"),
        }],
    );
}

#[test]
fn german_and_spanish_cues() {
    // 2024-05-16 is a Thursday.
    let s = statement(
        "de",
        "2024-05-16",
        None,
        "Bundeskanzler Olaf Scholz hat am Dienstag mit dem französischen Präsidenten Emmanuel Macron telefoniert.",
    );
    check(
        &s,
        &[Want {
            people: &["Olaf Scholz", "Emmanuel Macron"],
            direction: None,
            date: Some("2024-05-14"),
        }],
    );
    let s = statement(
        "de",
        "2024-03-20",
        None,
        "Der türkische Präsident Recep Tayyip Erdoğan hat Bundeskanzler Olaf Scholz am 13. März angerufen.",
    );
    check(
        &s,
        &[Want {
            people: &["Recep Tayyip Erdoğan", "Olaf Scholz"],
            direction: Some(("Recep Tayyip Erdoğan", "Olaf Scholz")),
            date: Some("2024-03-13"),
        }],
    );
    let s = statement(
        "es",
        "2024-05-20",
        None,
        "El presidente del Gobierno, Pedro Sánchez, ha recibido hoy una llamada del presidente de Ucrania, Volodímir Zelenski.",
    );
    check(
        &s,
        &[Want {
            people: &["Pedro Sánchez", "Volodymyr Zelenskyy"],
            direction: Some(("Volodymyr Zelenskyy", "Pedro Sánchez")),
            date: Some("2024-05-20"),
        }],
    );
    let s = statement(
        "es",
        "2024-05-20",
        None,
        "Sánchez mantuvo ayer una conversación telefónica con el canciller alemán Olaf Scholz.",
    );
    check(
        &s,
        &[Want {
            people: &["Pedro Sánchez", "Olaf Scholz"],
            direction: None,
            date: Some("2024-05-19"),
        }],
    );
}

#[test]
fn turkish_and_azerbaijani_cues() {
    let s = statement(
        "tr",
        "2024-03-01",
        None,
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Rusya Devlet Başkanı Vladimir Putin'i telefonla aradı.",
    );
    check(
        &s,
        &[Want {
            people: &["Recep Tayyip Erdoğan", "Vladimir Putin"],
            direction: Some(("Recep Tayyip Erdoğan", "Vladimir Putin")),
            date: Some("2024-03-01"),
        }],
    );
    let s = statement(
        "tr",
        "2024-03-01",
        None,
        "Dışişleri Bakanı Hakan Fidan, dün ABD Dışişleri Bakanı Antony Blinken ile telefonda görüştü.",
    );
    check(
        &s,
        &[Want {
            people: &["Hakan Fidan", "Antony Blinken"],
            direction: None,
            date: Some("2024-02-29"),
        }],
    );
    let s = statement(
        "az",
        "2024-03-01",
        None,
        "Prezident İlham Əliyev Türkiyə Prezidenti Rəcəb Tayyib Ərdoğana zəng edib.",
    );
    check(
        &s,
        &[Want {
            people: &["Ilham Aliyev", "Recep Tayyip Erdoğan"],
            direction: Some(("Ilham Aliyev", "Recep Tayyip Erdoğan")),
            date: Some("2024-03-01"),
        }],
    );
    let s = statement(
        "az",
        "2024-03-01",
        None,
        "Dünən Prezident İlham Əliyev Rusiya Prezidenti Vladimir Putinlə telefonla danışıb.",
    );
    check(
        &s,
        &[Want {
            people: &["Ilham Aliyev", "Vladimir Putin"],
            direction: None,
            date: Some("2024-02-29"),
        }],
    );
}

#[test]
fn armenian_arabic_and_bulgarian_calls_are_detected() {
    for (lang, body) in [
        (
            "hy",
            "Վարչապետ Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել Ֆրանսիայի Նախագահ Էմանուել Մակրոնի հետ։",
        ),
        (
            "ar",
            "تلقى الرئيس إلهام علييف اتصالا هاتفيا من الرئيس رجب طيب أردوغان.",
        ),
        (
            "bg",
            "Президентът Румен Радев проведе телефонен разговор с президента на Украйна Володимир Зеленски.",
        ),
    ] {
        let calls = Extractor::new(gazetteer()).extract(&statement(lang, "2024-03-01", None, body));
        assert_eq!(calls.len(), 1, "{lang}: {calls:#?}");
        assert!(!calls[0].participants.is_empty(), "{lang}: {calls:#?}");
    }
}

/// Throughput on 2 KB statements; run with `cargo test --release --test extract -- --ignored
/// --nocapture throughput`. It prints statements per second and checks every copy is read.
#[test]
#[ignore = "throughput measurement; run in release"]
fn throughput() {
    let extractor = Extractor::new(gazetteer());
    let paragraph = "President Ilham Aliyev received a phone call from President of the Republic of Kazakhstan \
        Kassym-Jomart Tokayev. The heads of state discussed the Middle Corridor, energy and transport projects, \
        and the preparations for COP29, which Azerbaijan will host in November. They also exchanged views on \
        the Organization of Turkic States and agreed to keep in close contact. ";
    let body = paragraph.repeat(2048 / paragraph.len() + 1);
    let statements: Vec<Statement> = (0..2000)
        .map(|_| statement("en", "2024-02-08", Some("Phone call"), &body))
        .collect();
    let started = std::time::Instant::now();
    let mut found = 0usize;
    for s in &statements {
        found += extractor.extract(s).len();
    }
    let elapsed = started.elapsed().as_secs_f64();
    println!(
        "{} statements of {} bytes in {elapsed:.3}s: {:.0} statements/s",
        statements.len(),
        body.len(),
        statements.len() as f64 / elapsed
    );
    assert_eq!(found, statements.len());
}

#[test]
fn url_slug_gives_direction_and_interviews_report_no_call() {
    let s = from_site(
        statement(
            "en",
            "2024-05-17",
            None,
            "President Ilham Aliyev had a phone conversation with President Kassym-Jomart Tokayev.",
        ),
        "https://president.az/en/articles/view/ilham-aliyev-calls-kassym-jomart-tokayev",
    );
    check(
        &s,
        &[Want {
            people: &["Ilham Aliyev", "Kassym-Jomart Tokayev"],
            direction: Some(("Ilham Aliyev", "Kassym-Jomart Tokayev")),
            date: Some("2024-05-17"),
        }],
    );
    no_calls(&statement(
        "en",
        "2024-05-17",
        Some("President Ilham Aliyev was interviewed by a news channel"),
        "- Did you speak with President Erdogan by phone? - I spoke by phone with President Erdogan yesterday.",
    ));
}

#[test]
fn odd_inputs_do_not_panic() {
    let extractor = Extractor::new(gazetteer());
    for body in [
        "",
        " ",
        "...",
        "Phone.",
        "Телефон",
        "call @ 12:00 -- 2024-13-45 31.02.2024",
        "A\n\n\nB",
        "ﷺ ☎ 電話",
    ] {
        let calls = extractor.extract(&statement("", "", None, body));
        assert!(calls.is_empty(), "{body:?}: {calls:?}");
    }
    let empty_gazetteer = Extractor::new(Arc::new(People::empty()));
    let calls = empty_gazetteer.extract(&statement(
        "en",
        "2024-01-02",
        None,
        "President Alma Verhoeven spoke by phone with Prime Minister Tomas Lindqvist.",
    ));
    assert_eq!(calls.len(), 1, "{calls:?}");
    assert_eq!(
        calls[0].participants,
        vec!["Alma Verhoeven", "Tomas Lindqvist"]
    );
}

#[test]
fn attribution_lines_and_bystanders_are_not_participants() {
    let s = statement(
        "en",
        "2024-06-03",
        Some("Secretary Blinken's Call with Turkish Foreign Minister Fidan"),
        "The following is attributable to Spokesperson Matthew Miller: Secretary of State Antony J. Blinken spoke \
         today with Turkish Foreign Minister Hakan Fidan about President Zelenskyy's peace formula.",
    );
    check(
        &s,
        &[Want {
            people: &["Antony Blinken", "Hakan Fidan"],
            direction: None,
            date: Some("2024-06-03"),
        }],
    );
}

#[test]
fn an_initiating_side_names_the_caller_by_country_wherever_it_stands() {
    // The side comes first and both leaders are named after it: the side decides, not the
    // first name after the phrase.
    let s = statement(
        "ru",
        "2024-02-14",
        None,
        "По инициативе казахстанской стороны Владимир Путин и Касым-Жомарт Токаев обсудили по телефону транзит газа.",
    );
    check(
        &s,
        &[Want {
            people: &["Vladimir Putin", "Kassym-Jomart Tokayev"],
            direction: Some(("Kassym-Jomart Tokayev", "Vladimir Putin")),
            date: Some("2024-02-14"),
        }],
    );
    let s = statement(
        "en",
        "2024-02-14",
        None,
        "At the request of the Armenian side, Secretary Antony Blinken held a phone call with Prime Minister Nikol Pashinyan.",
    );
    check(
        &s,
        &[Want {
            people: &["Antony Blinken", "Nikol Pashinyan"],
            direction: Some(("Nikol Pashinyan", "Antony Blinken")),
            date: Some("2024-02-14"),
        }],
    );
    // Turkish names the initiator before the phrase, in the genitive.
    let s = statement(
        "tr",
        "2024-02-14",
        None,
        "Azerbaycan tarafının talebi üzerine Dışişleri Bakanı Hakan Fidan, Ceyhun Bayramov ile telefonda görüştü.",
    );
    check(
        &s,
        &[Want {
            people: &["Hakan Fidan", "Jeyhun Bayramov"],
            direction: Some(("Jeyhun Bayramov", "Hakan Fidan")),
            date: Some("2024-02-14"),
        }],
    );
    // The next sentence may name the side while speaking of the same call again.
    let s = statement(
        "en",
        "2024-02-14",
        None,
        "President Ilham Aliyev had a telephone conversation with Chancellor Olaf Scholz. \
         The telephone conversation was held at the German side's request.",
    );
    check(
        &s,
        &[Want {
            people: &["Ilham Aliyev", "Olaf Scholz"],
            direction: Some(("Olaf Scholz", "Ilham Aliyev")),
            date: Some("2024-02-14"),
        }],
    );
    // A side that is neither participant's, or both participants', settles nothing.
    for body in [
        "At the initiative of the French side, President Vladimir Putin spoke by phone with President Ilham Aliyev.",
        "По инициативе российской стороны Сергей Лавров и Владимир Путин провели телефонный разговор.",
        "At the initiative of President Emmanuel Macron, Chancellor Olaf Scholz spoke by phone with President Ilham Aliyev.",
    ] {
        let calls = Extractor::new(gazetteer()).extract(&statement("en", "2024-02-14", None, body));
        assert_eq!(calls.len(), 1, "{body}: {calls:#?}");
        assert_eq!(calls[0].caller, None, "{body}");
        assert_eq!(calls[0].recipient, None, "{body}");
    }
}

#[test]
fn the_latter_is_the_other_participant_even_when_named_after() {
    let s = statement(
        "es",
        "2024-02-14",
        None,
        "El ministro José Manuel Albares habló ayer por teléfono, a petición de este, con el ministro turco Hakan Fidan.",
    );
    check(
        &s,
        &[Want {
            people: &["José Manuel Albares", "Hakan Fidan"],
            direction: Some(("Hakan Fidan", "José Manuel Albares")),
            date: Some("2024-02-13"),
        }],
    );
    let s = statement(
        "en",
        "2024-02-14",
        None,
        "Foreign Minister Jeyhun Bayramov spoke by phone with Foreign Minister Hakan Fidan at the latter's request.",
    );
    check(
        &s,
        &[Want {
            people: &["Jeyhun Bayramov", "Hakan Fidan"],
            direction: Some(("Hakan Fidan", "Jeyhun Bayramov")),
            date: Some("2024-02-14"),
        }],
    );
    // "este" before a noun is "this", not "the latter".
    let s = statement(
        "es",
        "2024-02-14",
        None,
        "A petición de este país, Pedro Sánchez habló por teléfono con Keir Starmer.",
    );
    check(
        &s,
        &[Want {
            people: &["Pedro Sánchez", "Keir Starmer"],
            direction: None,
            date: Some("2024-02-14"),
        }],
    );
}

#[test]
fn months_and_common_words_are_never_names() {
    // "İyunun" shares a sound skeleton with short surnames; it is a month.
    let s = statement(
        "az",
        "2024-06-20",
        None,
        "İyunun 18-də Özbəkistan Prezidenti Şavkat Mirziyoyev Prezident İlham Əliyevə zəng edib.",
    );
    check(
        &s,
        &[Want {
            people: &["Shavkat Mirziyoyev", "Ilham Aliyev"],
            direction: Some(("Shavkat Mirziyoyev", "Ilham Aliyev")),
            date: Some("2024-06-18"),
        }],
    );
    let s = statement(
        "de",
        "2024-07-20",
        None,
        "Im Juli telefonierte Bundeskanzler Olaf Scholz am 16. Juli mit Präsident Alijew.",
    );
    check(
        &s,
        &[Want {
            people: &["Olaf Scholz", "Ilham Aliyev"],
            direction: None,
            date: Some("2024-07-16"),
        }],
    );
}

#[test]
fn a_statement_may_report_several_calls_one_after_another() {
    // 2024-03-13 is a Wednesday.
    let s = statement(
        "de",
        "2024-03-13",
        None,
        "Außenministerin Annalena Baerbock hat am Montag mit dem türkischen Außenminister Hakan Fidan telefoniert. \
         Am Dienstag telefonierte sie außerdem mit Außenminister Ararat Mirzoyan. Im Gespräch mit Fidan ging es um Gaza.",
    );
    check(
        &s,
        &[
            Want {
                people: &["Annalena Baerbock", "Hakan Fidan"],
                direction: None,
                date: Some("2024-03-11"),
            },
            Want {
                people: &["Annalena Baerbock", "Ararat Mirzoyan"],
                direction: None,
                date: Some("2024-03-12"),
            },
        ],
    );
    let s = statement(
        "fr",
        "2024-03-13",
        None,
        "Le Président Emmanuel Macron s'est entretenu ce matin par téléphone avec le Premier ministre Keir Starmer, \
         puis avec le Président Volodymyr Zelensky.",
    );
    check(
        &s,
        &[
            Want {
                people: &["Emmanuel Macron", "Keir Starmer"],
                direction: None,
                date: Some("2024-03-13"),
            },
            Want {
                people: &["Emmanuel Macron", "Volodymyr Zelenskyy"],
                direction: None,
                date: Some("2024-03-13"),
            },
        ],
    );
    let s = statement(
        "en",
        "2024-03-13",
        None,
        "Prime Minister Keir Starmer received a phone call from President Volodymyr Zelenskyy on Monday. \
         He also spoke with Chancellor Olaf Scholz.",
    );
    check(
        &s,
        &[
            Want {
                people: &["Keir Starmer", "Volodymyr Zelenskyy"],
                direction: Some(("Volodymyr Zelenskyy", "Keir Starmer")),
                date: Some("2024-03-11"),
            },
            Want {
                people: &["Keir Starmer", "Olaf Scholz"],
                direction: None,
                date: Some("2024-03-11"),
            },
        ],
    );
}

#[test]
fn passive_reciprocal_and_subjectless_wording_gives_no_false_direction() {
    let s = statement(
        "en",
        "2024-03-13",
        None,
        "President Ilham Aliyev was called by President Recep Tayyip Erdoğan today.",
    );
    check(
        &s,
        &[Want {
            people: &["Ilham Aliyev", "Recep Tayyip Erdoğan"],
            direction: Some(("Recep Tayyip Erdoğan", "Ilham Aliyev")),
            date: Some("2024-03-13"),
        }],
    );
    let s = statement(
        "ru",
        "2024-03-13",
        None,
        "Сергей Лавров созвонился с Хаканом Фиданом.",
    );
    check(
        &s,
        &[Want {
            people: &["Sergey Lavrov", "Hakan Fidan"],
            direction: None,
            date: Some("2024-03-13"),
        }],
    );
    // Thanks from a participant of another call do not direct this one.
    let s = statement(
        "en",
        "2024-03-13",
        None,
        "Chancellor Olaf Scholz held a phone call with President Ilham Aliyev, then with Prime Minister Nikol Pashinyan. \
         Prime Minister Pashinyan thanked Chancellor Scholz for the call.",
    );
    check(
        &s,
        &[
            Want {
                people: &["Olaf Scholz", "Ilham Aliyev"],
                direction: None,
                date: Some("2024-03-13"),
            },
            Want {
                people: &["Olaf Scholz", "Nikol Pashinyan"],
                direction: Some(("Olaf Scholz", "Nikol Pashinyan")),
                date: Some("2024-03-13"),
            },
        ],
    );
}

#[test]
fn italian_and_polish_cues_give_direction_and_dates() {
    // 2024-06-07 is a Friday.
    let s = statement(
        "it",
        "2024-06-07",
        None,
        "Il ministro degli Esteri Antonio Tajani ha ricevuto ieri una telefonata dal ministro ucraino Dmytro Kuleba.",
    );
    check(
        &s,
        &[Want {
            people: &["Antonio Tajani", "Dmytro Kuleba"],
            direction: Some(("Dmytro Kuleba", "Antonio Tajani")),
            date: Some("2024-06-06"),
        }],
    );
    let s = statement(
        "it",
        "2024-06-07",
        None,
        "La Presidente Giorgia Meloni ha telefonato al Presidente Emmanuel Macron il 5 giugno.",
    );
    check(
        &s,
        &[Want {
            people: &["Giorgia Meloni", "Emmanuel Macron"],
            direction: Some(("Giorgia Meloni", "Emmanuel Macron")),
            date: Some("2024-06-05"),
        }],
    );
    let s = statement(
        "pl",
        "2024-06-07",
        None,
        "Premier Donald Tusk zadzwonił w poniedziałek do kanclerza Olafa Scholza.",
    );
    check(
        &s,
        &[Want {
            people: &["Donald Tusk", "Olaf Scholz"],
            direction: Some(("Donald Tusk", "Olaf Scholz")),
            date: Some("2024-06-03"),
        }],
    );
    let s = statement(
        "pl",
        "2024-06-07",
        None,
        "Minister Radosław Sikorski rozmawiał telefonicznie z ministrem Dmytro Kułebą 4 czerwca.",
    );
    check(
        &s,
        &[Want {
            people: &["Radosław Sikorski", "Dmytro Kuleba"],
            direction: None,
            date: Some("2024-06-04"),
        }],
    );
}

#[test]
fn italian_headline_with_the_caller_between_cue_and_counterpart() {
    let s = statement(
        "it",
        "2024-06-07",
        Some("Colloquio telefonico del Presidente Meloni con il Presidente Zelensky"),
        "I due leader hanno fatto il punto sulla situazione al fronte.",
    );
    check(
        &s,
        &[Want {
            people: &["Giorgia Meloni", "Volodymyr Zelenskyy"],
            direction: None,
            date: Some("2024-06-07"),
        }],
    );
}

#[test]
fn arabic_calls_give_direction_dates_and_no_adjective_names() {
    let s = statement(
        "ar",
        "2024-05-20",
        Some("الرئيس يتلقى اتصالاً هاتفياً من الرئيس الفرنسي"),
        "تلقى الرئيس إلهام علييف رئيس جمهورية أذربيجان اتصالاً هاتفياً أمس، من فخامة الرئيس إيمانويل ماكرون رئيس الجمهورية الفرنسية.",
    );
    check(
        &s,
        &[Want {
            people: &["Ilham Aliyev", "Emmanuel Macron"],
            direction: Some(("Emmanuel Macron", "Ilham Aliyev")),
            date: Some("2024-05-19"),
        }],
    );
    // Verb first, a long honorific chain before the call noun, a Gregorian month name.
    let s = statement(
        "ar",
        "2024-05-20",
        None,
        "أجرى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد اتصالاً هاتفياً في 18 مايو بالرئيس رجب طيب أردوغان.",
    );
    check(
        &s,
        &[Want {
            people: &["Mohammed bin Salman", "Recep Tayyip Erdoğan"],
            direction: Some(("Mohammed bin Salman", "Recep Tayyip Erdoğan")),
            date: Some("2024-05-18"),
        }],
    );
}

#[test]
fn two_callers_joined_by_and_each_call_the_dative_recipient() {
    // A person named after the cue but not governed by it is no participant.
    let s = statement(
        "en",
        "2024-03-12",
        None,
        "President Joe Biden and President Emmanuel Macron spoke by phone today about support for President Volodymyr Zelenskyy.",
    );
    check(
        &s,
        &[Want {
            people: &["Joe Biden", "Emmanuel Macron"],
            direction: None,
            date: Some("2024-03-12"),
        }],
    );

    let s = statement(
        "ru",
        "2024-03-12",
        None,
        "Президент Франции Эмманюэль Макрон и Федеральный канцлер Германии Олаф Шольц позвонили вчера Владимиру Зеленскому.",
    );
    check(
        &s,
        &[
            Want {
                people: &["Emmanuel Macron", "Volodymyr Zelenskyy"],
                direction: Some(("Emmanuel Macron", "Volodymyr Zelenskyy")),
                date: Some("2024-03-11"),
            },
            Want {
                people: &["Olaf Scholz", "Volodymyr Zelenskyy"],
                direction: Some(("Olaf Scholz", "Volodymyr Zelenskyy")),
                date: Some("2024-03-11"),
            },
        ],
    );
}

#[test]
fn the_home_official_named_only_outside_the_call_sentence_takes_part() {
    let s = from_site(
        statement(
            "ru",
            "2024-02-26",
            Some("Телефонный разговор с Президентом Турции Реджепом Тайипом Эрдоганом"),
            "Владимир Путин и Реджеп Тайип Эрдоган обменялись мнениями о ситуации на Ближнем Востоке. \
             Условлено продолжить контакты. Беседа прошла по инициативе турецкой стороны.",
        ),
        "http://kremlin.ru/events/president/news/1",
    );
    check(
        &s,
        &[Want {
            people: &["Vladimir Putin", "Recep Tayyip Erdoğan"],
            direction: Some(("Recep Tayyip Erdoğan", "Vladimir Putin")),
            date: Some("2024-02-26"),
        }],
    );
}

#[test]
fn our_president_is_the_home_head_of_state_even_before_a_foreign_country() {
    let s = from_site(
        statement(
            "tr",
            "2024-09-05",
            None,
            "Cumhurbaşkanımız, dün Almanya Başbakanı Olaf Scholz ile telefonda görüştü.",
        ),
        "https://www.iletisim.gov.tr/turkce/haberler/detay/1",
    );
    check(
        &s,
        &[Want {
            people: &["Recep Tayyip Erdoğan", "Olaf Scholz"],
            direction: None,
            date: Some("2024-09-04"),
        }],
    );
}

#[test]
fn azerbaijani_dative_names_reduce_to_the_person_and_mark_the_recipient() {
    let s = statement(
        "az",
        "2024-11-02",
        None,
        "Prezident İlham Əliyev Gürcüstanın Baş naziri İrakli Kobaxidzeyə noyabrın 1-də telefonla zəng edib.",
    );
    check(
        &s,
        &[Want {
            people: &["Ilham Aliyev", "Irakli Kobakhidze"],
            direction: Some(("Ilham Aliyev", "Irakli Kobakhidze")),
            date: Some("2024-11-01"),
        }],
    );
    // A suffix on the last word of a full name that the gazetteer does not list.
    let s = statement(
        "az",
        "2024-11-02",
        None,
        "Prezident İlham Əliyev Almaniyanın Federal Kansleri Olaf Şoltsa telefonla zəng edib.",
    );
    check(
        &s,
        &[Want {
            people: &["Ilham Aliyev", "Olaf Scholz"],
            direction: Some(("Ilham Aliyev", "Olaf Scholz")),
            date: Some("2024-11-02"),
        }],
    );
    let s = statement(
        "tr",
        "2024-11-02",
        None,
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Fransa Cumhurbaşkanı Emmanuel Macronla telefonda görüştü.",
    );
    check(
        &s,
        &[Want {
            people: &["Recep Tayyip Erdoğan", "Emmanuel Macron"],
            direction: None,
            date: Some("2024-11-02"),
        }],
    );
    let s = statement(
        "az",
        "2024-11-02",
        None,
        "Prezident İlham Əliyev Fransa Prezidenti Emmanuel Makrona telefonla zəng edib.",
    );
    check(
        &s,
        &[Want {
            people: &["Ilham Aliyev", "Emmanuel Macron"],
            direction: Some(("Ilham Aliyev", "Emmanuel Macron")),
            date: Some("2024-11-02"),
        }],
    );
}

#[test]
fn country_words_after_a_title_are_never_a_person() {
    // The country's words are never taken for a name; the title with the country is the
    // office holder on that day (the UAE's foreign minister in February 2025).
    let s = statement(
        "uk",
        "2025-02-11",
        None,
        "Міністр закордонних справ України Андрій Сибіга провів телефонну розмову з Міністром закордонних справ Об'єднаних Арабських Еміратів.",
    );
    check(
        &s,
        &[Want {
            people: &["Andrii Sybiha", "Abdullah bin Zayed Al Nahyan"],
            direction: None,
            date: Some("2025-02-11"),
        }],
    );
}

#[test]
fn an_institution_side_and_an_armenian_genitive_side_name_the_caller() {
    let s = statement(
        "en",
        "2025-03-05",
        None,
        "Foreign Minister Jeyhun Bayramov held a phone call with Kaja Kallas, EU High Representative. \
         The call was held at the request of the EU side.",
    );
    check(
        &s,
        &[Want {
            people: &["Jeyhun Bayramov", "Kaja Kallas"],
            direction: Some(("Kaja Kallas", "Jeyhun Bayramov")),
            date: Some("2025-03-05"),
        }],
    );
    let s = statement(
        "hy",
        "2024-02-14",
        None,
        "Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել Գերմանիայի Կանցլեր Օլաֆ Շոլցի հետ։ Հեռախոսազրույցը կայացել է Գերմանիայի կողմի նախաձեռնությամբ։",
    );
    check(
        &s,
        &[Want {
            people: &["Nikol Pashinyan", "Olaf Scholz"],
            direction: Some(("Olaf Scholz", "Nikol Pashinyan")),
            date: Some("2024-02-14"),
        }],
    );
}

#[test]
fn a_second_call_with_its_own_date_in_one_sentence_keeps_that_date() {
    // 2024-09-10 is a Tuesday; "on Sunday" is two days earlier.
    let s = statement(
        "en",
        "2024-09-10",
        None,
        "Prime Minister Keir Starmer spoke by phone this morning with President Emmanuel Macron, after his call on Sunday with Chancellor Olaf Scholz.",
    );
    check(
        &s,
        &[
            Want {
                people: &["Keir Starmer", "Emmanuel Macron"],
                direction: None,
                date: Some("2024-09-10"),
            },
            Want {
                people: &["Keir Starmer", "Olaf Scholz"],
                direction: None,
                date: Some("2024-09-08"),
            },
        ],
    );
}

#[test]
fn bulgarian_calls_give_direction_and_dates() {
    let s = statement(
        "bg",
        "2024-10-03",
        None,
        "Президентът Румен Радев се обади на 2 октомври на президента на Франция Еманюел Макрон.",
    );
    check(
        &s,
        &[Want {
            people: &["Rumen Radev", "Emmanuel Macron"],
            direction: Some(("Rumen Radev", "Emmanuel Macron")),
            date: Some("2024-10-02"),
        }],
    );
}

#[test]
fn a_role_of_the_issuing_kingdom_names_its_holder() {
    let s = from_site(
        statement(
            "ar",
            "2024-06-10",
            None,
            "تلقى ولي العهد رئيس مجلس الوزراء اتصالاً هاتفياً اليوم من الرئيس إيمانويل ماكرون.",
        ),
        "https://www.spa.gov.sa/N1",
    );
    check(
        &s,
        &[Want {
            people: &["Mohammed bin Salman", "Emmanuel Macron"],
            direction: Some(("Emmanuel Macron", "Mohammed bin Salman")),
            date: Some("2024-06-10"),
        }],
    );
}

#[test]
fn the_home_official_named_only_by_title_and_country_takes_part() {
    let s = from_site(
        statement(
            "ru",
            "2024-05-14",
            Some("Телефонный разговор с Президентом Казахстана Касым-Жомартом Токаевым"),
            "Президент России поздравил коллегу с успешным проведением форума. Беседа состоялась по инициативе казахстанской стороны.",
        ),
        "http://kremlin.ru/events/president/news/2",
    );
    check(
        &s,
        &[Want {
            people: &["Vladimir Putin", "Kassym-Jomart Tokayev"],
            direction: Some(("Kassym-Jomart Tokayev", "Vladimir Putin")),
            date: Some("2024-05-14"),
        }],
    );
}

/// Rules learnt from real readouts (fixtures in our own words): a word for the telephone, in any
/// of its forms, with the parties named reports a call, whatever the verb around it.
#[test]
fn a_telephone_word_with_named_parties_reports_a_call_in_any_phrasing() {
    check(
        &statement(
            "uk",
            "2025-10-11",
            None,
            "Володимир Зеленський телефоном поговорив із Дональдом Трампом про енергетику.",
        ),
        &[Want {
            people: &["Volodymyr Zelenskyy", "Donald Trump"],
            direction: None,
            date: Some("2025-10-11"),
        }],
    );
    check(
        &statement(
            "fr",
            "2021-08-20",
            None,
            "Dans un échange téléphonique, Sergueï Lavrov a félicité Ararat Mirzoyan pour sa nomination.",
        ),
        &[Want {
            people: &["Sergey Lavrov", "Ararat Mirzoyan"],
            direction: None,
            date: Some("2021-08-20"),
        }],
    );
}

/// A plan, a future tense, a refusal or a remembered call next to the telephone word is no
/// call held; the plan words are read in the statement's own language only.
#[test]
fn planned_refused_and_remembered_calls_are_not_calls() {
    for (lang, body) in [
        (
            "ru",
            "Телефонный разговор Владимира Путина с Дональдом Трампом запланирован на вторник.",
        ),
        (
            "fr",
            "Emmanuel Macron aura un échange téléphonique vendredi avec Vladimir Poutine.",
        ),
        (
            "tr",
            "Cumhurbaşkanı Erdoğan yarın Putin ile telefonda görüşecek.",
        ),
        (
            "de",
            "Ein eigenes Telefonat von Olaf Scholz mit Wladimir Putin ist derzeit nicht geplant.",
        ),
        (
            "en",
            "Joe Biden and Xi Jinping are planning a phone call in the coming weeks.",
        ),
    ] {
        no_calls(&statement(lang, "2024-03-01", None, body));
    }
    // The same verb is a past tense in Bulgarian: "проведе" there reports a held call.
    check(
        &statement(
            "bg",
            "2024-02-08",
            None,
            "Румен Радев проведе днес телефонен разговор с Илхам Алиев.",
        ),
        &[Want {
            people: &["Rumen Radev", "Ilham Aliyev"],
            direction: None,
            date: Some("2024-02-08"),
        }],
    );
}

/// Officials named only by title and country, on either side, are the office holders on the
/// call's day; one title may stand for two countries.
#[test]
fn titles_with_countries_name_the_office_holders_on_either_side() {
    check(
        &statement(
            "ru",
            "2024-05-20",
            None,
            "Сегодня состоялся телефонный разговор между президентами России и Азербайджана.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Ilham Aliyev"],
            direction: None,
            date: Some("2024-05-20"),
        }],
    );
    check(
        &statement(
            "en",
            "2024-09-10",
            None,
            "The foreign ministers of Ukraine and Azerbaijan spoke by telephone today.",
        ),
        &[Want {
            people: &["Andrii Sybiha", "Jeyhun Bayramov"],
            direction: None,
            date: Some("2024-09-10"),
        }],
    );
}

/// The source of a report ("как сообщил Песков", "according to ...") is no party, and a letter
/// mentioned later in the sentence does not veto a call reported by a telephone word.
#[test]
fn sources_are_not_parties_and_far_traps_do_not_veto() {
    check(
        &statement(
            "ru",
            "2025-12-24",
            None,
            "Днем, как сообщил Песков, прошел телефонный разговор Путина с Ильхамом Алиевым.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Ilham Aliyev"],
            direction: None,
            date: Some("2025-12-24"),
        }],
    );
    check(
        &statement(
            "es",
            "2017-10-19",
            None,
            "Pedro Sánchez habló por teléfono con Emmanuel Macron horas después de recibir una carta del Parlamento.",
        ),
        &[Want {
            people: &["Pedro Sánchez", "Emmanuel Macron"],
            direction: None,
            date: Some("2017-10-19"),
        }],
    );
}

/// A non-Latin URL slug is read decoded: its words can name the parties.
#[test]
fn a_percent_encoded_slug_is_read_as_words() {
    let mut s = statement(
        "de",
        "2021-01-30",
        None,
        "Während des Telefonats sprachen beide über die Region.",
    );
    s.url = Some(
        "https://example.org/news/93/pr%C3%A4sident-ilham-aliyev-telefoniert-mit-pr%C3%A4sident-erdo%C4%9Fan"
            .into(),
    );
    check(
        &s,
        &[Want {
            people: &["Ilham Aliyev", "Recep Tayyip Erdoğan"],
            direction: None,
            date: Some("2021-01-30"),
        }],
    );
}

/// "до X зателефонували Y": the person after "to" was called; "the leader of Turkey" is its
/// president; "separate telephone conversations with A, B and C" are one call each.
#[test]
fn recipient_prepositions_leaders_and_separate_calls() {
    check(
        &statement(
            "uk",
            "2019-04-22",
            None,
            "Із вітаннями до Володимира Зеленського зателефонував Емманюель Макрон.",
        ),
        &[Want {
            people: &["Volodymyr Zelenskyy", "Emmanuel Macron"],
            direction: Some(("Emmanuel Macron", "Volodymyr Zelenskyy")),
            date: Some("2019-04-22"),
        }],
    );
    check(
        &statement(
            "ru",
            "2022-05-03",
            None,
            "Вчера Ильхам Алиев позвонил руководителю Турции.",
        ),
        &[Want {
            people: &["Ilham Aliyev", "Recep Tayyip Erdoğan"],
            direction: Some(("Ilham Aliyev", "Recep Tayyip Erdoğan")),
            date: Some("2022-05-02"),
        }],
    );
    check(
        &statement(
            "ru",
            "2022-05-03",
            None,
            "Эрдоган провел отдельные телефонные разговоры с Касым-Жомартом Токаевым, Садыром Жапаровым и Ильхамом Алиевым.",
        ),
        &[
            Want {
                people: &["Recep Tayyip Erdoğan", "Kassym-Jomart Tokayev"],
                direction: None,
                date: Some("2022-05-03"),
            },
            Want {
                people: &["Recep Tayyip Erdoğan", "Sadyr Japarov"],
                direction: None,
                date: Some("2022-05-03"),
            },
            Want {
                people: &["Recep Tayyip Erdoğan", "Ilham Aliyev"],
                direction: None,
                date: Some("2022-05-03"),
            },
        ],
    );
}

/// A telephone word in a sentence that names no one near the top of a statement: the call is
/// between the people the headline and lead name. Not when the lead reports a meeting.
#[test]
fn a_call_named_by_no_one_takes_its_parties_from_the_lead() {
    check(
        &statement(
            "es",
            "2026-01-09",
            None,
            "José Manuel Albares y Marco Rubio repasaron la situación en Venezuela. \
             La conversación telefónica duró media hora.",
        ),
        &[Want {
            people: &["José Manuel Albares", "Marco Rubio"],
            direction: None,
            date: Some("2026-01-09"),
        }],
    );
    no_calls(&statement(
        "ru",
        "2024-04-22",
        None,
        "Владимир Путин провёл в Кремле встречу с Ильхамом Алиевым. \
         Стороны отметили, что регулярные телефонные разговоры помогают решать вопросы.",
    ));
}

/// In a script without capitals, words after a title are not taken for an unknown name.
#[test]
fn uncased_scripts_name_only_gazetteer_people() {
    let calls = Extractor::new(gazetteer()).extract(&statement(
        "ar",
        "2023-05-01",
        None,
        "تلقى الرئيس عبد الفتاح السيسي اتصالا هاتفيا من الرئيس مبتسما، تحدث خلاله عن العلاقات.",
    ));
    assert!(
        calls
            .iter()
            .any(|c| c.participants.iter().any(|p| p == "Abdel Fattah el-Sisi")),
        "the call itself is found: {calls:?}"
    );
    for call in &calls {
        for p in &call.participants {
            assert!(
                p.chars().any(|c| c.is_ascii_alphabetic()),
                "{p} is no gazetteer name"
            );
        }
    }
}

/// "звонок X Y-у": X made the call and the dative took it; a lone party after "a appelé" is
/// called by the subject carried from the call before; a spokesman is the source.
#[test]
fn a_call_of_x_to_y_and_a_carried_subject_give_the_direction() {
    check(
        &statement(
            "ru",
            "2025-10-07",
            None,
            "Пресс-секретарь президента Дмитрий Песков назвал важным звонок Ильхама Алиева Владимиру Путину.",
        ),
        &[Want {
            people: &["Ilham Aliyev", "Vladimir Putin"],
            direction: Some(("Ilham Aliyev", "Vladimir Putin")),
            date: Some("2025-10-07"),
        }],
    );
    check(
        &statement(
            "fr",
            "2018-08-11",
            None,
            "Emmanuel Macron s'est entretenu par téléphone avec Donald Trump vendredi. \
             Le même jour, il a appelé Vladimir Poutine.",
        ),
        &[
            Want {
                people: &["Emmanuel Macron", "Donald Trump"],
                direction: None,
                date: Some("2018-08-10"),
            },
            Want {
                people: &["Emmanuel Macron", "Vladimir Putin"],
                direction: Some(("Emmanuel Macron", "Vladimir Putin")),
                date: Some("2018-08-10"),
            },
        ],
    );
}

/// A run of capitalised words after a title that names a country is the country, not a person.
#[test]
fn country_names_after_titles_are_not_unknown_people() {
    let calls = Extractor::new(gazetteer()).extract(&statement(
        "it",
        "2025-06-20",
        None,
        "Si è tenuta una telefonata tra Antonio Tajani e i ministri degli Esteri di Stati Uniti e Regno Unito.",
    ));
    assert!(
        calls
            .iter()
            .any(|c| c.participants.iter().any(|p| p == "Antonio Tajani")),
        "the call itself is found: {calls:?}"
    );
    for call in &calls {
        for p in &call.participants {
            assert!(
                !p.contains("Uniti") && !p.contains("Unito"),
                "{p} is a country: {calls:?}"
            );
        }
    }
}

/// A republished English statement names its issuer only by a link back to the official site
/// or by the office's address: "the Prime Minister" is then the UK's on the call's day, and the
/// handover day (not only the month) decides which one.
#[test]
fn a_republished_statement_resolves_its_home_official_by_the_handover_day() {
    check(
        &statement(
            "en",
            "2022-10-20",
            Some("Call between the PM and the Ukrainian President"),
            "The Prime Minister talked with President Zelenskyy this morning about air defence. \
             Source page: https://www.gov.uk/government/news/some-call",
        ),
        &[Want {
            people: &["Liz Truss", "Volodymyr Zelenskyy"],
            direction: None,
            date: Some("2022-10-20"),
        }],
    );
    check(
        &statement(
            "en",
            "2022-10-27",
            None,
            "10 Downing Street. The Prime Minister spoke with President Zelenskyy by phone today.",
        ),
        &[Want {
            people: &["Rishi Sunak", "Volodymyr Zelenskyy"],
            direction: None,
            date: Some("2022-10-27"),
        }],
    );
}

/// "During the call" looks back at a call already reported: a person it names (or a capitalised
/// word that looks like one) is no new participant.
#[test]
fn a_during_the_call_sentence_adds_no_participant() {
    check(
        &statement(
            "ru",
            "2024-05-20",
            None,
            "Президент Турции Эрдоган позвонил Ильхаму Алиеву. \
             Было сказано, что в ходе телефонного разговора обсуждался визит Никола Пашиняна.",
        ),
        &[Want {
            people: &["Recep Tayyip Erdoğan", "Ilham Aliyev"],
            direction: Some(("Recep Tayyip Erdoğan", "Ilham Aliyev")),
            date: Some("2024-05-20"),
        }],
    );
    check(
        &statement(
            "fr",
            "2022-11-13",
            None,
            "Ilham Aliyev a reçu un appel téléphonique d'Emmanuel Macron. \
             Au cours de l'entretien téléphonique, ils ont évoqué le sommet où Nikol Pachinian était présent.",
        ),
        &[Want {
            people: &["Ilham Aliyev", "Emmanuel Macron"],
            direction: Some(("Emmanuel Macron", "Ilham Aliyev")),
            date: Some("2022-11-13"),
        }],
    );
}

/// A word in Cyrillic is spelled against the person's Cyrillic names, not against a Latin
/// transliteration of their Arabic one: "Было" (it was) is not Robert Abela.
#[test]
fn a_common_cyrillic_word_is_not_a_name_transliterated_from_another_script() {
    let calls = Extractor::new(gazetteer()).extract(&statement(
        "ru",
        "2024-05-20",
        None,
        "Эрдоган провел телефонный разговор с Алиевым. Было решено продолжить обсуждение по телефону.",
    ));
    assert!(
        calls
            .iter()
            .flat_map(|c| &c.participants)
            .all(|p| p != "Robert Abela"),
        "{calls:?}"
    );
}

/// "X was called by A, B and C" is one call each, and a word only close to a surname inside a
/// longer title ("Milli Lideri") is no one.
#[test]
fn a_list_of_callers_is_one_call_each_and_titles_are_not_names() {
    check(
        &statement(
            "tr",
            "2003-03-12",
            None,
            "Erdoğan'ı İngiltere Başbakanı Tony Blair, Yunanistan Başbakanı Kostas Simitis \
             ve Kofi Annan telefonla arayarak kutladı.",
        ),
        &[
            Want {
                people: &["Recep Tayyip Erdoğan", "Tony Blair"],
                direction: Some(("Tony Blair", "Recep Tayyip Erdoğan")),
                date: Some("2003-03-12"),
            },
            Want {
                people: &["Recep Tayyip Erdoğan", "Costas Simitis"],
                direction: Some(("Costas Simitis", "Recep Tayyip Erdoğan")),
                date: Some("2003-03-12"),
            },
            Want {
                people: &["Recep Tayyip Erdoğan", "Kofi Annan"],
                direction: Some(("Kofi Annan", "Recep Tayyip Erdoğan")),
                date: Some("2003-03-12"),
            },
        ],
    );
    let calls = Extractor::new(gazetteer()).extract(&statement(
        "tr",
        "2024-04-10",
        None,
        "Erdoğan, Türkmenistan Milli Lideri Gurbangulu Berdimuhammedov ile telefonda görüştü.",
    ));
    assert!(
        calls
            .iter()
            .flat_map(|c| &c.participants)
            .all(|p| p != "Javier Milei"),
        "{calls:?}"
    );
}

/// A surname declined where the gazetteer lists no such form is found by its stem and then
/// spelled against the person ("Zełenskiego" is Zelenskyy in the Polish genitive).
#[test]
fn declined_surnames_are_found_by_their_stem() {
    check(
        &statement(
            "pl",
            "2023-06-14",
            None,
            "Kancelaria poinformowała wieczorem, że zakończyła się rozmowa telefoniczna \
             Andrzeja Dudy i Wołodymyra Zełenskiego.",
        ),
        &[Want {
            people: &["Andrzej Duda", "Volodymyr Zelenskyy"],
            direction: None,
            date: Some("2023-06-14"),
        }],
    );
}

/// Calls said to happen as a habit ("telefoniert regelmäßig", "регулярно созваниваются") report
/// no call held on a day.
#[test]
fn habitual_calls_are_not_reported_calls() {
    no_calls(&statement(
        "de",
        "2024-01-10",
        None,
        "Der Kanzler Olaf Scholz telefoniert regelmäßig mit Präsident Wladimir Putin, sagt ein Sprecher.",
    ));
    no_calls(&statement(
        "ru",
        "2024-01-10",
        None,
        "Владимир Путин и Ильхам Алиев регулярно созваниваются.",
    ));
}

/// An official site's own readout says "spoke with" for a call and names the place of any
/// meeting: with no meeting or visit in its lead, the weak cue is a call; with one, it is not.
#[test]
fn an_official_readout_that_spoke_with_someone_reports_a_call() {
    check(
        &from_site(
            statement(
                "en",
                "2018-05-14",
                None,
                "This afternoon Prime Minister Justin Trudeau spoke with President Donald Trump. \
                 They went over the trade negotiations.",
            ),
            "https://pm.gc.ca/en/news/readouts/2018/05/14/pm-speaks-with-us-president",
        ),
        &[Want {
            people: &["Justin Trudeau", "Donald Trump"],
            direction: None,
            date: Some("2018-05-14"),
        }],
    );
    no_calls(&from_site(
        statement(
            "en",
            "2018-06-09",
            None,
            "At the summit in Charlevoix, Prime Minister Justin Trudeau spoke with President Donald Trump.",
        ),
        "https://pm.gc.ca/en/news/readouts/2018/06/09/pm-at-the-summit",
    ));
    no_calls(&statement(
        "en",
        "2018-05-14",
        None,
        "This afternoon Prime Minister Justin Trudeau spoke with President Donald Trump.",
    ));
}

/// A headline about calls to one person over a lead that lists who made them ("A, B and C
/// congratulated X"), with no call sentence in the body: one call between X and each.
#[test]
fn a_headline_call_with_a_listed_lead_is_one_call_each() {
    check(
        &statement(
            "tr",
            "2023-05-16",
            Some("Cumhurbaşkanı Erdoğan'a liderlerden tebrik telefonu"),
            "Katar Emiri Şeyh Temim bin Hamed Al Sani, Macaristan Başbakanı Viktor Orban ve Kürt \
             Bölgesel Yönetimi Başkanı Neçirvan Barzani seçim sonucu için Cumhurbaşkanı Erdoğan'ı kutladı.",
        ),
        &[
            Want {
                people: &["Recep Tayyip Erdoğan", "Tamim bin Hamad Al Thani"],
                direction: None,
                date: Some("2023-05-16"),
            },
            Want {
                people: &["Recep Tayyip Erdoğan", "Viktor Orbán"],
                direction: None,
                date: Some("2023-05-16"),
            },
            Want {
                people: &["Recep Tayyip Erdoğan", "Nechirvan Barzani"],
                direction: None,
                date: Some("2023-05-16"),
            },
        ],
    );
}

/// A surname only close to a gazetteer one, right after an unknown given name, is someone else:
/// "Mesud Barzani" is not Alicia Bárcena.
#[test]
fn an_approximate_surname_after_an_unknown_given_name_is_no_gazetteer_person() {
    let calls = Extractor::new(gazetteer()).extract(&statement(
        "tr",
        "2023-05-16",
        None,
        "Cumhurbaşkanı Erdoğan, Mesud Barzani ile telefonda görüştü.",
    ));
    assert!(
        calls
            .iter()
            .flat_map(|c| &c.participants)
            .all(|p| p != "Alicia Bárcena"),
        "{calls:?}"
    );
}

/// "Last week" dates the call a sentence reports (to no known day); "last year's call" is an
/// earlier call, recalled.
#[test]
fn a_time_span_after_last_dates_the_call_rather_than_recalling_one() {
    check(
        &statement(
            "ru",
            "2024-03-12",
            None,
            "На прошлой неделе телефонный разговор Владимира Путина и Реджепа Тайипа Эрдогана касался Сирии.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Recep Tayyip Erdoğan"],
            direction: None,
            date: None,
        }],
    );
    no_calls(&statement(
        "en",
        "2024-03-12",
        None,
        "Ilham Aliyev said that in last year's phone conversation Recep Tayyip Erdoğan had offered help.",
    ));
}

/// A call whose counterparts the sentence only describes ("two Gulf leaders") takes the
/// people the next sentence names: one call each when the calls were separate, the lone
/// person otherwise; a sentence about a meeting gives no one.
#[test]
fn a_described_counterpart_is_the_person_named_next() {
    check(
        &statement(
            "en",
            "2021-04-02",
            None,
            "The Turkish president had separate phone calls on Thursday with two Gulf \
             leaders. Recep Tayyip Erdoğan went over trade with President Barham Salih and \
             Emir Tamim bin Hamad Al Thani.",
        ),
        &[
            Want {
                people: &["Recep Tayyip Erdoğan", "Barham Salih"],
                direction: None,
                date: Some("2021-04-01"),
            },
            Want {
                people: &["Recep Tayyip Erdoğan", "Tamim bin Hamad Al Thani"],
                direction: None,
                date: Some("2021-04-01"),
            },
        ],
    );
    // "The leader" of a country is the office that leads it: the emir in Kuwait, on the day
    // (Sabah until his death on 29 September 2020, then Nawaf).
    for (day, emir) in [
        ("2020-09-16", "Sabah Al-Ahmad Al-Jaber Al-Sabah"),
        ("2020-10-06", "Nawaf Al-Ahmad Al-Jaber Al-Sabah"),
    ] {
        check(
            &statement(
                "en",
                day,
                None,
                "Recep Tayyip Erdoğan talked on the phone with the Kuwaiti leader today.",
            ),
            &[Want {
                people: &["Recep Tayyip Erdoğan", emir],
                direction: None,
                date: Some(day),
            }],
        );
    }
    // "The leader" of a country is the office that leads it: the emir in Qatar.
    check(
        &statement(
            "en",
            "2021-04-02",
            None,
            "Recep Tayyip Erdoğan talked on the phone with the Qatari leader on Thursday.",
        ),
        &[Want {
            people: &["Recep Tayyip Erdoğan", "Tamim bin Hamad Al Thani"],
            direction: None,
            date: Some("2021-04-01"),
        }],
    );
    check(
        &statement(
            "de",
            "2020-12-01",
            None,
            "Ilham Aliyev hat mit dem Präsidenten der Nachbarrepublik telefoniert. \
             Recep Tayyip Erdogan bedankte sich bei Aliyev für die guten Wünsche.",
        ),
        &[Want {
            people: &["Ilham Aliyev", "Recep Tayyip Erdoğan"],
            direction: None,
            date: Some("2020-12-01"),
        }],
    );
    // The next sentence must speak of the call (name its participant again), and its people
    // must be of the countries the call sentence gives.
    for next in [
        "Ilham Aliyev will visit Ankara for a summit next month.",
        "Olaf Scholz said the energy crisis was serious.",
        "Recep Tayyip Erdoğan also thanked Olaf Scholz for his help.",
    ] {
        check(
            &statement(
                "en",
                "2021-04-02",
                None,
                &format!(
                    "Recep Tayyip Erdoğan had a phone call with the Lebanese leader on Thursday. {next}"
                ),
            ),
            &[Want {
                people: &["Recep Tayyip Erdoğan"],
                direction: None,
                date: Some("2021-04-01"),
            }],
        );
    }
    check(
        &statement(
            "en",
            "2021-04-02",
            None,
            "Recep Tayyip Erdoğan had a phone call with a Gulf leader on Thursday. \
             Ilham Aliyev will visit Ankara for a summit next month.",
        ),
        &[Want {
            people: &["Recep Tayyip Erdoğan"],
            direction: None,
            date: Some("2021-04-01"),
        }],
    );
}

/// An unknown name is two words at least: a lone capitalised word after a title is a
/// common noun ("Deputy", "Embassy") as often as a surname.
#[test]
fn a_lone_unknown_word_after_a_title_is_no_participant() {
    check(
        &statement(
            "en",
            "2023-05-04",
            None,
            "Foreign Minister Jeyhun Bayramov spoke by phone with Deputy Minister Assistant.",
        ),
        &[Want {
            people: &["Jeyhun Bayramov"],
            direction: None,
            date: Some("2023-05-04"),
        }],
    );
}

/// Offices named by title and country stand for their holders on the call's day even with no
/// name in the sentence: plural titles, several countries before or after the title, and a
/// country whose name looks like a person's.
#[test]
fn offices_alone_name_the_parties_of_a_telephone_sentence() {
    for body in [
        "The President of Iran had a telephone conversation with the President of Turkey on Sunday.",
        "The Turkish and Iranian presidents talked on the phone on Sunday.",
        "On Sunday the presidents of Turkey and Iran exchanged views by telephone.",
    ] {
        check(
            &statement("en", "2020-05-25", None, body),
            &[Want {
                people: &["Recep Tayyip Erdoğan", "Hassan Rouhani"],
                direction: None,
                date: Some("2020-05-24"),
            }],
        );
    }
    // Armenian: "the foreign ministers of Ukraine and Azerbaijan talked by phone".
    check(
        &statement(
            "hy",
            "2024-09-10",
            None,
            "Ուկրաինայի և Ադրբեջանի արտգործնախարարները հեռախոսով զրուցել են։",
        ),
        &[Want {
            people: &["Andrii Sybiha", "Jeyhun Bayramov"],
            direction: None,
            date: Some("2024-09-10"),
        }],
    );
    // Offices in a sentence about meetings report no call; nor does one office alone.
    no_calls(&statement(
        "en",
        "2020-05-25",
        None,
        "The presidents of Turkey and Iran keep in contact through meetings and telephone conversations.",
    ));
    no_calls(&statement(
        "en",
        "2020-05-25",
        None,
        "Reporters tried to reach the Iranian president by telephone.",
    ));
}

/// "X a contacté Y" says who reached out; a name in an aside before the caller is no second
/// caller; an Azerbaijani genitive initiator names the caller.
#[test]
fn contacted_asides_and_genitive_initiators_give_the_right_caller() {
    check(
        &statement(
            "fr",
            "2017-01-29",
            None,
            "Samedi, François Hollande a contacté par téléphone son homologue américain Donald Trump.",
        ),
        &[Want {
            people: &["François Hollande", "Donald Trump"],
            direction: Some(("François Hollande", "Donald Trump")),
            date: Some("2017-01-28"),
        }],
    );
    // Contacted by mail is no call, whatever the statement says of telephones elsewhere.
    let by_mail = Extractor::new(gazetteer()).extract(&statement(
        "fr",
        "2017-01-29",
        None,
        "François Hollande a contacté Donald Trump par courrier. Il s'est aussi entretenu par téléphone avec Angela Merkel.",
    ));
    assert!(
        by_mail
            .iter()
            .all(|c| !c.participants.iter().any(|p| p == "Donald Trump")),
        "{by_mail:#?}"
    );
    let aside = Extractor::new(gazetteer()).extract(&statement(
        "fr",
        "2022-02-25",
        None,
        "Après un échange avec le président ukrainien, et d'accord avec lui, Emmanuel Macron a appelé Vladimir Poutine au téléphone.",
    ));
    // A list with a comma before "and" is still one call each.
    let listed = Extractor::new(gazetteer()).extract(&statement(
        "en",
        "2022-05-10",
        None,
        "Emmanuel Macron, Olaf Scholz, and Mario Draghi each telephoned Vladimir Putin on Monday.",
    ));
    assert_eq!(listed.len(), 3, "{listed:#?}");
    let callers: Vec<Option<&str>> = aside.iter().map(|c| c.caller.as_deref()).collect();
    assert!(
        aside
            .iter()
            .any(|c| c.caller.as_deref() == Some("Emmanuel Macron")
                && c.recipient.as_deref() == Some("Vladimir Putin")),
        "{aside:#?}"
    );
    assert!(
        !callers.contains(&Some("Volodymyr Zelenskyy")),
        "{aside:#?}"
    );
    check(
        &statement(
            "az",
            "2023-03-26",
            None,
            "Dünən Sergey Şoyqunun təşəbbüsü ilə Zakir Həsənov ilə telefon danışığı olub.",
        ),
        &[Want {
            people: &["Sergei Shoigu", "Zakir Hasanov"],
            direction: Some(("Sergei Shoigu", "Zakir Hasanov")),
            date: Some("2023-03-25"),
        }],
    );
}

/// A short Arabic word alone is a name only when written exactly as an alias: "عصر"
/// (afternoon) transliterates like the surname "ساعر" and is no participant.
#[test]
fn a_short_arabic_word_is_a_name_only_as_written() {
    check(
        &statement(
            "ar",
            "2020-03-20",
            None,
            "تلقى الشيخ صباح الأحمد اتصالا هاتفيا، عصر أمس، من الرئيس حسن روحاني.",
        ),
        &[Want {
            people: &["Sabah Al-Ahmad Al-Jaber Al-Sabah", "Hassan Rouhani"],
            direction: Some(("Hassan Rouhani", "Sabah Al-Ahmad Al-Jaber Al-Sabah")),
            date: Some("2020-03-19"),
        }],
    );
}

/// Arabic: "the King also made a call with X" after a first call names the King's second call,
/// and the King called: whoever follows the call phrase is the other side.
#[test]
fn an_arabic_second_call_of_the_same_caller_keeps_the_direction() {
    check(
        &statement(
            "ar",
            "2020-03-21",
            None,
            "أجرى الملك عبدالله الثاني اليوم اتصالا هاتفيا مع الشيخ تميم بن حمد آل ثاني. \
             كما أجرى الملك اتصالا هاتفيا مع الرئيس عبدالفتاح السيسي.",
        ),
        &[
            Want {
                people: &["King Abdullah II", "Tamim bin Hamad Al Thani"],
                direction: Some(("King Abdullah II", "Tamim bin Hamad Al Thani")),
                date: Some("2020-03-21"),
            },
            Want {
                people: &["King Abdullah II", "Abdel Fattah el-Sisi"],
                direction: Some(("King Abdullah II", "Abdel Fattah el-Sisi")),
                date: Some("2020-03-21"),
            },
        ],
    );
}

/// "The spokesman on X's call": X is what the spokesman speaks about, a participant, not the
/// source of the report.
#[test]
fn a_person_a_spokesman_speaks_about_is_a_participant() {
    check(
        &statement(
            "en",
            "2012-03-05",
            None,
            "A spokesman on David Cameron's telephone call with Vladimir Putin said it had been frank.",
        ),
        &[Want {
            people: &["David Cameron", "Vladimir Putin"],
            direction: None,
            date: Some("2012-03-05"),
        }],
    );
}

/// Polish: a call proposed or postponed is no call held.
#[test]
fn a_proposed_polish_call_is_not_a_call() {
    no_calls(&statement(
        "pl",
        "2020-05-06",
        None,
        "W środę Biały Dom zgłosił propozycję rozmowy telefonicznej prezydenta Baracka Obamy z premierem Donaldem Tuskiem.",
    ));
}

/// A page that republishes a readout days later: its opening phrase names the issuer ("A
/// Downing Street spokesperson said"), and the day in its headline is the day "this evening"
/// counts from, and the day offices are held on.
#[test]
fn a_republished_readout_counts_from_the_day_in_its_headline() {
    check(
        &statement(
            "en",
            "2018-05-17",
            Some("Readout: PM phone call with President Trump, 11 May 2018"),
            "A Downing Street spokesperson said: the Prime Minister spoke to President Donald \
             Trump on the phone this evening about North Korea.",
        ),
        &[Want {
            people: &["Theresa May", "Donald Trump"],
            direction: None,
            date: Some("2018-05-11"),
        }],
    );
    // A headline date weeks before the page is another event's, not the statement's day.
    check(
        &statement(
            "en",
            "2018-07-17",
            Some("Ten weeks after the phone call of 11 May 2018"),
            "Donald Trump spoke by phone with Emmanuel Macron today.",
        ),
        &[Want {
            people: &["Donald Trump", "Emmanuel Macron"],
            direction: None,
            date: Some("2018-07-17"),
        }],
    );
}

#[test]
fn a_call_to_someone_was_placed_by_the_other_side() {
    // "X's phone call to Y": the call went to Y, so X placed it.
    check(
        &statement(
            "en",
            "2019-03-12",
            None,
            "A government spokesperson commented on Theresa May's phone call to Donald Trump \
             this morning. The two leaders went over trade and security.",
        ),
        &[Want {
            people: &["Theresa May", "Donald Trump"],
            direction: Some(("Theresa May", "Donald Trump")),
            date: Some("2019-03-12"),
        }],
    );
    // Without the possessive the text names no caller: "the phone call to Y" was confirmed by
    // a spokesman who took no part in it.
    check(
        &statement(
            "en",
            "2019-03-12",
            None,
            "Olaf Scholz and Donald Trump spoke by phone this morning. A spokesman said the phone \
             call to Donald Trump lasted an hour.",
        ),
        &[Want {
            people: &["Olaf Scholz", "Donald Trump"],
            direction: None,
            date: Some("2019-03-12"),
        }],
    );
    // Without a phone word, "a call to" is an appeal.
    no_calls(&statement(
        "en",
        "2019-03-12",
        None,
        "Theresa May renewed her call to Donald Trump to lift the tariffs on steel.",
    ));
}

#[test]
fn separate_calls_with_a_leader_named_only_in_the_next_sentence() {
    // One leader resolves by title (Qatar's is its emir); Iraq's has no single leading office,
    // so the person comes from the next sentence, which names the subject again.
    let body = |next: &str| {
        format!(
            "The Turkish president held separate phone calls on Thursday with the Iraqi and \
             Qatari leaders. {next}"
        )
    };
    check(
        &statement(
            "en",
            "2021-04-02",
            None,
            &body(
                "Recep Tayyip Erdoğan went over trade with Iraqi President Barham Salih and \
                 Emir Tamim bin Hamad Al Thani.",
            ),
        ),
        &[
            Want {
                people: &["Recep Tayyip Erdoğan", "Tamim bin Hamad Al Thani"],
                direction: None,
                date: Some("2021-04-01"),
            },
            Want {
                people: &["Recep Tayyip Erdoğan", "Barham Salih"],
                direction: None,
                date: Some("2021-04-01"),
            },
        ],
    );
    // A next sentence about someone else gives no one.
    check(
        &statement(
            "en",
            "2021-04-02",
            None,
            &body("Barham Salih later said the Gulf was calm."),
        ),
        &[Want {
            people: &["Recep Tayyip Erdoğan", "Tamim bin Hamad Al Thani"],
            direction: None,
            date: Some("2021-04-01"),
        }],
    );
}

#[test]
fn a_country_name_is_no_surname() {
    // "Turkey's" is only close in spelling to the surname of Slovenia's Danilo Türk.
    check(
        &statement(
            "en",
            "2009-04-02",
            None,
            "Turkey's president held a phone call with Vladimir Putin on Thursday.",
        ),
        &[Want {
            people: &["Vladimir Putin"],
            direction: None,
            date: Some("2009-04-02"),
        }],
    );
}

#[test]
fn a_first_name_like_a_surname_is_no_one_when_another_name_follows() {
    // "Gustavo" is the king's "Gustav" plus a letter; the capitalised word after it shows a
    // longer name (Colombia's president).
    check(
        &statement(
            "es",
            "2023-03-02",
            None,
            "El mandatario Gustavo Petro conversó por teléfono con Donald Trump este jueves.",
        ),
        &[Want {
            people: &["Donald Trump", "Gustavo Petro"],
            direction: None,
            date: Some("2023-03-02"),
        }],
    );
    // German capitalises every noun: "Reise" (a trip) is not Raisi.
    check(
        &statement(
            "de",
            "2010-03-06",
            None,
            "Westerwelle telefonierte vor seiner Reise mit Hillary Clinton.",
        ),
        &[Want {
            people: &["Guido Westerwelle", "Hillary Clinton"],
            direction: None,
            date: Some("2010-03-06"),
        }],
    );
}

#[test]
fn the_person_right_before_a_call_phrase_is_its_subject_not_a_source() {
    check(
        &statement(
            "en",
            "2018-01-20",
            None,
            "An aide, speaking on background, said Turkish minister Mevlüt Çavuşoğlu held a \
             telephonic conversation at the request of the U.S. Secretary of State Rex Tillerson.",
        ),
        &[Want {
            people: &["Mevlüt Çavuşoğlu", "Rex Tillerson"],
            direction: Some(("Rex Tillerson", "Mevlüt Çavuşoğlu")),
            date: Some("2018-01-20"),
        }],
    );
    // A spokesman named before a verb of his own stays the source.
    check(
        &statement(
            "ru",
            "2024-12-29",
            None,
            "Пресс-секретарь Дмитрий Песков подтвердил состоявшийся телефонный разговор Путина с \
             Алиевым.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Ilham Aliyev"],
            direction: None,
            date: Some("2024-12-29"),
        }],
    );
}

#[test]
fn a_call_between_two_people_is_theirs_alone() {
    // Trump is named first in the sentence but is not in the call it reports.
    check(
        &statement(
            "it",
            "2017-02-04",
            None,
            "Dopo la vittoria di Trump c'era stata una telefonata tra il ministro Roberta Pinotti \
             e il segretario Mattis.",
        ),
        &[Want {
            people: &["Roberta Pinotti", "Jim Mattis"],
            direction: None,
            date: Some("2017-02-04"),
        }],
    );
}

#[test]
fn italian_headlines_say_who_calls_in_the_present() {
    check(
        &statement(
            "it",
            "2014-02-24",
            Some("Obama telefona a Renzi dopo la fiducia"),
            "La telefonata del presidente americano è arrivata nel pomeriggio.",
        ),
        &[Want {
            people: &["Barack Obama", "Matteo Renzi"],
            direction: Some(("Barack Obama", "Matteo Renzi")),
            date: Some("2014-02-24"),
        }],
    );
    // Hoping for a call is not having one.
    no_calls(&statement(
        "it",
        "2022-07-16",
        None,
        "Nei palazzi si spera in una telefonata che convinca Mario Draghi a restare.",
    ));
}

#[test]
fn a_call_someone_must_still_make_is_not_reported() {
    no_calls(&statement(
        "ar",
        "2020-09-23",
        None,
        "قال الرئيس دونالد ترامب إن عليه إجراء اتصال هاتفي عاجل ثم غادر القاعة.",
    ));
}

#[test]
fn the_issuing_institution_speaks_through_its_officer() {
    // A UN release: "the Secretary-General" is whoever held that office on the day, though
    // his own country is another.
    check(
        &from_site(
            statement(
                "en",
                "2013-07-28",
                None,
                "The Secretary-General made several telephone calls today, including with the \
                 Foreign Minister of Turkey.",
            ),
            "https://www.un.org/sg/readout-2013-07-28",
        ),
        &[Want {
            people: &["Ban Ki-moon", "Ahmet Davutoğlu"],
            direction: Some(("Ban Ki-moon", "Ahmet Davutoğlu")),
            date: Some("2013-07-28"),
        }],
    );
}

#[test]
fn a_day_the_text_leaves_vague_stays_unknown() {
    check(
        &statement(
            "it",
            "2017-02-04",
            None,
            "Nei giorni scorsi Paolo Gentiloni ha avuto un colloquio telefonico con Angela Merkel.",
        ),
        &[Want {
            people: &["Paolo Gentiloni", "Angela Merkel"],
            direction: None,
            date: None,
        }],
    );
}

#[test]
fn a_telephone_word_that_opens_a_during_the_call_phrase_reports_nothing_new() {
    // Azerbaijani puts "during" last: "telefon danışığı əsnasında" is "during the phone
    // conversation", and the person it names (Biden, whose statement was discussed) is no party.
    check(
        &statement(
            "az",
            "2021-04-24",
            None,
            "Prezident İlham Əliyev Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan ilə telefonla \
             danışıb. Telefon danışığı əsnasında ABŞ Prezidenti Co Baydenin bəyanatı müzakirə \
             olunub.",
        ),
        &[Want {
            people: &["Ilham Aliyev", "Recep Tayyip Erdoğan"],
            direction: None,
            date: Some("2021-04-24"),
        }],
    );
}

#[test]
fn a_call_on_the_agenda_is_not_one_held() {
    // "tengo una llamada con X a las nueve": a call in the diary, not yet made.
    no_calls(&statement(
        "es",
        "2023-12-21",
        None,
        "Por cierto, tengo una llamada con el presidente Joe Biden a las nueve, dijo el mandatario.",
    ));
}

#[test]
fn a_page_stamp_is_not_the_call_date() {
    // The French verb with "au téléphone" names the caller even when the person comes later,
    // and the day in the sentence beats the "Publié le" stamp above it.
    check(
        &statement(
            "fr",
            "2022-05-06",
            Some("Un échange téléphonique entre Macron et Sall"),
            "Un échange téléphonique entre Macron et Sall. Publié le vendredi 6 mai 2022. \
             Emmanuel Macron a appelé au téléphone, ce jeudi 5 mai, son homologue du Sénégal, \
             Macky Sall.",
        ),
        &[Want {
            people: &["Emmanuel Macron", "Macky Sall"],
            direction: Some(("Emmanuel Macron", "Macky Sall")),
            date: Some("2022-05-05"),
        }],
    );
}

#[test]
fn between_names_the_parties_only_when_they_follow_it() {
    // "among others" and "between two appointments" are no "between A and B": the subject
    // is in both calls.
    for (lang, subject, body) in [
        (
            "it",
            "Giorgia Meloni",
            "Giorgia Meloni ha sentito telefonicamente tra gli altri Emmanuel Macron e Olaf Scholz.",
        ),
        (
            "es",
            "Pedro Sánchez",
            "Pedro Sánchez mantuvo una conversación telefónica, entre otros, con Emmanuel Macron y \
             Olaf Scholz.",
        ),
        (
            "de",
            "Olaf Scholz",
            "Olaf Scholz telefonierte zwischen zwei Terminen mit Emmanuel Macron und Giorgia Meloni.",
        ),
    ] {
        let calls = Extractor::new(gazetteer()).extract(&statement(lang, "2023-04-20", None, body));
        assert_eq!(calls.len(), 2, "{body}: {calls:#?}");
        assert!(
            calls
                .iter()
                .all(|c| c.participants.iter().any(|p| p == subject)),
            "every call is {subject}'s: {calls:#?}"
        );
    }
}

#[test]
fn made_in_a_phone_call_says_nothing_of_who_called() {
    check(
        &statement(
            "en",
            "2024-03-12",
            None,
            "Recep Tayyip Erdoğan made the remarks during a phone call with Vladimir Putin.",
        ),
        &[Want {
            people: &["Recep Tayyip Erdoğan", "Vladimir Putin"],
            direction: None,
            date: Some("2024-03-12"),
        }],
    );
}

#[test]
fn a_second_call_followed_by_during_the_call_is_still_a_call() {
    check(
        &statement(
            "tr",
            "2023-05-05",
            None,
            "Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Putin ile telefonda görüştü. Erdoğan \
             ardından Ukrayna Devlet Başkanı Zelenskiy ile telefonda görüştü, görüşmede tahıl \
             koridoru ele alındı.",
        ),
        &[
            Want {
                people: &["Recep Tayyip Erdoğan", "Vladimir Putin"],
                direction: None,
                date: Some("2023-05-05"),
            },
            Want {
                people: &["Recep Tayyip Erdoğan", "Volodymyr Zelenskyy"],
                direction: None,
                date: Some("2023-05-05"),
            },
        ],
    );
}

#[test]
fn everyday_words_near_a_call_do_not_cancel_it() {
    // Arabic "عليه" ("on it"), Italian hopes after the call, Spanish "tengo que decir".
    check(
        &statement(
            "ar",
            "2023-04-20",
            None,
            "وبناء عليه أجرى سامح شكري اتصالا هاتفيا مع مولود جاويش أوغلو.",
        ),
        &[Want {
            people: &["Sameh Shoukry", "Mevlüt Çavuşoğlu"],
            direction: Some(("Sameh Shoukry", "Mevlüt Çavuşoğlu")),
            date: Some("2023-04-20"),
        }],
    );
    check(
        &statement(
            "it",
            "2023-04-20",
            None,
            "Giorgia Meloni ha sentito telefonicamente Volodymyr Zelensky e auspica una pace giusta.",
        ),
        &[Want {
            people: &["Giorgia Meloni", "Volodymyr Zelenskyy"],
            direction: None,
            date: Some("2023-04-20"),
        }],
    );
    check(
        &statement(
            "es",
            "2023-04-20",
            None,
            "Andrés Manuel López Obrador habló por teléfono con Joe Biden: «tengo que decir que \
             fue cordial», escribió.",
        ),
        &[Want {
            people: &["Joe Biden", "Andrés Manuel López Obrador"],
            direction: None,
            date: Some("2023-04-20"),
        }],
    );
}

#[test]
fn a_stated_day_beats_a_vague_one_and_a_post_dates_what_it_says() {
    check(
        &statement(
            "en",
            "2023-04-20",
            None,
            "Joe Biden, who came back from Kyiv a few days ago, spoke by phone with Volodymyr \
             Zelensky on Thursday.",
        ),
        &[Want {
            people: &["Joe Biden", "Volodymyr Zelenskyy"],
            direction: None,
            date: Some("2023-04-20"),
        }],
    );
    check(
        &statement(
            "en",
            "2023-04-20",
            None,
            "Volodymyr Zelensky said in a video posted on Monday that he had held a phone call \
             with Emmanuel Macron.",
        ),
        &[Want {
            people: &["Volodymyr Zelenskyy", "Emmanuel Macron"],
            direction: None,
            date: Some("2023-04-17"),
        }],
    );
}

#[test]
fn a_german_name_spelled_one_letter_off_is_still_found() {
    check(
        &statement(
            "de",
            "2023-05-09",
            None,
            "Olaf Scholz hat am Dienstag mit Selenski telefoniert.",
        ),
        &[Want {
            people: &["Olaf Scholz", "Volodymyr Zelenskyy"],
            direction: None,
            date: Some("2023-05-09"),
        }],
    );
}

#[test]
fn an_eu_office_is_not_a_national_minister_for_european_affairs() {
    // On an EU site "the Foreign Minister" of 2006 is no one the gazetteer has as the EU's.
    check(
        &from_site(
            statement(
                "en",
                "2006-03-10",
                None,
                "The Foreign Minister spoke by phone with Sergei Lavrov.",
            ),
            "https://eeas.europa.eu/statement-2006",
        ),
        &[Want {
            people: &["Sergey Lavrov"],
            direction: None,
            date: Some("2006-03-10"),
        }],
    );
}

#[test]
fn a_subject_pronoun_stands_for_the_person_named_just_before() {
    // "il" opens the call sentence before anyone is named: Macron, named in the sentence
    // before, holds the call; the next lone call is his too.
    check(
        &statement(
            "fr",
            "2022-09-13",
            None,
            "Emmanuel Macron a dit sa grande inquiétude face aux combats. Lors d'un entretien \
             téléphonique, il a demandé au président Ilham Aliev d'arrêter les hostilités. Le \
             président s'est également entretenu dans la soirée de lundi avec Nikol Pachinian.",
        ),
        &[
            Want {
                people: &["Emmanuel Macron", "Ilham Aliyev"],
                direction: None,
                date: Some("2022-09-13"),
            },
            Want {
                people: &["Emmanuel Macron", "Nikol Pashinyan"],
                direction: None,
                date: Some("2022-09-12"),
            },
        ],
    );
}

#[test]
fn an_italian_verb_of_calling_gives_the_direction_of_a_reported_call_only() {
    check(
        &statement(
            "it",
            "2024-03-02",
            Some("Meloni chiama Erdogan"),
            "La presidente del Consiglio Giorgia Meloni ha avuto un colloquio telefonico con Recep \
             Tayyip Erdogan.",
        ),
        &[Want {
            people: &["Giorgia Meloni", "Recep Tayyip Erdoğan"],
            direction: Some(("Giorgia Meloni", "Recep Tayyip Erdoğan")),
            date: Some("2024-03-02"),
        }],
    );
    // Naming someone something is no call.
    check(
        &statement(
            "it",
            "2022-03-20",
            None,
            "Mario Draghi ha sentito telefonicamente Volodymyr Zelensky. Nel colloquio Zelensky, \
             che ha chiamato Vladimir Putin un criminale, ha chiesto nuove sanzioni.",
        ),
        &[Want {
            people: &["Mario Draghi", "Volodymyr Zelenskyy"],
            direction: None,
            date: Some("2022-03-20"),
        }],
    );
}

#[test]
fn a_counterpart_described_by_country_is_the_holder_of_the_same_office_there() {
    for (lang, body, other) in [
        (
            "en",
            "Mevlüt Çavuşoğlu spoke by phone with his U.S. counterpart on Saturday.",
            "Rex Tillerson",
        ),
        (
            "fr",
            "Jean-Yves Le Drian s'est entretenu par téléphone avec son homologue russe.",
            "Sergey Lavrov",
        ),
        (
            "ru",
            "Сергей Лавров провел телефонный разговор со своим турецким коллегой.",
            "Mevlüt Çavuşoğlu",
        ),
        (
            "tr",
            "Dışişleri Bakanı Mevlüt Çavuşoğlu, Rus mevkidaşı ile telefonda görüştü.",
            "Sergey Lavrov",
        ),
    ] {
        let calls = Extractor::new(gazetteer()).extract(&statement(lang, "2018-01-20", None, body));
        assert_eq!(calls.len(), 1, "{body}: {calls:#?}");
        assert!(
            calls[0].participants.iter().any(|p| p == other),
            "{body}: {calls:#?}"
        );
    }
    // No one held the office then: Baerbock became foreign minister in December 2021.
    check(
        &statement(
            "de",
            "2018-01-20",
            None,
            "Annalena Baerbock telefonierte mit ihrem französischen Amtskollegen.",
        ),
        &[Want {
            people: &["Annalena Baerbock"],
            direction: None,
            date: Some("2018-01-20"),
        }],
    );
}

#[test]
fn a_call_in_preparation_or_thought_possible_is_not_held() {
    no_calls(&statement(
        "en",
        "2025-05-17",
        None,
        "A spokesman said preparations are being made for a telephone conversation between \
         Vladimir Putin and Donald Trump.",
    ));
    no_calls(&statement(
        "en",
        "2021-12-01",
        None,
        "Asked whether the phone talks between Vladimir Putin and Recep Tayyip Erdogan were on \
         the agenda, he said they were.",
    ));
    no_calls(&statement(
        "ru",
        "2025-09-10",
        None,
        "Дональд Трамп допустил возможность телефонного разговора с Владимиром Путиным на \
         следующей неделе.",
    ));
}

#[test]
fn a_pronoun_that_reports_or_means_no_one_holds_no_call() {
    // "He said Putin had held a call": the spokesman tells of it.
    check(
        &statement(
            "en",
            "2025-06-10",
            None,
            "Dmitry Peskov briefed reporters on Tuesday. He said Vladimir Putin had held a phone \
             call on Monday.",
        ),
        &[Want {
            people: &["Vladimir Putin"],
            direction: None,
            date: Some("2025-06-09"),
        }],
    );
    // "Il faut rappeler": French "il" with no one behind it.
    check(
        &statement(
            "fr",
            "2025-06-10",
            None,
            "Vladimir Poutine reste inflexible. Il faut rappeler qu'un entretien téléphonique \
             avec Donald Trump avait eu lieu mardi.",
        ),
        &[Want {
            people: &["Donald Trump"],
            direction: None,
            date: Some("2025-06-10"),
        }],
    );
    // A possessive names the one the remarks are about, not the subject.
    check(
        &statement(
            "en",
            "2025-06-10",
            None,
            "Asked about Zelensky's remarks, Sergey Lavrov said the talks would go on. He then \
             spoke by phone with Hakan Fidan on Tuesday.",
        ),
        &[Want {
            people: &["Sergey Lavrov", "Hakan Fidan"],
            direction: None,
            date: Some("2025-06-10"),
        }],
    );
}

#[test]
fn a_date_in_the_call_phrase_clause_comes_first() {
    // "Last week" is the call's; "on Thursday" is when the Kremlin said so.
    check(
        &statement(
            "en",
            "2025-06-12",
            None,
            "Last week Recep Tayyip Erdoğan spoke by phone with Vladimir Putin, the Kremlin said \
             on Thursday.",
        ),
        &[Want {
            people: &["Recep Tayyip Erdoğan", "Vladimir Putin"],
            direction: None,
            date: None,
        }],
    );
}

#[test]
fn the_owner_of_a_deputy_is_not_on_the_call() {
    check(
        &statement(
            "en",
            "2025-06-10",
            None,
            "Deputy Foreign Minister Sergei Ryabkov, Lavrov's deputy, held a telephone \
             conversation with his American counterpart on Tuesday.",
        ),
        &[Want {
            people: &["Sergei Ryabkov"],
            direction: None,
            date: Some("2025-06-10"),
        }],
    );
}

#[test]
fn italian_calling_someone_names_is_no_call() {
    check(
        &statement(
            "it",
            "2023-04-20",
            None,
            "Joe Biden ha chiamato Rishi Sunak e Olaf Scholz sabato sera. Le telefonate sono state \
             brevi.",
        ),
        &[
            Want {
                people: &["Joe Biden", "Rishi Sunak"],
                direction: Some(("Joe Biden", "Rishi Sunak")),
                date: Some("2023-04-15"),
            },
            Want {
                people: &["Joe Biden", "Olaf Scholz"],
                direction: Some(("Joe Biden", "Olaf Scholz")),
                date: Some("2023-04-15"),
            },
        ],
    );
    no_calls(&statement(
        "it",
        "2022-03-20",
        None,
        "In un colloquio telefonico sulla guerra, Volodymyr Zelensky ha chiamato Vladimir Putin \
         un criminale.",
    ));
}

#[test]
fn a_regnal_or_papal_name_is_not_found_by_its_last_word_alone() {
    // "Francis" in the birth name of Leo XIV is not Pope Francis.
    check(
        &statement(
            "it",
            "2025-06-04",
            None,
            "Vladimir Putin ha avuto un colloquio telefonico con il Papa, Robert Francis Prevost.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Pope Leo XIV"],
            direction: None,
            date: Some("2025-06-04"),
        }],
    );
}

/// A statement published on a site the gazetteer names (its country is the issuing side).
fn on_site(url: &str, lang: &str, published: &str, body: &str) -> Statement {
    Statement {
        url: Some(url.into()),
        ..statement(lang, published, None, body)
    }
}

#[test]
fn a_readout_about_an_election_or_an_attack_still_reports_its_call() {
    // On an official site "spoke with" is a call unless a meeting is in the lead; an election
    // or an attack is what the call was about, not a gathering.
    check(
        &on_site(
            "https://pm.gc.ca/en/news/readouts/example",
            "en",
            "2019-11-04",
            "Prime Minister Justin Trudeau spoke today with President Donald Trump to congratulate \
             him on the election results. The two leaders also talked about the attack in \
             the south and trade.",
        ),
        &[Want {
            people: &["Justin Trudeau", "Donald Trump"],
            direction: None,
            date: Some("2019-11-04"),
        }],
    );
    // A meeting in the lead still makes "spoke with" an encounter.
    no_calls(&on_site(
        "https://pm.gc.ca/en/news/readouts/example",
        "en",
        "2019-11-04",
        "Prime Minister Justin Trudeau spoke with President Donald Trump at the summit in \
         London. They reviewed trade.",
    ));
}

#[test]
fn page_furniture_before_the_text_is_not_the_lead() {
    let mut page = on_site(
        "https://pm.gc.ca/en/news/readouts/example",
        "en",
        "2020-05-12",
        "Prime Minister speaks with the President of France\n\nMain Content\n\nPrime Minister \
         Justin Trudeau spoke today with President Emmanuel Macron about vaccines. The leaders \
         agreed to stay in contact.",
    );
    page.title = Some("Skip to content".into());
    check(
        &page,
        &[Want {
            people: &["Justin Trudeau", "Emmanuel Macron"],
            direction: None,
            date: Some("2020-05-12"),
        }],
    );
}

#[test]
fn another_languages_trap_word_vetoes_nothing() {
    // German "Brief" (a letter) is English "brief".
    check(
        &statement(
            "en",
            "2016-01-05",
            None,
            "Sauli Niinistö and Vladimir Putin had a brief telephone conversation on Tuesday.",
        ),
        &[Want {
            people: &["Sauli Niinistö", "Vladimir Putin"],
            direction: None,
            date: Some("2016-01-05"),
        }],
    );
}

#[test]
fn plans_discussed_in_a_call_held_do_not_cancel_it() {
    let pair = |lang: &str, body: &str| {
        check(
            &statement(lang, "2024-03-05", None, body),
            &[Want {
                people: &["Sergey Lavrov", "Antony Blinken"],
                direction: None,
                date: Some("2024-03-05"),
            }],
        )
    };
    pair(
        "ru",
        "Сергей Лавров и Энтони Блинкен обсудили по телефону Украину и планы на следующие встречи.",
    );
    pair(
        "en",
        "Sergey Lavrov and Antony Blinken spoke by phone about plans for the next round of talks.",
    );
    pair(
        "tr",
        "Sergey Lavrov ve Antony Blinken telefonda görüştü ve gelecek ay yapılacak toplantıyı ele \
         aldı.",
    );
    pair(
        "de",
        "Sergej Lawrow telefonierte mit Antony Blinken über die geplante Konferenz in Genf.",
    );
    // The plan is the call's own: no past tense says it took place.
    no_calls(&statement(
        "ru",
        "2024-03-05",
        None,
        "Телефонный разговор Сергея Лаврова с Энтони Блинкеном запланирован на пятницу.",
    ));
    no_calls(&statement(
        "en",
        "2024-03-05",
        None,
        "A phone call between Sergey Lavrov and Antony Blinken is expected on Friday.",
    ));
}

#[test]
fn more_ways_to_say_who_called() {
    let dir = |lang: &str, body: &str, caller: &str, recipient: &str| {
        let wants = [Want {
            people: &[caller, recipient],
            direction: Some((caller, recipient)),
            date: Some("2022-02-14"),
        }];
        check(&statement(lang, "2022-02-14", None, body), &wants);
    };
    // Turkish "at the other side's request".
    dir(
        "tr",
        "Recep Tayyip Erdoğan, Olaf Scholz ile karşı tarafın talebine binaen bir telefon görüşmesi \
         gerçekleştirdi.",
        "Olaf Scholz",
        "Recep Tayyip Erdoğan",
    );
    // Azerbaijani "zəng vurub", a back-vowel dative after the first name, and a first name
    // spelt otherwise than in the gazetteer.
    dir(
        "az",
        "Rəşid Meredov Ceyhun Bayramova zəng vurub.",
        "Rashid Meredov",
        "Jeyhun Bayramov",
    );
    // Ukrainian perfective "подзвонив".
    dir(
        "uk",
        "Дмитро Кулеба подзвонив Сергію Лаврову.",
        "Dmytro Kuleba",
        "Sergey Lavrov",
    );
    // Russian readouts say whose initiative it was at the end.
    dir(
        "ru",
        "Состоялся телефонный разговор Владимира Путина с Олафом Шольцем. Обсуждалась ситуация \
         на Украине. Затронуты вопросы энергетики. Отмечена важность контактов. Разговор \
         состоялся по инициативе германской стороны.",
        "Olaf Scholz",
        "Vladimir Putin",
    );
    // A conditional ("подзвонив би") is no call.
    no_calls(&statement(
        "uk",
        "2022-02-14",
        None,
        "Дмитро Кулеба заявив, що подзвонив би Сергію Лаврову лише після перемир'я.",
    ));
    // An initiative far from the call that speaks of something else gives no direction.
    check(
        &statement(
            "ru",
            "2022-02-14",
            None,
            "Состоялся телефонный разговор Владимира Путина с Олафом Шольцем. Обсуждалась \
             ситуация на Украине. Затронуты вопросы энергетики. Упомянут форум, созданный по \
             инициативе германской стороны.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Olaf Scholz"],
            direction: None,
            date: Some("2022-02-14"),
        }],
    );
    // An imperfective "дзвонив ..., коли того не було" is an attempt, not a call.
    no_calls(&statement(
        "uk",
        "2022-02-14",
        None,
        "Дмитро Кулеба дзвонив Сергію Лаврову, коли того не було в Москві.",
    ));
}

#[test]
fn an_arabic_word_names_someone_only_as_their_aliases_write_it() {
    // "يروج" (is going around) is one letter off an Arabic spelling of Ayrault; greetings
    // passed on "in the call" are no second call; "قيس سعيد" is Kais Saied, not Sultan Qaboos
    // bin Said.
    check(
        &statement(
            "ar",
            "2021-01-27",
            None,
            "أجرى الرئيس عبد المجيد تبون اتصالا هاتفيا مع الرئيس قيس سعيد تناول ما يروج من أخبار. \
             ونقل تبون في الاتصال تحيات الرئيس بشار الأسد إلى الرئيس إبراهيم رئيسي.",
        ),
        &[Want {
            people: &["Abdelmadjid Tebboune", "Kais Saied"],
            direction: Some(("Abdelmadjid Tebboune", "Kais Saied")),
            date: Some("2021-01-27"),
        }],
    );
}

#[test]
fn a_headline_saying_who_called_gives_the_direction_of_the_call_the_body_reports() {
    let page = readout::sources::parse_bytes(
        "page.txt",
        "https://example.org/n/1\ndate 2014-02-24\n\nObama chiama Renzi: complimenti\nUna \
         telefonata, quella tra Barack Obama e Matteo Renzi, attesa da giorni.\n"
            .as_bytes(),
        100_000,
    )
    .expect("page parses");
    check(
        &page[0],
        &[Want {
            people: &["Barack Obama", "Matteo Renzi"],
            direction: Some(("Barack Obama", "Matteo Renzi")),
            date: Some("2014-02-24"),
        }],
    );
}

#[test]
fn a_call_named_by_a_noun_stays_planned_whatever_verb_comes_before() {
    // Reviewer probes of the past-tense pass: the verb governs a call still to come.
    for (lang, body) in [
        (
            "en",
            "Donald Trump had a phone call with Vladimir Putin scheduled for Tuesday.",
        ),
        (
            "de",
            "Olaf Scholz sprach von einem Telefonat mit Wladimir Putin, das für Freitag geplant sei.",
        ),
        (
            "ru",
            "Владимир Путин провел совещание, а телефонный разговор с Дональдом Трампом будет позже.",
        ),
        (
            "ru",
            "Телефонный разговор Владимира Путина и Дональда Трампа, как сообщили источники, \
             ожидается на следующей неделе.",
        ),
    ] {
        no_calls(&statement(lang, "2024-03-05", None, body));
    }
}

#[test]
fn a_surname_that_is_a_common_word_or_part_of_another_name_is_no_person() {
    // "Türk" (Turkish) is Danilo Türk's surname; "Khan" is Imran Khan's and a word of many
    // other names. Alone, neither names them.
    check(
        &statement(
            "tr",
            "2024-03-12",
            None,
            "Cumhurbaşkanı Erdoğan, Kuzey Kıbrıs Türk Cumhuriyeti Cumhurbaşkanı Ersin Tatar ile \
             telefonda görüştü.",
        ),
        &[Want {
            people: &["Recep Tayyip Erdoğan", "Ersin Tatar"],
            direction: None,
            date: Some("2024-03-12"),
        }],
    );
    check(
        &statement(
            "en",
            "2023-05-02",
            None,
            "Foreign Minister Hakan Fidan held a telephone conversation with Amir Khan Muttaqi \
             about humanitarian aid.",
        ),
        &[Want {
            people: &["Hakan Fidan", "Amir Khan Muttaqi"],
            direction: None,
            date: Some("2023-05-02"),
        }],
    );
}

#[test]
fn an_official_named_after_a_smaller_country_is_found() {
    // A title, the country in the genitive, then the name the gazetteer does not know: the
    // country word is skipped only when it is known as one.
    check(
        &statement(
            "de",
            "2022-02-03",
            None,
            "Außenministerin Annalena Baerbock telefonierte heute mit dem Außenminister Malis, \
             Abdoulaye Diop, über die Lage in der Sahelzone.",
        ),
        &[Want {
            people: &["Annalena Baerbock", "Abdoulaye Diop"],
            direction: None,
            date: Some("2022-02-03"),
        }],
    );
    check(
        &statement(
            "fr",
            "2023-04-18",
            None,
            "Catherine Colonna s'est entretenue au téléphone avec le ministre des Affaires \
             étrangères du Cameroun, Lejeune Mbella Mbella.",
        ),
        &[Want {
            people: &["Catherine Colonna", "Lejeune Mbella Mbella"],
            direction: None,
            date: Some("2023-04-18"),
        }],
    );
}

#[test]
fn a_turkish_call_from_the_ablative_to_the_dative_gives_its_direction() {
    // "A condolence call from Erdoğan to Scholz": the ablative is the caller, the dative the
    // one called, in the headline as in the body.
    check(
        &statement(
            "tr",
            "2023-02-08",
            Some("Erdoğan'dan Scholz'a taziye telefonu"),
            "Cumhurbaşkanı Erdoğan, Almanya Başbakanı Olaf Scholz ile bir telefon görüşmesi \
             yaptı ve deprem sonrası yardım için teşekkür etti.",
        ),
        &[Want {
            people: &["Recep Tayyip Erdoğan", "Olaf Scholz"],
            direction: Some(("Recep Tayyip Erdoğan", "Olaf Scholz")),
            date: Some("2023-02-08"),
        }],
    );
    // "From Erdoğan to Biden, leaders in phone diplomacy" (a range), "handed over from one to
    // the other", "thanks by phone": the shape without the call noun right after says nothing.
    for headline in [
        "Erdoğan'dan Biden'a kadar liderler telefon diplomasisinde",
        "Dönem başkanlığı Erdoğan'dan Biden'a devredildi, liderler telefonda görüştü",
        "Erdoğan'dan Biden'a telefonda teşekkür",
    ] {
        check(
            &statement(
                "tr",
                "2024-05-02",
                Some(headline),
                "Cumhurbaşkanı Erdoğan, ABD Başkanı Joe Biden ile telefonda görüştü.",
            ),
            &[Want {
                people: &["Recep Tayyip Erdoğan", "Joe Biden"],
                direction: None,
                date: Some("2024-05-02"),
            }],
        );
    }
    // Two names in the ablative and none in the dative: a call "from the two", no direction.
    check(
        &statement(
            "tr",
            "2024-08-02",
            Some("Erdoğan ve Pezeşkiyan'dan telefon görüşmesi"),
            "Cumhurbaşkanı Erdoğan, İran Cumhurbaşkanı Mesud Pezeşkiyan ile telefonda görüştü.",
        ),
        &[Want {
            people: &["Recep Tayyip Erdoğan", "Masoud Pezeshkian"],
            direction: None,
            date: Some("2024-08-02"),
        }],
    );
}

#[test]
fn a_url_slug_naming_one_side_reports_no_call() {
    // The slug names the page's subject ("Zelensky, phone contact, Duda": only the first is
    // read as a name there); the page itself names no call.
    // An official site's slug is its readout's title: the call stands.
    check(
        &on_site(
            "https://www.gov.uk/government/news/call-with-president-macron",
            "en",
            "2024-06-20",
            "The leaders discussed the situation in the Middle East and agreed to stay in close \
             contact.",
        ),
        &[Want {
            people: &["Emmanuel Macron"],
            direction: None,
            date: Some("2024-06-20"),
        }],
    );
    no_calls(&on_site(
        "https://news.example.pl/swiat/zelenski-kontakt-telefoniczny-duda.html",
        "pl",
        "2022-03-10",
        "Prezydent Ukrainy chwali relacje z Polską i dziękuje za pomoc dla uchodźców.",
    ));
}

#[test]
fn no_call_at_all_in_each_language_is_no_call() {
    // "No phone contact", "aucun entretien", "никакого разговора": a determiner that denies
    // the call, even where no verb is negated near it.
    for (lang, body) in [
        (
            "fr",
            "Selon l'Élysée, il y a eu hier aucun entretien téléphonique entre Emmanuel Macron \
             et Vladimir Poutine.",
        ),
        (
            "es",
            "Fuentes de la Moncloa: ayer, ningún contacto telefónico entre Pedro Sánchez y \
             Donald Trump.",
        ),
        (
            "it",
            "Fonti di governo: ieri nessun contatto telefonico tra Giorgia Meloni e Emmanuel \
             Macron.",
        ),
        (
            "pl",
            "Rzecznik rządu: wczoraj żadnej rozmowy telefonicznej Donalda Tuska z Wołodymyrem \
             Zełenskim.",
        ),
        (
            "ru",
            "В Кремле: вчера никакого телефонного разговора Владимира Путина с Эммануэлем \
             Макроном.",
        ),
        (
            "uk",
            "В Офісі президента: вчора жодної телефонної розмови Володимира Зеленського з \
             Олафом Шольцом.",
        ),
        (
            "tr",
            "Kaynaklar, dün Erdoğan ile Putin arasında hiçbir telefon görüşmesi olduğunu \
             doğrulamadı.",
        ),
    ] {
        no_calls(&statement(lang, "2023-03-02", None, body));
    }
    // An Italian headline says no with "no".
    no_calls(&statement(
        "it",
        "2023-03-02",
        Some("Palazzo Chigi: no telefonate Meloni-Macron"),
        "Le fonti smentiscono le ricostruzioni di alcuni giornali.",
    ));
}

#[test]
fn a_russian_name_printed_without_yo_is_the_person() {
    check(
        &statement(
            "ru",
            "2020-07-24",
            None,
            "Владимир Путин провёл телефонный разговор с Президентом Узбекистана Шавкатом \
             Мирзиеевым и поздравил его с днём рождения.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Shavkat Mirziyoyev"],
            direction: None,
            date: Some("2020-07-24"),
        }],
    );
}

#[test]
fn an_arabic_call_that_took_place_is_a_call_with_the_lead_s_parties() {
    // "the call that took place yesterday" names no one; the lead names both ministers.
    check(
        &statement(
            "ar",
            "2013-02-18",
            None,
            "بحث وزير الخارجية الأمريكية جون كيري ونظيره الروسي سيرجي لافروف الوضع في سوريا. \
             وأشارت نولاند إلى أن الاتصال الذي تم أمس الأحد استمر لمدة نصف الساعة.",
        ),
        &[Want {
            people: &["John Kerry", "Sergey Lavrov"],
            direction: None,
            date: Some("2013-02-17"),
        }],
    );
}

#[test]
fn turkish_aradi_says_who_called_by_the_accusative() {
    // "aradı" (called; also "sought") on a page about a phone call: the name in the
    // accusative is the one called, wherever the subject stands.
    check(
        &statement(
            "tr",
            "2016-07-17",
            None,
            "Rusya Devlet Başkanı Vladimir Putin, darbe girişiminin ardından Cumhurbaşkanı \
             Erdoğan'ı aradı. Telefon görüşmesinde Putin geçmiş olsun dileklerini iletti.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Recep Tayyip Erdoğan"],
            direction: Some(("Vladimir Putin", "Recep Tayyip Erdoğan")),
            date: Some("2016-07-17"),
        }],
    );
    // Without a telephone word anywhere, "aradı" may be "looked for": nothing is read.
    no_calls(&statement(
        "tr",
        "2016-07-17",
        None,
        "Gazeteciler gün boyu Bakan Çavuşoğlu'nu aradı ama bulamadı.",
    ));
}

#[test]
fn an_initiative_of_a_side_named_by_an_armenian_adjective_or_the_latter() {
    // "at the American side's initiative", two sentences after the call.
    check(
        &statement(
            "hy",
            "2016-04-05",
            None,
            "ՌԴ ԱԳ նախարար Սերգեյ Լավրովն ու ԱՄՆ պետքարտուղար Ջոն Քերրին հեռախոսազրույց են \
             ունեցել և քննարկել են Սիրիայի հարցը։ Այլ մանրամասներ չեն հայտնվում։ \
             Հեռախոսազրույցը կայացել է ամերիկյան կողմի նախաձեռնությամբ։",
        ),
        &[Want {
            people: &["Sergey Lavrov", "John Kerry"],
            direction: Some(("John Kerry", "Sergey Lavrov")),
            date: Some("2016-04-05"),
        }],
    );
    // "... with Macron, at the latter's initiative": the one named second called.
    check(
        &statement(
            "hy",
            "2021-05-14",
            None,
            "Վարչապետ Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել Ֆրանսիայի նախագահ Էմանուել \
             Մակրոնի հետ՝ վերջինիս նախաձեռնությամբ։",
        ),
        &[Want {
            people: &["Nikol Pashinyan", "Emmanuel Macron"],
            direction: Some(("Emmanuel Macron", "Nikol Pashinyan")),
            date: Some("2021-05-14"),
        }],
    );
}

#[test]
fn an_english_initiative_of_a_country_in_the_possessive() {
    let text = "President Sauli Niinistö held a telephone conversation with President Vladimir \
                Putin on 30 December. They discussed the Arctic. The call took place on \
                Finland's initiative.";
    check(
        &statement("en", "2017-12-30", None, text),
        &[Want {
            people: &["Sauli Niinistö", "Vladimir Putin"],
            direction: Some(("Sauli Niinistö", "Vladimir Putin")),
            date: Some("2017-12-30"),
        }],
    );
    // A country's initiative the call only talked about says nothing of who called.
    check(
        &statement(
            "en",
            "2017-12-30",
            None,
            "President Sauli Niinistö held a telephone conversation with President Vladimir \
             Putin on 30 December. They spoke at length about Kazakhstan's initiative.",
        ),
        &[Want {
            people: &["Sauli Niinistö", "Vladimir Putin"],
            direction: None,
            date: Some("2017-12-30"),
        }],
    );
}

#[test]
fn who_placed_the_call_in_arabic_and_spanish_phrasings() {
    // "the call he had with Putin": nobody named between the verb and "with".
    check(
        &statement(
            "ar",
            "2025-03-19",
            None,
            "تحدث الرئيس دونالد ترامب عن المكالمة الهاتفية التي أجراها مع الرئيس فلاديمير بوتين.",
        ),
        &[Want {
            people: &["Donald Trump", "Vladimir Putin"],
            direction: None,
            date: Some("2025-03-19"),
        }],
    );
    // A headline in the present, and a day between the verb and the one called.
    check(
        &statement(
            "es",
            "2018-06-04",
            Some("Borrell llama por teléfono a Dastis"),
            "El futuro ministro Josep Borrell ha telefoneado este lunes al ministro en \
             funciones, Alfonso Dastis, para preparar el relevo.",
        ),
        &[Want {
            people: &["Josep Borrell", "Alfonso Dastis"],
            direction: Some(("Josep Borrell", "Alfonso Dastis")),
            date: Some("2018-06-04"),
        }],
    );
}

#[test]
fn azerbaijani_zeng_ederek_names_the_caller() {
    // "X-in Y-yə zəng edərək ... ifadə etməsi" (X calling Y and expressing ...): X called.
    check(
        &statement(
            "az",
            "2026-03-06",
            None,
            "Nazir bildirib ki, hücumdan sonra Türkiyə Prezidenti Rəcəb Tayyib Ərdoğanın \
             Prezident İlham Əliyevə zəng edərək dəstəyini bildirməsi qardaşlığın nümunəsidir.",
        ),
        &[Want {
            people: &["Recep Tayyip Erdoğan", "Ilham Aliyev"],
            direction: Some(("Recep Tayyip Erdoğan", "Ilham Aliyev")),
            date: Some("2026-03-06"),
        }],
    );
}

#[test]
fn a_turkish_headline_call_from_a_person_to_a_country() {
    // "X'ten Ülke'ye taziye telefonu": the country stands for its participant.
    let body = "Cumhurbaşkanı Recep Tayyip Erdoğan, İran Cumhurbaşkanı Vekili Muhammed Muhbir ile \
                telefonda görüştü ve taziyelerini iletti.";
    check(
        &statement(
            "tr",
            "2024-05-20",
            Some("Cumhurbaşkanı Erdoğan’dan İran’a taziye telefonu"),
            body,
        ),
        &[Want {
            people: &["Recep Tayyip Erdoğan", "Mohammad Mokhber"],
            direction: Some(("Recep Tayyip Erdoğan", "Mohammad Mokhber")),
            date: Some("2024-05-20"),
        }],
    );
    // Without the call noun after the country, the headline says nothing of the call.
    check(
        &statement(
            "tr",
            "2024-05-20",
            Some("Erdoğan'dan İran'a destek mesajı"),
            body,
        ),
        &[Want {
            people: &["Recep Tayyip Erdoğan", "Mohammad Mokhber"],
            direction: None,
            date: Some("2024-05-20"),
        }],
    );
}

#[test]
fn a_call_the_body_only_plans_is_no_call_in_its_slug_or_its_details() {
    // The slug echoes the plan without its plan word (transliterated); the body plans the call.
    no_calls(&on_site(
        "https://news.example.ru/2022/01/31/lavrov-provedet-telefonnyy-razgovor-s-blinkenom",
        "ru",
        "2022-01-31",
        "Министр Сергей Лавров и госсекретарь Энтони Блинкен проведут телефонный разговор \
         в среду, сообщили в министерстве.",
    ));
    // A later sentence on the planned call's details names no one and holds no call.
    no_calls(&statement(
        "ru",
        "2021-03-02",
        None,
        "Глава МИД Турции Мевлют Чавушоглу заявил, что планирует провести телефонный разговор с \
         Сергеем Лавровым. Дата телефонного разговора пока не определена.",
    ));
    // Armenian and Azerbaijani futures, and the "next" call.
    no_calls(&statement(
        "hy",
        "2022-02-24",
        None,
        "Նախագահ Էմանուել Մակրոնը հայտարարել է, որ վաղը հեռախոսով կխոսի Վլադիմիր Պուտինի հետ։",
    ));
    no_calls(&statement(
        "az",
        "2025-11-23",
        None,
        "Prezident Rəcəb Tayyib Ərdoğan Vladimir Putinlə növbəti telefon danışığının tarixini \
         açıqlayıb. Ərdoğan dedi: \"Sabah Putinlə telefonda danışacağam.\"",
    ));
}

#[test]
fn a_surname_after_someone_else_s_first_name_is_not_the_gazetteer_person() {
    // Jarosław Kaczyński is not his brother Lech, whom the gazetteer knows.
    check(
        &statement(
            "pl",
            "2025-09-11",
            None,
            "Premier Donald Tusk rozmawiał telefonicznie z Jarosławem Kaczyńskim o sytuacji na \
             granicy.",
        ),
        &[Want {
            people: &["Donald Tusk"],
            direction: None,
            date: Some("2025-09-11"),
        }],
    );
    // Ranks, departments and the person's own first name still let the surname name them.
    check(
        &statement(
            "en",
            "2025-06-10",
            None,
            "Field Marshal Haftar spoke by phone with Erdoğan.",
        ),
        &[Want {
            people: &["Khalifa Haftar", "Recep Tayyip Erdoğan"],
            direction: None,
            date: Some("2025-06-10"),
        }],
    );
    check(
        &statement(
            "it",
            "2017-02-10",
            None,
            "Telefonata tra il ministro della Difesa Roberta Pinotti e il segretario alla Difesa \
             Mattis.",
        ),
        &[Want {
            people: &["Roberta Pinotti", "Jim Mattis"],
            direction: None,
            date: Some("2017-02-10"),
        }],
    );
}

#[test]
fn classical_armenian_spelling_names_the_same_people() {
    // The diaspora press keeps the classical orthography: Փաշինեան, Մաքրոն, Ֆրանսա, երէկ.
    check(
        &statement(
            "hy",
            "2022-03-02",
            None,
            "Վարչապետ Նիկոլ Փաշինեան երէկ հեռախօսազրոյց մը ունեցաւ Ֆրանսայի նախագահ \
             Էմմանիւել Մաքրոնի հետ։",
        ),
        &[Want {
            people: &["Nikol Pashinyan", "Emmanuel Macron"],
            direction: None,
            date: Some("2022-03-01"),
        }],
    );
}

#[test]
fn a_day_a_few_weeks_ahead_is_another_event_not_last_year_s_call() {
    // "ahead of his meeting in Alaska on 15 August", published on 13 August: the call is today.
    check(
        &statement(
            "it",
            "2025-08-13",
            None,
            "La presidente del Consiglio Giorgia Meloni ha partecipato oggi a una telefonata con \
             il presidente Donald Trump in vista del suo incontro in Alaska il 15 agosto.",
        ),
        &[Want {
            people: &["Giorgia Meloni", "Donald Trump"],
            direction: None,
            date: Some("2025-08-13"),
        }],
    );
    // "who takes office on 1 November", published on 30 October.
    check(
        &statement(
            "uk",
            "2014-10-30",
            None,
            "Президент Петро Порошенко провів телефонну розмову з Жан-Клодом Юнкером, який з 1 \
             листопада очолить Європейську комісію.",
        ),
        &[Want {
            people: &["Petro Poroshenko", "Jean-Claude Juncker"],
            direction: None,
            date: Some("2014-10-30"),
        }],
    );
}

#[test]
fn since_yesterday_and_the_weekend_are_spans_not_days() {
    check(
        &statement(
            "fr",
            "2017-05-08",
            None,
            "Emmanuel Macron s'est entretenu par téléphone depuis hier soir avec Angela Merkel, \
             a indiqué son équipe.",
        ),
        &[Want {
            people: &["Emmanuel Macron", "Angela Merkel"],
            direction: None,
            date: None,
        }],
    );
    check(
        &statement(
            "en",
            "2016-02-29",
            None,
            "Vladimir Putin and Ilham Aliyev spoke by phone over the weekend.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Ilham Aliyev"],
            direction: None,
            date: None,
        }],
    );
}

#[test]
fn what_the_review_of_this_session_s_rules_caught_stays_caught() {
    // "llama a X a ..." urges X: no call from Zelensky to Orbán on a page about a phone call.
    check(
        &statement(
            "es",
            "2024-05-14",
            None,
            "Zelenski llama a Orbán a levantar el veto. Zelenski habló después por teléfono con \
             Pedro Sánchez.",
        ),
        &[Want {
            people: &["Volodymyr Zelenskyy", "Pedro Sánchez"],
            direction: None,
            date: Some("2024-05-14"),
        }],
    );
    // A sentence-initial adverb is no first name.
    check(
        &statement(
            "en",
            "2024-05-14",
            None,
            "Meanwhile Scholz spoke by phone with Zelensky about air defence.",
        ),
        &[Want {
            people: &["Olaf Scholz", "Volodymyr Zelenskyy"],
            direction: None,
            date: Some("2024-05-14"),
        }],
    );
    // A negation is no plan: the call the slug names stands.
    check(
        &on_site(
            "https://news.example.ru/2024/05/14/putin-erdogan-telefonnyi-razgovor",
            "ru",
            "2024-05-14",
            "Стороны провели телефонный разговор. Подробности телефонного разговора не \
             раскрываются.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Recep Tayyip Erdoğan"],
            direction: None,
            date: Some("2024-05-14"),
        }],
    );
    // A page that plans a call and also tells of the previous one, held the day before: the
    // call the slug names stands.
    check(
        &on_site(
            "https://news.example.ua/biden-provede-telefonnu-rozmovu-z-zelenskym",
            "uk",
            "2023-06-27",
            "Президент США Джо Байден незабаром планує провести телефонну розмову з Володимиром \
             Зеленським. Попередня розмова двох президентів відбулася напередодні.",
        ),
        &[Want {
            people: &["Joe Biden", "Volodymyr Zelenskyy"],
            direction: None,
            date: Some("2023-06-27"),
        }],
    );
    // The Armenian full stop ends a sentence: a negation after it does not deny the call.
    check(
        &statement(
            "hy",
            "2024-05-14",
            None,
            "Նիկոլ Փաշինյանը երեկ հեռախոսազրույց է ունեցել Վլադիմիր Պուտինի հետ։ Զրույցի \
             մանրամասները չեն հրապարակվել։",
        ),
        &[Want {
            people: &["Nikol Pashinyan", "Vladimir Putin"],
            direction: None,
            date: Some("2024-05-13"),
        }],
    );
    // "The latter" in the next sentence is the one the call sentence named last; when a third
    // person stands between, it is that person, and no direction is read.
    check(
        &statement(
            "hy",
            "2024-05-14",
            None,
            "Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել Էմանուել Մակրոնի հետ։ Զրույցը տեղի է \
             ունեցել վերջինիս նախաձեռնությամբ։",
        ),
        &[Want {
            people: &["Nikol Pashinyan", "Emmanuel Macron"],
            direction: Some(("Emmanuel Macron", "Nikol Pashinyan")),
            date: Some("2024-05-14"),
        }],
    );
    check(
        &statement(
            "hy",
            "2024-05-14",
            None,
            "Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել Էմանուել Մակրոնի հետ։ Կողմերը քննարկել \
             են Իլհամ Ալիևի հետ հանդիպումը, որը կայացել էր վերջինիս նախաձեռնությամբ։",
        ),
        &[Want {
            people: &["Nikol Pashinyan", "Emmanuel Macron"],
            direction: None,
            date: Some("2024-05-14"),
        }],
    );
}

#[test]
fn a_bare_title_as_subject_is_the_one_office_holder_named_before() {
    // "The President spoke by phone on Thursday with X": the president the lead named.
    check(
        &Statement {
            published: None,
            ..statement(
                "ar",
                "2024-06-15",
                None,
                "هنأ الرئيس التركي رجب طيب أردوغان المسلمين بعيد الأضحى. وقال مراسل الوكالة إن \
                 الرئيس تحدث هاتفيا الخميس مع رئيس الشؤون الدينية علي أرباش.",
            )
        },
        &[Want {
            people: &["Recep Tayyip Erdoğan", "Ali Erbaş"],
            direction: None,
            date: None,
        }],
    );
    // Two presidents named before: the title says nothing of which one.
    check(
        &statement(
            "en",
            "2024-06-15",
            None,
            "Recep Tayyip Erdoğan and Vladimir Putin issued statements on the holiday. The \
             President later spoke by phone with Ali Erbaş.",
        ),
        &[Want {
            people: &["Ali Erbaş"],
            direction: None,
            date: Some("2024-06-15"),
        }],
    );
}

#[test]
fn the_one_a_title_holder_serves_is_not_on_the_call() {
    // "the Secretary of State of Donald Trump, Marco Rubio": Rubio is on the call, not Trump.
    check(
        &statement(
            "it",
            "2025-06-10",
            None,
            "Il ministro Antonio Tajani ha avuto una telefonata con il segretario di Stato di \
             Donald Trump, Marco Rubio.",
        ),
        &[Want {
            people: &["Antonio Tajani", "Marco Rubio"],
            direction: None,
            date: Some("2025-06-10"),
        }],
    );
    // "the President of Ukraine, Zelensky": a country after "of" owns nothing; the holder stays.
    check(
        &statement(
            "es",
            "2025-06-10",
            None,
            "El presidente Pedro Sánchez habló por teléfono con el presidente de Ucrania, \
             Volodímir Zelenski.",
        ),
        &[Want {
            people: &["Pedro Sánchez", "Volodymyr Zelenskyy"],
            direction: None,
            date: Some("2025-06-10"),
        }],
    );
}

#[test]
fn what_the_second_review_caught_stays_caught() {
    // A bare title: not a former holder, not another office, not the other side's leader on
    // an official site.
    check(
        &Statement {
            published: None,
            ..statement(
                "en",
                "2024-03-10",
                None,
                "Former President Donald Trump criticised the aid package at a rally. The \
                 President spoke by phone with Volodymyr Zelensky.",
            )
        },
        &[Want {
            people: &["Volodymyr Zelenskyy"],
            direction: None,
            date: None,
        }],
    );
    check(
        &statement(
            "en",
            "2023-05-10",
            None,
            "President Joe Biden announced new aid. The Vice President spoke by phone with \
             Volodymyr Zelensky.",
        ),
        &[Want {
            people: &["Volodymyr Zelenskyy"],
            direction: None,
            date: Some("2023-05-10"),
        }],
    );
    // Ordinary words that also mean "last" do not make a planned call a held one.
    no_calls(&on_site(
        "https://news.example.tr/erdogan-putin-telefon-gorusmesi",
        "tr",
        "2024-03-10",
        "Son dakika: Cumhurbaşkanı Erdoğan yarın Putin ile telefonda görüşecek.",
    ));
    // A span in one sentence is not overwritten by another report's default day.
    check(
        &statement(
            "es",
            "2024-03-11",
            None,
            "Pedro Sánchez habló por teléfono desde ayer con Emmanuel Macron. Sánchez y Macron \
             conversaron por teléfono sobre Ucrania.",
        ),
        &[Want {
            people: &["Pedro Sánchez", "Emmanuel Macron"],
            direction: None,
            date: None,
        }],
    );
    // Early January, across the year: "il 5 gennaio" on 28 December is a coming event.
    check(
        &statement(
            "it",
            "2025-12-28",
            None,
            "Giorgia Meloni ha avuto oggi una telefonata con Donald Trump in vista del vertice \
             del 5 gennaio.",
        ),
        &[Want {
            people: &["Giorgia Meloni", "Donald Trump"],
            direction: None,
            date: Some("2025-12-28"),
        }],
    );
}

#[test]
fn the_owner_of_what_a_call_discussed_is_not_on_the_call() {
    // "the peace plan of the American president, Donald Trump": Trump owns the plan.
    check(
        &statement(
            "it",
            "2025-11-24",
            None,
            "Il premier Giorgia Meloni ha avuto una telefonata con Zelensky sul piano di pace del \
             presidente americano, Donald Trump.",
        ),
        &[Want {
            people: &["Giorgia Meloni", "Volodymyr Zelenskyy"],
            direction: None,
            date: Some("2025-11-24"),
        }],
    );
    // "the call of the American president, Donald Trump": the call is his.
    check(
        &statement(
            "it",
            "2025-11-24",
            None,
            "Il premier Meloni ha ricevuto la telefonata del presidente americano, Donald Trump.",
        ),
        &[Want {
            people: &["Giorgia Meloni", "Donald Trump"],
            direction: Some(("Donald Trump", "Giorgia Meloni")),
            date: Some("2025-11-24"),
        }],
    );
}

#[test]
fn a_call_reported_only_to_be_denied_is_no_call() {
    // "A newspaper reported that Trump called Putin, but the Kremlin denied the report."
    no_calls(&statement(
        "ar",
        "2024-11-11",
        None,
        "ذكرت صحيفة أمريكية أن ترامب أجرى اتصالا مع بوتين الأسبوع الماضي، لكن المتحدث باسم \
         الكرملين نفى صحة التقرير.",
    ));
    no_calls(&statement(
        "ru",
        "2024-11-11",
        None,
        "Песков опроверг информацию газеты о телефонном разговоре Путина и Трампа.",
    ));
    // "the President's plans for Tuesday include a call": in the diary, not held.
    no_calls(&statement(
        "ru",
        "2022-05-02",
        None,
        "В Кремле сообщили, что в планах Владимира Путина на вторник есть телефонный разговор с          Эммануэлем Макроном.",
    ));
}

#[test]
fn the_day_after_the_call_dates_the_call_the_day_before() {
    // "said on Wednesday 2 July, the day after the phone call": the call was on 1 July.
    check(
        &statement(
            "fr",
            "2025-07-03",
            None,
            "Un ancien ministre a estimé mercredi 2 juillet, au lendemain de l'entretien \
             téléphonique entre Emmanuel Macron et Vladimir Poutine, que ce dialogue restait \
             nécessaire.",
        ),
        &[Want {
            people: &["Emmanuel Macron", "Vladimir Putin"],
            direction: None,
            date: Some("2025-07-01"),
        }],
    );
    // No other date in the sentence: the day before publication.
    check(
        &statement(
            "en",
            "2025-07-03",
            None,
            "The day after their phone call, Emmanuel Macron and Vladimir Putin gave \
             different accounts of it.",
        ),
        &[Want {
            people: &["Emmanuel Macron", "Vladimir Putin"],
            direction: None,
            date: Some("2025-07-02"),
        }],
    );
    check(
        &statement(
            "ru",
            "2025-07-03",
            None,
            "На следующий день после телефонного разговора Эммануэля Макрона и Владимира \
             Путина в Кремле прокомментировали его итоги.",
        ),
        &[Want {
            people: &["Emmanuel Macron", "Vladimir Putin"],
            direction: None,
            date: Some("2025-07-02"),
        }],
    );
    // The day after another call: the call reported is not dated by it.
    check(
        &statement(
            "fr",
            "2025-07-03",
            None,
            "Au lendemain de leur entretien téléphonique, Emmanuel Macron a appelé Vladimir \
             Poutine.",
        ),
        &[Want {
            people: &["Emmanuel Macron", "Vladimir Putin"],
            direction: Some(("Emmanuel Macron", "Vladimir Putin")),
            date: Some("2025-07-03"),
        }],
    );
}

#[test]
fn the_initiator_of_the_conversation_is_its_caller() {
    // "The American side was the initiator of the conversation."
    check(
        &statement(
            "ru",
            "2025-02-13",
            None,
            "Владимир Путин провел телефонный разговор с Дональдом Трампом. Инициатором \
             разговора выступила американская сторона.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Donald Trump"],
            direction: Some(("Donald Trump", "Vladimir Putin")),
            date: Some("2025-02-13"),
        }],
    );
    // Ukrainian "з ініціативи" (at the initiative of), beside "за ініціативою".
    check(
        &statement(
            "uk",
            "2025-02-13",
            None,
            "Володимир Зеленський провів телефонну розмову з Кіром Стармером. Розмова \
             відбулася з ініціативи британської сторони.",
        ),
        &[Want {
            people: &["Volodymyr Zelenskyy", "Keir Starmer"],
            direction: Some(("Keir Starmer", "Volodymyr Zelenskyy")),
            date: Some("2025-02-13"),
        }],
    );
    check(
        &statement(
            "pl",
            "2025-02-13",
            None,
            "Andrzej Duda rozmawiał telefonicznie z Wołodymyrem Zełenskim. Inicjatorem rozmowy \
             była strona ukraińska.",
        ),
        &[Want {
            people: &["Andrzej Duda", "Volodymyr Zelenskyy"],
            direction: Some(("Volodymyr Zelenskyy", "Andrzej Duda")),
            date: Some("2025-02-13"),
        }],
    );
}

#[test]
fn a_call_with_someone_in_french_is_a_call_report() {
    // "During a call with X, Y asked for a ceasefire": an indefinite call is told, not recalled.
    check(
        &statement(
            "fr",
            "2024-05-15",
            None,
            "Lors d'un appel avec Vladimir Poutine, Emmanuel Macron a réclamé une trêve.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Emmanuel Macron"],
            direction: None,
            date: Some("2024-05-15"),
        }],
    );
    // An appeal is no call.
    no_calls(&statement(
        "fr",
        "2024-05-15",
        None,
        "Emmanuel Macron a lancé un appel à Vladimir Poutine pour une trêve.",
    ));
    // A joint appeal "with" someone is no call either.
    no_calls(&statement(
        "fr",
        "2024-05-15",
        None,
        "Emmanuel Macron a signé un appel avec Olaf Scholz en faveur d'une Europe plus forte.",
    ));
}

#[test]
fn foreign_offices_by_title_and_country_in_more_forms() {
    let one = |lang: &str, body: &str, people: &'static [&'static str]| {
        check(
            &statement(lang, "2024-05-15", None, body),
            &[Want {
                people,
                direction: None,
                date: Some("2024-05-15"),
            }],
        );
    };
    // The US Secretary of State in Russian and Azerbaijani ("ABŞ").
    one(
        "ru",
        "Сергей Лавров провел телефонный разговор с госсекретарем США.",
        &["Sergey Lavrov", "Antony Blinken"],
    );
    one(
        "az",
        "Ceyhun Bayramov ABŞ dövlət katibi ilə telefon danışığı aparıb.",
        &["Jeyhun Bayramov", "Antony Blinken"],
    );
    // Inflected heads of the foreign ministry, and the Armenian abbreviation.
    one(
        "pl",
        "Radosław Sikorski rozmawiał telefonicznie z szefem MSZ Ukrainy.",
        &["Radosław Sikorski", "Dmytro Kuleba"],
    );
    one(
        "uk",
        "Дмитро Кулеба провів телефонну розмову з главою МЗС Польщі.",
        &["Dmytro Kuleba", "Radosław Sikorski"],
    );
    one(
        "hy",
        "Արարատ Միրզոյանը հեռախոսազրույց է ունեցել Ֆրանսիայի ԱԳ նախարարի հետ։",
        &["Ararat Mirzoyan", "Stéphane Séjourné"],
    );
    // Spanish "canciller": Germany's chancellor, Argentina's foreign minister.
    one(
        "es",
        "Pedro Sánchez habló por teléfono con el canciller alemán.",
        &["Pedro Sánchez", "Olaf Scholz"],
    );
    one(
        "es",
        "Pedro Sánchez habló por teléfono con la canciller argentina.",
        &["Pedro Sánchez", "Diana Mondino"],
    );
}

#[test]
fn the_day_after_a_dated_call_keeps_the_calls_own_date() {
    // "the day after their phone call of 1 July": 1 July is the call's own date.
    check(
        &statement(
            "en",
            "2025-07-03",
            None,
            "The day after their phone call of 1 July, Emmanuel Macron and Vladimir Putin \
             published different summaries.",
        ),
        &[Want {
            people: &["Emmanuel Macron", "Vladimir Putin"],
            direction: None,
            date: Some("2025-07-01"),
        }],
    );
    // A date of something else later in the sentence does not anchor the phrase.
    check(
        &statement(
            "en",
            "2025-07-03",
            None,
            "The day after their phone call, Emmanuel Macron noted that he had last seen \
             Vladimir Putin on 14 June.",
        ),
        &[Want {
            people: &["Emmanuel Macron", "Vladimir Putin"],
            direction: None,
            date: Some("2025-07-02"),
        }],
    );
}

#[test]
fn a_denied_initiator_and_another_matters_initiative_give_no_direction() {
    // "The initiator of the conversation was not the Russian side."
    check(
        &statement(
            "ru",
            "2025-02-13",
            None,
            "Владимир Путин провел телефонный разговор с Дональдом Трампом. Инициатором \
             разговора была не российская сторона.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Donald Trump"],
            direction: None,
            date: Some("2025-02-13"),
        }],
    );
    // "... about the coalition created at France's initiative."
    check(
        &statement(
            "uk",
            "2024-06-10",
            None,
            "Володимир Зеленський провів телефонну розмову з Емманюелем Макроном щодо \
             коаліції, створеної з ініціативи Франції.",
        ),
        &[Want {
            people: &["Volodymyr Zelenskyy", "Emmanuel Macron"],
            direction: None,
            date: Some("2024-06-10"),
        }],
    );
}

#[test]
fn a_state_secretary_outside_the_united_states_is_no_foreign_minister() {
    // Kazakhstan's State Secretary is another office than its foreign minister.
    check(
        &statement(
            "ru",
            "2024-05-15",
            None,
            "Сергей Лавров провел телефонный разговор с госсекретарем Казахстана.",
        ),
        &[Want {
            people: &["Sergey Lavrov"],
            direction: None,
            date: Some("2024-05-15"),
        }],
    );
}

#[test]
fn a_negation_in_another_clause_does_not_cancel_the_call() {
    // "The Prime Minister, who did not hide his satisfaction, spoke by phone with X."
    check(
        &statement(
            "pl",
            "2024-05-15",
            None,
            "Premier Donald Tusk, który nie ukrywał zadowolenia, rozmawiał telefonicznie z \
             kanclerzem Olafem Scholzem.",
        ),
        &[Want {
            people: &["Donald Tusk", "Olaf Scholz"],
            direction: None,
            date: Some("2024-05-15"),
        }],
    );
    // In the same clause the negation still denies the call.
    no_calls(&statement(
        "pl",
        "2024-05-15",
        None,
        "Premier Donald Tusk nie rozmawiał telefonicznie z kanclerzem Olafem Scholzem.",
    ));
}

#[test]
fn a_denied_or_alleged_call_is_no_call() {
    // The spokesman denies a call took place: no call, in several languages.
    for (lang, body) in [
        (
            "en",
            "On Monday the Kremlin denied that Vladimir Putin and Donald Trump had spoken by \
             phone since the election.",
        ),
        (
            "es",
            "El Kremlin desmintió este lunes la supuesta llamada entre Vladímir Putin y Donald \
             Trump tras las elecciones.",
        ),
        (
            "it",
            "Il Cremlino ha smentito lunedì la presunta telefonata tra Vladimir Putin e Donald \
             Trump dopo le elezioni.",
        ),
        (
            "ru",
            "В понедельник Песков опроверг сообщения о телефонном разговоре Владимира Путина и \
             Дональда Трампа после выборов.",
        ),
        (
            "ar",
            "نفى الكرملين يوم الاثنين حدوث اتصال هاتفي بين الرئيس فلاديمير بوتين ودونالد ترامب \
             بعد الانتخابات.",
        ),
    ] {
        no_calls(&statement(lang, "2024-11-11", None, body));
    }
    // A denial of one call leaves the call the same sentence confirms.
    check(
        &statement(
            "es",
            "2025-12-01",
            None,
            "El presidente Gustavo Petro desmintió una segunda conversación con Nicolás Maduro, \
             pero confirmó que mantuvo una conversación telefónica con Donald Trump el lunes.",
        ),
        &[Want {
            people: &["Gustavo Petro", "Donald Trump"],
            direction: None,
            date: Some("2025-12-01"),
        }],
    );
    // Denying something else during a call denies no call.
    check(
        &statement(
            "en",
            "2024-11-11",
            None,
            "Vladimir Putin spoke by phone with Recep Tayyip Erdoğan on Monday; he denied that \
             Russia planned a new offensive.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Recep Tayyip Erdoğan"],
            direction: None,
            date: Some("2024-11-11"),
        }],
    );
}

/// The minister's two calls of 6 September 2024, with Sikorski and with Popșoi.
fn sybiha_two_calls() -> [Want<'static>; 2] {
    [
        Want {
            people: &["Andrii Sybiha", "Radosław Sikorski"],
            direction: None,
            date: Some("2024-09-06"),
        },
        Want {
            people: &["Andrii Sybiha", "Mihai Popșoi"],
            direction: None,
            date: Some("2024-09-06"),
        },
    ]
}

#[test]
fn a_headline_listing_calls_keeps_those_the_body_does_not_detail() {
    // The headline names two calls of the minister; the body tells only the first.
    check(
        &statement(
            "uk",
            "2024-09-06",
            Some("Сибіга провів перші телефонні розмови: поговорив із Сікорським та Попшоєм"),
            "Міністр закордонних справ Андрій Сибіга поговорив телефоном із польським колегою \
             Радославом Сікорським про підтримку України.",
        ),
        &sybiha_two_calls(),
    );
}

#[test]
fn the_next_sentences_first_word_does_not_make_a_name_longer() {
    // "... and Popșoi" ends the headline; the body opens with another surname.
    check(
        &statement(
            "uk",
            "2024-09-06",
            Some("Сибіга провів телефонні розмови з Сікорським та Попшоєм"),
            "Сибіга подякував партнерам за підтримку.",
        ),
        &sybiha_two_calls(),
    );
}

#[test]
fn returning_a_call_is_calling() {
    for (lang, body) in [
        (
            "en",
            "According to the White House, Barack Obama returned Angela Merkel's call on \
             Wednesday and they discussed Ukraine.",
        ),
        (
            "es",
            "Según fuentes oficiales, Barack Obama devolvió la llamada a Angela Merkel el \
             miércoles y hablaron de Ucrania.",
        ),
        (
            "pl",
            "Jak podał Biały Dom, Barack Obama oddzwonił w środę do Angeli Merkel i rozmawiali \
             o Ukrainie.",
        ),
    ] {
        check(
            &statement(lang, "2016-09-02", None, body),
            &[Want {
                people: &["Barack Obama", "Angela Merkel"],
                direction: Some(("Barack Obama", "Angela Merkel")),
                date: Some("2016-08-31"),
            }],
        );
    }
}

#[test]
fn a_call_noun_with_titles_on_a_page_about_a_coming_call_reports_none() {
    no_calls(&statement(
        "it",
        "2017-02-04",
        None,
        "È prevista per stasera la prima telefonata tra il presidente degli Stati Uniti e il \
         premier italiano. Si tratta del primo colloquio telefonico tra il premier italiano e \
         il nuovo presidente americano.",
    ));
}

#[test]
fn denying_something_else_keeps_the_call() {
    for (lang, body, a, b) in [
        (
            "en",
            "The presidency denied reports of a quarrel with Moscow but said Recep Tayyip \
             Erdoğan spoke by phone with Vladimir Putin on Monday.",
            "Recep Tayyip Erdoğan",
            "Vladimir Putin",
        ),
        (
            "en",
            "Emmanuel Macron rejected the criticism of Chancellor Olaf Scholz during a telephone \
             conversation on Monday.",
            "Emmanuel Macron",
            "Olaf Scholz",
        ),
        (
            "ru",
            "Сергей Лавров отверг обвинения в эскалации в ходе телефонного разговора с Хаканом \
             Фиданом в понедельник.",
            "Sergey Lavrov",
            "Hakan Fidan",
        ),
    ] {
        check(
            &statement(lang, "2024-11-11", None, body),
            &[Want {
                people: &[a, b],
                direction: None,
                date: Some("2024-11-11"),
            }],
        );
    }
    // "returned from a trip and had a call" is no returned call: no direction.
    check(
        &statement(
            "en",
            "2024-11-11",
            None,
            "Olaf Scholz returned from Washington and had a phone call with Volodymyr Zelenskyy \
             on Monday.",
        ),
        &[Want {
            people: &["Olaf Scholz", "Volodymyr Zelenskyy"],
            direction: None,
            date: Some("2024-11-11"),
        }],
    );
}

#[test]
fn a_headline_list_adds_no_call_the_body_makes_a_meeting_or_a_plan() {
    check(
        &statement(
            "en",
            "2024-09-06",
            Some("Sybiha holds phone calls with Sikorski and Popșoi"),
            "Foreign Minister Andrii Sybiha spoke by phone with Radosław Sikorski about air \
             defence. His conversation with Mihai Popșoi is set for next Friday.",
        ),
        &[Want {
            people: &["Andrii Sybiha", "Radosław Sikorski"],
            direction: None,
            date: Some("2024-09-06"),
        }],
    );
}

#[test]
fn calls_received_from_someone_are_that_persons() {
    // "received telephone calls from X" (plural): the calls are X's, not the subject's.
    check(
        &statement(
            "en",
            "2019-06-05",
            None,
            "Prime Minister Narendra Modi today received telephone calls from Moon Jae-in, \
             President of the Republic of Korea, congratulating him on the election result.",
        ),
        &[Want {
            people: &["Narendra Modi", "Moon Jae-in"],
            direction: Some(("Moon Jae-in", "Narendra Modi")),
            date: Some("2019-06-05"),
        }],
    );
    // "time to return the call to X": returning it is calling.
    check(
        &statement(
            "es",
            "2017-05-29",
            None,
            "Según el PSOE, Pedro Sánchez encontró por fin un momento para devolver la llamada \
             a Mariano Rajoy este lunes.",
        ),
        &[Want {
            people: &["Pedro Sánchez", "Mariano Rajoy"],
            direction: Some(("Pedro Sánchez", "Mariano Rajoy")),
            date: Some("2017-05-29"),
        }],
    );
}

#[test]
fn western_armenian_telephone_and_a_time_before_the_one_called() {
    // The diaspora press writes the telephone "հեռաձայն".
    check(
        &statement(
            "hy",
            "2020-10-05",
            None,
            "Հայաստանի արտաքին գործոց նախարար Մնացականեան ու Ռուսիոյ արտաքին գործոց նախարար \
             Լաւրով հեռաձայնային հաղորդակցութիւն ունեցած են:",
        ),
        &[Want {
            people: &["Zohrab Mnatsakanyan", "Sergey Lavrov"],
            direction: None,
            date: Some("2020-10-05"),
        }],
    );
    // "ha llamado, hacia las dos, al presidente del PP": on a page about the call.
    check(
        &statement(
            "es",
            "2011-08-02",
            None,
            "El presidente José Luis Rodríguez Zapatero ha llamado sobre las dos al líder de la \
             oposición, Mariano Rajoy. La llamada duró media hora.",
        ),
        &[Want {
            people: &["José Luis Rodríguez Zapatero", "Mariano Rajoy"],
            direction: Some(("José Luis Rodríguez Zapatero", "Mariano Rajoy")),
            date: Some("2011-08-02"),
        }],
    );
    // Without a page about a call, "ha llamado ... a X a" urges X.
    no_calls(&statement(
        "es",
        "2011-08-02",
        None,
        "El presidente José Luis Rodríguez Zapatero ha llamado este martes a Mariano Rajoy a \
         apoyar las reformas en el Congreso.",
    ));
}

/// A title followed by a verb, or by another title, is not introducing the name after it: "the
/// US president had called Chancellor Merkel" names the president by office.
#[test]
fn a_title_before_a_verb_stands_for_its_holder() {
    let trump_merkel = |direction| Want {
        people: &["Donald Trump", "Angela Merkel"],
        direction,
        date: Some("2017-03-27"),
    };
    check(
        &statement(
            "en",
            "2017-03-27",
            None,
            "Berlin said in the evening that the US president had telephoned Chancellor Angela \
             Merkel earlier that day to talk about the regional vote.",
        ),
        &[trump_merkel(Some(("Donald Trump", "Angela Merkel")))],
    );
    check(
        &statement(
            "de",
            "2017-03-27",
            None,
            "Am Abend hieß es in Berlin, der US-Präsident habe Bundeskanzlerin Angela Merkel \
             am Vormittag angerufen und über die Landtagswahl gesprochen.",
        ),
        &[trump_merkel(Some(("Donald Trump", "Angela Merkel")))],
    );
    check(
        &statement(
            "de",
            "2017-03-27",
            None,
            "Der amerikanische Präsident hat mit Kanzlerin Angela Merkel telefoniert, teilte \
             ein Sprecher am Montag mit.",
        ),
        &[trump_merkel(None)],
    );
    // The name right after the title is its holder's, so the title adds no one.
    check(
        &statement(
            "en",
            "2017-03-27",
            None,
            "The US president, Donald Trump, had a phone call with Angela Merkel on Monday.",
        ),
        &[trump_merkel(None)],
    );
}

/// Turkish "X'e göre" (according to X) names its source before the postposition: the person
/// after it is the subject of the call, not its source.
#[test]
fn the_source_of_a_turkish_report_stands_before_gore() {
    check(
        &statement(
            "tr",
            "2020-03-20",
            None,
            "Bakanlık kaynaklarına göre Çavuşoğlu, Gürcistan Dışişleri Bakanı Davit Zalkaliani \
             ve Bulgaristan Dışişleri Bakanı Ekaterina Zaharieva ile ayrı telefon görüşmeleri \
             yaptı.",
        ),
        &[
            Want {
                people: &["Mevlüt Çavuşoğlu", "David Zalkaliani"],
                direction: None,
                date: Some("2020-03-20"),
            },
            Want {
                people: &["Mevlüt Çavuşoğlu", "Ekaterina Zaharieva"],
                direction: None,
                date: Some("2020-03-20"),
            },
        ],
    );
}

/// Making a call to someone is calling them: Spanish "realizó / concretó la llamada a X",
/// English "dialled X".
#[test]
fn making_the_call_to_someone_is_calling_them() {
    let boric_milei = || Want {
        people: &["Gabriel Boric", "Javier Milei"],
        direction: Some(("Gabriel Boric", "Javier Milei")),
        date: Some("2023-11-21"),
    };
    check(
        &statement(
            "es",
            "2023-11-21",
            None,
            "Por la tarde, el presidente Gabriel Boric concretó la llamada protocolaria a Javier \
             Milei, que acababa de ganar la segunda vuelta.",
        ),
        &[boric_milei()],
    );
    check(
        &statement(
            "es",
            "2023-11-21",
            None,
            "El mandatario Gabriel Boric realizó hoy una llamada telefónica a Javier Milei para \
             felicitarlo.",
        ),
        &[boric_milei()],
    );
    check(
        &statement(
            "en",
            "2021-03-13",
            None,
            "Prime Minister Narendra Modi dialled President Gotabaya Rajapaksa on Saturday and \
             the two went over their joint projects.",
        ),
        &[Want {
            people: &["Narendra Modi", "Gotabaya Rajapaksa"],
            direction: Some(("Narendra Modi", "Gotabaya Rajapaksa")),
            date: Some("2021-03-13"),
        }],
    );
}

/// A preposition that opens a sentence is not a surname spelled close to it: Spanish "Tras"
/// (after) is not Truss.
#[test]
fn a_sentence_opening_preposition_is_no_name() {
    check(
        &statement(
            "es",
            "2018-03-20",
            None,
            "Donald Trump y Vladimir Putin hablaron por teléfono el martes. Tras la llamada, Trump \
             dijo a los periodistas que tuvo una conversación con él muy buena.",
        ),
        &[Want {
            people: &["Donald Trump", "Vladimir Putin"],
            direction: None,
            date: Some("2018-03-20"),
        }],
    );
}

/// A call the body only plans: Armenian "մտադիր է" (intends to), Polish "będzie mieć" (will
/// have).
#[test]
fn intended_calls_in_armenian_and_polish_are_no_calls() {
    no_calls(&statement(
        "hy",
        "2022-05-02",
        None,
        "Ֆրանսիայի նախագահ Էմանուել Մակրոնը մտադիր է վաղը հեռախոսազրույց ունենալ Վլադիմիր \
         Պուտինի հետ, հայտնում են Փարիզից։",
    ));
    no_calls(&statement(
        "pl",
        "2009-04-22",
        None,
        "Wiktor Juszczenko będzie mieć po południu rozmowę telefoniczną z Władimirem Putinem, \
         jak przekazał na konferencji.",
    ));
}

/// "Talked earlier about Ukraine with X": a time and a subject between the verb and the one
/// spoken with, on a page about phone calls (Polish).
#[test]
fn talking_about_something_with_someone_on_a_page_about_calls() {
    check(
        &statement(
            "pl",
            "2025-02-12",
            None,
            "Zełenski przekazał wieczorem, że odbył rozmowę telefoniczną z Donaldem Trumpem. \
             Trump rozmawiał wcześniej w sprawie wojny z Władimirem Putinem.",
        ),
        &[
            Want {
                people: &["Volodymyr Zelenskyy", "Donald Trump"],
                direction: None,
                date: Some("2025-02-12"),
            },
            Want {
                people: &["Donald Trump", "Vladimir Putin"],
                direction: None,
                date: Some("2025-02-12"),
            },
        ],
    );
}

/// Defence ministers named by title and country on either side resolve to the holder on the
/// call's day, as foreign ministers do (ru, tr, en).
#[test]
fn defence_ministers_by_title_and_country() {
    let shoigu_austin = || Want {
        people: &["Sergei Shoigu", "Lloyd Austin"],
        direction: None,
        date: Some("2022-10-21"),
    };
    check(
        &statement(
            "ru",
            "2022-10-21",
            Some("Главы военных ведомств России и США поговорили по телефону"),
            "Разговор был посвящен вопросам международной безопасности, сообщили в \
             министерстве.",
        ),
        &[shoigu_austin()],
    );
    check(
        &statement(
            "en",
            "2022-10-21",
            None,
            "The Russian defence minister held a phone call with the US defense secretary about \
             the situation in Ukraine.",
        ),
        &[shoigu_austin()],
    );
    check(
        &statement(
            "tr",
            "2021-05-05",
            None,
            "Milli Savunma Bakanı Hulusi Akar, Azerbaycan Savunma Bakanı ile telefonda görüştü.",
        ),
        &[Want {
            people: &["Hulusi Akar", "Zakir Hasanov"],
            direction: None,
            date: Some("2021-05-05"),
        }],
    );
    // The German title names its holder right after it; an article starts an institution.
    check(
        &statement(
            "de",
            "2012-11-15",
            None,
            "Guido Westerwelle telefonierte am Donnerstag mit den Außen- und \
             Verteidigungsministern des Weimarer Dreiecks.",
        ),
        &[Want {
            people: &["Guido Westerwelle"],
            direction: None,
            date: Some("2012-11-15"),
        }],
    );
}

/// "X, after Y, also spoke by phone with Z": in Armenian, Turkish and Azerbaijani a name
/// followed by a postposition of time ("Փութինէն ետք", "Putin'den sonra") places the call in
/// time and is no party to it. A comma after a name spelled the classical way ends it.
#[test]
fn a_name_before_a_time_postposition_is_no_party() {
    let pashinyan_macron = Want {
        people: &["Nikol Pashinyan", "Emmanuel Macron"],
        direction: None,
        date: Some("2022-09-13"),
    };
    check(
        &statement(
            "hy",
            "2022-09-13",
            None,
            "Վարչապետ Փաշինեան, Փութինէն ետք հեռաձայնային զրոյց ունեցած է նաեւ Ֆրանսայի \
             նախագահ Մաքրոնի հետ եւ ներկայացուցած իրավիճակը:",
        ),
        &[pashinyan_macron],
    );
    check(
        &statement(
            "tr",
            "2022-09-13",
            None,
            "Cumhurbaşkanı Erdoğan, Putin'den sonra Fransa Cumhurbaşkanı Macron ile de telefonda \
             görüştü ve bölgedeki durumu ele aldı.",
        ),
        &[Want {
            people: &["Recep Tayyip Erdoğan", "Emmanuel Macron"],
            direction: None,
            date: Some("2022-09-13"),
        }],
    );
}

/// "Austin, after Shoigu, called Reznikov": a name right after "after" (uk "після", ru
/// "после") places the call in time and is not its caller.
#[test]
fn a_name_right_after_after_is_no_party() {
    check(
        &statement(
            "uk",
            "2022-10-21",
            None,
            "Міністр оборони США Остін після Шойгу зателефонував Резнікову, повідомили у \
             відомстві.",
        ),
        &[Want {
            people: &["Lloyd Austin", "Oleksii Reznikov"],
            direction: Some(("Lloyd Austin", "Oleksii Reznikov")),
            date: Some("2022-10-21"),
        }],
    );
}

/// "the foreign ministers of South Korea, Japan and China": a title with a list of countries
/// joined by commas stands for each country's holder, one call each; "North Korean" is not
/// South Korea.
#[test]
fn a_title_with_a_list_of_countries_names_each_holder() {
    check(
        &statement(
            "en",
            "2013-02-14",
            None,
            "After the test, Secretary of State John Kerry held phone calls with the foreign \
             ministers of South Korea, Japan and China.",
        ),
        &[
            Want {
                people: &["John Kerry", "Kim Sung-hwan"],
                direction: None,
                date: Some("2013-02-14"),
            },
            Want {
                people: &["John Kerry", "Fumio Kishida"],
                direction: None,
                date: Some("2013-02-14"),
            },
            Want {
                people: &["John Kerry", "Yang Jiechi"],
                direction: None,
                date: Some("2013-02-14"),
            },
        ],
    );
    check(
        &statement(
            "en",
            "2023-03-02",
            None,
            "President Joe Biden spoke by phone about the North Korean leader's missile tests \
             with Prime Minister Fumio Kishida.",
        ),
        &[Want {
            people: &["Joe Biden", "Fumio Kishida"],
            direction: None,
            date: Some("2023-03-02"),
        }],
    );
}

/// "Before that he talked by phone with the heads of the defence ministries of France, Turkey
/// and Britain": a subject pronoun before several counterparts is the person the sentence
/// before names, not one of the counterparts.
#[test]
fn a_pronoun_subject_holds_each_call_of_a_list() {
    check(
        &statement(
            "ru",
            "2022-10-23",
            None,
            "Министр обороны России Сергей Шойгу в воскресенье созвонился с главой Пентагона \
             Ллойдом Остином. Перед этим он говорил по телефону с главами минобороны Франции, \
             Турции и Великобритании.",
        ),
        &[
            Want {
                people: &["Sergei Shoigu", "Lloyd Austin"],
                direction: None,
                date: Some("2022-10-23"),
            },
            Want {
                people: &["Sergei Shoigu", "Sébastien Lecornu"],
                direction: None,
                date: Some("2022-10-23"),
            },
            Want {
                people: &["Sergei Shoigu", "Hulusi Akar"],
                direction: None,
                date: Some("2022-10-23"),
            },
            Want {
                people: &["Sergei Shoigu", "Ben Wallace"],
                direction: None,
                date: Some("2022-10-23"),
            },
        ],
    );
    check(
        &statement(
            "en",
            "2023-06-12",
            None,
            "Chancellor Olaf Scholz spoke by phone with President Joe Biden on Monday. He later \
             also talked with Emmanuel Macron and Rishi Sunak.",
        ),
        &[
            Want {
                people: &["Olaf Scholz", "Joe Biden"],
                direction: None,
                date: Some("2023-06-12"),
            },
            Want {
                people: &["Olaf Scholz", "Emmanuel Macron"],
                direction: None,
                date: Some("2023-06-12"),
            },
            Want {
                people: &["Olaf Scholz", "Rishi Sunak"],
                direction: None,
                date: Some("2023-06-12"),
            },
        ],
    );
}

/// An "and" that joins two countries before a relative clause does not make the clause's
/// person another counterpart of the call.
#[test]
fn an_and_before_a_relative_clause_joins_no_counterparts() {
    check(
        &statement(
            "es",
            "2018-06-04",
            None,
            "Borrell llamó por teléfono a Dastis antes de la ceremonia sobre los lazos entre \
             España y Portugal, a la que acudió también Sánchez.",
        ),
        &[Want {
            people: &["Josep Borrell", "Alfonso Dastis"],
            direction: Some(("Josep Borrell", "Alfonso Dastis")),
            date: Some("2018-06-04"),
        }],
    );
}

/// Arabic country adjectives beyond the first dozen: "his Palestinian counterpart" resolves.
#[test]
fn an_arabic_counterpart_of_another_country_resolves() {
    check(
        &statement(
            "ar",
            "2021-07-14",
            None,
            "وزير الخارجية الجزائري رمطان لعمامرة تلقى مساء الثلاثاء اتصالا هاتفيا من نظيره \
             الفلسطيني، تناول الوضع في القدس.",
        ),
        &[Want {
            people: &["Ramtane Lamamra", "Riyad al-Maliki"],
            direction: Some(("Riyad al-Maliki", "Ramtane Lamamra")),
            date: Some("2021-07-13"),
        }],
    );
}

/// Who initiated, in forms read off real readouts: Russian "the dialogue was initiated by
/// Ukraine" (the initiator after the verb), French "l'appel initié par la partie
/// américaine", German "X habe das Telefonat initiiert".
#[test]
fn initiated_by_names_the_caller() {
    check(
        &statement(
            "ru",
            "2019-07-12",
            Some("Путин и Зеленский впервые поговорили по телефону"),
            "Разговор длился около четверти часа, уточнили в Кремле. Как сообщалось, \
             разговор инициировала украинская сторона.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Volodymyr Zelenskyy"],
            direction: Some(("Volodymyr Zelenskyy", "Vladimir Putin")),
            date: Some("2019-07-12"),
        }],
    );
    check(
        &statement(
            "fr",
            "2022-05-14",
            None,
            "Le ministre russe de la Défense Sergueï Choïgou et le secrétaire américain à la \
             Défense Lloyd Austin se sont parlé au téléphone vendredi, lors d'un appel initié \
             par la partie américaine.",
        ),
        &[Want {
            people: &["Sergei Shoigu", "Lloyd Austin"],
            direction: Some(("Lloyd Austin", "Sergei Shoigu")),
            date: Some("2022-05-13"),
        }],
    );
    check(
        &statement(
            "de",
            "2022-10-21",
            None,
            "Die Verteidigungsminister Lloyd Austin und Sergej Schoigu haben am Freitag \
             telefoniert. Nach Angaben des Pentagons hat Austin das Telefonat initiiert.",
        ),
        &[Want {
            people: &["Lloyd Austin", "Sergei Shoigu"],
            direction: Some(("Lloyd Austin", "Sergei Shoigu")),
            date: Some("2022-10-21"),
        }],
    );
}

/// Calls that are not held: French "tiendront un entretien téléphonique" (future), Armenian
/// "հաճախ" (they often talk by phone: habit, no one call).
#[test]
fn future_and_habitual_calls_are_not_reported() {
    check(
        &statement(
            "fr",
            "2025-03-05",
            None,
            "Selon une source proche du dossier, Donald Trump et Justin Trudeau tiendront un \
             entretien téléphonique jeudi.",
        ),
        &[],
    );
    check(
        &statement(
            "hy",
            "2021-10-12",
            None,
            "Պուտինը հանդիպման ժամանակ նշեց, որ ինքն ու Փաշինյանը հաճախ են հեռախոսով խոսում։",
        ),
        &[],
    );
}

/// "the first call since 18 February": a date after "since" is an earlier event's day.
#[test]
fn a_date_after_since_is_not_the_calls() {
    check(
        &statement(
            "fr",
            "2022-05-14",
            None,
            "Choïgou et Austin ont eu vendredi leur premier entretien téléphonique depuis le 18 \
             février.",
        ),
        &[Want {
            people: &["Sergei Shoigu", "Lloyd Austin"],
            direction: None,
            date: Some("2022-05-13"),
        }],
    );
}

/// On an Italian government page, "del presidente del Consiglio" is its own prime minister,
/// and "dal Presidente della Repubblica dell'Azerbaigian" is Azerbaijan's (the elided
/// article is split off).
#[test]
fn home_roles_read_with_any_article() {
    check(
        &on_site(
            "https://www.governo.it/it/articolo/esempio",
            "it",
            "2020-11-14",
            "La telefonata del presidente del Consiglio con Joe Biden si è svolta venerdì sera.",
        ),
        &[Want {
            people: &["Giuseppe Conte", "Joe Biden"],
            direction: None,
            date: Some("2020-11-13"),
        }],
    );
    check(
        &on_site(
            "https://www.governo.it/it/articolo/esempio",
            "it",
            "2024-10-30",
            "Giorgia Meloni ha ricevuto ieri una telefonata dal Presidente della Repubblica \
             dell'Azerbaigian, Ilham Aliyev.",
        ),
        &[Want {
            people: &["Giorgia Meloni", "Ilham Aliyev"],
            direction: Some(("Ilham Aliyev", "Giorgia Meloni")),
            date: Some("2024-10-29"),
        }],
    );
}

/// Korean and Chinese names put the family name first: the last word of "Лі Чже Мьон" is no
/// surname, and "Мені" (to me) is nobody.
#[test]
fn a_given_name_syllable_is_no_surname() {
    check(
        &statement(
            "uk",
            "2021-09-16",
            None,
            "«Мені телефонує президент», — сказав Кулеба і перервав брифінг, після чого \
             Зеленський поговорив з ним телефоном.",
        ),
        &[Want {
            people: &["Volodymyr Zelenskyy", "Dmytro Kuleba"],
            direction: None,
            date: Some("2021-09-16"),
        }],
    );
}

/// A pronoun before "the call between A and B" (or the Russian genitive pair) does not take
/// part in it: only a list after "with" is the pronoun's.
#[test]
fn a_pronoun_before_someone_elses_call_is_no_party() {
    check(
        &statement(
            "en",
            "2024-05-06",
            None,
            "Sergey Lavrov arrived in Minsk on Monday. He welcomed the phone call between \
             Emmanuel Macron and Olaf Scholz.",
        ),
        &[Want {
            people: &["Emmanuel Macron", "Olaf Scholz"],
            direction: None,
            date: Some("2024-05-06"),
        }],
    );
    check(
        &statement(
            "ru",
            "2024-05-06",
            None,
            "Дмитрий Песков провел брифинг. Он прокомментировал телефонный разговор Путина и \
             Эрдогана.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Recep Tayyip Erdoğan"],
            direction: None,
            date: Some("2024-05-06"),
        }],
    );
}

/// Polish drops the subject pronoun: "Rozmawiał z X i Y" after a sentence naming the
/// president is his, one call each.
#[test]
fn a_dropped_subject_is_the_one_named_before() {
    check(
        &statement(
            "pl",
            "2022-10-10",
            None,
            "Prezydent Ukrainy Wołodymyr Zełenski od rana prowadził rozmowy telefoniczne. \
             Rozmawiał z kanclerzem Niemiec Olafem Scholzem i prezydentem Francji Emmanuelem \
             Macronem.",
        ),
        &[
            Want {
                people: &["Volodymyr Zelenskyy", "Olaf Scholz"],
                direction: None,
                date: Some("2022-10-10"),
            },
            Want {
                people: &["Volodymyr Zelenskyy", "Emmanuel Macron"],
                direction: None,
                date: Some("2022-10-10"),
            },
        ],
    );
}

/// An initiative phrase inside a denial says nothing of who called.
#[test]
fn a_denied_initiative_gives_no_direction() {
    check(
        &statement(
            "de",
            "2024-03-04",
            None,
            "Erdoğan und Putin telefonierten am Montag. Ankara wies Berichte zurück, Erdoğan \
             habe das Telefonat initiiert.",
        ),
        &[Want {
            people: &["Recep Tayyip Erdoğan", "Vladimir Putin"],
            direction: None,
            date: Some("2024-03-04"),
        }],
    );
    check(
        &statement(
            "ru",
            "2024-03-04",
            None,
            "Путин и Эрдоган провели телефонный разговор. В Кремле опровергли, что разговор \
             инициировала российская сторона.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Recep Tayyip Erdoğan"],
            direction: None,
            date: Some("2024-03-04"),
        }],
    );
}

/// A clause with "que" that ends before the next "with" keeps the list going.
#[test]
fn a_clause_inside_a_list_keeps_its_last_member() {
    check(
        &statement(
            "fr",
            "2024-05-06",
            None,
            "Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz et, ainsi que l'a \
             précisé l'Élysée, avec Giorgia Meloni.",
        ),
        &[
            Want {
                people: &["Emmanuel Macron", "Olaf Scholz"],
                direction: None,
                date: Some("2024-05-06"),
            },
            Want {
                people: &["Emmanuel Macron", "Giorgia Meloni"],
                direction: None,
                date: Some("2024-05-06"),
            },
        ],
    );
}

/// Country lists after plural titles in Italian, Polish and Spanish; a national office is
/// not shadowed by the EU's High Representative of the same nationality (Spain's foreign
/// minister while Borrell held that post).
#[test]
fn plural_titles_with_country_lists_in_more_languages() {
    let three = [
        Want {
            people: &["Antony Blinken", "Catherine Colonna"],
            direction: None,
            date: Some("2023-03-02"),
        },
        Want {
            people: &["Antony Blinken", "Annalena Baerbock"],
            direction: None,
            date: Some("2023-03-02"),
        },
        Want {
            people: &["Antony Blinken", "José Manuel Albares"],
            direction: None,
            date: Some("2023-03-02"),
        },
    ];
    check(
        &statement(
            "it",
            "2023-03-02",
            None,
            "Giovedì Blinken ha sentito per telefono i ministri degli Esteri di Francia, \
             Germania e Spagna.",
        ),
        &three,
    );
    check(
        &statement(
            "pl",
            "2023-03-02",
            None,
            "W czwartek Blinken rozmawiał telefonicznie z ministrami spraw zagranicznych \
             Francji, Niemiec i Hiszpanii.",
        ),
        &three,
    );
}

/// "X, together with the leaders of A and B, joined a call with Y": the subject is X, not
/// the last leader of the list.
#[test]
fn companions_before_the_call_are_not_its_subject() {
    check(
        &statement(
            "it",
            "2025-08-13",
            None,
            "Giorgia Meloni ha preso parte oggi, insieme ai leader di Francia e Finlandia, a una \
             telefonata con il presidente Trump.",
        ),
        &[Want {
            people: &["Giorgia Meloni", "Donald Trump"],
            direction: None,
            date: Some("2025-08-13"),
        }],
    );
}

/// Officials the gazetteer lacked, met in real readouts: Syria's foreign minister of autumn
/// 2024 and Iran's defence minister of 2017–2021, in Arabic and Turkish spellings.
#[test]
fn gazetteer_holds_sabbagh_and_hatami() {
    check(
        &statement(
            "ar",
            "2024-10-15",
            None,
            "تلقى وزير الخارجية أحمد عطاف اتصالا هاتفيا من وزير الخارجية السوري بسام الصباغ.",
        ),
        &[Want {
            people: &["Ahmed Attaf", "Bassam Sabbagh"],
            direction: Some(("Bassam Sabbagh", "Ahmed Attaf")),
            date: Some("2024-10-15"),
        }],
    );
    check(
        &statement(
            "tr",
            "2020-01-08",
            None,
            "Milli Savunma Bakanı Hulusi Akar, İran Savunma Bakanı Emir Hatemi ile telefonda \
             görüştü.",
        ),
        &[Want {
            people: &["Hulusi Akar", "Amir Hatami"],
            direction: None,
            date: Some("2020-01-08"),
        }],
    );
}

/// A first sentence that dates calls without naming their pairs ("in two calls yesterday")
/// dates the body's calls that give no day of their own.
#[test]
fn a_lead_dates_the_calls_it_announces() {
    check(
        &statement(
            "en",
            "2022-05-12",
            None,
            "Pentagon press office.\n\nIn two calls yesterday, Defense Secretary Lloyd Austin \
             talked with his counterparts from Italy and Spain. Austin spoke by telephone with \
             Spanish Defense Minister Margarita Robles about the alliance.",
        ),
        &[Want {
            people: &["Lloyd Austin", "Margarita Robles"],
            direction: None,
            date: Some("2022-05-11"),
        }],
    );
}

/// "Besides the calls from A and B, C sent a letter to X": the sentence looks back at calls
/// told already and pairs no one anew (A and B each spoke with X, not with each other; C
/// only wrote).
#[test]
fn besides_the_calls_pairs_no_one() {
    check(
        &statement(
            "en",
            "2021-11-04",
            None,
            "On Thursday, Iraqi and Syrian Foreign Ministers Fuad Hussein and Faisal Mekdad \
             phoned Iranian Foreign Minister Hossein Amir-Abdollahian to wish him a quick \
             recovery. In addition to the phone calls by the Syrian and Iraqi ministers, the \
             foreign ministers of China and Jordan sent get-well messages to Amir-Abdollahian.",
        ),
        &[
            Want {
                people: &["Fuad Hussein", "Hossein Amir-Abdollahian"],
                direction: Some(("Fuad Hussein", "Hossein Amir-Abdollahian")),
                date: Some("2021-11-04"),
            },
            Want {
                people: &["Faisal Mekdad", "Hossein Amir-Abdollahian"],
                direction: Some(("Faisal Mekdad", "Hossein Amir-Abdollahian")),
                date: Some("2021-11-04"),
            },
        ],
    );
}

/// On a French-language page from abroad, "le chef de l'État" after a named foreign head of
/// state is that person, not France's president; "a appelé également" and "contacter son
/// homologue" say who rang.
#[test]
fn a_bare_role_after_a_named_foreign_holder_is_that_holder() {
    check(
        &statement(
            "fr",
            "2021-01-29",
            None,
            "Après l'incident, le président de la République Kaïs Saïed a reçu des appels \
             téléphoniques de soutien, le chef de l'État remerciant ses homologues. Le \
             président algérien Abdelmadjid Tebboune a été le premier à contacter son homologue \
             tunisien, mercredi 27 janvier, pour prendre de ses nouvelles.",
        ),
        &[Want {
            people: &["Abdelmadjid Tebboune", "Kais Saied"],
            direction: Some(("Abdelmadjid Tebboune", "Kais Saied")),
            date: Some("2021-01-27"),
        }],
    );
    check(
        &statement(
            "fr",
            "2016-11-17",
            None,
            "Le ministre Jean-Marc Ayrault a appelé également Sergueï Lavrov jeudi soir.",
        ),
        &[Want {
            people: &["Jean-Marc Ayrault", "Sergey Lavrov"],
            direction: Some(("Jean-Marc Ayrault", "Sergey Lavrov")),
            date: Some("2016-11-17"),
        }],
    );
}

/// Turkish "kendisini (telefonla) arayan X ile görüştü": X rang the subject.
#[test]
fn turkish_the_one_who_rang_him() {
    check(
        &statement(
            "tr",
            "2024-06-16",
            None,
            "Cumhurbaşkanı Recep Tayyip Erdoğan, bayram dolayısıyla kendisini telefonla arayan \
             Ermenistan Başbakanı Nikol Paşinyan ile görüştü.",
        ),
        &[Want {
            people: &["Recep Tayyip Erdoğan", "Nikol Pashinyan"],
            direction: Some(("Nikol Pashinyan", "Recep Tayyip Erdoğan")),
            date: Some("2024-06-16"),
        }],
    );
}

/// Officials met in real readouts that the gazetteer lacked: Ukraine's acting defence
/// minister of March 2014 and the Azerbaijani and Turkish parliament speakers.
#[test]
fn gazetteer_holds_tenyukh_and_the_speakers() {
    check(
        &statement(
            "ru",
            "2014-03-20",
            None,
            "Министр обороны России Сергей Шойгу провел телефонный разговор с исполняющим \
             обязанности министра обороны Украины Игорем Тенюхом.",
        ),
        &[Want {
            people: &["Sergei Shoigu", "Ihor Tenyukh"],
            direction: None,
            date: Some("2014-03-20"),
        }],
    );
    check(
        &statement(
            "az",
            "2021-05-14",
            None,
            "Bu gün Türkiyə Böyük Millət Məclisinin Sədri Mustafa Şentop Milli Məclisin Sədri \
             Sahibə Qafarovaya telefonla zəng edib.",
        ),
        &[Want {
            people: &["Mustafa Şentop", "Sahiba Gafarova"],
            direction: Some(("Mustafa Şentop", "Sahiba Gafarova")),
            date: Some("2021-05-14"),
        }],
    );
}

/// Ukrainian "відбулася за ініціативи X-ї сторони" names who asked for the call as well as
/// "з ініціативи".
#[test]
fn ukrainian_za_initiative_gives_the_caller() {
    check(
        &statement(
            "uk",
            "2023-03-02",
            None,
            "Президент України Володимир Зеленський провів телефонну розмову з Прем'єр-міністром \
             Італії Джорджею Мелоні. Розмова відбулася за ініціативи італійської сторони.",
        ),
        &[Want {
            people: &["Volodymyr Zelenskyy", "Giorgia Meloni"],
            direction: Some(("Giorgia Meloni", "Volodymyr Zelenskyy")),
            date: Some("2023-03-02"),
        }],
    );
}

/// "The request was made, but the conversation never took place": a call asked for and not
/// held, in Ukrainian and Russian, even when a comma sets the clause off.
#[test]
fn a_call_that_did_not_take_place_is_no_call() {
    check(
        &statement(
            "uk",
            "2022-03-10",
            None,
            "Речник повідомив, що прохання про телефонну розмову Зеленського з Сі Цзіньпіном \
             надсилали, однак розмова так і не відбулася.",
        ),
        &[],
    );
    check(
        &statement(
            "ru",
            "2022-03-10",
            None,
            "По словам источника, Зеленский хотел поговорить по телефону с Си Цзиньпином, \
             однако звонка так и не было.",
        ),
        &[],
    );
}

/// Italian: an exchange "via messaggi" is text messages, not a call.
#[test]
fn italian_messages_are_no_call() {
    check(
        &statement(
            "it",
            "2023-05-20",
            None,
            "Tra Giorgia Meloni e Emmanuel Macron c'è stato uno scambio telefonico via \
             messaggi dopo le tensioni della settimana.",
        ),
        &[],
    );
}

/// Hollande written the way Gulf and Levant papers spell him ("أولاند").
#[test]
fn hollande_in_arabic_press_spelling() {
    check(
        &statement(
            "ar",
            "2015-11-14",
            None,
            "أجرى الرئيس الأمريكي باراك أوباما اتصالا هاتفيا مع الرئيس الفرنسي فرانسوا أولاند.",
        ),
        &[Want {
            people: &["Barack Obama", "François Hollande"],
            direction: Some(("Barack Obama", "François Hollande")),
            date: Some("2015-11-14"),
        }],
    );
}

/// A question presupposes a call but asserts nobody's initiative: "Had Obama rung the
/// Chancellor on her mobile?" leaves the direction unknown. "die Kanzlerin" alone is the
/// German chancellor, as "die Bundeskanzlerin" is.
#[test]
fn a_question_gives_no_direction() {
    check(
        &statement(
            "de",
            "2014-01-09",
            None,
            "Barack Obama und Angela Merkel haben am Mittwoch telefoniert. Ein Reporter wollte \
             wissen: Hat Obama die Kanzlerin auf dem Handy angerufen?",
        ),
        &[Want {
            people: &["Barack Obama", "Angela Merkel"],
            direction: None,
            date: Some("2014-01-08"),
        }],
    );
    check(
        &statement(
            "de",
            "2017-03-27",
            None,
            "Regierungssprecher Steffen Seibert teilte mit, dass Donald Trump die Kanzlerin am \
             Montag angerufen habe.",
        ),
        &[Want {
            people: &["Donald Trump", "Angela Merkel"],
            direction: Some(("Donald Trump", "Angela Merkel")),
            date: Some("2017-03-27"),
        }],
    );
}

/// "Their previous phone conversation took place on 3 March": a call of its own, on its own
/// day, not the date of the call the page reports.
#[test]
fn an_earlier_call_of_the_same_pair_stays_apart() {
    check(
        &statement(
            "ru",
            "2022-03-06",
            None,
            "Владимир Путин и Эммануэль Макрон провели телефонный разговор. Предыдущий \
             телефонный разговор между Путиным и Макроном прошел 3 марта.",
        ),
        &[
            Want {
                people: &["Vladimir Putin", "Emmanuel Macron"],
                direction: None,
                date: Some("2022-03-06"),
            },
            Want {
                people: &["Vladimir Putin", "Emmanuel Macron"],
                direction: None,
                date: Some("2022-03-03"),
            },
        ],
    );
}

/// French: the Élysée switchboard (a president answering the public's calls) is no call.
#[test]
fn french_the_switchboard_is_no_call() {
    check(
        &statement(
            "fr",
            "2019-06-21",
            None,
            "Emmanuel Macron a répondu au téléphone au standard téléphonique de l'Élysée \
             pendant une heure.",
        ),
        &[],
    );
}

/// Turkish: the comitative as a suffix ("Tatar'la görüştü", on a page about calls) and the
/// accusative after a vowel ("Davutoğlu'nu aradı": he was the one called).
#[test]
fn turkish_comitative_suffix_and_accusative_after_a_vowel() {
    check(
        &statement(
            "tr",
            "2021-05-13",
            Some("Erdoğan bayram telefonları"),
            "Cumhurbaşkanı Recep Tayyip Erdoğan, bayram dolayısıyla Ersin Tatar'la görüştü.",
        ),
        &[Want {
            people: &["Recep Tayyip Erdoğan", "Ersin Tatar"],
            direction: None,
            date: Some("2021-05-13"),
        }],
    );
    check(
        &statement(
            "tr",
            "2015-07-17",
            Some("Gül'den bayram telefonu"),
            "Abdullah Gül, bayram dolayısıyla Ahmet Davutoğlu'nu aradı.",
        ),
        &[Want {
            people: &["Abdullah Gül", "Ahmet Davutoğlu"],
            direction: Some(("Abdullah Gül", "Ahmet Davutoğlu")),
            date: Some("2015-07-17"),
        }],
    );
}

/// Polish: wishes offered by phone ("złożyła telefoniczne życzenia") and "który dzwonił"
/// say who rang; "z emirem Kataru" is a title.
#[test]
fn polish_wishes_by_phone_and_the_one_who_rang() {
    check(
        &statement(
            "pl",
            "2015-11-17",
            None,
            "Kanclerz Angela Merkel złożyła telefoniczne życzenia premier Beacie Szydło.",
        ),
        &[Want {
            people: &["Angela Merkel", "Beata Szydło"],
            direction: Some(("Angela Merkel", "Beata Szydło")),
            date: Some("2015-11-17"),
        }],
    );
    check(
        &statement(
            "pl",
            "2020-07-14",
            None,
            "Prezydent Andrzej Duda odbył rozmowę telefoniczną z Donaldem Trumpem, który \
             dzwonił z gratulacjami.",
        ),
        &[Want {
            people: &["Andrzej Duda", "Donald Trump"],
            direction: Some(("Donald Trump", "Andrzej Duda")),
            date: Some("2020-07-14"),
        }],
    );
}

/// Russian: "говорил по телефону с", and "накануне вечером" (the evening before) but not
/// "накануне визита" (the eve of a visit).
#[test]
fn russian_spoke_by_phone_proposals_and_the_day_before() {
    check(
        &statement(
            "ru",
            "2021-07-24",
            None,
            "Накануне вечером Владимир Путин говорил по телефону с Эмомали Рахмоном. Разговор \
             состоялся по инициативе таджикской стороны.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Emomali Rahmon"],
            direction: Some(("Emomali Rahmon", "Vladimir Putin")),
            date: Some("2021-07-23"),
        }],
    );
    check(
        &statement(
            "ru",
            "2021-07-24",
            None,
            "Накануне визита Владимир Путин провел телефонный разговор с Эмомали Рахмоном.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Emomali Rahmon"],
            direction: None,
            date: Some("2021-07-24"),
        }],
    );
}

/// Spanish: "además de llamar al X" (the subject rang X too, on a page about calls); "el
/// llamado fue recibido por X" (X took it).
#[test]
fn spanish_calling_besides_and_a_call_received_by() {
    check(
        &statement(
            "es",
            "2018-06-08",
            None,
            "En su ronda de llamadas telefónicas, Pedro Sánchez, además de llamar al presidente \
             de la Generalitat, Quim Torra, ha conversado con otros presidentes.",
        ),
        &[Want {
            people: &["Pedro Sánchez", "Quim Torra"],
            direction: Some(("Pedro Sánchez", "Quim Torra")),
            date: Some("2018-06-08"),
        }],
    );
    check(
        &statement(
            "es",
            "2025-05-30",
            None,
            "Marco Rubio insistió y su llamado fue recibido por el canciller Alberto van \
             Klaveren.",
        ),
        &[Want {
            people: &["Marco Rubio", "Alberto van Klaveren"],
            direction: Some(("Marco Rubio", "Alberto van Klaveren")),
            date: Some("2025-05-30"),
        }],
    );
}

/// Officials met in real readouts that the gazetteer lacked (Kocharyan, Özgürgün, Lutnick, Biden in the Ukrainian instrumental,
/// Western Armenian Lavrov and Mnatsakanyan).
#[test]
fn gazetteer_holds_kocharyan_ozgurgun_and_more_spellings() {
    check(
        &statement(
            "ru",
            "2024-08-31",
            None,
            "Владимир Путин позвонил Роберту Кочаряну и поздравил его с днем рождения.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Robert Kocharyan"],
            direction: Some(("Vladimir Putin", "Robert Kocharyan")),
            date: Some("2024-08-31"),
        }],
    );
    check(
        &statement(
            "uk",
            "2024-02-18",
            None,
            "Володимир Зеленський провів телефонну розмову з Джозефом Байденом.",
        ),
        &[Want {
            people: &["Volodymyr Zelenskyy", "Joe Biden"],
            direction: None,
            date: Some("2024-02-18"),
        }],
    );
    check(
        &statement(
            "hy",
            "2020-04-02",
            None,
            "Զոհրապ Մնացականեան հեռախօսազրոյց ունեցած է Սերկէյ Լաւրովի հետ։",
        ),
        &[Want {
            people: &["Zohrab Mnatsakanyan", "Sergey Lavrov"],
            direction: None,
            date: Some("2020-04-02"),
        }],
    );
    check(
        &statement(
            "tr",
            "2016-07-16",
            None,
            "Başbakan Binali Yıldırım, KKTC Başbakanı Hüseyin Özgürgün ile telefonda görüştü.",
        ),
        &[Want {
            people: &["Binali Yıldırım", "Hüseyin Özgürgün"],
            direction: None,
            date: Some("2016-07-16"),
        }],
    );
}

/// "в регионе.Кроме того": a full stop that lost its space still ends the sentence, so the
/// people of the next sentence are not paired with this one's.
#[test]
fn a_full_stop_without_its_space_ends_the_sentence() {
    check(
        &statement(
            "ru",
            "2022-09-25",
            None,
            "Мевлют Чавушоглу и Джейхун Байрамов провели телефонный разговор о ситуации в \
             регионе.Кроме того, министры обороны Закир Гасанов и Хулуси Акар в тот же день \
             созвонились.",
        ),
        &[
            Want {
                people: &["Mevlüt Çavuşoğlu", "Jeyhun Bayramov"],
                direction: None,
                date: Some("2022-09-25"),
            },
            Want {
                people: &["Zakir Hasanov", "Hulusi Akar"],
                direction: None,
                date: Some("2022-09-25"),
            },
        ],
    );
}

/// A headline naming a call over a body that only plans it reports no call.
#[test]
fn a_headline_over_a_planned_call_is_no_call() {
    check(
        &statement(
            "en",
            "2022-05-20",
            Some("Macron and Putin phone call"),
            "French President Emmanuel Macron intends to hold a phone call with Vladimir Putin \
             next week, his office said.",
        ),
        &[],
    );
}

/// "There was no phone conversation between the presidents X and Y": the names stand between
/// the conversation and "не было", and nothing took place.
#[test]
fn russian_no_conversation_between_them_took_place() {
    check(
        &statement(
            "ru",
            "2018-11-28",
            None,
            "По словам Дмитрия Пескова, телефонного разговора между Владимиром Путиным и Петром \
             Порошенко на этой неделе не было.",
        ),
        &[],
    );
}

/// "the government of President X": the leader whose government is meant is not on the call.
#[test]
fn a_leader_named_for_his_government_is_no_party() {
    check(
        &statement(
            "es",
            "2025-06-03",
            None,
            "El canciller chileno, Alberto van Klaveren, confirmó este martes haber recibido una \
             llamada del secretario de Estado de Estados Unidos, Marco Rubio, después de la \
             decisión del Gobierno del Presidente Gabriel Boric de cerrar una oficina comercial.",
        ),
        &[Want {
            people: &["Alberto van Klaveren", "Marco Rubio"],
            direction: Some(("Marco Rubio", "Alberto van Klaveren")),
            date: Some("2025-06-03"),
        }],
    );
}

/// "X, after his phone call with A, rang B" (here in Ukrainian): the call set before the one
/// reported is a call of X's too, the same day, and says nothing of who rang whom.
#[test]
fn a_call_the_sentence_comes_after_is_a_call_too() {
    check(
        &statement(
            "uk",
            "2022-10-21",
            Some("Пентагон"),
            "Ллойд Остін у п'ятницю після телефонної розмови із Сергієм Шойгу зателефонував \
             також Олексію Резнікову.",
        ),
        &[
            Want {
                people: &["Lloyd Austin", "Oleksii Reznikov"],
                direction: Some(("Lloyd Austin", "Oleksii Reznikov")),
                date: Some("2022-10-21"),
            },
            Want {
                people: &["Lloyd Austin", "Sergei Shoigu"],
                direction: None,
                date: Some("2022-10-21"),
            },
        ],
    );
}

/// Where "after his phone call with A" opens the sentence, it is still the call told before:
/// the report is the call phrase after it ("After her phone call with A, X rang B"), and A
/// takes no side in it. In German the separable verb closes the sentence ("rief ... an") and
/// A, named in between, is not whom X rang.
#[test]
fn an_opening_after_phrase_is_the_earlier_call() {
    let austin_reznikov = Want {
        people: &["Lloyd Austin", "Oleksii Reznikov"],
        direction: Some(("Lloyd Austin", "Oleksii Reznikov")),
        date: Some("2023-02-10"),
    };
    let austin_shoigu = Want {
        people: &["Lloyd Austin", "Sergei Shoigu"],
        direction: None,
        date: Some("2023-02-10"),
    };
    check(
        &statement(
            "en",
            "2023-02-10",
            None,
            "Following his phone call with Sergei Shoigu, Lloyd Austin rang Oleksii Reznikov \
             to brief him.",
        ),
        &[austin_reznikov, austin_shoigu],
    );
    check(
        &statement(
            "de",
            "2023-02-10",
            None,
            "Lloyd Austin rief heute nach seinem Telefonat mit Sergej Schoigu auch Olexij \
             Resnikow an.",
        ),
        &[
            Want {
                people: &["Lloyd Austin", "Oleksii Reznikov"],
                direction: Some(("Lloyd Austin", "Oleksii Reznikov")),
                date: Some("2023-02-10"),
            },
            Want {
                people: &["Lloyd Austin", "Sergei Shoigu"],
                direction: None,
                date: Some("2023-02-10"),
            },
        ],
    );
    // "his" after both names may be either's ("X rang Y after his call with A"): the earlier
    // call is left out rather than guessed.
    check(
        &statement(
            "en",
            "2023-02-10",
            None,
            "Lloyd Austin rang Oleksii Reznikov this morning after his phone call with Sergei \
             Shoigu.",
        ),
        &[Want {
            people: &["Lloyd Austin", "Oleksii Reznikov"],
            direction: Some(("Lloyd Austin", "Oleksii Reznikov")),
            date: Some("2023-02-10"),
        }],
    );
}

/// "The last phone conversation between them" after a dated report, with no day of its own,
/// is that call again: only an earlier call its own sentence dates stays apart.
#[test]
fn a_last_call_without_its_own_day_is_the_call_reported() {
    check(
        &statement(
            "ru",
            "2023-05-09",
            None,
            "Владимир Путин и Эммануэль Макрон в понедельник провели телефонный разговор. \
             Последний телефонный разговор между Путиным и Макроном касался Украины.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Emmanuel Macron"],
            direction: None,
            date: Some("2023-05-08"),
        }],
    );
}

/// A readout that ends, several sentences on, with "the conversation took place on X's
/// initiative" (or "the dialogue was started by X"): the initiative qualifies the call
/// itself, however far from the call sentence, as long as no other call is told between.
#[test]
fn a_closing_initiative_sentence_far_from_the_call_still_counts() {
    check(
        &statement(
            "en",
            "2019-03-14",
            None,
            "President Sauli Niinistö had a telephone conversation with President Vladimir \
             Putin on Thursday. The two presidents went over the situation in the Baltic. They \
             also touched on trade across the border. Both sent greetings for the spring \
             holidays. President Putin thanked the Finnish side for its help with a rescue. \
             The discussion was held on Finland's initiative.",
        ),
        &[Want {
            people: &["Sauli Niinistö", "Vladimir Putin"],
            direction: Some(("Sauli Niinistö", "Vladimir Putin")),
            date: Some("2019-03-14"),
        }],
    );
    check(
        &statement(
            "ru",
            "2019-07-12",
            None,
            "Владимир Путин и Владимир Зеленский впервые поговорили по телефону. Беседа шла \
             около четверти часа. Это было знакомство двух президентов. Стороны коснулись \
             обмена удерживаемыми лицами. Подробностей в Кремле не дали. По сведениям \
             источников, диалог инициировала Украина.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Volodymyr Zelenskyy"],
            direction: Some(("Volodymyr Zelenskyy", "Vladimir Putin")),
            date: Some("2019-07-12"),
        }],
    );
}

/// "Calls came too from A and B": two named after "from" and joined by "and" each called
/// someone else; they were not on a call with each other.
#[test]
fn two_callers_after_from_are_not_a_pair() {
    check(
        &statement(
            "it",
            "2019-09-05",
            None,
            "Telefonate di auguri anche da Emmanuel Macron e Pedro Sánchez. Il presidente del \
             Consiglio Giuseppe Conte ha ricevuto la telefonata di Emmanuel Macron.",
        ),
        &[Want {
            people: &["Giuseppe Conte", "Emmanuel Macron"],
            direction: Some(("Emmanuel Macron", "Giuseppe Conte")),
            date: Some("2019-09-05"),
        }],
    );
}

/// A page with no day at all: "the British prime minister" cannot be looked up by date, but
/// the page itself names the one person who held that office, and the title is her.
#[test]
fn an_undated_title_is_the_holder_the_page_names() {
    check(
        &statement(
            "pl",
            "",
            None,
            "W rozmowie telefonicznej z Beatą Szydło premier Wielkiej Brytanii zapewniła o \
             wsparciu dla Polaków. Rozmowa odbyła się z inicjatywy Theresy May.",
        ),
        &[Want {
            people: &["Beata Szydło", "Theresa May"],
            direction: Some(("Theresa May", "Beata Szydło")),
            date: None,
        }],
    );
}

/// "After speaking to A, X called B": A was on the talk before (by phone or not, the phrase
/// does not say), not on the call X made; no call of A's with B comes of it.
#[test]
fn one_spoken_to_before_the_call_is_not_its_caller() {
    check(
        &statement(
            "fr",
            "2023-03-09",
            None,
            "Après avoir parlé au Premier ministre britannique, et d'un commun accord avec lui, \
             Olaf Scholz a appelé Vladimir Poutine pour lui demander un cessez-le-feu.",
        ),
        &[Want {
            people: &["Olaf Scholz", "Vladimir Putin"],
            direction: Some(("Olaf Scholz", "Vladimir Putin")),
            date: Some("2023-03-09"),
        }],
    );
    check(
        &statement(
            "en",
            "2023-03-09",
            None,
            "After speaking to Rishi Sunak, Olaf Scholz called Vladimir Putin.",
        ),
        &[Want {
            people: &["Olaf Scholz", "Vladimir Putin"],
            direction: Some(("Olaf Scholz", "Vladimir Putin")),
            date: Some("2023-03-09"),
        }],
    );
}

/// Whose earlier call an after-phrase tells: "his" is the subject's; a name inside ("after
/// Biden's call with A") is that person's, who then takes no part in the call reported; with
/// neither ("after the chancellor's call", "nach dessen Telefonat") the one named last before
/// it. An earlier call with a day of its own keeps it.
#[test]
fn the_owner_of_an_earlier_call_is_read_from_the_after_phrase() {
    check(
        &statement(
            "en",
            "2023-05-17",
            None,
            "Pedro Sánchez rang Olaf Scholz on Wednesday, soon after the chancellor's phone \
             call with Recep Tayyip Erdoğan.",
        ),
        &[
            Want {
                people: &["Pedro Sánchez", "Olaf Scholz"],
                direction: Some(("Pedro Sánchez", "Olaf Scholz")),
                date: Some("2023-05-17"),
            },
            Want {
                people: &["Olaf Scholz", "Recep Tayyip Erdoğan"],
                direction: None,
                date: Some("2023-05-17"),
            },
        ],
    );
    check(
        &statement(
            "en",
            "2023-05-17",
            None,
            "After Emmanuel Macron's phone call with Xi Jinping, Giorgia Meloni called Olaf \
             Scholz.",
        ),
        &[
            Want {
                people: &["Giorgia Meloni", "Olaf Scholz"],
                direction: Some(("Giorgia Meloni", "Olaf Scholz")),
                date: Some("2023-05-17"),
            },
            Want {
                people: &["Emmanuel Macron", "Xi Jinping"],
                direction: None,
                date: Some("2023-05-17"),
            },
        ],
    );
    check(
        &statement(
            "en",
            "2023-05-19",
            None,
            "After his phone call with Ilham Aliyev on Monday, Charles Michel rang Nikol \
             Pashinyan on Thursday.",
        ),
        &[
            Want {
                people: &["Charles Michel", "Nikol Pashinyan"],
                direction: Some(("Charles Michel", "Nikol Pashinyan")),
                date: Some("2023-05-18"),
            },
            Want {
                people: &["Charles Michel", "Ilham Aliyev"],
                direction: None,
                date: Some("2023-05-15"),
            },
        ],
    );
}

/// Far from the call, only an initiative whose subject is the call itself counts: "the
/// meeting of the delegations took place at Turkey's initiative" five sentences on is another
/// event.
#[test]
fn a_far_initiative_of_another_event_gives_no_direction() {
    check(
        &statement(
            "en",
            "2023-05-17",
            None,
            "Vladimir Putin held a phone conversation with Recep Tayyip Erdoğan on Wednesday. \
             They talked about grain exports. They touched on energy prices. They spoke of \
             the situation in Syria. They agreed to stay in contact. The meeting of the two \
             delegations in Istanbul last spring took place at Turkey's initiative.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Recep Tayyip Erdoğan"],
            direction: None,
            date: Some("2023-05-17"),
        }],
    );
}

/// German "von" is also "of": "das Telefonat von A und B" is their call.
#[test]
fn a_call_of_two_in_german_is_their_call() {
    check(
        &statement(
            "de",
            "2023-05-17",
            None,
            "Das Telefonat von Bundeskanzler Olaf Scholz und Präsident Emmanuel Macron dauerte \
             am Mittwoch eine Stunde.",
        ),
        &[Want {
            people: &["Olaf Scholz", "Emmanuel Macron"],
            direction: None,
            date: Some("2023-05-17"),
        }],
    );
}

/// On an undated page, a former office holder the page only recalls is not the title's
/// holder: the title stays unresolved.
#[test]
fn an_undated_title_is_not_a_former_holder_only_recalled() {
    check(
        &statement(
            "en",
            "",
            None,
            "Emmanuel Macron spoke by phone with the German chancellor. The two sides praised \
             the record of Angela Merkel, who left office in 2021.",
        ),
        &[Want {
            people: &["Emmanuel Macron"],
            direction: None,
            date: None,
        }],
    );
}

/// A conference call, whoever convened it or asked for it, has no caller and no one called.
#[test]
fn a_conference_call_has_no_direction() {
    check(
        &statement(
            "de",
            "2025-06-03",
            None,
            "Auf Bitten von Wolodymyr Selenskyj lud Friedrich Merz zu einer Telefonschalte mit \
             Selenskyj und anderen Verbündeten ein.",
        ),
        &[Want {
            people: &["Friedrich Merz", "Volodymyr Zelenskyy"],
            direction: None,
            date: Some("2025-06-03"),
        }],
    );
}

/// "X's call to Y", "telefon X do Y": a call word, its owner right after it, "to", the one it
/// went to: their call, and the owner called. Not "a call with X to discuss Y's plan".
#[test]
fn a_call_from_one_to_another_names_its_caller() {
    check(
        &statement(
            "pl",
            "2024-11-16",
            None,
            "Minister Radosław Sikorski był pytany w Krakowie o telefon premiera Wielkiej \
             Brytanii Keira Starmera do prezydenta Rosji Władimira Putina.",
        ),
        &[Want {
            people: &["Keir Starmer", "Vladimir Putin"],
            direction: Some(("Keir Starmer", "Vladimir Putin")),
            date: Some("2024-11-16"),
        }],
    );
    check(
        &statement(
            "es",
            "2024-11-16",
            None,
            "La llamada telefónica de Pedro Sánchez al presidente Joe Biden duró media hora.",
        ),
        &[Want {
            people: &["Pedro Sánchez", "Joe Biden"],
            direction: Some(("Pedro Sánchez", "Joe Biden")),
            date: Some("2024-11-16"),
        }],
    );
    check(
        &statement(
            "en",
            "2024-11-16",
            None,
            "Emmanuel Macron held a phone call with Olaf Scholz to discuss Vladimir Putin's \
             latest proposal.",
        ),
        &[Want {
            people: &["Emmanuel Macron", "Olaf Scholz"],
            direction: None,
            date: Some("2024-11-16"),
        }],
    );
}

/// A conference named beside another call ("after a G7 teleconference, X rang Y") leaves
/// that call's direction alone; "an"/"a" after a verb ("Im Telefonat appellierte X an Y")
/// is no call from one to the other.
#[test]
fn a_conference_or_a_to_word_elsewhere_changes_no_direction() {
    check(
        &statement(
            "en",
            "2024-02-21",
            None,
            "Following a G7 teleconference on Wednesday, Justin Trudeau rang Volodymyr Zelenskyy.",
        ),
        &[Want {
            people: &["Justin Trudeau", "Volodymyr Zelenskyy"],
            direction: Some(("Justin Trudeau", "Volodymyr Zelenskyy")),
            date: Some("2024-02-21"),
        }],
    );
    check(
        &statement(
            "de",
            "2024-02-21",
            None,
            "Olaf Scholz und Xi Jinping haben am Mittwoch telefoniert. Im Telefonat appellierte \
             Scholz an Xi, auf Moskau einzuwirken.",
        ),
        &[Want {
            people: &["Olaf Scholz", "Xi Jinping"],
            direction: None,
            date: Some("2024-02-21"),
        }],
    );
}

/// Far from the call, "that conversation was held at X's initiative" may be another
/// conversation the text recalled: no direction from it.
#[test]
fn a_far_initiative_of_a_recalled_conversation_gives_no_direction() {
    check(
        &statement(
            "en",
            "2024-02-21",
            None,
            "Vladimir Putin held a phone conversation with Kassym-Jomart Tokayev on Wednesday. \
             They talked about oil transit. They discussed the Caspian. They spoke of trade. \
             Putin recalled a long conversation with Tokayev in Astana last year. That \
             conversation was held at the initiative of the Kazakh side.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Kassym-Jomart Tokayev"],
            direction: None,
            date: Some("2024-02-21"),
        }],
    );
}

/// A denial in the headline or the lead covers the body's retelling of the same call, named
/// after another outlet ("According to the paper, A spoke with B"), not only the phrase it
/// spans; a call with someone the denial does not name stays.
#[test]
fn a_call_the_lead_denies_is_denied_in_the_body_too() {
    for (lang, title, body) in [
        (
            "en",
            "Moscow dismisses report of a Putin-Trump phone call",
            "The Kremlin on Tuesday rejected reports of a phone call between Donald Trump and \
             Vladimir Putin. A weekly had written that Trump spoke with Putin on Sunday and \
             asked him to avoid escalation.",
        ),
        (
            "es",
            "Sheinbaum aclara que no hubo llamada con Milei",
            "Claudia Sheinbaum negó haber hablado por teléfono con Javier Milei. Según un \
             diario argentino, Sheinbaum y Milei conversaron por teléfono el jueves.",
        ),
        (
            "tr",
            "Peskov, Erdoğan ile telefon görüşmesi iddiasını yalanladı",
            "Kremlin Sözcüsü Dmitriy Peskov, Putin ile Erdoğan arasında telefon görüşmesi \
             yapılmadığını söyledi. Bazı gazeteler Putin'in dün Erdoğan ile telefonda \
             görüştüğünü yazmıştı.",
        ),
    ] {
        no_calls(&statement(lang, "2025-03-04", Some(title), body));
    }
    check(
        &statement(
            "en",
            "2025-03-04",
            Some("Kremlin denies Putin-Trump phone call"),
            "The Kremlin denied reports of a phone call between Vladimir Putin and Donald Trump. \
             Putin did speak by phone with Recep Tayyip Erdoğan on Monday.",
        ),
        &[Want {
            people: &["Vladimir Putin", "Recep Tayyip Erdoğan"],
            direction: None,
            date: Some("2025-03-03"),
        }],
    );
}

/// A phone the other side did not answer is no call.
#[test]
fn an_unanswered_call_is_no_call() {
    no_calls(&statement(
        "tr",
        "2025-03-04",
        None,
        "Erdoğan, Putin'i telefonla aradığını ama Putin'in telefonuna çıkmadığını söyledi.",
    ));
}

/// Direction in three more shapes: a Turkish headline from a person to a country's office in
/// the dative ("X'ten Fransa Cumhurbaşkanı'na telefon"), French "a dit avoir appelé X", and
/// an Arabic call "that X made with bi- Y" ("اتصال هاتفي أجراه X بالرئيس Y").
#[test]
fn direction_from_an_office_in_the_dative_a_said_call_and_arabic_bi() {
    check(
        &statement(
            "tr",
            "2023-05-02",
            Some("Erdoğan'dan Fransa Cumhurbaşkanı'na taziye telefonu"),
            "Cumhurbaşkanı Recep Tayyip Erdoğan, Fransa Cumhurbaşkanı Emmanuel Macron ile bir \
             telefon görüşmesi yaptı ve selde hayatını kaybedenler için başsağlığı diledi.",
        ),
        &[Want {
            people: &["Recep Tayyip Erdoğan", "Emmanuel Macron"],
            direction: Some(("Recep Tayyip Erdoğan", "Emmanuel Macron")),
            date: Some("2023-05-02"),
        }],
    );
    check(
        &statement(
            "fr",
            "2023-05-02",
            None,
            "Devant la presse, Olaf Scholz a dit avoir appelé Recep Tayyip Erdoğan mardi pour \
             parler des céréales.",
        ),
        &[Want {
            people: &["Olaf Scholz", "Recep Tayyip Erdoğan"],
            direction: Some(("Olaf Scholz", "Recep Tayyip Erdoğan")),
            date: Some("2023-05-02"),
        }],
    );
    check(
        &statement(
            "ar",
            "2023-05-04",
            None,
            "وفي اتصال هاتفي أجراه الرئيس عبد الفتاح السيسي الثلاثاء بالرئيس الفلسطيني محمود عباس، \
             جرى بحث التطورات في غزة.",
        ),
        &[Want {
            people: &["Abdel Fattah el-Sisi", "Mahmoud Abbas"],
            direction: Some(("Abdel Fattah el-Sisi", "Mahmoud Abbas")),
            date: Some("2023-05-02"),
        }],
    );
}

/// A list of countries after a plural title may end with ", and the United Kingdom" (the
/// kingdom's own name, with an article): one call with each country's holder. The UK's
/// "Secretary of State for Defence" followed by a name is that person, not the Foreign
/// Secretary whom the shorter "Secretary of State" inside it would name.
#[test]
fn a_country_list_ending_with_the_united_kingdom_and_the_uk_defence_secretary() {
    check(
        &statement(
            "en",
            "2023-06-25",
            Some("Readout of Secretary Austin's phone calls with allied defense ministers"),
            "Lloyd Austin spoke by phone today with the defense ministers of Canada, France, and \
             the United Kingdom about the events in Russia.",
        ),
        &[
            Want {
                people: &["Lloyd Austin", "Anita Anand"],
                direction: None,
                date: Some("2023-06-25"),
            },
            Want {
                people: &["Lloyd Austin", "Sébastien Lecornu"],
                direction: None,
                date: Some("2023-06-25"),
            },
            Want {
                people: &["Lloyd Austin", "Ben Wallace"],
                direction: None,
                date: Some("2023-06-25"),
            },
        ],
    );
    check(
        &statement(
            "en",
            "2022-10-23",
            None,
            "Lloyd Austin called UK Secretary of State for Defence Ben Wallace on Sunday to talk \
             about support for Ukraine.",
        ),
        &[Want {
            people: &["Lloyd Austin", "Ben Wallace"],
            direction: Some(("Lloyd Austin", "Ben Wallace")),
            date: Some("2022-10-23"),
        }],
    );
}

/// What the page-level denial, the new cues and the defence gazetteer must leave alone (a
/// reviewer's probes, retold): a denial of what was said in a call, a lead that reports the
/// call before denying a topic, a request made during a call, a meeting "held with" someone,
/// a denial of having called, and German "Hagel" (hail).
#[test]
fn denials_of_something_else_requests_meetings_and_common_words_leave_calls_alone() {
    let one_call = |lang: &str, title: Option<&str>, body: &str, people: &[&str], date: &str| {
        let people: Vec<&str> = people.to_vec();
        check(
            &statement(lang, "2024-03-05", title, body),
            &[Want {
                people: &people,
                direction: None,
                date: Some(date),
            }],
        );
    };
    one_call(
        "es",
        None,
        "Pedro Sánchez negó haber hecho concesiones en la llamada que mantuvo el lunes con \
         Mohammed VI. Sánchez y Mohammed VI hablaron por teléfono sobre migración.",
        &["Pedro Sánchez", "King Mohammed VI"],
        "2024-03-04",
    );
    one_call(
        "en",
        None,
        "Claudia Sheinbaum and Donald Trump spoke by phone on Monday. There was no conversation \
         between Sheinbaum and Trump about migration, her office said. Trump later wrote that \
         the call with Sheinbaum had gone well.",
        &["Claudia Sheinbaum", "Donald Trump"],
        "2024-03-04",
    );
    one_call(
        "ru",
        None,
        "В ходе телефонного разговора в понедельник Владимир Зеленский попросил Олафа Шольца \
         ускорить поставки.",
        &["Volodymyr Zelenskyy", "Olaf Scholz"],
        "2024-03-04",
    );
    one_call(
        "de",
        None,
        "Trotz Hagel in Berlin telefonierte Angela Merkel am Montag mit Wladimir Putin.",
        &["Angela Merkel", "Vladimir Putin"],
        "2024-03-04",
    );
    for (lang, body) in [
        (
            "ar",
            "وتناول اللقاء الذي أجراه الرئيس عبد الفتاح السيسي بالرئيس إيمانويل ماكرون في شرم \
             الشيخ العلاقات الثنائية.",
        ),
        (
            "fr",
            "L'Élysée dément avoir appelé le président Xi Jinping la semaine dernière.",
        ),
    ] {
        no_calls(&statement(lang, "2024-03-05", None, body));
    }
}
