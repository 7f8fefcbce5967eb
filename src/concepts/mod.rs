//! Topics as concepts: what readouts are about (places and conflicts, processes, occasions,
//! bodies), each with a stable id, the names people type and the forms statements write it in,
//! in every language Readout reads. The lexicon is data (`config/topics.toml`, extended by
//! `config/topics.d/*.toml`; a copy is built into the binary).
//!
//! One matcher serves both sides: extraction tags statements and calls with the concepts they
//! mention ([`Lexicon::mentions`]), and search maps a query's words to concepts
//! ([`Lexicon::in_query`]) so that `/topic peace treaty` also finds `мирный договор`.

mod lexicon;
mod matcher;

use std::ops::Range;
use std::path::Path;
use std::sync::{Arc, LazyLock};

pub use lexicon::{Concept, Kind, LexiconError};
pub use matcher::{FormError, Mention};

use crate::extract::text::{Text, fold};
use crate::people::fast_hash::FastMap;
use crate::people::unicode::normalize_text;
use matcher::Matcher;

/// The lexicon built into the binary, for runs outside the project folder.
pub const BUNDLED_TOPICS: &str = include_str!("../../config/topics.toml");
/// Where the lexicon is read from by default (relative to the project folder).
pub const DEFAULT_TOPICS_PATH: &str = "config/topics.toml";

pub struct Lexicon {
    concepts: Vec<Concept>,
    /// Per concept: itself, then the wider concepts a mention of it also tags (transitively).
    tags: Vec<Vec<u16>>,
    by_id: FastMap<String, u16>,
    matcher: Matcher,
    /// Words that name no topic of their own ("situation", "talks").
    generic: Matcher,
    /// Every name, folded, for autocomplete: (concept, folded name, name as written).
    names: Vec<(u16, String, String)>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lexicon({} concepts)", self.concepts.len())
    }
}

/// A concept a query names, and where: the byte range of its words in the query text.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryConcept {
    /// Concept ids these words name (usually one; several when the words are ambiguous).
    pub ids: Vec<String>,
    pub span: Range<usize>,
}

/// An autocomplete choice: a concept and the name that matched what was typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub id: String,
    pub label: String,
    /// The name matched, in the language it was typed in.
    pub name: String,
    /// 0: a name starts with the text typed; 1: one of its words does.
    pub rank: u8,
}

static BUNDLED: LazyLock<Result<Arc<Lexicon>, String>> = LazyLock::new(|| {
    Lexicon::from_toml_strs(&[(DEFAULT_TOPICS_PATH, BUNDLED_TOPICS)])
        .map(Arc::new)
        .map_err(|e| e.to_string())
});

impl Lexicon {
    /// The lexicon built into the binary. It is tested at build time; should it ever fail to
    /// compile, the error says why and an empty lexicon keeps Readout working without topics.
    pub fn bundled() -> Arc<Lexicon> {
        match &*BUNDLED {
            Ok(lexicon) => lexicon.clone(),
            Err(e) => {
                tracing::error!(error = %e, "the built-in topic lexicon is broken; topics are off");
                Arc::new(Lexicon::empty())
            }
        }
    }

    pub fn empty() -> Self {
        Self::build(
            lexicon::Merged::default(),
            Matcher::default(),
            Matcher::default(),
        )
    }

    /// Reads `path` and the `.toml` files of the `.d` folder beside it. At the default path
    /// with no file there (Readout started elsewhere), the built-in copy is used.
    pub fn load(path: &Path) -> Result<Self, LexiconError> {
        if path == Path::new(DEFAULT_TOPICS_PATH) && !path.exists() {
            tracing::debug!("no {DEFAULT_TOPICS_PATH} here; using the built-in topic lexicon");
            return Self::from_toml_strs(&[(DEFAULT_TOPICS_PATH, BUNDLED_TOPICS)]);
        }
        Self::from_texts(&lexicon::read_files(path)?)
    }

    /// A lexicon from TOML texts (name, text), merged as [`Lexicon::load`] merges files.
    pub fn from_toml_strs(texts: &[(&str, &str)]) -> Result<Self, LexiconError> {
        let owned: Vec<(String, String)> = texts
            .iter()
            .map(|(p, t)| (p.to_string(), t.to_string()))
            .collect();
        Self::from_texts(&owned)
    }

    fn from_texts(texts: &[(String, String)]) -> Result<Self, LexiconError> {
        let merged = lexicon::merge(texts)?;
        let matcher = lexicon::compile(&merged.concepts)?;
        let generic = lexicon::compile_generic(&merged.generic)?;
        Ok(Self::build(merged, matcher, generic))
    }

    fn build(merged: lexicon::Merged, matcher: Matcher, generic: Matcher) -> Self {
        let concepts = merged.concepts;
        let by_id: FastMap<String, u16> = concepts
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i as u16))
            .collect();
        let tags = (0..concepts.len())
            .map(|i| {
                let mut tags = vec![i as u16];
                let mut at = 0;
                while at < tags.len() {
                    for wider in &concepts[tags[at] as usize].broader {
                        if let Some(&w) = by_id.get(wider)
                            && !tags.contains(&w)
                        {
                            tags.push(w);
                        }
                    }
                    at += 1;
                }
                tags
            })
            .collect();
        let mut names = Vec::new();
        for (i, c) in concepts.iter().enumerate() {
            for name in c.names.values().flatten() {
                names.push((i as u16, fold_phrase(name), name.clone()));
            }
        }
        Self {
            concepts,
            tags,
            by_id,
            matcher,
            generic,
            names,
        }
    }

    pub fn concepts(&self) -> &[Concept] {
        &self.concepts
    }

    pub fn get(&self, id: &str) -> Option<&Concept> {
        self.by_id.get(id).map(|&i| &self.concepts[i as usize])
    }

    /// The English name of a concept; the id itself when the lexicon does not know it.
    pub fn label<'a>(&'a self, id: &'a str) -> &'a str {
        self.get(id).map_or(id, Concept::label)
    }

    /// The id of the concept in slot `slot` of a [`Mention`].
    pub fn id(&self, slot: u16) -> &str {
        &self.concepts[slot as usize].id
    }

    /// The concept in slot `slot` of a [`Mention`].
    pub fn concept(&self, slot: u16) -> &Concept {
        &self.concepts[slot as usize]
    }

    /// True when `wider` is one of the wider concepts of `narrower` (transitively).
    pub fn is_wider(&self, wider: &str, narrower: &str) -> bool {
        match (self.by_id.get(wider), self.by_id.get(narrower)) {
            (Some(w), Some(&n)) => self.tags_of(n).iter().skip(1).any(|t| t == w),
            _ => false,
        }
    }

    /// The concept itself and its wider concepts: what a mention of it tags.
    pub fn tags_of(&self, slot: u16) -> &[u16] {
        &self.tags[slot as usize]
    }

    /// Concepts mentioned in tokens `range` of a statement's text (names do not count here).
    pub fn mentions(&self, text: &Text, range: Range<usize>) -> Vec<Mention> {
        self.matcher.find(text, range, false)
    }

    /// The concepts a query's words name, with the byte range of those words in `query`.
    pub fn in_query(&self, query: &str) -> Vec<QueryConcept> {
        let text = Text::new(None, query);
        let mut out: Vec<QueryConcept> = Vec::new();
        for m in self.matcher.find(&text, 0..text.tokens.len(), true) {
            let span = text.tokens[m.start].span.start..text.tokens[m.end - 1].span.end;
            let id = self.id(m.concept).to_string();
            match out.iter_mut().find(|q| q.span == span) {
                Some(q) if !q.ids.contains(&id) => q.ids.push(id),
                Some(_) => {}
                None => out.push(QueryConcept {
                    ids: vec![id],
                    span,
                }),
            }
        }
        out
    }

    /// Byte ranges of the words of a query that name no topic of their own ("situation",
    /// "talks"): next to a topic they are not asked of the statements it finds.
    pub fn generic_spans(&self, query: &str) -> Vec<Range<usize>> {
        let text = Text::new(None, query);
        self.generic
            .find(&text, 0..text.tokens.len(), false)
            .into_iter()
            .map(|m| text.tokens[m.start].span.start..text.tokens[m.end - 1].span.end)
            .collect()
    }

    /// Byte ranges of `text` where it mentions one of `ids` (or a narrower concept of one):
    /// the words to highlight in an excerpt, in the statement's own language. Empty when the
    /// text is not in the written form Readout keeps statements in.
    pub fn spans(&self, text: &str, ids: &[String]) -> Vec<Range<usize>> {
        let wanted: Vec<u16> = ids
            .iter()
            .filter_map(|id| self.by_id.get(id))
            .copied()
            .collect();
        if wanted.is_empty() || normalize_text(text) != text {
            return Vec::new();
        }
        let read = Text::new(None, text);
        self.matcher
            .find(&read, 0..read.tokens.len(), false)
            .into_iter()
            .filter(|m| self.tags_of(m.concept).iter().any(|t| wanted.contains(t)))
            .map(|m| read.tokens[m.start].span.start..read.tokens[m.end - 1].span.end)
            .collect()
    }

    /// Concepts with a name (in any language) that starts with what was typed, or has a word
    /// that does, best first; each concept once, with the name that matched. Empty `partial`:
    /// every concept.
    pub fn suggest(&self, partial: &str, limit: usize) -> Vec<Suggestion> {
        let typed = fold_phrase(partial);
        let mut best: Vec<Option<(u8, usize)>> = vec![None; self.concepts.len()];
        for (n, (slot, folded, _)) in self.names.iter().enumerate() {
            let rank = if folded.starts_with(&typed) {
                0
            } else if folded.split(' ').any(|w| w.starts_with(&typed)) {
                1
            } else {
                continue;
            };
            let entry = &mut best[*slot as usize];
            if entry.is_none_or(|(r, _)| rank < r) {
                *entry = Some((rank, n));
            }
        }
        let mut out: Vec<Suggestion> = best
            .into_iter()
            .enumerate()
            .filter_map(|(slot, found)| {
                let (rank, n) = found?;
                let concept = &self.concepts[slot];
                Some(Suggestion {
                    id: concept.id.clone(),
                    label: concept.label().to_string(),
                    name: self.names[n].2.clone(),
                    rank,
                })
            })
            .collect();
        out.sort_by(|a, b| a.rank.cmp(&b.rank).then_with(|| a.label.cmp(&b.label)));
        out.truncate(limit);
        out
    }
}

/// A name or typed text, folded word by word as statements are, words joined by one space.
fn fold_phrase(text: &str) -> String {
    let read = Text::new(None, text);
    let mut buf = String::new();
    (0..read.tokens.len())
        .map(|i| matcher::key(&fold(read.word(i)), &mut buf).to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"
        [[concept]]
        id = "climate"
        kind = "process"
        names.en = ["climate"]
        forms.en = ["climate"]

        [[concept]]
        id = "cop29"
        kind = "body"
        broader = ["climate"]
        names.en = ["COP29"]
        names.ru = ["КС-29"]
        forms.en = ["cop29"]

        [[concept]]
        id = "peace-treaty"
        kind = "process"
        names.en = ["peace treaty"]
        names.ru = ["мирный договор"]
        forms.en = ["peace treaty|treaties"]
        forms.ru = ["мирн* договор*"]
    "#;

    fn small() -> Lexicon {
        Lexicon::from_toml_strs(&[("small", SMALL)]).expect("compiles")
    }

    #[test]
    fn the_bundled_lexicon_compiles() {
        let lexicon = Lexicon::from_toml_strs(&[(DEFAULT_TOPICS_PATH, BUNDLED_TOPICS)]);
        assert!(lexicon.is_ok(), "{:?}", lexicon.err());
    }

    #[test]
    fn queries_map_to_concepts_with_their_words() {
        let lexicon = small();
        let found = lexicon.in_query("мирный договор Armenia");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].ids, ["peace-treaty"]);
        assert_eq!(
            &"мирный договор Armenia"[found[0].span.clone()],
            "мирный договор"
        );
        assert_eq!(lexicon.in_query("КС-29")[0].ids, ["cop29"]);
    }

    #[test]
    fn wider_concepts_are_tagged_and_highlighted() {
        let lexicon = small();
        let slot = lexicon.by_id["cop29"];
        let tags: Vec<&str> = lexicon
            .tags_of(slot)
            .iter()
            .map(|&t| lexicon.id(t))
            .collect();
        assert_eq!(tags, ["cop29", "climate"]);
        let text = "Talks on COP29 and the climate.";
        let spans = lexicon.spans(text, &["climate".to_string()]);
        let words: Vec<&str> = spans.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(words, ["COP29", "climate"]);
    }

    #[test]
    fn suggestions_come_by_any_name() {
        let lexicon = small();
        let s = lexicon.suggest("мир", 5);
        assert_eq!(s[0].id, "peace-treaty");
        assert_eq!(s[0].name, "мирный договор");
        assert_eq!(s[0].label, "peace treaty");
        assert_eq!(lexicon.suggest("treaty", 5)[0].rank, 1);
        assert_eq!(lexicon.suggest("", 10).len(), 3);
    }
}
