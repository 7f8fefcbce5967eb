//! Helpers shared by integration tests.

pub mod bot;
pub mod cli;
pub mod disk;
pub mod fake_discord;
pub mod feed_server;
pub mod feeds;
