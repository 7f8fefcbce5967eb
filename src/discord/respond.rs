//! The one path every query takes: admission (shutdown, cooldown), the engine call off the async
//! threads, a deferral when the answer may miss Discord's 3-second deadline, then the reply.

use std::sync::Arc;
use std::time::{Duration, Instant};

use poise::serenity_prelude as serenity;

use super::paging::{self, Paged};
use super::reply::Reply;
use super::{Context, Error, render};
use crate::answers::{AnswerError, Command, Engine};

pub const SHUTTING_DOWN: &str = "The bot is restarting; please try again in a minute.";

/// Runs a synchronous, CPU-bound engine call on the blocking pool.
pub async fn blocking<T: Send + 'static>(
    engine: &Arc<Engine>,
    call: impl FnOnce(&Engine) -> T + Send + 'static,
) -> Result<T, Error> {
    let engine = engine.clone();
    Ok(tokio::task::spawn_blocking(move || call(&engine)).await?)
}

pub fn log_answer_error(error: &AnswerError) {
    if error.is_user_error() {
        tracing::debug!(%error, "query refused");
    } else {
        tracing::error!(%error, "answer failed");
    }
}

/// Waits for `task`, running `acknowledge` first when the task is not done within `after` (at
/// once when `after` is zero). Returns the task's output and whether it acknowledged.
pub async fn acknowledge_if_slow<T, E>(
    after: Duration,
    task: impl Future<Output = T>,
    acknowledge: impl Future<Output = Result<(), E>>,
) -> Result<(T, bool), E> {
    tokio::pin!(task);
    if !after.is_zero() {
        tokio::select! {
            out = &mut task => return Ok((out, false)),
            _ = tokio::time::sleep(after) => {}
        }
    }
    acknowledge.await?;
    Ok((task.await, true))
}

/// Who sees the answer, and whether it counts against the user's cooldown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Public answer; cooldown applies.
    Query,
    /// Private answer for moderators; no cooldown.
    Admin,
}

/// Sends a reply, or edits the deferred response when the interaction was deferred; once the
/// interaction's token nears expiry, posts (then edits) a message in the channel instead.
pub struct Responder<'a> {
    ctx: Context<'a>,
    deferred: bool,
    /// The deferral was private ("only you can see this").
    deferred_private: bool,
    /// Answers slower than this are deferred first (`discord.defer_after_ms`): Discord drops
    /// an interaction that is not acknowledged within 3 seconds.
    defer_after: Duration,
    /// Until when the deferred response may be edited (`discord.reply_edit_seconds`, under the
    /// token's 15 minutes); afterwards replies go to a channel message.
    edit_until: Instant,
    /// The channel message that stands in for the response once the token nears expiry.
    channel_message: Option<serenity::MessageId>,
}

impl<'a> Responder<'a> {
    pub fn new(ctx: Context<'a>) -> Self {
        let discord = &ctx.data().settings.discord;
        Self {
            ctx,
            deferred: false,
            deferred_private: false,
            defer_after: Duration::from_millis(discord.defer_after_ms),
            edit_until: Instant::now() + Duration::from_secs(discord.reply_edit_seconds),
            channel_message: None,
        }
    }

    /// When the deferred response stops being edited and a channel message takes over.
    pub fn edit_deadline(&self) -> Instant {
        self.edit_until
    }

    /// Acknowledges now ("thinking…"); later replies edit that response.
    pub async fn defer(&mut self, private: bool) -> Result<(), Error> {
        if !self.deferred {
            if private {
                self.ctx.defer_ephemeral().await?
            } else {
                self.ctx.defer().await?
            }
            self.deferred = true;
            self.deferred_private = private;
        }
        Ok(())
    }

    /// Waits for `task`, deferring first if it takes longer than `discord.defer_after_ms`
    /// (at once when that is 0).
    pub async fn wait_for<T>(
        &mut self,
        task: impl Future<Output = T>,
        private: bool,
    ) -> Result<T, Error> {
        let after = self.defer_after;
        Ok(acknowledge_if_slow(after, task, self.defer(private))
            .await?
            .0)
    }

    pub async fn send(
        &mut self,
        reply: &Reply,
        components: Vec<serenity::CreateActionRow>,
    ) -> Result<(), Error> {
        if self.deferred && Instant::now() >= self.edit_until {
            return self.send_to_channel(reply).await;
        }
        match (self.deferred, self.ctx) {
            (true, poise::Context::Application(app))
                if reply.ephemeral && !self.deferred_private =>
            {
                // The public "thinking…" message cannot become private: remove it and answer in a
                // private follow-up, as a fast answer would have been.
                let http = self.ctx.serenity_context();
                app.interaction.delete_response(http).await?;
                app.interaction
                    .create_followup(http, reply.to_private_followup())
                    .await?;
            }
            (true, poise::Context::Application(app)) => {
                app.interaction
                    .edit_response(self.ctx.serenity_context(), reply.to_edit(components))
                    .await?;
            }
            _ => {
                self.ctx.send(reply.to_create_reply(components)).await?;
            }
        }
        Ok(())
    }

    /// The token of the interaction expires soon (edits fail after 15 minutes): the first call
    /// says so in the response and posts `reply` in the channel, later calls edit that message.
    /// The message names the asker (without pinging them): in the channel everyone sees it.
    async fn send_to_channel(&mut self, reply: &Reply) -> Result<(), Error> {
        let http = self.ctx.http();
        let channel = self.ctx.channel_id();
        let mut public = reply.clone();
        public.content = format!(
            "For <@{}>'s /{}: {}",
            self.ctx.author().id.get(),
            self.ctx.command().qualified_name,
            reply.content
        );
        if let Some(message) = self.channel_message {
            channel
                .edit_message(http, message, public.to_message_edit())
                .await?;
            return Ok(());
        }
        if let poise::Context::Application(app) = self.ctx {
            // Still inside the token's lifetime (the deadline leaves a margin): point the asker
            // to the channel. A failure here must not stop the report itself.
            let note = Reply::text(format!(
                "{}\n\nThis reply cannot be updated after 15 minutes: progress and the result \
                 follow in a message in this channel.",
                reply.content
            ));
            if let Err(e) = app
                .interaction
                .edit_response(http, note.to_edit(vec![]))
                .await
            {
                tracing::warn!(error = %e, "cannot point the deferred reply to the channel");
            }
        }
        let posted = channel.send_message(http, public.to_message()).await?;
        self.channel_message = Some(posted.id);
        Ok(())
    }
}

/// Answers `command` through the engine and sends the rendered answer (with page buttons), and
/// logs one `interaction` event with the command, the user, the latency and the outcome.
pub async fn answer(ctx: Context<'_>, command: Command, kind: Kind) -> Result<(), Error> {
    let started = Instant::now();
    let name = ctx.command().qualified_name.clone();
    let user = ctx.author().id.get();
    let span = tracing::info_span!("interaction", command = %name, user);
    let result =
        tracing::Instrument::instrument(answer_inner(ctx, command, kind), span.clone()).await;
    let outcome = match &result {
        Ok(outcome) => *outcome,
        Err(_) => "failed",
    };
    span.in_scope(|| {
        tracing::info!(
            command = %name,
            user,
            latency_ms = started.elapsed().as_millis() as u64,
            outcome,
            "interaction answered"
        );
    });
    result.map(|_| ())
}

async fn answer_inner(
    ctx: Context<'_>,
    command: Command,
    kind: Kind,
) -> Result<&'static str, Error> {
    let data = ctx.data();
    let mut responder = Responder::new(ctx);
    let Some(_guard) = data.inflight.enter() else {
        responder
            .send(&render::render_notice(SHUTTING_DOWN), vec![])
            .await?;
        return Ok("shutting down");
    };
    if kind == Kind::Query
        && let Err(wait) = data
            .cooldowns
            .try_start(ctx.author().id.get(), Instant::now())
    {
        responder.send(&cooldown_notice(wait), vec![]).await?;
        return Ok("cooldown");
    }
    let paged = Paged::of(&command);
    let origin = paging::Origin {
        user_id: ctx.author().id.get(),
        channel_id: ctx.channel_id().get(),
        interaction_id: match ctx {
            poise::Context::Application(app) => app.interaction.id.get(),
            poise::Context::Prefix(_) => 0,
        },
    };
    let private = kind == Kind::Admin;
    let turn = match data.gate.try_now() {
        Some(turn) => turn,
        None => {
            // Others are ahead: the wait may be long, so acknowledge now.
            responder.defer(private).await?;
            data.gate.wait().await
        }
    };
    let call = blocking(&data.engine, move |engine| {
        let _turn = turn;
        engine.run(&command)
    });
    let result = responder.wait_for(call, private).await??;
    let outcome = match &result {
        Ok(_) => "answered",
        Err(e) if e.is_user_error() => "refused",
        Err(_) => "error",
    };
    let reply = match result {
        Ok(answer) => {
            let mut reply = render::render_answer(&answer);
            reply.ephemeral |= kind == Kind::Admin;
            reply
        }
        Err(error) => {
            log_answer_error(&error);
            render::render_error(&error)
        }
    };
    let components = paging::components_for(data, &reply, paged, origin);
    responder.send(&reply, components).await?;
    Ok(outcome)
}

/// The private "please wait" for a user still in their cooldown.
pub fn cooldown_notice(wait: Duration) -> Reply {
    let secs = wait.as_secs_f32().ceil().max(1.0);
    render::render_notice(&format!("Please wait {secs:.0} s before your next query."))
}

/// Answers bad input found before the engine is asked (e.g. a date that does not parse).
pub async fn reject(ctx: Context<'_>, error: &AnswerError) -> Result<(), Error> {
    log_answer_error(error);
    Responder::new(ctx)
        .send(&render::render_error(error), vec![])
        .await
}
