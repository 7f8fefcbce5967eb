//! Hostile and random input never panics, never errors on our side, and never loses indexed data.

mod common;

use readout::answers::{TopicRequest, WhoCalledRequest};

/// A small deterministic generator, so failures reproduce.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Pieces users and files really contain, mixed at random.
const PIECES: &[&str] = &[
    "COP29",
    "\"",
    "*",
    "^2",
    ":",
    "(",
    ")",
    "AND",
    "OR",
    "NOT",
    "+",
    "-",
    "~1",
    "Алиев",
    "Əliyev",
    "İlham",
    "date 2024-06",
    "---",
    "{",
    "}",
    "[",
    "]",
    "<article>",
    "</div>",
    "<script>",
    "@everyone",
    "<@&123>",
    "\u{0}",
    "\u{202e}",
    "\u{fffd}",
    "🙂",
    "a",
    " ",
    "\n",
    "\t",
    "phone call",
    "called",
    "yesterday",
    "20 June",
    "2024-13-45",
    "\\",
    "/",
    "'",
    "`",
    "**",
    "_",
    "|",
    "http://x",
    "\r\n",
    "é",
    "ß",
    "ﬁ",
    "ǅ",
    "𝔸",
];

fn random_text(rng: &mut XorShift, max_pieces: usize) -> String {
    let n = rng.below(max_pieces) + 1;
    (0..n).map(|_| PIECES[rng.below(PIECES.len())]).collect()
}

#[test]
fn random_queries_are_answered_or_refused_with_a_message() {
    let engine = common::engine();
    engine.ingest_statements(common::sample()).expect("samples");
    let mut rng = XorShift(0x5eed_1234_abcd_0001);
    for _ in 0..400 {
        let query = random_text(&mut rng, 12);
        match engine.topic(&TopicRequest {
            query: query.clone(),
            ..Default::default()
        }) {
            Ok(answer) => assert!(answer.total <= 6, "{query:?} matched everything"),
            Err(e) => assert!(e.is_user_error(), "{query:?}: {e}"),
        }
        let request = WhoCalledRequest {
            person: query.clone(),
            with: Some(random_text(&mut rng, 3)),
            ..Default::default()
        };
        if let Err(e) = engine.who_called(&request) {
            assert!(e.is_user_error(), "{query:?}: {e}");
        }
    }
    assert_eq!(
        engine.stats().expect("stats").statements,
        6,
        "nothing indexed was lost"
    );
}

#[test]
fn random_files_are_read_or_rejected_and_extraction_never_panics() {
    let engine = common::engine();
    let mut rng = XorShift(0x0bad_f11e_0000_0042);
    let names = ["x.txt", "x.md", "x.json", "x.jsonl", "x.html", "x.htm"];
    for i in 0..300 {
        let mut bytes = random_text(&mut rng, 40).into_bytes();
        if i % 7 == 0 {
            // Raw bytes too: invalid UTF-8, NULs.
            bytes.extend((0..rng.below(64)).map(|_| (rng.next() & 0xff) as u8));
        }
        let name = names[rng.below(names.len())];
        if let Ok(statements) = readout::sources::parse_bytes(name, &bytes, 100_000) {
            for statement in &statements {
                let _ = engine.extractor().extract(statement);
            }
        }
    }
}

#[test]
fn deeply_nested_and_oversized_uploads_are_refused_cleanly() {
    let engine = common::engine();
    engine.ingest_statements(common::sample()).expect("samples");
    let nested_json = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let nested_html = format!(
        "<html><body>{}text{}</body></html>",
        "<div>".repeat(50_000),
        "</div>".repeat(50_000)
    );
    let long_line = format!("date 2024-06 {}", "a".repeat(2_100_000));
    for (name, bytes) in [
        ("n.json", nested_json),
        ("n.html", nested_html),
        ("l.txt", long_line),
    ] {
        let report = engine
            .ingest_bytes(name, bytes.as_bytes())
            .expect("answered");
        assert_eq!(report.added, 0, "{name}");
        assert_eq!(report.rejected.len(), 1, "{name}");
    }
    assert_eq!(engine.stats().expect("stats").statements, 6);
}
