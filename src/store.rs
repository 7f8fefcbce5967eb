//! The small embedded store beside the index (SQLite through rusqlite): feeds and their fetch
//! state (ETag, Last-Modified, seen item ids, failures), channel watches and the messages posted
//! for them. Every change is one transaction, so a crash leaves the old state or the new one,
//! never half of it. Shared by the feed poller (a source) and the Discord adapter (watches).

use std::collections::HashSet;
use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use rusqlite::{Connection, OptionalExtension, params};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the state store failed: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("cannot create the state store's folder: {0}")]
    Io(#[from] std::io::Error),
}

/// Seen item ids kept per feed: enough to cover what a feed still lists.
const SEEN_PER_FEED: i64 = 5000;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    language TEXT,
    poll_minutes REAL,
    from_settings INTEGER NOT NULL DEFAULT 0,
    removed INTEGER NOT NULL DEFAULT 0,
    added_by INTEGER
);
CREATE TABLE IF NOT EXISTS feed_state (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    next_attempt INTEGER NOT NULL DEFAULT 0,
    last_status TEXT,
    last_polled INTEGER
);
CREATE TABLE IF NOT EXISTS seen_items (
    feed_url TEXT NOT NULL,
    item_id TEXT NOT NULL,
    seen_at INTEGER NOT NULL,
    PRIMARY KEY (feed_url, item_id)
);
CREATE TABLE IF NOT EXISTS watches (
    channel_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    created_by INTEGER NOT NULL,
    PRIMARY KEY (channel_id, kind, value)
);
CREATE TABLE IF NOT EXISTS posts (
    channel_id INTEGER NOT NULL,
    people_key TEXT NOT NULL,
    call_date TEXT NOT NULL,
    message_id INTEGER NOT NULL,
    call_json TEXT NOT NULL,
    PRIMARY KEY (channel_id, people_key, call_date)
);
CREATE TABLE IF NOT EXISTS pages (
    key TEXT PRIMARY KEY,
    request_json TEXT NOT NULL,
    user_id INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    origin_id INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS pages_by_age ON pages (created_at);
";

/// A feed as the poller and `/feeds list` see it.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedEntry {
    pub url: String,
    pub name: String,
    pub language: Option<String>,
    pub poll_minutes: Option<f64>,
}

/// What the last fetches of a feed left behind.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FeedState {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub failures: u32,
    /// Unix seconds before which the feed is not polled again.
    pub next_attempt: i64,
    pub last_status: Option<String>,
}

/// A channel's interest: one person (canonical name), a topic, or every call.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WatchKind {
    Person,
    Topic,
    All,
}

impl WatchKind {
    fn as_str(&self) -> &'static str {
        match self {
            WatchKind::Person => "person",
            WatchKind::Topic => "topic",
            WatchKind::All => "all",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        match text {
            "person" => Some(WatchKind::Person),
            "topic" => Some(WatchKind::Topic),
            "all" => Some(WatchKind::All),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Watch {
    pub channel_id: u64,
    pub kind: WatchKind,
    /// The person's canonical name, the topic text, or empty for `all`.
    pub value: String,
}

/// A message posted for a call: found again when a later source reports the same call.
#[derive(Debug, Clone, PartialEq)]
pub struct Post {
    pub channel_id: u64,
    pub people_key: String,
    pub call_date: String,
    pub message_id: u64,
    /// The call as posted (JSON of the answer layer's `CallHit`), to add sources to.
    pub call_json: String,
}

/// A paged result's request and who it was made for: a button key leads here.
#[derive(Debug, Clone, PartialEq)]
pub struct PageEntry {
    /// The request, as JSON of the adapter's own type.
    pub request_json: String,
    pub user_id: u64,
    pub channel_id: u64,
    /// The interaction whose response carries the buttons.
    pub origin_id: u64,
    /// Unix seconds.
    pub created_at: i64,
}

pub struct Store {
    conn: Mutex<Connection>,
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

impl Store {
    /// Opens (or creates) the store at `path`.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)?;
        }
        let conn = Connection::open(path)?;
        // WAL: readers never block the writer; each transaction is durable when it returns.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        Self::with(conn)
    }

    pub fn in_memory() -> Result<Self, StoreError> {
        Self::with(Connection::open_in_memory()?)
    }

    fn with(conn: Connection) -> Result<Self, StoreError> {
        conn.execute_batch(SCHEMA)?;
        Ok(Self {
            conn: Mutex::new(conn),
        })
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave a transaction half-applied (SQLite rolls
        // it back), so the connection is still good.
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Records the feeds listed in the settings; a feed a moderator removed stays removed.
    pub fn sync_settings_feeds(&self, feeds: &[FeedEntry]) -> Result<(), StoreError> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        for f in feeds {
            tx.execute(
                "INSERT INTO feeds (url, name, language, poll_minutes, from_settings)
                 VALUES (?1, ?2, ?3, ?4, 1)
                 ON CONFLICT(url) DO UPDATE SET name = ?2, language = ?3, poll_minutes = ?4,
                     from_settings = 1",
                params![f.url, f.name, f.language, f.poll_minutes],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Adds (or restores) a feed; false when it was already listed.
    pub fn add_feed(&self, feed: &FeedEntry, user_id: u64) -> Result<bool, StoreError> {
        let conn = self.lock();
        let existed: Option<i64> = conn
            .query_row(
                "SELECT removed FROM feeds WHERE url = ?1",
                [&feed.url],
                |r| r.get(0),
            )
            .optional()?;
        conn.execute(
            "INSERT INTO feeds (url, name, language, poll_minutes, added_by)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(url) DO UPDATE SET name = ?2, language = ?3, poll_minutes = ?4,
                 removed = 0, added_by = ?5",
            params![
                feed.url,
                feed.name,
                feed.language,
                feed.poll_minutes,
                user_id as i64
            ],
        )?;
        Ok(existed != Some(0))
    }

    /// Stops polling a feed (by URL or name); false when no listed feed matched.
    pub fn remove_feed(&self, url_or_name: &str) -> Result<bool, StoreError> {
        let changed = self.lock().execute(
            "UPDATE feeds SET removed = 1 WHERE removed = 0 AND (url = ?1 OR name = ?1)",
            [url_or_name],
        )?;
        Ok(changed > 0)
    }

    /// The feeds to poll, in name order.
    pub fn feeds(&self) -> Result<Vec<FeedEntry>, StoreError> {
        let conn = self.lock();
        let mut stmt = conn.prepare(
            "SELECT url, name, language, poll_minutes FROM feeds WHERE removed = 0 ORDER BY name, url",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(FeedEntry {
                url: r.get(0)?,
                name: r.get(1)?,
                language: r.get(2)?,
                poll_minutes: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn feed_state(&self, url: &str) -> Result<FeedState, StoreError> {
        let conn = self.lock();
        let state = conn
            .query_row(
                "SELECT etag, last_modified, failures, next_attempt, last_status
                 FROM feed_state WHERE url = ?1",
                [url],
                |r| {
                    Ok(FeedState {
                        etag: r.get(0)?,
                        last_modified: r.get(1)?,
                        failures: r.get::<_, i64>(2)?.clamp(0, i64::from(u32::MAX)) as u32,
                        next_attempt: r.get(3)?,
                        last_status: r.get(4)?,
                    })
                },
            )
            .optional()?;
        Ok(state.unwrap_or_default())
    }

    /// Which of `ids` were already seen in this feed.
    pub fn seen(&self, feed_url: &str, ids: &[String]) -> Result<HashSet<String>, StoreError> {
        let conn = self.lock();
        let mut stmt =
            conn.prepare_cached("SELECT 1 FROM seen_items WHERE feed_url = ?1 AND item_id = ?2")?;
        let mut seen = HashSet::new();
        for id in ids {
            if stmt.exists(params![feed_url, id])? {
                seen.insert(id.clone());
            }
        }
        Ok(seen)
    }

    /// A successful poll, in one transaction: validators, newly seen items, failures reset.
    pub fn record_success(
        &self,
        feed_url: &str,
        state: &FeedState,
        new_seen: &[String],
    ) -> Result<(), StoreError> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        let at = now();
        tx.execute(
            "INSERT INTO feed_state (url, etag, last_modified, failures, next_attempt, last_status, last_polled)
             VALUES (?1, ?2, ?3, 0, ?4, ?5, ?6)
             ON CONFLICT(url) DO UPDATE SET etag = ?2, last_modified = ?3, failures = 0,
                 next_attempt = ?4, last_status = ?5, last_polled = ?6",
            params![
                feed_url,
                state.etag,
                state.last_modified,
                state.next_attempt,
                state.last_status,
                at
            ],
        )?;
        {
            let mut insert = tx.prepare_cached(
                "INSERT OR IGNORE INTO seen_items (feed_url, item_id, seen_at) VALUES (?1, ?2, ?3)",
            )?;
            for id in new_seen {
                insert.execute(params![feed_url, id, at])?;
            }
        }
        tx.execute(
            "DELETE FROM seen_items WHERE feed_url = ?1 AND rowid NOT IN (
                 SELECT rowid FROM seen_items WHERE feed_url = ?1
                 ORDER BY seen_at DESC, rowid DESC LIMIT ?2)",
            params![feed_url, SEEN_PER_FEED],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// A failed poll: validators and seen items stay; the failure count and next attempt change.
    pub fn record_failure(
        &self,
        feed_url: &str,
        failures: u32,
        next_attempt: i64,
        status: &str,
    ) -> Result<(), StoreError> {
        self.lock().execute(
            "INSERT INTO feed_state (url, failures, next_attempt, last_status, last_polled)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(url) DO UPDATE SET failures = ?2, next_attempt = ?3, last_status = ?4,
                 last_polled = ?5",
            params![feed_url, i64::from(failures), next_attempt, status, now()],
        )?;
        Ok(())
    }

    /// Adds a watch; false when the channel already had it.
    pub fn add_watch(&self, watch: &Watch, user_id: u64) -> Result<bool, StoreError> {
        let added = self.lock().execute(
            "INSERT OR IGNORE INTO watches (channel_id, kind, value, created_by) VALUES (?1, ?2, ?3, ?4)",
            params![
                watch.channel_id as i64,
                watch.kind.as_str(),
                watch.value,
                user_id as i64
            ],
        )?;
        Ok(added > 0)
    }

    pub fn remove_watch(&self, watch: &Watch) -> Result<bool, StoreError> {
        let removed = self.lock().execute(
            "DELETE FROM watches WHERE channel_id = ?1 AND kind = ?2 AND value = ?3",
            params![watch.channel_id as i64, watch.kind.as_str(), watch.value],
        )?;
        Ok(removed > 0)
    }

    /// Every watch, or those of one channel.
    pub fn watches(&self, channel_id: Option<u64>) -> Result<Vec<Watch>, StoreError> {
        let conn = self.lock();
        let mut stmt = conn.prepare(
            "SELECT channel_id, kind, value FROM watches
             WHERE ?1 IS NULL OR channel_id = ?1 ORDER BY channel_id, kind, value",
        )?;
        let rows = stmt.query_map([channel_id.map(|c| c as i64)], |r| {
            Ok((
                r.get::<_, i64>(0)? as u64,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (channel_id, kind, value) = row?;
            if let Some(kind) = WatchKind::parse(&kind) {
                out.push(Watch {
                    channel_id,
                    kind,
                    value,
                });
            }
        }
        Ok(out)
    }

    /// Messages posted in a channel for calls between the same people.
    pub fn posts_for(&self, channel_id: u64, people_key: &str) -> Result<Vec<Post>, StoreError> {
        let conn = self.lock();
        let mut stmt = conn.prepare(
            "SELECT call_date, message_id, call_json FROM posts WHERE channel_id = ?1 AND people_key = ?2",
        )?;
        let rows = stmt.query_map(params![channel_id as i64, people_key], |r| {
            Ok(Post {
                channel_id,
                people_key: people_key.to_string(),
                call_date: r.get(0)?,
                message_id: r.get::<_, i64>(1)? as u64,
                call_json: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn save_post(&self, post: &Post) -> Result<(), StoreError> {
        self.lock().execute(
            "INSERT INTO posts (channel_id, people_key, call_date, message_id, call_json)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(channel_id, people_key, call_date) DO UPDATE SET message_id = ?4, call_json = ?5",
            params![
                post.channel_id as i64,
                post.people_key,
                post.call_date,
                post.message_id as i64,
                post.call_json
            ],
        )?;
        Ok(())
    }

    /// Keeps a paged result under `key`, and forgets those created before `forget_before`.
    pub fn save_page(
        &self,
        key: &str,
        entry: &PageEntry,
        forget_before: i64,
    ) -> Result<(), StoreError> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        tx.execute(
            "DELETE FROM pages WHERE created_at < ?1",
            params![forget_before],
        )?;
        tx.execute(
            "INSERT OR REPLACE INTO pages (key, request_json, user_id, channel_id, origin_id, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                key,
                entry.request_json,
                entry.user_id as i64,
                entry.channel_id as i64,
                entry.origin_id as i64,
                entry.created_at
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    pub fn page(&self, key: &str) -> Result<Option<PageEntry>, StoreError> {
        Ok(self
            .lock()
            .query_row(
                "SELECT request_json, user_id, channel_id, origin_id, created_at FROM pages WHERE key = ?1",
                params![key],
                |row| {
                    Ok(PageEntry {
                        request_json: row.get(0)?,
                        user_id: row.get::<_, i64>(1)? as u64,
                        channel_id: row.get::<_, i64>(2)? as u64,
                        origin_id: row.get::<_, i64>(3)? as u64,
                        created_at: row.get(4)?,
                    })
                },
            )
            .optional()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed(url: &str, name: &str) -> FeedEntry {
        FeedEntry {
            url: url.into(),
            name: name.into(),
            language: None,
            poll_minutes: None,
        }
    }

    #[test]
    fn feeds_state_and_watches_survive_reopening() -> Result<(), StoreError> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("index.state.sqlite");
        let watch = Watch {
            channel_id: 42,
            kind: WatchKind::Person,
            value: "Ilham Aliyev".into(),
        };
        {
            let store = Store::open(&path)?;
            store.sync_settings_feeds(&[feed("https://a.test/rss", "A")])?;
            assert!(store.add_feed(&feed("https://b.test/atom", "B"), 7)?);
            assert!(!store.add_feed(&feed("https://b.test/atom", "B"), 7)?);
            let state = FeedState {
                etag: Some("\"v1\"".into()),
                next_attempt: 99,
                ..FeedState::default()
            };
            store.record_success("https://a.test/rss", &state, &["i1".into()])?;
            assert!(store.add_watch(&watch, 7)?);
            assert!(!store.add_watch(&watch, 7)?);
            assert!(store.remove_feed("A")?);
        }
        let store = Store::open(&path)?;
        store.sync_settings_feeds(&[feed("https://a.test/rss", "A")])?;
        let names: Vec<String> = store.feeds()?.into_iter().map(|f| f.name).collect();
        assert_eq!(names, ["B"], "a removed settings feed stays removed");
        let state = store.feed_state("https://a.test/rss")?;
        assert_eq!(state.etag.as_deref(), Some("\"v1\""));
        let seen = store.seen("https://a.test/rss", &["i1".into(), "i2".into()])?;
        assert_eq!(seen.len(), 1);
        assert_eq!(store.watches(Some(42))?, vec![watch.clone()]);
        assert!(store.remove_watch(&watch)?);
        assert!(store.watches(None)?.is_empty());
        Ok(())
    }
}
