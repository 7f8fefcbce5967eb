//! The engine: one per process, shared by every adapter. Owns the index and the extractor.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::call_lists::{Budgets, CallList, CallLists};
use super::memo::Memo;
use super::*;
use crate::answers::cancel::check;
use crate::concepts::{Lexicon, LexiconError};
use crate::extract::Extractor;
use crate::index::bodies::BodyRef;
use crate::index::{
    CallQuery, IndexError, MatchMode, Outcome, PersonMatch, SearchIndex, TopicQuery, WriteSession,
    person_id,
};
use crate::model::{CallRecord, Document, Statement, is_sample_url};
use crate::people::normalize::name_key;
use crate::people::unicode::normalize_text;
use crate::people::{People, PeopleError};
use crate::settings::Settings;
use crate::sources::kept::Kept;
use crate::sources::{self, ChunkLimits, SourceError};

/// Progress of a long ingest or reindex, for progress bars and Discord edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

/// Why the engine could not start.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error(transparent)]
    People(#[from] PeopleError),
    #[error(transparent)]
    Topics(#[from] LexiconError),
    #[error(transparent)]
    Index(#[from] IndexError),
}

/// A person as the user named them.
struct Named {
    /// The canonical name, or the name as typed (titles left out) when unknown.
    name: String,
    known: bool,
    matcher: PersonMatch,
}

/// Reports fetched per call shown: the same call reported by several statements merges into one.
const REPORTS_PER_CALL: usize = 3;
/// The deepest topic hit a page reaches: a page number never sizes an allocation.
pub const MAX_TOPIC_RESULTS: usize = 10_000;
/// Most hits or calls on one page.
pub const MAX_PAGE_SIZE: usize = 100;
/// Most calls `recent` lists.
pub const MAX_RECENT: usize = 25;
/// Most call reports read for one who-called answer (stored documents are the costly part of
/// a query): a person's calls are counted and paged over their newest this many reports.
const MAX_CALL_REPORTS: usize = 50_000;
/// Who-called answers kept for a repeat of the same question on the same index.
const WHO_CALLED_KEPT: usize = 64;
/// Bytes the kept merged call lists may hold (up to 16 bytes per report: 50,000 reports, the
/// most one list has, take 800 KB): people's whole lists, the ones asked for again and again,
/// 16 MB (twenty of the most frequent people at a million statements); lists narrowed by
/// dates, a second person or a topic, 4 MB.
const CALL_LISTS_BYTES: Budgets = Budgets {
    whole: 16 << 20,
    narrowed: 4 << 20,
};
/// Lists of fewer reports are merged again when asked for (1,000 reports: ~1.5 M instructions).
const CALL_LIST_MIN_REPORTS: usize = 1_000;
/// The excerpt of a hit whose text cannot be read (its kept batch is gone or damaged): the
/// hit and its source still show, with this instead of words that are not the statement's.
pub const TEXT_MISSING: &str = "[excerpt unavailable: the text of this statement cannot be read from the statements kept beside the index; restore the .kept folder from its backup, or ingest its file again and reindex]";
/// Files read per step of an ingest or reindex: bounds memory on large trees and large files.
const CHUNK: ChunkLimits = ChunkLimits {
    files: 64,
    bytes: 16 << 20,
};
/// Statements extracted per parallel batch.
const BATCH: usize = 512;

pub struct Engine {
    index: SearchIndex,
    /// Every statement an ingest accepted, kept as files so that a rebuild keeps it; beside
    /// the index folder, so none for an index in memory (tests, benchmarks).
    kept: Option<Kept>,
    extractor: Arc<Extractor>,
    settings: Arc<Settings>,
    reindexing: AtomicBool,
    /// Recent who-called answers: a frequent person's costs a read of all their reports.
    who_called_memo: Memo<WhoCalledAnswer>,
    /// Merged call lists of recent who-called queries, for the commit they were made on.
    call_lists: CallLists,
    /// Statements that an ingest added or changed, for whoever listens (watches).
    fresh: tokio::sync::broadcast::Sender<Arc<Vec<Document>>>,
}

/// What an ingest did, with the statements it added or changed (and their calls).
#[derive(Debug, Default)]
pub struct Ingested {
    pub report: IngestReport,
    /// Added or updated statements; unchanged ones (already indexed) are not here.
    pub new: Vec<Document>,
}

/// Batches of new statements kept for a slow listener before it misses some.
const FRESH_BACKLOG: usize = 256;

impl Engine {
    /// Opens (or creates) the index at `settings.index.path` and loads the gazetteer.
    pub fn open(settings: Settings) -> Result<Self, OpenError> {
        let people = load_people(&settings.people.path)?;
        let lexicon = Lexicon::load(&settings.topics.path)?;
        let index = SearchIndex::open(&settings.index.path, settings.index.writer_memory_mb)?;
        Ok(Self::with_lexicon(settings, index, people, lexicon))
    }

    /// Opens the index for queries only (`topic`, `who-called`, `recent`, `source`, `stats`):
    /// a missing index folder is not created, an existing one is not changed.
    pub fn open_read_only(settings: Settings) -> Result<Self, OpenError> {
        let people = load_people(&settings.people.path)?;
        let lexicon = Lexicon::load(&settings.topics.path)?;
        let index =
            SearchIndex::open_read_only(&settings.index.path, settings.index.writer_memory_mb)?;
        Ok(Self::with_lexicon(settings, index, people, lexicon))
    }

    /// True when the index holds no statement.
    pub fn is_empty(&self) -> Result<bool, AnswerError> {
        Ok(self.index.stats()?.statements == 0)
    }

    /// An engine with the topic lexicon built into the binary (tests, benchmarks).
    pub fn with_parts(settings: Settings, index: SearchIndex, people: People) -> Self {
        Self::with_extractor(settings, index, Extractor::new(Arc::new(people)))
    }

    /// An engine with the given topic lexicon.
    pub fn with_lexicon(
        settings: Settings,
        index: SearchIndex,
        people: People,
        lexicon: Lexicon,
    ) -> Self {
        let extractor = Extractor::with_lexicon(Arc::new(people), Arc::new(lexicon));
        Self::with_extractor(settings, index, extractor)
    }

    fn with_extractor(settings: Settings, mut index: SearchIndex, extractor: Extractor) -> Self {
        let kept = index.path().map(|_| Kept::new(settings.kept_path()));
        // Kept statements' bodies are read from their batches, not stored in the index twice.
        if let Some(kept) = &kept {
            index.read_bodies_from(Arc::new(kept.clone()));
        }
        Self {
            index,
            kept,
            extractor: Arc::new(extractor),
            settings: Arc::new(settings),
            reindexing: AtomicBool::new(false),
            who_called_memo: Memo::new(WHO_CALLED_KEPT),
            call_lists: CallLists::new(CALL_LISTS_BYTES, CALL_LIST_MIN_REPORTS),
            fresh: tokio::sync::broadcast::channel(FRESH_BACKLOG).0,
        }
    }

    /// Runs any command; the one entry point the chat, `ask` and Discord share.
    pub fn run(&self, command: &Command) -> Result<Answer, AnswerError> {
        Ok(match command {
            Command::Topic(r) => Answer::Topic(self.topic(r)?),
            Command::WhoCalled(r) => Answer::WhoCalled(self.who_called(r)?),
            Command::Recent { count } => Answer::Recent(self.recent(*count)?),
            Command::Source { id } => Answer::Source(self.source(id)?),
            Command::Stats => Answer::Stats(self.stats()?),
            Command::Reindex => Answer::Ingest(self.reindex(&|_| {})?),
            Command::Help => Answer::Help(HELP.to_string()),
        })
    }

    /// New statements from every ingest after this call (not from a reindex, which rebuilds).
    pub fn subscribe(&self) -> tokio::sync::broadcast::Receiver<Arc<Vec<Document>>> {
        self.fresh.subscribe()
    }

    /// Keeps the new documents only when someone listens: a big ingest must not hold them all.
    fn keep_new(&self) -> Option<Vec<Document>> {
        (self.fresh.receiver_count() > 0).then(Vec::new)
    }

    fn publish(&self, new: Option<Vec<Document>>) {
        if let Some(new) = new.filter(|n| !n.is_empty()) {
            // No listener left is not an error.
            let _ = self.fresh.send(Arc::new(new));
        }
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn extractor(&self) -> &Extractor {
        &self.extractor
    }

    pub fn people(&self) -> &People {
        self.extractor.people()
    }

    /// The topic lexicon statements are tagged with and queries are read with.
    pub fn lexicon(&self) -> &Lexicon {
        self.extractor.lexicon()
    }

    pub fn index(&self) -> &SearchIndex {
        &self.index
    }

    /// Bytes of the statements kept beside the index (0 in memory).
    pub fn kept_bytes(&self) -> u64 {
        self.kept.as_ref().map_or(0, Kept::disk_bytes)
    }

    /// Hits per page: the one asked for (1 to [`MAX_PAGE_SIZE`]), else `search.page_size`.
    fn page_size(&self, limit: Option<usize>) -> Result<usize, AnswerError> {
        match limit {
            Some(n) => check_range("limit", n, 1, MAX_PAGE_SIZE).map(|()| n),
            None => Ok(self.settings.search.page_size.clamp(1, MAX_PAGE_SIZE)),
        }
    }

    /// Keeps statements beside the index (nothing for an index in memory), and returns where
    /// each one's line is, for the index to refer to instead of storing the body again.
    fn keep(&self, statements: &[Statement]) -> Result<Vec<Option<BodyRef>>, AnswerError> {
        match &self.kept {
            Some(kept) => Ok(kept.keep(statements)?),
            None => Ok(Vec::new()),
        }
    }

    fn check_length(&self, text: &str) -> Result<(), AnswerError> {
        let len = text.chars().count();
        let max = self.settings.search.max_query_chars;
        if len > max {
            return Err(AnswerError::QueryTooLong { len, max });
        }
        if text.trim().is_empty() {
            return Err(AnswerError::EmptyQuery);
        }
        Ok(())
    }

    /// An optional argument as given: trimmed, `None` when empty, refused when too long.
    fn optional<'a>(&self, value: Option<&'a str>) -> Result<Option<&'a str>, AnswerError> {
        match value.map(str::trim).filter(|v| !v.is_empty()) {
            Some(v) => self.check_length(v).map(|()| Some(v)),
            None => Ok(None),
        }
    }

    pub fn topic(&self, request: &TopicRequest) -> Result<TopicAnswer, AnswerError> {
        self.check_length(&request.query)?;
        let page_size = self.page_size(request.limit)?;
        let language = request
            .language
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_lowercase);
        if let Some(code) = &language
            && (!(2..=3).contains(&code.len()) || !code.chars().all(|c| c.is_ascii_lowercase()))
        {
            return Err(AnswerError::BadArgument {
                what: "language",
                value: code.chars().take(20).collect(),
                hint: "use a two-letter code such as en, fr, ru",
            });
        }
        // The query in the written form the statements were indexed in (NFC, look-alikes).
        let query_text = normalize_text(&request.query);
        let parsed = super::query_text::parse(&query_text, self.people());
        let reading = super::concepts::read(self.lexicon(), &parsed);
        let concept_ids = reading.ids();
        let clauses = parsed.clauses;
        let mut answer = TopicAnswer {
            request: request.clone(),
            total: 0,
            page_size,
            hits: Vec::new(),
            fuzzy: false,
            widened: None,
        };
        if clauses.is_empty() {
            return Ok(answer);
        }
        // `OR` asks for any word: that is not a widening, it is the question.
        let asked = if parsed.any {
            MatchMode::Any
        } else {
            MatchMode::All
        };
        let mut query = TopicQuery {
            clauses,
            excluded: parsed.excluded,
            concepts: reading.groups,
            covered: reading.covered,
            excluded_concepts: reading.excluded,
            mode: asked,
            since: request.since,
            until: request.until,
            language,
        };
        let offset = request.page.saturating_mul(page_size);
        // Past the deepest reachable hit, search as for the last page: the total is all that
        // is needed, to say which page is the last.
        let search_offset = offset.min(MAX_TOPIC_RESULTS);
        let snippet_chars = self.settings.search.snippet_chars;
        let mut found = self
            .index
            .search_topic(&query, search_offset, page_size, snippet_chars)?;
        if found.0 > 0 && self.index.has_unknown_word(&query)? {
            answer.widened = Some(Widened::CloseSpellings);
        }
        if found.0 == 0 && query.clauses.len() > 1 && asked == MatchMode::All {
            query.mode = MatchMode::Any;
            found = self
                .index
                .search_topic(&query, search_offset, page_size, snippet_chars)?;
            if found.0 > 0 {
                answer.widened = Some(Widened::AnyWord);
            }
        }
        if found.0 == 0 {
            query.mode = MatchMode::Fuzzy;
            found = self
                .index
                .search_topic(&query, search_offset, page_size, snippet_chars)?;
            answer.fuzzy = found.0 > 0;
            if answer.fuzzy {
                answer.widened = Some(Widened::CloseSpellings);
            }
        }
        answer.total = found.0;
        check_page(request.page, found.0.min(MAX_TOPIC_RESULTS), page_size)?;
        answer.hits = found
            .1
            .into_iter()
            .map(|h| {
                if h.text_missing {
                    return TopicHit {
                        source: SourceRef::of(&h.document.statement),
                        score: h.score,
                        excerpt: Excerpt {
                            text: TEXT_MISSING.to_string(),
                            highlights: Vec::new(),
                        },
                    };
                }
                // A statement found by concept alone shows the concept in its own words.
                let by_concept = (h.highlights.is_empty() && !concept_ids.is_empty())
                    .then(|| {
                        super::concepts::excerpt(
                            self.lexicon(),
                            &h.document.statement.body,
                            &concept_ids,
                            snippet_chars,
                        )
                    })
                    .flatten();
                TopicHit {
                    source: SourceRef::of(&h.document.statement),
                    score: h.score,
                    excerpt: by_concept.unwrap_or(Excerpt {
                        text: h.fragment,
                        highlights: h.highlights,
                    }),
                }
            })
            .collect();
        Ok(answer)
    }

    /// The gazetteer's canonical name for a person typed in any spelling, if it knows them.
    pub fn canonical_person(&self, text: &str) -> Option<String> {
        let named = self.resolve_person(text);
        named.known.then_some(named.name)
    }

    /// Who the user named (titles such as "President" left out) and how to match them.
    fn resolve_person(&self, text: &str) -> Named {
        // A name that is itself written with a title ("Cumhurbaşkanı Erdoğan" is an alias)
        // resolves as typed; otherwise the title goes.
        let normal = normalize_text(text);
        let typed = normal.trim();
        let found = super::query_text::resolve_person(self.people(), typed);
        let text = if found.is_some() {
            typed
        } else {
            super::titles::strip_titles(typed)
        };
        let found = found.or_else(|| super::query_text::resolve_person(self.people(), text));
        match found {
            Some(p) => Named {
                name: p.name.clone(),
                known: true,
                matcher: PersonMatch::Key(person_id(&p.name)),
            },
            None => {
                let words = name_key(text)
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect();
                Named {
                    name: text.to_string(),
                    known: false,
                    matcher: PersonMatch::Words(words),
                }
            }
        }
    }

    /// Whether a call found on the lossy name key of an unknown name has a participant
    /// spelled like it ("Ruto" shares a key with Rutte but is not spelled like him).
    fn spelled_in(&self, named: &Named, record: &CallRecord) -> bool {
        named.known
            || record
                .call
                .participants
                .iter()
                .any(|p| self.people().name_spelled_like(&named.name, p))
    }

    /// Keeps the calls whose participants are spelled like the names asked for; returns how
    /// many were dropped.
    fn keep_spelled(
        &self,
        named: &Named,
        with: Option<&Named>,
        records: &mut Vec<CallRecord>,
    ) -> usize {
        if named.known && with.is_none_or(|w| w.known) {
            return 0;
        }
        let before = records.len();
        records.retain(|r| self.spelled_in(named, r) && with.is_none_or(|w| self.spelled_in(w, r)));
        before - records.len()
    }

    pub fn who_called(&self, request: &WhoCalledRequest) -> Result<WhoCalledAnswer, AnswerError> {
        let generation = self.index.generation();
        let key = serde_json::to_string(request).ok();
        if let Some(kept) = key
            .as_deref()
            .and_then(|k| self.who_called_memo.get(generation, k))
        {
            return Ok(kept);
        }
        let answer = self.who_called_now(request)?;
        if let Some(key) = key {
            self.who_called_memo.put(generation, key, answer.clone());
        }
        Ok(answer)
    }

    fn who_called_now(&self, request: &WhoCalledRequest) -> Result<WhoCalledAnswer, AnswerError> {
        self.check_length(&request.person)?;
        let named = self.resolve_person(&request.person);
        let with = self
            .optional(request.with.as_deref())?
            .map(|w| self.resolve_person(w));
        let (concepts, topics) = match self.optional(request.topic.as_deref())? {
            Some(topic) => self.topic_filter(topic)?,
            None => (Vec::new(), Vec::new()),
        };
        let query = CallQuery {
            person: Some(named.matcher.clone()),
            with: with.as_ref().map(|w| w.matcher.clone()),
            concepts,
            since: request.since,
            until: request.until,
        };
        let page_size = self.page_size(request.limit)?;
        if named.known && with.as_ref().is_none_or(|w| w.known) {
            let (total, calls) = self.page_of_calls(&query, request.page, page_size)?;
            return Ok(WhoCalledAnswer {
                request: request.clone(),
                person: named.name,
                known_person: named.known,
                topics,
                total,
                page_size,
                calls,
            });
        }
        // Calls are counted and paged after merging their reports: first the reports this
        // page needs (with room for duplicates), then, when more match, every report up to
        // MAX_CALL_REPORTS, so the total counts calls and every page is full.
        let needed = (request.page.saturating_add(1)).saturating_mul(page_size);
        let window = needed
            .saturating_mul(REPORTS_PER_CALL)
            .saturating_add(8)
            .min(MAX_CALL_REPORTS);
        let (reports, mut records) = self.index.search_calls(&query, window)?;
        if reports > records.len() && window < MAX_CALL_REPORTS {
            records = self
                .index
                .search_calls(&query, reports.min(MAX_CALL_REPORTS))?
                .1;
        }
        self.keep_spelled(&named, with.as_ref(), &mut records);
        let mut merged = merge_calls(records);
        real_calls_first(&mut merged);
        let total = merged.len();
        check_page(request.page, total, page_size)?;
        let calls = merged
            .iter()
            .skip(request.page.saturating_mul(page_size))
            .take(page_size)
            .cloned()
            .collect();
        Ok(WhoCalledAnswer {
            request: request.clone(),
            person: named.name,
            known_person: named.known,
            topics,
            total,
            page_size,
            calls,
        })
    }

    /// The calls of gazetteer people: merged and counted from the reports' outlines (fast
    /// fields, no stored report read), then only the reports of the calls on `page` are read
    /// and merged. The same calls, sources and order as merging every report (up to
    /// `MAX_CALL_REPORTS`): the work no longer grows with the person's number of reports.
    fn page_of_calls(
        &self,
        query: &CallQuery,
        page: usize,
        page_size: usize,
    ) -> Result<(usize, Vec<CallHit>), AnswerError> {
        let list = self.call_list(query)?;
        let total = list.total();
        check_page(page, total, page_size)?;
        if let Some(calls) = list.kept_page(page, page_size) {
            return Ok((total, calls.as_ref().clone()));
        }
        let positions = list.page(page, page_size);
        let records = self.index.load_calls(list.outlines(), &positions)?;
        let mut calls = merge_calls(records);
        real_calls_first(&mut calls);
        if list.keep_page(page, page_size, &calls) {
            // The page made the list larger: its pool makes room now, not at its next list.
            self.call_lists.fit(query);
        }
        Ok((total, calls))
    }

    /// The merged calls of `query` on the current commit: kept from an earlier question on
    /// the same commit, or merged from the reports' outlines now (and kept when costly).
    fn call_list(&self, query: &CallQuery) -> Result<Arc<CallList>, AnswerError> {
        let searcher = self.index.searcher();
        let generation = searcher.generation().generation_id();
        if let Some(list) = self.call_lists.get(generation, query) {
            return Ok(list);
        }
        let outlines = self
            .index
            .call_outlines_on(searcher, query, MAX_CALL_REPORTS)?;
        let list = Arc::new(CallList::of(outlines));
        self.call_lists
            .put(generation, query.clone(), Arc::clone(&list));
        Ok(list)
    }

    pub fn recent(&self, count: usize) -> Result<RecentAnswer, AnswerError> {
        check_range("count", count, 1, MAX_RECENT)?;
        let query = CallQuery {
            person: None,
            with: None,
            concepts: Vec::new(),
            since: None,
            until: None,
        };
        let (total, records) = self.index.search_calls(&query, count * 4)?;
        let mut calls = merge_calls(records);
        real_calls_first(&mut calls);
        calls.truncate(count);
        Ok(RecentAnswer { total, calls })
    }

    pub fn source(&self, id: &str) -> Result<SourceAnswer, AnswerError> {
        let id = id.trim();
        if id.is_empty() || id.len() > 64 || !id.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(AnswerError::UnknownStatement(id.chars().take(64).collect()));
        }
        match self.index.statement(id)? {
            Some(doc) => Ok(doc),
            None => Err(AnswerError::UnknownStatement(id.to_string())),
        }
    }

    pub fn stats(&self) -> Result<StatsAnswer, AnswerError> {
        let s = self.index.stats()?;
        Ok(StatsAnswer {
            statements: s.statements,
            calls: s.calls,
            people_known: self.people().len(),
            index_bytes: self.index.disk_bytes(),
            kept_bytes: self.kept_bytes(),
            languages: s.languages,
            oldest: s.oldest,
            newest: s.newest,
        })
    }

    /// Ingests files and directory trees; bad files are listed in the report, the rest land.
    /// What lands is also kept beside the index, so every later `reindex` keeps it.
    pub fn ingest_paths(
        &self,
        paths: &[PathBuf],
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Result<IngestReport, AnswerError> {
        self.ingest_files(paths, Mode::Keep, progress)
    }

    fn ingest_files(
        &self,
        paths: &[PathBuf],
        mode: Mode,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Result<IngestReport, AnswerError> {
        let _guard = self.writing()?;
        let mut session = self.index.begin()?;
        let mut new = self.keep_new();
        let report = self.stream_files(
            &mut session,
            paths,
            mode,
            &mut new,
            progress,
            &Cancel::new(),
        )?;
        session.commit()?;
        self.publish(new);
        self.finish(report)
    }

    /// Ingests one uploaded file (a Discord attachment). A bad file is a rejection in the report.
    pub fn ingest_bytes(&self, name: &str, bytes: &[u8]) -> Result<IngestReport, AnswerError> {
        let _guard = self.writing()?;
        let mut report = IngestReport::default();
        match sources::parse_document(name, bytes, self.settings.sources.max_file_bytes) {
            Ok(parsed) => {
                // The writer first: a write refused because another process holds the index
                // must not leave its statements kept for the next rebuild.
                let mut session = self.index.begin()?;
                let kept = self.keep(&parsed.statements)?;
                let mut new = self.keep_new();
                report = self.put_all(
                    &mut session,
                    parsed.statements,
                    &kept,
                    &mut new,
                    &Cancel::new(),
                )?;
                session.commit()?;
                self.publish(new);
                report.warnings = parsed
                    .warnings
                    .into_iter()
                    .map(|reason| Rejection {
                        source: name.to_string(),
                        reason,
                    })
                    .collect();
            }
            Err(e) => report.rejected.push(Rejection {
                source: name.to_string(),
                reason: e.to_string(),
            }),
        }
        report.statements_total = self.index.stats()?.statements;
        Ok(report)
    }

    /// Ingests statements already read (benchmarks, tools), extracting calls in parallel.
    pub fn ingest_statements(
        &self,
        statements: Vec<Statement>,
    ) -> Result<IngestReport, AnswerError> {
        let _guard = self.writing()?;
        let mut session = self.index.begin()?;
        let mut new = self.keep_new();
        let report = self.put_all(&mut session, statements, &[], &mut new, &Cancel::new())?;
        session.commit()?;
        self.publish(new);
        Ok(report)
    }

    /// Like [`Self::ingest_statements`] (the same path as `readout ingest`: extraction, upsert
    /// by stable id), and returns the statements that were added or changed with their calls:
    /// a statement seen before changes nothing and is not returned.
    /// The statements are kept beside the index before the commit, so a rebuild keeps them.
    pub fn ingest_new(&self, statements: Vec<Statement>) -> Result<Ingested, AnswerError> {
        let _guard = self.writing()?;
        // The writer first, as in `ingest_bytes`.
        let mut session = self.index.begin()?;
        let kept = self.keep(&statements)?;
        let mut new = Some(Vec::new());
        let mut report = self.put_all(&mut session, statements, &kept, &mut new, &Cancel::new())?;
        session.commit()?;
        report.statements_total = self.index.stats()?.statements;
        let new = new.unwrap_or_default();
        if self.fresh.receiver_count() > 0 && !new.is_empty() {
            let _ = self.fresh.send(Arc::new(new.clone()));
        }
        Ok(Ingested { report, new })
    }

    /// Rebuilds the index from the configured source folders and the kept statements (all
    /// that `ingest`, `/ingest` and the feeds accepted). Readers see the old data until the
    /// commit; a failure — a source folder missing or unreadable, a file that cannot be read,
    /// or nothing to read at all — leaves the old data. The report counts, against the old
    /// index, what was added, updated, unchanged, and removed (no source holds it any more).
    pub fn reindex(
        &self,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Result<IngestReport, AnswerError> {
        self.reindex_until(progress, &Cancel::new())
    }

    /// [`Self::reindex`] that stops when `cancel` is set (checked per batch of statements and
    /// per chunk of files): then [`AnswerError::Cancelled`], the old data kept and the files
    /// written so far deleted. Once the commit has begun it completes; see [`Cancel`].
    pub fn reindex_until(
        &self,
        progress: &(dyn Fn(Progress) + Sync),
        cancel: &Cancel,
    ) -> Result<IngestReport, AnswerError> {
        let _guard = self.writing()?;
        let mut dirs = self.settings.sources.dirs.clone();
        // Where earlier versions kept statements from feeds: still a source when present.
        let archive = self.settings.feed_archive_path();
        if archive.is_dir() {
            dirs.push(archive);
        }
        for dir in &self.settings.sources.dirs {
            check_readable(dir)?;
        }
        let before = self.index.stats()?.statements;
        let mut session = self.index.begin()?;
        session.clear()?;
        let built = self
            .rebuild(&mut session, &dirs, progress, cancel)
            .and_then(|report| {
                // The last moment a stop request can win: after this the commit runs whole.
                if cancel.begin_commit() {
                    Ok(report)
                } else {
                    Err(AnswerError::Cancelled)
                }
            });
        let mut report = match built {
            Ok(report) => report,
            Err(error) => {
                // The old data stays; the files the rebuild wrote go.
                session.abandon();
                return Err(error);
            }
        };
        // Every old statement still held was counted once as updated or unchanged.
        report.removed = usize::try_from(before)
            .unwrap_or(usize::MAX)
            .saturating_sub(report.updated + report.unchanged);
        session.commit()?;
        self.finish(report)
    }

    /// Puts every kept statement and every statement of `dirs` into a cleared session.
    fn rebuild(
        &self,
        session: &mut WriteSession<'_>,
        dirs: &[PathBuf],
        progress: &(dyn Fn(Progress) + Sync),
        cancel: &Cancel,
    ) -> Result<IngestReport, AnswerError> {
        // The kept statements first: what a user ingested wins over an older copy in a folder.
        let mut report = IngestReport::default();
        if let Some(kept) = &self.kept {
            kept.load_chunked(|chunk| -> Result<(), AnswerError> {
                let (statements, at): (Vec<Statement>, Vec<Option<BodyRef>>) =
                    chunk.into_iter().unzip();
                let part = self.put_all(session, statements, &at, &mut None, cancel)?;
                add_counts(&mut report, &part);
                Ok(())
            })?;
        }
        // A rebuild re-adds everything: nothing in it is news.
        let part = self.stream_files(session, dirs, Mode::Rebuild, &mut None, progress, cancel)?;
        add_counts(&mut report, &part);
        report.rejected = part.rejected;
        report.warnings = part.warnings;
        if report.added + report.updated + report.unchanged == 0 {
            return Err(AnswerError::NothingToIndex {
                dirs: dirs
                    .iter()
                    .map(|d| d.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        }
        Ok(report)
    }

    /// Removes one statement (and its calls) from the index and from the kept statements.
    /// Returns whether either held it. A statement read from a file in `sources.dirs` comes
    /// back at the next rebuild unless that file goes too.
    pub fn remove(&self, id: &str) -> Result<bool, AnswerError> {
        let id = id.trim();
        if id.is_empty() || id.len() > 64 || !id.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(AnswerError::UnknownStatement(id.chars().take(64).collect()));
        }
        let _guard = self.writing()?;
        let mut session = self.index.begin()?;
        let in_index = session.delete(id)?;
        let (kept, archived) = match &self.kept {
            Some(kept) => (
                kept.remove(id)?,
                Kept::new(self.settings.feed_archive_path()).remove(id)?,
            ),
            None => (false, false),
        };
        session.commit()?;
        if !(in_index || kept || archived) {
            return Err(AnswerError::UnknownStatement(id.to_string()));
        }
        Ok(true)
    }

    fn finish(&self, mut report: IngestReport) -> Result<IngestReport, AnswerError> {
        report.statements_total = self.index.stats()?.statements;
        Ok(report)
    }

    /// Reads files a chunk at a time and puts their statements, so memory stays bounded
    /// whatever the size of the tree. With `replace`, the index is cleared (inside the session,
    /// so readers see nothing until the commit) before the first statement goes in.
    fn stream_files(
        &self,
        session: &mut WriteSession<'_>,
        paths: &[PathBuf],
        mode: Mode,
        new: &mut Option<Vec<Document>>,
        progress: &(dyn Fn(Progress) + Sync),
        cancel: &Cancel,
    ) -> Result<IngestReport, AnswerError> {
        let mut report = IngestReport::default();
        sources::read_paths_chunked(
            paths,
            self.settings.sources.max_file_bytes,
            CHUNK,
            |items, done, total| -> Result<(), AnswerError> {
                check(cancel)?;
                let mut statements = Vec::new();
                for item in items {
                    let source = item.path.display().to_string();
                    report
                        .warnings
                        .extend(item.warnings.into_iter().map(|reason| Rejection {
                            source: source.clone(),
                            reason,
                        }));
                    match item.result {
                        Ok(found) => statements.extend(found),
                        // A file a rebuild cannot read still holds its statements: keep the
                        // old data rather than drop them.
                        Err(SourceError::Io(e)) if mode == Mode::Rebuild => {
                            return Err(AnswerError::SourceUnreadable {
                                path: source,
                                reason: e.to_string(),
                            });
                        }
                        Err(e) => report.rejected.push(Rejection {
                            source,
                            reason: e.to_string(),
                        }),
                    }
                }
                let kept = if mode == Mode::Keep {
                    self.keep(&statements)?
                } else {
                    Vec::new()
                };
                let part = self.put_all(session, statements, &kept, new, cancel)?;
                add_counts(&mut report, &part);
                progress(Progress { done, total });
                Ok(())
            },
        )?;
        Ok(report)
    }

    /// Indexes the configured source folders when the index is empty (first run of `chat`).
    pub fn index_sources_if_empty(&self) -> Result<Option<IngestReport>, AnswerError> {
        if self.index.stats()?.statements > 0 {
            return Ok(None);
        }
        let dirs: Vec<PathBuf> = self
            .settings
            .sources
            .dirs
            .iter()
            .filter(|d| d.exists())
            .cloned()
            .collect();
        if dirs.is_empty() {
            return Ok(None);
        }
        // The folders are sources already: a rebuild reads them, so they are not kept twice.
        self.ingest_files(&dirs, Mode::Sources, &|_| {}).map(Some)
    }

    /// The topic concepts `who-called … topic:` narrows calls to, and their names: every topic
    /// the words name must be a call's. Words that name none are an error that says so.
    fn topic_filter(&self, topic: &str) -> Result<(Vec<Vec<String>>, Vec<String>), AnswerError> {
        let text = normalize_text(topic);
        let named = self.lexicon().in_query(&text);
        if named.is_empty() {
            let close: Vec<String> = self
                .lexicon()
                .suggest(&text, 3)
                .into_iter()
                .map(|s| s.label)
                .collect();
            let hint = if close.is_empty() {
                String::new()
            } else {
                format!(" (close: {})", close.join(", "))
            };
            return Err(AnswerError::UnknownTopic {
                value: topic.chars().take(60).collect(),
                hint,
            });
        }
        let mut groups: Vec<Vec<String>> = Vec::new();
        for q in named {
            if !groups.contains(&q.ids) {
                groups.push(q.ids);
            }
        }
        let names = groups
            .iter()
            .map(|g| {
                g.iter()
                    .map(|id| self.lexicon().label(id).to_string())
                    .collect::<Vec<_>>()
                    .join(" or ")
            })
            .collect();
        Ok((groups, names))
    }

    /// Topics for autocomplete: concepts with a name (in any language) that matches what was
    /// typed, those more statements mention first.
    pub fn suggest_topics(&self, partial: &str, limit: usize) -> Vec<TopicChoice> {
        let partial: String = partial.chars().take(100).collect();
        let mut found: Vec<(u8, u64, TopicChoice)> = self
            .lexicon()
            .suggest(&normalize_text(&partial), 200)
            .into_iter()
            .map(|s| {
                let label = if s.name == s.label {
                    s.name.clone()
                } else {
                    format!("{} ({})", s.name, s.label)
                };
                let statements = self.index.concept_statements(&s.id);
                (
                    s.rank,
                    statements,
                    TopicChoice {
                        label,
                        value: s.name,
                    },
                )
            })
            .collect();
        found.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| b.1.cmp(&a.1))
                .then_with(|| a.2.label.cmp(&b.2.label))
        });
        found.into_iter().take(limit).map(|(_, _, c)| c).collect()
    }

    /// Canonical names for autocomplete: gazetteer people matching what was typed, those with
    /// calls in the index first.
    pub fn suggest_people(&self, partial: &str, limit: usize) -> Vec<String> {
        let partial: String = partial.chars().take(100).collect();
        let mut found: Vec<(u64, String)> = self
            .people()
            .suggest(&partial, 200)
            .into_iter()
            .map(|p| (self.index.person_calls(&person_id(&p.name)), p.name.clone()))
            .collect();
        found.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        found
            .into_iter()
            .take(limit)
            .map(|(_, name)| name)
            .collect()
    }

    /// Only one ingest or reindex at a time; queries are never blocked.
    fn writing(&self) -> Result<WritingGuard<'_>, AnswerError> {
        self.reindexing
            .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
            .map_err(|_| AnswerError::Busy)?;
        Ok(WritingGuard(&self.reindexing))
    }

    /// Extracts and puts `statements`; `kept[i]`, when there, is where statement `i` is kept
    /// (its body is then read from there, not stored in the index).
    fn put_all(
        &self,
        session: &mut WriteSession<'_>,
        statements: Vec<Statement>,
        kept: &[Option<BodyRef>],
        new: &mut Option<Vec<Document>>,
        cancel: &Cancel,
    ) -> Result<IngestReport, AnswerError> {
        if !kept.is_empty() && kept.len() != statements.len() {
            // Never refer a statement to another one's line.
            return Err(
                IndexError::Corrupt("kept lines do not match the statements".into()).into(),
            );
        }
        let mut report = IngestReport::default();
        for (b, batch) in statements.chunks(BATCH).enumerate() {
            check(cancel)?;
            for (i, doc) in self.extract_batch(batch).into_iter().enumerate() {
                report.calls_found += doc.calls.len();
                let at = kept.get(b * BATCH + i).copied().flatten();
                let outcome = session.put(&doc, at.as_ref())?;
                match outcome {
                    Outcome::Added => report.added += 1,
                    Outcome::Updated => report.updated += 1,
                    Outcome::Unchanged => report.unchanged += 1,
                    Outcome::Repeated => {}
                }
                if let (Some(new), Outcome::Added | Outcome::Updated) = (new.as_mut(), outcome) {
                    new.push(doc);
                }
            }
        }
        Ok(report)
    }

    /// Extraction is CPU-bound and independent per statement: split a batch across two threads.
    fn extract_batch(&self, batch: &[Statement]) -> Vec<Document> {
        let extract = |part: &[Statement]| -> Vec<Document> {
            part.iter().map(|s| self.extractor.read(s)).collect()
        };
        if batch.len() < 16 {
            return extract(batch);
        }
        let (left, right) = batch.split_at(batch.len() / 2);
        std::thread::scope(|scope| {
            let handle = scope.spawn(|| extract(right));
            let mut docs = extract(left);
            match handle.join() {
                Ok(more) => docs.extend(more),
                // The extractor never panics on input by contract; if it did, redo the half here
                // so the failure surfaces on this thread with its message.
                Err(_) => docs.extend(extract(right)),
            }
            docs
        })
    }
}

/// The gazetteer shipped with Readout, for runs outside the project folder: the main file
/// and its regional files (`config/people.d/`; a test checks that every one is listed here).
const BUNDLED_PEOPLE: &str = include_str!("../../config/people.toml");
pub const BUNDLED_PEOPLE_FILES: &[(&str, &str)] = &[
    (
        "defence.toml",
        include_str!("../../config/people.d/defence.toml"),
    ),
    (
        "europe-east.toml",
        include_str!("../../config/people.d/europe-east.toml"),
    ),
    (
        "europe-west.toml",
        include_str!("../../config/people.d/europe-west.toml"),
    ),
    ("gaps.toml", include_str!("../../config/people.d/gaps.toml")),
    (
        "mena-africa-americas.toml",
        include_str!("../../config/people.d/mena-africa-americas.toml"),
    ),
    ("more.toml", include_str!("../../config/people.d/more.toml")),
    (
        "regional.toml",
        include_str!("../../config/people.d/regional.toml"),
    ),
    (
        "world.toml",
        include_str!("../../config/people.d/world.toml"),
    ),
];
const DEFAULT_PEOPLE_PATH: &str = "config/people.toml";

/// The gazetteer built into the binary.
pub fn bundled_people() -> Result<People, PeopleError> {
    let texts: Vec<&str> = std::iter::once(BUNDLED_PEOPLE)
        .chain(BUNDLED_PEOPLE_FILES.iter().map(|(_, text)| *text))
        .collect();
    People::from_toml_strs(&texts)
}

/// Loads the gazetteer from `path`; when that is the default path and there is no such file
/// (Readout started from another folder), the copy built into the binary is used.
pub fn load_people(path: &Path) -> Result<People, PeopleError> {
    if path == Path::new(DEFAULT_PEOPLE_PATH) && !path.exists() {
        tracing::debug!("no {DEFAULT_PEOPLE_PATH} here; using the built-in gazetteer");
        return bundled_people();
    }
    People::load(path)
}

/// How files read by an ingest are treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// `ingest`: what lands is kept beside the index.
    Keep,
    /// Files from `sources.dirs` (first use): a rebuild reads them again, nothing to keep.
    Sources,
    /// A rebuild: an unreadable file fails it, so the old data stays.
    Rebuild,
}

fn check_range(
    what: &'static str,
    value: usize,
    min: usize,
    max: usize,
) -> Result<(), AnswerError> {
    if (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(AnswerError::OutOfRange {
            what,
            value,
            min,
            max,
        })
    }
}

/// A page (zero-based) past the last of `total` results is an error naming the last page;
/// with no results at all, the answer says so instead.
fn check_page(page: usize, total: usize, page_size: usize) -> Result<(), AnswerError> {
    if total == 0 || page.saturating_mul(page_size) < total {
        return Ok(());
    }
    Err(AnswerError::PageOutOfRange {
        page: page.saturating_add(1),
        last: total.div_ceil(page_size.max(1)),
    })
}

fn add_counts(total: &mut IngestReport, part: &IngestReport) {
    total.added += part.added;
    total.updated += part.updated;
    total.unchanged += part.unchanged;
    total.calls_found += part.calls_found;
}

/// A source folder a rebuild reads must be there and readable: otherwise the rebuild would
/// drop every statement it holds.
fn check_readable(dir: &Path) -> Result<(), AnswerError> {
    let unreadable = |e: std::io::Error| AnswerError::SourceUnreadable {
        path: dir.display().to_string(),
        reason: e.to_string(),
    };
    let meta = std::fs::metadata(dir).map_err(unreadable)?;
    if meta.is_dir() {
        std::fs::read_dir(dir).map_err(unreadable)?;
    } else {
        std::fs::File::open(dir).map_err(unreadable)?;
    }
    Ok(())
}

struct WritingGuard<'a>(&'a AtomicBool);

impl Drop for WritingGuard<'_> {
    fn drop(&mut self) {
        self.0.store(false, Ordering::Release);
    }
}

/// Calls reported by real statements come before calls only the sample corpus reports (each
/// group still newest first). Samples are invented: in the demo corpus they must never push a
/// real call (the seed's) down the list, whatever date a sample was given.
fn real_calls_first(calls: &mut [CallHit]) {
    calls.sort_by_key(CallHit::is_sample);
}

/// The month of a report whose call has no day and whose statement is dated only by month.
fn month_only(record: &CallRecord) -> Option<NaiveDate> {
    if record.call.date.is_some() {
        return None;
    }
    record
        .source
        .published
        .filter(|p| p.precision == crate::model::DatePrecision::Month)
        .map(|p| p.date)
}

fn same_month(a: NaiveDate, b: NaiveDate) -> bool {
    use chrono::Datelike;
    a.year() == b.year() && a.month() == b.month()
}

/// One call reported by several statements (same people, dates at most a day apart, any
/// language) becomes one hit with all its sources. Input is newest first; so is the output.
pub fn merge_calls(records: Vec<CallRecord>) -> Vec<CallHit> {
    let mut merged: Vec<CallHit> = Vec::new();
    // The hits of each set of participants, in the order they were made: a report is compared
    // with its own participants' calls only. Comparing it with every call so far made a
    // who-called answer over a frequent person's 15,000 reports take 7 s at 100k statements.
    let mut by_people: HashMap<Vec<String>, Vec<usize>> = HashMap::new();
    for mut record in records {
        let keys = call_keys(&mut record);
        let month = month_only(&record);
        let candidates = by_people.entry(keys).or_default();
        match candidates
            .iter()
            .copied()
            .find(|&i| same_call(&merged[i], &record, month))
        {
            Some(i) => absorb(&mut merged[i], &record),
            None => {
                candidates.push(merged.len());
                merged.push(CallHit::from_call(&record.call, record.source));
            }
        }
    }
    merged
}

/// The sorted, distinct name keys of a report's participants (and its sample mark, for
/// indexes written before samples were marked: the URL still says it).
fn call_keys(record: &mut CallRecord) -> Vec<String> {
    record.source.sample |= record.source.url.as_deref().is_some_and(is_sample_url);
    crate::index::outline::participant_keys(record)
}

/// Whether a report of the same participants is the call `hit` already holds: dates at most a
/// day apart, or the month of a report dated only by its month.
fn same_call(hit: &CallHit, record: &CallRecord, month: Option<NaiveDate>) -> bool {
    match (hit.date, record.call.date) {
        (Some(a), Some(b)) => (a - b).num_days().abs() <= 1,
        // A report dated only by its month is the dated call of that month.
        (Some(a), None) => month.is_some_and(|m| same_month(a, m)),
        (None, Some(b)) => hit.month().is_some_and(|m| same_month(b, m)),
        // Two month-only reports: the same month, never across months or years.
        (None, None) => match (hit.month(), month) {
            (Some(a), Some(b)) => same_month(a, b),
            (None, None) => true,
            _ => false,
        },
    }
}

/// Adds a report of the same call to `hit`: its source, the direction it states, its day.
fn absorb(hit: &mut CallHit, record: &CallRecord) {
    if !hit.sources.iter().any(|s| s.id == record.source.id) {
        hit.sources.push(record.source.clone());
    }
    match (&hit.caller, &record.call.caller) {
        (None, Some(_)) if hit.sources.len() > 1 => {
            hit.caller = record.call.caller.clone();
            hit.recipient = record.call.recipient.clone();
        }
        // Two sources disagree on who called: say nothing rather than guess.
        (Some(a), Some(b)) if name_key(a) != name_key(b) => {
            hit.caller = None;
            hit.recipient = None;
        }
        _ => {}
    }
    if hit.evidence.is_empty() {
        hit.evidence = record.call.evidence.clone();
    }
    // The dated report gives the merged call its day.
    if hit.date.is_none() {
        hit.date = record.call.date;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Call, PublishedDate, SourceRef};
    use chrono::NaiveDate;

    fn record(id: &str, people: &[&str], date: &str, caller: Option<&str>) -> CallRecord {
        let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok();
        CallRecord {
            call: Call {
                participants: people.iter().map(|p| p.to_string()).collect(),
                caller: caller.map(str::to_string),
                recipient: caller
                    .and_then(|c| people.iter().find(|p| **p != c))
                    .map(|p| p.to_string()),
                date,
                topics: vec![],
                concepts: vec![],
                evidence: format!("evidence {id}"),
            },
            source: SourceRef {
                id: id.into(),
                title: None,
                source: format!("https://example.gov/{id}"),
                url: None,
                path: None,
                published: date.map(PublishedDate::day),
                language: "en".into(),
                sample: false,
            },
        }
    }

    #[test]
    fn the_same_call_from_both_sides_is_one_hit_with_both_sources() {
        let merged = merge_calls(vec![
            record("ru", &["Vladimir Putin", "Olaf Scholz"], "2024-11-15", None),
            record(
                "de",
                &["Olaf Scholz", "Vladimir Putin"],
                "2024-11-15",
                Some("Olaf Scholz"),
            ),
            record(
                "old",
                &["Olaf Scholz", "Vladimir Putin"],
                "2022-12-02",
                None,
            ),
        ]);
        assert_eq!(merged.len(), 2);
        assert_eq!(merged[0].sources.len(), 2);
        assert_eq!(
            merged[0].caller.as_deref(),
            Some("Olaf Scholz"),
            "a stated direction is kept"
        );
        assert_eq!(merged[1].sources[0].id, "old");
    }

    #[test]
    fn calls_only_samples_report_come_after_real_calls() {
        let mut newer_sample = record("s", &["A B", "C D"], "2024-09-03", None);
        newer_sample.source.url = Some("https://samples.readout.example/28-2".into());
        let real = record("r", &["A B", "E F"], "2024-06-20", None);
        let mut calls = merge_calls(vec![newer_sample, real]);
        assert!(calls[0].is_sample(), "the URL marks an old index's sample");
        real_calls_first(&mut calls);
        assert_eq!(calls[0].sources[0].id, "r");
        assert_eq!(calls[1].sources[0].id, "s");
    }

    /// The merge as it was written first: every report compared with every call so far.
    fn merge_by_scanning_everything(records: Vec<CallRecord>) -> Vec<CallHit> {
        let mut merged: Vec<(Vec<String>, CallHit)> = Vec::new();
        for mut record in records {
            let keys = call_keys(&mut record);
            let month = month_only(&record);
            let same = merged
                .iter_mut()
                .find(|(k, hit)| *k == keys && same_call(hit, &record, month));
            match same {
                Some((_, hit)) => absorb(hit, &record),
                None => merged.push((keys, CallHit::from_call(&record.call, record.source))),
            }
        }
        merged.into_iter().map(|(_, hit)| hit).collect()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

        /// Grouping reports by their participants changes how fast calls merge, not what
        /// they merge into.
        #[test]
        fn merging_by_participants_gives_what_scanning_every_call_gave(
            reports in proptest::collection::vec(
                (0..4usize, 0..4usize, proptest::option::of(0..40i64), 0..3u8, proptest::option::of(0..2usize), 0..6u8),
                0..60,
            )
        ) {
            let people = ["A B", "C D", "E F", "G H"];
            let first = NaiveDate::from_ymd_opt(2024, 1, 20).unwrap_or_default();
            let records: Vec<CallRecord> = reports
                .iter()
                .enumerate()
                .map(|(n, &(a, b, day, published, caller, source))| {
                    let pair = [people[a], people[b]];
                    let date = day.map(|d| (first + chrono::Duration::days(d)).to_string());
                    let mut r = record(
                        &format!("s{source}"),
                        &pair,
                        date.as_deref().unwrap_or("none"),
                        caller.map(|c| pair[c]),
                    );
                    // Some reports are dated only by the month of their publication.
                    r.source.published = match published {
                        0 => None,
                        1 => PublishedDate::month(2024, 1 + (n % 3) as u32),
                        _ => r.call.date.map(PublishedDate::day),
                    };
                    r
                })
                .collect();
            proptest::prop_assert_eq!(
                merge_calls(records.clone()),
                merge_by_scanning_everything(records)
            );
        }
    }

    #[test]
    fn conflicting_directions_are_dropped_and_dates_a_day_apart_merge() {
        let merged = merge_calls(vec![
            record("a", &["A B", "C D"], "2024-03-02", Some("A B")),
            record("b", &["C D", "A B"], "2024-03-01", Some("C D")),
        ]);
        assert_eq!(merged.len(), 1);
        assert_eq!(merged[0].caller, None);
        assert_eq!(merged[0].recipient, None);
    }

    /// Who-called's merged call lists, kept per commit, against merging every stored report.
    mod kept_call_lists {
        use super::*;
        use crate::index::{PersonMatch, SearchIndex, person_id};
        use chrono::Datelike;

        const PEOPLE: [&str; 4] = [
            "Ilham Aliyev",
            "Vladimir Putin",
            "Emmanuel Macron",
            "Olaf Scholz",
        ];

        // The bench's seeded generator: the same reports on every run.
        use crate::bench::rng::Rng;

        fn engine() -> Engine {
            let settings = Settings::defaults();
            let index = SearchIndex::in_memory(settings.index.writer_memory_mb)
                .expect("an in-memory index opens");
            let people = bundled_people().expect("the bundled gazetteer loads");
            let mut engine = Engine::with_parts(settings, index, people);
            // Keep every list, however small, so that the tests see the kept path.
            engine.call_lists = CallLists::new(CALL_LISTS_BYTES, 0);
            engine
        }

        fn day(rng: &mut Rng) -> NaiveDate {
            // Few days in a short span: reports of one call a day apart, calls of one month.
            NaiveDate::from_ymd_opt(2024, 1, 1).expect("a date")
                + chrono::Days::new(rng.below(75) as u64)
        }

        /// A statement with one or two calls: dated or not, published on a day or only in a
        /// month, sometimes a sample.
        fn document(n: usize, rng: &mut Rng) -> Document {
            let published = match rng.below(4) {
                0 => {
                    let d = day(rng);
                    PublishedDate::month(d.year(), d.month())
                }
                1 => None,
                _ => Some(PublishedDate::day(day(rng))),
            };
            let url = if rng.below(8) == 0 {
                Some(format!("https://samples.readout.example/{n}"))
            } else {
                Some(format!("https://mfa.gov.az/en/news/{n}"))
            };
            let calls = (0..1 + rng.below(2))
                .map(|_| {
                    let a = PEOPLE[rng.below(4)];
                    let b = PEOPLE[rng.below(4)];
                    let participants: Vec<String> = if a == b {
                        vec![a.to_string()]
                    } else {
                        vec![a.to_string(), b.to_string()]
                    };
                    let caller = (rng.below(3) == 0).then(|| participants[0].clone());
                    Call {
                        recipient: caller
                            .as_ref()
                            .and_then(|c| participants.iter().find(|p| *p != c).cloned()),
                        caller,
                        participants,
                        date: (rng.below(3) > 0).then(|| day(rng)),
                        topics: vec![],
                        concepts: vec![],
                        evidence: format!("evidence {n}"),
                    }
                })
                .collect();
            Document {
                statement: Statement {
                    id: format!("st{n}"),
                    title: Some(format!("Statement {n}")),
                    url,
                    path: None,
                    published,
                    language: "en".into(),
                    body: format!("A telephone conversation, statement {n}."),
                },
                calls,
                concepts: Default::default(),
            }
        }

        fn put(engine: &Engine, docs: &[Document]) {
            let mut session = engine.index.begin().expect("a write starts");
            for doc in docs {
                session.put(doc, None).expect("put");
            }
            session.commit().expect("committed");
        }

        fn remove(engine: &Engine, ids: &[String]) {
            let mut session = engine.index.begin().expect("a write starts");
            for id in ids {
                session.delete(id).expect("deleted");
            }
            session.commit().expect("committed");
        }

        fn query(
            person: &str,
            with: Option<&str>,
            since: Option<NaiveDate>,
            until: Option<NaiveDate>,
        ) -> CallQuery {
            CallQuery {
                person: Some(PersonMatch::Key(person_id(person))),
                with: with.map(|w| PersonMatch::Key(person_id(w))),
                concepts: Vec::new(),
                since,
                until,
            }
        }

        /// `q`'s merged list on `searcher`, as `call_list` makes it before keeping it.
        fn list_on(engine: &Engine, searcher: tantivy::Searcher, q: &CallQuery) -> Arc<CallList> {
            let outlines = engine
                .index
                .call_outlines_on(searcher, q, MAX_CALL_REPORTS)
                .expect("outlines");
            Arc::new(CallList::of(outlines))
        }

        /// The page as merging every stored report of the query gives it.
        fn merging_every_report(
            engine: &Engine,
            q: &CallQuery,
            page: usize,
            page_size: usize,
        ) -> Result<(usize, Vec<CallHit>), AnswerError> {
            let (_, records) = engine.index.search_calls(q, MAX_CALL_REPORTS)?;
            let mut merged = merge_calls(records);
            real_calls_first(&mut merged);
            let total = merged.len();
            check_page(page, total, page_size)?;
            let calls = merged
                .into_iter()
                .skip(page * page_size)
                .take(page_size)
                .collect();
            Ok((total, calls))
        }

        fn queries() -> Vec<CallQuery> {
            let d = |m, day| NaiveDate::from_ymd_opt(2024, m, day);
            let mut out = Vec::new();
            for person in PEOPLE {
                out.push(query(person, None, None, None));
                out.push(query(person, None, d(1, 20), d(2, 10)));
                out.push(query(person, None, None, d(1, 31)));
                out.push(query(person, None, d(2, 1), None));
            }
            out.push(query(PEOPLE[0], Some(PEOPLE[1]), None, None));
            out.push(query(PEOPLE[2], Some(PEOPLE[3]), d(1, 1), d(3, 1)));
            out
        }

        /// Every page of every query, answered twice (merged, then kept), equals the merge of
        /// every stored report.
        fn assert_same_answers(engine: &Engine) {
            for q in queries() {
                for page_size in [1, 4, 10] {
                    let mut page = 0;
                    loop {
                        let expected = merging_every_report(engine, &q, page, page_size);
                        for attempt in ["first", "kept"] {
                            let got = engine.page_of_calls(&q, page, page_size);
                            match (&expected, &got) {
                                (Ok(e), Ok(g)) => assert_eq!(e, g, "{attempt}: {q:?} page {page}"),
                                (Err(_), Err(_)) => {}
                                _ => panic!("{attempt}: {q:?} page {page}: {expected:?} {got:?}"),
                            }
                        }
                        match expected {
                            Ok((total, _)) if (page + 1) * page_size < total => page += 1,
                            _ => break,
                        }
                    }
                }
            }
        }

        #[test]
        fn kept_lists_answer_as_merging_every_report_does() {
            let engine = engine();
            let mut rng = Rng::new(0x9e37_79b9_7f4a_7c15, 0);
            let docs: Vec<Document> = (0..600).map(|n| document(n, &mut rng)).collect();
            // Three commits: three segments, searched together.
            for part in docs.chunks(200) {
                put(&engine, part);
            }
            // The reports make every case the merge has: calls of several reports, calls only
            // samples report, calls with no day.
            let (_, all) =
                merging_every_report(&engine, &query(PEOPLE[0], None, None, None), 0, 1000)
                    .expect("merged");
            assert!(all.iter().any(|c| c.sources.len() > 1), "merged calls");
            assert!(all.iter().any(CallHit::is_sample), "sample calls");
            assert!(all.iter().any(|c| c.date.is_none()), "undated calls");
            assert_same_answers(&engine);
            let (lists, bytes) = engine.call_lists.held();
            assert!(
                lists > 0 && bytes > 0,
                "lists were kept: {lists}, {bytes} bytes"
            );
        }

        #[test]
        fn an_ingest_a_removal_and_a_rebuild_are_seen_at_once() {
            let engine = engine();
            let mut rng = Rng::new(0x2545_f491_4f6c_dd1d, 0);
            let docs: Vec<Document> = (0..300).map(|n| document(n, &mut rng)).collect();
            put(&engine, &docs);
            let aliyev = query(PEOPLE[0], None, None, None);
            let before = engine.page_of_calls(&aliyev, 0, 10).expect("answered");
            assert_eq!(engine.call_lists.held().0, 1);

            // A newer call of Aliyev's, on a day no other report has.
            let mut newer = document(1000, &mut rng);
            newer.calls.truncate(1);
            newer.calls[0].participants = vec![PEOPLE[0].into(), "Antony Blinken".into()];
            newer.calls[0].date = NaiveDate::from_ymd_opt(2024, 6, 1);
            put(&engine, std::slice::from_ref(&newer));
            let after = engine.page_of_calls(&aliyev, 0, 10).expect("answered");
            assert_eq!(after.0, before.0 + 1, "the new call is counted");
            assert_eq!(after.1[0].sources[0].id, "st1000", "and shown first");
            assert_eq!(
                after,
                merging_every_report(&engine, &aliyev, 0, 10).expect("merged")
            );
            assert_eq!(
                engine.call_lists.held().0,
                1,
                "the list of the older commit is dropped"
            );

            // Removing it, and a third of the other statements.
            let mut gone: Vec<String> = docs
                .iter()
                .step_by(3)
                .map(|d| d.statement.id.clone())
                .collect();
            gone.push("st1000".into());
            remove(&engine, &gone);
            let removed = engine.page_of_calls(&aliyev, 0, 10).expect("answered");
            assert!(removed.0 < before.0, "removed calls are no longer counted");
            assert!(
                removed
                    .1
                    .iter()
                    .all(|c| c.sources.iter().all(|s| !gone.contains(&s.id)))
            );
            assert_same_answers(&engine);

            // A rebuild: everything cleared, other statements put, one commit.
            let mut session = engine.index.begin().expect("a write starts");
            session.clear().expect("cleared");
            let rebuilt: Vec<Document> = (2000..2100).map(|n| document(n, &mut rng)).collect();
            for doc in &rebuilt {
                session.put(doc, None).expect("put");
            }
            session.commit().expect("committed");
            let fresh = engine.page_of_calls(&aliyev, 0, 10).expect("answered");
            assert!(
                fresh
                    .1
                    .iter()
                    .all(|c| c.sources.iter().all(|s| s.id.as_str() >= "st2000")),
                "only the rebuilt statements: {fresh:?}"
            );
            assert_same_answers(&engine);
        }

        #[test]
        fn spellings_and_pages_of_one_person_share_one_list() {
            let engine = engine();
            let mut rng = Rng::new(0x0123_4567_89ab_cdef, 0);
            let docs: Vec<Document> = (0..200).map(|n| document(n, &mut rng)).collect();
            put(&engine, &docs);
            let ask = |person: &str, page: usize| {
                engine
                    .who_called(&WhoCalledRequest {
                        person: person.into(),
                        page,
                        ..Default::default()
                    })
                    .expect("answered")
            };
            let latin = ask("Aliyev", 0);
            let cyrillic = ask("Алиев", 0);
            assert_eq!(latin.calls, cyrillic.calls);
            assert_eq!(latin.total, cyrillic.total);
            ask("Ilham Aliyev", 1);
            assert_eq!(
                engine.call_lists.held().0,
                1,
                "one list for every spelling and page"
            );
        }

        #[test]
        fn small_lists_are_not_kept_and_the_budget_holds() {
            let mut engine = engine();
            let mut rng = Rng::new(0x5151_7777_0000_1234, 0);
            let docs: Vec<Document> = (0..200).map(|n| document(n, &mut rng)).collect();
            put(&engine, &docs);
            let aliyev = query(PEOPLE[0], None, None, None);
            let putin = query(PEOPLE[1], None, None, None);
            engine.call_lists = CallLists::new(CALL_LISTS_BYTES, 10_000);
            engine.page_of_calls(&aliyev, 0, 10).expect("answered");
            assert_eq!(engine.call_lists.held().0, 0, "too few reports to keep");
            engine.call_lists = CallLists::new(CALL_LISTS_BYTES, 0);
            engine.page_of_calls(&aliyev, 0, 10).expect("answered");
            let (_, one) = engine.call_lists.held();
            let room = one + one / 2;
            engine.call_lists = CallLists::new(
                Budgets {
                    whole: room,
                    narrowed: room,
                },
                0,
            );
            engine.page_of_calls(&aliyev, 0, 10).expect("answered");
            engine.page_of_calls(&putin, 0, 10).expect("answered");
            let (lists, bytes) = engine.call_lists.held();
            assert_eq!(lists, 1, "the least recently used list made room");
            assert!(bytes <= room);
            assert_eq!(
                engine.page_of_calls(&aliyev, 0, 10).expect("answered"),
                merging_every_report(&engine, &aliyev, 0, 10).expect("merged")
            );
        }

        /// A slow merge on an older commit finishing after a newer question kept its list in
        /// the other pool: the old list is not kept (it would hold the old commit's files).
        #[test]
        fn a_list_of_an_older_commit_is_not_kept_after_a_newer_one_in_the_other_pool() {
            let engine = engine();
            let mut rng = Rng::new(0x1111_2222_3333_4444, 0);
            let docs: Vec<Document> = (0..300).map(|n| document(n, &mut rng)).collect();
            put(&engine, &docs);
            let aliyev = query(PEOPLE[0], None, None, None);
            let old = engine.index.searcher();
            let first = old.generation().generation_id();
            assert!(engine.call_lists.get(first, &aliyev).is_none());
            let late = list_on(&engine, old, &aliyev);
            let more: Vec<Document> = (300..400).map(|n| document(n, &mut rng)).collect();
            put(&engine, &more);
            let narrowed = query(PEOPLE[0], Some(PEOPLE[1]), None, None);
            engine.page_of_calls(&narrowed, 0, 10).expect("answered");
            let (kept, _) = engine.call_lists.held();
            engine.call_lists.put(first, aliyev.clone(), late);
            assert_eq!(
                engine.call_lists.held().0,
                kept,
                "the older list was not kept"
            );
            assert_eq!(engine.call_lists.held_whole(), 0);
            assert_eq!(
                engine.page_of_calls(&aliyev, 0, 10).expect("answered"),
                merging_every_report(&engine, &aliyev, 0, 10).expect("merged")
            );
        }

        /// tantivy may publish two reloads out of order: the reader's generation then goes
        /// back, and lists are kept again for it instead of never.
        #[test]
        fn lists_are_kept_again_when_the_readers_generation_goes_back() {
            let engine = engine();
            let mut rng = Rng::new(0x5eed_0000_2222_7777, 0);
            let docs: Vec<Document> = (0..200).map(|n| document(n, &mut rng)).collect();
            put(&engine, &docs);
            let aliyev = query(PEOPLE[0], None, None, None);
            let list = || list_on(&engine, engine.index.searcher(), &aliyev);
            let lists = CallLists::new(CALL_LISTS_BYTES, 0);
            lists.put(7, aliyev.clone(), list());
            assert!(lists.get(7, &aliyev).is_some());
            // The reader is back at 5: nothing of 7 is given, and 5's lists are kept again.
            assert!(lists.get(5, &aliyev).is_none());
            lists.put(5, aliyev.clone(), list());
            assert!(lists.get(5, &aliyev).is_some());
            // A slow question of an older commit still keeps nothing.
            lists.put(3, aliyev.clone(), list());
            assert_eq!(lists.held().0, 1);
        }

        #[test]
        fn kept_pages_answer_as_reading_them_again() {
            let engine = engine();
            let mut rng = Rng::new(0x00ab_cdef_0123_4567, 0);
            let docs: Vec<Document> = (0..300).map(|n| document(n, &mut rng)).collect();
            put(&engine, &docs);
            let aliyev = query(PEOPLE[0], None, None, None);
            for (page, size) in [(0, 10), (1, 10), (0, 10), (0, 7), (1, 10), (2, 10), (0, 30)] {
                let expected = merging_every_report(&engine, &aliyev, page, size).expect("merged");
                // Asked twice: the second answer comes from the kept page when there is one.
                for _ in 0..2 {
                    assert_eq!(
                        engine.page_of_calls(&aliyev, page, size).expect("answered"),
                        expected,
                        "page {page} of {size}"
                    );
                }
            }
            // Which pages a list keeps, on one list (a merge of segments finishing in the
            // background may start a new generation, and a new list, between two questions).
            let list = engine.call_list(&aliyev).expect("the list");
            let hit = CallHit {
                participants: vec![PEOPLE[0].into()],
                caller: None,
                recipient: None,
                date: None,
                topics: Vec::new(),
                concepts: Vec::new(),
                evidence: String::new(),
                sources: Vec::new(),
            };
            let page = |n: usize| vec![hit.clone(); n];
            list.keep_page(0, 30, &page(30));
            assert!(list.kept_page(0, 30).is_none(), "large pages are not kept");
            for (n, size) in [(0, 10), (1, 10), (0, 7), (2, 10)] {
                list.keep_page(n, size, &page(size));
            }
            assert!(list.kept_page(2, 10).is_some() && list.kept_page(0, 7).is_some());
            assert!(
                list.kept_page(0, 10).is_none() && list.kept_page(1, 10).is_none(),
                "two pages at most, oldest out"
            );
        }

        #[test]
        fn narrowed_lists_never_push_a_persons_whole_list_out() {
            let engine = engine();
            let mut rng = Rng::new(0x0bad_cafe_1234_5678, 0);
            let docs: Vec<Document> = (0..300).map(|n| document(n, &mut rng)).collect();
            put(&engine, &docs);
            // Lists made on one searcher and kept for one generation: the reader may reload
            // in the background (a new generation) between two questions.
            let searcher = engine.index.searcher();
            let generation = searcher.generation().generation_id();
            let list = |q: &CallQuery| list_on(&engine, searcher.clone(), q);
            let aliyev = query(PEOPLE[0], None, None, None);
            let whole = list(&aliyev);
            // Room for the whole list alone, and for one narrowed list at a time.
            let lists = CallLists::new(
                Budgets {
                    whole: whole.bytes(),
                    narrowed: whole.bytes(),
                },
                0,
            );
            lists.put(generation, aliyev.clone(), Arc::clone(&whole));
            let from = NaiveDate::from_ymd_opt(2024, 1, 1).expect("a date");
            for months in 1..=3u32 {
                let until = from + chrono::Months::new(months);
                let narrowed = query(PEOPLE[0], None, Some(from), Some(until));
                lists.put(generation, narrowed.clone(), list(&narrowed));
                assert!(
                    lists.get(generation, &narrowed).is_some(),
                    "{months} months"
                );
                assert_eq!(lists.held_whole(), 1, "{months} months");
                assert!(lists.get(generation, &aliyev).is_some(), "{months} months");
                // And the answers are those of every report, kept lists or not.
                assert_eq!(
                    engine.page_of_calls(&narrowed, 0, 10).expect("answered"),
                    merging_every_report(&engine, &narrowed, 0, 10).expect("merged"),
                    "{months} months"
                );
            }
        }
    }
}
