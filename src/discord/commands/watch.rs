//! `/watch`, `/unwatch`, `/watches`: which new calls a channel is told about. The posting itself
//! is in `discord::watch`; these commands only edit the list (moderators).

use crate::discord::checks;
use crate::discord::commands::calls::autocomplete_person;
use crate::discord::render::render_notice;
use crate::discord::respond::Responder;
use crate::discord::text::escape_markdown;
use crate::discord::{Context, Error, Reply};
use crate::store::{Watch, WatchKind};

/// Longest topic a watch accepts, in characters.
const MAX_TOPIC_CHARS: usize = 100;

/// Post new calls in this channel: of a person, on a topic, or all (moderators)
#[poise::command(
    slash_command,
    subcommands("watch_person", "watch_topic", "watch_all"),
    subcommand_required,
    default_member_permissions = "MANAGE_CHANNELS",
    check = "checks::moderator"
)]
pub async fn watch(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// Post each new call this person takes
#[poise::command(slash_command, rename = "person", check = "checks::moderator")]
async fn watch_person(
    ctx: Context<'_>,
    #[description = "The person, in any spelling or script"]
    #[autocomplete = "autocomplete_person"]
    name: String,
) -> Result<(), Error> {
    match person_watch(ctx, &name).await? {
        Some(watch) => change(ctx, watch, true).await,
        None => unknown_person(ctx, &name).await,
    }
}

/// Post each new call whose statement is about a topic
#[poise::command(slash_command, rename = "topic", check = "checks::moderator")]
async fn watch_topic(
    ctx: Context<'_>,
    #[description = "Words the statement must contain, e.g. COP29"] text: String,
) -> Result<(), Error> {
    match topic_watch(ctx, &text) {
        Some(watch) => change(ctx, watch, true).await,
        None => bad_topic(ctx).await,
    }
}

/// Post every new call
#[poise::command(slash_command, rename = "all", check = "checks::moderator")]
async fn watch_all(ctx: Context<'_>) -> Result<(), Error> {
    change(ctx, all_watch(ctx), true).await
}

/// Stop posting new calls in this channel (moderators)
#[poise::command(
    slash_command,
    subcommands("unwatch_person", "unwatch_topic", "unwatch_all"),
    subcommand_required,
    default_member_permissions = "MANAGE_CHANNELS",
    check = "checks::moderator"
)]
pub async fn unwatch(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// Stop watching a person
#[poise::command(slash_command, rename = "person", check = "checks::moderator")]
async fn unwatch_person(
    ctx: Context<'_>,
    #[description = "The person"]
    #[autocomplete = "autocomplete_person"]
    name: String,
) -> Result<(), Error> {
    match person_watch(ctx, &name).await? {
        Some(watch) => change(ctx, watch, false).await,
        None => unknown_person(ctx, &name).await,
    }
}

/// Stop watching a topic
#[poise::command(slash_command, rename = "topic", check = "checks::moderator")]
async fn unwatch_topic(
    ctx: Context<'_>,
    #[description = "The topic, as it was watched"] text: String,
) -> Result<(), Error> {
    match topic_watch(ctx, &text) {
        Some(watch) => change(ctx, watch, false).await,
        None => bad_topic(ctx).await,
    }
}

/// Stop watching every call
#[poise::command(slash_command, rename = "all", check = "checks::moderator")]
async fn unwatch_all(ctx: Context<'_>) -> Result<(), Error> {
    change(ctx, all_watch(ctx), false).await
}

/// What this channel watches
#[poise::command(slash_command)]
pub async fn watches(ctx: Context<'_>) -> Result<(), Error> {
    let store = ctx.data().store.clone();
    let channel = ctx.channel_id().get();
    let list = tokio::task::spawn_blocking(move || store.watches(Some(channel))).await??;
    let text = if list.is_empty() {
        "This channel watches nothing. Moderators can add watches with /watch.".to_string()
    } else {
        let lines: Vec<String> = list.iter().map(|w| format!("• {}", describe(w))).collect();
        format!(
            "This channel is told about new calls:\n{}",
            lines.join("\n")
        )
    };
    private(ctx, text).await
}

async fn person_watch(ctx: Context<'_>, name: &str) -> Result<Option<Watch>, Error> {
    let typed: String = name.chars().take(100).collect();
    let canonical = crate::discord::respond::blocking(&ctx.data().engine, move |engine| {
        engine.canonical_person(&typed)
    })
    .await?;
    Ok(canonical.map(|value| Watch {
        channel_id: ctx.channel_id().get(),
        kind: WatchKind::Person,
        value,
    }))
}

fn topic_watch(ctx: Context<'_>, text: &str) -> Option<Watch> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let len = text.chars().count();
    (1..=MAX_TOPIC_CHARS).contains(&len).then(|| Watch {
        channel_id: ctx.channel_id().get(),
        kind: WatchKind::Topic,
        value: text,
    })
}

fn all_watch(ctx: Context<'_>) -> Watch {
    Watch {
        channel_id: ctx.channel_id().get(),
        kind: WatchKind::All,
        value: String::new(),
    }
}

fn describe(watch: &Watch) -> String {
    match watch.kind {
        WatchKind::Person => format!("calls of **{}**", escape_markdown(&watch.value)),
        WatchKind::Topic => format!("calls about “{}”", escape_markdown(&watch.value)),
        WatchKind::All => "every call".to_string(),
    }
}

/// Adds or removes a watch, and says what changed.
async fn change(ctx: Context<'_>, watch: Watch, add: bool) -> Result<(), Error> {
    let user_id = ctx.author().id.get();
    let store = ctx.data().store.clone();
    let shown = describe(&watch);
    let target = watch.clone();
    let changed = tokio::task::spawn_blocking(move || {
        if add {
            store.add_watch(&target, user_id)
        } else {
            store.remove_watch(&target)
        }
    })
    .await??;
    tracing::info!(
        user_id,
        channel_id = watch.channel_id,
        kind = ?watch.kind,
        value = %watch.value,
        add,
        changed,
        "watch change"
    );
    let text = match (add, changed) {
        (true, true) => format!("This channel will be told about {shown}."),
        (true, false) => format!("This channel already watches {shown}."),
        (false, true) => format!("This channel no longer watches {shown}."),
        (false, false) => format!("This channel was not watching {shown}."),
    };
    private(ctx, text).await
}

async fn unknown_person(ctx: Context<'_>, name: &str) -> Result<(), Error> {
    let text = format!(
        "“{}” is not in the people list; pick a name from the suggestions.",
        escape_markdown(&name.chars().take(100).collect::<String>())
    );
    Responder::new(ctx)
        .send(&render_notice(&text), vec![])
        .await
}

async fn bad_topic(ctx: Context<'_>) -> Result<(), Error> {
    let text = format!("A topic is 1 to {MAX_TOPIC_CHARS} characters of words to look for.");
    Responder::new(ctx)
        .send(&render_notice(&text), vec![])
        .await
}

async fn private(ctx: Context<'_>, text: String) -> Result<(), Error> {
    let reply = crate::discord::limits::fit(Reply::text(text).ephemeral());
    Responder::new(ctx).send(&reply, vec![]).await
}
