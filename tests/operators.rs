//! Search-box operators and widened answers, as a user runs the CLI.

use assert_cmd::Command;
use serde_json::{Value, json};

fn corpus(dir: &std::path::Path) -> std::path::PathBuf {
    let lines = [
        json!({"url": "https://mfa.test/1", "published": "2024-06-01", "language": "en", "body": "The ministers discussed COP29 and gas supplies."}),
        json!({"url": "https://mfa.test/2", "published": "2024-06-02", "language": "en", "body": "The ministers discussed COP29 and climate finance."}),
        json!({"url": "https://mfa.test/3", "published": "2024-06-03", "language": "en", "body": "The ministers discussed grain corridors."}),
    ];
    let path = dir.join("c.jsonl");
    let text: Vec<String> = lines.iter().map(Value::to_string).collect();
    std::fs::write(&path, text.join("\n")).expect("write");
    path
}

fn topic(index: &std::path::Path, query: &str) -> Value {
    let out = Command::cargo_bin("readout")
        .expect("binary")
        .arg("--index")
        .arg(index)
        .args(["topic", query, "--json"])
        .env_remove("RUST_LOG")
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

fn ids(v: &Value) -> Vec<String> {
    let mut urls: Vec<String> = v["hits"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|h| h["source"].as_str().map(str::to_string))
        .collect();
    urls.sort();
    urls
}

#[test]
fn and_not_or_and_minus_are_operators_and_widening_is_said() {
    let dir = tempfile::tempdir().expect("tempdir");
    let index = dir.path().join("index");
    Command::cargo_bin("readout")
        .expect("binary")
        .arg("--index")
        .arg(&index)
        .arg("ingest")
        .arg(corpus(dir.path()))
        .assert()
        .success();

    let not_gas = topic(&index, "COP29 AND NOT gas");
    assert_eq!(ids(&not_gas), ["https://mfa.test/2"], "{not_gas}");
    assert!(not_gas["widened"].is_null(), "{not_gas}");
    let minus = topic(&index, "COP29 -gas");
    assert_eq!(ids(&minus), ["https://mfa.test/2"], "{minus}");
    let either = topic(&index, "grain OR finance");
    assert_eq!(
        ids(&either),
        ["https://mfa.test/2", "https://mfa.test/3"],
        "{either}"
    );
    assert!(
        either["widened"].is_null(),
        "OR is asked for, not a widening"
    );

    let widened = topic(&index, "grain finance");
    assert_eq!(widened["total"], 2, "{widened}");
    assert_eq!(widened["widened"], "any word", "{widened}");
    let close = topic(&index, "corridoors");
    assert_eq!(close["widened"], "close spellings", "{close}");

    let text = Command::cargo_bin("readout")
        .expect("binary")
        .arg("--index")
        .arg(&index)
        .args(["topic", "grain finance"])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("No statement has every word"), "{text}");
}
