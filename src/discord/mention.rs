//! Questions in plain words: a message that mentions the bot, or a direct message, is read by
//! the question reader and answered in a reply with the slash commands' embeds, limits and page
//! buttons. Needs no privileged intent: Discord gives message content to the bot it mentions
//! and in DMs. Anything the reader cannot read gets a short hint with the slash command.

use std::time::Instant;

use poise::serenity_prelude as serenity;

use super::reply::Reply;
use super::respond::{SHUTTING_DOWN, blocking, log_answer_error};
use super::text::{escape_markdown, truncate_plain};
use super::{Data, Error, render};
use crate::answers::{AnswerError, question};

/// The heading is user text read back; kept short so the answer stays within limits.
const MAX_HEADING_CHARS: usize = 400;

/// The question in a message meant for the bot: the text of a DM, or the text around a
/// mention of the bot in a server. `None` for anything else (and for bots).
pub fn question_text(message: &serenity::Message, bot: serenity::UserId) -> Option<String> {
    if message.author.bot {
        return None;
    }
    let direct = message.guild_id.is_none();
    if !direct && !message.mentions_user_id(bot) {
        return None;
    }
    let id = bot.get();
    let text = message
        .content
        .replace(&format!("<@{id}>"), " ")
        .replace(&format!("<@!{id}>"), " ");
    Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Answers a message that asks the bot a question; ignores every other message.
pub async fn on_message(
    ctx: &serenity::Context,
    message: &serenity::Message,
    bot: serenity::UserId,
    data: &Data,
) -> Result<(), Error> {
    let Some(text) = question_text(message, bot) else {
        return Ok(());
    };
    let Some(_guard) = data.inflight.enter() else {
        return send(ctx, message, &render::render_notice(SHUTTING_DOWN), vec![]).await;
    };
    if let Err(wait) = data
        .cooldowns
        .try_start(message.author.id.get(), Instant::now())
    {
        let secs = wait.as_secs_f32().ceil().max(1.0);
        let text = format!("Please wait {secs:.0} s before your next query.");
        return send(ctx, message, &render::render_notice(&text), vec![]).await;
    }
    if text.is_empty() {
        let hint = AnswerError::NotUnderstood(
            "Ask me about calls, e.g. \"who called Aliyev last week?\", or use /who-called, \
             /topic, /recent (/help lists them)."
                .to_string(),
        );
        return send(ctx, message, &render::render_error(&hint), vec![]).await;
    }
    let today = chrono::Utc::now().date_naive();
    // A reply to a message has no deadline: wait for a turn like every engine call.
    let turn = data.gate.wait().await;
    let result = blocking(&data.engine, move |engine| {
        let _turn = turn;
        question::answer(engine, &text, today)
    })
    .await?;
    // Page buttons are bound to the interaction that asked (see `paging::Origin`); a reply to
    // a message has none, so it shows the first page and no buttons.
    let reply = match result {
        Ok(answered) => {
            let mut reply = render::render_answer(&answered.answer);
            let heading = truncate_plain(&escape_markdown(&answered.heading), MAX_HEADING_CHARS);
            reply.content = if reply.content.is_empty() {
                heading
            } else {
                format!("{heading}\n{}", reply.content)
            };
            reply
        }
        Err(error) => {
            log_answer_error(&error);
            render::render_error(&error)
        }
    };
    send(ctx, message, &reply, Vec::new()).await
}

/// A reply to `message`, pinging nobody (not even its author).
async fn send(
    ctx: &serenity::Context,
    message: &serenity::Message,
    reply: &Reply,
    components: Vec<serenity::CreateActionRow>,
) -> Result<(), Error> {
    let builder = reply
        .to_message()
        .reference_message(message)
        .components(components);
    message.channel_id.send_message(&ctx.http, builder).await?;
    Ok(())
}
