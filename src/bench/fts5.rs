//! The peer: SQLite FTS5 doing the bot's work on the same statements, so readers can judge the
//! figures against the tool most people would reach for first.
//!
//! One FTS5 table, `unicode61 remove_diacritics 2`. People are a column of name keys (the same
//! normalisation the engine uses, from the same extracted calls); who-called sorts newest first
//! with `ORDER BY call_date DESC`; topics rank by `bm25` and every hit carries a `snippet()`. When
//! nothing matches, close spellings are looked up in an `fts5vocab` table, as an SQLite
//! application would do it. Answers are built as the engine's answer types so that the same
//! renderer turns both into Discord replies.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, params};

use crate::answers::{
    CallHit, Excerpt, TopicAnswer, TopicHit, TopicRequest, WhoCalledAnswer, WhoCalledRequest,
};
use crate::model::{Call, Document, PublishedDate, SourceRef, Statement};
use crate::people::People;
use crate::people::normalize::name_key;

/// Snippet markers: control characters that never occur in statement text.
const OPEN: char = '\u{2}';
const CLOSE: char = '\u{3}';
/// Tokens per snippet: about the engine's 240-character excerpt.
const SNIPPET_TOKENS: i32 = 36;

const SCHEMA: &str = "
    CREATE VIRTUAL TABLE docs USING fts5(
        title, body, people,
        id UNINDEXED, url UNINDEXED, published UNINDEXED, precision UNINDEXED,
        call_date UNINDEXED, language UNINDEXED, calls UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE VIRTUAL TABLE docs_terms USING fts5vocab(docs, 'col');
";

pub struct Fts5 {
    conn: Connection,
}

impl Fts5 {
    /// A new, empty database at `path` (an existing file is replaced).
    pub fn create(path: &Path) -> rusqlite::Result<Self> {
        if path.exists() {
            let _ = std::fs::remove_file(path);
        }
        let conn = Connection::open(path)?;
        // A bulk load that can be redone: no journal, no fsync. Queries are unaffected.
        conn.execute_batch(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;",
        )?;
        conn.execute_batch(SCHEMA)?;
        Ok(Self { conn })
    }

    /// Inserts documents (statements with their extracted calls) in one transaction.
    pub fn insert(&mut self, documents: &[Document]) -> rusqlite::Result<()> {
        let tx = self.conn.transaction()?;
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO docs (title, body, people, id, url, published, precision, call_date, language, calls)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?;
            for doc in documents {
                let s = &doc.statement;
                let people: Vec<String> = doc
                    .calls
                    .iter()
                    .flat_map(|c| c.participants.iter())
                    .map(|p| name_key(p))
                    .collect();
                let published = s.published.map(|p| p.date.format("%Y-%m-%d").to_string());
                let precision = s.published.map(|p| p.to_string().len() == 7);
                let call_date = doc
                    .calls
                    .iter()
                    .filter_map(|c| c.date)
                    .max()
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .or_else(|| published.clone());
                let calls = serde_json::to_string(&doc.calls).unwrap_or_else(|_| "[]".into());
                insert.execute(params![
                    s.title,
                    s.body,
                    people.join(" ; "),
                    s.id,
                    s.url,
                    published,
                    precision,
                    call_date,
                    s.language,
                    calls
                ])?;
            }
        }
        tx.commit()
    }

    /// What one does after a bulk load: merge the index segments into one, and keep the body's
    /// vocabulary with document counts in a plain table for close-spelling lookups (reading
    /// counts from `fts5vocab` at query time would walk every posting list).
    pub fn finish(&self) -> rusqlite::Result<()> {
        self.conn
            .execute("INSERT INTO docs(docs) VALUES('optimize')", [])?;
        self.conn.execute_batch(
            "CREATE TABLE body_terms (term TEXT PRIMARY KEY, docs INTEGER) WITHOUT ROWID;
             INSERT INTO body_terms SELECT term, doc FROM docs_terms WHERE col = 'body';",
        )
    }

    /// Best matches first, `limit` of them, each with a snippet; `total` is the hits returned
    /// (counting every match is left out of the timed path; see [`Self::count_topic`]).
    pub fn topic(&self, request: &TopicRequest, limit: usize) -> rusqlite::Result<TopicAnswer> {
        let mut answer = TopicAnswer {
            request: request.clone(),
            total: 0,
            page_size: limit,
            hits: Vec::new(),
            fuzzy: false,
            widened: None,
        };
        let terms = query_terms(&request.query);
        if terms.is_empty() {
            return Ok(answer);
        }
        let range = (request.since.map(iso), request.until.map(iso));
        let language = request.language.clone();
        let mut hits = self.topic_rows(&terms.join(" AND "), &range, &language, limit)?;
        if hits.is_empty() && terms.len() > 1 {
            hits = self.topic_rows(&terms.join(" OR "), &range, &language, limit)?;
        }
        if hits.is_empty() {
            let close: Vec<String> = terms
                .iter()
                .filter_map(|t| self.closest_term(t).ok().flatten())
                .collect();
            if !close.is_empty() {
                let expr = close
                    .iter()
                    .map(|t| quote(t))
                    .collect::<Vec<_>>()
                    .join(" OR ");
                hits = self.topic_rows(&expr, &range, &language, limit)?;
                answer.fuzzy = !hits.is_empty();
            }
        }
        answer.total = hits.len();
        answer.hits = hits;
        Ok(answer)
    }

    fn topic_rows(
        &self,
        expr: &str,
        (since, until): &(Option<String>, Option<String>),
        language: &Option<String>,
        limit: usize,
    ) -> rusqlite::Result<Vec<TopicHit>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, title, url, published, precision, language, bm25(docs),
                    snippet(docs, 1, char(2), char(3), '…', ?6)
             FROM docs
             WHERE docs MATCH ?1
               AND (?2 IS NULL OR published >= ?2) AND (?3 IS NULL OR published <= ?3)
               AND (?4 IS NULL OR language = ?4)
             ORDER BY rank LIMIT ?5",
        )?;
        let rows = stmt.query_map(
            params![expr, since, until, language, limit as i64, SNIPPET_TOKENS],
            |row| {
                let source = source_ref(row)?;
                let score: f64 = row.get(6)?;
                let snippet: String = row.get(7)?;
                Ok(TopicHit {
                    source,
                    score: -score as f32,
                    excerpt: excerpt(&snippet),
                })
            },
        )?;
        rows.collect()
    }

    /// Calls involving the person, newest first, `limit` statements' worth.
    pub fn who_called(
        &self,
        request: &WhoCalledRequest,
        people: &People,
        limit: usize,
    ) -> rusqlite::Result<WhoCalledAnswer> {
        let (person, known_person, key) = resolve(people, &request.person);
        let mut answer = WhoCalledAnswer {
            request: request.clone(),
            person,
            known_person,
            topics: Vec::new(),
            total: 0,
            page_size: limit,
            calls: Vec::new(),
        };
        let Some(mut expr) = person_expr(&key) else {
            return Ok(answer);
        };
        let with = request.with.as_deref().filter(|w| !w.trim().is_empty());
        if let Some(with_expr) = with.and_then(|w| person_expr(&resolve(people, w).2)) {
            expr = format!("{expr} AND {with_expr}");
        }
        let range = (request.since.map(iso), request.until.map(iso));
        // No close-spelling fallback here: the engine has none for people either.
        let rows = self.call_rows(&expr, &range, limit)?;
        let wanted = name_key(&answer.person);
        for (source, calls) in rows {
            for call in calls {
                let involved =
                    call.participants.iter().any(|p| name_key(p) == wanted) || !known_person;
                if involved {
                    answer.calls.push(CallHit::from_call(&call, source.clone()));
                }
            }
        }
        answer.total = answer.calls.len();
        Ok(answer)
    }

    fn call_rows(
        &self,
        expr: &str,
        (since, until): &(Option<String>, Option<String>),
        limit: usize,
    ) -> rusqlite::Result<Vec<(SourceRef, Vec<Call>)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, title, url, published, precision, language, calls,
                    snippet(docs, 1, char(2), char(3), '…', ?5)
             FROM docs
             WHERE docs MATCH ?1
               AND (?2 IS NULL OR call_date >= ?2) AND (?3 IS NULL OR call_date <= ?3)
             ORDER BY call_date DESC LIMIT ?4",
        )?;
        let rows = stmt.query_map(
            params![expr, since, until, limit as i64, SNIPPET_TOKENS],
            |row| {
                let source = source_ref(row)?;
                let calls: String = row.get(6)?;
                let _snippet: String = row.get(7)?;
                Ok((
                    source,
                    serde_json::from_str::<Vec<Call>>(&calls).unwrap_or_default(),
                ))
            },
        )?;
        rows.collect()
    }

    /// Every statement matching a topic request (not timed: for the hit-count comparison).
    pub fn count_topic(&self, request: &TopicRequest) -> rusqlite::Result<usize> {
        let terms = query_terms(&request.query);
        if terms.is_empty() {
            return Ok(0);
        }
        let (since, until) = (request.since.map(iso), request.until.map(iso));
        let count = |expr: &str| -> rusqlite::Result<usize> {
            self.conn.query_row(
                "SELECT count(*) FROM docs WHERE docs MATCH ?1
                   AND (?2 IS NULL OR published >= ?2) AND (?3 IS NULL OR published <= ?3)
                   AND (?4 IS NULL OR language = ?4)",
                params![expr, since, until, request.language],
                |row| row.get::<_, i64>(0).map(|n| n as usize),
            )
        };
        // The same fallbacks as the timed path: all terms, then any, then close spellings.
        let mut n = count(&terms.join(" AND "))?;
        if n == 0 && terms.len() > 1 {
            n = count(&terms.join(" OR "))?;
        }
        if n == 0 {
            let close: Vec<String> = terms
                .iter()
                .filter_map(|t| self.closest_term(t).ok().flatten())
                .map(|t| quote(&t))
                .collect();
            if !close.is_empty() {
                n = count(&close.join(" OR "))?;
            }
        }
        Ok(n)
    }

    /// The most frequent body term within one edit (two for long words) of `term` (a quoted
    /// term from [`query_terms`]; phrases have none), sharing its first letter: the usual SQLite
    /// stand-in for fuzzy search (FTS5 has none).
    fn closest_term(&self, term: &str) -> rusqlite::Result<Option<String>> {
        let term = term.trim_matches('"').to_lowercase();
        if term.contains(' ') {
            return Ok(None);
        }
        let Some(first) = term.chars().next() else {
            return Ok(None);
        };
        let Some(next) = char::from_u32(first as u32 + 1) else {
            return Ok(None);
        };
        let max_edits = if term.chars().count() >= 6 { 2 } else { 1 };
        let mut stmt = self
            .conn
            .prepare_cached("SELECT term, docs FROM body_terms WHERE term >= ?1 AND term < ?2")?;
        let mut best: Option<(usize, i64, String)> = None;
        let mut rows = stmt.query(params![first.to_string(), next.to_string()])?;
        while let Some(row) = rows.next()? {
            let candidate: String = row.get(0)?;
            let docs: i64 = row.get(1)?;
            let d = edit_distance(&term, &candidate);
            if d == 0 || d > max_edits {
                continue;
            }
            let better = best
                .as_ref()
                .is_none_or(|(bd, bdocs, _)| d < *bd || (d == *bd && docs > *bdocs));
            if better {
                best = Some((d, docs, candidate));
            }
        }
        Ok(best.map(|(_, _, t)| t))
    }

    /// The database size on disk, in bytes.
    pub fn size_bytes(&self) -> rusqlite::Result<u64> {
        let pages: i64 = self.conn.query_row("PRAGMA page_count", [], |r| r.get(0))?;
        let size: i64 = self.conn.query_row("PRAGMA page_size", [], |r| r.get(0))?;
        Ok((pages * size).max(0) as u64)
    }

    /// SQLite's version, for the report.
    pub fn version(&self) -> String {
        self.conn
            .query_row("SELECT sqlite_version()", [], |r| r.get::<_, String>(0))
            .optional()
            .ok()
            .flatten()
            .unwrap_or_default()
    }
}

/// The person a user named: canonical name and name key when the gazetteer knows them.
fn resolve(people: &People, text: &str) -> (String, bool, String) {
    match people.lookup(text.trim()) {
        Some(p) => (p.name.clone(), true, name_key(&p.name)),
        None => (text.trim().to_string(), false, name_key(text)),
    }
}

/// `people : "ilham aliyev"` (a phrase of the name key's words).
fn person_expr(key: &str) -> Option<String> {
    let key = key.trim();
    (!key.is_empty()).then(|| format!("people : {}", quote(key)))
}

/// User text to FTS5 terms: quoted phrases stay phrases, other words become quoted terms, so
/// no user character reaches FTS5's query syntax.
fn query_terms(query: &str) -> Vec<String> {
    let mut terms = Vec::new();
    for (i, part) in query.split('"').enumerate() {
        let words: Vec<&str> = part
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if words.is_empty() {
            continue;
        }
        if i % 2 == 1 {
            terms.push(quote(&words.join(" ")));
        } else {
            terms.extend(words.iter().map(|w| quote(w)));
        }
    }
    terms
}

fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

fn iso(date: chrono::NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// The source of a result row whose first six columns are id, title, url, published,
/// month precision and language (both queries select them first).
fn source_ref(row: &rusqlite::Row<'_>) -> rusqlite::Result<SourceRef> {
    let published: Option<String> = row.get(3)?;
    let month_precision: Option<bool> = row.get(4)?;
    let published = published.as_deref().and_then(|p| {
        if month_precision == Some(true) {
            PublishedDate::parse(p.get(..7).unwrap_or(p))
        } else {
            PublishedDate::parse(p)
        }
    });
    let statement = Statement {
        id: row.get(0)?,
        title: row.get(1)?,
        url: row.get(2)?,
        path: None,
        published,
        language: row.get(5)?,
        body: String::new(),
    };
    Ok(SourceRef::of(&statement))
}

/// A snippet with [`OPEN`]/[`CLOSE`] markers to text plus highlight byte ranges.
fn excerpt(snippet: &str) -> Excerpt {
    let mut text = String::with_capacity(snippet.len());
    let mut highlights = Vec::new();
    let mut start = None;
    for c in snippet.chars() {
        match c {
            OPEN => start = Some(text.len()),
            CLOSE => {
                if let Some(s) = start.take() {
                    highlights.push(s..text.len());
                }
            }
            _ => text.push(c),
        }
    }
    Excerpt { text, highlights }
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_becomes_quoted_terms_and_phrases() {
        assert_eq!(
            query_terms("COP29 \"peace treaty\" gas:"),
            vec!["\"COP29\"", "\"peace treaty\"", "\"gas\""]
        );
        assert_eq!(query_terms("*^2 AND ("), vec!["\"2\"", "\"AND\""]);
        assert!(query_terms("  \"\" ").is_empty());
    }

    #[test]
    fn snippets_become_excerpts_with_byte_ranges() {
        let e = excerpt("the \u{2}peace\u{3} treaty in \u{2}Баку\u{3}");
        assert_eq!(e.text, "the peace treaty in Баку");
        assert_eq!(&e.text[e.highlights[0].clone()], "peace");
        assert_eq!(&e.text[e.highlights[1].clone()], "Баку");
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("aliyev", "aliyev"), 0);
        assert_eq!(edit_distance("aliev", "aliyev"), 1);
        assert_eq!(edit_distance("blinkn", "blinken"), 1);
        assert_eq!(edit_distance("", "ab"), 2);
    }
}
