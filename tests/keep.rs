//! Every statement kept, once: what `ingest` accepted survives `reindex`, which reports what it
//! removed and keeps the old data when a source cannot be read. The CLI as a user runs it.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

struct Setup {
    root: tempfile::TempDir,
}

impl Setup {
    /// A config whose `sources.dirs` are `dirs` (created under the root, each with one file per
    /// statement body given).
    fn new(dirs: &[(&str, &[&str])]) -> Self {
        let root = tempfile::tempdir().expect("tempdir");
        let mut list = Vec::new();
        for (name, bodies) in dirs {
            let dir = root.path().join(name);
            std::fs::create_dir_all(&dir).expect("mkdir");
            for (i, body) in bodies.iter().enumerate() {
                std::fs::write(
                    dir.join(format!("{i}.txt")),
                    format!("date 2024-06-1{i}\n{body}\n"),
                )
                .expect("write");
            }
            list.push(format!("{:?}", dir.display().to_string()));
        }
        let config = format!("[sources]\ndirs = [{}]\n", list.join(", "));
        std::fs::write(root.path().join("readout.toml"), config).expect("config");
        Self { root }
    }

    fn path(&self, rel: &str) -> std::path::PathBuf {
        self.root.path().join(rel)
    }

    fn readout(&self) -> Command {
        let mut cmd = Command::cargo_bin("readout").expect("binary built");
        cmd.arg("--config")
            .arg(self.path("readout.toml"))
            .arg("--index")
            .arg(self.path("index"))
            .env_remove("RUST_LOG");
        cmd
    }

    fn run_json(&self, args: &[&str]) -> (i32, Value) {
        let out = self
            .readout()
            .args(args)
            .arg("--json")
            .output()
            .expect("runs");
        let code = out.status.code().unwrap_or(-1);
        let value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
        (code, value)
    }

    fn statements(&self) -> u64 {
        self.run_json(&["stats"]).1["statements"]
            .as_u64()
            .expect("stats")
    }
}

fn write_mine(dir: &Path) {
    std::fs::create_dir_all(dir).expect("mkdir");
    std::fs::write(
        dir.join("mine.jsonl"),
        concat!(
            r#"{"url": "https://mfa.test/a/1", "published": "2024-05-01", "language": "en", "body": "The Minister spoke by phone with his counterpart about grain."}"#,
            "\n",
            r#"{"url": "https://mfa.test/a/2", "published": "2024-05-02", "language": "en", "body": "The Minister spoke by phone with her counterpart about gas."}"#,
            "\n"
        ),
    )
    .expect("write");
}

#[test]
fn ingested_statements_survive_reindex_and_removals_are_counted() {
    let setup = Setup::new(&[(
        "sources",
        &[
            "The President spoke by phone about trade.",
            "The President spoke by phone about climate.",
            "The President spoke by phone about security.",
        ],
    )]);
    let (code, first) = setup.run_json(&["reindex"]);
    assert_eq!(code, 0, "{first}");
    assert_eq!(first["added"], 3);
    write_mine(&setup.path("my-files"));
    let my_files = setup.path("my-files");
    let my_files = my_files.to_str().expect("utf-8 path");
    let (code, ingested) = setup.run_json(&["ingest", my_files]);
    assert_eq!(code, 0, "{ingested}");
    assert_eq!(ingested["added"], 2);
    assert_eq!(setup.statements(), 5);

    // The user's files may go: Readout kept what it accepted.
    std::fs::remove_dir_all(setup.path("my-files")).expect("rm");
    let (code, report) = setup.run_json(&["reindex"]);
    assert_eq!(code, 0, "{report}");
    assert_eq!(
        (
            &report["added"],
            &report["updated"],
            &report["unchanged"],
            &report["removed"]
        ),
        (&0.into(), &0.into(), &5.into(), &0.into()),
        "{report}"
    );
    assert_eq!(setup.statements(), 5);

    // A statement its source no longer holds is removed, and the report says so.
    std::fs::remove_file(setup.path("sources/2.txt")).expect("rm");
    let out = setup.readout().arg("reindex").output().expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("0 added, 0 updated, 4 unchanged, 1 removed"),
        "{text}"
    );
    assert_eq!(setup.statements(), 4);
}

#[test]
fn a_missing_source_folder_fails_the_reindex_and_keeps_the_old_index() {
    let setup = Setup::new(&[
        ("one", &["The President spoke by phone about trade."]),
        ("two", &["The Prime Minister spoke by phone about energy."]),
    ]);
    assert_eq!(setup.run_json(&["reindex"]).0, 0);
    assert_eq!(setup.statements(), 2);
    std::fs::rename(setup.path("two"), setup.path("moved")).expect("move away");
    let out = setup.readout().arg("reindex").output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("old index is kept") && err.contains("two"),
        "{err}"
    );
    assert_eq!(setup.statements(), 2, "the old data stays");
}

#[test]
fn remove_takes_a_kept_statement_out_for_good() {
    let setup = Setup::new(&[("sources", &["The President spoke by phone about trade."])]);
    write_mine(&setup.path("my-files"));
    let my_files = setup.path("my-files");
    assert_eq!(
        setup
            .run_json(&["ingest", my_files.to_str().expect("utf-8")])
            .0,
        0
    );
    let (_, hits) = setup.run_json(&["topic", "grain"]);
    let id = hits["hits"][0]["id"].as_str().expect("an id").to_string();
    setup.readout().args(["remove", &id]).assert().success();
    assert_eq!(setup.run_json(&["source", &id]).0, 2, "gone from the index");
    let (code, report) = setup.run_json(&["reindex"]);
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["removed"], 0, "{report}");
    assert_eq!(setup.run_json(&["source", &id]).0, 2, "not brought back");
    assert_eq!(setup.statements(), 2);
    let again = setup
        .readout()
        .args(["remove", &id])
        .output()
        .expect("runs");
    assert_eq!(again.status.code(), Some(2), "an unknown id is bad input");
}

fn jsonl(dir: &Path, name: &str, lines: &[Value]) -> String {
    std::fs::create_dir_all(dir).expect("mkdir");
    let path = dir.join(name);
    let text: Vec<String> = lines.iter().map(Value::to_string).collect();
    std::fs::write(&path, text.join("\n")).expect("write");
    path.to_str().expect("utf-8").to_string()
}

#[test]
fn one_id_per_statement_and_corrections_replace() {
    let setup = Setup::new(&[("sources", &["The President spoke by phone about trade."])]);
    let files = setup.path("files");
    let body = "The Minister had a phone call with his counterpart.";
    // Two identical short readouts published on different days are two statements.
    let twins = jsonl(
        &files,
        "twins.jsonl",
        &[
            serde_json::json!({"published": "2024-06-01", "language": "en", "body": body}),
            serde_json::json!({"published": "2024-06-02", "language": "en", "body": body}),
        ],
    );
    let (code, report) = setup.run_json(&["ingest", &twins]);
    assert_eq!((code, &report["added"]), (0, &2.into()), "{report}");

    // Two pages whose canonical link is the site root are two statements too.
    let roots = jsonl(
        &files,
        "roots.jsonl",
        &[
            serde_json::json!({"url": "https://mfa.test/", "published": "2024-06-03", "language": "en", "body": "First readout about grain."}),
            serde_json::json!({"url": "https://mfa.test/", "published": "2024-06-03", "language": "en", "body": "Second readout about gas."}),
        ],
    );
    let (_, report) = setup.run_json(&["ingest", &roots]);
    assert_eq!(report["added"], 2, "{report}");

    // The same page by another address changes nothing; a correction under it replaces it.
    let page = |url: &str, body: &str| serde_json::json!({"url": url, "published": "2024-06-04", "language": "en", "body": body});
    let first = jsonl(
        &files,
        "page.jsonl",
        &[page("https://mfa.test/press/7", "Talks on water.")],
    );
    assert_eq!(setup.run_json(&["ingest", &first]).1["added"], 1);
    let tracked = jsonl(
        &files,
        "tracked.jsonl",
        &[page(
            "https://mfa.test/press/7/?utm_source=feed#top",
            "Talks on water.",
        )],
    );
    let (_, report) = setup.run_json(&["ingest", &tracked]);
    assert_eq!(
        (&report["added"], &report["unchanged"]),
        (&0.into(), &1.into()),
        "{report}"
    );
    let corrected = jsonl(
        &files,
        "corrected.jsonl",
        &[page(
            "https://mfa.test/press/7",
            "Talks on water and hydrology.",
        )],
    );
    let (_, report) = setup.run_json(&["ingest", &corrected]);
    assert_eq!(report["updated"], 1, "{report}");
    // A word no topic concept holds: only the corrected statement has it.
    let (_, hits) = setup.run_json(&["topic", "hydrology"]);
    assert_eq!(hits["total"], 1, "{hits}");
    assert_eq!(setup.statements(), 5);
    // And the correction is what a rebuild keeps.
    let (code, report) = setup.run_json(&["reindex"]);
    assert_eq!(code, 0, "{report}");
    assert_eq!(setup.statements(), 6, "5 ingested and 1 from sources.dirs");
    assert_eq!(setup.run_json(&["topic", "hydrology"]).1["total"], 1);
}

/// The README's exit codes: 0 all landed, 1 nothing landed, 3 some rejected and others landed.
#[test]
fn exit_codes_follow_the_readme_table() {
    let setup = Setup::new(&[("sources", &["The President spoke by phone about trade."])]);
    let files = setup.path("files");
    let good = jsonl(
        &files,
        "good.jsonl",
        &[
            serde_json::json!({"published": "2024-06-01", "language": "en", "body": "A call about grain."}),
        ],
    );
    let mixed = jsonl(
        &files,
        "mixed.jsonl",
        &[
            serde_json::json!({"published": "2024-06-02", "language": "en", "body": "A call about gas."}),
            serde_json::json!({"published": "2024-06-03", "language": "en"}),
        ],
    );
    let bad = jsonl(
        &files,
        "bad.jsonl",
        &[serde_json::json!({"title": "no body"})],
    );
    let code = |args: &[&str]| {
        let out = setup.readout().args(args).output().expect("runs");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    assert_eq!(code(&["ingest", &good]).0, 0);
    let (c, err) = code(&["ingest", &mixed]);
    assert_eq!(c, 3, "{err}");
    assert!(err.contains("line 2"), "{err}");
    let (c, err) = code(&["ingest", "/nonexistent"]);
    assert_eq!(c, 1, "nothing landed: {err}");
    assert!(err.contains("/nonexistent"), "{err}");
    assert_eq!(code(&["ingest", &bad]).0, 1, "nothing landed");
    assert_eq!(code(&["extract", "--json", &good]).0, 0);
    let (c, err) = code(&["extract", "--json", &mixed]);
    assert_eq!(c, 3, "extract warns like ingest: {err}");
    assert!(
        err.contains("skipped part of") && err.contains("line 2"),
        "{err}"
    );
    assert_eq!(code(&["extract", "--json", &bad]).0, 1, "nothing extracted");
    assert_eq!(code(&["extract", "--json", "/nonexistent"]).0, 1);
    assert_eq!(code(&["topic", "grain", "--page", "0"]).0, 2, "bad usage");
}
