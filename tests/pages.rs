//! Counts and pages that hold, and options out of range, as a user runs the CLI.

use assert_cmd::Command;
use serde_json::{Value, json};

fn readout(index: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("readout").expect("binary built");
    cmd.arg("--index").arg(index).env_remove("RUST_LOG");
    cmd
}

/// 10 calls between the same two people, each reported by 5 statements.
fn ten_calls_five_reports_each(dir: &std::path::Path) -> std::path::PathBuf {
    let mut lines = Vec::new();
    for call in 0..10 {
        let day = 1 + 3 * call;
        for report in 0..5 {
            lines.push(
                json!({
                    "url": format!("https://mfa.test/{call}/{report}"),
                    "published": format!("2024-01-{day:02}"),
                    "language": "en",
                    "title": format!("Call {call}, report {report}"),
                    "body": format!("Secretary of State Antony J. Blinken spoke by phone with President of Azerbaijan Ilham Aliyev about the peace process (report {report} of call {call})."),
                })
                .to_string(),
            );
        }
    }
    let path = dir.join("calls.jsonl");
    std::fs::write(&path, lines.join("\n")).expect("write");
    path
}

fn who_called_page(index: &std::path::Path, page: usize) -> (i32, Value, String) {
    let out = readout(index)
        .args(["who-called", "Aliyev", "--limit", "3", "--json", "--page"])
        .arg(page.to_string())
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        serde_json::from_slice(&out.stdout).unwrap_or(Value::Null),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn who_called_counts_and_pages_calls_not_reports() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = ten_calls_five_reports_each(dir.path());
    let index = dir.path().join("index");
    readout(&index).arg("ingest").arg(&file).assert().success();
    let mut seen = Vec::new();
    for page in 1..=4 {
        let (code, answer, err) = who_called_page(&index, page);
        assert_eq!(code, 0, "{err}");
        assert_eq!(answer["total"], 10, "page {page}: {answer}");
        let calls = answer["calls"].as_array().expect("calls");
        assert_eq!(calls.len(), if page == 4 { 1 } else { 3 }, "page {page}");
        for call in calls {
            assert_eq!(call["sources"].as_array().map(Vec::len), Some(5), "{call}");
            seen.push(call["date"].as_str().unwrap_or("").to_string());
        }
    }
    seen.dedup();
    assert_eq!(seen.len(), 10, "every call shown once: {seen:?}");
    let (code, _, err) = who_called_page(&index, 5);
    assert_eq!(code, 2);
    assert!(err.contains("the last page is 4"), "{err}");
    let text = readout(&index)
        .args(["who-called", "Aliyev", "--limit", "3"])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.starts_with("10 calls involving"), "{text}");
}

#[test]
fn huge_pages_are_an_error_naming_the_last_page_never_a_crash() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = ten_calls_five_reports_each(dir.path());
    let index = dir.path().join("index");
    readout(&index).arg("ingest").arg(&file).assert().success();
    let out = readout(&index)
        .args(["topic", "peace", "--page", "1000000000"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("There is no page 1000000000: the last page is 10"),
        "{err}"
    );
    let out = readout(&index)
        .args(["ask", "/topic peace page:2000000000"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("the last page is 10"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = readout(&index)
        .args(["topic", "peace", "--page", "11"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2), "page 11 of 10 is not a success");
}

#[test]
fn options_out_of_range_are_errors_naming_the_range() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = ten_calls_five_reports_each(dir.path());
    let index = dir.path().join("index");
    readout(&index).arg("ingest").arg(&file).assert().success();
    for (args, says) in [
        (vec!["topic", "peace", "--page", "0"], "pages count from 1"),
        (vec!["topic", "peace", "--limit", "0"], "from 1 to 100"),
        (vec!["topic", "peace", "--limit", "101"], "from 1 to 100"),
        (
            vec!["who-called", "Aliyev", "--page", "0"],
            "pages count from 1",
        ),
        (vec!["recent", "0"], "from 1 to 25"),
        (vec!["recent", "100000"], "from 1 to 25"),
    ] {
        let out = readout(&index).args(&args).output().expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
}

#[test]
fn the_cli_pages_by_search_page_size() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = ten_calls_five_reports_each(dir.path());
    let index = dir.path().join("index");
    std::fs::write(dir.path().join("c.toml"), "[search]\npage_size = 4\n").expect("config");
    readout(&index).arg("ingest").arg(&file).assert().success();
    let out = readout(&index)
        .arg("--config")
        .arg(dir.path().join("c.toml"))
        .args(["topic", "peace", "--json"])
        .output()
        .expect("runs");
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["hits"].as_array().map(Vec::len), Some(4), "{v}");
}

#[test]
fn month_only_calls_merge_within_their_month_and_show_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let files = dir.path().join("files");
    std::fs::create_dir_all(&files).expect("mkdir");
    let body = |n: u32| {
        format!(
            "Secretary of State Antony J. Blinken spoke by phone with President of Azerbaijan Ilham Aliyev about the peace process (statement {n})."
        )
    };
    for (name, date, n) in [
        ("a.txt", "2024-06", 1),
        ("b.txt", "2024-06", 2),
        ("c.txt", "2023-06", 3),
    ] {
        std::fs::write(files.join(name), format!("date {date}\n{}\n", body(n))).expect("write");
    }
    let index = dir.path().join("index");
    readout(&index).arg("ingest").arg(&files).assert().success();
    let out = readout(&index)
        .args(["who-called", "Aliyev", "--json"])
        .output()
        .expect("runs");
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["total"], 2, "{v}");
    let out = readout(&index)
        .args(["who-called", "Aliyev"])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("June 2024 —") && text.contains("June 2023 —"),
        "{text}"
    );
    assert!(!text.contains("date unknown"), "{text}");
}

#[test]
fn a_month_only_report_merges_with_the_dated_report_of_the_same_call() {
    let dir = tempfile::tempdir().expect("tempdir");
    let files = dir.path().join("files");
    std::fs::create_dir_all(&files).expect("mkdir");
    let body = "Secretary of State Antony J. Blinken spoke by phone with President of Azerbaijan Ilham Aliyev about the peace process.";
    std::fs::write(
        files.join("dated.txt"),
        format!("date 2024-06-20\n{body}\n"),
    )
    .expect("write");
    std::fs::write(
        files.join("month.txt"),
        format!("date 2024-06\n{body} Both sides agreed to talk again.\n"),
    )
    .expect("write");
    let index = dir.path().join("index");
    readout(&index).arg("ingest").arg(&files).assert().success();
    let out = readout(&index)
        .args(["who-called", "Aliyev", "--json"])
        .output()
        .expect("runs");
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["total"], 1, "{v}");
    assert_eq!(v["calls"][0]["date"], "2024-06-20", "{v}");
    assert_eq!(
        v["calls"][0]["sources"].as_array().map(Vec::len),
        Some(2),
        "{v}"
    );
}
