//! Client setup: HTTP (optionally through `discord.api_base`), the poise framework, command
//! registration, and a graceful stop on SIGINT/SIGTERM.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use poise::serenity_prelude as serenity;

use super::lifecycle::InFlight;
use super::render::render_notice;
use super::reply::no_mentions;
use super::respond::Responder;
use super::watch::Poster;
use super::{Data, Error, commands, mention, paging};
use crate::answers::Engine;
use crate::model::Document;
use crate::settings::Settings;
use crate::sources::feeds::Poller;
use crate::store::{Store, StoreError};

/// How long a shutdown waits for answers in flight.
const DRAIN_LIMIT: Duration = Duration::from_secs(30);
/// How long background tasks (feeds, watches) get to stop.
const STOP_LIMIT: Duration = Duration::from_secs(10);
/// How long the shards get to close, and then the client to return: with nothing in flight a
/// stop takes well under 2 s.
const SHARD_STOP_LIMIT: Duration = Duration::from_millis(700);
/// Tries to reach Discord (or `api_base`) at start, each given `ATTEMPT_LIMIT`, with waits of
/// 1, 2, 4 and 8 s between them: a clear failure within a minute rather than retries forever.
const START_ATTEMPTS: u32 = 5;
const ATTEMPT_LIMIT: Duration = Duration::from_secs(6);

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(
        "no Discord bot token: set READOUT__DISCORD__TOKEN or DISCORD_TOKEN in the environment \
         (or discord.token in config/local.toml)"
    )]
    MissingToken,
    #[error("setting `discord.api_base` has a bad value `{0}`: not a URL")]
    BadApiBase(String),
    #[error("cannot build the HTTP client: {0}")]
    HttpClient(String),
    /// Boxed: serenity's error is large, and this one is returned by every setup call.
    #[error("Discord client: {0}")]
    Client(Box<serenity::Error>),
    #[error(
        "cannot reach Discord at {base} after {attempts} attempts ({reason}); check the network \
         and `discord.api_base`"
    )]
    Unreachable {
        base: String,
        attempts: u32,
        reason: String,
    },
    #[error("the Discord client task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("feeds: {0}")]
    Feeds(#[from] crate::sources::feeds::PollError),
}

impl From<serenity::Error> for ServeError {
    fn from(error: serenity::Error) -> Self {
        ServeError::Client(Box::new(error))
    }
}

/// A built client, not yet connected.
pub struct Bot {
    client: serenity::Client,
    inflight: Arc<InFlight>,
    /// Posts watched calls; fed by the engine's new statements.
    poster: Poster,
    fresh: tokio::sync::broadcast::Receiver<Arc<Vec<Document>>>,
    /// Polls the feeds in the background, when `poller.enabled`.
    poller: Option<Poller>,
}

/// Runs the bot until SIGINT or SIGTERM, then stops gracefully.
pub async fn serve(engine: Arc<Engine>, settings: Arc<Settings>) -> anyhow::Result<()> {
    let bot = build_client(engine, settings).await?;
    bot.run_until(shutdown_signal()).await?;
    Ok(())
}

/// Builds the client: HTTP through `discord.api_base` when set (with serenity's rate limiter
/// off, since the ratelimited path ignores the proxy), commands registered on READY.
pub async fn build_client(engine: Arc<Engine>, settings: Arc<Settings>) -> Result<Bot, ServeError> {
    let discord = &settings.discord;
    let token = discord.token.trim();
    if token.is_empty() {
        return Err(ServeError::MissingToken);
    }
    let mut http = serenity::HttpBuilder::new(token);
    let api_base = discord.api_base.trim().trim_end_matches('/');
    if !api_base.is_empty() {
        http = http.proxy(api_base).ratelimiter_disabled(true);
    }
    let http = http.build();
    let shown_base = if api_base.is_empty() {
        "https://discord.com/api".to_string()
    } else {
        api_base.to_string()
    };
    let gateway_url = reach_gateway(&http, &shown_base).await?;

    let store = Arc::new(Store::open(&settings.state_path())?);
    // Subscribed before anything can ingest, so no new statement is missed.
    let fresh = engine.subscribe();
    let poster_store = store.clone();
    let poller = if settings.poller.enabled {
        Some(Poller::new(
            engine.clone(),
            store.clone(),
            settings.clone(),
        )?)
    } else {
        None
    };
    let inflight = Arc::new(InFlight::new());
    let data = Data::new(engine, settings.clone(), inflight.clone(), store)?;
    let guild_ids: Vec<serenity::GuildId> = discord
        .guild_ids
        .iter()
        .filter(|&&id| id != 0)
        .map(|&id| serenity::GuildId::new(id))
        .collect();

    let framework = poise::Framework::builder()
        .options(framework_options())
        .setup(move |ctx, ready, framework| {
            Box::pin(async move {
                register(ctx, &framework.options().commands, &guild_ids).await;
                let (statements, index_mb) = match data.engine.stats() {
                    Ok(stats) => (stats.statements, stats.index_bytes as f64 / 1_000_000.0),
                    Err(_) => (0, 0.0),
                };
                let guilds = match ready.guilds.len() {
                    1 => "1 guild".to_string(),
                    n => format!("{n} guilds"),
                };
                tracing::info!(
                    "Readout is up as {} in {guilds}; index: {statements} statements, {index_mb:.1} MB",
                    ready.user.name,
                );
                Ok(data)
            })
        })
        // Owners are not used; skip the start-up call that fetches them.
        .initialize_owners(false)
        .build();
    let client = serenity::ClientBuilder::new_with_http(http, intents())
        .framework(framework)
        .await?;
    // The gateway `api_base` named, also for every reconnect: never Discord's own host when
    // the client's own look-up failed.
    *client.ws_url.lock().await = gateway_url;
    let poster = Poster::new(client.http.clone(), poster_store);
    Ok(Bot {
        client,
        inflight,
        poster,
        fresh,
        poller,
    })
}

impl Bot {
    /// Runs until the client stops or `shutdown` completes; then refuses new commands, lets
    /// answers in flight finish, and shuts the shards down.
    pub async fn run_until(self, shutdown: impl Future<Output = ()>) -> Result<(), ServeError> {
        let Bot {
            mut client,
            inflight,
            poster,
            fresh,
            poller,
        } = self;
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        let stopped = move || {
            let mut rx = stop_rx.clone();
            async move {
                let _ = rx.wait_for(|stop| *stop).await;
            }
        };
        let mut background = vec![tokio::spawn(poster.run(fresh, stopped()))];
        if let Some(poller) = poller {
            background.push(tokio::spawn(poller.run(stopped())));
        }
        let shard_manager = client.shard_manager.clone();
        let mut running = tokio::spawn(async move { client.start().await });
        let finished = tokio::select! {
            finished = &mut running => Some(finished),
            () = shutdown => None,
        };
        // First of all: long work (a reindex) starts stopping while the rest winds down.
        inflight.close();
        let _ = stop_tx.send(true);
        for task in background {
            if tokio::time::timeout(STOP_LIMIT, task).await.is_err() {
                tracing::warn!("a background task (feeds, watches) did not stop in time");
            }
        }
        if let Some(finished) = finished {
            return Ok(finished??);
        }
        tracing::info!("shutting down: finishing answers in flight");
        let unfinished = inflight.drain(DRAIN_LIMIT).await;
        if unfinished > 0 {
            tracing::warn!(
                unfinished,
                "answers still running at shutdown were abandoned"
            );
        }
        if tokio::time::timeout(SHARD_STOP_LIMIT, shard_manager.shutdown_all())
            .await
            .is_err()
        {
            tracing::debug!("the shards did not close in time");
        }
        match tokio::time::timeout(SHARD_STOP_LIMIT, &mut running).await {
            Ok(finished) => finished??,
            Err(_) => {
                tracing::warn!("the Discord client did not stop in time; aborting it");
                running.abort();
            }
        }
        tracing::info!("stopped");
        Ok(())
    }
}

/// Asks Discord (or `api_base`) for the gateway, with bounded retries and backoff: the bot
/// either starts or says clearly that it cannot reach Discord.
async fn reach_gateway(http: &serenity::Http, base: &str) -> Result<String, ServeError> {
    let mut wait = Duration::from_secs(1);
    let mut reason = String::new();
    for attempt in 1..=START_ATTEMPTS {
        match tokio::time::timeout(ATTEMPT_LIMIT, http.get_gateway()).await {
            Ok(Ok(gateway)) => return Ok(gateway.url),
            Ok(Err(e)) => reason = e.to_string(),
            Err(_) => reason = format!("no answer in {} s", ATTEMPT_LIMIT.as_secs()),
        }
        if attempt < START_ATTEMPTS {
            tracing::warn!(attempt, %reason, "cannot reach Discord at {base}; retrying in {} s", wait.as_secs());
            tokio::time::sleep(wait).await;
            wait *= 2;
        }
    }
    Err(ServeError::Unreachable {
        base: base.to_string(),
        attempts: START_ATTEMPTS,
        reason,
    })
}

/// Completes on SIGINT (Ctrl-C) or SIGTERM.
pub async fn shutdown_signal() {
    let interrupt = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::warn!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut term) => {
                term.recv().await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => tracing::info!("SIGINT received"),
        () = terminate => tracing::info!("SIGTERM received"),
    }
}

/// Registers the commands in the configured guilds (instant), else globally (can take an hour
/// to show). A failure is logged and the bot keeps running with what Discord already has.
async fn register(
    ctx: &serenity::Context,
    commands: &[poise::Command<Data, Error>],
    guild_ids: &[serenity::GuildId],
) {
    if guild_ids.is_empty() {
        match poise::builtins::register_globally(ctx, commands).await {
            Ok(()) => tracing::info!(commands = commands.len(), "commands registered globally"),
            Err(e) => tracing::error!(error = %e, "registering commands globally failed"),
        }
        return;
    }
    for &guild in guild_ids {
        match poise::builtins::register_in_guild(ctx, commands, guild).await {
            Ok(()) => tracing::info!(
                guild = guild.get(),
                commands = commands.len(),
                "commands registered"
            ),
            Err(e) => {
                tracing::error!(guild = guild.get(), error = %e, "registering commands failed")
            }
        }
    }
}

/// Guilds for commands; guild and direct messages for questions put to the bot by mention or
/// in a DM (not privileged: message content is given for those).
fn intents() -> serenity::GatewayIntents {
    serenity::GatewayIntents::GUILDS
        | serenity::GatewayIntents::GUILD_MESSAGES
        | serenity::GatewayIntents::DIRECT_MESSAGES
}

fn framework_options() -> poise::FrameworkOptions<Data, Error> {
    poise::FrameworkOptions {
        commands: commands::all(),
        on_error: |error| Box::pin(on_error(error)),
        event_handler: |framework, event| {
            Box::pin(async move {
                if let serenity::FullEvent::InteractionCreate {
                    interaction: serenity::Interaction::Component(click),
                } = event
                {
                    paging::on_click(framework.serenity_context, click, framework.user_data)
                        .await?;
                }
                if let serenity::FullEvent::Message { new_message } = event {
                    let bot = framework.bot_id();
                    mention::on_message(
                        framework.serenity_context,
                        new_message,
                        bot,
                        framework.user_data,
                    )
                    .await?;
                }
                Ok(())
            })
        },
        // Replies that do not set their own (poise's built-in error messages) ping nobody either.
        allowed_mentions: Some(no_mentions()),
        ..Default::default()
    }
}

async fn on_error(error: poise::FrameworkError<'_, Data, Error>) {
    match error {
        poise::FrameworkError::Command { error, ctx, .. } => {
            tracing::error!(command = %ctx.command().qualified_name, %error, "command failed");
            let notice = render_notice(
                "Something went wrong on our side; it has been logged. Please try again later.",
            );
            if let Err(e) = Responder::new(ctx).send(&notice, vec![]).await {
                tracing::warn!(error = %e, "cannot report a command failure");
            }
        }
        poise::FrameworkError::ArgumentParse { error, ctx, .. } => {
            tracing::debug!(%error, "bad command option");
            let notice = render_notice(&format!("One of the options is not valid: {error}"));
            if let Err(e) = Responder::new(ctx).send(&notice, vec![]).await {
                tracing::warn!(error = %e, "cannot report a bad option");
            }
        }
        // The check has already answered the user.
        poise::FrameworkError::CommandCheckFailed { error: None, .. } => {}
        other => {
            if let Err(e) = poise::builtins::on_error(other).await {
                tracing::error!(error = %e, "error while handling an error");
            }
        }
    }
}
