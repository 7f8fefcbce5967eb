//! Do the engine and FTS5 answer the same question? For topics: how many statements match on
//! each side. For people: how many calls of the engine's first page (newest first) FTS5's first
//! page has too, same date and same people. Untimed.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::fts5::Fts5;
use crate::answers::{Answer, CallHit, Command, Engine};
use crate::people::normalize::name_key;

/// What a row of the comparison counts.
pub const TOPIC_MEASURE: &str = "matching statements";
pub const PEOPLE_MEASURE: &str = "newest calls shared";

/// (engine figure, FTS5 figure) for one chat line; see the module comment.
pub fn compare(engine: &Engine, fts: &Fts5, line: &str) -> anyhow::Result<(usize, usize)> {
    let command = Command::parse(line, engine.settings().search.max_query_chars)?;
    let limit = engine.settings().search.page_size;
    match (&command, engine.run(&command)?) {
        (Command::Topic(r), Answer::Topic(a)) => Ok((a.total, fts.count_topic(r)?)),
        (Command::WhoCalled(r), Answer::WhoCalled(a)) => {
            let theirs: HashSet<(Option<NaiveDate>, Vec<String>)> = fts
                .who_called(r, engine.people(), limit)?
                .calls
                .iter()
                .map(call_key)
                .collect();
            let shared = a
                .calls
                .iter()
                .filter(|c| theirs.contains(&call_key(c)))
                .count();
            Ok((a.calls.len(), shared))
        }
        _ => anyhow::bail!("`{line}` is not a topic or who-called line"),
    }
}

/// A call told apart by its date and its people, whatever script the names came in.
fn call_key(call: &CallHit) -> (Option<NaiveDate>, Vec<String>) {
    let mut people: Vec<String> = call.participants.iter().map(|p| name_key(p)).collect();
    people.sort();
    (call.date, people)
}
