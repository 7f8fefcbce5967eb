//! Feeds: official RSS and Atom feeds as a source of statements.
//!
//! - `fetch`: HTTP with timeouts, a size cap, conditional GET, bounded redirects, a User-Agent
//! - `items`: feed documents -> items -> [`crate::model::Statement`]s (the linked page is read
//!   with the HTML reader when an item carries only a summary)
//! - `poll`: a round over every feed (state in [`crate::store::Store`]), and the background loop
//!
//! Feeds come from `[[feeds]]` in the settings and from moderators (`/feeds add`).

mod fetch;
mod items;
mod poll;

pub use fetch::{FetchError, Fetched, Fetcher, Validators};
pub use items::{FeedItem, FeedParseError, parse_feed, statement_of};
pub use poll::{FeedReport, PollError, Poller, RoundReport, settings_feeds};
