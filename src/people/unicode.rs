//! One written form for text before anything reads it: Unicode NFC (an `Erdoğan` pasted with
//! a combining breve is the same word as the precomposed one) and look-alike letters read in
//! the script around them (`Maсron` with a Cyrillic `с` is `Macron`, `СОР29` typed with
//! Cyrillic letters in an English sentence is `COP29`).
//!
//! Look-alikes are decided word by word: a word whose own letters are mostly of one script
//! takes that script's twins for its stray letters. A word made only of look-alike letters
//! (`СОР29`, `COP`, `НАТО`) has no script of its own: it becomes Latin when the nearest word
//! with a script of its own is Latin, or, alone, when it is a code with digits. It is never
//! turned Cyrillic or Greek: Latin acronyms are common in Cyrillic and Greek text, so a Latin
//! `COP29` in a Russian statement stays Latin.
//!
//! Used by the sources (statement titles and bodies), the answers (queries), the index analyzer
//! and the gazetteer (aliases), so every layer compares the same letters.

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Letters that look the same in two or three scripts: (Latin, Cyrillic, Greek), `'\0'` where
/// a script has no twin. Kept to letters that are indistinguishable in common fonts.
const LOOK_ALIKES: &[(char, char, char)] = &[
    ('a', 'а', '\0'),
    ('A', 'А', 'Α'),
    ('B', 'В', 'Β'),
    ('c', 'с', '\0'),
    ('C', 'С', '\0'),
    ('d', 'ԁ', '\0'),
    ('e', 'е', '\0'),
    ('E', 'Е', 'Ε'),
    ('h', 'һ', '\0'),
    ('H', 'Н', 'Η'),
    ('i', 'і', '\0'),
    ('I', 'І', 'Ι'),
    ('j', 'ј', '\0'),
    ('J', 'Ј', '\0'),
    ('K', 'К', 'Κ'),
    ('M', 'М', 'Μ'),
    ('N', '\0', 'Ν'),
    ('o', 'о', 'ο'),
    ('O', 'О', 'Ο'),
    ('p', 'р', 'ρ'),
    ('P', 'Р', 'Ρ'),
    ('s', 'ѕ', '\0'),
    ('S', 'Ѕ', '\0'),
    ('T', 'Т', 'Τ'),
    ('v', '\0', 'ν'),
    ('x', 'х', 'χ'),
    ('X', 'Х', 'Χ'),
    ('y', 'у', '\0'),
    ('Y', 'Ү', 'Υ'),
    ('Z', '\0', 'Ζ'),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Cyrillic,
    Greek,
}

impl Script {
    fn of(c: char) -> Option<Script> {
        match c as u32 {
            0x41..=0x5A | 0x61..=0x7A => Some(Script::Latin),
            0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x24F | 0x1E00..=0x1EFF => Some(Script::Latin),
            0x370..=0x3FF | 0x1F00..=0x1FFF => Some(Script::Greek),
            0x400..=0x52F => Some(Script::Cyrillic),
            _ => None,
        }
    }
}

/// The Latin letters of [`LOOK_ALIKES`], as a table for the ASCII fast path.
const ASCII_LOOK_ALIKES: [bool; 128] = {
    let letters = b"aABcCdeEhHiIjJKMNoOpPsSTvxXyYZ";
    let mut table = [false; 128];
    let mut i = 0;
    while i < letters.len() {
        table[letters[i] as usize] = true;
        i += 1;
    }
    table
};

fn is_look_alike(c: char) -> bool {
    if c.is_ascii() {
        ASCII_LOOK_ALIKES[c as usize]
    } else {
        twins(c).is_some()
    }
}

/// The look-alike row of `c`, if it has one.
fn twins(c: char) -> Option<&'static (char, char, char)> {
    // One jump instead of a scan: this runs for every letter of Cyrillic and Greek text.
    let row = match c {
        'a' | 'а' => 0,
        'A' | 'А' | 'Α' => 1,
        'B' | 'В' | 'Β' => 2,
        'c' | 'с' => 3,
        'C' | 'С' => 4,
        'd' | 'ԁ' => 5,
        'e' | 'е' => 6,
        'E' | 'Е' | 'Ε' => 7,
        'h' | 'һ' => 8,
        'H' | 'Н' | 'Η' => 9,
        'i' | 'і' => 10,
        'I' | 'І' | 'Ι' => 11,
        'j' | 'ј' => 12,
        'J' | 'Ј' => 13,
        'K' | 'К' | 'Κ' => 14,
        'M' | 'М' | 'Μ' => 15,
        'N' | 'Ν' => 16,
        'o' | 'о' | 'ο' => 17,
        'O' | 'О' | 'Ο' => 18,
        'p' | 'р' | 'ρ' => 19,
        'P' | 'Р' | 'Ρ' => 20,
        's' | 'ѕ' => 21,
        'S' | 'Ѕ' => 22,
        'T' | 'Т' | 'Τ' => 23,
        'v' | 'ν' => 24,
        'x' | 'х' | 'χ' => 25,
        'X' | 'Х' | 'Χ' => 26,
        'y' | 'у' => 27,
        'Y' | 'Ү' | 'Υ' => 28,
        'Z' | 'Ζ' => 29,
        _ => return None,
    };
    LOOK_ALIKES.get(row)
}

/// `c` written in `script`, when it is a look-alike with a twin there.
fn twin_in(c: char, script: Script) -> Option<char> {
    let (latin, cyrillic, greek) = *twins(c)?;
    let twin = match script {
        Script::Latin => latin,
        Script::Cyrillic => cyrillic,
        Script::Greek => greek,
    };
    (twin != '\0').then_some(twin)
}

/// Whether `c` may start or continue a word here.
fn is_word_char(c: char) -> bool {
    crate::chars::is_alphanumeric(c)
}

/// Whether look-alike unification can change `word`: it mixes scripts, or it is Cyrillic or
/// Greek made only of look-alikes. A cheap first look: most words are neither.
fn may_change(word: &str) -> bool {
    let mut scripts = 0u8;
    let mut only_look_alikes = true;
    for c in word.chars() {
        let Some(script) = Script::of(c) else {
            continue;
        };
        scripts |= 1 << script as u8;
        if scripts.count_ones() > 1 {
            return true;
        }
        only_look_alikes = only_look_alikes && is_look_alike(c);
    }
    scripts > 1 && only_look_alikes
}

/// What a word's own letters say about its script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordScript {
    /// Most letters that are not look-alikes are of this script.
    Own(Script),
    /// Only look-alike letters (and digits): the script comes from the words around it.
    LookAlikeOnly { has_digit: bool },
    /// Nothing to decide (no letter of a script with look-alikes, or a tie).
    Neither,
}

/// Classifies one word.
pub fn word_script(word: &str) -> WordScript {
    let mut counts = [0usize; 3];
    let mut look_alikes = 0usize;
    let mut has_digit = false;
    for c in word.chars() {
        if c.is_ascii_digit() {
            has_digit = true;
            continue;
        }
        let Some(script) = Script::of(c) else {
            continue;
        };
        if is_look_alike(c) {
            look_alikes += 1;
        } else {
            counts[script as usize] += 1;
        }
    }
    let best = (0..3).max_by_key(|&i| counts[i]).unwrap_or(0);
    let top = counts[best];
    if top > 0 {
        if counts.iter().filter(|&&n| n == top).count() > 1 {
            return WordScript::Neither;
        }
        let script = [Script::Latin, Script::Cyrillic, Script::Greek][best];
        return WordScript::Own(script);
    }
    if look_alikes > 0 {
        WordScript::LookAlikeOnly { has_digit }
    } else {
        WordScript::Neither
    }
}

/// The script a word should be written in, given its own letters and the script of the
/// nearest word that has one (`context`).
fn target_script(class: WordScript, context: Option<Script>) -> Option<Script> {
    match class {
        WordScript::Own(script) => Some(script),
        WordScript::LookAlikeOnly { has_digit } => match context {
            Some(Script::Latin) => Some(Script::Latin),
            Some(_) => None,
            None => has_digit.then_some(Script::Latin),
        },
        WordScript::Neither => None,
    }
}

/// Writes `word` with its look-alike letters in the script its class and context give; the
/// word itself when nothing changes.
pub fn unify_word(word: &str, context: Option<Script>) -> Cow<'_, str> {
    unify_classified(word, word_script(word), context)
}

fn unify_classified(word: &str, class: WordScript, context: Option<Script>) -> Cow<'_, str> {
    let Some(target) = target_script(class, context) else {
        return Cow::Borrowed(word);
    };
    let stray =
        |c: char| Script::of(c).is_some_and(|s| s != target) && twin_in(c, target).is_some();
    if !word.chars().any(stray) {
        return Cow::Borrowed(word);
    }
    Cow::Owned(
        word.chars()
            .map(|c| {
                if stray(c) {
                    twin_in(c, target).unwrap_or(c)
                } else {
                    c
                }
            })
            .collect(),
    )
}

/// How many words on each side are looked at for the script around a word.
const CONTEXT_WORDS: usize = 8;

/// The script of the nearest word with one of its own: before `start`, else after `end`.
pub fn context_around(text: &str, start: usize, end: usize) -> Option<Script> {
    let own = |w: &str| match word_script(w) {
        WordScript::Own(s) => Some(s),
        _ => None,
    };
    let before = text[..start]
        .split(|c: char| !is_word_char(c))
        .rev()
        .filter(|w| !w.is_empty())
        .take(CONTEXT_WORDS)
        .find_map(own);
    before.or_else(|| {
        text[end..]
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
            .take(CONTEXT_WORDS)
            .find_map(own)
    })
}

/// The word at `range` of `text` in its normal form: NFC, look-alikes in its script (or the
/// script around it). For tokenizers, which keep offsets into the text as it was.
pub fn normalize_word_in(text: &str, range: std::ops::Range<usize>) -> Cow<'_, str> {
    let word = &text[range.clone()];
    if word.is_ascii() {
        return Cow::Borrowed(word);
    }
    let composed = nfc(word);
    if !may_change(&composed) {
        return composed;
    }
    let class = word_script(&composed);
    let context = match class {
        WordScript::LookAlikeOnly { .. } => context_around(text, range.start, range.end),
        _ => None,
    };
    match unify_classified(&composed, class, context) {
        Cow::Borrowed(_) => composed,
        Cow::Owned(changed) => Cow::Owned(changed),
    }
}

/// Characters that are in NFC whatever surrounds them: Latin below the combining marks, and
/// Cyrillic letters (the Greek block has singletons that NFC replaces, so it is not here).
fn always_nfc(c: char) -> bool {
    matches!(c as u32, 0..=0x2FF | 0x400..=0x482 | 0x48A..=0x52F)
}

/// NFC, without copying text that already is.
pub fn nfc(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || scan(text).surely_nfc {
        Cow::Borrowed(text)
    } else {
        nfc_checked(text)
    }
}

fn nfc_checked(text: &str) -> Cow<'_, str> {
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

/// What one pass over a text tells about the work it needs.
struct Scan {
    /// Every character is NFC whatever surrounds it (no table look-up needed).
    surely_nfc: bool,
    /// Some letter is Cyrillic or Greek: look-alikes may need unifying.
    cyrillic_or_greek: bool,
    /// Some letter is Latin.
    latin: bool,
}

fn scan(text: &str) -> Scan {
    let mut out = Scan {
        surely_nfc: true,
        cyrillic_or_greek: false,
        latin: false,
    };
    for c in text.chars() {
        if c.is_ascii() {
            out.latin |= c.is_ascii_alphabetic();
            continue;
        }
        out.surely_nfc &= always_nfc(c);
        match Script::of(c) {
            Some(Script::Latin) => out.latin = true,
            Some(Script::Cyrillic | Script::Greek) => out.cyrillic_or_greek = true,
            None => {}
        }
    }
    out
}

/// Texts up to this many bytes (queries, titles) are unified even without a Latin letter.
const SHORT_TEXT: usize = 256;

/// The text every layer reads: NFC, then look-alike letters in the script around them.
pub fn normalize_text(text: &str) -> Cow<'_, str> {
    // Plain ASCII is already in its one form (the common case: most statements are English).
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let found = scan(text);
    let composed = if found.surely_nfc {
        Cow::Borrowed(text)
    } else {
        nfc_checked(text)
    };
    // Composing never adds a Cyrillic or Greek letter that was not there. A long text with
    // no Latin letter (most Russian statements) is left as it is, to spare a pass over its
    // words: what could change there is a Greek letter inside a Cyrillic word, or a word of
    // look-alikes only in a text where no word has a script of its own. Short texts (a query
    // "СОР29" alone) are always looked at.
    if !found.cyrillic_or_greek || (!found.latin && composed.len() > SHORT_TEXT) {
        return composed;
    }
    match unify_scripts(&composed) {
        Cow::Borrowed(_) => composed,
        Cow::Owned(changed) => Cow::Owned(changed),
    }
}

/// Look-alike letters of every word in the script its letters, or the words around it, give.
fn unify_scripts(text: &str) -> Cow<'_, str> {
    let mut out: Option<String> = None;
    let mut copied = 0usize;
    for range in word_ranges(text) {
        let word = &text[range.clone()];
        if !may_change(word) {
            continue;
        }
        let class = word_script(word);
        let context = match class {
            WordScript::LookAlikeOnly { .. } => context_around(text, range.start, range.end),
            _ => None,
        };
        if let Cow::Owned(changed) = unify_classified(word, class, context) {
            let buf = out.get_or_insert_with(|| String::with_capacity(text.len()));
            buf.push_str(&text[copied..range.start]);
            buf.push_str(&changed);
            copied = range.end;
        }
    }
    match out {
        Some(mut buf) => {
            buf.push_str(&text[copied..]);
            Cow::Owned(buf)
        }
        None => Cow::Borrowed(text),
    }
}

/// Byte ranges of the words of `text`.
fn word_ranges(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = chars.by_ref().find(|&(_, c)| is_word_char(c))?;
        let mut end = text.len();
        while let Some(&(i, c)) = chars.peek() {
            if !is_word_char(c) {
                end = i;
                break;
            }
            chars.next();
        }
        Some(start..end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_mixed_or_look_alike_only_foreign_words_may_change() {
        assert!(!may_change("Putin"));
        assert!(!may_change("COP29"));
        assert!(!may_change("Путин"));
        assert!(may_change("П\u{79}тин"));
        assert!(may_change("\u{421}\u{41E}\u{420}29"));
        let words: Vec<&str> = word_ranges("a, bc  d1").map(|r| &"a, bc  d1"[r]).collect();
        assert_eq!(words, ["a", "bc", "d1"]);
    }

    #[test]
    fn every_letter_finds_its_own_row() {
        for row in LOOK_ALIKES {
            for c in [row.0, row.1, row.2].into_iter().filter(|&c| c != '\0') {
                assert_eq!(twins(c), Some(row), "{c:?}");
            }
        }
    }

    #[test]
    fn the_ascii_table_lists_the_latin_look_alikes() {
        for c in (0u8..128).map(char::from) {
            let in_rows = LOOK_ALIKES.iter().any(|(l, _, _)| *l == c);
            assert_eq!(is_look_alike(c), in_rows, "{c:?}");
        }
    }

    #[test]
    fn a_word_inside_text_keeps_its_offsets() {
        let text = "the \u{421}\u{41E}\u{420}29 summit";
        assert_eq!(normalize_word_in(text, 4..12), "COP29");
        assert_eq!(normalize_word_in(text, 0..3), "the");
        assert_eq!(normalize_word_in("Erdog\u{306}an", 0..9), "Erdoğan");
    }

    #[test]
    fn composes_decomposed_letters() {
        assert_eq!(normalize_text("Кути\u{306}"), "Кутй");
        assert_eq!(normalize_text("Cafe\u{301}"), "Café");
        let decomposed = "Erdog\u{306}an";
        assert_eq!(normalize_text(decomposed), "Erdoğan");
        assert!(matches!(normalize_text("Erdoğan"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_stray_look_alike_takes_the_script_of_its_word() {
        // One Cyrillic `с` in a Latin word, one Latin `y` in a Cyrillic word.
        assert_eq!(normalize_text("Ma\u{441}ron called"), "Macron called");
        assert_eq!(normalize_text("П\u{79}тин"), "Путин");
        assert_eq!(normalize_text("Ancient \u{39F}lympia"), "Ancient Olympia");
    }

    #[test]
    fn look_alike_only_words_follow_the_words_around_them() {
        let cyrillic_cop = "\u{421}\u{41E}\u{420}29";
        assert_eq!(
            normalize_text(&format!("the {cyrillic_cop} summit")),
            "the COP29 summit"
        );
        assert_eq!(normalize_text(cyrillic_cop), "COP29");
        // A Latin code in Russian text stays Latin; a Russian word made of look-alikes stays.
        assert_eq!(normalize_text("саммит COP29 в Баку"), "саммит COP29 в Баку");
        assert_eq!(normalize_text("НАТО"), "НАТО");
        assert_eq!(normalize_text("это сор и мусор"), "это сор и мусор");
    }
}
