//! The binary as a user runs it: the README's checks, exit codes, settings errors.

use assert_cmd::Command;
use serde_json::Value;

fn readout(index: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("readout").expect("binary built");
    cmd.arg("--index").arg(index).env_remove("RUST_LOG");
    cmd
}

fn json_of(output: &[u8]) -> Value {
    serde_json::from_slice(output)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(output)))
}

#[test]
fn seed_is_found_by_every_cop29_spelling_and_reingest_is_idempotent() {
    let index = tempfile::tempdir().expect("tempdir");
    readout(index.path())
        .args(["ingest", "../shared/seed"])
        .assert()
        .success();
    let stats = |idx| {
        json_of(
            &readout(idx)
                .args(["stats", "--json"])
                .output()
                .expect("runs")
                .stdout,
        )
    };
    let before = stats(index.path());
    assert_eq!(before["statements"], 1);
    assert!(before["index_bytes"].as_u64().unwrap_or(0) > 0);

    for query in ["COP29", "cop 29", "COP-29"] {
        let out = readout(index.path())
            .args(["topic", query, "--limit", "50", "--json"])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{query}");
        let v = json_of(&out.stdout);
        let hits = v["hits"].as_array().expect("hits array");
        let seed = hits
            .iter()
            .find(|h| {
                h["source"]
                    .as_str()
                    .is_some_and(|s| s.contains("000_76e9bc5c19146d79"))
            })
            .unwrap_or_else(|| panic!("seed missing for {query}: {v}"));
        assert!(
            seed["excerpt"]
                .as_str()
                .is_some_and(|e| e.contains("COP29")),
            "{seed}"
        );
        for key in ["id", "title", "published", "language", "score"] {
            assert!(seed.get(key).is_some(), "{key} missing");
        }
    }

    readout(index.path())
        .args(["ingest", "../shared/seed"])
        .assert()
        .success();
    assert_eq!(stats(index.path())["statements"], before["statements"]);
}

#[test]
fn hostile_queries_exit_cleanly() {
    let index = tempfile::tempdir().expect("tempdir");
    readout(index.path())
        .args(["ingest", "corpus/statements"])
        .assert()
        .success();
    let total = |q: &str| {
        let out = readout(index.path())
            .args(["topic", q, "--json"])
            .output()
            .expect("runs");
        assert!(
            out.status.success(),
            "{q}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        json_of(&out.stdout)["total"].as_u64().unwrap_or(u64::MAX)
    };
    let all = json_of(
        &readout(index.path())
            .args(["stats", "--json"])
            .output()
            .expect("runs")
            .stdout,
    )["statements"]
        .as_u64()
        .unwrap_or(0);
    assert!(total("*^2") < all);
    total("\"unbalanced");
    total("hostages: gaza");
    let long = "x".repeat(5000);
    readout(index.path())
        .args(["topic", &long])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("limit"));
}

#[test]
fn ask_answers_from_the_bundled_corpus_on_first_use() {
    let index = tempfile::tempdir().expect("tempdir");
    let out = readout(index.path())
        .args(["ask", "/topic COP29"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("**COP29**") || text.contains("**COP 29**"),
        "{text}"
    );
    readout(index.path())
        .args(["ask", "/nonsense"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("/help"));
}

#[test]
fn chat_reads_commands_until_quit() {
    let index = tempfile::tempdir().expect("tempdir");
    let out = readout(index.path())
        .arg("chat")
        .write_stdin("/help\n/topic COP29\n/recent lots\n/quit\n/topic never-reached\n")
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("/who-called"), "help shown: {text}");
    assert!(
        text.contains("number from 1 to 25"),
        "bad count explained: {text}"
    );
    assert!(!text.contains("never-reached"));
}

#[test]
fn a_bad_setting_is_refused_naming_the_key_and_value() {
    let index = tempfile::tempdir().expect("tempdir");
    readout(index.path())
        .env("READOUT__SEARCH__PAGE_SIZE", "0")
        .args(["stats"])
        .assert()
        .code(1)
        .stderr(
            predicates::str::contains("search.page_size").and(predicates::str::contains("`0`")),
        );
    let cfg = index.path().join("bad.toml");
    std::fs::write(&cfg, "[discord]\napi_base = \"ftp://nope\"\n").expect("write");
    readout(index.path())
        .arg("--config")
        .arg(&cfg)
        .args(["stats"])
        .assert()
        .code(1)
        .stderr(
            predicates::str::contains("discord.api_base")
                .and(predicates::str::contains("ftp://nope")),
        );
}

use predicates::prelude::PredicateBooleanExt;

#[test]
fn ingest_with_a_bad_file_exits_3_and_names_it() {
    let index = tempfile::tempdir().expect("tempdir");
    let src = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        src.path().join("ok.txt"),
        "date 2024-05-01 The Minister spoke by phone with his counterpart.",
    )
    .expect("w");
    std::fs::write(src.path().join("bad.json"), "{not json").expect("w");
    readout(index.path())
        .arg("ingest")
        .arg(src.path())
        .assert()
        .code(3)
        .stderr(predicates::str::contains("bad.json"))
        .stdout(predicates::str::contains("1 added"));
}

/// The README's main check: the seed's real call answers first; every sample says it is one.
#[test]
fn who_called_aliyev_puts_the_real_seed_call_first_and_marks_every_sample() {
    let index = tempfile::tempdir().expect("tempdir");
    let out = readout(index.path())
        .args(["ask", "/who-called Aliyev"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let first_call = text
        .lines()
        .find(|l| l.contains(" — "))
        .unwrap_or_else(|| panic!("no call in: {text}"));
    assert_eq!(
        first_call,
        "2024-06-20 — Antony Blinken called Ilham Aliyev"
    );
    for line in text.lines().filter(|l| l.contains(" — ")).skip(1) {
        assert!(line.contains("[sample"), "an unmarked sample call: {line}");
    }

    let out = readout(index.path())
        .args(["who-called", "Aliyev", "--limit", "50", "--json"])
        .output()
        .expect("runs");
    let v = json_of(&out.stdout);
    let calls = v["calls"].as_array().expect("calls");
    assert!(calls.len() > 5, "{v}");
    assert_eq!(calls[0]["sample"], false, "{}", calls[0]);
    assert_eq!(calls[0]["date"], "2024-06-20");
    for call in &calls[1..] {
        assert_eq!(call["sample"], true, "{call}");
        for source in call["sources"].as_array().expect("sources") {
            assert_eq!(source["sample"], true, "{source}");
            let shown = source["source"].as_str().unwrap_or("");
            assert!(shown.contains("samples.readout.example"), "{shown}");
        }
    }
    let out = readout(index.path())
        .args(["topic", "COP29", "--limit", "50", "--json"])
        .output()
        .expect("runs");
    let v = json_of(&out.stdout);
    for hit in v["hits"].as_array().expect("hits") {
        let is_seed = hit["source"]
            .as_str()
            .is_some_and(|s| s.contains("000_76e9bc5c19146d79"));
        assert_eq!(hit["sample"], !is_seed, "{hit}");
    }
}

/// `serve` leaves an empty index empty unless demo mode is on (no token: it stops after that step).
#[test]
fn serve_loads_the_samples_only_in_demo_mode() {
    let statements = |index: &std::path::Path| {
        json_of(
            &readout(index)
                .args(["stats", "--json"])
                .output()
                .expect("runs")
                .stdout,
        )["statements"]
            .as_u64()
    };
    let plain = tempfile::tempdir().expect("tempdir");
    let out = readout(plain.path())
        .arg("serve")
        .env_remove("DISCORD_TOKEN")
        .env_remove("READOUT__DISCORD__TOKEN")
        .output()
        .expect("runs");
    assert!(!out.status.success(), "no token: serve must stop");
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(log.contains("index is empty"), "{log}");
    assert_eq!(statements(plain.path()), Some(0));

    let demo = tempfile::tempdir().expect("tempdir");
    readout(demo.path())
        .arg("serve")
        .env_remove("DISCORD_TOKEN")
        .env_remove("READOUT__DISCORD__TOKEN")
        .env("READOUT__SERVE__DEMO", "true")
        .output()
        .expect("runs");
    assert!(statements(demo.path()).is_some_and(|n| n > 30));
}

/// Plain words are a question: read into who-called, said how they were read; what cannot be
/// read is refused (exit 2) with the slash command that would answer.
#[test]
fn ask_reads_a_question_in_plain_words_and_refuses_what_it_cannot_read() {
    let index = tempfile::tempdir().expect("tempdir");
    let out = readout(index.path())
        .args(["ask", "когда Блинкен последний раз говорил с Алиевым?"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("When Antony Blinken last spoke with Ilham Aliyev: 20 June 2024."),
        "{text}"
    );
    readout(index.path())
        .args(["ask", "what is the weather in Paris?"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("/who-called"));
}

/// `eval-questions` scores the reader and holds it to floors: a set it reads passes; a label it
/// cannot meet fails with exit 1 naming the figure.
#[test]
fn eval_questions_scores_intents_and_slots_against_floors() {
    let dir = tempfile::tempdir().expect("tempdir");
    readout(dir.path())
        .args(["eval-questions", "tests/fixtures/questions.jsonl"])
        .args([
            "--min-intent",
            "0.9",
            "--min-slots",
            "0.85",
            "--max-wrong",
            "0.02",
        ])
        .assert()
        .success()
        .stdout(predicates::str::contains("intent accuracy"));
    let wrong = dir.path().join("wrong.jsonl");
    std::fs::write(
        &wrong,
        concat!(
            r#"{"q": "who called Aliyev last week?", "lang": "en", "intent": "calls_of", "people": ["Ilham Aliyev"], "since": "2025-06-02", "until": "2025-06-08"}"#,
            "\n",
            r#"{"q": "hello", "lang": "en", "intent": "recent"}"#,
            "\n"
        ),
    )
    .expect("write");
    readout(dir.path())
        .arg("eval-questions")
        .arg(&wrong)
        .args(["--min-intent", "0.9"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("intent accuracy 0.500"));
}
