//! One polling round over every feed, and the background loop `serve` runs. A feed's failure is
//! recorded against that feed only (with a doubling wait before the next try); the other feeds
//! are polled as usual. New statements go through the engine's ingest, the same path as
//! `readout ingest`, so an item seen twice changes nothing.

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::Serialize;

use super::fetch::{FetchError, Fetched, Fetcher, Validators};
use super::items::{FeedItem, parse_feed, statement_of};
use crate::answers::{AnswerError, Engine};
use crate::model::{Document, Statement};
use crate::settings::{FeedSettings, Settings};
use crate::store::{FeedEntry, FeedState, Store, StoreError};

/// What one feed's poll did: the trace line, the `feeds poll` report.
#[derive(Debug, Clone, Serialize)]
pub struct FeedReport {
    pub name: String,
    pub url: String,
    /// `200`, `304`, or the error.
    pub status: String,
    pub ok: bool,
    /// Items not seen before / already seen.
    pub items_new: usize,
    pub items_seen: usize,
    /// Statements the index did not have (or had in another version).
    pub statements_added: usize,
    pub calls_found: usize,
    /// Items whose page or text could not be read; they are tried again next time.
    pub items_failed: usize,
    pub millis: u64,
}

#[derive(Debug, Default)]
pub struct RoundReport {
    pub feeds: Vec<FeedReport>,
    /// Statements added or changed in this round, with their calls.
    pub new: Vec<Document>,
}

/// Why a round could not run at all (a single feed's trouble is in its report instead).
#[derive(Debug, thiserror::Error)]
pub enum PollError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Fetch(#[from] FetchError),
}

/// The feeds from the settings, as the store keeps them.
pub fn settings_feeds(feeds: &[FeedSettings]) -> Vec<FeedEntry> {
    feeds
        .iter()
        .map(|f| FeedEntry {
            url: f.url.trim().to_string(),
            name: f.name.trim().to_string(),
            language: f.language.clone(),
            poll_minutes: f.poll_minutes,
        })
        .collect()
}

pub struct Poller {
    engine: Arc<Engine>,
    store: Arc<Store>,
    fetcher: Fetcher,
    settings: Arc<Settings>,
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

impl Poller {
    /// Records the settings' feeds in the store and prepares the HTTP client.
    pub fn new(
        engine: Arc<Engine>,
        store: Arc<Store>,
        settings: Arc<Settings>,
    ) -> Result<Self, PollError> {
        store.sync_settings_feeds(&settings_feeds(&settings.feeds))?;
        let fetcher = Fetcher::new(&settings.poller)?;
        Ok(Self {
            engine,
            store,
            fetcher,
            settings,
        })
    }

    /// Polls every feed (`only_due`: only those whose wait is over), one after the other.
    pub async fn round(&self, only_due: bool) -> Result<RoundReport, PollError> {
        let mut report = RoundReport::default();
        for feed in self.store.feeds()? {
            let state = self.store.feed_state(&feed.url)?;
            if only_due && state.next_attempt > now() {
                continue;
            }
            let (line, new) = self.poll_feed(&feed, state).await;
            report.feeds.push(line);
            report.new.extend(new);
        }
        Ok(report)
    }

    /// Rounds until `stop` completes, every `poller.tick_seconds`.
    pub async fn run(self, stop: impl std::future::Future<Output = ()>) {
        let tick = Duration::from_secs_f64(self.settings.poller.tick_seconds);
        tokio::pin!(stop);
        loop {
            if let Err(error) = self.round(true).await {
                tracing::error!(%error, "feed polling round failed");
            }
            tokio::select! {
                () = &mut stop => return,
                () = tokio::time::sleep(tick) => {}
            }
        }
    }

    fn interval_seconds(&self, feed: &FeedEntry) -> f64 {
        feed.poll_minutes
            .unwrap_or(self.settings.poller.default_poll_minutes)
            * 60.0
    }

    async fn poll_feed(&self, feed: &FeedEntry, state: FeedState) -> (FeedReport, Vec<Document>) {
        let started = Instant::now();
        let mut line = FeedReport {
            name: feed.name.clone(),
            url: feed.url.clone(),
            status: String::new(),
            ok: false,
            items_new: 0,
            items_seen: 0,
            statements_added: 0,
            calls_found: 0,
            items_failed: 0,
            millis: 0,
        };
        let outcome = self.fetch_and_ingest(feed, &state, &mut line).await;
        let mut new = Vec::new();
        let recorded = match outcome {
            Ok((next_state, seen, docs)) => {
                line.ok = true;
                new = docs;
                self.store.record_success(&feed.url, &next_state, &seen)
            }
            Err(error) => {
                line.status = error;
                let failures = state.failures.saturating_add(1);
                let wait = (self.interval_seconds(feed) * 2f64.powi(failures.min(20) as i32))
                    .min(self.settings.poller.max_backoff_minutes * 60.0);
                self.store.record_failure(
                    &feed.url,
                    failures,
                    now() + wait.ceil() as i64,
                    &line.status,
                )
            }
        };
        if let Err(error) = recorded {
            tracing::error!(feed = %feed.name, %error, "cannot record the feed's state");
        }
        line.millis = started.elapsed().as_millis() as u64;
        if line.ok {
            tracing::info!(
                feed = %line.name, status = %line.status, new = line.items_new,
                seen = line.items_seen, added = line.statements_added,
                failed = line.items_failed, ms = line.millis, "feed polled"
            );
        } else {
            tracing::warn!(
                feed = %line.name, status = %line.status, ms = line.millis, "feed poll failed"
            );
        }
        (line, new)
    }

    /// The feed's new state, the item ids now seen, and the new documents; or the error text.
    async fn fetch_and_ingest(
        &self,
        feed: &FeedEntry,
        state: &FeedState,
        line: &mut FeedReport,
    ) -> Result<(FeedState, Vec<String>, Vec<Document>), String> {
        let validators = Validators {
            etag: state.etag.clone(),
            last_modified: state.last_modified.clone(),
        };
        let mut next = FeedState {
            etag: state.etag.clone(),
            last_modified: state.last_modified.clone(),
            failures: 0,
            next_attempt: now() + self.interval_seconds(feed).ceil() as i64,
            last_status: None,
        };
        let max = self.settings.poller.max_feed_bytes;
        let fetched = self
            .fetcher
            .get(&feed.url, &validators, max)
            .await
            .map_err(|e| e.to_string())?;
        let (status, bytes, fresh) = match fetched {
            Fetched::NotModified => {
                line.status = "304".into();
                next.last_status = Some(line.status.clone());
                return Ok((next, Vec::new(), Vec::new()));
            }
            Fetched::Body {
                status,
                bytes,
                validators,
            } => (status, bytes, validators),
        };
        line.status = status.to_string();
        let mut items = parse_feed(&bytes, &feed.url).map_err(|e| e.to_string())?;
        items.truncate(self.settings.poller.max_items);
        let ids: Vec<String> = items.iter().map(|i| i.id.clone()).collect();
        let seen = self
            .store
            .seen(&feed.url, &ids)
            .map_err(|e| e.to_string())?;
        let unseen: Vec<FeedItem> = items
            .into_iter()
            .filter(|i| !seen.contains(&i.id))
            .collect();
        line.items_seen = seen.len();
        line.items_new = unseen.len();

        let mut statements: Vec<Statement> = Vec::new();
        let mut now_seen: Vec<String> = Vec::new();
        let mut retry_later = false;
        for item in &unseen {
            match self.statement(feed, item).await {
                Ok(statement) => {
                    statements.push(statement);
                    now_seen.push(item.id.clone());
                }
                Err(ItemError::Retry(reason)) => {
                    line.items_failed += 1;
                    retry_later = true;
                    tracing::warn!(feed = %feed.name, item = %item.id, %reason, "item skipped; retried next poll");
                }
                Err(ItemError::Never(reason)) => {
                    line.items_failed += 1;
                    now_seen.push(item.id.clone());
                    tracing::warn!(feed = %feed.name, item = %item.id, %reason, "item has no statement");
                }
            }
        }
        let new = if statements.is_empty() {
            Vec::new()
        } else {
            // The engine keeps them beside the index, so a rebuild keeps them.
            let engine = self.engine.clone();
            let ingested = tokio::task::spawn_blocking(move || engine.ingest_new(statements))
                .await
                .map_err(|e| format!("ingest task failed: {e}"))?
                .map_err(|e: AnswerError| format!("ingest failed: {e}"))?;
            line.statements_added = ingested.new.len();
            line.calls_found = ingested.new.iter().map(|d| d.calls.len()).sum();
            ingested.new
        };
        // Validators only now, and only when every item was dealt with: had the ingest failed,
        // or an item's page, a 304 next time would hide those items for good.
        if !retry_later {
            next.etag = fresh.etag;
            next.last_modified = fresh.last_modified;
        }
        next.last_status = Some(line.status.clone());
        Ok((next, now_seen, new))
    }

    async fn statement(&self, feed: &FeedEntry, item: &FeedItem) -> Result<Statement, ItemError> {
        let origin = format!("feed: {}", feed.name);
        let page = match (&item.link, item.needs_page()) {
            (Some(link), true) => {
                let max = self.settings.sources.max_file_bytes;
                match self.fetcher.get(link, &Validators::default(), max).await {
                    Ok(Fetched::Body { bytes, .. }) => {
                        Some(String::from_utf8_lossy(&bytes).into_owned())
                    }
                    Ok(Fetched::NotModified) => None,
                    // The page is gone for good: the feed's own summary still reports the
                    // call, so it is kept rather than lost.
                    Err(FetchError::Status(code)) if (400..500).contains(&code) && code != 429 => {
                        tracing::warn!(feed = %feed.name, item = %item.id, code, "linked page gone; the item's summary is kept");
                        None
                    }
                    Err(e) => return Err(ItemError::Retry(format!("linked page: {e}"))),
                }
            }
            _ => None,
        };
        statement_of(item, page.as_deref(), feed.language.as_deref(), &origin)
            .map_err(|e| ItemError::Never(e.to_string()))
    }
}

/// Writes each statement as `<id>.json` in the JSON format `readout ingest` reads (written to a
/// temporary name, then renamed: a crash never leaves half a file).
enum ItemError {
    /// Worth another try (timeouts, server errors).
    Retry(String),
    /// The item will never give a statement (no text, page gone).
    Never(String),
}
