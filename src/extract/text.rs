//! Language-independent text machinery: folding, tokens and sentences.
//!
//! The text is folded once (lower case; Latin accents removed, so `télé` = `tele`, `ə` = `e`,
//! `ı` = `i`; other scripts only lower-cased, `ё` = `е`) into one buffer, and every token keeps
//! both its original and its folded range, so cue tables match folded words while names and
//! evidence come from the original text.

use std::ops::Range;

use crate::people::normalize::is_apostrophe;
use crate::people::unicode::normalize_text;

#[derive(Debug, Clone)]
pub struct Token {
    /// Byte range in the original text.
    pub span: Range<usize>,
    /// Byte range in the folded buffer.
    pub folded: Range<usize>,
    /// First letter is upper-case, or the script has no case (Arabic, Georgian...).
    pub capitalized: bool,
    /// Whitespace or punctuation other than a plain space comes right before the token
    /// (used to stop name spans at commas).
    pub after_punct: bool,
}

#[derive(Debug, Clone)]
pub struct Sentence {
    /// Token index range.
    pub tokens: Range<usize>,
    /// Byte range in the original text.
    pub span: Range<usize>,
    pub is_title: bool,
}

/// Fewest tokens a body sentence needs to be read as the lead: page furniture left in a text
/// ("Main Content", "Share", a bare dateline) leads nothing.
const MIN_LEAD_TOKENS: usize = 4;

impl Sentence {
    /// Not the headline, and long enough to be a sentence of the text.
    pub fn is_body_text(&self) -> bool {
        !self.is_title && self.tokens.len() >= MIN_LEAD_TOKENS
    }
}

#[derive(Debug)]
pub struct Text {
    pub original: String,
    pub folded: String,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

impl Text {
    /// `title` becomes sentence 0 (flagged) when present; the body follows.
    pub fn new(title: Option<&str>, body: &str) -> Self {
        // Statements from the sources already are in this form; others (tools, tests) may not.
        let title = title.map(normalize_text);
        let body = normalize_text(body);
        let mut original = String::with_capacity(body.len() + 128);
        let mut title_end = 0;
        if let Some(t) = title.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            original.push_str(t);
            title_end = original.len();
            original.push_str("\n\n");
        }
        original.push_str(&body);
        let mut text = Text {
            folded: String::with_capacity(original.len()),
            tokens: Vec::new(),
            sentences: Vec::new(),
            original,
        };
        text.tokenize();
        text.split_sentences(title_end);
        text
    }

    /// The lead: the first body sentence that is text rather than page furniture (the first
    /// body sentence when all are short).
    pub fn lead(&self) -> Option<usize> {
        self.sentences
            .iter()
            .position(Sentence::is_body_text)
            .or_else(|| self.sentences.iter().position(|s| !s.is_title))
    }

    pub fn word(&self, i: usize) -> &str {
        &self.folded[self.tokens[i].folded.clone()]
    }

    pub fn raw(&self, i: usize) -> &str {
        &self.original[self.tokens[i].span.clone()]
    }

    pub fn sentence_text(&self, s: &Sentence) -> &str {
        self.original[s.span.clone()].trim()
    }

    fn tokenize(&mut self) {
        // The fields apart: tokens are read from `original` and written to the other two.
        let Text {
            original,
            folded,
            tokens,
            ..
        } = self;
        let text = original.as_str();
        let mut out = Tokens { folded, tokens };
        out.tokens.reserve(text.len() / 6);
        let mut i = 0usize;
        let mut prev_end = 0usize;
        let bytes = text.as_bytes();
        while i < text.len() {
            if bytes[i].is_ascii() && !bytes[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let (c, len) = char_at(text, i);
            if !crate::chars::is_alphanumeric(c) {
                i += len;
                continue;
            }
            let start = i;
            let numeric = c.is_ascii_digit();
            // Noted on the way, so the word need not be scanned again for them.
            let mut ascii = c.is_ascii();
            let mut apostrophe = is_apostrophe(c);
            i += len;
            while i < text.len() {
                // The common case, a run of ASCII letters and digits, in a tight loop.
                if bytes[i].is_ascii_alphanumeric() {
                    i += 1;
                    continue;
                }
                let (ch, len) = char_at(text, i);
                let next_is =
                    |pred: fn(char) -> bool| text[i + len..].chars().next().is_some_and(pred);
                let keep = crate::chars::is_alphanumeric(ch)
                    || (is_apostrophe(ch) && !numeric && next_is(char::is_alphabetic))
                    // 10.04.2024, 2024-08-20, 14/10/2024 stay one token.
                    || (numeric && matches!(ch, '.' | '/' | '-') && next_is(|n| n.is_ascii_digit()));
                if !keep {
                    break;
                }
                ascii &= ch.is_ascii();
                apostrophe |= is_apostrophe(ch);
                i += len;
            }
            let after_punct = has_punctuation(&text[prev_end..start]);
            out.push_token(text, start..i, after_punct, ascii, apostrophe);
            prev_end = i;
        }
    }

    fn split_sentences(&mut self, title_end: usize) {
        let mut start_tok = 0usize;
        let n = self.tokens.len();
        for i in 0..n {
            let end_here = i + 1 == n
                || self.breaks_after(i, title_end)
                || i + 1 - start_tok >= MAX_SENTENCE_TOKENS;
            if end_here {
                let span_start = self.tokens[start_tok].span.start;
                let span_end = self.sentence_end_byte(i);
                let is_title = title_end > 0 && span_start < title_end;
                self.sentences.push(Sentence {
                    tokens: start_tok..i + 1,
                    span: span_start..span_end,
                    is_title,
                });
                start_tok = i + 1;
            }
        }
    }

    /// End byte of a sentence whose last token is `i`: include closing punctuation.
    fn sentence_end_byte(&self, i: usize) -> usize {
        let end = self.tokens[i].span.end;
        let next = self
            .tokens
            .get(i + 1)
            .map_or(self.original.len(), |t| t.span.start);
        let gap = &self.original[end..next];
        let keep = gap.find(['\n']).unwrap_or(gap.len());
        end + gap[..keep].trim_end().len()
    }

    /// Whether tokens `i` and `i + 1`, joined by a bare full stop, are two sentences.
    fn glued_sentences(&self, i: usize) -> bool {
        let (before, after) = (self.raw(i), self.raw(i + 1));
        let mut next = after.chars();
        before.chars().count() >= 3
            && before.chars().last().is_some_and(char::is_lowercase)
            && !ABBREVIATIONS.contains(&self.word(i))
            && after.chars().count() >= 3
            && next.next().is_some_and(char::is_uppercase)
            && next.next().is_some_and(char::is_lowercase)
    }

    fn breaks_after(&self, i: usize, title_end: usize) -> bool {
        let this = &self.tokens[i];
        let next = &self.tokens[i + 1];
        if title_end > 0 && this.span.end <= title_end && next.span.start > title_end {
            return true;
        }
        let gap = &self.original[this.span.end..next.span.start];
        if gap.contains('\n') {
            return true;
        }
        // '։' is the Armenian full stop.
        let Some(stop) = gap.find(['.', '!', '?', '…', ':', ';', '։']) else {
            return false;
        };
        if !gap[stop..].chars().any(char::is_whitespace) {
            // "в Стамбуле.Стоит отметить": a full stop that lost its space, between a
            // lower-case word and a capitalised one, each of three letters or more (not
            // initials, "U.S.", "С.В.Лавров" or an abbreviation).
            return gap == "." && self.glued_sentences(i);
        }
        if gap.starts_with('.') {
            let raw = self.raw(i);
            let letters = raw.chars().count();
            // Initials, abbreviations (Mr., Jr., H.E.) and German ordinals (am 13. März).
            if letters <= 2
                || ABBREVIATIONS.contains(&self.word(i))
                || raw.chars().all(|c| c.is_ascii_digit())
            {
                return false;
            }
        }
        // A new sentence starts with a capital, a digit or an opening quote; in a script
        // without capitals (Arabic), with any letter.
        let after = &self.original[next.span.start..];
        let uncased = |c: char| c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase();
        after
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || uncased(c))
            || gap.contains(['«', '"', '“'])
    }
}

/// Where tokenizing writes: the folded buffer and the tokens.
struct Tokens<'a> {
    folded: &'a mut String,
    tokens: &'a mut Vec<Token>,
}

impl Tokens<'_> {
    /// Pushes one token, splitting a French/Italian elision (`l'Ukraine` -> `l'` `Ukraine`).
    /// `ascii`: the word is all ASCII; `apostrophe`: it holds an apostrophe.
    fn push_token(
        &mut self,
        text: &str,
        span: Range<usize>,
        after_punct: bool,
        ascii: bool,
        apostrophe: bool,
    ) {
        let (start, end) = (span.start, span.end);
        let word = &text[start..end];
        let apostrophe = if !apostrophe {
            None
        } else if ascii {
            word.bytes().position(|b| b == b'\'' || b == b'`')
        } else {
            word.find(is_apostrophe)
        };
        if let Some(pos) = apostrophe {
            let before = &word[..pos];
            let is_elision = before.chars().count() <= 2
                || ELIDED_WORDS.iter().any(|w| before.eq_ignore_ascii_case(w));
            // Only Latin elisions: the Ukrainian apostrophe is part of the word (п'ятниця).
            if is_elision && before.chars().all(|c| c.is_ascii_alphabetic()) {
                let apo_len = word[pos..].chars().next().map_or(1, char::len_utf8);
                let split = start + pos + apo_len;
                self.push_one(text, start..split, after_punct, ascii);
                self.push_one(text, split..end, false, ascii);
                return;
            }
        }
        self.push_one(text, start..end, after_punct, ascii);
    }

    fn push_one(&mut self, text: &str, span: Range<usize>, after_punct: bool, ascii: bool) {
        let word = &text[span.clone()];
        let f_start = self.folded.len();
        let capitalized = if ascii {
            // Most words: no character to decode, lower-casing is all the folding there is.
            self.folded.push_str(word);
            self.folded[f_start..].make_ascii_lowercase();
            word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        } else {
            fold_into(word, self.folded);
            let first = word.chars().next().unwrap_or(' ');
            first.is_uppercase() || (first.is_alphabetic() && !first.is_lowercase())
        };
        let f_end = self.folded.len();
        self.folded.push(' ');
        self.tokens.push(Token {
            span,
            folded: f_start..f_end,
            capitalized,
            after_punct,
        });
    }
}

/// The character at byte `i` (a character boundary) and its length, ASCII without decoding.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let byte = text.as_bytes()[i];
    if byte.is_ascii() {
        return (char::from(byte), 1);
    }
    let c = text[i..]
        .chars()
        .next()
        .unwrap_or(char::REPLACEMENT_CHARACTER);
    (c, c.len_utf8())
}

/// Whether the gap between two tokens holds something other than whitespace.
fn has_punctuation(gap: &str) -> bool {
    if gap.is_ascii() {
        // The ASCII characters `char::is_whitespace` accepts: tab to carriage return, space.
        gap.bytes().any(|b| !matches!(b, b'\t'..=b'\r' | b' '))
    } else {
        gap.chars().any(|g| !g.is_whitespace())
    }
}

/// A "sentence" longer than this (a page without punctuation, a list run together) is cut into
/// pieces of this many tokens: the readers of a sentence compare its cue hits and words with
/// each other, so their work grows with the square of its length, and one 1 MB line took
/// minutes. No real sentence that reports a call comes near it.
pub const MAX_SENTENCE_TOKENS: usize = 200;

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "jr", "sr", "st", "no", "nr", "gen", "col", "prof", "mme", "mgr",
    "sen", "rep", "gov", "hon",
];

/// Longer words that elide before a vowel: French "qu'", Italian articled prepositions
/// ("dell'Azerbaigian", "all'Italia", "nell'ambito").
const ELIDED_WORDS: &[&str] = &[
    "qu", "dell", "dall", "nell", "sull", "all", "coll", "quell", "quest",
];

/// Lower-cases and folds one word into `out`: Latin letters lose accents (via `any_ascii`),
/// other scripts are only lower-cased, `ё` becomes `е`, apostrophes become `'`.
pub fn fold_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        // Most words of most statements: lower-casing is all there is to do.
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if is_apostrophe(c) {
            out.push('\'');
        } else if is_latin(c) {
            for b in any_ascii::any_ascii_char(c).chars() {
                out.push(b.to_ascii_lowercase());
            }
        } else if c == 'ё' || c == 'Ё' {
            out.push('е');
        } else if ('а'..='я').contains(&c) {
            out.push(c);
        } else if let Some(lower) = ('А'..='Я')
            .contains(&c)
            .then(|| char::from_u32(c as u32 + 0x20))
            .flatten()
        {
            // Basic Cyrillic capitals: the lower case is 0x20 further on.
            out.push(lower);
        } else if let Some(d) = arabic_digit(c) {
            out.push(d);
        } else if is_arabic_mark(c) {
            // Vowel marks and tatweel are optional in Arabic: اتصالاً = اتصالا.
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Arabic-Indic and Persian digits as ASCII digits (١١ = 11).
fn arabic_digit(c: char) -> Option<char> {
    let n = match c as u32 {
        v @ 0x0660..=0x0669 => v - 0x0660,
        v @ 0x06F0..=0x06F9 => v - 0x06F0,
        _ => return None,
    };
    char::from_digit(n, 10)
}

/// Arabic short-vowel marks, tanween, shadda, sukun, dagger alif and the tatweel stretch.
fn is_arabic_mark(c: char) -> bool {
    matches!(c as u32, 0x064B..=0x065F | 0x0670 | 0x0640)
}

fn is_latin(c: char) -> bool {
    matches!(c as u32, 0x00C0..=0x024F | 0x0259 | 0x1E00..=0x1EFF)
}

#[cfg(test)]
mod tests {
    use super::Text;

    #[test]
    fn splits_sentences_but_not_initials_or_ordinals() {
        let t = Text::new(
            Some("Headline here"),
            "С.В.Лавров провёл разговор. Mr. Smith spoke am 13. März mit ihm. Next one!",
        );
        let texts: Vec<&str> = t.sentences.iter().map(|s| t.sentence_text(s)).collect();
        assert_eq!(
            texts,
            vec![
                "Headline here",
                "С.В.Лавров провёл разговор.",
                "Mr. Smith spoke am 13. März mit ihm.",
                "Next one!"
            ]
        );
        assert!(t.sentences[0].is_title);
    }

    #[test]
    fn an_endless_sentence_is_cut_into_pieces_of_bounded_length() {
        let body = "phone call Алиев ".repeat(1000);
        let t = Text::new(None, &body);
        assert_eq!(t.tokens.len(), 3000);
        // The bound the readers of a sentence rely on, stated here on its own.
        assert_eq!(t.sentences.len(), 15, "3000 tokens in pieces of 200");
        assert!(t.sentences.iter().all(|s| s.tokens.len() <= 200));
        let covered: usize = t.sentences.iter().map(|s| s.tokens.len()).sum();
        assert_eq!(covered, 3000, "every token is in one piece");
    }

    #[test]
    fn folds_and_splits_elision() {
        let t = Text::new(
            None,
            "à l'initiative du Président, Erdoğan'ı aujourd'hui 10.04.2024",
        );
        let words: Vec<&str> = (0..t.tokens.len()).map(|i| t.word(i)).collect();
        assert_eq!(
            words,
            vec![
                "a",
                "l'",
                "initiative",
                "du",
                "president",
                "erdogan'i",
                "aujourd'hui",
                "10.04.2024"
            ]
        );
    }
}
