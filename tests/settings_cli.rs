//! Settings as the README shows them, given to the binary as a user would.

use assert_cmd::Command;

fn stats_with(index: &std::path::Path, key: &str, value: &str) -> std::process::Output {
    Command::cargo_bin("readout")
        .expect("binary built")
        .arg("--index")
        .arg(index)
        .args(["stats", "--json"])
        .env_remove("RUST_LOG")
        .env(key, value)
        .output()
        .expect("runs")
}

#[test]
fn a_single_id_or_a_list_of_ids_is_accepted_in_every_id_setting() {
    let dir = tempfile::tempdir().expect("tempdir");
    let index = dir.path().join("index");
    for key in [
        "READOUT__DISCORD__MODERATOR_ROLE_IDS",
        "READOUT__DISCORD__GUILD_IDS",
        "READOUT__DISCORD__MODERATOR_USER_IDS",
    ] {
        for value in ["987654321", "123,456", "987654321987654321"] {
            let out = stats_with(&index, key, value);
            assert!(
                out.status.success(),
                "{key}={value}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let out = stats_with(&index, key, "moderators");
        assert_eq!(out.status.code(), Some(1), "{key}=moderators");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("moderators"),
            "the bad value is named: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn a_single_source_folder_is_accepted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = stats_with(
        &dir.path().join("index"),
        "READOUT__SOURCES__DIRS",
        &dir.path().display().to_string(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn readout_in(dir: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("readout").expect("binary built");
    cmd.current_dir(dir).env_remove("RUST_LOG");
    cmd
}

#[test]
fn read_only_commands_create_nothing_and_an_empty_index_says_how_to_fill_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("deep/nested/index");
    for args in [
        vec!["stats"],
        vec!["topic", "COP29"],
        vec!["who-called", "Aliyev"],
        vec!["recent"],
    ] {
        let out = readout_in(dir.path())
            .arg("--index")
            .arg(&missing)
            .args(&args)
            .output()
            .expect("runs");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(said.contains("readout ingest PATH"), "{args:?}: {said}");
        assert!(
            !dir.path().join("deep").exists(),
            "{args:?} created the index folder"
        );
    }
    let out = readout_in(dir.path())
        .arg("--index")
        .arg(&missing)
        .args(["source", "0123456789abcdef"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        !dir.path().join("deep").exists(),
        "source created the index folder"
    );
}

#[test]
fn paths_in_a_settings_file_resolve_against_its_folder_not_the_current_one() {
    let conf = tempfile::tempdir().expect("tempdir");
    let elsewhere = tempfile::tempdir().expect("tempdir");
    let files = conf.path().join("statements");
    std::fs::create_dir_all(&files).expect("mkdir");
    std::fs::write(
        files.join("a.txt"),
        "date 2024-06-01\nThe Minister spoke by phone about grain.\n",
    )
    .expect("write");
    std::fs::write(
        conf.path().join("readout.toml"),
        "[index]\npath = \"data/index\"\n[sources]\ndirs = [\"statements\"]\n",
    )
    .expect("config");
    let out = readout_in(elsewhere.path())
        .arg("--config")
        .arg(conf.path().join("readout.toml"))
        .arg("reindex")
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        conf.path().join("data/index/meta.json").is_file(),
        "index beside the config"
    );
    assert!(
        !elsewhere.path().join("data").exists(),
        "nothing in the current folder"
    );
    assert!(!elsewhere.path().join("index").exists());
}

#[test]
fn default_paths_resolve_against_the_project_not_the_current_folder() {
    let elsewhere = tempfile::tempdir().expect("tempdir");
    // `stats` from another folder with the defaults: nothing appears there.
    let out = readout_in(elsewhere.path())
        .args(["stats", "--json"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read_dir(elsewhere.path()).expect("listed").count(),
        0,
        "stats wrote into the current folder"
    );
}
