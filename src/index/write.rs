//! Writing: upsert by statement id, and the full rebuild that readers never see half-done.

use std::collections::HashSet;
use std::sync::MutexGuard;

use chrono::NaiveDate;
use tantivy::schema::IndexRecordOption;
use tantivy::{DateTime, DocSet, IndexWriter, Searcher, TERMINATED, TantivyDocument, Term};

use super::bodies::BodyRef;
use super::outline::Outline;
use super::schema::{KIND_CALL, KIND_STATEMENT};
use super::{IndexError, SearchIndex};
use crate::model::{CallRecord, Document, SourceRef};
use crate::people::normalize::name_key;

/// What an upsert did with one statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Added,
    Updated,
    Unchanged,
    /// The same id was already put in this session; the first version stands.
    Repeated,
}

/// One writer for a batch of changes; nothing is visible to readers until [`WriteSession::commit`].
/// Dropping the session without committing discards its changes.
pub struct WriteSession<'a> {
    index: &'a SearchIndex,
    writer: IndexWriter,
    /// The committed state before this session, to tell unchanged statements from updated ones.
    before: Searcher,
    cleared: bool,
    seen: HashSet<String>,
    _guard: MutexGuard<'a, ()>,
}

impl SearchIndex {
    /// Starts a write. Fails with [`IndexError::Locked`] when another process holds the index.
    pub fn begin(&self) -> Result<WriteSession<'_>, IndexError> {
        let guard = self
            .write_lock
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let writer = self.index.writer(self.writer_memory).map_err(|e| match e {
            tantivy::TantivyError::LockFailure(..) => IndexError::Locked {
                path: self
                    .path
                    .as_ref()
                    .map_or_else(|| "memory".into(), |p| p.display().to_string()),
            },
            other => IndexError::Tantivy(other),
        })?;
        Ok(WriteSession {
            index: self,
            writer,
            before: self.reader.searcher(),
            cleared: false,
            seen: HashSet::new(),
            _guard: guard,
        })
    }
}

impl WriteSession<'_> {
    /// Removes every document; the old ones stay visible to readers until the commit.
    pub fn clear(&mut self) -> Result<(), IndexError> {
        self.writer.delete_all_documents()?;
        self.cleared = true;
        Ok(())
    }

    /// Adds or replaces one statement and its calls. The outcome compares with the index as it
    /// was before this session, also after [`Self::clear`]: a rebuild reports what changed.
    /// A statement put twice in one session keeps its first version ([`Outcome::Repeated`]).
    /// With `body_at` (where the statement is kept beside the index) the body is not stored.
    pub fn put(
        &mut self,
        doc: &Document,
        body_at: Option<&BodyRef>,
    ) -> Result<Outcome, IndexError> {
        let id = doc.statement.id.as_str();
        if !self.seen.insert(id.to_string()) {
            return Ok(Outcome::Repeated);
        }
        let fingerprint = content_fingerprint(doc)?;
        let outcome = match self.stored_fingerprint(id)? {
            Some(fp) if fp == fingerprint => Outcome::Unchanged,
            Some(_) => Outcome::Updated,
            None => Outcome::Added,
        };
        if outcome == Outcome::Unchanged && !self.cleared {
            return Ok(outcome);
        }
        if outcome == Outcome::Updated && !self.cleared {
            self.writer
                .delete_term(Term::from_field_text(self.index.fields.id, id));
        }
        let data = super::stored::to_json(doc, body_at)?;
        for d in self.documents(doc, data, fingerprint)? {
            self.writer.add_document(d)?;
        }
        Ok(outcome)
    }

    /// Removes statement `id` and its calls; true when the index held it.
    pub fn delete(&mut self, id: &str) -> Result<bool, IndexError> {
        let held = self.stored_fingerprint(id)?.is_some();
        if held {
            self.writer
                .delete_term(Term::from_field_text(self.index.fields.id, id));
        }
        Ok(held)
    }

    /// Makes the changes visible, atomically.
    pub fn commit(mut self) -> Result<(), IndexError> {
        self.writer.commit()?;
        self.index.reader.reload()?;
        // Let the merges this commit started finish: dropping the writer would cancel them and
        // leave many small segments, each one more term dictionary for every query to search.
        self.writer.wait_merging_threads()?;
        self.index.reader.reload()?;
        Ok(())
    }

    /// Drops every change of this session and deletes the files it already wrote (segments
    /// flushed when the writer's memory filled, the document store of the segment being built):
    /// a cancelled rebuild leaves the folder as its last commit left it, not hundreds of MB of
    /// orphans until the next commit. Failures are logged; the committed index is untouched
    /// either way.
    pub fn abandon(mut self) {
        // Rollback stops the indexing threads without finishing their segments.
        if let Err(error) = self.writer.rollback() {
            tracing::warn!(%error, "rolling back an abandoned write failed");
            return;
        }
        if let Err(error) = self.writer.garbage_collect_files().wait() {
            tracing::warn!(%error, "cannot delete the files of an abandoned write");
        }
    }

    /// The fingerprint stored with statement `id` before this session, read straight from the
    /// id's postings: this runs once per statement written, so no scoring machinery. Only the
    /// statement's document has one (its calls are replaced with it).
    fn stored_fingerprint(&self, id: &str) -> Result<Option<u64>, IndexError> {
        let term = Term::from_field_text(self.index.fields.id, id);
        for segment in self.before.segment_readers() {
            let Some(mut postings) = segment
                .inverted_index(self.index.fields.id)?
                .read_postings(&term, IndexRecordOption::Basic)
                .map_err(|e| IndexError::Tantivy(e.into()))?
            else {
                continue;
            };
            let column = segment.fast_fields().u64("fingerprint")?;
            let mut doc = postings.doc();
            while doc != TERMINATED {
                let alive = segment
                    .alive_bitset()
                    .is_none_or(|alive| alive.is_alive(doc));
                if let Some(fingerprint) = column.first(doc).filter(|_| alive) {
                    return Ok(Some(fingerprint));
                }
                doc = postings.advance();
            }
        }
        Ok(None)
    }

    fn documents(
        &self,
        doc: &Document,
        data: String,
        fingerprint: u64,
    ) -> Result<Vec<TantivyDocument>, IndexError> {
        let f = &self.index.fields;
        let st = &doc.statement;
        let published = st.published.map(|p| p.date);
        let mut out = Vec::with_capacity(1 + doc.calls.len());

        let mut statement = TantivyDocument::new();
        statement.add_text(f.kind, KIND_STATEMENT);
        statement.add_text(f.id, &st.id);
        statement.add_text(f.lang, &st.language);
        if let Some(d) = published {
            statement.add_date(f.date, to_datetime(d));
        }
        statement.add_u64(f.fingerprint, fingerprint);
        let text = match &st.title {
            Some(title) => format!("{title}\n\n{}", st.body),
            None => st.body.clone(),
        };
        if let Some(stemmed) = f.stemmed_field(&st.language) {
            statement.add_text(stemmed, &text);
        }
        statement.add_text(f.text, text);
        for (id, mentions) in &doc.concepts {
            for _ in 0..(*mentions).clamp(1, MAX_CONCEPT_TF) {
                statement.add_text(f.concept, id);
            }
        }
        statement.add_text(f.data, data);
        out.push(statement);

        let source = SourceRef::of(st);
        for (position, call) in doc.calls.iter().enumerate() {
            let mut d = TantivyDocument::new();
            d.add_text(f.kind, KIND_CALL);
            d.add_text(f.id, &st.id);
            if let Some(date) = call.date.or(published) {
                d.add_date(f.date, to_datetime(date));
            }
            for p in &call.participants {
                d.add_text(f.person_words, name_key(p));
                d.add_text(f.person, person_id(p));
            }
            for id in &call.concepts {
                d.add_text(f.call_concept, id);
            }
            let record = CallRecord {
                call: call.clone(),
                source: source.clone(),
            };
            let outline = Outline::of(&record);
            d.add_u64(f.call_people, outline.people);
            d.add_u64(f.call_when, outline.pack_when());
            d.add_text(f.data, super::stored::call_to_json(&record, position)?);
            out.push(d);
        }
        Ok(out)
    }
}

/// A concept's term frequency on a statement is its mentions up to this: past a few mentions a
/// statement is about the topic, and more should not outrank the words a user typed.
const MAX_CONCEPT_TF: u32 = 8;

/// The exact identity of a participant: its canonical name (or the name as written, for people
/// the gazetteer does not know), lower-cased. Phonetic name keys are for matching words, not
/// identities: two people may share one.
pub fn person_id(name: &str) -> String {
    name.trim().to_lowercase()
}

pub(crate) fn to_datetime(date: NaiveDate) -> DateTime {
    let seconds = date
        .and_hms_opt(0, 0, 0)
        .map_or(0, |dt| dt.and_utc().timestamp());
    DateTime::from_timestamp_secs(seconds)
}

/// What tells an updated statement from an unchanged one: its content and calls, not the file
/// it was read from this time (the same page saved under another name is the same statement).
fn content_fingerprint(doc: &Document) -> Result<u64, IndexError> {
    let st = &doc.statement;
    let content = (
        &st.id,
        &st.title,
        &st.url,
        &st.published,
        &st.language,
        &st.body,
        &doc.calls,
        &doc.concepts,
    );
    let data = serde_json::to_string(&content).map_err(|e| IndexError::Corrupt(e.to_string()))?;
    Ok(fnv1a(data.as_bytes()))
}

/// FNV-1a: a stable 64-bit hash (std's hasher may change between Rust releases).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}
