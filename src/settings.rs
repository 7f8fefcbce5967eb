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
    pub search: SearchSettings,
    pub discord: DiscordSettings,
    pub log: LogSettings,
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
    pub dirs: Vec<PathBuf>,
    pub max_file_bytes: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeopleSettings {
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
    pub guild_ids: Vec<u64>,
    pub moderator_role_ids: Vec<u64>,
    pub moderator_user_ids: Vec<u64>,
    pub cooldown_seconds: u64,
    pub max_attachment_bytes: u64,
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
            .finish()
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogSettings {
    pub filter: String,
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
        match explicit {
            Some(path) => builder = builder.add_source(config::File::from(path).required(true)),
            None => {
                builder =
                    builder.add_source(config::File::with_name("config/local").required(false))
            }
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
        if settings.discord.token.is_empty()
            && let Ok(token) = std::env::var("DISCORD_TOKEN")
        {
            settings.discord.token = token;
        }
        settings.validate()?;
        Ok(settings)
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
    fn shipped_defaults_are_valid() {
        let s = Settings::defaults();
        assert!(s.validate().is_ok());
        assert_eq!(s.index.path, PathBuf::from("index"));
    }
}
