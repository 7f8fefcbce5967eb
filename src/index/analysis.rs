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

/// The plain field's analyzer for indexing: it also prepares the stemmed fields' tokens.
fn plain_analyzer() -> TextAnalyzer {
    let tokenizer = FoldingTokenizer {
        pairs: true,
        ..FoldingTokenizer::new(true)
    };
    TextAnalyzer::builder(tokenizer)
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .build()
}

/// The plain field's analysis alone (the same tokens), for texts read but not indexed, such
/// as excerpts: no tokens prepared for a stemmed field that will not ask for them.
pub fn plain_reader() -> TextAnalyzer {
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
///
/// A statement's text is indexed twice, plain and stemmed, by the same indexing thread one
/// field after the other. So that it is read once, the plain analyzer (`pairs`) also makes
/// the tokens the stemmed analyzers start from (the same words, not transliterated) and leaves
/// them in [`PAIRED`] with the text they came from; a stemmed analyzer given that same text
/// takes them instead of reading it again. Any other text is read as usual: the hand-over
/// saves work, it never changes a token.
pub struct FoldingTokenizer {
    transliterate: bool,
    /// Index into [`STEMMED`].
    stems: Option<usize>,
    /// Also make the untransliterated tokens of the text for a stemmed analyzer to take.
    pairs: bool,
    tokens: Vec<Token>,
    spare: Vec<Token>,
}

/// Buffers are scratch space: a copy starts empty.
impl Clone for FoldingTokenizer {
    fn clone(&self) -> Self {
        Self {
            stems: self.stems,
            pairs: self.pairs,
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
            pairs: false,
            tokens: Vec::new(),
            spare: Vec::new(),
        }
    }
}

/// The untransliterated tokens the plain analyzer made last on this thread, and their text.
#[derive(Default)]
struct Paired {
    text: String,
    /// Meaningful only while `text` is set.
    tokens: Vec<Token>,
    /// Token buffers for the next hand-over, apart from any tokenizer's own: the plain
    /// analyzer of another field (names on call documents) must not take them.
    spare: Vec<Token>,
}

/// Texts longer than this are not handed over (the copy of the text is kept per thread).
const MAX_PAIRED_BYTES: usize = 1 << 20;

thread_local! {
    static PAIRED: RefCell<Paired> = RefCell::new(Paired::default());
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
        if self.pairs && self.transliterate && text.len() <= MAX_PAIRED_BYTES {
            PAIRED.with(|paired| {
                let mut paired = paired.borrow_mut();
                let paired = &mut *paired;
                // Tokens no stemmed analyzer took.
                paired.spare.append(&mut paired.tokens);
                paired.spare.truncate(MAX_SPARE_TOKENS);
                paired.text.clear();
                let lanes = Lanes {
                    plain: Some(Lane::new(&mut self.tokens, &mut self.spare)),
                    raw: Some(Lane::new(&mut paired.tokens, &mut paired.spare)),
                };
                tokenize_lanes(text, lanes);
                paired.text.push_str(text);
            });
        } else if !(self.stems.is_some() && !self.transliterate && self.take_paired(text)) {
            tokenize_reusing(text, self.transliterate, &mut self.tokens, &mut self.spare);
        }
        if let Some(slot) = self.stems {
            stem_all(slot, &mut self.tokens);
        }
        MutStream {
            tokens: &mut self.tokens,
            index: 0,
        }
    }
}

impl FoldingTokenizer {
    /// Takes the plain analyzer's untransliterated tokens when they are those of `text`, and
    /// leaves this tokenizer's spare buffers for the next hand-over.
    fn take_paired(&mut self, text: &str) -> bool {
        PAIRED.with(|paired| {
            let mut paired = paired.borrow_mut();
            if paired.text.is_empty() || paired.text != text {
                return false;
            }
            paired.text.clear();
            std::mem::swap(&mut self.tokens, &mut paired.tokens);
            paired.spare.append(&mut self.spare);
            true
        })
    }
}

/// The tokenizer's work, usable without tantivy (query rewriting, tests).
pub fn tokenize_into(text: &str, transliterate: bool, out: &mut Vec<Token>) {
    tokenize_reusing(text, transliterate, out, &mut Vec::new());
}

/// [`tokenize_into`], taking token buffers from `spare` before allocating new ones.
fn tokenize_reusing(text: &str, transliterate: bool, out: &mut Vec<Token>, spare: &mut Vec<Token>) {
    let lane = Some(Lane::new(out, spare));
    let lanes = if transliterate {
        Lanes {
            plain: lane,
            raw: None,
        }
    } else {
        Lanes {
            plain: None,
            raw: lane,
        }
    };
    tokenize_lanes(text, lanes);
}

/// Where one reading of a text writes its tokens: transliterated (`plain`), in the words' own
/// scripts (`raw`), or both.
struct Lanes<'a> {
    plain: Option<Lane<'a>>,
    raw: Option<Lane<'a>>,
}

/// One token list being made, with the buffers it may reuse, its next position and, for
/// joining a code to the number after it, the end offset and letter count of the previous
/// token when it was all letters.
struct Lane<'a> {
    out: &'a mut Vec<Token>,
    spare: &'a mut Vec<Token>,
    position: usize,
    prev_letters: Option<(usize, usize)>,
}

impl<'a> Lane<'a> {
    fn new(out: &'a mut Vec<Token>, spare: &'a mut Vec<Token>) -> Self {
        Lane {
            out,
            spare,
            position: 0,
            prev_letters: None,
        }
    }

    /// An empty token to fold a word into, reusing a buffer when there is one.
    fn take(&mut self) -> Token {
        let mut token = self.spare.pop().unwrap_or_default();
        token.text.clear();
        token
    }

    /// Adds `token` (its text folded) for the word at `from..to` of `text`.
    fn push(&mut self, text: &str, from: usize, to: usize, mut token: Token) {
        if token.text.is_empty() {
            self.spare.push(token);
            return;
        }
        let folded = &token.text;
        let digits = folded.bytes().all(|b| b.is_ascii_digit());
        if let (Some((prev_end, prev_len)), true) = (self.prev_letters, digits) {
            let gap = &text[prev_end..from];
            let joinable_gap = matches!(gap, " " | "-" | "\u{2011}" | "\u{2013}");
            if joinable_gap
                && (2..=6).contains(&prev_len)
                && folded.len() <= 4
                && let Some(prev) = self.out.last()
            {
                let joined = Token {
                    offset_from: prev.offset_from,
                    offset_to: to,
                    position: self.position,
                    text: format!("{}{}", prev.text, folded),
                    position_length: 1,
                };
                self.out.push(joined);
            }
        }
        self.prev_letters = if folded.is_ascii() {
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
        token.position = self.position;
        token.position_length = 1;
        self.out.push(token);
        self.position += 1;
    }
}

/// Reads `text` once, writing the tokens of every lane asked for. Each lane gets exactly the
/// tokens a reading for it alone would give: positions and joined codes are per lane.
fn tokenize_lanes(text: &str, lanes: Lanes<'_>) {
    let Lanes { mut plain, mut raw } = lanes;
    let mut word = |from: usize, to: usize| {
        // NFC and look-alike letters here too: not every text comes through the sources.
        let normal = normalize_word_in(text, from..to);
        match (&mut plain, &mut raw) {
            (Some(plain), Some(raw)) => {
                let (mut p, mut r) = (plain.take(), raw.take());
                fold_word_both(&normal, &mut p.text, &mut r.text);
                plain.push(text, from, to, p);
                raw.push(text, from, to, r);
            }
            (Some(lane), None) => {
                let mut token = lane.take();
                fold_word(&normal, true, &mut token.text);
                lane.push(text, from, to, token);
            }
            (None, Some(lane)) => {
                let mut token = lane.take();
                fold_word(&normal, false, &mut token.text);
                lane.push(text, from, to, token);
            }
            (None, None) => {}
        }
    };
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if crate::chars::is_alphanumeric(c) {
            if start.is_none() {
                start = Some(i);
            }
        } else if start.is_some() && is_combining(c) {
            // A decomposed accent (NFD text) belongs to the word it follows.
        } else if let Some(s) = start.take() {
            word(s, i);
        }
    }
    if let Some(s) = start {
        word(s, text.len());
    }
}

/// Combining marks, as NFD text writes accents (`g` + U+0306 for `ğ`).
fn is_combining(c: char) -> bool {
    (c as u32) >= 0x300 && unicode_normalization::char::is_combining_mark(c)
}

/// Most stems remembered per thread and language before the memory is started afresh.
const STEM_CACHE_LIMIT: usize = 200_000;

/// Word -> stem for one language; `None` when the stem is the word itself (most words: no
/// second string to compare or copy).
#[derive(Clone, Default)]
struct StemCache(FxHashMap<Box<str>, Option<Box<str>>>);

impl StemCache {
    /// Replaces `word` by its stem, from memory when the word was seen before.
    fn stem(&mut self, slot: usize, word: &mut String) {
        if let Some(known) = self.0.get(word.as_str()) {
            if let Some(stem) = known {
                word.clear();
                word.push_str(stem);
            }
            return;
        }
        let stem = frostem::Stemmer::new(STEMMED[slot].1)
            .stem(word)
            .into_owned();
        if self.0.len() >= STEM_CACHE_LIMIT {
            self.0.clear();
        }
        let differs = (stem != *word).then(|| stem.as_str().into());
        self.0.insert(word.as_str().into(), differs);
        *word = stem;
    }
}

thread_local! {
    /// Word -> stem, per language: vocabularies are Zipfian, so most words repeat and the
    /// stemmer's work is done once per thread (indexing threads live as long as the writer).
    static STEM_CACHE: RefCell<Vec<StemCache>> =
        RefCell::new(vec![StemCache::default(); STEMMED.len()]);
}

/// Replaces every token by its stem in the language at `STEMMED[slot]`.
fn stem_all(slot: usize, tokens: &mut [Token]) {
    STEM_CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        let Some(cache) = cache.get_mut(slot) else {
            return;
        };
        for token in tokens {
            // Too long to be indexed anyway; and hostile text must not fill the cache with
            // huge keys.
            if token.text.len() <= MAX_TOKEN_BYTES {
                cache.stem(slot, &mut token.text);
            }
        }
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

/// [`fold_word`] both ways in one pass: `plain` transliterated, `raw` not. The two differ only
/// in letters of scripts other than Latin.
fn fold_word_both(word: &str, plain: &mut String, raw: &mut String) {
    if word.is_ascii() {
        fold_word(word, true, plain);
        raw.push_str(plain);
        return;
    }
    let mut buf = [0u8; 4];
    for c in word.chars() {
        if c.is_ascii() {
            let lower = c.to_ascii_lowercase();
            plain.push(lower);
            raw.push(lower);
        } else if is_latin(c) {
            let ascii = any_ascii::any_ascii_char(c);
            for a in ascii.chars().filter(|a| a.is_ascii_alphanumeric()) {
                let lower = a.to_ascii_lowercase();
                plain.push(lower);
                raw.push(lower);
            }
        } else {
            let ascii = any_ascii::any_ascii_char(c);
            for a in ascii.chars().filter(|a| a.is_ascii_alphanumeric()) {
                plain.push(a.to_ascii_lowercase());
            }
            for l in c.to_lowercase() {
                raw.push_str(l.encode_utf8(&mut buf));
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

    /// Texts where the plain and untransliterated readings part: codes joined in one script
    /// and not the other ("Щ 22": `shch22` plain, a one-letter `щ` not joined), digits of
    /// other scripts, letters transliterated to nothing, decomposed accents, look-alikes.
    const MIXED: &[&str] = &[
        "",
        " -- ",
        "the COP 29 summit, COP-29 and COP29'un",
        "ЕС 27 и СНГ-2024, Щ 22, ЖЭ 5",
        "Путин провёл переговоры с Ильхамом Алиевым по телефону",
        "قمة ٢٠٢٤ COP 29 والرئيس",
        "Ελλάδα 2024 και ΟΗΕ 80",
        "中国 2024 ᄀ 12 ㄱ 7",
        "Erdog\u{306}an and Кути\u{306} met Ma\u{441}ron",
        "Əliyev İlham Ərdoğana zəng edib 12-ci",
        "Հայաստան 2024 ՀՀ 5",
        "x\u{0301}\u{0301} 1 ab 12345 ab 1234",
    ];

    /// Every file of the sample corpus, read as text: real statements in a dozen languages.
    fn sample_texts() -> Vec<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/statements");
        let mut out: Vec<String> = MIXED.iter().map(|s| s.to_string()).collect();
        if let Ok(entries) = std::fs::read_dir(dir) {
            for entry in entries.flatten() {
                if let Ok(bytes) = std::fs::read(entry.path()) {
                    out.push(String::from_utf8_lossy(&bytes).into_owned());
                }
            }
        }
        out
    }

    #[test]
    fn one_reading_gives_each_lane_the_tokens_of_its_own_reading() {
        let texts = sample_texts();
        assert!(texts.len() > MIXED.len(), "the sample corpus was not found");
        let (mut spare, mut raw_spare) = (Vec::new(), Vec::new());
        for text in &texts {
            let (mut plain_alone, mut raw_alone) = (Vec::new(), Vec::new());
            tokenize_into(text, true, &mut plain_alone);
            tokenize_into(text, false, &mut raw_alone);
            let (mut plain, mut raw) = (Vec::new(), Vec::new());
            let lanes = Lanes {
                plain: Some(Lane::new(&mut plain, &mut spare)),
                raw: Some(Lane::new(&mut raw, &mut raw_spare)),
            };
            tokenize_lanes(text, lanes);
            assert_eq!(plain, plain_alone, "{text}");
            assert_eq!(raw, raw_alone, "{text}");
            // Buffers come back dirty, and to the other lane: each reading overwrites them.
            raw_spare.append(&mut plain);
            spare.append(&mut raw);
        }
    }

    /// The stemmed analyzers take the plain analyzer's reading only for the same text, and
    /// give exactly what they would have made themselves.
    #[test]
    fn stemmed_analyzers_get_the_same_tokens_from_the_plain_reading() {
        let index = tantivy::Index::create_in_ram(tantivy::schema::Schema::builder().build());
        register(&index);
        let run = |analyzer: &mut TextAnalyzer, text: &str| -> Vec<Token> {
            let mut out = Vec::new();
            let mut stream = analyzer.token_stream(text);
            while let Some(t) = stream.next() {
                out.push(t.clone());
            }
            out
        };
        let get = |name: &str| index.tokenizers().get(name).expect("registered analyzer");
        let texts = sample_texts();
        // Stemmed tokens made without any plain reading before them, on a thread of their own.
        let alone: Vec<Vec<Vec<Token>>> = std::thread::scope(|scope| {
            scope
                .spawn(|| {
                    STEMMED
                        .iter()
                        .map(|(code, _)| {
                            let mut stemmed = get(&stemmed_analyzer_name(code));
                            texts.iter().map(|t| run(&mut stemmed, t)).collect()
                        })
                        .collect()
                })
                .join()
                .expect("no panic")
        });
        let mut plain = get(PLAIN);
        for (slot, (code, _)) in STEMMED.iter().enumerate() {
            let mut stemmed = get(&stemmed_analyzer_name(code));
            for (i, text) in texts.iter().enumerate() {
                let plain_tokens = run(&mut plain, text);
                let mut plain_alone = Vec::new();
                tokenize_into(text, true, &mut plain_alone);
                plain_alone.retain(|t| t.text.len() < MAX_TOKEN_BYTES);
                assert_eq!(plain_tokens, plain_alone, "{text}");
                assert_eq!(run(&mut stemmed, text), alone[slot][i], "{code}: {text}");
                // Not handed over twice, nor to another text.
                assert_eq!(run(&mut stemmed, text), alone[slot][i], "{code}: {text}");
                let other = &texts[(i + 1) % texts.len()];
                run(&mut plain, other);
                assert_eq!(
                    run(&mut stemmed, text),
                    alone[slot][i],
                    "{code}: {text} after {other}"
                );
            }
        }
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
