//! `/topic` and `/source`: statements by what they say.

use poise::serenity_prelude as serenity;

use super::calls::{choices, suggestions};
use crate::answers::{Command, TopicRequest, parse_range};
use crate::discord::respond::{self, Kind};
use crate::discord::{Context, Error};

/// Statements about a topic, best match first
///
/// Words are matched in every language's stemmed form, and topics across languages ("peace
/// treaty" also finds "мирный договор"); quotes search a phrase: "peace treaty".
#[poise::command(slash_command)]
pub async fn topic(
    ctx: Context<'_>,
    #[description = "What to look for, e.g. COP29 or \"peace treaty\", in any language"]
    #[autocomplete = "autocomplete_topic"]
    query: String,
    #[description = "From this date: YYYY-MM-DD, YYYY-MM or YYYY"] since: Option<String>,
    #[description = "Up to this date: YYYY-MM-DD, YYYY-MM or YYYY"] until: Option<String>,
    #[description = "Only statements in this language: a two-letter code such as en, fr, ru"]
    language: Option<String>,
) -> Result<(), Error> {
    let (since, until) = match parse_range(since.as_deref(), until.as_deref()) {
        Ok(range) => range,
        Err(e) => return respond::reject(ctx, &e).await,
    };
    let language = language
        .map(|l| l.trim().to_lowercase())
        .filter(|l| !l.is_empty());
    let request = TopicRequest {
        query,
        since,
        until,
        language,
        ..Default::default()
    };
    respond::answer(ctx, Command::Topic(request), Kind::Query).await
}

/// Topics whose name in any language matches what has been typed ("мир" offers "мирный
/// договор (peace treaty)"); choosing one types its name in the language it matched.
pub(crate) async fn autocomplete_topic(
    ctx: Context<'_>,
    partial: &str,
) -> serenity::CreateAutocompleteResponse {
    let topics = suggestions(ctx, partial, |engine, partial, limit| {
        engine.suggest_topics(partial, limit)
    })
    .await;
    choices(topics.into_iter().map(|t| (t.label, t.value)))
}

/// One whole statement, by the id shown under each result
#[poise::command(slash_command)]
pub async fn source(
    ctx: Context<'_>,
    #[description = "The statement id (shown in each result's footer)"] id: String,
) -> Result<(), Error> {
    respond::answer(
        ctx,
        Command::Source {
            id: id.trim().to_string(),
        },
        Kind::Query,
    )
    .await
}
