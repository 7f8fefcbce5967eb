//! Excerpts of a hit's text: the window of the text where the query's terms weigh most.
//!
//! The same windows and marks as tantivy's `SnippetGenerator`, made cheaper for the ten hits
//! of an answer: the analyzer is kept from one hit to the next (tantivy clones it for every
//! text, so its token buffers start empty and every token is a new string), a token is looked
//! up as the analyzer wrote it (already lower-cased) in a hash map rather than lower-cased
//! again into a new string and looked up in a B-tree. tantivy's generator was about half of a
//! topic answer's profile; most of that is reading the text into tokens, which remains.

use std::ops::Range;

use rustc_hash::FxHashMap;
use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::tokenizer::{TextAnalyzer, TokenStream};
use tantivy::{Searcher, Term};

use super::IndexError;

/// The query's terms of one field, each weighted by its rarity, and the analyzer that reads
/// a text the way that field was indexed.
pub struct Excerpter {
    analyzer: TextAnalyzer,
    terms: FxHashMap<String, f32>,
    max_bytes: usize,
}

/// One excerpt: the fragment and the byte ranges of the marked terms inside it. An empty
/// fragment means no term of the query is in the text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Excerpted {
    pub fragment: String,
    pub highlights: Vec<Range<usize>>,
}

/// A window of the text being weighed.
struct Window {
    score: f32,
    start: usize,
    stop: usize,
    highlights: Vec<Range<usize>>,
}

impl Window {
    fn at(start: usize) -> Self {
        Window {
            score: 0.0,
            start,
            stop: start,
            highlights: Vec::new(),
        }
    }
}

impl Excerpter {
    /// The terms of `query` in `field` that the index holds, weighted `1 / (1 + doc_freq)` as
    /// tantivy weighs them; windows of at most `max_bytes` bytes (tantivy's "chars" are bytes).
    pub fn new(
        searcher: &Searcher,
        query: &dyn Query,
        field: Field,
        analyzer: TextAnalyzer,
        max_bytes: usize,
    ) -> Result<Self, IndexError> {
        let mut fields_terms: Vec<&Term> = Vec::new();
        query.query_terms(&mut |term, _| {
            if term.field() == field {
                fields_terms.push(term);
            }
        });
        let mut terms = FxHashMap::default();
        for term in fields_terms {
            let value = term.value();
            let Some(text) = value.as_str() else {
                continue;
            };
            if terms.contains_key(text) {
                continue;
            }
            let doc_freq = searcher.doc_freq(term)?;
            if doc_freq > 0 {
                terms.insert(text.to_string(), 1.0 / (1.0 + doc_freq as f32));
            }
        }
        Ok(Excerpter {
            analyzer,
            terms,
            max_bytes,
        })
    }

    /// The best window of `text`: the highest sum of its terms' weights, the earliest of
    /// equals; windows are cut where the next token would pass `max_bytes` from the start.
    pub fn excerpt(&mut self, text: &str) -> Excerpted {
        if self.terms.is_empty() {
            return Excerpted::default();
        }
        let mut best: Option<Window> = None;
        let mut window = Window::at(0);
        let mut stream = self.analyzer.token_stream(text);
        while stream.advance() {
            let token = stream.token();
            if token.offset_to - window.start > self.max_bytes {
                let next = Window::at(token.offset_from);
                keep_better(&mut best, std::mem::replace(&mut window, next));
            }
            window.stop = token.offset_to;
            if let Some(&weight) = self.terms.get(token.text.as_str()) {
                window.score += weight;
                window.highlights.push(token.offset_from..token.offset_to);
            }
        }
        keep_better(&mut best, window);
        match best {
            Some(w) => Excerpted {
                fragment: text[w.start..w.stop].to_string(),
                highlights: w
                    .highlights
                    .into_iter()
                    .map(|r| r.start - w.start..r.end - w.start)
                    .collect(),
            },
            None => Excerpted::default(),
        }
    }
}

/// Keeps `window` if it scores and scores more than the best so far (the earlier one wins a
/// tie, as windows come in text order).
fn keep_better(best: &mut Option<Window>, window: Window) {
    if window.score > 0.0 && best.as_ref().is_none_or(|b| window.score > b.score) {
        *best = Some(window);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::SearchIndex;
    use tantivy::query::{BooleanQuery, Occur, TermQuery};
    use tantivy::schema::IndexRecordOption;
    use tantivy::snippet::SnippetGenerator;

    /// Texts where windows tie, overlap, hold no term, or hold long and non-Latin words.
    const TEXTS: &[&str] = &[
        "The ministers spoke by phone about the peace treaty. The treaty talks go on; \
         the phone call was long. Treaty, treaty, treaty at the very end of the text.",
        "Nothing here matches at all, only words the query does not hold.",
        "Алиев и Блинкен обсудили по телефону мирный договор. Договор ещё не подписан.",
        "cop 29 COP29 Cop-29: the conference and the conference again, and once more the \
         conference, far away from the start of this statement about the conference.",
        "",
        "treaty",
    ];

    /// Ours gives tantivy's fragment and marks for every text, window size and query, in the
    /// plain field and in a stemmed field (read by that field's own analyzer).
    #[test]
    fn same_windows_and_marks_as_tantivys_snippets() {
        let index = SearchIndex::in_memory(50).expect("an index in memory");
        let plain = index.fields.text;
        let english = index.fields.stemmed_field("en").expect("an English field");
        let mut writer: tantivy::IndexWriter = index.index.writer(15_000_000).expect("a writer");
        for text in TEXTS {
            let mut doc = tantivy::TantivyDocument::default();
            doc.add_text(plain, text);
            doc.add_text(english, text);
            writer.add_document(doc).expect("added");
        }
        writer.commit().expect("committed");
        index.reader.reload().expect("reloaded");
        let searcher = index.searcher();
        let plain_words = [
            "treaty",
            "phone",
            "dogovor",
            "aliev",
            "cop29",
            "conference",
            "absent",
        ];
        let stems = [
            "treati",
            "phone",
            "call",
            "confer",
            "договор",
            "cop29",
            "absent",
        ];
        for (field, words) in [(plain, plain_words), (english, stems)] {
            let mut marked = 0;
            for pick in 1u32..(1 << words.len()) {
                let clauses = words
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| pick & (1 << i) != 0)
                    .map(|(_, w)| {
                        let term = TermQuery::new(
                            Term::from_field_text(field, w),
                            IndexRecordOption::WithFreqs,
                        );
                        (Occur::Should, Box::new(term) as Box<dyn Query>)
                    })
                    .collect();
                let query = BooleanQuery::new(clauses);
                for max in [10, 40, 150] {
                    let mut theirs = SnippetGenerator::create(&searcher, &query, field)
                        .expect("tantivy's generator");
                    theirs.set_max_num_chars(max);
                    let analyzer = if field == plain {
                        crate::index::analysis::plain_reader()
                    } else {
                        searcher
                            .index()
                            .tokenizer_for_field(field)
                            .expect("analyzer")
                    };
                    let mut ours =
                        Excerpter::new(&searcher, &query, field, analyzer, max).expect("ours");
                    for text in TEXTS {
                        let snippet = theirs.snippet(text);
                        let excerpt = ours.excerpt(text);
                        assert_eq!(excerpt.fragment, snippet.fragment(), "{pick} {max} {text}");
                        assert_eq!(excerpt.highlights, snippet.highlighted(), "{pick} {max}");
                        marked += excerpt.highlights.len();
                    }
                }
            }
            // The comparison is not vacuous: terms were found and marked in both fields.
            assert!(marked > 1000, "{marked} marks");
        }
    }
}
