//! Extraction: a [`Statement`] in, the phone [`Call`]s it reports out.
//! Interface used by other layers: `Extractor::new(Arc<People>)` (or `with_lexicon`, for a topic
//! lexicon other than the built-in one), `Extractor::extract(&Statement)` (the calls) and
//! `Extractor::read(&Statement)` (the document the index stores: calls and topics).
//!
//! Layout, one job a module; imports only go down this list:
//! - `text` (folding, tokens, sentences), `pattern` (the word-pattern language of the tables);
//! - tables as data: `cues/<lang>.rs`, `countries`, `offices`; `topics` (the concepts of the
//!   topic lexicon a statement and its calls mention);
//! - `context` (one statement read once: sentences, cue hits, issuing side), `names` (people
//!   named in a sentence);
//! - `evidence` (which sentences report a call), `parties` (who took part), `dates` (when),
//!   `direction` (who called whom), `denied` (the calls a headline or lead denies);
//! - `calls` (putting it together: one call per set of participants).

mod after_phrase;
mod calls;
mod context;
pub mod countries;
pub mod cues;
mod dates;
mod denied;
mod direction;
mod evidence;
mod names;
mod offices;
mod parties;
pub mod pattern;
pub mod text;
pub mod topics;

use std::sync::Arc;

use crate::concepts::Lexicon;
use crate::model::{Call, Document, Statement};
use crate::people::People;

pub struct Extractor {
    people: Arc<People>,
    lexicon: Arc<Lexicon>,
}

impl Extractor {
    /// An extractor with the topic lexicon built into the binary.
    pub fn new(people: Arc<People>) -> Self {
        Self::with_lexicon(people, Lexicon::bundled())
    }

    pub fn with_lexicon(people: Arc<People>, lexicon: Arc<Lexicon>) -> Self {
        // Compile the cue tables now rather than on the first statement.
        std::sync::LazyLock::force(&cues::CUES);
        Self { people, lexicon }
    }

    pub fn people(&self) -> &People {
        &self.people
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The calls a statement reports, in the order it reports them. Statements that report
    /// no call (meetings, letters, planned or refused calls, "called for") give none.
    pub fn extract(&self, statement: &Statement) -> Vec<Call> {
        calls::extract(&self.people, &self.lexicon, statement).0
    }

    /// What the index stores for a statement: the statement, its calls and its topics.
    pub fn read(&self, statement: &Statement) -> Document {
        let (calls, concepts) = calls::extract(&self.people, &self.lexicon, statement);
        Document {
            statement: statement.clone(),
            calls,
            concepts,
        }
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
    }
}
