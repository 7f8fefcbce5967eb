//! Evaluation against labelled corpora. OWNER: extraction helper.
//! - [`calls::evaluate`]: call extraction (detection, participants, direction, dates) on a
//!   `labels.jsonl` file, with a per-language table and floors for CI.

pub mod calls;

pub use calls::{CallEval, EvalError, Floors, Scores, evaluate, evaluate_with};
