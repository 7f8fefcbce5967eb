//! Answers: what every adapter (Discord, chat, CLI) asks and gets back, as plain data.
//! Knows nothing of Discord or terminals; rendering lives in the adapters.

mod call_lists;
mod cancel;
mod commands;
mod concepts;
mod engine;
mod memo;
mod outline_merge;
mod query_text;
pub mod question;
mod titles;
mod types;

pub use cancel::{Cancel, Stop};
pub use commands::{Command, HELP};
pub use engine::{
    BUNDLED_PEOPLE_FILES, Engine, Ingested, OpenError, Progress, TEXT_MISSING, bundled_people,
    load_people, merge_calls,
};
pub use types::*;

use chrono::NaiveDate;

/// What an empty index means for a user, said by `stats` in every adapter and logged by `serve`.
pub const EMPTY_INDEX_NOTE: &str = "The index is empty: no statements yet. Fill it with \
     `readout ingest PATH` (files or folders), `readout reindex` (the folders in sources.dirs), \
     feeds, or /ingest in Discord; demo mode (`demo = true` under [serve]) and `readout chat` \
     load the bundled samples.";

/// What went wrong, said so that the person who asked knows what to change.
#[derive(Debug, thiserror::Error)]
pub enum AnswerError {
    #[error("Please type something to search for.")]
    EmptyQuery,
    #[error("That query is {len} characters long; the limit is {max}. Please shorten it.")]
    QueryTooLong { len: usize, max: usize },
    #[error("`{value}` is not a date I understand: use YYYY-MM-DD, YYYY-MM or YYYY.")]
    BadDate { value: String },
    #[error("The start date {since} is after the end date {until}.")]
    DateRange { since: NaiveDate, until: NaiveDate },
    #[error("`{value}` is not a valid {what}: {hint}")]
    BadArgument {
        what: &'static str,
        value: String,
        hint: &'static str,
    },
    #[error("There is no page {page}: the last page is {last}.")]
    PageOutOfRange { page: usize, last: usize },
    #[error("`{value}` is out of range for {what}: give a number from {min} to {max}.")]
    OutOfRange {
        what: &'static str,
        value: usize,
        min: usize,
        max: usize,
    },
    #[error("No statement has the id `{0}`.")]
    UnknownStatement(String),
    #[error(
        "`{value}` names no topic I know{hint}. To search statements for these words, use /topic {value}."
    )]
    UnknownTopic { value: String, hint: String },
    #[error("Unknown command `{0}`. Type /help for the list.")]
    UnknownCommand(String),
    /// A question in plain words the reader could not read; says what to type instead.
    #[error("{0}")]
    NotUnderstood(String),
    #[error("An ingest or reindex is already running; try again when it has finished.")]
    Busy,
    #[error("Nothing to index in {dirs}: the old index is kept. Check `sources.dirs`.")]
    NothingToIndex { dirs: String },
    #[error(
        "Cannot read the source {path} ({reason}): the old index is kept. Check `sources.dirs`."
    )]
    SourceUnreadable { path: String, reason: String },
    #[error("{0}; nothing was changed.")]
    Kept(#[from] crate::sources::kept::KeptError),
    #[error("The index failed: {0}")]
    Index(#[from] crate::index::IndexError),
    /// A long write stopped on request (the bot is shutting down); its changes were dropped.
    #[error("Cancelled before the end: the previous index is kept.")]
    Cancelled,
}

impl AnswerError {
    /// True when the asker can fix it by changing the input (answered privately, logged at debug);
    /// false for faults on our side (logged as errors).
    pub fn is_user_error(&self) -> bool {
        !matches!(
            self,
            AnswerError::Index(_)
                | AnswerError::NothingToIndex { .. }
                | AnswerError::SourceUnreadable { .. }
                | AnswerError::Kept(_)
                | AnswerError::Cancelled
        )
    }
}

/// Parses a user's date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. For a range end (`until`), a month or
/// year means its last day.
pub fn parse_date_arg(text: &str, range_end: bool) -> Result<NaiveDate, AnswerError> {
    let t = text.trim();
    let bad = || AnswerError::BadDate {
        value: t.chars().take(40).collect(),
    };
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Ok(d);
    }
    let parts: Vec<&str> = t.split('-').collect();
    let year: i32 = parts
        .first()
        .and_then(|y| (y.len() == 4).then(|| y.parse().ok()).flatten())
        .ok_or_else(bad)?;
    let (m0, m1) = match parts.len() {
        1 => (1, 12),
        2 => {
            let m: u32 = parts[1].parse().map_err(|_| bad())?;
            (m, m)
        }
        _ => return Err(bad()),
    };
    if range_end {
        let (ny, nm) = if m1 == 12 {
            (year + 1, 1)
        } else {
            (year, m1 + 1)
        };
        NaiveDate::from_ymd_opt(ny, nm, 1)
            .and_then(|d| d.pred_opt())
            .ok_or_else(bad)
    } else {
        NaiveDate::from_ymd_opt(year, m0, 1).ok_or_else(bad)
    }
}

/// Checks an optional date range given as text.
pub fn parse_range(
    since: Option<&str>,
    until: Option<&str>,
) -> Result<(Option<NaiveDate>, Option<NaiveDate>), AnswerError> {
    let since = since
        .filter(|s| !s.trim().is_empty())
        .map(|s| parse_date_arg(s, false))
        .transpose()?;
    let until = until
        .filter(|s| !s.trim().is_empty())
        .map(|s| parse_date_arg(s, true))
        .transpose()?;
    if let (Some(s), Some(u)) = (since, until)
        && s > u
    {
        return Err(AnswerError::DateRange { since: s, until: u });
    }
    Ok((since, until))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_with_month_and_year_precision() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        assert_eq!(parse_date_arg("2024-06-20", false).ok(), d("2024-06-20"));
        assert_eq!(parse_date_arg("2024-06", false).ok(), d("2024-06-01"));
        assert_eq!(parse_date_arg("2024-02", true).ok(), d("2024-02-29"));
        assert_eq!(parse_date_arg("2024", true).ok(), d("2024-12-31"));
        assert!(matches!(
            parse_date_arg("June", false),
            Err(AnswerError::BadDate { .. })
        ));
        assert!(matches!(
            parse_range(Some("2024-05"), Some("2024-01")),
            Err(AnswerError::DateRange { .. })
        ));
    }
}
