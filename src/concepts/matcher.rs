//! Finding the forms of many concepts in one pass over a text's folded words.
//!
//! A form is a list of steps, one per word: `word` (that word), `stem*` (any word starting with
//! it), `a|b*` (either), `^word` / `~word` (only capitalised / only lower case, for words two
//! concepts share: `^Газа` is Gaza, `~газа` gas), and `..` (up to [`GAP`] words of anything).
//! Each token is looked up once,
//! by its first [`MIN_STEM_CHARS`] letters (which every stem has), to a short list of words and
//! stems to compare (one hash lookup, no regex; most words find nothing), in each of its
//! [`variants`]: Arabic words also without their attached conjunction, preposition and
//! article (و، ف، ب، ل، ك، ال), and a word with an apostrophe also without what follows it
//! (Turkish case endings after names: `Gazze'de`).

use std::ops::Range;

use crate::extract::text::{Text, fold};
use crate::people::fast_hash::FastMap;

/// Most words of anything a `..` step skips.
pub const GAP: usize = 3;
/// Shortest stem a `stem*` step may have: shorter ones match too many words.
pub const MIN_STEM_CHARS: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Any,
    Capital,
    Lower,
}

#[derive(Debug, Clone, PartialEq)]
struct Alt {
    word: String,
    prefix: bool,
    case: Case,
}

impl Alt {
    fn matches(&self, word: &str, capitalized: bool) -> bool {
        let case_ok = match self.case {
            Case::Any => true,
            Case::Capital => capitalized,
            Case::Lower => !capitalized,
        };
        case_ok
            && if self.prefix {
                word.starts_with(self.word.as_str())
            } else {
                word == self.word
            }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Step {
    Word(Vec<Alt>),
    Gap,
}

/// Why a form cannot be compiled (a data error in the lexicon, reported at load).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormError {
    #[error("it is empty")]
    Empty,
    #[error("it starts or ends with `..`")]
    EdgeGap,
    #[error("`{0}` is not one word as Readout splits words (write the words apart)")]
    NotOneWord(String),
    #[error("the stem `{0}` is shorter than {MIN_STEM_CHARS} letters")]
    ShortStem(String),
}

#[derive(Debug, Clone)]
struct Pattern {
    steps: Vec<Step>,
    concept: u16,
    /// A name people type, looked for in queries only (too ambiguous in statements).
    query_only: bool,
}

/// A concept found in a text: tokens `start..end` (token indexes of the [`Text`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub concept: u16,
}

#[derive(Debug, Default)]
pub struct Matcher {
    patterns: Vec<Pattern>,
    /// First words of the patterns by their first [`MIN_STEM_CHARS`] letters (a shorter word
    /// by all of it): (the word or stem, is a stem, pattern).
    heads: FastMap<u128, Vec<(String, bool, u32)>>,
}

impl Matcher {
    /// Adds a form of `concept` written in the pattern language above.
    pub fn add_form(&mut self, concept: u16, form: &str) -> Result<(), FormError> {
        let steps = compile(form)?;
        self.push(Pattern {
            steps,
            concept,
            query_only: false,
        });
        Ok(())
    }

    /// Adds a name: its words, exactly, as a query may type them.
    pub fn add_name(&mut self, concept: u16, name: &str) -> Result<(), FormError> {
        let text = Text::new(None, name);
        let mut buf = String::new();
        let steps: Vec<Step> = (0..text.tokens.len())
            .map(|i| {
                Step::Word(vec![Alt {
                    word: key(text.word(i), &mut buf).to_string(),
                    prefix: false,
                    case: Case::Any,
                }])
            })
            .collect();
        if steps.is_empty() {
            return Err(FormError::Empty);
        }
        self.push(Pattern {
            steps,
            concept,
            query_only: true,
        });
        Ok(())
    }

    fn push(&mut self, pattern: Pattern) {
        let id = self.patterns.len() as u32;
        if let Some(Step::Word(alts)) = pattern.steps.first() {
            for alt in alts {
                self.heads
                    .entry(head_key(head(&alt.word)))
                    .or_default()
                    .push((alt.word.clone(), alt.prefix, id));
            }
        }
        self.patterns.push(pattern);
    }

    /// The concepts named in tokens `range` of `text`, in token order. `queries`: names count
    /// too. The closest reading of the words wins: a mention inside a longer one is left out
    /// ("Black Sea grain" is not also "grain" when a form covers the whole), and of forms that
    /// cover the same words the most specific one stays (`waffenstillstand*` over `waffen*`).
    pub fn find(&self, text: &Text, range: Range<usize>, queries: bool) -> Vec<Mention> {
        // Each mention with how much of its words its form spelled out.
        let mut found: Vec<(Mention, usize)> = Vec::new();
        let mut candidates: Vec<u32> = Vec::new();
        let mut buf = String::new();
        for start in range.clone() {
            candidates.clear();
            let word = key(text.word(start), &mut buf);
            for_variants(word, |v| self.candidates(v, &mut candidates));
            if candidates.is_empty() {
                continue;
            }
            candidates.sort_unstable();
            candidates.dedup();
            for &id in &candidates {
                let pattern = &self.patterns[id as usize];
                if pattern.query_only && !queries {
                    continue;
                }
                if let Some((end, spelled)) = match_steps(text, &pattern.steps, start, range.end) {
                    let mention = Mention {
                        start,
                        end,
                        concept: pattern.concept,
                    };
                    match found.iter_mut().find(|(m, _)| *m == mention) {
                        Some((_, best)) => *best = (*best).max(spelled),
                        None => found.push((mention, spelled)),
                    }
                }
            }
        }
        keep_closest(&mut found);
        found.into_iter().map(|(m, _)| m).collect()
    }

    /// Patterns whose first step may match `word`.
    fn candidates(&self, word: &str, out: &mut Vec<u32>) {
        if let Some(entries) = self.heads.get(&head_key(head(word))) {
            out.extend(
                entries
                    .iter()
                    .filter(|(w, stem, _)| {
                        if *stem {
                            word.starts_with(w.as_str())
                        } else {
                            word == w
                        }
                    })
                    .map(|(_, _, id)| *id),
            );
        }
    }
}

/// A head as one number: its bytes (at most 3 letters of 4 bytes; a word holds no NUL), so
/// that a lookup hashes and compares integers, not strings.
fn head_key(head: &str) -> u128 {
    let mut bytes = [0u8; 16];
    let n = head.len().min(bytes.len());
    bytes[..n].copy_from_slice(&head.as_bytes()[..n]);
    u128::from_le_bytes(bytes)
}

/// The first [`MIN_STEM_CHARS`] letters of a word (all of a shorter one).
fn head(word: &str) -> &str {
    if word.is_ascii() {
        return &word[..word.len().min(MIN_STEM_CHARS)];
    }
    match word.char_indices().nth(MIN_STEM_CHARS) {
        Some((i, _)) => &word[..i],
        None => word,
    }
}

/// The end of a match of `steps` from token `start` (the lookup found the first word; it is
/// checked again here for its case), and how many letters the matched alternatives spell.
fn match_steps(text: &Text, steps: &[Step], start: usize, limit: usize) -> Option<(usize, usize)> {
    let mut buf = String::new();
    let mut at = start;
    let mut spelled = 0;
    let mut i = 0;
    while i < steps.len() {
        match &steps[i] {
            Step::Word(alts) => {
                if at >= limit {
                    return None;
                }
                spelled += word_matches(text, at, alts, &mut buf)?;
                at += 1;
            }
            Step::Gap => {
                // The gap ends at the first word the next step takes.
                let Some(Step::Word(next)) = steps.get(i + 1) else {
                    return None;
                };
                let (found, letters) = (at..limit.min(at + GAP + 1))
                    .find_map(|j| word_matches(text, j, next, &mut buf).map(|n| (j, n)))?;
                spelled += letters;
                at = found + 1;
                i += 1;
            }
        }
        i += 1;
    }
    Some((at, spelled))
}

/// How specific the best alternative matching word `at` is (its length; a whole word counts
/// one more than a stem as long), or `None` when none matches.
fn word_matches(text: &Text, at: usize, alts: &[Alt], buf: &mut String) -> Option<usize> {
    let capitalized = text.tokens[at].capitalized;
    let word = key(text.word(at), buf);
    let mut best: Option<usize> = None;
    for_variants(word, |v| {
        for a in alts.iter().filter(|a| a.matches(v, capitalized)) {
            let score = a.word.len() + usize::from(!a.prefix);
            best = Some(best.map_or(score, |b| b.max(score)));
        }
    });
    best
}

/// Keeps the closest readings: a mention whose tokens lie inside a longer mention goes, and
/// of mentions over the same tokens only the most specific ones stay.
fn keep_closest(found: &mut Vec<(Mention, usize)>) {
    let all = found.clone();
    found.retain(|(m, spelled)| {
        !all.iter().any(|(o, o_spelled)| {
            let longer =
                o.start <= m.start && m.end <= o.end && (o.end - o.start) > (m.end - m.start);
            let same = o.start == m.start && o.end == m.end && o_spelled > spelled;
            longer || same
        })
    });
}

/// Compiles a form: whitespace-separated steps, `|` between alternatives, `*` ending a stem.
fn compile(form: &str) -> Result<Vec<Step>, FormError> {
    let mut steps = Vec::new();
    let mut buf = String::new();
    for part in form.split_whitespace() {
        if part == ".." {
            steps.push(Step::Gap);
            continue;
        }
        let mut alts = Vec::new();
        for alt in part.split('|').filter(|a| !a.is_empty()) {
            let (case, bare) = match (alt.strip_prefix('^'), alt.strip_prefix('~')) {
                (Some(rest), _) => (Case::Capital, rest),
                (_, Some(rest)) => (Case::Lower, rest),
                _ => (Case::Any, alt),
            };
            let (stem, prefix) = match bare.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (bare, false),
            };
            if !is_one_word(stem) {
                return Err(FormError::NotOneWord(alt.to_string()));
            }
            let word = key(&fold(stem), &mut buf).to_string();
            if prefix && word.chars().count() < MIN_STEM_CHARS {
                return Err(FormError::ShortStem(alt.to_string()));
            }
            alts.push(Alt { word, prefix, case });
        }
        if alts.is_empty() {
            return Err(FormError::Empty);
        }
        steps.push(Step::Word(alts));
    }
    match (steps.first(), steps.last()) {
        (None, _) => Err(FormError::Empty),
        (Some(Step::Gap), _) | (_, Some(Step::Gap)) => Err(FormError::EdgeGap),
        _ => Ok(steps),
    }
}

/// Letters and digits, with an apostrophe only inside: what Readout's tokens can be. (Checked
/// by characters, not by reading the form as a text, which would turn the Cyrillic look-alikes
/// of a short word such as `сор29` into Latin letters.)
fn is_one_word(stem: &str) -> bool {
    let apostrophe = |c: char| crate::people::normalize::is_apostrophe(c);
    !stem.is_empty()
        && !stem.starts_with(apostrophe)
        && !stem.ends_with(apostrophe)
        && stem
            .chars()
            .all(|c| crate::chars::is_alphanumeric(c) || apostrophe(c))
}

/// A folded word in the one spelling the forms are written in: Arabic hamza seats, alif
/// maqsura and ta marbuta as their plain letters (أ إ آ ٱ -> ا, ى -> ي, ة -> ه), and the
/// Armenian ligature և as ե + ւ. Other words come back as they are.
pub fn key<'a>(word: &'a str, buf: &'a mut String) -> &'a str {
    if word.is_ascii() || !word.chars().any(needs_key) {
        return word;
    }
    buf.clear();
    for c in word.chars() {
        match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => buf.push('ا'),
            'ى' => buf.push('ي'),
            'ة' => buf.push('ه'),
            'և' => buf.push_str("եւ"),
            other => buf.push(other),
        }
    }
    buf
}

fn needs_key(c: char) -> bool {
    matches!(c, 'أ' | 'إ' | 'آ' | 'ٱ' | 'ى' | 'ة' | 'և')
}

/// Arabic clitics a word may carry before its stem, in the order they attach.
const CONJUNCTIONS: &[char] = &['و', 'ف'];
const PREPOSITIONS: &[char] = &['ب', 'ل', 'ك'];
/// Shortest stem left after stripping clitics.
const MIN_ARABIC_STEM: usize = 2;

/// Calls `f` with the word and the forms it may stand for: an Arabic word without its attached
/// conjunction, preposition and article (`والمساعدات` -> `المساعدات`, `مساعدات`;
/// `للسلام` -> `سلام`), a word with an apostrophe without what follows (`gazze'de` -> `gazze`)
/// or, after a Latin elision, without what precedes (`dell'ucraina` -> `ucraina`).
pub fn for_variants(word: &str, mut f: impl FnMut(&str)) {
    f(word);
    if let Some((before, after)) = word.split_once('\'') {
        if before.chars().count() >= MIN_STEM_CHARS {
            f(before);
        }
        // Italian elisions Readout's tokens keep whole: dell'ucraina.
        if before.is_ascii() && after.chars().count() >= MIN_STEM_CHARS {
            f(after);
        }
    }
    let Some(first) = word.chars().next() else {
        return;
    };
    if !('\u{0620}'..='\u{064A}').contains(&first) {
        return;
    }
    let long_enough = |w: &str| w.chars().count() >= MIN_ARABIC_STEM;
    let mut heads: Vec<&str> = vec![word];
    if let Some(rest) = word.strip_prefix(CONJUNCTIONS).filter(|r| long_enough(r)) {
        heads.push(rest);
        f(rest);
    }
    for head in heads {
        let after_preposition = head.strip_prefix(PREPOSITIONS).filter(|r| long_enough(r));
        if let Some(rest) = after_preposition {
            f(rest);
        }
        for base in std::iter::once(head).chain(after_preposition) {
            if let Some(rest) = base.strip_prefix("ال").filter(|r| long_enough(r)) {
                f(rest);
            }
        }
        // ل + ال writes لل: للسلام = ل + السلام.
        if let Some(rest) = head.strip_prefix("لل").filter(|r| long_enough(r)) {
            f(rest);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher(forms: &[(u16, &str)]) -> Matcher {
        let mut m = Matcher::default();
        for (c, f) in forms {
            m.add_form(*c, f).expect("form compiles");
        }
        m
    }

    fn concepts(m: &Matcher, text: &str) -> Vec<u16> {
        let t = Text::new(None, text);
        m.find(&t, 0..t.tokens.len(), false)
            .into_iter()
            .map(|x| x.concept)
            .collect()
    }

    #[test]
    fn words_stems_alternatives_and_gaps() {
        let m = matcher(&[
            (1, "peace treaty|agreement*"),
            (2, "мирн* договор*|соглашени*"),
            (3, "accord .. paix"),
            (4, "grain"),
        ]);
        assert_eq!(concepts(&m, "a Peace Agreements signed"), [1]);
        assert_eq!(concepts(&m, "о мирном договоре"), [2]);
        assert_eq!(concepts(&m, "un accord durable de paix"), [3]);
        assert_eq!(
            concepts(&m, "un accord commercial avec la France et la paix"),
            Vec::<u16>::new()
        );
        assert_eq!(
            concepts(&m, "grains"),
            Vec::<u16>::new(),
            "a word is that word only"
        );
    }

    #[test]
    fn the_longest_reading_wins() {
        let m = matcher(&[(1, "black sea"), (2, "black sea grain"), (3, "grain")]);
        assert_eq!(concepts(&m, "the Black Sea grain deal"), [2]);
        assert_eq!(concepts(&m, "the Black Sea and grain"), [1, 3]);
    }

    #[test]
    fn arabic_clitics_and_letter_variants() {
        let m = matcher(&[(1, "سلام"), (2, "مساعدات انساني*"), (3, "غزه"), (4, "النقل")]);
        assert_eq!(concepts(&m, "وللسلام"), [1]);
        assert_eq!(concepts(&m, "بالسلام"), [1]);
        assert_eq!(concepts(&m, "والمساعدات الإنسانية"), [2]);
        assert_eq!(concepts(&m, "في غزة"), [3]);
        assert_eq!(concepts(&m, "والنقل"), [4]);
        assert_eq!(
            concepts(&m, "نقل"),
            Vec::<u16>::new(),
            "a form with the article needs it"
        );
    }

    #[test]
    fn turkish_endings_after_an_apostrophe_and_armenian_ligature() {
        let m = matcher(&[(1, "gazze"), (2, "առևտր*")]);
        assert_eq!(concepts(&m, "Gazze'de ateşkes"), [1]);
        assert_eq!(concepts(&m, "առեւտրային"), [2]);
        assert_eq!(concepts(&m, "առևտրի"), [2]);
    }

    #[test]
    fn the_most_specific_form_of_the_same_words_wins() {
        let m = matcher(&[
            (1, "waffenstillstand*"),
            (2, "waffe|waffen*"),
            (3, "waffen"),
        ]);
        assert_eq!(concepts(&m, "einen Waffenstillstand"), [1]);
        assert_eq!(
            concepts(&m, "Waffen"),
            [3],
            "a whole word beats a stem as long"
        );
        assert_eq!(concepts(&m, "Waffenlieferungen"), [2]);
    }

    #[test]
    fn capitals_tell_shared_words_apart() {
        let m = matcher(&[(1, "^газа"), (2, "~газа")]);
        assert_eq!(concepts(&m, "в секторе Газа"), [1]);
        assert_eq!(concepts(&m, "поставки газа"), [2]);
    }

    #[test]
    fn names_count_in_queries_only() {
        let mut m = Matcher::default();
        m.add_name(1, "мир").expect("name");
        let t = Text::new(None, "мир");
        assert!(m.find(&t, 0..1, false).is_empty());
        assert_eq!(m.find(&t, 0..1, true).len(), 1);
    }

    #[test]
    fn bad_forms_are_refused() {
        let mut m = Matcher::default();
        assert_eq!(m.add_form(1, "  "), Err(FormError::Empty));
        assert_eq!(m.add_form(1, ".. peace"), Err(FormError::EdgeGap));
        assert_eq!(
            m.add_form(1, "cease-fire"),
            Err(FormError::NotOneWord("cease-fire".into()))
        );
        assert_eq!(
            m.add_form(1, "pe*"),
            Err(FormError::ShortStem("pe*".into()))
        );
    }
}
