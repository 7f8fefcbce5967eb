//! Prev/Next buttons for long results. A button's custom id carries a random 128-bit key and the
//! page it shows; the key leads to the request in the SQLite store beside the index, so buttons
//! keep working after a restart, with who asked, where, and the interaction whose message carries
//! them. A click is refused privately unless it comes from that user, in that channel, on that
//! message; it counts against the user's cooldown like a query, and re-runs the request for its
//! page, updating the message in place (interaction response type 7).

use std::sync::Arc;
use std::time::{Duration, Instant};

use poise::serenity_prelude as serenity;
use serde::{Deserialize, Serialize};

use super::reply::{PagePosition, Reply};
use super::{Data, render, respond};
use crate::answers::{Answer, Command, Engine, TopicRequest, WhoCalledRequest};
use crate::store::{PageEntry, Store, StoreError};

const ID_PREFIX: &str = "readout:page:";
/// Buttons older than this answer "expired": the data behind an old page may be gone anyway.
const KEEP_SECONDS: i64 = 7 * 24 * 3600;
/// Hex digits of a key: 128 random bits.
const KEY_HEX: usize = 32;
pub const EXPIRED: &str = "This result has expired; please ask again.";
pub const NOT_YOURS: &str =
    "Only the person who asked can turn these pages; run the command yourself to see them.";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Paged {
    Topic(TopicRequest),
    WhoCalled(WhoCalledRequest),
    Source { id: String },
}

impl Paged {
    pub fn of(command: &Command) -> Option<Self> {
        match command {
            Command::Topic(r) => Some(Paged::Topic(r.clone())),
            Command::WhoCalled(r) => Some(Paged::WhoCalled(r.clone())),
            Command::Source { id } => Some(Paged::Source { id: id.clone() }),
            _ => None,
        }
    }

    /// Runs the request for `page` and renders it (blocking: call off the async threads).
    pub fn render_page(&self, engine: &Engine, page: usize) -> Reply {
        let answer = match self {
            Paged::Topic(r) => engine
                .topic(&TopicRequest { page, ..r.clone() })
                .map(Answer::Topic),
            Paged::WhoCalled(r) => engine
                .who_called(&WhoCalledRequest { page, ..r.clone() })
                .map(Answer::WhoCalled),
            Paged::Source { id } => {
                return engine.source(id).map_or_else(
                    |e| {
                        respond::log_answer_error(&e);
                        render::render_error(&e)
                    },
                    |a| render::render_source_page(&a, page),
                );
            }
        };
        match answer {
            Ok(answer) => render::render_answer(&answer),
            Err(e) => {
                respond::log_answer_error(&e);
                render::render_error(&e)
            }
        }
    }
}

/// Who a paged result was made for, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    pub user_id: u64,
    pub channel_id: u64,
    /// The interaction whose response carries the buttons.
    pub interaction_id: u64,
}

/// Why a click is not answered with a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Expired,
    NotYours,
}

/// Paged requests by unguessable key, kept in the state store.
pub struct PageStore {
    store: Arc<Store>,
}

impl PageStore {
    pub fn new(store: Arc<Store>) -> Self {
        Self { store }
    }

    /// Keeps `paged` for `origin` and returns its fresh random key.
    pub fn insert(&self, paged: &Paged, origin: Origin, now: i64) -> Result<String, PageError> {
        let key = random_key()?;
        let entry = PageEntry {
            request_json: serde_json::to_string(paged)?,
            user_id: origin.user_id,
            channel_id: origin.channel_id,
            origin_id: origin.interaction_id,
            created_at: now,
        };
        self.store.save_page(&key, &entry, now - KEEP_SECONDS)?;
        Ok(key)
    }

    /// The request behind `key` if `click` may turn its pages. `message_origin` is the
    /// interaction the clicked message answered, when Discord says.
    pub fn check(
        &self,
        key: &str,
        click: Origin,
        message_origin: Option<u64>,
        now: i64,
    ) -> Result<Result<Paged, Refusal>, PageError> {
        let Some(entry) = self.store.page(key)? else {
            return Ok(Err(Refusal::Expired));
        };
        if now - entry.created_at > KEEP_SECONDS {
            return Ok(Err(Refusal::Expired));
        }
        let same_message = message_origin.is_none_or(|id| id == entry.origin_id);
        if click.user_id != entry.user_id || click.channel_id != entry.channel_id || !same_message {
            return Ok(Err(Refusal::NotYours));
        }
        // A request saved by an older version that no longer reads is simply expired.
        Ok(serde_json::from_str(&entry.request_json).map_err(|_| Refusal::Expired))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PageError {
    #[error("no random key: {0}")]
    Random(#[from] getrandom::Error),
    #[error("cannot encode the request: {0}")]
    Json(#[from] serde_json::Error),
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn random_key() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; KEY_HEX / 2];
    getrandom::fill(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

pub fn custom_id(key: &str, page: usize) -> String {
    format!("{ID_PREFIX}{key}:{page}")
}

/// `(key, page)` from a button's custom id, `None` for ids that are not ours.
pub fn parse_custom_id(id: &str) -> Option<(&str, usize)> {
    let (key, page) = id.strip_prefix(ID_PREFIX)?.split_once(':')?;
    let well_formed = key.len() == KEY_HEX && key.bytes().all(|b| b.is_ascii_hexdigit());
    well_formed.then_some(())?;
    Some((key, page.parse().ok()?))
}

/// Prev/Next buttons for a page; none when everything fits on one.
pub fn buttons(key: &str, position: PagePosition) -> Vec<serenity::CreateActionRow> {
    if position.pages <= 1 {
        return Vec::new();
    }
    let last = position.pages - 1;
    let prev = serenity::CreateButton::new(custom_id(key, position.page.saturating_sub(1)))
        .label("◀ Prev")
        .style(serenity::ButtonStyle::Secondary)
        .disabled(position.page == 0);
    let next = serenity::CreateButton::new(custom_id(key, (position.page + 1).min(last)))
        .label("Next ▶")
        .style(serenity::ButtonStyle::Secondary)
        .disabled(position.page >= last);
    vec![serenity::CreateActionRow::Buttons(vec![prev, next])]
}

/// The buttons for `reply`, keeping `paged` in the store when there is more than one page. If it
/// cannot be kept the answer goes out without buttons rather than not at all.
pub fn components_for(
    data: &Data,
    reply: &Reply,
    paged: Option<Paged>,
    origin: Origin,
) -> Vec<serenity::CreateActionRow> {
    match (reply.position, paged) {
        (Some(position), Some(paged)) if position.pages > 1 => {
            match data.pages.insert(&paged, origin, unix_now()) {
                Ok(key) => buttons(&key, position),
                Err(error) => {
                    tracing::error!(%error, "page buttons left out");
                    Vec::new()
                }
            }
        }
        _ => Vec::new(),
    }
}

fn unix_now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// The interaction a clicked message answered, as Discord reports it.
fn message_origin(message: &serenity::Message) -> Option<u64> {
    match message.interaction_metadata.as_deref()? {
        serenity::MessageInteractionMetadata::Command(m) => Some(m.id.get()),
        serenity::MessageInteractionMetadata::Component(m) => Some(m.id.get()),
        _ => None,
    }
}

async fn private(
    ctx: &serenity::Context,
    click: &serenity::ComponentInteraction,
    reply: Reply,
) -> Result<(), serenity::Error> {
    click
        .create_response(
            ctx,
            serenity::CreateInteractionResponse::Message(reply.to_response_message(vec![])),
        )
        .await
}

/// The answer to a click that was acknowledged first: the page edits the message in place; an
/// error for this click only comes privately, the shared message left as it was.
async fn finish_deferred(
    ctx: &serenity::Context,
    click: &serenity::ComponentInteraction,
    reply: Reply,
    key: &str,
) -> Result<(), serenity::Error> {
    if reply.ephemeral {
        click
            .create_followup(ctx, reply.to_private_followup())
            .await?;
        return Ok(());
    }
    let components = reply.position.map(|p| buttons(key, p)).unwrap_or_default();
    click.edit_response(ctx, reply.to_edit(components)).await?;
    Ok(())
}

/// Answers a click on one of our page buttons (other components are ignored), and logs one
/// `interaction` event with the user, the latency and the outcome.
pub async fn on_click(
    ctx: &serenity::Context,
    click: &serenity::ComponentInteraction,
    data: &Data,
) -> Result<(), serenity::Error> {
    let Some((key, page)) = parse_custom_id(&click.data.custom_id) else {
        return Ok(());
    };
    let started = Instant::now();
    let result = answer_click(ctx, click, data, key, page).await;
    let outcome = match &result {
        Ok(()) => "answered",
        Err(_) => "failed",
    };
    tracing::info!(
        command = "page",
        user = click.user.id.get(),
        latency_ms = started.elapsed().as_millis() as u64,
        outcome,
        "interaction answered"
    );
    result
}

async fn answer_click(
    ctx: &serenity::Context,
    click: &serenity::ComponentInteraction,
    data: &Data,
    key: &str,
    page: usize,
) -> Result<(), serenity::Error> {
    let Some(_guard) = data.inflight.enter() else {
        return private(ctx, click, render::render_notice(respond::SHUTTING_DOWN)).await;
    };
    let clicker = Origin {
        user_id: click.user.id.get(),
        channel_id: click.channel_id.get(),
        interaction_id: click.id.get(),
    };
    let paged = match data
        .pages
        .check(key, clicker, message_origin(&click.message), unix_now())
    {
        Ok(Ok(paged)) => paged,
        Ok(Err(refusal)) => {
            tracing::debug!(?refusal, user = clicker.user_id, "page click refused");
            let text = match refusal {
                Refusal::Expired => EXPIRED,
                Refusal::NotYours => NOT_YOURS,
            };
            return private(ctx, click, render::render_notice(text)).await;
        }
        Err(error) => {
            tracing::error!(%error, "page lookup failed");
            return private(
                ctx,
                click,
                render::render_error(&crate::answers::AnswerError::Busy),
            )
            .await;
        }
    };
    if let Err(wait) = data.cooldowns.try_start(clicker.user_id, Instant::now()) {
        return private(ctx, click, respond::cooldown_notice(wait)).await;
    }
    let engine: Arc<Engine> = data.engine.clone();
    // Acknowledged at once when others are ahead, or once the page is slow to come: the message
    // is then edited in place (the same response, deferred).
    let mut deferred = false;
    let turn = match data.gate.try_now() {
        Some(turn) => turn,
        None => {
            click.defer(ctx).await?;
            deferred = true;
            data.gate.wait().await
        }
    };
    let task = tokio::task::spawn_blocking(move || {
        let _turn = turn;
        paged.render_page(&engine, page)
    });
    let joined = if deferred {
        task.await
    } else {
        let after = Duration::from_millis(data.settings.discord.defer_after_ms);
        let (joined, acknowledged) =
            respond::acknowledge_if_slow(after, task, click.defer(ctx)).await?;
        deferred = acknowledged;
        joined
    };
    let reply = match joined {
        Ok(reply) => reply,
        Err(e) => {
            tracing::error!(error = %e, "page task failed");
            render::render_error(&crate::answers::AnswerError::Busy)
        }
    };
    if deferred {
        return finish_deferred(ctx, click, reply, key).await;
    }
    if reply.ephemeral {
        // An error for this click only: leave the shared message as it was.
        return private(ctx, click, reply).await;
    }
    // The same key stays valid, so every button of the message keeps working.
    let components = reply.position.map(|p| buttons(key, p)).unwrap_or_default();
    click
        .create_response(
            ctx,
            serenity::CreateInteractionResponse::UpdateMessage(
                reply.to_response_message(components),
            ),
        )
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin(user_id: u64, channel_id: u64, interaction_id: u64) -> Origin {
        Origin {
            user_id,
            channel_id,
            interaction_id,
        }
    }

    fn store() -> Result<PageStore, StoreError> {
        Ok(PageStore::new(Arc::new(Store::in_memory()?)))
    }

    #[test]
    fn custom_ids_round_trip_and_fit() -> Result<(), getrandom::Error> {
        let key = random_key()?;
        let id = custom_id(&key, usize::MAX);
        assert!(id.len() <= 100, "Discord's custom_id limit");
        assert_eq!(parse_custom_id(&id), Some((key.as_str(), usize::MAX)));
        assert_eq!(parse_custom_id("other:1:2"), None);
        assert_eq!(parse_custom_id("readout:page:7:1"), None, "old short keys");
        assert_eq!(parse_custom_id(&custom_id(&"g".repeat(32), 1)), None);
        Ok(())
    }

    #[test]
    fn keys_are_random_and_128_bits() -> Result<(), getrandom::Error> {
        let keys: std::collections::HashSet<String> =
            (0..1000).map(|_| random_key()).collect::<Result<_, _>>()?;
        assert_eq!(keys.len(), 1000);
        assert!(keys.iter().all(|k| k.len() == 32));
        Ok(())
    }

    #[test]
    fn only_the_asker_in_the_same_channel_and_message_turns_pages() -> Result<(), PageError> {
        let pages = store()?;
        let paged = Paged::Source { id: "abc".into() };
        let key = pages.insert(&paged, origin(1, 10, 100), 1_000)?;
        let ok = pages.check(&key, origin(1, 10, 555), Some(100), 1_001)?;
        assert_eq!(ok, Ok(paged.clone()));
        assert_eq!(pages.check(&key, origin(1, 10, 5), None, 1_001)?, Ok(paged));
        for (click, message) in [
            (origin(2, 10, 5), Some(100)),
            (origin(1, 11, 5), Some(100)),
            (origin(1, 10, 5), Some(101)),
        ] {
            assert_eq!(
                pages.check(&key, click, message, 1_001)?,
                Err(Refusal::NotYours),
                "{click:?} on {message:?}"
            );
        }
        Ok(())
    }

    #[test]
    fn unknown_and_old_keys_expire() -> Result<(), PageError> {
        let pages = store()?;
        let key = pages.insert(&Paged::Source { id: "a".into() }, origin(1, 1, 1), 0)?;
        let later = KEEP_SECONDS + 1;
        assert_eq!(
            pages.check(&key, origin(1, 1, 2), None, later)?,
            Err(Refusal::Expired)
        );
        let other = random_key()?;
        assert_eq!(
            pages.check(&other, origin(1, 1, 2), None, 0)?,
            Err(Refusal::Expired)
        );
        // A newer insert forgets the old entry altogether.
        pages.insert(&Paged::Source { id: "b".into() }, origin(1, 1, 1), later)?;
        assert_eq!(pages.store.page(&key)?, None);
        Ok(())
    }

    #[test]
    fn pages_survive_reopening_the_store() -> Result<(), PageError> {
        let dir = tempfile::tempdir().map_err(StoreError::from)?;
        let path = dir.path().join("state.sqlite");
        let paged = Paged::Topic(TopicRequest {
            query: "COP29".into(),
            ..Default::default()
        });
        let key =
            PageStore::new(Arc::new(Store::open(&path)?)).insert(&paged, origin(1, 2, 3), 5)?;
        let reopened = PageStore::new(Arc::new(Store::open(&path)?));
        assert_eq!(
            reopened.check(&key, origin(1, 2, 9), Some(3), 6)?,
            Ok(paged)
        );
        Ok(())
    }

    #[test]
    fn buttons_point_at_neighbouring_pages() {
        let key = "0123456789abcdef0123456789abcdef";
        let rows = buttons(key, PagePosition { page: 0, pages: 3 });
        let json = serde_json::to_value(&rows).unwrap_or_default();
        let ids: Vec<&str> = json[0]["components"]
            .as_array()
            .map(|a| a.iter().filter_map(|b| b["custom_id"].as_str()).collect())
            .unwrap_or_default();
        assert_eq!(ids, vec![custom_id(key, 0), custom_id(key, 1)]);
        assert_eq!(json[0]["components"][0]["disabled"], true);
        assert!(buttons(key, PagePosition { page: 0, pages: 1 }).is_empty());
    }
}
