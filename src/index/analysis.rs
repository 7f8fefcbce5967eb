//! Text analysis: one tokenizer that folds accents, lower-cases and (for the language-neutral
//! field) transliterates other scripts, and joins code-like pairs ("COP 29" also yields `cop29`),
//! then, for the stemmed fields, the Snowball stemmers tantivy itself uses, with a cache.

use std::cell::RefCell;

use frostem::Algorithm;
use rustc_hash::FxHashMap;
use tantivy::tokenizer::{RemoveLongFilter, TextAnalyzer, Token, TokenStream, Tokenizer};

use crate::people::unicode::normalize_word_in;

/// Name of the language-neutral analyzer (folded, transliterated, unstemmed).
pub const PLAIN: &str = "readout_plain";

/// Languages with a stemmed field: (ISO 639-1 code, Snowball stemmer).
pub const STEMMED: &[(&str, Algorithm)] = &[
    ("en", Algorithm::English),
    ("fr", Algorithm::French),
    ("de", Algorithm::German),
    ("es", Algorithm::Spanish),
    ("ru", Algorithm::Russian),
    ("tr", Algorithm::Turkish),
    ("it", Algorithm::Italian),
    ("pt", Algorithm::Portuguese),
    ("nl", Algorithm::Dutch),
    ("ar", Algorithm::Arabic),
];

/// Longer tokens are dropped: no word is that long, and they would bloat the dictionary.
const MAX_TOKEN_BYTES: usize = 48;

pub fn stemmed_analyzer_name(code: &str) -> String {
    format!("readout_{code}")
}

/// Registers every analyzer the schema names.
pub fn register(index: &tantivy::Index) {
    let manager = index.tokenizers();
    manager.register(PLAIN, plain_analyzer());
    for (slot, (code, _)) in STEMMED.iter().enumerate() {
        // Cyrillic and Arabic stay in their script so their stemmers can work.
        let tokenizer = FoldingTokenizer {
            stems: Some(slot),
            ..FoldingTokenizer::new(false)
        };
        manager.register(
            &stemmed_analyzer_name(code),
            TextAnalyzer::builder(tokenizer)
                .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
                .build(),
        );
    }
}

fn plain_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(FoldingTokenizer::new(true))
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .build()
}

/// Splits on anything that is not a letter or digit (a combining mark continues its word);
/// reads each word in its one Unicode form ([`crate::people::unicode`]: NFC, look-alike
/// letters in the word's script); folds Latin diacritics ("Erdoğan" ->
/// `erdogan`, "Əliyev" -> `eliyev`); lower-cases; with `transliterate`, also writes other
/// scripts in Latin letters ("Алиев" -> `aliev`). A short letter run followed by a number
/// ("COP 29", "COP-29") also yields the joined token (`cop29`) at the number's position.
/// With `stems`, every token is replaced by its stem in that language.
pub struct FoldingTokenizer {
    transliterate: bool,
    /// Index into [`STEMMED`].
    stems: Option<usize>,
    tokens: Vec<Token>,
    spare: Vec<Token>,
}

/// Buffers are scratch space: a copy starts empty.
impl Clone for FoldingTokenizer {
    fn clone(&self) -> Self {
        Self {
            stems: self.stems,
            ..Self::new(self.transliterate)
        }
    }
}

/// Token buffers kept between documents; a huge document's excess is let go.
const MAX_SPARE_TOKENS: usize = 8192;

impl FoldingTokenizer {
    pub fn new(transliterate: bool) -> Self {
        Self {
            transliterate,
            stems: None,
            tokens: Vec::new(),
            spare: Vec::new(),
        }
    }
}

/// The stream handed out: a mutable view of the tokenizer's buffer.
pub struct MutStream<'a> {
    tokens: &'a mut [Token],
    index: usize,
}

impl TokenStream for MutStream<'_> {
    fn advance(&mut self) -> bool {
        if self.index < self.tokens.len() {
            self.index += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &Token {
        &self.tokens[self.index - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.index - 1]
    }
}

impl Tokenizer for FoldingTokenizer {
    type TokenStream<'a> = MutStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> MutStream<'a> {
        // Keep the previous document's token strings to write into: no allocation per token.
        self.spare.append(&mut self.tokens);
        self.spare.truncate(MAX_SPARE_TOKENS);
        tokenize_reusing(text, self.transliterate, &mut self.tokens, &mut self.spare);
        if let Some(slot) = self.stems {
            for token in &mut self.tokens {
                stem_in_place(slot, &mut token.text);
            }
        }
        MutStream {
            tokens: &mut self.tokens,
            index: 0,
        }
    }
}

/// The tokenizer's work, usable without tantivy (query rewriting, tests).
pub fn tokenize_into(text: &str, transliterate: bool, out: &mut Vec<Token>) {
    tokenize_reusing(text, transliterate, out, &mut Vec::new());
}

/// [`tokenize_into`], taking token buffers from `spare` before allocating new ones.
fn tokenize_reusing(text: &str, transliterate: bool, out: &mut Vec<Token>, spare: &mut Vec<Token>) {
    let mut position = 0usize;
    let mut start: Option<usize> = None;
    // End offset and letter count of the previous token when it was all letters, for joining.
    let mut prev_letters: Option<(usize, usize)> = None;
    let mut push = |from: usize, to: usize, out: &mut Vec<Token>| {
        let mut token = spare.pop().unwrap_or_default();
        token.text.clear();
        // NFC and look-alike letters here too: not every text comes through the sources.
        fold_word(
            &normalize_word_in(text, from..to),
            transliterate,
            &mut token.text,
        );
        if token.text.is_empty() {
            spare.push(token);
            return;
        }
        let folded = &token.text;
        let digits = folded.bytes().all(|b| b.is_ascii_digit());
        if let (Some((prev_end, prev_len)), true) = (prev_letters, digits) {
            let gap = &text[prev_end..from];
            let joinable_gap = matches!(gap, " " | "-" | "\u{2011}" | "\u{2013}");
            if joinable_gap
                && (2..=6).contains(&prev_len)
                && folded.len() <= 4
                && let Some(prev) = out.last()
            {
                let joined = Token {
                    offset_from: prev.offset_from,
                    offset_to: to,
                    position,
                    text: format!("{}{}", prev.text, folded),
                    position_length: 1,
                };
                out.push(joined);
            }
        }
        prev_letters = if folded.is_ascii() {
            folded
                .bytes()
                .all(|b| b.is_ascii_alphabetic())
                .then_some((to, folded.len()))
        } else {
            folded
                .chars()
                .all(crate::chars::is_alphabetic)
                .then(|| (to, folded.chars().count()))
        };
        token.offset_from = from;
        token.offset_to = to;
        token.position = position;
        token.position_length = 1;
        out.push(token);
        position += 1;
    };
    for (i, c) in text.char_indices() {
        if crate::chars::is_alphanumeric(c) {
            if start.is_none() {
                start = Some(i);
            }
        } else if start.is_some() && is_combining(c) {
            // A decomposed accent (NFD text) belongs to the word it follows.
        } else if let Some(s) = start.take() {
            push(s, i, out);
        }
    }
    if let Some(s) = start {
        push(s, text.len(), out);
    }
}

/// Combining marks, as NFD text writes accents (`g` + U+0306 for `ğ`).
fn is_combining(c: char) -> bool {
    (c as u32) >= 0x300 && unicode_normalization::char::is_combining_mark(c)
}

/// Most stems remembered per thread and language before the memory is started afresh.
const STEM_CACHE_LIMIT: usize = 200_000;

thread_local! {
    /// Word -> stem, per language: vocabularies are Zipfian, so most words repeat and the
    /// stemmer's work is done once per thread (indexing threads live as long as the writer).
    static STEM_CACHE: RefCell<Vec<FxHashMap<Box<str>, Box<str>>>> =
        RefCell::new(vec![FxHashMap::default(); STEMMED.len()]);
}

/// Replaces `word` by its stem in the language at `STEMMED[slot]`.
fn stem_in_place(slot: usize, word: &mut String) {
    // Too long to be indexed anyway; and hostile text must not fill the cache with huge keys.
    if word.len() > MAX_TOKEN_BYTES {
        return;
    }
    STEM_CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        let map = &mut cache[slot];
        if let Some(stem) = map.get(word.as_str()) {
            if **stem != **word {
                word.clear();
                word.push_str(stem);
            }
            return;
        }
        let stem: Box<str> = frostem::Stemmer::new(STEMMED[slot].1).stem(word).into();
        if map.len() >= STEM_CACHE_LIMIT {
            map.clear();
        }
        map.insert(word.as_str().into(), stem.clone());
        word.clear();
        word.push_str(&stem);
    });
}

fn fold_word(word: &str, transliterate: bool, out: &mut String) {
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        return;
    }
    let mut buf = [0u8; 4];
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if transliterate || is_latin(c) {
            let ascii = any_ascii::any_ascii_char(c);
            for a in ascii.chars().filter(|a| a.is_ascii_alphanumeric()) {
                out.push(a.to_ascii_lowercase());
            }
        } else {
            for l in c.to_lowercase() {
                out.push_str(l.encode_utf8(&mut buf));
            }
        }
    }
}

fn is_latin(c: char) -> bool {
    matches!(c as u32, 0x00C0..=0x024F | 0x1E00..=0x1EFF)
}

/// Folds a query word the way the plain field is indexed.
pub fn fold_plain(word: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    tokenize_into(word, true, &mut tokens);
    tokens.into_iter().map(|t| t.text).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, translit: bool) -> Vec<String> {
        let mut out = Vec::new();
        tokenize_into(text, translit, &mut out);
        out.into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn folds_accents_before_lower_casing() {
        assert_eq!(
            texts("İlham Əliyev Erdoğan", false),
            ["ilham", "eliyev", "erdogan"]
        );
    }

    #[test]
    fn decomposed_accents_and_look_alike_letters_read_as_one_form() {
        assert_eq!(texts("Erdog\u{306}an", true), ["erdogan"]);
        assert_eq!(texts("Erdog\u{306}an", false), ["erdogan"]);
        assert_eq!(texts("Кути\u{306}", false), ["кутй"]);
        // Cyrillic С, О, Р in an English sentence; a Cyrillic с in a Latin word.
        assert_eq!(
            texts("the \u{421}\u{41E}\u{420}29 talks with Ma\u{441}ron", true),
            ["the", "cop29", "talks", "with", "macron"]
        );
    }

    #[test]
    fn transliterates_only_when_asked() {
        assert_eq!(texts("Алиев", true), ["aliev"]);
        assert_eq!(texts("Алиев", false), ["алиев"]);
    }

    #[test]
    fn stemmed_analyzers_stem_in_the_words_own_script() {
        let index = tantivy::Index::create_in_ram(tantivy::schema::Schema::builder().build());
        register(&index);
        let stems = |code: &str, text: &str| -> Vec<String> {
            let Some(mut analyzer) = index.tokenizers().get(&stemmed_analyzer_name(code)) else {
                return Vec::new();
            };
            let mut out = Vec::new();
            let mut stream = analyzer.token_stream(text);
            while let Some(t) = stream.next() {
                out.push(t.text.clone());
            }
            out
        };
        assert_eq!(stems("en", "Treaties signed"), ["treati", "sign"]);
        // Twice: the second answer comes from the cache and must be the same.
        assert_eq!(stems("en", "treaties"), ["treati"]);
        assert_eq!(stems("ru", "переговоров"), ["переговор"]);
        assert_eq!(stems("fr", "négociations"), ["negoci"]);
        // Over-long tokens are neither stemmed nor kept.
        let long = format!("{}ing", "a".repeat(60));
        assert!(stems("en", &long).is_empty());
    }

    #[test]
    fn joins_codes_written_apart() {
        assert_eq!(texts("COP29", true), ["cop29"]);
        assert_eq!(
            texts("the COP 29 summit", true),
            ["the", "cop", "cop29", "29", "summit"]
        );
        assert_eq!(texts("COP-29", true), ["cop", "cop29", "29"]);
        assert_eq!(texts("COP29'un", true), ["cop29", "un"]);
        // A long word followed by a number is not a code.
        assert_eq!(texts("December 20", true), ["december", "20"]);
    }
}
