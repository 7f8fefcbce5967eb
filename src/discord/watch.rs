//! Watches: new statements from the engine (feeds, `/ingest`, `readout ingest` in the same
//! process) become posts in the channels that watch their calls. One post per call and channel:
//! statements reporting the same call (same people, dates at most a day apart — the answer
//! layer's merge) share one post, and a later source edits that post to add itself. What was
//! posted is kept in the store, so a restart does not post a call again.

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use poise::serenity_prelude as serenity;
use tokio::sync::broadcast;

use super::render::render_watch_post;
use crate::answers::{CallHit, merge_calls};
use crate::model::{CallRecord, Document, SourceRef};
use crate::people::normalize::name_key;
use crate::store::{Post, Store, Watch, WatchKind};

/// The calls of `docs` each channel must hear about, merged per call.
pub fn plan(watches: &[Watch], docs: &[Document]) -> BTreeMap<u64, Vec<CallHit>> {
    let mut by_channel: BTreeMap<u64, Vec<&Watch>> = BTreeMap::new();
    for w in watches {
        by_channel.entry(w.channel_id).or_default().push(w);
    }
    let mut out = BTreeMap::new();
    for (channel, watches) in by_channel {
        let mut records = Vec::new();
        for doc in docs {
            let words = statement_words(doc);
            for call in &doc.calls {
                if watches.iter().any(|w| matches(w, call, &words)) {
                    records.push(CallRecord {
                        call: call.clone(),
                        source: SourceRef::of(&doc.statement),
                    });
                }
            }
        }
        if !records.is_empty() {
            out.insert(channel, merge_calls(records));
        }
    }
    out
}

fn statement_words(doc: &Document) -> HashSet<String> {
    let st = &doc.statement;
    let mut text = String::new();
    for part in [st.title.as_deref().unwrap_or(""), st.body.as_str()] {
        text.push_str(part);
        text.push(' ');
    }
    for call in &doc.calls {
        text.push_str(&call.topics.join(" "));
        text.push(' ');
    }
    words(&text)
}

fn words(text: &str) -> HashSet<String> {
    name_key(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn matches(watch: &Watch, call: &crate::model::Call, statement: &HashSet<String>) -> bool {
    match watch.kind {
        WatchKind::All => true,
        WatchKind::Person => {
            let wanted = name_key(&watch.value);
            call.participants.iter().any(|p| name_key(p) == wanted)
        }
        WatchKind::Topic => {
            let wanted = words(&watch.value);
            !wanted.is_empty() && wanted.iter().all(|w| statement.contains(w))
        }
    }
}

/// The key of "these people" for the posts table: order and spelling do not matter.
fn people_key(hit: &CallHit) -> String {
    let mut keys: Vec<String> = hit.participants.iter().map(|p| name_key(p)).collect();
    keys.sort();
    keys.dedup();
    keys.join("|")
}

fn date_text(hit: &CallHit) -> String {
    hit.date.map(|d| d.to_string()).unwrap_or_default()
}

/// The same call: dates at most a day apart (or both unknown), as the answer layer merges.
fn same_date(a: &str, b: &str) -> bool {
    match (
        chrono::NaiveDate::parse_from_str(a, "%Y-%m-%d"),
        chrono::NaiveDate::parse_from_str(b, "%Y-%m-%d"),
    ) {
        (Ok(a), Ok(b)) => (a - b).num_days().abs() <= 1,
        (Err(_), Err(_)) => a.is_empty() && b.is_empty(),
        _ => false,
    }
}

pub struct Poster {
    http: Arc<serenity::Http>,
    store: Arc<Store>,
}

impl Poster {
    pub fn new(http: Arc<serenity::Http>, store: Arc<Store>) -> Self {
        Self { http, store }
    }

    /// Posts until `stop` completes or the engine is gone.
    pub async fn run(
        self,
        mut fresh: broadcast::Receiver<Arc<Vec<Document>>>,
        stop: impl std::future::Future<Output = ()>,
    ) {
        tokio::pin!(stop);
        loop {
            let docs = tokio::select! {
                () = &mut stop => return,
                received = fresh.recv() => match received {
                    Ok(docs) => docs,
                    Err(broadcast::error::RecvError::Lagged(missed)) => {
                        tracing::warn!(missed, "watches fell behind; some new statements were not posted");
                        continue;
                    }
                    Err(broadcast::error::RecvError::Closed) => return,
                },
            };
            self.deliver(&docs).await;
        }
    }

    /// Posts (or edits posts for) the watched calls of `docs`. Failures are logged per post.
    pub async fn deliver(&self, docs: &[Document]) {
        let store = self.store.clone();
        let watches = match tokio::task::spawn_blocking(move || store.watches(None)).await {
            Ok(Ok(w)) => w,
            Ok(Err(error)) => return tracing::error!(%error, "cannot read watches"),
            Err(error) => return tracing::error!(%error, "cannot read watches"),
        };
        if watches.is_empty() {
            return;
        }
        for (channel, hits) in plan(&watches, docs) {
            for hit in hits {
                if let Err(error) = self.post(channel, hit).await {
                    tracing::warn!(channel_id = channel, %error, "posting a watched call failed");
                }
            }
        }
    }

    async fn post(&self, channel: u64, hit: CallHit) -> Result<(), super::Error> {
        let key = people_key(&hit);
        let date = date_text(&hit);
        let store = self.store.clone();
        let lookup = key.clone();
        let posts =
            tokio::task::spawn_blocking(move || store.posts_for(channel, &lookup)).await??;
        let earlier = posts.into_iter().find(|p| same_date(&p.call_date, &date));
        let channel_id = serenity::ChannelId::new(channel);
        let post = match earlier {
            Some(mut post) => {
                let mut shown: CallHit = serde_json::from_str(&post.call_json)?;
                let before = shown.sources.len();
                for source in hit.sources {
                    if !shown.sources.iter().any(|s| s.id == source.id) {
                        shown.sources.push(source);
                    }
                }
                if shown.sources.len() == before {
                    return Ok(());
                }
                let reply = render_watch_post(&shown);
                channel_id
                    .edit_message(
                        self.http.as_ref(),
                        serenity::MessageId::new(post.message_id),
                        reply.to_message_edit(),
                    )
                    .await?;
                tracing::info!(channel_id = channel, call = %shown.headline(), sources = shown.sources.len(), "watched call: source added");
                post.call_json = serde_json::to_string(&shown)?;
                post
            }
            None => {
                let reply = render_watch_post(&hit);
                let message = channel_id
                    .send_message(self.http.as_ref(), reply.to_message())
                    .await?;
                tracing::info!(channel_id = channel, call = %hit.headline(), "watched call posted");
                Post {
                    channel_id: channel,
                    people_key: key,
                    call_date: date,
                    message_id: message.id.get(),
                    call_json: serde_json::to_string(&hit)?,
                }
            }
        };
        let store = self.store.clone();
        tokio::task::spawn_blocking(move || store.save_post(&post)).await??;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Call, PublishedDate, Statement};

    fn doc(id: &str, people: &[&str], date: &str, body: &str) -> Document {
        let day = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok();
        Document {
            statement: Statement {
                id: id.into(),
                title: None,
                url: Some(format!("https://ministry.test/{id}")),
                path: None,
                published: day.map(PublishedDate::day),
                language: "en".into(),
                body: body.into(),
            },
            calls: vec![Call {
                participants: people.iter().map(|p| p.to_string()).collect(),
                caller: None,
                recipient: None,
                date: day,
                topics: vec![],
                concepts: vec![],
                evidence: body.into(),
            }],
            concepts: Default::default(),
        }
    }

    fn watch(channel: u64, kind: WatchKind, value: &str) -> Watch {
        Watch {
            channel_id: channel,
            kind,
            value: value.into(),
        }
    }

    #[test]
    fn two_reports_of_one_call_make_one_post_and_others_match_nothing() {
        let docs = [
            doc(
                "a",
                &["Ilham Aliyev", "Olaf Scholz"],
                "2025-03-04",
                "A call on energy.",
            ),
            doc(
                "b",
                &["Olaf Scholz", "Ilham Aliyev"],
                "2025-03-05",
                "Telefonat über Energie.",
            ),
            doc(
                "c",
                &["Olaf Scholz", "Emmanuel Macron"],
                "2025-03-05",
                "A call on trade.",
            ),
        ];
        let watches = [
            watch(1, WatchKind::Person, "Ilham Aliyev"),
            watch(2, WatchKind::Topic, "trade"),
            watch(3, WatchKind::All, ""),
        ];
        let plan = plan(&watches, &docs);
        let one = &plan[&1];
        assert_eq!(one.len(), 1, "one post for the call both sides reported");
        assert_eq!(one[0].sources.len(), 2);
        assert_eq!(plan[&2].len(), 1);
        assert_eq!(plan[&2][0].sources[0].id, "c");
        assert_eq!(plan[&3].len(), 2);
        let none = super::plan(&[watch(4, WatchKind::Person, "Nikol Pashinyan")], &docs);
        assert!(none.is_empty());
    }

    #[test]
    fn dates_a_day_apart_are_the_same_call() {
        assert!(same_date("2025-03-04", "2025-03-05"));
        assert!(!same_date("2025-03-04", "2025-03-06"));
        assert!(same_date("", ""));
        assert!(!same_date("", "2025-03-04"));
    }
}
