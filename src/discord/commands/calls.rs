//! `/who-called` and `/recent`: calls between people.

use poise::serenity_prelude as serenity;

use super::topic::autocomplete_topic;
use crate::answers::{Command, WhoCalledRequest, parse_range};
use crate::discord::respond::{self, Kind};
use crate::discord::{Context, Error};

/// Autocomplete choices Discord accepts per response.
const MAX_CHOICES: usize = 25;
/// Discord's limit on a choice's name and value.
const CHOICE_CHARS: usize = 100;

/// Calls involving a person, newest first
///
/// Any spelling or script finds the person: Aliyev, Aliev, Əliyev, Алиев.
/// Add `with` to see only their calls with someone else, `topic` for their calls about a topic
/// (named in any language), and `since`/`until` to bound the dates.
#[poise::command(slash_command, rename = "who-called")]
pub async fn who_called(
    ctx: Context<'_>,
    #[description = "The person, in any spelling or script"]
    #[autocomplete = "autocomplete_person"]
    person: String,
    #[description = "Only calls that also involve this person"]
    #[autocomplete = "autocomplete_person"]
    with: Option<String>,
    #[description = "Only calls about this topic, in any language: COP29, peace treaty, перемирие"]
    #[autocomplete = "autocomplete_topic"]
    topic: Option<String>,
    #[description = "From this date: YYYY-MM-DD, YYYY-MM or YYYY"] since: Option<String>,
    #[description = "Up to this date: YYYY-MM-DD, YYYY-MM or YYYY"] until: Option<String>,
) -> Result<(), Error> {
    let (since, until) = match parse_range(since.as_deref(), until.as_deref()) {
        Ok(range) => range,
        Err(e) => return respond::reject(ctx, &e).await,
    };
    let with = with.filter(|w| !w.trim().is_empty());
    let topic = topic.filter(|t| !t.trim().is_empty());
    let request = WhoCalledRequest {
        person,
        with,
        topic,
        since,
        until,
        ..Default::default()
    };
    respond::answer(ctx, Command::WhoCalled(request), Kind::Query).await
}

/// The latest calls in the index
#[poise::command(slash_command)]
pub async fn recent(
    ctx: Context<'_>,
    #[description = "How many calls (1 to 25, default 5)"]
    #[min = 1]
    #[max = 25]
    count: Option<u8>,
) -> Result<(), Error> {
    let count = usize::from(count.unwrap_or(5).clamp(1, 25));
    respond::answer(ctx, Command::Recent { count }, Kind::Query).await
}

/// People whose name or any alias matches what has been typed ("али" offers Ilham Aliyev).
pub(crate) async fn autocomplete_person(
    ctx: Context<'_>,
    partial: &str,
) -> serenity::CreateAutocompleteResponse {
    let names = suggestions(ctx, partial, |engine, partial, limit| {
        engine.suggest_people(partial, limit)
    })
    .await;
    choices(names.into_iter().map(|name| (name.clone(), name)))
}

/// What the engine suggests for the text typed so far (cut to Discord's length), off the async
/// runtime; nothing when that fails.
pub(crate) async fn suggestions<T: Send + 'static>(
    ctx: Context<'_>,
    partial: &str,
    suggest: impl FnOnce(&crate::answers::Engine, &str, usize) -> Vec<T> + Send + 'static,
) -> Vec<T> {
    let partial: String = partial.chars().take(CHOICE_CHARS).collect();
    respond::blocking(&ctx.data().engine, move |engine| {
        suggest(engine, &partial, MAX_CHOICES)
    })
    .await
    .unwrap_or_else(|e| {
        tracing::error!(error = %e, "autocomplete failed");
        Vec::new()
    })
}

/// Autocomplete choices from (shown, typed) pairs, within Discord's count and length limits.
pub(crate) fn choices(
    pairs: impl IntoIterator<Item = (String, String)>,
) -> serenity::CreateAutocompleteResponse {
    let clip = |s: String| s.chars().take(CHOICE_CHARS).collect::<String>();
    let choices = pairs
        .into_iter()
        .filter(|(_, value)| !value.is_empty())
        .take(MAX_CHOICES)
        .map(|(name, value)| serenity::AutocompleteChoice::new(clip(name), clip(value)))
        .collect();
    serenity::CreateAutocompleteResponse::new().set_choices(choices)
}
