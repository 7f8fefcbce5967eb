//! A tiny word-pattern language for the cue tables, so the tables stay plain text.
//!
//! A pattern is a space-separated list of steps, matched against folded tokens:
//! - `word` matches that word exactly; `word*` any word starting with it; `*ecek*` any word
//!   holding it (for suffixes of agglutinative languages: "görüşecek", "gerçekleştireceğini");
//! - `a|b|c*` one of several alternatives;
//! - `_` exactly one word; `..` up to 5 words; `...` up to 12 words; `....` up to 24 words;
//! - `!a|b` the next word is none of these (it is not consumed): `calls !with @`;
//! - `@` (only last) a person must be named within the next few words; checked by the caller.
//!
//! Patterns are folded like the text (`téléphon*` = `telephon*`). The first step must be a word.

use crate::people::fast_hash::{FastMap, WordFilter};

use super::text::{Text, fold};

#[derive(Debug, Clone)]
enum Alt {
    Exact(String),
    Prefix(String),
    Infix(String),
}

impl Alt {
    fn matches(&self, word: &str) -> bool {
        match self {
            Alt::Exact(w) => word == w,
            Alt::Prefix(p) => word.starts_with(p.as_str()),
            Alt::Infix(p) => word.contains(p.as_str()),
        }
    }
}

#[derive(Debug, Clone)]
enum Step {
    Word(Vec<Alt>),
    Not(Vec<Alt>),
    Gap(usize),
}

#[derive(Debug, Clone)]
pub struct Pattern {
    steps: Vec<Step>,
    /// Ends with `@`: a person mention must follow.
    pub needs_person: bool,
}

impl Pattern {
    /// Compiles a pattern; `None` for an empty or malformed one (a data bug caught by tests).
    pub fn compile(source: &str) -> Option<Self> {
        let mut steps = Vec::new();
        let mut needs_person = false;
        for part in source.split_whitespace() {
            if needs_person {
                return None; // `@` must be last
            }
            match part {
                "_" => steps.push(Step::Gap(0)),
                ".." => steps.push(Step::Gap(5)),
                "..." => steps.push(Step::Gap(12)),
                // Verb-first languages put a whole honorific chain between the verb and its
                // object ("تلقى صاحب السمو الملكي الأمير ... اتصالا").
                "...." => steps.push(Step::Gap(24)),
                "@" => needs_person = true,
                words => {
                    let (negated, words) = match words.strip_prefix('!') {
                        Some(rest) => (true, rest),
                        None => (false, words),
                    };
                    let alts = words
                        .split('|')
                        .filter(|w| !w.is_empty())
                        .map(|w| match (w.strip_prefix('*'), w.strip_suffix('*')) {
                            (Some(inner), Some(_)) => {
                                Alt::Infix(fold(inner.strip_suffix('*').unwrap_or(inner)))
                            }
                            (None, Some(p)) => Alt::Prefix(fold(p)),
                            _ => Alt::Exact(fold(w)),
                        })
                        .collect::<Vec<_>>();
                    if alts.is_empty() {
                        return None;
                    }
                    steps.push(if negated {
                        Step::Not(alts)
                    } else {
                        Step::Word(alts)
                    });
                }
            }
        }
        matches!(steps.first(), Some(Step::Word(_))).then_some(Self {
            steps,
            needs_person,
        })
    }

    /// The end (exclusive token index) of a match starting at `start`, within `limit`.
    pub fn match_at(&self, text: &Text, start: usize, limit: usize) -> Option<usize> {
        self.match_steps(text, 0, start, limit)
    }

    fn match_steps(&self, text: &Text, step: usize, pos: usize, limit: usize) -> Option<usize> {
        let Some(s) = self.steps.get(step) else {
            return Some(pos);
        };
        match s {
            Step::Word(alts) => {
                if pos >= limit || !alts.iter().any(|a| a.matches(text.word(pos))) {
                    return None;
                }
                self.match_steps(text, step + 1, pos + 1, limit)
            }
            Step::Not(alts) => {
                if pos < limit && alts.iter().any(|a| a.matches(text.word(pos))) {
                    return None;
                }
                self.match_steps(text, step + 1, pos, limit)
            }
            // `_` is one word exactly; `..`/`...` skip as few words as possible.
            Step::Gap(0) => {
                if pos >= limit {
                    return None;
                }
                self.match_steps(text, step + 1, pos + 1, limit)
            }
            Step::Gap(max) => (0..=*max)
                .take_while(|k| pos + k <= limit)
                .find_map(|k| self.match_steps(text, step + 1, pos + k, limit)),
        }
    }

    fn first_alts(&self) -> &[Alt] {
        match self.steps.first() {
            Some(Step::Word(alts)) => alts,
            _ => &[],
        }
    }
}

/// A set of tagged patterns, indexed by their first word so that each token costs one hash
/// lookup plus a short scan of the prefix anchors sharing its first two bytes.
#[derive(Debug)]
pub struct PatternSet<T> {
    patterns: Vec<(Pattern, T)>,
    exact: FastMap<String, Vec<usize>>,
    /// Most words are no exact anchor: this answers them without hashing the word.
    exact_filter: WordFilter,
    /// Prefix anchors by their first two bytes (a list is in pattern order).
    prefix: FastMap<[u8; 2], Vec<(String, usize)>>,
    /// Prefix anchors of a single byte, which every word must be compared with.
    short_prefix: Vec<(String, usize)>,
    /// Patterns whose first word is an infix, found in one pass over a range's words.
    infix: Vec<(String, usize)>,
    infix_finder: Option<aho_corasick::AhoCorasick>,
}

#[derive(Debug, Clone, Copy)]
pub struct Hit<'a, T> {
    pub start: usize,
    pub end: usize,
    pub tag: &'a T,
    pub needs_person: bool,
}

/// The bucket of a word or prefix: its first two bytes.
fn two_bytes(word: &str) -> Option<[u8; 2]> {
    match word.as_bytes() {
        [a, b, ..] => Some([*a, *b]),
        _ => None,
    }
}

impl<T> PatternSet<T> {
    /// Builds the set; returns the sources that failed to compile alongside.
    pub fn build(items: impl IntoIterator<Item = (&'static str, T)>) -> (Self, Vec<&'static str>) {
        let mut set = PatternSet {
            patterns: Vec::new(),
            exact: FastMap::default(),
            exact_filter: WordFilter::default(),
            prefix: FastMap::default(),
            short_prefix: Vec::new(),
            infix: Vec::new(),
            infix_finder: None,
        };
        let mut bad = Vec::new();
        for (source, tag) in items {
            let Some(p) = Pattern::compile(source) else {
                bad.push(source);
                continue;
            };
            let id = set.patterns.len();
            for alt in p.first_alts() {
                match alt {
                    Alt::Exact(w) => {
                        set.exact_filter.insert(w);
                        set.exact.entry(w.clone()).or_default().push(id);
                    }
                    Alt::Prefix(w) => match two_bytes(w) {
                        Some(key) => set.prefix.entry(key).or_default().push((w.clone(), id)),
                        None => set.short_prefix.push((w.clone(), id)),
                    },
                    Alt::Infix(w) => set.infix.push((w.clone(), id)),
                }
            }
            set.patterns.push((p, tag));
        }
        if !set.infix.is_empty() {
            set.infix_finder =
                aho_corasick::AhoCorasick::new(set.infix.iter().map(|(needle, _)| needle)).ok();
        }
        (set, bad)
    }

    /// All matches inside token range `range`, in token order; at one start, longer first.
    pub fn find_all(&self, text: &Text, range: std::ops::Range<usize>) -> Vec<Hit<'_, T>> {
        let mut hits = Vec::new();
        let mut ids: Vec<usize> = Vec::new();
        let infixes = self.infix_hits(text, range.clone());
        let mut next_infix = 0;
        for start in range.clone() {
            let word = text.word(start);
            ids.clear();
            if self.exact_filter.may_hold(word)
                && let Some(found) = self.exact.get(word)
            {
                ids.extend_from_slice(found);
            }
            let prefixed = ids.len();
            if let Some(list) = two_bytes(word).and_then(|key| self.prefix.get(&key)) {
                ids.extend(
                    list.iter()
                        .filter(|(p, _)| word.starts_with(p.as_str()))
                        .map(|(_, id)| *id),
                );
            }
            if !self.short_prefix.is_empty() {
                ids.extend(
                    self.short_prefix
                        .iter()
                        .filter(|(p, _)| word.starts_with(p.as_str()))
                        .map(|(_, id)| *id),
                );
                // Both lists are in pattern order: keep the prefix anchors in that order.
                ids[prefixed..].sort();
            }
            while let Some(&(token, id)) = infixes.get(next_infix) {
                if token != start {
                    break;
                }
                if !ids.contains(&id) {
                    ids.push(id);
                }
                next_infix += 1;
            }
            let first_hit = hits.len();
            for &id in &ids {
                let (pattern, tag) = &self.patterns[id];
                if let Some(end) = pattern.match_at(text, start, range.end) {
                    hits.push(Hit {
                        start,
                        end,
                        tag,
                        needs_person: pattern.needs_person,
                    });
                }
            }
            hits[first_hit..].sort_by_key(|h| std::cmp::Reverse(h.end));
        }
        hits
    }

    /// (token, pattern) for every infix anchor found in the words of `range`, in token order:
    /// one search over the range's folded words rather than one per word (the folded buffer
    /// separates words with a space, which no anchor holds).
    fn infix_hits(&self, text: &Text, range: std::ops::Range<usize>) -> Vec<(usize, usize)> {
        let Some(finder) = &self.infix_finder else {
            return Vec::new();
        };
        let tokens = &text.tokens[range.clone()];
        let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
            return Vec::new();
        };
        let base = first.folded.start;
        let words = &text.folded[base..last.folded.end];
        let mut found = Vec::new();
        for m in finder.find_overlapping_iter(words) {
            let (from, to) = (base + m.start(), base + m.end());
            let at = tokens.partition_point(|t| t.folded.end <= from);
            if tokens
                .get(at)
                .is_some_and(|t| t.folded.start <= from && to <= t.folded.end)
            {
                found.push((range.start + at, self.infix[m.pattern().as_usize()].1));
            }
        }
        // Matches come by end position, which is in token order already.
        found
    }
}

#[cfg(test)]
mod tests {
    use super::Pattern;
    use crate::extract::text::Text;

    fn matches(pattern: &str, sentence: &str) -> bool {
        let p = Pattern::compile(pattern).expect("pattern compiles");
        let text = Text::new(None, sentence);
        (0..text.tokens.len()).any(|start| p.match_at(&text, start, text.tokens.len()).is_some())
    }

    #[test]
    fn words_prefixes_gaps_and_negation() {
        assert!(matches(
            "s' est entretenu .. téléphon*",
            "Il s'est entretenu mardi au téléphone"
        ));
        assert!(matches(
            "held|had .. phone call",
            "The leaders had a long phone call"
        ));
        assert!(!matches(
            "held|had .. phone call",
            "The leaders held talks in Baku on energy and later mentioned a phone call"
        ));
        assert!(matches("calls !with @", "Putin calls Erdogan"));
        assert!(!matches("calls !with @", "Blinken's calls with leaders"));
        assert!(matches("*ecek*", "Erdoğan Putin ile görüşecek"));
        assert!(!matches("*ecek*", "görüşme gerçekleştireceğini söyledi"));
        assert!(matches("*eceg*", "görüşme gerçekleştireceğini söyledi"));
        assert!(Pattern::compile("@ calls").is_none());
        assert!(Pattern::compile("").is_none());
    }
}
