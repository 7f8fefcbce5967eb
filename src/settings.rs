//! Settings, read once at start: `config/default.toml`, then an optional `config/local.toml`
//! (or the file given by `--config`), then `READOUT__SECTION__KEY` environment variables.

use std::path::{Path, PathBuf};

use serde::Deserialize;

/// A setting that cannot be used, named by its key so the user knows what to fix.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("cannot read settings")]
    Load(#[from] config::ConfigError),
    #[error("setting `{key}` has a bad value `{value}`: {reason}")]
    Invalid {
        key: &'static str,
        value: String,
        reason: &'static str,
    },
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub index: IndexSettings,
    pub sources: SourceSettings,
    pub people: PeopleSettings,
    pub topics: TopicsSettings,
    pub search: SearchSettings,
    pub discord: DiscordSettings,
    pub serve: ServeSettings,
    pub poller: PollerSettings,
    /// Official RSS/Atom feeds polled for new statements (`[[feeds]]` tables).
    #[serde(default)]
    pub feeds: Vec<FeedSettings>,
    pub log: LogSettings,
}

/// One feed from the settings. Moderators can add more with `/feeds add`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedSettings {
    pub url: String,
    pub name: String,
    /// ISO 639-1 code of the feed's statements, used when an item does not declare one.
    #[serde(default)]
    pub language: Option<String>,
    /// Minutes between polls; `poller.default_poll_minutes` when absent.
    #[serde(default)]
    pub poll_minutes: Option<f64>,
}

/// How feeds are fetched.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PollerSettings {
    /// Poll in the background while `serve` runs.
    pub enabled: bool,
    pub default_poll_minutes: f64,
    /// How often the background poller looks for feeds that are due, in seconds.
    pub tick_seconds: f64,
    pub connect_timeout_seconds: f64,
    /// Longest wait for a response and for each read of its body, in seconds.
    pub timeout_seconds: f64,
    /// Largest feed document read, in bytes; linked pages are capped by sources.max_file_bytes.
    pub max_feed_bytes: u64,
    pub max_redirects: usize,
    /// Longest wait after repeated errors, in minutes (the wait doubles per error up to this).
    pub max_backoff_minutes: f64,
    /// Newest items read per feed per poll.
    pub max_items: usize,
    /// Sent in the User-Agent so site operators can reach whoever runs the bot (a URL or e-mail).
    pub contact: String,
}
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServeSettings {
    /// Load the bundled sample corpus when the index is empty at start. Off by default: a
    /// production bot must never serve invented statements.
    pub demo: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexSettings {
    pub path: PathBuf,
    pub writer_memory_mb: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceSettings {
    #[serde(deserialize_with = "one_or_many_paths")]
    pub dirs: Vec<PathBuf>,
    pub max_file_bytes: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeopleSettings {
    pub path: PathBuf,
}

/// The topic lexicon (`config/topics.toml` and `config/topics.d/`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicsSettings {
    pub path: PathBuf,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchSettings {
    pub max_query_chars: usize,
    pub page_size: usize,
    pub snippet_chars: usize,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiscordSettings {
    /// Never logged. Also read from `DISCORD_TOKEN`.
    pub token: String,
    pub api_base: String,
    #[serde(deserialize_with = "one_or_many_ids")]
    pub guild_ids: Vec<u64>,
    #[serde(deserialize_with = "one_or_many_ids")]
    pub moderator_role_ids: Vec<u64>,
    #[serde(deserialize_with = "one_or_many_ids")]
    pub moderator_user_ids: Vec<u64>,
    pub cooldown_seconds: u64,
    pub max_attachment_bytes: u64,
    /// Answers slower than this are acknowledged first ("thinking…").
    pub defer_after_ms: u64,
    /// Long admin work edits its reply this long, then reports in a channel message.
    pub reply_edit_seconds: u64,
}

/// Written by hand so that the token can never reach a log line through `{:?}`.
impl std::fmt::Debug for DiscordSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DiscordSettings")
            .field(
                "token",
                &if self.token.is_empty() {
                    "<unset>"
                } else {
                    "<redacted>"
                },
            )
            .field("api_base", &self.api_base)
            .field("guild_ids", &self.guild_ids)
            .field("moderator_role_ids", &self.moderator_role_ids)
            .field("moderator_user_ids", &self.moderator_user_ids)
            .field("cooldown_seconds", &self.cooldown_seconds)
            .field("max_attachment_bytes", &self.max_attachment_bytes)
            .field("defer_after_ms", &self.defer_after_ms)
            .field("reply_edit_seconds", &self.reply_edit_seconds)
            .finish()
    }
}

/// One value or a list, as settings are written: `[1, 2]` in TOML, `1,2` or a single `1` in an
/// environment variable (which arrives as a number, a string, or a list).
#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany<T> {
    Many(Vec<T>),
    One(T),
}

#[derive(Deserialize)]
#[serde(untagged)]
enum IdItem {
    Number(u64),
    Text(String),
}

fn one_or_many_ids<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<u64>, D::Error> {
    let items = match OneOrMany::<IdItem>::deserialize(d)? {
        OneOrMany::Many(items) => items,
        OneOrMany::One(item) => vec![item],
    };
    let mut ids = Vec::new();
    for item in items {
        match item {
            IdItem::Number(n) => ids.push(n),
            IdItem::Text(text) => {
                for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                    let id = part.parse::<u64>().map_err(|_| {
                        serde::de::Error::custom(format!(
                            "`{}` is not a Discord id (a number)",
                            part.chars().take(40).collect::<String>()
                        ))
                    })?;
                    ids.push(id);
                }
            }
        }
    }
    Ok(ids)
}

fn one_or_many_paths<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<PathBuf>, D::Error> {
    Ok(match OneOrMany::<PathBuf>::deserialize(d)? {
        OneOrMany::Many(paths) => paths,
        OneOrMany::One(path) => vec![path],
    })
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogSettings {
    pub filter: String,
}

impl Settings {
    /// The embedded store (feed state, watches, posts) lives beside the index:
    /// `index` -> `index.state.sqlite`.
    pub fn state_path(&self) -> PathBuf {
        let mut name = self
            .index
            .path
            .file_name()
            .map(|n| n.to_os_string())
            .unwrap_or_else(|| "index".into());
        name.push(".state.sqlite");
        self.index.path.with_file_name(name)
    }

    /// Where Readout keeps every statement that `ingest`, `/ingest` and the feeds accepted, so
    /// `reindex` (which rebuilds from files) keeps them: `index` -> `index.kept/`.
    pub fn kept_path(&self) -> PathBuf {
        self.beside_index(".kept")
    }

    /// Where earlier versions kept statements read from feeds (`index` -> `index.feeds/`);
    /// still read by `reindex` when present.
    pub fn feed_archive_path(&self) -> PathBuf {
        self.beside_index(".feeds")
    }

    fn beside_index(&self, suffix: &str) -> PathBuf {
        let mut name = self
            .index
            .path
            .file_name()
            .map(|n| n.to_os_string())
            .unwrap_or_else(|| "index".into());
        name.push(suffix);
        self.index.path.with_file_name(name)
    }
}

/// The project folder the binary was built from, when it is still there: the default paths
/// (`index`, `corpus/statements`, `config/people.toml`) and `config/local.toml` are found in it
/// from any working folder. `None` for a binary moved elsewhere: paths then stay relative.
pub fn project_root() -> Option<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    root.join("config/default.toml").is_file().then_some(root)
}

/// The shipped defaults, compiled in so the binary works from any directory.
pub const DEFAULT_TOML: &str = include_str!("../config/default.toml");

impl Settings {
    /// Defaults, then `config/local.toml` (or `explicit`), then the environment.
    pub fn load(explicit: Option<&Path>) -> Result<Self, SettingsError> {
        let mut builder = config::Config::builder().add_source(config::File::from_str(
            DEFAULT_TOML,
            config::FileFormat::Toml,
        ));
        let root = project_root();
        // The settings file: `--config PATH`, else the project's `config/local.toml`.
        let file = match explicit {
            Some(path) => Some(path.to_path_buf()),
            None => {
                let local = root
                    .as_deref()
                    .unwrap_or(Path::new(""))
                    .join("config/local.toml");
                local.is_file().then_some(local)
            }
        };
        if let Some(path) = &file {
            builder = builder.add_source(config::File::from(path.as_path()).required(true));
        }
        let cfg = builder
            .add_source(
                config::Environment::with_prefix("READOUT")
                    .prefix_separator("__")
                    .separator("__")
                    .list_separator(",")
                    .with_list_parse_key("discord.guild_ids")
                    .with_list_parse_key("discord.moderator_role_ids")
                    .with_list_parse_key("discord.moderator_user_ids")
                    .with_list_parse_key("sources.dirs")
                    .try_parsing(true),
            )
            .build()?;
        let mut settings: Settings = cfg.try_deserialize()?;
        settings.resolve_paths(file.as_deref(), root.as_deref())?;
        if settings.discord.token.is_empty()
            && let Ok(token) = std::env::var("DISCORD_TOKEN")
        {
            settings.discord.token = token;
        }
        settings.validate()?;
        Ok(settings)
    }

    /// Relative paths resolve against the folder of the file that set them, or the project
    /// root for the defaults: never against wherever the command happens to run (a `readout
    /// stats` from `src/` must not write an index into `src/index/`). Paths given in the
    /// environment (and `--index`) are the user's own and stay relative to the current folder.
    fn resolve_paths(
        &mut self,
        file: Option<&Path>,
        root: Option<&Path>,
    ) -> Result<(), SettingsError> {
        let from_file = match file {
            Some(path) => Some((
                config::Config::builder()
                    .add_source(config::File::from(path).required(true))
                    .build()?,
                path.parent().map(Path::to_path_buf).unwrap_or_default(),
            )),
            None => None,
        };
        let base_for = |key: &str, env: &str| -> Option<PathBuf> {
            if std::env::var_os(env).is_some() {
                return None;
            }
            match &from_file {
                Some((cfg, dir)) if cfg.get::<config::Value>(key).is_ok() => Some(dir.clone()),
                _ => root.map(Path::to_path_buf),
            }
        };
        let resolve = |base: &Option<PathBuf>, path: &mut PathBuf| {
            if let Some(base) = base
                && path.is_relative()
            {
                *path = base.join(&*path);
            }
        };
        let base = base_for("index.path", "READOUT__INDEX__PATH");
        resolve(&base, &mut self.index.path);
        let base = base_for("people.path", "READOUT__PEOPLE__PATH");
        // The default gazetteer falls back to the built-in copy when the project is not there.
        if self.people.path != Path::new("config/people.toml") || root.is_some() {
            resolve(&base, &mut self.people.path);
        }
        // The same for the topic lexicon.
        let base = base_for("topics.path", "READOUT__TOPICS__PATH");
        if self.topics.path != Path::new(crate::concepts::DEFAULT_TOPICS_PATH) || root.is_some() {
            resolve(&base, &mut self.topics.path);
        }
        let base = base_for("sources.dirs", "READOUT__SOURCES__DIRS");
        for dir in &mut self.sources.dirs {
            resolve(&base, dir);
        }
        Ok(())
    }

    /// Defaults only: for tests and tools that must not read the user's files.
    pub fn defaults() -> Self {
        let cfg = config::Config::builder()
            .add_source(config::File::from_str(
                DEFAULT_TOML,
                config::FileFormat::Toml,
            ))
            .build()
            .and_then(|c| c.try_deserialize::<Settings>());
        match cfg {
            Ok(s) => s,
            // The shipped file is checked by a unit test; reaching this is a build defect.
            Err(e) => panic!("config/default.toml is invalid: {e}"),
        }
    }

    fn validate(&self) -> Result<(), SettingsError> {
        fn bad(key: &'static str, value: impl ToString, reason: &'static str) -> SettingsError {
            SettingsError::Invalid {
                key,
                value: value.to_string(),
                reason,
            }
        }
        if self.index.writer_memory_mb < 15 || self.index.writer_memory_mb > 4096 {
            return Err(bad(
                "index.writer_memory_mb",
                self.index.writer_memory_mb,
                "must be between 15 and 4096",
            ));
        }
        if self.sources.max_file_bytes == 0 {
            return Err(bad("sources.max_file_bytes", 0, "must be greater than 0"));
        }
        if !(10..=100_000).contains(&self.search.max_query_chars) {
            return Err(bad(
                "search.max_query_chars",
                self.search.max_query_chars,
                "must be between 10 and 100000",
            ));
        }
        if !(1..=25).contains(&self.search.page_size) {
            return Err(bad(
                "search.page_size",
                self.search.page_size,
                "must be between 1 and 25",
            ));
        }
        if !(40..=1000).contains(&self.search.snippet_chars) {
            return Err(bad(
                "search.snippet_chars",
                self.search.snippet_chars,
                "must be between 40 and 1000",
            ));
        }
        let base = &self.discord.api_base;
        if !base.is_empty() && !base.starts_with("http://") && !base.starts_with("https://") {
            return Err(bad(
                "discord.api_base",
                base,
                "must start with http:// or https://",
            ));
        }
        if self.discord.max_attachment_bytes == 0 {
            return Err(bad(
                "discord.max_attachment_bytes",
                0,
                "must be greater than 0",
            ));
        }
        // Discord drops an interaction not acknowledged within 3 s; leave room for the trip.
        if self.discord.defer_after_ms > 2500 {
            return Err(bad(
                "discord.defer_after_ms",
                self.discord.defer_after_ms,
                "must be between 0 and 2500",
            ));
        }
        // An interaction's token lets its reply be edited for 15 minutes.
        if self.discord.reply_edit_seconds > 890 {
            return Err(bad(
                "discord.reply_edit_seconds",
                self.discord.reply_edit_seconds,
                "must be between 0 and 890",
            ));
        }
        let p = &self.poller;
        for (key, value) in [
            ("poller.default_poll_minutes", p.default_poll_minutes),
            ("poller.tick_seconds", p.tick_seconds),
            ("poller.connect_timeout_seconds", p.connect_timeout_seconds),
            ("poller.timeout_seconds", p.timeout_seconds),
            ("poller.max_backoff_minutes", p.max_backoff_minutes),
        ] {
            if !(value.is_finite() && value > 0.0) {
                return Err(bad(key, value, "must be a number greater than 0"));
            }
        }
        if p.max_feed_bytes == 0 || p.max_items == 0 {
            return Err(bad(
                "poller.max_feed_bytes / poller.max_items",
                format!("{} / {}", p.max_feed_bytes, p.max_items),
                "must be greater than 0",
            ));
        }
        for feed in &self.feeds {
            if !feed.url.starts_with("http://") && !feed.url.starts_with("https://") {
                return Err(bad(
                    "feeds.url",
                    &feed.url,
                    "must start with http:// or https://",
                ));
            }
            if feed.name.trim().is_empty() {
                return Err(bad("feeds.name", &feed.url, "every feed needs a name"));
            }
            if feed
                .poll_minutes
                .is_some_and(|m| !(m.is_finite() && m > 0.0))
            {
                return Err(bad(
                    "feeds.poll_minutes",
                    &feed.url,
                    "must be greater than 0",
                ));
            }
        }
        if tracing_subscriber::EnvFilter::try_new(&self.log.filter).is_err() {
            return Err(bad(
                "log.filter",
                &self.log.filter,
                "is not a valid tracing filter",
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_never_shows_the_token() {
        let mut s = Settings::defaults();
        s.discord.token = "super-secret-token".into();
        let shown = format!("{s:?}");
        assert!(!shown.contains("super-secret-token"));
        assert!(shown.contains("<redacted>"));
    }

    #[test]
    fn the_shipped_feed_list_is_valid_once_uncommented() {
        #[derive(Deserialize)]
        struct FeedList {
            feeds: Vec<FeedSettings>,
        }
        let uncommented: String = include_str!("../config/feeds.toml")
            .lines()
            .filter_map(|l| l.strip_prefix("# "))
            .filter(|l| {
                l.starts_with("[[feeds]]")
                    || ["url =", "name =", "language =", "poll_minutes ="]
                        .iter()
                        .any(|key| l.starts_with(key))
            })
            .collect::<Vec<_>>()
            .join("\n");
        let list: FeedList = toml::from_str(&uncommented).unwrap_or_else(|e| panic!("{e}"));
        assert!(list.feeds.len() >= 5);
        let mut settings = Settings::defaults();
        settings.feeds = list.feeds;
        assert!(settings.validate().is_ok());
    }

    #[test]
    fn shipped_defaults_are_valid() {
        let s = Settings::defaults();
        assert!(s.validate().is_ok());
        assert_eq!(s.index.path, PathBuf::from("index"));
    }
}
