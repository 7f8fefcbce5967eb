//! The Discord adapter: slash commands in, rendered answers out. No search logic lives here:
//! options become [`crate::answers::Command`]s, the shared [`Engine`] answers them, and
//! [`render`] turns the answer into embeds.
//!
//! - `serve`: client setup, registration, graceful shutdown
//! - `commands/`: one module per command family (doc comment = help, autocomplete beside it)
//! - `checks`: the moderator check for admin commands
//! - `respond`: admission, engine call, deferral, reply
//! - `gate`: engine calls a few at a time, so a burst cannot starve the acknowledgements
//! - `render`, `reply`, `limits`, `text`: Answer -> embeds within Discord's limits
//! - `paging`: Prev/Next buttons
//! - `download`: attachment downloads for `/ingest`
//! - `mention`: questions in plain words, in a mention of the bot or a DM
//! - `watch`: new calls posted in the channels that watch them (`/watch`, `/unwatch`, `/watches`)

mod checks;
mod commands;
mod cooldown;
mod download;
mod gate;
mod lifecycle;
mod limits;
mod mention;
mod paging;
mod render;
mod reply;
mod respond;
mod serve;
mod text;
mod watch;

use std::sync::Arc;
use std::time::Duration;

use crate::answers::Engine;
use crate::settings::Settings;
use crate::store::Store;

pub use limits::violations as limit_violations;
pub use render::{render_answer, render_error, render_source_page};
pub use reply::{Embed, Field, PagePosition, Reply};
pub use serve::{Bot, ServeError, build_client, serve};
pub use text::escape_markdown;
pub use watch::{Poster, plan as plan_watch_posts};

pub type Error = Box<dyn std::error::Error + Send + Sync>;
pub type Context<'a> = poise::Context<'a, Data, Error>;

/// What every command handler shares.
pub struct Data {
    engine: Arc<Engine>,
    settings: Arc<Settings>,
    cooldowns: cooldown::Cooldowns,
    pages: paging::PageStore,
    inflight: Arc<lifecycle::InFlight>,
    /// Engine calls for interactions, a few at a time.
    gate: gate::Gate,
    downloader: download::Downloader,
    /// Feeds, watches and posts.
    store: Arc<Store>,
}

impl Data {
    fn new(
        engine: Arc<Engine>,
        settings: Arc<Settings>,
        inflight: Arc<lifecycle::InFlight>,
        store: Arc<Store>,
    ) -> Result<Self, ServeError> {
        let discord = &settings.discord;
        let downloader =
            download::Downloader::new(&discord.api_base, discord.max_attachment_bytes)?;
        Ok(Self {
            cooldowns: cooldown::Cooldowns::new(Duration::from_secs(discord.cooldown_seconds)),
            pages: paging::PageStore::new(store.clone()),
            downloader,
            inflight,
            gate: gate::Gate::new(),
            engine,
            settings,
            store,
        })
    }
}
