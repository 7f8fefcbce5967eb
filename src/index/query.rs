//! Typed queries the answer layer asks for, turned into Tantivy queries here and nowhere else.
//! User text never reaches a query parser: the answer layer hands over words and phrases.

use std::ops::Bound;

use chrono::NaiveDate;
use tantivy::query::{
    BooleanQuery, BoostQuery, DisjunctionMaxQuery, FuzzyTermQuery, Occur, PhraseQuery, Query,
    RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, Searcher, Term};

use super::IndexError;
use super::date_span::DateSpanQuery;
use super::schema::{Fields, KIND_CALL};
use super::write::to_datetime;

/// One thing the user asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum Clause {
    /// A word as typed; `alternatives` are other spellings (folded, e.g. a person's aliases in
    /// other scripts) that satisfy it too.
    Word {
        text: String,
        alternatives: Vec<String>,
    },
    /// Words that must appear together, in order.
    Phrase(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MatchMode {
    /// Every clause must match.
    #[default]
    All,
    /// Any clause may match; more matches rank higher.
    Any,
    /// Like `Any`, and long words also match close spellings.
    Fuzzy,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopicQuery {
    pub clauses: Vec<Clause>,
    /// Words and phrases a statement must not have (`-word`, `NOT word`).
    pub excluded: Vec<Clause>,
    /// Topic concepts the words name, as groups of concept ids (any id of a group will do,
    /// every group must match): statements tagged with them match in any language.
    pub concepts: Vec<Vec<String>>,
    /// Per clause, true when a concept stands for its words: a statement matching the
    /// concepts need not have them.
    pub covered: Vec<bool>,
    /// Concepts of excluded words: statements tagged with them are left out too.
    pub excluded_concepts: Vec<String>,
    pub mode: MatchMode,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub language: Option<String>,
}

/// How a person is matched in calls.
#[derive(Debug, Clone, PartialEq)]
pub enum PersonMatch {
    /// A gazetteer person: [`super::person_id`] of the canonical name.
    Key(String),
    /// A name the gazetteer does not know: every normalised word must appear in one participant name.
    Words(Vec<String>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct CallQuery {
    pub person: Option<PersonMatch>,
    pub with: Option<PersonMatch>,
    /// Topic concept id groups the call must be about (any id of a group, every group).
    pub concepts: Vec<Vec<String>>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

/// Weight of an alias spelling relative to the word as typed.
const ALIAS_WEIGHT: f32 = 0.4;
/// Weight of a topic concept relative to the words as typed: a statement in the query's own
/// words ranks above one that only shares the concept (in another language, say).
const CONCEPT_WEIGHT: f32 = 0.5;

/// The shortest word that may match close spellings.
const FUZZY_MIN_CHARS: usize = 5;
/// Most close spellings one word expands to.
const MAX_FUZZY_TERMS: usize = 16;

pub(super) struct QueryBuilder<'a> {
    pub index: &'a Index,
    pub fields: &'a Fields,
    /// Used to tell words the index has never seen (likely misspelled) from known ones.
    pub searcher: &'a Searcher,
}

impl QueryBuilder<'_> {
    pub fn topic(&self, q: &TopicQuery) -> Result<Box<dyn Query>, IndexError> {
        // Only the languages the index holds: every extra field is more terms to look up.
        let lang_fields: Vec<Field> = match &q.language {
            Some(code) => self.fields.stemmed_field(code).into_iter().collect(),
            None => self
                .fields
                .stemmed
                .iter()
                .filter(|(code, _)| {
                    let term = Term::from_field_text(self.fields.lang, code);
                    self.searcher.doc_freq(&term).is_ok_and(|n| n > 0)
                })
                .map(|(_, f)| *f)
                .collect(),
        };
        let occur = if q.mode == MatchMode::All {
            Occur::Must
        } else {
            Occur::Should
        };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        // The clauses a concept does not stand for, which the concept reading still needs.
        let mut uncovered: Vec<Box<dyn Query>> = Vec::new();
        for (i, clause) in q.clauses.iter().enumerate() {
            let covered = q.covered.get(i).copied().unwrap_or(false) && !q.concepts.is_empty();
            let mut alternatives: Vec<Box<dyn Query>> = Vec::new();
            let text = match clause {
                Clause::Word { text, .. } | Clause::Phrase(text) => text,
            };
            // Names are not stemmed: the Russian stemmer turns "Алиев" into "ал".
            let is_name =
                matches!(clause, Clause::Word { alternatives, .. } if !alternatives.is_empty());
            let stemmed = if is_name { &[][..] } else { &lang_fields[..] };
            for field in std::iter::once(self.fields.text).chain(stemmed.iter().copied()) {
                if let Some(query) = self.text_query(field, text)? {
                    alternatives.push(query);
                }
            }
            if let Clause::Word {
                alternatives: spellings,
                ..
            } = clause
            {
                // Other spellings (aliases in other scripts, inflected forms) count, but below
                // the word as typed: their rarity would otherwise rank them first.
                for spelling in spellings {
                    let term = TermQuery::new(
                        Term::from_field_text(self.fields.text, spelling),
                        IndexRecordOption::WithFreqs,
                    );
                    alternatives.push(Box::new(BoostQuery::new(Box::new(term), ALIAS_WEIGHT)));
                }
                // A word a concept stands for is known, in whatever language the index has it.
                if q.mode == MatchMode::Fuzzy
                    || (!covered && spellings.is_empty() && self.unknown_word(text)?)
                {
                    alternatives.extend(self.fuzzy(text)?);
                }
            }
            if !alternatives.is_empty() {
                // The best-matching form decides the score; matching many forms adds only a little.
                let query: Box<dyn Query> =
                    Box::new(DisjunctionMaxQuery::with_tie_breaker(alternatives, 0.2));
                if !covered {
                    uncovered.push(query.box_clone());
                }
                clauses.push((occur, query));
            }
        }
        let concepts = self.concept_groups(&q.concepts);
        if !concepts.is_empty() {
            clauses = if q.mode == MatchMode::All {
                // The words as typed, or the concepts with the words no concept stands for.
                let reading = concepts
                    .into_iter()
                    .chain(uncovered)
                    .map(|c| (Occur::Must, c))
                    .collect();
                let words: Box<dyn Query> = Box::new(BooleanQuery::new(clauses));
                let either: Vec<(Occur, Box<dyn Query>)> = vec![
                    (Occur::Should, words),
                    (Occur::Should, Box::new(BooleanQuery::new(reading))),
                ];
                vec![(Occur::Must, Box::new(BooleanQuery::new(either)))]
            } else {
                clauses.extend(concepts.into_iter().map(|c| (Occur::Should, c)));
                clauses
            };
        }
        if clauses.is_empty() {
            return Ok(Box::new(BooleanQuery::new(Vec::new())));
        }
        let mut filters: Vec<Box<dyn Query>> = Vec::new();
        for clause in &q.excluded {
            let text = match clause {
                Clause::Word { text, .. } | Clause::Phrase(text) => text,
            };
            for field in std::iter::once(self.fields.text).chain(lang_fields.iter().copied()) {
                if let Some(query) = self.text_query(field, text)? {
                    clauses.push((Occur::MustNot, query));
                }
            }
        }
        for id in &q.excluded_concepts {
            clauses.push((Occur::MustNot, self.term(self.fields.concept, id)));
        }
        if let Some(code) = &q.language {
            filters.push(self.term(self.fields.lang, code));
        }
        if let Some(range) = self.date_filter(q.since, q.until) {
            filters.push(range);
        }
        // Only statements have text, so the words alone select statements; one flat query
        // where the clauses allow it, as every nesting level is one more merge of doc lists.
        if q.mode == MatchMode::All || filters.is_empty() {
            clauses.extend(filters.into_iter().map(|f| (Occur::Must, f)));
            return Ok(Box::new(BooleanQuery::new(clauses)));
        }
        let mut all = vec![(
            Occur::Must,
            Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>,
        )];
        all.extend(filters.into_iter().map(|f| (Occur::Must, f)));
        Ok(Box::new(BooleanQuery::new(all)))
    }

    /// One scored query per concept group: a statement tagged with any id of the group, ranked
    /// by how much it mentions the concept, below the words as typed ([`CONCEPT_WEIGHT`]).
    fn concept_groups(&self, groups: &[Vec<String>]) -> Vec<Box<dyn Query>> {
        groups
            .iter()
            .filter(|ids| !ids.is_empty())
            .map(|ids| {
                let mut terms: Vec<Box<dyn Query>> = ids
                    .iter()
                    .map(|id| {
                        Box::new(TermQuery::new(
                            Term::from_field_text(self.fields.concept, id),
                            IndexRecordOption::WithFreqs,
                        )) as Box<dyn Query>
                    })
                    .collect();
                let any: Box<dyn Query> = match terms.len() {
                    1 => terms.remove(0),
                    _ => Box::new(DisjunctionMaxQuery::new(terms)),
                };
                Box::new(BoostQuery::new(any, CONCEPT_WEIGHT)) as Box<dyn Query>
            })
            .collect()
    }

    /// The call documents of `q`'s people, dates left aside (the index order answers them).
    /// A single person is a bare term query, which tantivy counts from the dictionary alone.
    pub fn call_people(&self, q: &CallQuery) -> Box<dyn Query> {
        let mut people: Vec<Box<dyn Query>> = [&q.person, &q.with]
            .into_iter()
            .flatten()
            .map(|p| self.person(p))
            .collect();
        for group in q.concepts.iter().filter(|g| !g.is_empty()) {
            let mut any: Vec<(Occur, Box<dyn Query>)> = group
                .iter()
                .map(|id| (Occur::Should, self.term(self.fields.call_concept, id)))
                .collect();
            people.push(if any.len() == 1 {
                any.remove(0).1
            } else {
                Box::new(BooleanQuery::new(any))
            });
        }
        match people.len() {
            0 => self.term(self.fields.kind, KIND_CALL),
            1 => people.remove(0),
            _ => Box::new(BooleanQuery::new(
                people.into_iter().map(|p| (Occur::Must, p)).collect(),
            )),
        }
    }

    /// Every condition of `q` as one query, for indexes not kept in date order.
    pub fn calls(&self, q: &CallQuery) -> Box<dyn Query> {
        let mut all: Vec<(Occur, Box<dyn Query>)> = vec![
            (Occur::Must, self.term(self.fields.kind, KIND_CALL)),
            (Occur::Must, self.call_people(q)),
        ];
        if let Some(range) = self.date_range(q.since, q.until) {
            all.push((Occur::Must, range));
        }
        Box::new(BooleanQuery::new(all))
    }

    fn person(&self, person: &PersonMatch) -> Box<dyn Query> {
        match person {
            PersonMatch::Key(key) => self.term(self.fields.person, key),
            PersonMatch::Words(words) if words.is_empty() => {
                Box::new(BooleanQuery::new(Vec::new()))
            }
            PersonMatch::Words(words) => Box::new(BooleanQuery::new(
                words
                    .iter()
                    .map(|w| (Occur::Must, self.term(self.fields.person_words, w)))
                    .collect(),
            )),
        }
    }

    fn term(&self, field: Field, text: &str) -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_text(field, text),
            IndexRecordOption::Basic,
        ))
    }

    /// The documents dated from `since` to `until`: a run of ids on an index kept in date
    /// order (every index this version makes), else a range query on the date column.
    fn date_filter(
        &self,
        since: Option<NaiveDate>,
        until: Option<NaiveDate>,
    ) -> Option<Box<dyn Query>> {
        // No bound is no filter: `date_range` says so.
        if self.index.settings().sort_by_field.is_none() || (since.is_none() && until.is_none()) {
            return self.date_range(since, until);
        }
        Some(Box::new(DateSpanQuery {
            since: since.map(to_datetime),
            until: until.map(to_datetime),
        }))
    }

    fn date_range(
        &self,
        since: Option<NaiveDate>,
        until: Option<NaiveDate>,
    ) -> Option<Box<dyn Query>> {
        if since.is_none() && until.is_none() {
            return None;
        }
        let bound = |d: Option<NaiveDate>| match d {
            Some(d) => Bound::Included(Term::from_field_date(self.fields.date, to_datetime(d))),
            None => Bound::Unbounded,
        };
        Some(Box::new(RangeQuery::new(bound(since), bound(until))))
    }

    /// The field's own analysis of `text`: a term, or a phrase when it yields several tokens.
    fn text_query(&self, field: Field, text: &str) -> Result<Option<Box<dyn Query>>, IndexError> {
        let mut analyzer = self.index.tokenizer_for_field(field)?;
        let terms = analyze(&mut analyzer, text);
        Ok(match terms.len() {
            0 => None,
            1 => Some(Box::new(TermQuery::new(
                Term::from_field_text(field, &terms[0].1),
                IndexRecordOption::WithFreqs,
            ))),
            // Phrases need positions, which only the plain field keeps.
            _ if field != self.fields.text => None,
            _ => Some(Box::new(PhraseQuery::new_with_offset(
                terms
                    .into_iter()
                    .map(|(pos, t)| (pos, Term::from_field_text(field, &t)))
                    .collect(),
            ))),
        })
    }

    /// True when no token of the word occurs anywhere in the index: a likely misspelling.
    /// True when some plain word of `q` is one the index has never seen, so its close
    /// spellings are searched straight away: the answer is then widened.
    pub fn has_unknown_word(&self, q: &TopicQuery) -> Result<bool, IndexError> {
        for (i, clause) in q.clauses.iter().enumerate() {
            let covered = q.covered.get(i).copied().unwrap_or(false) && !q.concepts.is_empty();
            if let Clause::Word { text, alternatives } = clause
                && !covered
                && alternatives.is_empty()
                && self.unknown_word(text)?
            {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn unknown_word(&self, text: &str) -> Result<bool, IndexError> {
        let mut analyzer = self.index.tokenizer_for_field(self.fields.text)?;
        for (_, token) in analyze(&mut analyzer, text) {
            if self
                .searcher
                .doc_freq(&Term::from_field_text(self.fields.text, &token))?
                > 0
            {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Close spellings of the word that the index holds, as ordinary scored terms: unlike
    /// tantivy's fuzzy query they rank by BM25 (closer spellings weigh more) and get highlighted.
    fn fuzzy(&self, text: &str) -> Result<Vec<Box<dyn Query>>, IndexError> {
        let mut analyzer = self.index.tokenizer_for_field(self.fields.text)?;
        let mut out: Vec<Box<dyn Query>> = Vec::new();
        for (_, token) in analyze(&mut analyzer, text) {
            let len = token.chars().count();
            if len < FUZZY_MIN_CHARS {
                continue;
            }
            let max_distance = if len >= 9 { 2 } else { 1 };
            for (term, distance) in self.close_terms(&token, max_distance)? {
                let query = TermQuery::new(
                    Term::from_field_text(self.fields.text, &term),
                    IndexRecordOption::WithFreqs,
                );
                // A close spelling ranks below exact matches of other words.
                let weight = if distance == 1 { 0.6 } else { 0.3 };
                out.push(Box::new(BoostQuery::new(Box::new(query), weight)));
            }
        }
        Ok(out)
    }

    /// Terms of the plain field within `max_distance` edits of `word` that share its first two
    /// letters (typos rarely hit the start of a word). A Levenshtein automaton walks the term
    /// dictionary, so only terms that can be close are visited.
    fn close_terms(
        &self,
        word: &str,
        max_distance: usize,
    ) -> Result<Vec<(String, usize)>, IndexError> {
        let prefix: String = word.chars().take(2).collect();
        let mut upper = prefix.clone().into_bytes();
        if let Some(last) = upper.last_mut() {
            *last = last.saturating_add(1);
        }
        let target: Vec<char> = word.chars().collect();
        let fuzzy = FuzzyTermQuery::new(
            Term::from_field_text(self.fields.text, word),
            u8::try_from(max_distance).unwrap_or(2).min(2),
            true,
        );
        let mut found: Vec<(String, usize)> = Vec::new();
        let mut chars: Vec<char> = Vec::new();
        for reader in self.searcher.segment_readers() {
            let inverted = reader.inverted_index(self.fields.text)?;
            // The range keeps the walk inside the prefix's branch of the dictionary.
            let mut stream = inverted
                .terms()
                .search(fuzzy.automaton()?)
                .ge(prefix.as_bytes())
                .lt(&upper)
                .into_stream()
                .map_err(|e| IndexError::Corrupt(e.to_string()))?;
            while stream.advance() {
                let Ok(candidate) = std::str::from_utf8(stream.key()) else {
                    continue;
                };
                if candidate == word {
                    continue;
                }
                chars.clear();
                chars.extend(candidate.chars());
                let distance = edit_distance(&target, &chars);
                if distance <= max_distance && !found.iter().any(|(t, _)| t == candidate) {
                    found.push((candidate.to_string(), distance));
                }
            }
        }
        // Only the closest spellings ("azerbaijan" at one edit beats "azerbaijani" at two), and
        // not too many of them, so a query stays fast on big indexes.
        let closest = found.iter().map(|(_, d)| *d).min().unwrap_or(0);
        found.retain(|(_, d)| *d == closest);
        found.sort();
        found.truncate(MAX_FUZZY_TERMS);
        Ok(found)
    }
}

/// Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut prev2: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(prev2[j - 2] + 1);
            }
            cur[j] = best;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Tokens with positions; where a joined code token ("cop29" from "COP 29") covers its parts,
/// only the joined one is kept so that "COP 29" and "COP29" meet.
fn analyze(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(usize, String)> {
    let mut tokens = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while let Some(t) = stream.next() {
        tokens.push((t.position, t.offset_from, t.offset_to, t.text.clone()));
    }
    let covered = |i: usize| {
        let (_, from, to, _) = tokens[i];
        tokens
            .iter()
            .enumerate()
            .any(|(j, &(_, f, t, _))| j != i && f <= from && to <= t && (t - f) > (to - from))
    };
    let kept: Vec<(usize, String)> = (0..tokens.len())
        .filter(|&i| !covered(i))
        .map(|i| (tokens[i].0, tokens[i].3.clone()))
        .collect();
    // Re-base positions so a phrase starts at 0 and gaps from dropped parts close up.
    let mut out = Vec::with_capacity(kept.len());
    let mut last = None;
    let mut next = 0;
    for (pos, text) in kept {
        if last != Some(pos) {
            if last.is_some() {
                next += 1;
            }
            last = Some(pos);
        }
        out.push((next, text));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::edit_distance;

    fn d(a: &str, b: &str) -> usize {
        edit_distance(
            &a.chars().collect::<Vec<_>>(),
            &b.chars().collect::<Vec<_>>(),
        )
    }

    #[test]
    fn edit_distance_counts_swaps_as_one() {
        assert_eq!(d("azerbajan", "azerbaijan"), 1);
        assert_eq!(d("azerbajian", "azerbaijan"), 1);
        assert_eq!(d("azerbajan", "azerbaycan"), 2);
        assert_eq!(d("same", "same"), 0);
        assert_eq!(d("", "abc"), 3);
    }
}
