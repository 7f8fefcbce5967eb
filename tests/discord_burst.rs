//! A burst under load: 500 interactions within one second from many users, through the fake
//! Discord, while a moderator's `/reindex` rebuilds the index. Every interaction must be
//! acknowledged within Discord's 3 seconds (answered, or deferred and then answered), every one
//! must then get its answer, and the per-user cooldown still holds: a user's second query in the
//! burst gets a private "please wait".
//!
//! `cargo test` runs it on a small generated index. The figures for a 100k-statement index come
//! from the ignored test: `READOUT_BURST_STATEMENTS=100000 cargo test --release --test
//! discord_burst -- --ignored --nocapture`.

mod support;

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use support::bot::*;
use support::disk::generated_corpus;
use support::fake_discord::{Member, Sent};

/// Interactions in the burst, and the second within which they are all sent.
const BURST: usize = 500;
const WITHIN: Duration = Duration::from_secs(1);
/// Users who ask twice in the burst: their second query meets the cooldown.
const REPEATERS: usize = 60;
/// Discord drops an interaction not acknowledged within this.
const DEADLINE: Duration = Duration::from_secs(3);
const STATEMENTS_PER_FILE: usize = 200;

const PEOPLE: [&str; 6] = [
    "Ilham Aliyev",
    "Vladimir Putin",
    "Erdoğan",
    "Emmanuel Macron",
    "Blinken",
    "Olaf Scholz",
];
const TOPICS: [&str; 5] = ["COP29", "gas", "peace treaty", "energy", "prisoners"];

/// The `i`-th query of the burst: who-called, topic and recent in turn.
fn query(i: usize) -> (&'static str, Value) {
    match i % 5 {
        0 | 3 => (
            "who-called",
            json!([option("person", PEOPLE[i % PEOPLE.len()])]),
        ),
        1 | 4 => ("topic", json!([option("query", TOPICS[i % TOPICS.len()])])),
        _ => ("recent", json!([{"name": "count", "type": 4, "value": 5}])),
    }
}

/// Percentile `p` (0 to 100) of sorted durations.
fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// One interaction of the burst and what became of it.
struct Asked {
    who: Member,
    /// The user's second query in the burst.
    repeat: bool,
    sent: Sent,
    at: Instant,
}

async fn burst_under_reindex(statements: usize) {
    let files = statements.div_ceil(STATEMENTS_PER_FILE).max(1);
    let bot = start_bot(
        move |settings, dir: &Path| {
            let corpus = dir.join("corpus");
            generated_corpus(&corpus, files, STATEMENTS_PER_FILE, 2024);
            settings.sources.dirs = vec![corpus];
            // Long enough that every repeat in the burst meets it.
            settings.discord.cooldown_seconds = 600;
        },
        |engine| {
            // The index the burst is answered from: the same path a moderator's reindex takes.
            let built = Instant::now();
            let report = engine.reindex(&|_| {}).expect("build the index");
            eprintln!(
                "index: {} statements, {} calls, built in {:.1?}",
                report.statements_total,
                report.calls_found,
                built.elapsed()
            );
        },
    )
    .await;

    let reindex = bot.fake.command(&moderator(), "reindex", json!([])).await;
    let deferred = bot
        .fake
        .expect_request(
            "POST",
            &reindex.callback_path(),
            support::fake_discord::WAIT,
        )
        .await;
    assert_eq!(deferred.body["type"], 5, "the reindex is deferred at once");

    let started = Instant::now();
    let gap = WITHIN.mul_f64(0.9) / BURST as u32;
    let mut asked = Vec::with_capacity(BURST);
    for i in 0..BURST {
        let repeat = i >= BURST - REPEATERS;
        let n = if repeat {
            (i - (BURST - REPEATERS)) as u64
        } else {
            i as u64
        };
        let who = member(n);
        let (name, options) = query(i);
        let at = Instant::now();
        let sent = bot.fake.command(&who, name, options).await;
        asked.push(Asked {
            who,
            repeat,
            sent,
            at,
        });
        let due = started + gap * (i as u32 + 1);
        tokio::time::sleep_until(due.into()).await;
    }
    let sending = started.elapsed();
    assert!(sending <= WITHIN, "the burst took {sending:?} to send");

    let mut latencies = Vec::with_capacity(BURST);
    let mut answer_times = Vec::with_capacity(BURST);
    let mut answered = 0;
    let mut late = Vec::new();
    for a in &asked {
        let callback = bot
            .fake
            .expect_request("POST", &a.sent.callback_path(), Duration::from_secs(60))
            .await;
        let latency = callback.at.saturating_duration_since(a.at);
        latencies.push(latency);
        if latency > DEADLINE {
            late.push((a.who.id, latency));
        }
        let kind = callback.body["type"].as_u64().unwrap_or(0);
        let flags = callback.body["data"]["flags"].as_u64().unwrap_or(0);
        let text = callback.body["data"].to_string();
        if a.repeat {
            assert!(
                kind == 4 && flags & 64 != 0 && text.contains("Please wait"),
                "user {}'s second query was not throttled privately: {}",
                a.who.id,
                callback.body
            );
            answered += 1;
            answer_times.push(latency);
            continue;
        }
        assert!(
            !text.contains("Please wait"),
            "user {}'s first query was throttled: {text}",
            a.who.id
        );
        let answer = if kind == 5 {
            bot.final_edit_within(&a.sent, Duration::from_secs(60))
                .await
        } else {
            callback
        };
        let message = if kind == 5 {
            answer.body.clone()
        } else {
            answer.body["data"].clone()
        };
        let shown = message.to_string();
        assert!(
            !shown.contains("went wrong") && !shown.contains("restarting"),
            "a query in the burst failed: {shown}"
        );
        let has_answer = message["embeds"].as_array().is_some_and(|e| !e.is_empty())
            || message["content"].as_str().is_some_and(|c| !c.is_empty());
        if has_answer {
            answered += 1;
            answer_times.push(answer.at.saturating_duration_since(a.at));
        }
    }
    latencies.sort();
    answer_times.sort();
    eprintln!(
        "burst of {BURST} in {sending:.2?} ({} users, {REPEATERS} asked twice) during a reindex: \
         callback p50 {:.1?}, p99 {:.1?}, max {:.1?}; {answered} of {BURST} answered, the \
         answer p50 {:.1?}, p99 {:.1?}, max {:.1?}",
        BURST - REPEATERS,
        percentile(&latencies, 50.0),
        percentile(&latencies, 99.0),
        percentile(&latencies, 100.0),
        percentile(&answer_times, 50.0),
        percentile(&answer_times, 99.0),
        percentile(&answer_times, 100.0),
    );
    assert!(
        late.is_empty(),
        "{} of {BURST} callbacks came after Discord's 3 s, e.g. {:?}",
        late.len(),
        &late[..late.len().min(5)]
    );
    assert_eq!(answered, BURST, "not every interaction got its answer");
    // A rebuild of 100k statements takes minutes on a loaded machine.
    let done = bot
        .final_edit_within(&reindex, Duration::from_secs(900))
        .await;
    assert!(
        done.body.to_string().contains("Reindex finished"),
        "{}",
        done.body
    );
    let last_sent = asked.last().map(|a| a.at).expect("a burst");
    eprintln!(
        "the reindex finished {:.1?} after the last interaction was sent",
        done.at.saturating_duration_since(last_sent)
    );
    assert!(
        done.at > last_sent,
        "the reindex ended before the burst was sent: the burst was not under load"
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_500_during_a_reindex_is_acknowledged_in_time_and_answered() {
    burst_under_reindex(2_500).await;
}

/// The same on an index of `READOUT_BURST_STATEMENTS` statements (default 100,000); run it
/// in release (see the module documentation): generating and indexing takes minutes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn a_burst_of_500_on_a_large_index_during_a_reindex() {
    let statements = std::env::var("READOUT_BURST_STATEMENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    burst_under_reindex(statements).await;
}
