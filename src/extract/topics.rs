//! Topics of a statement and of the calls it reports: the concepts of the topic lexicon
//! ([`crate::concepts`], data in `config/topics.toml`) that their sentences mention, as stable
//! ids. One pass over the statement's words; calls take the mentions of their own sentences.

use std::collections::BTreeMap;

use super::text::Text;
use crate::concepts::{Concept, Kind, Lexicon, Mention};

/// A mention in the headline counts this many times: the headline says what a statement is about.
const TITLE_WEIGHT: u32 = 3;
/// Most topic names a call shows (its concept ids are all kept).
const MAX_LABELS: usize = 6;

/// The concepts a statement mentions, sentence by sentence.
pub struct Topics<'a> {
    lexicon: &'a Lexicon,
    by_sentence: Vec<Vec<Mention>>,
    titles: Vec<bool>,
}

impl<'a> Topics<'a> {
    pub fn find(lexicon: &'a Lexicon, text: &Text) -> Self {
        Self {
            lexicon,
            by_sentence: text
                .sentences
                .iter()
                .map(|s| lexicon.mentions(text, s.tokens.clone()))
                .collect(),
            titles: text.sentences.iter().map(|s| s.is_title).collect(),
        }
    }

    /// Concept id -> mentions (a headline mention counts [`TITLE_WEIGHT`] times); a mention
    /// also counts for the concept's wider concepts.
    pub fn statement(&self) -> BTreeMap<String, u32> {
        let mut counts: BTreeMap<String, u32> = BTreeMap::new();
        for (mentions, &title) in self.by_sentence.iter().zip(&self.titles) {
            let weight = if title { TITLE_WEIGHT } else { 1 };
            for m in mentions {
                for &tag in self.lexicon.tags_of(m.concept) {
                    *counts.entry(self.lexicon.id(tag).to_string()).or_default() += weight;
                }
            }
        }
        counts
    }

    /// Concept ids of a call: those its sentences mention, from its sentence `first` up to the
    /// next call's (`starts` holds every call's sentence); what the call is about first
    /// (occasions and processes before places, more mentions before fewer, then first
    /// mention first). When the statement reports one call, its headline counts too.
    pub fn of_call(&self, first: usize, starts: &[usize]) -> Vec<String> {
        let end = starts
            .iter()
            .copied()
            .filter(|&s| s > first)
            .min()
            .unwrap_or(self.by_sentence.len())
            .max(first + 1)
            .min(self.by_sentence.len());
        let headline = (starts.len() == 1)
            .then(|| self.titles.iter().position(|&t| t))
            .flatten()
            .filter(|&t| t < first);
        // (concept, mentions), in order of first mention.
        let mut found: Vec<(u16, u32)> = Vec::new();
        let sentences = headline.into_iter().chain(first.min(end)..end);
        for mentions in sentences.map(|s| &self.by_sentence[s]) {
            for m in mentions {
                for &tag in self.lexicon.tags_of(m.concept) {
                    match found.iter_mut().find(|(c, _)| *c == tag) {
                        Some((_, n)) => *n += 1,
                        None => found.push((tag, 1)),
                    }
                }
            }
        }
        // A stable sort keeps first mentions first among equals.
        found.sort_by_key(|&(c, n)| (display_rank(self.lexicon.concept(c)), std::cmp::Reverse(n)));
        found
            .into_iter()
            .map(|(c, _)| self.lexicon.id(c).to_string())
            .collect()
    }

    /// The names of concepts for display, at most [`MAX_LABELS`]; a wider concept is left
    /// out when a narrower one of it is there ("peace treaty", not also "peace").
    pub fn labels(&self, ids: &[String]) -> Vec<String> {
        ids.iter()
            .filter(|id| {
                !ids.iter()
                    .any(|other| other != *id && self.lexicon.is_wider(id, other))
            })
            .take(MAX_LABELS)
            .map(|id| self.lexicon.label(id).to_string())
            .collect()
    }
}

/// The order a call's topics are told in: what was discussed, then the bodies and broad themes
/// it touched, then the places it was about.
fn display_rank(concept: &Concept) -> u8 {
    match (concept.kind, concept.general) {
        (Kind::Place, _) => 3,
        (_, true) => 2,
        (Kind::Body, false) => 1,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_and_calls_get_concept_ids() {
        let lexicon = Lexicon::bundled();
        let text = Text::new(
            Some("Пашинян и Алиев обсудили мирный договор"),
            "Состоялся телефонный разговор. Стороны обсудили делимитацию границы. \
             Затем Алиев поговорил с Эрдоганом о газе.",
        );
        let topics = Topics::find(&lexicon, &text);
        let statement = topics.statement();
        assert_eq!(
            statement.get("peace-treaty"),
            Some(&3),
            "a headline mention weighs 3"
        );
        assert_eq!(
            statement.get("peace"),
            Some(&3),
            "and counts for the wider concept"
        );
        assert!(statement.contains_key("border-delimitation"));
        // Two calls: sentences 1-2 and 3; the headline is nobody's alone.
        let first = topics.of_call(1, &[1, 3]);
        assert!(
            first.contains(&"border-delimitation".to_string()),
            "{first:?}"
        );
        assert!(!first.contains(&"peace-treaty".to_string()), "{first:?}");
        assert_eq!(topics.of_call(3, &[1, 3]), ["energy"]);
        // One call: the headline is its own.
        assert!(
            topics
                .of_call(1, &[1])
                .contains(&"peace-treaty".to_string())
        );
    }
}
