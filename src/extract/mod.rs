//! Extraction: a [`Statement`] in, the phone [`Call`]s it reports out.
//! Interface used by other layers: `Extractor::new(Arc<People>)`, `Extractor::extract(&Statement)`.
//!
//! Layout, one job a module; imports only go down this list:
//! - `text` (folding, tokens, sentences), `pattern` (the word-pattern language of the tables);
//! - tables as data: `cues/<lang>.rs`, `countries`, `topics`, `offices`;
//! - `context` (one statement read once: sentences, cue hits, issuing side), `names` (people
//!   named in a sentence);
//! - `evidence` (which sentences report a call), `parties` (who took part), `dates` (when),
//!   `direction` (who called whom);
//! - `calls` (putting it together: one call per set of participants).

mod calls;
mod context;
pub mod countries;
pub mod cues;
mod dates;
mod direction;
mod evidence;
mod names;
mod offices;
mod parties;
pub mod pattern;
pub mod text;
pub mod topics;

use std::sync::Arc;

use crate::model::{Call, Statement};
use crate::people::People;

pub struct Extractor {
    people: Arc<People>,
}

impl Extractor {
    pub fn new(people: Arc<People>) -> Self {
        // Compile the cue tables now rather than on the first statement.
        std::sync::LazyLock::force(&cues::CUES);
        Self { people }
    }

    pub fn people(&self) -> &People {
        &self.people
    }

    /// The calls a statement reports, in the order it reports them. Statements that report
    /// no call (meetings, letters, planned or refused calls, "called for") give none.
    pub fn extract(&self, statement: &Statement) -> Vec<Call> {
        calls::extract(&self.people, statement)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_table_pattern_compiles() {
        assert!(
            super::cues::CUES.bad.is_empty(),
            "bad cue patterns: {:?}",
            super::cues::CUES.bad
        );
        assert!(super::countries::bad_patterns().is_empty());
        assert!(super::topics::bad_patterns().is_empty());
    }
}
