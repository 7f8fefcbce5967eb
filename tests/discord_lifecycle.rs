//! Long work and the bot's life: a shutdown cancels a reindex in flight (old index kept, the
//! moderator told), a reindex outliving its interaction token reports in a channel message, and
//! a slow answer that ends in a user error is shown only to the asker.

mod support;

use std::io::BufRead;
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use readout::answers::Engine;
use serde_json::json;
use support::bot::*;
use support::cli::{json_of, readout};
use support::disk::{generated_corpus, orphan_files};
use support::fake_discord::{APP_ID, CHANNEL_ID, FakeDiscord, Recorded, Sent, WAIT};

/// What the moderator reads when the shutdown stopped their reindex.
const CANCELLED: &str = "Reindex cancelled: the bot is shutting down; the previous index is kept.";

/// Holds the index's writer on another thread until dropped: a reindex started meanwhile waits
/// at its first step, so a test decides when it may go on.
struct WriterHeld {
    release: Option<mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl WriterHeld {
    fn take(engine: Arc<Engine>) -> Self {
        let (held_tx, held_rx) = mpsc::channel();
        let (release, release_rx) = mpsc::channel::<()>();
        let thread = std::thread::spawn(move || {
            let session = engine.index().begin().expect("take the writer");
            let _ = held_tx.send(());
            let _ = release_rx.recv();
            drop(session);
        });
        held_rx.recv().expect("the writer was taken");
        Self {
            release: Some(release),
            thread: Some(thread),
        }
    }

    fn release(mut self) {
        self.release.take();
        if let Some(thread) = self.thread.take() {
            thread.join().expect("the writer thread");
        }
    }
}

impl Drop for WriterHeld {
    fn drop(&mut self) {
        self.release.take();
    }
}

fn edits_of(fake: &FakeDiscord, sent: &Sent) -> Vec<Recorded> {
    fake.requests()
        .into_iter()
        .filter(|r| r.method == "PATCH" && r.path == sent.original_path())
        .collect()
}

fn content(request: &Recorded) -> String {
    request.body["content"].as_str().unwrap_or("").to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_cancels_the_reindex_in_flight_tells_the_moderator_and_keeps_the_old_index() {
    let mut bot = start_bot(
        |settings, dir| settings.sources.dirs = vec![big_source_folder(dir, 300)],
        |_| {},
    )
    .await;
    let before = bot.statements();
    // The reindex waits for the writer, so the stop surely comes while it runs.
    let held = WriterHeld::take(bot.engine.clone());
    let reindex = bot.fake.command(&moderator(), "reindex", json!([])).await;
    let started = bot
        .fake
        .expect_request("POST", &reindex.callback_path(), WAIT)
        .await;
    assert_eq!(started.body["type"], 5, "a reindex is deferred at once");
    bot.signal_stop();
    // Once new commands are refused, the shutdown has begun and the reindex has heard it. The
    // stop reaches the command handler a moment after the signal: a command sent in between
    // is still answered, so ask until the refusal comes.
    let deadline = Instant::now() + WAIT;
    loop {
        let late = bot
            .command(&member(1), "topic", json!([option("query", "COP29")]))
            .await;
        if late.text().contains("restarting") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "commands were still answered {WAIT:?} after the stop: {}",
            late.text()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    held.release();

    let done = bot.final_edit(&reindex).await;
    let text = done["content"].as_str().unwrap_or("");
    assert!(
        text.contains(CANCELLED),
        "the moderator was not told the reindex was cancelled: {done}"
    );
    assert_eq!(
        bot.statements(),
        before,
        "a cancelled reindex changed the index"
    );
    let seed = bot
        .engine
        .topic(&readout::answers::TopicRequest {
            query: "COP29".into(),
            ..Default::default()
        })
        .expect("answered");
    assert!(seed.total > 0, "the old index no longer answers");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reindex_that_outlives_its_reply_token_reports_in_a_channel_message() {
    let bot = start_bot(
        |settings, dir| {
            settings.sources.dirs = vec![big_source_folder(dir, 30)];
            // Instead of 14 minutes: the reindex below outlives it for sure.
            settings.discord.reply_edit_seconds = 1;
        },
        |_| {},
    )
    .await;
    let held = WriterHeld::take(bot.engine.clone());
    let asked = Instant::now();
    let reindex = bot.fake.command(&moderator(), "reindex", json!([])).await;
    let started = bot
        .fake
        .expect_request("POST", &reindex.callback_path(), WAIT)
        .await;
    assert_eq!(started.body["type"], 5);
    let messages = format!("/api/v10/channels/{CHANNEL_ID}/messages");
    // Past the deadline, with the reindex still waiting: progress moves to the channel.
    let progress = bot.fake.expect_request("POST", &messages, WAIT).await;
    assert!(
        asked.elapsed() >= Duration::from_secs(1),
        "the channel took over before the deadline"
    );
    let shown = content(&progress);
    assert!(shown.contains("Reindexing"), "{shown}");
    assert!(
        shown.contains(&format!("<@{}>", moderator().id)),
        "the channel message does not say whose reindex it is: {shown}"
    );
    assert_eq!(
        progress.body["allowed_mentions"],
        json!({"parse": [], "users": [], "roles": []}),
        "naming the moderator must not ping them"
    );
    let pointer = edits_of(&bot.fake, &reindex);
    assert!(
        pointer
            .last()
            .is_some_and(|edit| content(edit).contains("follow in a message in this channel")),
        "the private reply does not point to the channel: {pointer:?}"
    );
    let edits_before = pointer.len();
    held.release();

    // The result edits the channel message; the expired reply is left alone.
    let result = loop {
        let edit = bot
            .fake
            .expect_request("PATCH", &format!("{messages}/"), WAIT)
            .await;
        if edit.body.to_string().contains("Reindex finished") {
            break edit;
        }
    };
    assert!(
        content(&result).contains(&format!("<@{}>", moderator().id)),
        "{}",
        result.body
    );
    assert_eq!(
        result.body["allowed_mentions"],
        json!({"parse": [], "users": [], "roles": []})
    );
    assert_eq!(
        edits_of(&bot.fake, &reindex).len(),
        edits_before,
        "the reply was edited after its deadline"
    );
    assert_eq!(bot.statements(), 31);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_answer_that_ends_in_a_user_error_is_private() {
    // Every answer is deferred publicly first, as a slow one is.
    let bot = start_bot(|settings, _| settings.discord.defer_after_ms = 0, |_| {}).await;
    let sent = bot
        .fake
        .command(
            &member(1),
            "who-called",
            json!([option("person", "Aliyev ".repeat(60))]),
        )
        .await;
    let callback = bot
        .fake
        .expect_request("POST", &sent.callback_path(), WAIT)
        .await;
    assert_eq!(callback.body["type"], 5, "deferred");
    assert_eq!(
        callback.body["data"]["flags"].as_u64().unwrap_or(0) & 64,
        0,
        "a query is deferred publicly"
    );
    let followup_path = format!("/api/v10/webhooks/{APP_ID}/{}", sent.token);
    let followup = bot.fake.expect_request("POST", &followup_path, WAIT).await;
    assert!(
        content(&followup).contains("characters long"),
        "the follow-up is not the error: {}",
        followup.body
    );
    assert_eq!(
        followup.body["flags"].as_u64().unwrap_or(0) & 64,
        64,
        "the error is not private: {}",
        followup.body
    );
    let requests = bot.fake.requests();
    let deleted = requests
        .iter()
        .position(|r| r.method == "DELETE" && r.path == sent.original_path());
    let followed = requests
        .iter()
        .position(|r| r.method == "POST" && r.path == followup_path);
    assert!(
        matches!((deleted, followed), (Some(d), Some(f)) if d < f),
        "the public \"thinking…\" message must go before the private error comes: {:?}",
        requests
            .iter()
            .map(|r| format!("{} {}", r.method, r.path))
            .collect::<Vec<_>>()
    );
    let public_errors: Vec<&Recorded> = requests
        .iter()
        .filter(|r| r.method == "PATCH" && r.path == sent.original_path())
        .collect();
    assert!(
        public_errors.is_empty(),
        "the public message was edited with the error: {public_errors:?}"
    );
    // A good answer, as slow, stays public.
    let good = bot
        .command(
            &member(2),
            "who-called",
            json!([option("person", "Aliyev")]),
        )
        .await;
    assert_eq!(good.kind, 5);
    assert!(!good.is_private());
    assert!(good.text().contains("Aliyev"), "{}", good.text());
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_page_click_is_acknowledged_first_then_turns_the_page_in_place() {
    let statements = seven_pipeline_statements();
    // Every click is acknowledged first, as a slow one (or one queued behind a burst) is.
    let bot = start_bot(
        |settings, _| settings.discord.defer_after_ms = 0,
        move |engine| ingest(engine, &statements),
    )
    .await;
    let (asked, buttons) = bot.paged_topic(&member(1), "pipeline").await;

    let click = bot.fake.click_on(&member(1), &asked, &buttons[1]).await;
    let callback = bot
        .fake
        .expect_request("POST", &click.callback_path(), WAIT)
        .await;
    assert_eq!(
        callback.body["type"], 6,
        "a slow click is acknowledged as a deferred update"
    );
    let edit = bot
        .fake
        .expect_request("PATCH", &click.original_path(), WAIT)
        .await;
    let page = edit.body.to_string();
    assert!(page.contains("page 2/2"), "{page}");
    assert_eq!(
        edit.body["components"][0]["components"]
            .as_array()
            .map(Vec::len),
        Some(2),
        "the buttons stay: {page}"
    );
    assert_eq!(
        edit.body["allowed_mentions"],
        json!({"parse": [], "users": [], "roles": []})
    );
    // A refusal comes before any deferral: private, and the message is left alone.
    let stranger = bot.fake.click_on(&member(2), &asked, &buttons[1]).await;
    let refused = bot.answer(&stranger).await;
    assert!(refused.is_private() && refused.text().contains("Only the person who asked"));
    bot.stop().await;
}

/// Statements in the generated corpus of the SIGTERM test: enough that the reindex is far from
/// done when the first progress note arrives (files are read 64 at a time).
const CORPUS_FILES: usize = 400;
const PER_FILE: usize = 20;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_during_a_reindex_stops_it_within_seconds_and_the_old_index_serves_after_restart() {
    let fake = FakeDiscord::start().await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let index = dir.path().join("index");
    let corpus = dir.path().join("corpus");
    let setup = {
        let (index, corpus) = (index.clone(), corpus.clone());
        tokio::task::spawn_blocking(move || {
            generated_corpus(&corpus, CORPUS_FILES, PER_FILE, 7);
            let out = readout(&index)
                .arg("ingest")
                .arg(seed_dir())
                .output()
                .expect("ingest runs");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        })
    };
    setup.await.expect("setup");

    let mut child = serve_command(&fake.api_base, dir.path())
        .env("READOUT__SOURCES__DIRS", &corpus)
        .env(
            "READOUT__DISCORD__MODERATOR_ROLE_IDS",
            MODERATOR_ROLE.to_string(),
        )
        .env("READOUT__DISCORD__COOLDOWN_SECONDS", "0")
        .spawn()
        .expect("serve starts");
    let stderr = child.stderr.take().expect("stderr piped");
    let (lines_tx, mut lines_rx) = tokio::sync::mpsc::unbounded_channel();
    let log = std::thread::spawn(move || {
        let mut all = Vec::new();
        for line in std::io::BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
        {
            all.push(line.clone());
            let _ = lines_tx.send(line);
        }
        all
    });
    let up = tokio::time::timeout(WAIT, async {
        while let Some(line) = lines_rx.recv().await {
            if line.contains("Readout is up as") {
                return;
            }
        }
    })
    .await;
    assert!(up.is_ok(), "no start-up line");

    let reindex = fake.command(&moderator(), "reindex", json!([])).await;
    fake.expect_request("POST", &reindex.callback_path(), WAIT)
        .await;
    // The first progress note: the reindex is under way, most of it still to do.
    let progress = fake
        .expect_request("PATCH", &reindex.original_path(), WAIT)
        .await;
    assert!(content(&progress).starts_with('⏳'), "{}", progress.body);

    let pid = child.id().to_string();
    let signalled = Instant::now();
    std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill runs");
    let status = tokio::task::spawn_blocking(move || child.wait().expect("waited"))
        .await
        .expect("joined");
    let took = signalled.elapsed();
    eprintln!("SIGTERM to exit during a reindex: {took:?}");
    let log = log.join().expect("log reader").join("\n");
    assert!(status.success(), "{status:?}\n{log}");
    // By design a second or two (a batch of statements, then the rollback); the bound leaves
    // room for a loaded CI machine and still catches a process that waits for the reindex.
    assert!(
        took < Duration::from_secs(10),
        "SIGTERM during a reindex took {took:?}\n{log}"
    );
    let edits: Vec<String> = edits_of(&fake, &reindex).iter().map(content).collect();
    assert!(
        edits.last().is_some_and(|last| last.contains(CANCELLED)),
        "the moderator's message does not end with the cancellation: {edits:?}\n{log}"
    );

    // After a restart: the old index, whole and nothing else.
    let stats = json_of(
        &readout(&index)
            .args(["stats", "--json"])
            .output()
            .expect("stats runs"),
    );
    assert_eq!(stats["statements"], 1, "{stats}");
    let topic = json_of(
        &readout(&index)
            .args(["topic", "COP29", "--json"])
            .output()
            .expect("topic runs"),
    );
    assert!(
        topic["hits"][0]["source"]
            .as_str()
            .is_some_and(|s| s.contains(SEED_FILE)),
        "{topic}"
    );
    let orphans = orphan_files(&index);
    assert!(
        orphans.is_empty(),
        "the cancelled reindex left files behind: {orphans:?}"
    );
}
