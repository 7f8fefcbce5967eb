//! Prev/Next buttons for long results. A button's custom id carries a short key into a bounded
//! in-memory map of requests and the page it shows; a click re-runs the request for that page
//! and updates the message in place (interaction response type 7).

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use poise::serenity_prelude as serenity;

use super::reply::{PagePosition, Reply};
use super::{Data, render, respond};
use crate::answers::{Answer, Command, Engine, TopicRequest, WhoCalledRequest};

const ID_PREFIX: &str = "readout:page:";
/// Paged results remembered; older ones answer "expired" when clicked.
const CAPACITY: usize = 2000;

/// A request that can be shown page by page.
#[derive(Debug, Clone, PartialEq)]
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

#[derive(Default)]
struct Store {
    next_key: u64,
    order: VecDeque<u64>,
    entries: HashMap<u64, Paged>,
}

/// The bounded map from button keys to requests.
#[derive(Default)]
pub struct PageStore {
    inner: Mutex<Store>,
}

impl PageStore {
    pub fn insert(&self, paged: Paged) -> u64 {
        let mut store = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        store.next_key += 1;
        let key = store.next_key;
        store.order.push_back(key);
        store.entries.insert(key, paged);
        while store.order.len() > CAPACITY {
            if let Some(old) = store.order.pop_front() {
                store.entries.remove(&old);
            }
        }
        key
    }

    pub fn get(&self, key: u64) -> Option<Paged> {
        self.inner
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entries
            .get(&key)
            .cloned()
    }
}

pub fn custom_id(key: u64, page: usize) -> String {
    format!("{ID_PREFIX}{key}:{page}")
}

/// `(key, page)` from a button's custom id, `None` for ids that are not ours.
pub fn parse_custom_id(id: &str) -> Option<(u64, usize)> {
    let (key, page) = id.strip_prefix(ID_PREFIX)?.split_once(':')?;
    Some((key.parse().ok()?, page.parse().ok()?))
}

/// Prev/Next buttons for a page; none when everything fits on one.
pub fn buttons(key: u64, position: PagePosition) -> Vec<serenity::CreateActionRow> {
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

/// The buttons for `reply`, registering `paged` in the store when there is more than one page.
pub fn components_for(
    data: &Data,
    reply: &Reply,
    paged: Option<Paged>,
) -> Vec<serenity::CreateActionRow> {
    match (reply.position, paged) {
        (Some(position), Some(paged)) if position.pages > 1 => {
            buttons(data.pages.insert(paged), position)
        }
        _ => Vec::new(),
    }
}

/// Answers a click on one of our page buttons; other components are ignored.
pub async fn on_click(
    ctx: &serenity::Context,
    click: &serenity::ComponentInteraction,
    data: &Data,
) -> Result<(), serenity::Error> {
    let Some((key, page)) = parse_custom_id(&click.data.custom_id) else {
        return Ok(());
    };
    let Some(_guard) = data.inflight.enter() else {
        let reply = render::render_notice(respond::SHUTTING_DOWN);
        return click
            .create_response(
                ctx,
                serenity::CreateInteractionResponse::Message(reply.to_response_message(vec![])),
            )
            .await;
    };
    let Some(paged) = data.pages.get(key) else {
        let reply =
            render::render_notice("These results have expired; please run the command again.");
        return click
            .create_response(
                ctx,
                serenity::CreateInteractionResponse::Message(reply.to_response_message(vec![])),
            )
            .await;
    };
    let engine: Arc<Engine> = data.engine.clone();
    let paged_for_task = paged.clone();
    let task = tokio::task::spawn_blocking(move || paged_for_task.render_page(&engine, page));
    let reply = match task.await {
        Ok(reply) => reply,
        Err(e) => {
            tracing::error!(error = %e, "page task failed");
            render::render_error(&crate::answers::AnswerError::Busy)
        }
    };
    if reply.ephemeral {
        // An error for this click only: leave the shared message as it was.
        return click
            .create_response(
                ctx,
                serenity::CreateInteractionResponse::Message(reply.to_response_message(vec![])),
            )
            .await;
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

    #[test]
    fn custom_ids_round_trip_and_fit() {
        let id = custom_id(u64::MAX, usize::MAX);
        assert!(id.len() <= 100, "Discord's custom_id limit");
        assert_eq!(parse_custom_id(&id), Some((u64::MAX, usize::MAX)));
        assert_eq!(parse_custom_id("other:1:2"), None);
        assert_eq!(parse_custom_id("readout:page:x:1"), None);
    }

    #[test]
    fn store_is_bounded() {
        let store = PageStore::default();
        let first = store.insert(Paged::Source { id: "a".into() });
        for _ in 0..CAPACITY {
            store.insert(Paged::Source { id: "b".into() });
        }
        assert_eq!(store.get(first), None);
        assert_eq!(
            store.inner.lock().map(|s| s.entries.len()).unwrap_or(0),
            CAPACITY
        );
    }

    #[test]
    fn buttons_point_at_neighbouring_pages() {
        let rows = buttons(7, PagePosition { page: 0, pages: 3 });
        let json = serde_json::to_value(&rows).unwrap_or_default();
        let ids: Vec<&str> = json[0]["components"]
            .as_array()
            .map(|a| a.iter().filter_map(|b| b["custom_id"].as_str()).collect())
            .unwrap_or_default();
        assert_eq!(ids, vec!["readout:page:7:0", "readout:page:7:1"]);
        assert_eq!(json[0]["components"][0]["disabled"], true);
        assert!(buttons(7, PagePosition { page: 0, pages: 1 }).is_empty());
    }
}
