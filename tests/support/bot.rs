//! A running bot against the fake Discord, for the end-to-end tests: the real serenity/poise
//! client and engine (index in a temporary directory, the seed ingested), with helpers to send
//! commands and read the bot's answers; and `readout serve` as a child process.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use readout::answers::Engine;
use readout::discord::{ServeError, build_client};
use readout::settings::Settings;
use serde_json::{Value, json};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use super::fake_discord::{APP_ID, FakeDiscord, GUILD_ID, Member, Recorded, Sent, WAIT};

pub const MODERATOR_ROLE: u64 = 800_000_000_000_000_001;
/// The seed statement's file: the source shown for it.
pub const SEED_FILE: &str = "000_76e9bc5c19146d79";

pub fn crate_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn seed_dir() -> PathBuf {
    crate_root().join("../shared/seed")
}

pub fn moderator() -> Member {
    Member::new(700_000_000_000_000_001, "moderator", &[MODERATOR_ROLE])
}

pub fn member(n: u64) -> Member {
    Member::new(700_000_000_000_000_100 + n, "member", &[])
}

pub fn option(name: &str, value: impl Into<Value>) -> Value {
    json!({"name": name, "type": 3, "value": value.into()})
}

/// A running bot against a fake Discord.
pub struct Bot {
    pub fake: FakeDiscord,
    pub engine: Arc<Engine>,
    pub stop: Option<oneshot::Sender<()>>,
    pub running: JoinHandle<Result<(), ServeError>>,
    /// The body of the command registration request.
    pub registered: Recorded,
    /// Holds the index; removed when the bot goes.
    pub dir: tempfile::TempDir,
}

/// The bot's final answer to one interaction.
pub struct Answer {
    /// Interaction response type of the first response: 4 reply, 5 deferred, 7 update, 8 choices.
    pub kind: u64,
    /// Message flags of the first response (64 = only the asker sees it).
    pub flags: u64,
    /// The message: the response's data, or the last edit of a deferred response.
    pub message: Value,
}

impl Answer {
    pub fn is_private(&self) -> bool {
        self.flags & 64 != 0
    }

    /// All the text a user would read: content, titles, descriptions, field names and values.
    pub fn text(&self) -> String {
        let mut parts = vec![self.message["content"].as_str().unwrap_or("").to_string()];
        for embed in self.message["embeds"].as_array().into_iter().flatten() {
            for key in ["title", "description"] {
                parts.push(embed[key].as_str().unwrap_or("").to_string());
            }
            parts.push(embed["footer"]["text"].as_str().unwrap_or("").to_string());
            for field in embed["fields"].as_array().into_iter().flatten() {
                parts.push(format!(
                    "{}: {}",
                    field["name"].as_str().unwrap_or(""),
                    field["value"].as_str().unwrap_or("")
                ));
            }
        }
        parts.join("\n")
    }

    /// [`Self::text`] with markdown escapes removed: what Discord displays.
    pub fn shown(&self) -> String {
        let mut out = String::new();
        let mut chars = self.text().chars().collect::<Vec<_>>().into_iter();
        while let Some(c) = chars.next() {
            match c {
                '\\' => out.extend(chars.next()),
                c => out.push(c),
            }
        }
        out
    }

    pub fn embeds(&self) -> Vec<Value> {
        self.message["embeds"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    pub fn button_ids(&self) -> Vec<String> {
        self.message["components"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
            .filter_map(|b| b["custom_id"].as_str().map(str::to_string))
            .collect()
    }

    pub fn assert_pings_nobody(&self) {
        assert_eq!(
            self.message["allowed_mentions"],
            json!({"parse": [], "users": [], "roles": []}),
            "every message must forbid pings: {}",
            self.message
        );
    }
}

/// Starts engine and bot. `configure` adjusts the settings; `prepare` runs on the engine before
/// the bot connects (after the seed is ingested).
pub async fn start_bot(
    configure: impl FnOnce(&mut Settings, &Path),
    prepare: impl FnOnce(&Engine) + Send + 'static,
) -> Bot {
    let dir = tempfile::tempdir().expect("temporary directory");
    let fake = FakeDiscord::start().await;
    let mut settings = Settings::defaults();
    settings.index.path = dir.path().join("index");
    settings.people.path = crate_root().join("config/people.toml");
    settings.sources.dirs = vec![seed_dir()];
    settings.discord.token = "fake-token-for-tests".into();
    settings.discord.api_base = fake.api_base.clone();
    settings.discord.guild_ids = vec![GUILD_ID];
    settings.discord.moderator_role_ids = vec![MODERATOR_ROLE];
    settings.discord.cooldown_seconds = 0;
    configure(&mut settings, dir.path());

    let engine_settings = settings.clone();
    let engine = tokio::task::spawn_blocking(move || {
        let engine = Engine::open(engine_settings).expect("open the engine");
        let report = engine
            .ingest_paths(&[seed_dir()], &|_| {})
            .expect("ingest the seed");
        // A restart on the same index finds the seed already there.
        assert!(
            report.added + report.unchanged > 0,
            "the seed was not ingested: {report:?}"
        );
        prepare(&engine);
        engine
    })
    .await
    .expect("engine setup");
    let engine = Arc::new(engine);

    let bot = build_client(engine.clone(), Arc::new(settings))
        .await
        .expect("build the client");
    let (stop, stopped) = oneshot::channel::<()>();
    let running = tokio::spawn(bot.run_until(async move {
        let _ = stopped.await;
    }));
    let path = format!("/api/v10/applications/{APP_ID}/guilds/{GUILD_ID}/commands");
    let registered = fake.expect_request("PUT", &path, WAIT).await;
    Bot {
        fake,
        engine,
        stop: Some(stop),
        running,
        registered,
        dir,
    }
}

/// Ingests small statements written for the tests.
pub fn ingest(engine: &Engine, statements: &[(&str, String)]) {
    for (name, text) in statements {
        let report = engine
            .ingest_bytes(name, text.as_bytes())
            .expect("ingest a test statement");
        assert!(
            report.rejected.is_empty(),
            "{name} was rejected: {:?}",
            report.rejected
        );
    }
}

/// Seven statements about one pipeline: a topic answer of two pages (five per page).
pub fn seven_pipeline_statements() -> Vec<(&'static str, String)> {
    (1..=7)
        .map(|i| ("pipeline.txt", format!("date 2023-03-{i:02}\n\nThe ministers reviewed the Trans-Kaspi pipeline, stage {i}.")))
        .collect()
}

/// A source folder with the seed and `count` statements written here, so a reindex takes a while.
pub fn big_source_folder(dir: &Path, count: usize) -> PathBuf {
    let folder = dir.join("sources");
    std::fs::create_dir_all(&folder).expect("create the source folder");
    for entry in std::fs::read_dir(seed_dir())
        .expect("read the seed folder")
        .flatten()
    {
        std::fs::copy(entry.path(), folder.join(entry.file_name())).expect("copy a seed file");
    }
    for i in 0..count {
        let text = format!(
            "date 2021-{:02}-{:02}\n\nThe water ministers reviewed river basin number {i} and the fisheries agreement.",
            i % 12 + 1,
            i % 28 + 1
        );
        std::fs::write(folder.join(format!("basin{i:04}.txt")), text).expect("write a statement");
    }
    folder
}

impl Bot {
    /// Waits for the bot's answer to `sent`; for a deferred response, the first edit that is
    /// not a progress note.
    pub async fn answer(&self, sent: &Sent) -> Answer {
        let callback = self
            .fake
            .expect_request("POST", &sent.callback_path(), WAIT)
            .await;
        let kind = callback.body["type"].as_u64().unwrap_or(0);
        let message = callback.body["data"].clone();
        let flags = message["flags"].as_u64().unwrap_or(0);
        if kind != 5 {
            return Answer {
                kind,
                flags,
                message,
            };
        }
        let message = self.final_edit(sent).await;
        Answer {
            kind,
            flags,
            message,
        }
    }

    /// The first edit of a deferred response that is not a progress note.
    pub async fn final_edit(&self, sent: &Sent) -> Value {
        self.final_edit_within(sent, WAIT).await.body
    }

    /// [`Self::final_edit`] as recorded (with its arrival time), waiting up to `wait` for each
    /// edit (a long reindex reports progress seldom).
    pub async fn final_edit_within(&self, sent: &Sent, wait: std::time::Duration) -> Recorded {
        loop {
            let edit = self
                .fake
                .expect_request("PATCH", &sent.original_path(), wait)
                .await;
            let progress = edit.body["content"]
                .as_str()
                .is_some_and(|c| c.starts_with('⏳'));
            if !progress {
                return edit;
            }
        }
    }

    pub async fn command(&self, who: &Member, name: &str, options: Value) -> Answer {
        let sent = self.fake.command(who, name, options).await;
        self.answer(&sent).await
    }

    /// `who` asks `/topic query` (an answer of more than one page); returns the interaction,
    /// and its answer's two page buttons' ids (Prev, Next).
    pub async fn paged_topic(&self, who: &Member, query: &str) -> (Sent, Vec<String>) {
        let asked = self
            .fake
            .command(who, "topic", json!([option("query", query)]))
            .await;
        let first = self.answer(&asked).await;
        let buttons = first.button_ids();
        assert_eq!(buttons.len(), 2, "Prev and Next: {}", first.message);
        (asked, buttons)
    }

    pub fn statements(&self) -> u64 {
        self.engine.stats().expect("stats").statements
    }

    /// Tells the bot to stop, as SIGTERM would, without waiting.
    pub fn signal_stop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }

    /// Stops the bot and checks that it stopped cleanly.
    pub async fn stop(mut self) {
        self.signal_stop();
        match tokio::time::timeout(WAIT, self.running).await {
            Ok(Ok(Ok(()))) => {}
            Ok(Ok(Err(e))) => panic!("the bot stopped with an error: {e}"),
            Ok(Err(e)) => panic!("the bot task failed: {e}"),
            Err(_) => panic!("the bot did not stop within {WAIT:?}"),
        }
    }
}

/// `readout serve` as a user starts it, against the fake Discord (or nothing at all).
pub fn serve_command(api_base: &str, dir: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_readout"));
    cmd.arg("--index")
        .arg(dir.join("index"))
        .arg("serve")
        .env_remove("RUST_LOG")
        .env_remove("DISCORD_TOKEN")
        .env("READOUT__DISCORD__TOKEN", "fake-token-for-tests")
        .env("READOUT__DISCORD__API_BASE", api_base)
        .env("READOUT__DISCORD__GUILD_IDS", GUILD_ID.to_string())
        .env("READOUT__POLLER__ENABLED", "false")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    cmd
}
