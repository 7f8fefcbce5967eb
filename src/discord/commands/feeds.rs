//! `/feeds list|add|remove` (moderators): the feeds the poller reads, kept in the store.

use crate::discord::checks;
use crate::discord::render::render_notice;
use crate::discord::respond::Responder;
use crate::discord::text::escape_markdown;
use crate::discord::{Context, Error, Reply};
use crate::store::FeedEntry;

/// Official RSS/Atom feeds polled for new statements (moderators)
#[poise::command(
    slash_command,
    subcommands("list", "add", "remove"),
    subcommand_required,
    default_member_permissions = "MANAGE_GUILD",
    check = "checks::moderator"
)]
pub async fn feeds(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// The feeds polled, with their last status
#[poise::command(slash_command, check = "checks::moderator")]
async fn list(ctx: Context<'_>) -> Result<(), Error> {
    let store = ctx.data().store.clone();
    let lines = tokio::task::spawn_blocking(move || -> Result<Vec<String>, Error> {
        let mut lines = Vec::new();
        for feed in store.feeds()? {
            let state = store.feed_state(&feed.url)?;
            lines.push(format!(
                "• **{}** <{}> · last: {}{}",
                escape_markdown(&feed.name),
                feed.url.replace('>', "%3E"),
                escape_markdown(state.last_status.as_deref().unwrap_or("never polled")),
                if state.failures > 0 {
                    format!(" · {} failures in a row", state.failures)
                } else {
                    String::new()
                }
            ));
        }
        Ok(lines)
    })
    .await??;
    let text = if lines.is_empty() {
        "No feeds yet. Add one with /feeds add.".to_string()
    } else {
        format!("Feeds polled ({}):\n{}", lines.len(), lines.join("\n"))
    };
    private(ctx, text).await
}

/// Poll a feed (RSS or Atom) for new statements
#[poise::command(slash_command, check = "checks::moderator")]
async fn add(
    ctx: Context<'_>,
    #[description = "The feed's address (http or https)"] url: String,
    #[description = "A short name for it"] name: String,
    #[description = "Language of its statements, e.g. en, fr (when items do not say)"]
    language: Option<String>,
    #[description = "Minutes between polls (default: the bot's setting)"]
    #[min = 5]
    #[max = 10080]
    every_minutes: Option<u32>,
) -> Result<(), Error> {
    let url = url.trim().to_string();
    let parsed = reqwest::Url::parse(&url).ok();
    if !parsed.is_some_and(|u| matches!(u.scheme(), "http" | "https")) {
        return Responder::new(ctx)
            .send(
                &render_notice("The address must be a full http:// or https:// URL."),
                vec![],
            )
            .await;
    }
    let language = language
        .map(|l| l.trim().to_lowercase())
        .filter(|l| (2..=3).contains(&l.len()) && l.chars().all(|c| c.is_ascii_lowercase()));
    let entry = FeedEntry {
        url: url.clone(),
        name: name.trim().chars().take(80).collect(),
        language,
        poll_minutes: every_minutes.map(f64::from),
    };
    let user_id = ctx.author().id.get();
    let store = ctx.data().store.clone();
    let added = tokio::task::spawn_blocking(move || store.add_feed(&entry, user_id)).await??;
    tracing::info!(user_id, feed = %url, added, "feed added");
    let text = if added {
        format!("Added {}; it is polled from now on.", escape_markdown(&url))
    } else {
        format!(
            "{} was already polled; its name was updated.",
            escape_markdown(&url)
        )
    };
    private(ctx, text).await
}

/// Stop polling a feed
#[poise::command(slash_command, check = "checks::moderator")]
async fn remove(
    ctx: Context<'_>,
    #[description = "The feed's address or name"] feed: String,
) -> Result<(), Error> {
    let user_id = ctx.author().id.get();
    let store = ctx.data().store.clone();
    let key = feed.trim().to_string();
    let removed = tokio::task::spawn_blocking(move || store.remove_feed(&key)).await??;
    tracing::info!(user_id, feed = %feed.trim(), removed, "feed removal");
    let text = if removed {
        format!("{} is no longer polled.", escape_markdown(feed.trim()))
    } else {
        format!("No polled feed is called {}.", escape_markdown(feed.trim()))
    };
    private(ctx, text).await
}

async fn private(ctx: Context<'_>, text: String) -> Result<(), Error> {
    let reply = crate::discord::limits::fit(Reply::text(text).ephemeral());
    Responder::new(ctx).send(&reply, vec![]).await
}
