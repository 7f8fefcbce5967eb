//! Statement readers: every format, every kind of bad file, directory trees, ids, dates and
//! languages.

use std::fs;
use std::path::{Path, PathBuf};

use readout::model::{DatePrecision, Statement};
use readout::sources::{
    SourceError, SourceItem, is_supported, parse_bytes, parse_document, read_paths,
};

const MAX: u64 = 2_000_000;

fn crate_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn fixture(name: &str) -> PathBuf {
    crate_path("tests/fixtures/sources").join(name)
}

/// Reads one fixture that must give exactly one statement.
fn read_one(name: &str) -> Statement {
    let path = fixture(name);
    let bytes = fs::read(&path).unwrap_or_else(|e| panic!("fixture {name}: {e}"));
    let mut statements =
        parse_bytes(name, &bytes, MAX).unwrap_or_else(|e| panic!("fixture {name}: {e}"));
    assert_eq!(statements.len(), 1, "{name}");
    statements.remove(0)
}

fn parse_text(name: &str, text: &str) -> Result<Vec<Statement>, SourceError> {
    parse_bytes(name, text.as_bytes(), MAX)
}

fn published(statement: &Statement) -> Option<String> {
    statement.published.map(|p| p.to_string())
}

#[test]
fn dev_corpus_languages_and_dates_match_the_labels() {
    let root = crate_path("../shared/corpus-dev");
    let Ok(labels) = fs::read_to_string(root.join("labels.jsonl")) else {
        println!(
            "note: {} is absent; corpus comparison skipped",
            root.display()
        );
        return;
    };
    let mut checked = 0;
    let mut mismatches = Vec::new();
    for line in labels.lines().filter(|l| !l.trim().is_empty()) {
        let label: serde_json::Value =
            serde_json::from_str(line).expect("labels.jsonl line is JSON");
        let file = label["file"].as_str().expect("label has a file");
        let path = root.join(file);
        let bytes = fs::read(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
        let statements = parse_bytes(file, &bytes, MAX).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(statements.len(), 1, "{file}");
        let statement = &statements[0];
        let expected = (
            label["language"].as_str().map(str::to_owned),
            label["published"].as_str().map(str::to_owned),
        );
        let got = (Some(statement.language.clone()), published(statement));
        if expected != got {
            mismatches.push(format!("{file}: expected {expected:?}, got {got:?}"));
        }
        checked += 1;
    }
    assert_eq!(checked, 56);
    assert!(
        mismatches.is_empty(),
        "{} mismatches:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}

#[test]
fn the_real_seed_file_reads_with_month_precision() {
    let path = crate_path("../shared/seed/000_76e9bc5c19146d79.txt");
    let Ok(bytes) = fs::read(&path) else {
        println!("note: {} is absent; seed test skipped", path.display());
        return;
    };
    let statements =
        parse_bytes("000_76e9bc5c19146d79.txt", &bytes, MAX).expect("seed file parses");
    let statement = &statements[0];
    let published = statement.published.expect("seed file has a date");
    assert_eq!(published.precision, DatePrecision::Month);
    assert_eq!(published.to_string(), "2024-06");
    assert_eq!(statement.language, "fr");
    assert!(
        statement.body.starts_with("Le Président"),
        "{}",
        &statement.body[..40]
    );
    assert_eq!(statement.title, None);
    assert_eq!(statement.path.as_deref(), Some("000_76e9bc5c19146d79.txt"));
    assert!(statement.body.contains("\n\n"), "paragraph breaks are kept");
}

#[test]
fn seed_text_with_date_line_and_headline() {
    let statement = read_one("seed_headline.txt");
    assert_eq!(published(&statement).as_deref(), Some("2024-06-20"));
    assert_eq!(
        statement.title.as_deref(),
        Some("Foreign Minister speaks with Georgian counterpart")
    );
    assert!(statement.body.starts_with("The Foreign Minister held"));
    assert_eq!(statement.body.split("\n\n").count(), 2);
    assert_eq!(statement.language, "en");
    assert_eq!(statement.url, None);
}

#[test]
fn seed_text_with_body_on_the_date_line() {
    let statement = read_one("seed_same_line.txt");
    assert_eq!(published(&statement).as_deref(), Some("2024-02"));
    assert_eq!(statement.title, None);
    assert!(
        statement
            .body
            .starts_with("Le ministre des Affaires étrangères")
    );
    assert!(statement.body.ends_with("prochainement."));
    assert_eq!(statement.language, "fr");
}

#[test]
fn text_without_date_line_is_a_body_without_date() {
    let statement = read_one("no_date.txt");
    assert_eq!(statement.published, None);
    assert_eq!(
        statement.body,
        "The ambassador received a call from the deputy minister this morning.\n\nThey discussed consular cooperation and agreed to meet next month."
    );
}

#[test]
fn markdown_front_matter_and_stripped_body() {
    let statement = read_one("statement.md");
    assert_eq!(
        statement.title.as_deref(),
        Some("Entretien téléphonique du ministre avec son homologue géorgien")
    );
    assert_eq!(
        statement.url.as_deref(),
        Some("https://diplomatie.example/fr/actualites/entretien-homologue-georgien")
    );
    assert_eq!(published(&statement).as_deref(), Some("2024-03-05"));
    assert_eq!(statement.language, "fr");
    assert_eq!(
        statement.body,
        "Le ministre s’est entretenu ce mardi par téléphone avec son homologue géorgien.\n\n\
         Ils ont évoqué la coopération énergétique et la préparation du prochain conseil d’association.\n\n\
         Les deux ministres sont convenus de rester en contact."
    );
}

#[test]
fn markdown_without_front_matter_is_a_body() {
    let statements = parse_text(
        "note.md",
        "# Call with the minister\n\nThe *minister* called.\n",
    )
    .expect("parses");
    assert_eq!(
        statements[0].title.as_deref(),
        Some("Call with the minister")
    );
    assert_eq!(statements[0].body, "The minister called.");
    assert_eq!(statements[0].published, None);
}

#[test]
fn json_object_pretty_printed() {
    let statement = read_one("statement.json");
    assert_eq!(
        statement.title.as_deref(),
        Some("Minister holds phone call with Kazakh counterpart")
    );
    assert_eq!(
        statement.url.as_deref(),
        Some("https://mfa.example/en/news/call-with-kazakh-counterpart")
    );
    // The calendar date where it was published, not converted to UTC.
    assert_eq!(published(&statement).as_deref(), Some("2024-05-14"));
    assert_eq!(statement.language, "en");
    assert!(
        statement.body.ends_with("across the Caspian Sea & trade."),
        "{}",
        statement.body
    );
    assert_eq!(statement.body.split("\n\n").count(), 2);
}

#[test]
fn json_with_only_a_body() {
    let statements = parse_text(
        "x.json",
        r#"{"body": "Der Außenminister hat heute mit seinem Amtskollegen telefoniert."}"#,
    )
    .expect("parses");
    assert_eq!(statements[0].title, None);
    assert_eq!(statements[0].language, "de");
}

#[test]
fn json_lines_keep_good_lines_and_report_the_bad_one() {
    let bytes = fs::read(fixture("statements.jsonl")).expect("fixture");
    let parsed = parse_document("statements.jsonl", &bytes, MAX).expect("good lines land");
    let titles: Vec<_> = parsed
        .statements
        .iter()
        .map(|s| s.title.clone().unwrap_or_default())
        .collect();
    assert_eq!(titles, ["First call", "Third call"]);
    assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
    assert!(
        parsed.warnings[0].starts_with("line 2:"),
        "{:?}",
        parsed.warnings
    );
    assert!(
        parsed.warnings[0].contains("column"),
        "{:?}",
        parsed.warnings
    );
    // Date from the URL for the first, declared for the third.
    assert_eq!(
        published(&parsed.statements[0]).as_deref(),
        Some("2024-06-18")
    );
    assert_eq!(
        published(&parsed.statements[1]).as_deref(),
        Some("2024-06-19")
    );
    assert_eq!(parsed.statements[1].language, "de");
    // Every statement of the file names the file.
    assert!(
        parsed
            .statements
            .iter()
            .all(|s| s.path.as_deref() == Some("statements.jsonl"))
    );
}

#[test]
fn json_file_holding_several_lines_of_objects_is_json_lines() {
    let text = "{\"body\": \"The minister called his counterpart.\"}\n{\"body\": \"The president received a call.\"}\n";
    let statements = parse_text("batch.json", text).expect("parses");
    assert_eq!(statements.len(), 2);
    // A broken first line is one bad line, not a broken file.
    let text = "{\"body\": \"Broken first line}\n{\"body\": \"The president received a call.\"}\n";
    let parsed = parse_document("batch.json", text.as_bytes(), MAX).expect("second line lands");
    assert_eq!(parsed.statements.len(), 1);
    assert!(
        parsed.warnings[0].starts_with("line 1:"),
        "{:?}",
        parsed.warnings
    );
}

#[test]
fn html_article_without_page_furniture() {
    let statement = read_one("page.html");
    assert_eq!(
        statement.title.as_deref(),
        Some("Readout of the Secretary’s call with the Foreign Minister")
    );
    assert_eq!(
        statement.url.as_deref(),
        Some("https://state.example/readout-secretary-call-foreign-minister")
    );
    assert_eq!(published(&statement).as_deref(), Some("2024-04-03"));
    assert_eq!(statement.language, "en");
    assert_eq!(
        statement.body,
        "The Secretary spoke by phone today with the Foreign Minister. They discussed regional security & the humanitarian situation.\n\n\
         The Secretary reaffirmed support for a negotiated settlement.\nThe two agreed to stay in touch."
    );
}

#[test]
fn html_without_article_uses_meta_tags_and_json_ld() {
    let statement = read_one("page_meta_only.html");
    assert_eq!(
        statement.title.as_deref(),
        Some("Президент провів телефонну розмову")
    );
    assert_eq!(
        statement.url.as_deref(),
        Some("https://president.example/news/telefonna-rozmova-81234")
    );
    assert_eq!(published(&statement).as_deref(), Some("2024-10-01"));
    assert_eq!(statement.language, "uk");
    assert!(statement.body.starts_with("Президент провів"));
    assert!(!statement.body.contains("Головна"));
}

#[test]
fn html_falls_back_to_a_wider_part_and_keeps_long_widgets() {
    let card = r#"<html><body><main><article><h1>Card</h1></article>
        <p>The minister called his counterpart.</p></main></body></html>"#;
    let statements = parse_text("card.html", card).expect("parses");
    assert_eq!(statements[0].title.as_deref(), Some("Card"));
    assert_eq!(statements[0].body, "The minister called his counterpart.");

    // A class word like `share` only drops widgets that hold little text.
    let paragraph =
        "The two ministers discussed energy, transport and trade at length. ".repeat(10);
    let long = format!(
        r#"<html><body><article><div class="content share-enabled"><p>{paragraph}</p></div></article></body></html>"#
    );
    let statements = parse_text("long.html", &long).expect("parses");
    assert_eq!(statements[0].body, paragraph.trim());
}

#[test]
fn date_taken_from_the_url_when_none_is_declared() {
    let cases = [
        (
            "a.json",
            r#"{"url": "https://gov.example/news/2024/06/20/call", "body": "The minister called."}"#,
            "2024-06-20",
        ),
        (
            "b.json",
            r#"{"url": "https://gov.example/news/20240620-call", "body": "The minister called."}"#,
            "2024-06-20",
        ),
        (
            "c.md",
            "---\nsource: https://gov.example/a/2024-06-20-call\n---\nThe minister called.\n",
            "2024-06-20",
        ),
        (
            "d.html",
            r#"<html><head><link rel="canonical" href="https://gov.example/2023/11/05/call"></head><body><p>The minister called.</p></body></html>"#,
            "2023-11-05",
        ),
    ];
    for (name, text, expected) in cases {
        let statements = parse_text(name, text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let date = statements[0]
            .published
            .unwrap_or_else(|| panic!("{name}: no date"));
        assert_eq!(date.precision, DatePrecision::Day, "{name}");
        assert_eq!(date.to_string(), expected, "{name}");
    }
    // A declared date wins over the URL.
    let declared = r#"{"url": "https://gov.example/2024/06/20/x", "published": "2024-06-21", "body": "Text."}"#;
    assert_eq!(
        published(&parse_text("e.json", declared).expect("parses")[0]).as_deref(),
        Some("2024-06-21")
    );
}

#[test]
fn ids_are_stable_and_follow_url_then_body() {
    let first = read_one("statement.json");
    let again = read_one("statement.json");
    assert_eq!(first.id, again.id);
    assert_eq!(first.id.len(), 16);
    assert!(
        first
            .id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    );

    // Same URL, different wording: same statement.
    let a = parse_text(
        "a.json",
        r#"{"url": "https://gov.example/n/1", "body": "One wording."}"#,
    )
    .expect("parses");
    let b = parse_text(
        "b.json",
        r#"{"url": "https://gov.example/n/1", "body": "Another wording."}"#,
    )
    .expect("parses");
    assert_eq!(a[0].id, b[0].id);

    // No URL: the body decides, whatever the line wrapping and the file name.
    let c = parse_text(
        "c.txt",
        "date 2024-01-02\n\nThe minister  called\nhis counterpart today.",
    )
    .expect("parses");
    let d = parse_text(
        "other/d.txt",
        "date 2024-01-02 The minister called his counterpart today.",
    )
    .expect("parses");
    assert_eq!(c[0].id, d[0].id);
    let e = parse_text(
        "e.txt",
        "date 2024-01-02 The minister called someone else today.",
    )
    .expect("parses");
    assert_ne!(c[0].id, e[0].id);
}

#[test]
fn languages_are_detected() {
    let samples = [
        (
            "en",
            "The Foreign Minister held a telephone conversation with his counterpart on Tuesday. The two ministers discussed \
             bilateral trade, energy security and the preparations for the upcoming summit, and agreed to stay in close contact.",
        ),
        (
            "fr",
            "Le ministre des Affaires étrangères s'est entretenu mardi par téléphone avec son homologue. Les deux ministres ont \
             évoqué les relations bilatérales, la sécurité énergétique et la préparation du prochain sommet.",
        ),
        (
            "ru",
            "Во вторник министр иностранных дел провёл телефонный разговор со своим коллегой. Стороны обсудили двустороннее \
             сотрудничество, энергетическую безопасность и подготовку к предстоящему саммиту.",
        ),
        (
            "de",
            "Der Außenminister hat am Dienstag mit seinem Amtskollegen telefoniert. Die beiden Minister sprachen über die \
             bilateralen Beziehungen, die Energiesicherheit und die Vorbereitung des bevorstehenden Gipfels.",
        ),
        (
            "tr",
            "Dışişleri Bakanı salı günü mevkidaşı ile telefonda görüştü. İki bakan ikili ilişkileri, enerji güvenliğini ve \
             yaklaşan zirvenin hazırlıklarını ele aldı ve yakın temasta kalma konusunda mutabık kaldı.",
        ),
        (
            "az",
            "Xarici işlər naziri çərşənbə axşamı həmkarı ilə telefonla danışıb. Nazirlər ikitərəfli əlaqələri, enerji \
             təhlükəsizliyini və qarşıdakı sammitə hazırlığı müzakirə ediblər, sıx təmasda qalmağı razılaşdırıblar.",
        ),
        (
            "uk",
            "У вівторок міністр закордонних справ провів телефонну розмову зі своїм колегою. Сторони обговорили двостороннє \
             співробітництво, енергетичну безпеку та підготовку до майбутнього саміту.",
        ),
        // Naming Əliyev does not make an English text Azerbaijani.
        (
            "en",
            "President Ilham Əliyev received a phone call from the Prime Minister. They discussed the peace process, \
             connectivity projects in the region and the preparations for the climate conference.",
        ),
    ];
    for (expected, body) in samples {
        let statements = parse_text("sample.txt", body).expect("parses");
        assert_eq!(statements[0].language, expected, "{body}");
    }
}

#[test]
fn declared_languages_are_normalised() {
    for (declared, expected) in [
        ("fr-FR", "fr"),
        ("English", "en"),
        ("az_AZ", "az"),
        ("UK", "uk"),
        ("русский", "ru"),
    ] {
        let text = format!(r#"{{"language": "{declared}", "body": "Short text."}}"#);
        assert_eq!(
            parse_text("x.json", &text).expect("parses")[0].language,
            expected,
            "{declared}"
        );
    }
    // An unrecognised declaration falls back to detection; nothing to detect gives `und`.
    let unknown = r#"{"language": "Klingon", "body": "The minister spoke with the ambassador about trade and energy projects."}"#;
    assert_eq!(
        parse_text("x.json", unknown).expect("parses")[0].language,
        "en"
    );
    assert_eq!(
        parse_text("x.txt", "12345 67890").expect("parses")[0].language,
        "und"
    );
}

#[test]
fn body_text_is_normalised() {
    let text = "\u{feff}date 2024-06-01\r\n\r\n  First   line\twith  tabs \r\n second line\r\n\r\n\r\n\r\nNext &amp; last paragraph.  \r\n";
    let statements = parse_text("n.txt", text).expect("parses");
    assert_eq!(
        statements[0].body,
        "First line with tabs\nsecond line\n\nNext & last paragraph."
    );
}

/// Text pasted from macOS arrives decomposed (NFD), and a Cyrillic letter can hide in a Latin
/// word: every reader hands out one form, so names and codes match whatever was pasted.
#[test]
fn titles_and_bodies_are_in_one_unicode_form() {
    let text = "date 2025-01-09\n\nPresident Erdog\u{306}an and Ma\u{441}ron\n\n\
                The chancellor spoke with President Erdog\u{306}an about the \
                \u{421}\u{41E}\u{420}29 outcome; Ma\u{441}ron joined later.\n";
    let statements = parse_text("nfd.txt", text).expect("parses");
    assert_eq!(
        statements[0].title.as_deref(),
        Some("President Erdoğan and Macron")
    );
    assert_eq!(
        statements[0].body,
        "The chancellor spoke with President Erdoğan about the COP29 outcome; Macron joined later."
    );
    // A Russian body keeps its words, and a Latin code in it stays Latin.
    let russian = "date 2025-01-09\n\nСаммит COP29 в Баку: сор и мусор убраны. Пут\u{69}н.\n";
    let statements = parse_text("ru.txt", russian).expect("parses");
    assert_eq!(
        statements[0].body,
        "Саммит COP29 в Баку: сор и мусор убраны. Пут\u{456}н."
    );
}

/// Writes `bytes` to `name` in `dir` and reads it through [`read_paths`].
fn read_written(dir: &Path, name: &str, bytes: &[u8], max: u64) -> SourceItem {
    let path = dir.join(name);
    fs::write(&path, bytes).expect("write temp file");
    let mut items = read_paths(&[path], max);
    assert_eq!(items.len(), 1);
    items.remove(0)
}

fn error_of(item: &SourceItem) -> &SourceError {
    match &item.result {
        Ok(statements) => panic!(
            "{}: expected an error, got {statements:?}",
            item.path.display()
        ),
        Err(e) => e,
    }
}

#[test]
fn every_kind_of_bad_file_gets_one_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();

    let missing = read_paths(&[d.join("missing.txt")], MAX);
    assert!(matches!(error_of(&missing[0]), SourceError::Io(_)));
    assert!(error_of(&missing[0]).to_string().starts_with("cannot read"));

    assert!(matches!(
        error_of(&read_written(d, "empty.txt", b"", MAX)),
        SourceError::Empty
    ));
    assert!(matches!(
        error_of(&read_written(d, "blank.md", b"  \n\t\n", MAX)),
        SourceError::Empty
    ));

    let big = read_written(d, "big.txt", &[b'a'; 300], 100);
    assert!(
        matches!(
            error_of(&big),
            SourceError::TooLarge {
                size: 300,
                max: 100
            }
        ),
        "{:?}",
        big.result
    );
    assert_eq!(
        error_of(&big).to_string(),
        "file is 300 bytes, over the 100-byte limit"
    );

    assert!(matches!(
        error_of(&read_written(d, "nul.txt", b"date 2024-01\n\0\0text", MAX)),
        SourceError::Binary
    ));
    let controls: Vec<u8> = (0..200)
        .map(|i| if i % 2 == 0 { 0x01 } else { b'a' })
        .collect();
    assert!(matches!(
        error_of(&read_written(d, "controls.txt", &controls, MAX)),
        SourceError::Binary
    ));

    assert!(matches!(
        error_of(&read_written(d, "latin1.txt", b"caf\xe9 au lait", MAX)),
        SourceError::InvalidUtf8
    ));
    let bom = read_written(
        d,
        "bom.txt",
        b"\xEF\xBB\xBFdate 2024-05 Text with a byte order mark.",
        MAX,
    );
    let bom = bom.result.expect("a UTF-8 BOM is accepted");
    assert_eq!(bom[0].body, "Text with a byte order mark.");

    let pdf = read_written(d, "scan.pdf", b"%PDF-1.7", MAX);
    assert!(matches!(error_of(&pdf), SourceError::Unsupported(_)));
    assert_eq!(error_of(&pdf).to_string(), "unsupported file type `.pdf`");

    let front = read_written(d, "front.md", b"---\ntitle: [broken\n---\nBody.\n", MAX);
    assert!(
        error_of(&front).to_string().contains("front matter"),
        "{}",
        error_of(&front)
    );
    let unclosed = read_written(d, "unclosed.md", b"---\ntitle: x\nBody.\n", MAX);
    assert!(
        error_of(&unclosed).to_string().contains("front matter"),
        "{}",
        error_of(&unclosed)
    );

    let json = read_written(
        d,
        "broken.json",
        b"{\n  \"title\": \"x\",\n  \"body\": \"y\"\n",
        MAX,
    );
    let message = error_of(&json).to_string();
    assert!(
        message.contains("line") && message.contains("column"),
        "{message}"
    );

    let no_body = read_written(d, "nobody.json", br#"{"title": "Only a title"}"#, MAX);
    assert!(
        error_of(&no_body).to_string().contains("`body`"),
        "{}",
        error_of(&no_body)
    );

    let all_bad = read_written(d, "bad.jsonl", b"{\"body\": 1}\nnot json\n", MAX);
    let message = error_of(&all_bad).to_string();
    assert!(
        message.contains("line 1") && message.contains("1 more"),
        "{message}"
    );

    let no_text = read_written(d, "empty.html", b"<html><head><title>T</title></head><body><nav>Menu</nav><script>x()</script></body></html>", MAX);
    assert!(
        error_of(&no_text).to_string().contains("no readable text"),
        "{}",
        error_of(&no_text)
    );

    #[cfg(unix)]
    if std::process::Command::new("mkfifo")
        .arg(d.join("pipe.txt"))
        .status()
        .is_ok_and(|s| s.success())
    {
        let pipe = read_paths(&[d.join("pipe.txt")], MAX);
        assert_eq!(
            error_of(&pipe[0]).to_string(),
            "cannot read: not a regular file"
        );
    }

    let date_only = read_written(d, "date-only.txt", b"date 2024-06-20\n", MAX);
    assert!(matches!(error_of(&date_only), SourceError::Malformed(_)));
    let bad_date = read_written(d, "bad-date.txt", b"date 2024-13-45\n\nText.", MAX);
    assert!(
        error_of(&bad_date).to_string().contains("2024-13-45"),
        "{}",
        error_of(&bad_date)
    );
}

#[test]
fn hostile_files_neither_panic_nor_hang() {
    let deep_json = format!(
        "{{\"body\": \"x\", \"extra\": {}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    // Ignored fields may nest deeply; the statement still reads.
    assert_eq!(
        parse_text("deep.json", &deep_json).expect("parses")[0].body,
        "x"
    );
    assert!(parse_text("deeper.json", &"[".repeat(200_000)).is_err());
    let deep_lines = format!("{}\n{{\"body\": \"ok\"}}\n", "[".repeat(200_000));
    assert_eq!(
        parse_text("deep.jsonl", &deep_lines)
            .expect("good line lands")
            .len(),
        1
    );

    let nested = |depth: usize| {
        format!(
            "<html><body>{}<p>Deep text.</p>{}</body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        )
    };
    assert_eq!(
        parse_text("deep.html", &nested(500)).expect("parses")[0].body,
        "Deep text."
    );
    let too_deep = parse_text("deeper.html", &nested(150_000)).expect_err("refused");
    assert!(too_deep.to_string().contains("levels deep"), "{too_deep}");
    let deep_inline = format!(
        "<html><body><p>{}Bold text.</p></body></html>",
        "<b>".repeat(500_000)
    );
    assert!(parse_text("inline.html", &deep_inline).is_err());
    let flat = format!(
        "<html><body>{}</body></html>",
        "<div><p>Text.</p></div>".repeat(50_000)
    );
    assert!(parse_text("flat.html", &flat).is_ok());
    let huge_attribute = format!(
        r#"<html><body><article class="{}"><p>Text.</p></article></body></html>"#,
        "share-x ".repeat(100_000)
    );
    assert!(parse_text("attr.html", &huge_attribute).is_ok());

    let long_line = "word ".repeat(20_000);
    assert!(parse_text("long.txt", &format!("date 2024-01-01 {long_line}")).is_ok());
    let markdown_soup = format!(
        "{}{}{}",
        "*_[`~<".repeat(20_000),
        long_line,
        "](".repeat(20_000)
    );
    assert!(parse_text("soup.md", &markdown_soup).is_ok());
    let deep_yaml = format!("---\ntitle: {}\n---\nBody.\n", "[".repeat(500_000));
    assert!(parse_text("yaml.md", &deep_yaml).is_err());
    let aliases = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n\
                   c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n\
                   e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n---\nBody.\n";
    let _ = parse_text("bomb.md", aliases);
}

#[test]
fn directory_trees_are_walked_in_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    let write = |relative: &str, text: &str| {
        let path = root.join(relative);
        fs::create_dir_all(path.parent().expect("has parent")).expect("mkdir");
        fs::write(path, text).expect("write");
    };
    write(
        "b/good.json",
        r#"{"body": "The minister called his counterpart."}"#,
    );
    write("b/lines.jsonl", "{\"body\": \"First.\"}\n{oops\n");
    write(
        "a.txt",
        "date 2024-06 The president spoke by phone with the chancellor.",
    );
    write(
        "c/deeper/z.md",
        "---\ntitle: Z\n---\nThe ambassador called.",
    );
    write("c/broken.md", "---\ntitle: [\n---\nBody");
    write("c/empty.html", "");
    write(".hidden.txt", "date 2024-06 Hidden files are skipped.");
    write(".git/config.txt", "Hidden directories are skipped.");
    write(
        "notes.pdf",
        "unsupported files inside a directory are skipped",
    );
    write("README", "no extension: skipped inside a directory");
    #[cfg(unix)]
    std::os::unix::fs::symlink(root, root.join("c/loop")).expect("symlink");

    let items = read_paths(&[root.to_path_buf()], MAX);
    let names: Vec<String> = items
        .iter()
        .map(|item| {
            item.path
                .strip_prefix(root)
                .expect("under root")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(
        names,
        [
            "a.txt",
            "b/good.json",
            "b/lines.jsonl",
            "c/broken.md",
            "c/deeper/z.md",
            "c/empty.html"
        ]
    );

    let outcome: Vec<bool> = items.iter().map(|item| item.result.is_ok()).collect();
    assert_eq!(outcome, [true, true, true, false, true, false]);
    assert_eq!(items[2].warnings.len(), 1);
    assert!(items[2].warnings[0].starts_with("line 2:"));
    assert!(matches!(items[5].result, Err(SourceError::Empty)));

    // Statements name the file they came from, as given.
    let first = items[0].result.as_ref().expect("a.txt parses");
    assert_eq!(
        first[0].path.as_deref(),
        Some(root.join("a.txt").to_string_lossy().as_ref())
    );

    // Same tree, same result.
    let again: Vec<PathBuf> = read_paths(&[root.to_path_buf()], MAX)
        .into_iter()
        .map(|i| i.path)
        .collect();
    assert_eq!(
        again,
        items.iter().map(|i| i.path.clone()).collect::<Vec<_>>()
    );
}

#[test]
fn supported_extensions() {
    for name in [
        "a.txt",
        "a.MD",
        "a.markdown",
        "a.json",
        "a.jsonl",
        "a.html",
        "a.HTM",
    ] {
        assert!(is_supported(Path::new(name)), "{name}");
    }
    for name in ["a.pdf", "a", ".txt", "a.txt.bak"] {
        assert!(!is_supported(Path::new(name)), "{name}");
    }
}

#[test]
fn attachments_without_extension_are_sniffed() {
    assert_eq!(
        parse_text("attachment", r#"{"body": "The minister called."}"#).expect("json")[0].body,
        "The minister called."
    );
    assert_eq!(
        parse_text(
            "attachment",
            "<html><body><p>The minister called.</p></body></html>"
        )
        .expect("html")[0]
            .body,
        "The minister called."
    );
    assert_eq!(
        parse_text("attachment", "date 2024-06 The minister called.").expect("text")[0].body,
        "The minister called."
    );
}

#[test]
fn big_trees_keep_their_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    for i in 0..150 {
        let text = if i % 50 == 7 {
            String::new()
        } else {
            format!("date 2024-06 Statement number {i} about a phone call.")
        };
        fs::write(dir.path().join(format!("{i:03}.txt")), text).expect("write");
    }
    let items = read_paths(&[dir.path().to_path_buf()], MAX);
    let names: Vec<String> = items
        .iter()
        .map(|i| {
            i.path
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let expected: Vec<String> = (0..150).map(|i| format!("{i:03}.txt")).collect();
    assert_eq!(names, expected);
    let failed: Vec<usize> = items
        .iter()
        .enumerate()
        .filter(|(_, i)| i.result.is_err())
        .map(|(n, _)| n)
        .collect();
    assert_eq!(failed, [7, 57, 107]);
    let body = &items[42].result.as_ref().expect("parses")[0].body;
    assert_eq!(body, "Statement number 42 about a phone call.");
}

/// Every bundled statement but the seed is a sample, and says so in its data: no address on a
/// real site anywhere in the sample corpus.
#[test]
fn the_bundled_corpus_is_samples_and_the_real_seed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/statements");
    let items = readout::sources::read_paths(std::slice::from_ref(&dir), 2_000_000);
    let mut seen = 0;
    for item in items {
        let name = item.path.display().to_string();
        let statements = item.result.unwrap_or_else(|e| panic!("{name}: {e}"));
        for st in statements {
            seen += 1;
            let is_seed = name.ends_with("000_76e9bc5c19146d79.txt");
            assert_eq!(st.is_sample(), !is_seed, "{name}: {:?}", st.url);
        }
        let text = std::fs::read_to_string(&item.path).unwrap_or_default();
        for (at, _) in text.match_indices("http") {
            let rest = &text[at..];
            assert!(
                rest.starts_with("https://samples.readout.example/"),
                "{name} links a real site: {}",
                rest.chars().take(60).collect::<String>()
            );
        }
    }
    assert!(seen > 36, "{seen} statements");
}
