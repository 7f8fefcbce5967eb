//! Precomputed name keys for the gazetteer: built once at load, so that lookups, autocomplete
//! and name spotting in statements never normalise an alias again.

use std::borrow::Cow;

use super::fast_hash::{FastMap, FastSet};

use super::Person;
use super::normalize::name_key;

/// Particles that are never a surname on their own (`Al Thani` -> not `Al`).
const PARTICLES: &[&str] = &[
    "al", "bin", "ibn", "bint", "d", "da", "di", "du", "van", "vun", "von", "la", "al-",
];

/// Words after which a name's last word is the father's name, not a surname: "Qaboos bin
/// Said" is not every Said, "Mohammed bin Salman" not King Salman.
const PATRONYMICS: &[&str] = &[
    "bin", "ibn", "bint", "ben", "бен", "бин", "ибн", "бінт", "بن", "ابن", "بنت",
];

/// One alias as a sequence of word keys, pointing at its person.
#[derive(Debug, Clone)]
pub struct AliasSeq {
    pub person: usize,
    pub words: Vec<String>,
    /// Derived automatically (a bare surname), not written in the gazetteer.
    pub derived: bool,
}

#[derive(Debug, Default)]
pub struct NameIndex {
    /// Full key of a written alias -> persons having it (several when a surname is shared).
    pub by_key: FastMap<String, Vec<usize>>,
    /// Key of a derived bare surname -> persons (used only when no written alias matches).
    pub by_derived_key: FastMap<String, Vec<usize>>,
    /// Per person: every alias word transliterated and lower-cased but not collapsed, to
    /// confirm a one-word match whose skeleton is short ("Barn" = Berne is not Barnier).
    pub strict_words: Vec<FastSet<String>>,
    /// The same words from aliases written in Cyrillic, Arabic or Armenian letters only: a
    /// word in one of those scripts is checked against the person's own spellings in it
    /// ("Было" is not "أبيلا" transliterated, however close the Latin letters come).
    pub script_words: Vec<[FastSet<String>; 3]>,
    /// Words of aliases in a non-Latin script exactly as written (Arabic transliterates too
    /// lossily for a short lone word to be checked any other way).
    pub written_script_words: FastSet<String>,
    /// First word key -> alias sequences starting with it, longest first.
    pub by_first_word: FastMap<String, Vec<AliasSeq>>,
    /// Every distinct key of each person (canonical name first).
    pub person_keys: Vec<Vec<String>>,
    /// Canonical name -> person (the first, if a name is listed twice).
    pub by_name: FastMap<String, usize>,
}

/// A person's name and aliases as the gazetteer writes them (see [`with_plain_e`]).
fn written_spellings(person: &Person) -> impl Iterator<Item = Cow<'_, str>> {
    std::iter::once(&person.name)
        .chain(&person.aliases)
        .flat_map(|alias| with_plain_e(alias))
}

/// An alias, and when it is written with `ё`, the same with `е`, as Russian is mostly printed
/// ("Мирзиеев" for Мирзиёев): the two letters transliterate apart (`yo`, `e`), so one
/// spelling's key never meets the other's.
fn with_plain_e(alias: &str) -> impl Iterator<Item = Cow<'_, str>> {
    let plain = alias
        .contains(['ё', 'Ё'])
        .then(|| Cow::Owned(alias.replace('ё', "е").replace('Ё', "Е")));
    std::iter::once(Cow::Borrowed(alias)).chain(plain)
}

/// Countries whose names put the family name first: their people's last name word is no
/// surname.
const SURNAME_FIRST: &[&str] = &["KR", "KP", "CN"];

impl NameIndex {
    pub fn build(people: &[Person]) -> Self {
        let mut index = NameIndex::default();
        let patronymics: Vec<String> = PATRONYMICS.iter().map(|w| name_key(w)).collect();
        for (pid, person) in people.iter().enumerate() {
            index.by_name.entry(person.name.clone()).or_insert(pid);
            let mut keys: Vec<String> = Vec::new();
            let add = |key: String, keys: &mut Vec<String>| {
                if !key.is_empty() && !keys.contains(&key) {
                    keys.push(key);
                }
            };
            for alias in written_spellings(person) {
                add(name_key(&alias), &mut keys);
            }
            let written = keys.len();
            // Bare surnames of multi-word names, so "Aliyev" is found even if not listed. Not
            // where the family name comes first ("Ли Чжэ Мён", "Xi Jinping"): the last word
            // is part of the given name, and alone it matches common words ("Мені").
            let surname_last = !SURNAME_FIRST.contains(&person.country.as_str());
            for i in (0..written).filter(|_| person.bare_surname && surname_last) {
                let words: Vec<&str> = keys[i].split(' ').collect();
                let after_patronymic =
                    words.len() > 2 && patronymics.iter().any(|p| p == words[words.len() - 2]);
                if words.len() > 1
                    && !after_patronymic
                    && let Some(last) = words
                        .last()
                        .filter(|w| w.len() >= 3 && !PARTICLES.contains(w))
                {
                    add((*last).to_string(), &mut keys);
                }
            }
            let strict: FastSet<String> = written_spellings(person)
                .flat_map(|a| {
                    a.split(|c: char| !super::normalize::is_word_char(c))
                        .map(strict_word)
                        .collect::<Vec<_>>()
                })
                .filter(|w| !w.is_empty())
                .collect();
            index.strict_words.push(strict);
            let mut by_script: [FastSet<String>; 3] = Default::default();
            for alias in person.aliases.iter().flat_map(|a| with_plain_e(a)) {
                for w in alias.split(|c: char| !super::normalize::is_word_char(c)) {
                    if let Some(slot) = script_slot(w) {
                        index.written_script_words.insert(w.to_string());
                        let strict = strict_word(w);
                        if !strict.is_empty() {
                            by_script[slot].insert(strict);
                        }
                    }
                }
            }
            index.script_words.push(by_script);
            for (i, key) in keys.iter().enumerate() {
                let map = if i >= written {
                    &mut index.by_derived_key
                } else {
                    &mut index.by_key
                };
                let persons = map.entry(key.clone()).or_default();
                if !persons.contains(&pid) {
                    persons.push(pid);
                }
                let words: Vec<String> = key.split(' ').map(str::to_string).collect();
                let Some(first) = words.first().cloned() else {
                    continue;
                };
                index
                    .by_first_word
                    .entry(first)
                    .or_default()
                    .push(AliasSeq {
                        person: pid,
                        words,
                        derived: i >= written,
                    });
            }
            index.person_keys.push(keys);
        }
        for seqs in index.by_first_word.values_mut() {
            seqs.sort_by_key(|s| std::cmp::Reverse(s.words.len()));
            seqs.dedup_by(|a, b| a.person == b.person && a.words == b.words);
        }
        index
    }
}

impl NameIndex {
    /// Whether `word` is written exactly as a word of some alias in a non-Latin script.
    pub fn is_alias_word(&self, word: &str) -> bool {
        self.written_script_words.contains(word)
    }

    /// The words a token should be spelled like: the person's spellings in the token's own
    /// script when there are any (Cyrillic, Arabic, Armenian), else all of them.
    pub fn words_for(&self, id: usize, token_raw: &str) -> &FastSet<String> {
        match script_slot(token_raw) {
            Some(slot) if !self.script_words[id][slot].is_empty() => &self.script_words[id][slot],
            _ => &self.strict_words[id],
        }
    }
}

/// 0 Cyrillic, 1 Arabic, 2 Armenian, by the word's first letter; `None` for other scripts.
fn script_slot(word: &str) -> Option<usize> {
    let c = word.chars().find(|c| c.is_alphabetic())?;
    match c as u32 {
        0x0400..=0x052F => Some(0),
        0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Some(1),
        0x0530..=0x058F | 0xFB13..=0xFB17 => Some(2),
        _ => None,
    }
}

/// A word transliterated to lower-case ASCII letters and digits, apostrophe suffixes cut, with no
/// other collapsing.
pub fn strict_word(word: &str) -> String {
    let word = word
        .split(super::normalize::is_apostrophe)
        .next()
        .unwrap_or(word);
    any_ascii::any_ascii(word)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}
