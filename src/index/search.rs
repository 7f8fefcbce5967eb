//! Reading: topic search with excerpts, calls newest first, lookups and counts.

use std::ops::Range;

use chrono::NaiveDate;
use tantivy::collector::{Count, DocSetCollector, TopDocs};
use tantivy::query::EnableScoring;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DateTime, DocAddress, DocId, DocSet, Order, Searcher, TantivyDocument, Term};

use super::bodies::BodyError;
use super::excerpt::Excerpter;
use super::outline::Outline;
use super::query::{CallQuery, QueryBuilder, TopicQuery};
use super::schema::{KIND_CALL, KIND_STATEMENT};
use super::write::to_datetime;
use super::{IndexError, SearchIndex};
use crate::model::{Call, CallRecord, Document};

/// A statement that matched a topic query, with its best excerpt (its calls are not read).
#[derive(Debug, Clone)]
pub struct StatementHit {
    pub document: Document,
    pub score: f32,
    pub fragment: String,
    /// Byte ranges of matched terms inside `fragment`.
    pub highlights: Vec<Range<usize>>,
    /// The statement's text could not be read (its kept file is gone or damaged): the body
    /// is empty and so is the fragment.
    pub text_missing: bool,
}

/// A person's reports as outlines, on the searcher they were read from: the reports of a page
/// are loaded from the same commit.
pub struct CallOutlines {
    searcher: Searcher,
    /// Reports matching the query (all of them, not only those outlined).
    pub total: usize,
    addresses: Vec<DocAddress>,
    /// Newest first, as [`SearchIndex::search_calls`] orders reports.
    pub outlines: Vec<Outline>,
}

impl CallOutlines {
    /// The generation of the commit the outlines were read from.
    pub fn generation(&self) -> u64 {
        self.searcher.generation().generation_id()
    }

    /// Heap bytes of the addresses and outlines.
    pub fn heap_bytes(&self) -> usize {
        self.addresses.capacity() * std::mem::size_of::<DocAddress>()
            + self.outlines.capacity() * std::mem::size_of::<Outline>()
    }
}

#[derive(Debug, Clone, Default)]
pub struct IndexStats {
    pub statements: u64,
    pub calls: u64,
    pub languages: Vec<(String, u64)>,
    pub oldest: Option<NaiveDate>,
    pub newest: Option<NaiveDate>,
}

impl SearchIndex {
    fn builder<'a>(&'a self, searcher: &'a Searcher) -> QueryBuilder<'a> {
        QueryBuilder {
            index: &self.index,
            fields: &self.fields,
            searcher,
        }
    }

    /// Whether a topic query searches close spellings of a word the index has never seen.
    pub fn has_unknown_word(&self, q: &TopicQuery) -> Result<bool, IndexError> {
        let searcher = self.searcher();
        self.builder(&searcher).has_unknown_word(q)
    }

    pub fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// Changes with every commit the readers have loaded: what was read before is stale.
    pub fn generation(&self) -> u64 {
        self.reader.searcher().generation().generation_id()
    }

    /// Ranked statements for a topic query, `limit` of them from `offset`, and the total.
    pub fn search_topic(
        &self,
        q: &TopicQuery,
        offset: usize,
        limit: usize,
        snippet_chars: usize,
    ) -> Result<(usize, Vec<StatementHit>), IndexError> {
        let searcher = self.searcher();
        let query = self.builder(&searcher).topic(q)?;
        let (total, top) = searcher.search(
            &*query,
            &(
                Count,
                TopDocs::with_limit(limit.max(1))
                    .and_offset(offset)
                    .order_by_score(),
            ),
        )?;
        if top.is_empty() {
            return Ok((total, Vec::new()));
        }
        // The plain field's analyzer also prepares the stemmed fields' tokens for indexing;
        // an excerpt needs only its own reading.
        let mut plain = Excerpter::new(
            &searcher,
            &*query,
            self.fields.text,
            super::analysis::plain_reader(),
            snippet_chars,
        )?;
        let mut by_language: Vec<(String, Excerpter)> = Vec::new();
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let (document, missing) = self.load_document(&searcher, address)?;
            if missing.is_some() {
                hits.push(StatementHit {
                    document,
                    score,
                    fragment: String::new(),
                    highlights: Vec::new(),
                    text_missing: true,
                });
                continue;
            }
            let body = &document.statement.body;
            let mut excerpt = plain.excerpt(body);
            // The stemmed field's excerpt ("treaties" for "treaty") is worth a second pass over
            // the body only when the exact words were barely found.
            let stemmed_field = self.fields.stemmed_field(&document.statement.language);
            if let Some(field) = stemmed_field.filter(|_| excerpt.highlights.len() < 2) {
                let lang = &document.statement.language;
                if !by_language.iter().any(|(l, _)| l == lang) {
                    let analyzer = searcher.index().tokenizer_for_field(field)?;
                    let stemmed =
                        Excerpter::new(&searcher, &*query, field, analyzer, snippet_chars)?;
                    by_language.push((lang.clone(), stemmed));
                }
                if let Some((_, stemmed)) = by_language.iter_mut().find(|(l, _)| l == lang) {
                    let other = stemmed.excerpt(body);
                    if other.highlights.len() > excerpt.highlights.len() {
                        excerpt = other;
                    }
                }
            }
            let (fragment, highlights) = if excerpt.fragment.is_empty() {
                (lead(body, snippet_chars), Vec::new())
            } else {
                (excerpt.fragment, excerpt.highlights)
            };
            hits.push(StatementHit {
                document,
                score,
                fragment,
                highlights,
                text_missing: false,
            });
        }
        Ok((total, hits))
    }

    /// Calls matching `q`, newest first (undated last), at most `limit`, and how many match.
    pub fn search_calls(
        &self,
        q: &CallQuery,
        limit: usize,
    ) -> Result<(usize, Vec<CallRecord>), IndexError> {
        let searcher = self.searcher();
        let (total, top) = self.call_addresses(&searcher, q, limit)?;
        let mut out = Vec::with_capacity(top.len());
        for address in top {
            out.push(self.load_call(&searcher, address)?);
        }
        Ok((total, out))
    }

    /// The reports of `q`'s calls in the order [`Self::search_calls`] gives them, at most
    /// `limit`, each reduced to its outline, read from fast fields: no stored report is read.
    pub fn call_outlines(&self, q: &CallQuery, limit: usize) -> Result<CallOutlines, IndexError> {
        self.call_outlines_on(self.searcher(), q, limit)
    }

    /// [`Self::call_outlines`] on a given searcher (the commit a cached answer is kept for).
    pub fn call_outlines_on(
        &self,
        searcher: Searcher,
        q: &CallQuery,
        limit: usize,
    ) -> Result<CallOutlines, IndexError> {
        let (total, addresses) = self.call_addresses(&searcher, q, limit)?;
        let mut columns = Vec::with_capacity(searcher.segment_readers().len());
        for segment in searcher.segment_readers() {
            let fast = segment.fast_fields();
            columns.push((fast.u64("call_people")?, fast.u64("call_when")?));
        }
        let mut outlines = Vec::with_capacity(addresses.len());
        for address in &addresses {
            let (people, when) = &columns[address.segment_ord as usize];
            outlines.push(Outline::unpack(
                people.first(address.doc_id).unwrap_or(0),
                when.first(address.doc_id).unwrap_or(0),
            ));
        }
        Ok(CallOutlines {
            searcher,
            total,
            addresses,
            outlines,
        })
    }

    /// The stored reports at `positions` of `outlines` (in that order).
    pub fn load_calls(
        &self,
        outlines: &CallOutlines,
        positions: &[usize],
    ) -> Result<Vec<CallRecord>, IndexError> {
        positions
            .iter()
            .filter_map(|&i| outlines.addresses.get(i))
            .map(|&address| self.load_call(&outlines.searcher, address))
            .collect()
    }

    fn load_call(
        &self,
        searcher: &Searcher,
        address: DocAddress,
    ) -> Result<CallRecord, IndexError> {
        let doc: TantivyDocument = searcher.doc(address)?;
        super::stored::call_from_json(stored_text(&doc, self.fields.data)?)
            .map(|(record, _)| record)
    }

    /// The calls of statement `id`, in the order the extraction found them.
    fn statement_calls(&self, searcher: &Searcher, id: &str) -> Result<Vec<Call>, IndexError> {
        let query = BooleanQuery::new(vec![
            (Occur::Must, term_query(self.fields.id, id)),
            (Occur::Must, term_query(self.fields.kind, KIND_CALL)),
        ]);
        let mut calls = Vec::new();
        for address in searcher.search(&query, &DocSetCollector)? {
            let doc: TantivyDocument = searcher.doc(address)?;
            let (record, position) =
                super::stored::call_from_json(stored_text(&doc, self.fields.data)?)?;
            calls.push((position, record.call));
        }
        calls.sort_by_key(|(position, _)| *position);
        Ok(calls.into_iter().map(|(_, call)| call).collect())
    }

    /// The addresses of `q`'s calls, newest first (undated last), at most `limit`, and how
    /// many match.
    fn call_addresses(
        &self,
        searcher: &Searcher,
        q: &CallQuery,
        limit: usize,
    ) -> Result<(usize, Vec<DocAddress>), IndexError> {
        if self.index.settings().sort_by_field.is_some() {
            return self.newest_calls(searcher, q, limit.max(1));
        }
        let query = self.builder(searcher).calls(q);
        let collector = (
            Count,
            TopDocs::with_limit(limit.max(1)).order_by_fast_field::<DateTime>("date", Order::Desc),
        );
        let (total, top) = searcher.search(&*query, &collector)?;
        Ok((total, top.into_iter().map(|(_, a)| a).collect()))
    }

    /// Documents are sorted newest first inside each segment, so the calls dated within the
    /// range are one run of document ids, found by binary search, and the newest `limit` are
    /// the first matches of each segment: the work is per page, not per call of the person.
    fn newest_calls(
        &self,
        searcher: &Searcher,
        q: &CallQuery,
        limit: usize,
    ) -> Result<(usize, Vec<DocAddress>), IndexError> {
        let query = self.builder(searcher).call_people(q);
        let weight = query.weight(EnableScoring::disabled_from_searcher(searcher))?;
        let since = q.since.map(to_datetime);
        let until = q.until.map(to_datetime);
        let mut total = 0usize;
        let mut found: Vec<(Option<DateTime>, DocAddress)> = Vec::new();
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            let dates = segment.fast_fields().date("date")?;
            let max_doc = segment.max_doc();
            let date = |doc: DocId| dates.first(doc);
            let Range { start, end } = super::date_span::doc_span(segment, since, until)?;
            if start >= end {
                continue;
            }
            let whole = start == 0 && end == max_doc;
            if whole {
                total += weight.count(segment)? as usize;
            }
            let alive = segment.alive_bitset();
            let mut scorer = weight.scorer(segment, 1.0)?;
            let mut doc = scorer.doc();
            if doc < start {
                doc = scorer.seek(start);
            }
            let mut taken = 0;
            while doc < end && (taken < limit || !whole) {
                if alive.is_none_or(|a| a.is_alive(doc)) {
                    if !whole {
                        total += 1;
                    }
                    if taken < limit {
                        found.push((date(doc), DocAddress::new(ord as u32, doc)));
                        taken += 1;
                    }
                }
                doc = scorer.advance();
            }
        }
        // Newest first across segments; `None` (undated) sorts below every date.
        found.sort_by_key(|(date, _)| std::cmp::Reverse(*date));
        found.truncate(limit);
        Ok((total, found.into_iter().map(|(_, a)| a).collect()))
    }

    /// One statement by id, with its calls.
    pub fn statement(&self, id: &str) -> Result<Option<Document>, IndexError> {
        let searcher = self.searcher();
        let query = BooleanQuery::new(vec![
            (Occur::Must, term_query(self.fields.id, id)),
            (Occur::Must, term_query(self.fields.kind, KIND_STATEMENT)),
        ]);
        let top = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
        let Some((_, address)) = top.first() else {
            return Ok(None);
        };
        match self.load_document(&searcher, *address)? {
            (mut document, None) => {
                document.calls = self.statement_calls(&searcher, id)?;
                Ok(Some(document))
            }
            (_, Some(reason)) => Err(IndexError::StatementText {
                id: id.to_string(),
                reason,
            }),
        }
    }

    /// How many statements mention the topic concept `id` (for ranking suggestions).
    pub fn concept_statements(&self, id: &str) -> u64 {
        self.searcher()
            .doc_freq(&Term::from_field_text(self.fields.concept, id))
            .unwrap_or(0)
    }

    /// How many calls involve the person with this key (for ranking suggestions).
    pub fn person_calls(&self, key: &str) -> u64 {
        self.searcher()
            .doc_freq(&Term::from_field_text(self.fields.person, key))
            .unwrap_or(0)
    }

    pub fn stats(&self) -> Result<IndexStats, IndexError> {
        let searcher = self.searcher();
        let statements = term_query(self.fields.kind, KIND_STATEMENT);
        let calls = term_query(self.fields.kind, KIND_CALL);
        let mut languages = Vec::new();
        for reader in searcher.segment_readers() {
            let inverted = reader.inverted_index(self.fields.lang)?;
            let mut stream = inverted
                .terms()
                .stream()
                .map_err(|e| IndexError::Corrupt(e.to_string()))?;
            while stream.advance() {
                let code = String::from_utf8_lossy(stream.key()).to_string();
                if !languages.contains(&code) {
                    languages.push(code);
                }
            }
        }
        let mut per_language = Vec::with_capacity(languages.len());
        for code in languages {
            let q = BooleanQuery::new(vec![
                (Occur::Must, term_query(self.fields.kind, KIND_STATEMENT)),
                (Occur::Must, term_query(self.fields.lang, &code)),
            ]);
            let n = searcher.search(&q, &Count)? as u64;
            if n > 0 {
                per_language.push((code, n));
            }
        }
        per_language.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let edge = |order: Order| -> Result<Option<NaiveDate>, IndexError> {
            let top = searcher.search(
                &*statements,
                &TopDocs::with_limit(1).order_by_fast_field::<DateTime>("date", order),
            )?;
            Ok(top.first().and_then(|(d, _)| *d).and_then(|d| {
                chrono::DateTime::from_timestamp(d.into_timestamp_secs(), 0).map(|t| t.date_naive())
            }))
        };
        Ok(IndexStats {
            statements: searcher.search(&*statements, &Count)? as u64,
            calls: searcher.search(&*calls, &Count)? as u64,
            languages: per_language,
            // Undated statements sort first in ascending order; they have no date to report.
            oldest: edge(Order::Asc)?,
            newest: edge(Order::Desc)?,
        })
    }

    /// The statement at `address`, its body read from where it is kept when it is not stored
    /// inline. A body that cannot be read is left empty, with the reason: the caller degrades.
    fn load_document(
        &self,
        searcher: &Searcher,
        address: DocAddress,
    ) -> Result<(Document, Option<BodyError>), IndexError> {
        let doc: TantivyDocument = searcher.doc(address)?;
        let (mut document, body_at) =
            super::stored::from_json(stored_text(&doc, self.fields.data)?)?;
        let Some(at) = body_at else {
            return Ok((document, None));
        };
        let id = &document.statement.id;
        let read = match &self.bodies {
            Some(source) => source.body(&at, id),
            None => Err(BodyError::NoSource),
        };
        match read {
            Ok(body) => {
                document.statement.body = body;
                Ok((document, None))
            }
            Err(error) => {
                tracing::warn!(%id, %error, "a statement's text cannot be read");
                Ok((document, Some(error)))
            }
        }
    }
}

fn term_query(field: tantivy::schema::Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::Basic,
    ))
}

fn stored_text(doc: &TantivyDocument, field: tantivy::schema::Field) -> Result<&str, IndexError> {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .ok_or_else(|| IndexError::Corrupt("missing data".into()))
}

/// The opening of a text, cut at a word boundary: the excerpt when no term can be highlighted
/// (a fuzzy match, say).
fn lead(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(max_chars).collect();
    match cut.rfind(char::is_whitespace) {
        Some(i) if i > max_chars / 2 => format!("{}…", &cut[..i]),
        _ => format!("{cut}…"),
    }
}
