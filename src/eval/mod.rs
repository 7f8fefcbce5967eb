//! Evaluation against labelled corpora, for development and CI floors.
//! - [`calls::evaluate`]: call extraction (detection, participants, direction, dates) on a
//!   `labels.jsonl` file, with a per-language table and floors.
//! - [`questions::evaluate`]: the question reader's intent and slot accuracy on a
//!   `questions.jsonl` file.
//! - [`topics::evaluate`]: topic-search recall@5 on a `queries.jsonl` file, through the engine.
//! - [`real_topics::evaluate`]: topic search on a real-text set, per concept and query language.

pub mod calls;
pub mod questions;
pub mod real_topics;
pub mod topics;

pub use calls::{CallEval, EvalError, Floors, Scores, evaluate, evaluate_with};
