//! Readout: answers questions about diplomatic phone calls from published readouts.
//!
//! Data flows one way:
//! `sources` (bytes -> [`model::Statement`]) -> `extract` (statement -> [`model::Call`]s, using
//! `people`) -> `index` (Tantivy) -> `answers` (plain data) -> adapters: `discord`, `chat`, the CLI.

pub mod answers;
#[cfg(feature = "bench")]
pub mod bench;
pub mod chars;
pub mod chat;
pub mod concepts;
pub mod discord;
pub mod eval;
pub mod extract;
pub mod index;
pub mod model;
pub mod people;
pub mod render;
pub mod settings;
pub mod sources;
pub mod store;
