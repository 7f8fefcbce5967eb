//! The slash commands, one module per family. A command's doc comment is its help: the first
//! line is the description Discord shows (at most 100 characters).

mod admin;
pub(crate) mod calls;
mod feeds;
mod help;
mod topic;
mod watch;

use super::{Data, Error};

/// Every command the bot registers.
pub fn all() -> Vec<poise::Command<Data, Error>> {
    vec![
        calls::who_called(),
        topic::topic(),
        calls::recent(),
        topic::source(),
        help::help(),
        admin::reindex(),
        admin::ingest(),
        admin::remove(),
        admin::stats(),
        feeds::feeds(),
        watch::watch(),
        watch::unwatch(),
        watch::watches(),
    ]
}
