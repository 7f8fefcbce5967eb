//! The Tantivy index: schema and analyzers, upsert, atomic reindex, search.
//!
//! One writer at a time (per directory, across processes); readers keep answering from the last
//! commit while a write or a full rebuild runs, and an interrupted write leaves that commit intact.

pub mod analysis;
pub mod bodies;
mod date_span;
mod excerpt;
pub mod outline;
mod query;
pub mod schema;
mod search;
mod stored;
mod write;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use tantivy::directory::MmapDirectory;
use tantivy::{Index, IndexReader, ReloadPolicy};

pub use query::{CallQuery, Clause, MatchMode, PersonMatch, TopicQuery};
pub use search::{CallOutlines, IndexStats, StatementHit};
pub use write::{Outcome, WriteSession, person_id};

use bodies::{BodyError, BodySource};
use schema::Fields;

/// Decompressed doc-store blocks each segment's reader keeps (tantivy keeps 100 of 32 KB). A
/// topic answer reads its ~10 hits from blocks spread over the whole segment, so at 1M a big
/// cache rarely hits, and who-called pages asked again are kept by the engine already; 100
/// blocks per segment held about 30 MB at 1M for no measured gain (BENCHMARKS.md).
const DOC_STORE_CACHE_BLOCKS: usize = 10;

#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("tantivy: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("cannot open the index at {path}: {reason}")]
    Open { path: String, reason: String },
    #[error(
        "the index at {path} is being written by another Readout process (is the bot running?); \
         stop it or use its admin commands"
    )]
    Locked { path: String },
    #[error("a stored document is corrupt: {0}")]
    Corrupt(String),
    /// The reason is part of the message, not a source: a chain printed whole says it once.
    #[error(
        "the text of statement {id} cannot be read from the statements kept beside the index ({reason}); restore the index's .kept folder from its backup, or ingest the statement's file again and run `readout reindex` (which keeps only the statements whose text is there)"
    )]
    StatementText { id: String, reason: BodyError },
}

pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    path: Option<PathBuf>,
    writer_memory: usize,
    /// Serialises writers inside this process; tantivy's lock file does it across processes.
    write_lock: Mutex<()>,
    /// Where the bodies that documents refer to are read (none: only inline bodies).
    bodies: Option<Arc<dyn BodySource>>,
}

impl SearchIndex {
    /// Opens the index at `path`, creating it (and the folder) when missing.
    pub fn open(path: &Path, writer_memory_mb: usize) -> Result<Self, IndexError> {
        let open_err = |reason: String| IndexError::Open {
            path: path.display().to_string(),
            reason,
        };
        std::fs::create_dir_all(path).map_err(|e| open_err(e.to_string()))?;
        let dir = MmapDirectory::open(path).map_err(|e| open_err(e.to_string()))?;
        let (schema, fields) = schema::build();
        let index = Index::builder()
            .schema(schema)
            .settings(schema::settings())
            .open_or_create(dir)
            .map_err(|e| match e {
            tantivy::TantivyError::SchemaError(msg) => open_err(format!(
                "it was built by another version of Readout ({msg}); delete the folder and run `readout reindex`, which rebuilds it from the sources and the statements kept beside it (the .kept folder), or choose another --index"
            )),
            other => open_err(other.to_string()),
        })?;
        Self::from_index(index, fields, Some(path.to_path_buf()), writer_memory_mb)
    }

    /// Opens the index at `path` for reading only: nothing on disk is created or changed.
    /// A folder without an index (or no folder at all) reads as an empty index.
    pub fn open_read_only(path: &Path, writer_memory_mb: usize) -> Result<Self, IndexError> {
        if !path.join("meta.json").is_file() {
            return Self::in_memory(writer_memory_mb);
        }
        let open_err = |reason: String| IndexError::Open {
            path: path.display().to_string(),
            reason,
        };
        let dir = MmapDirectory::open(path).map_err(|e| open_err(e.to_string()))?;
        let (schema, fields) = schema::build();
        let index = Index::open(dir).map_err(|e| open_err(e.to_string()))?;
        if index.schema() != schema {
            return Err(open_err(
                "it was built by another version of Readout; delete the folder and run `readout reindex`, which rebuilds it from the sources and the statements kept beside it (the .kept folder), or choose another --index"
                    .into(),
            ));
        }
        Self::from_index(index, fields, Some(path.to_path_buf()), writer_memory_mb)
    }

    /// An index in memory: for tests and benchmarks that must not touch the disk.
    pub fn in_memory(writer_memory_mb: usize) -> Result<Self, IndexError> {
        let (schema, fields) = schema::build();
        let index = Index::builder()
            .schema(schema)
            .settings(schema::settings())
            .create_in_ram()?;
        Self::from_index(index, fields, None, writer_memory_mb)
    }

    fn from_index(
        mut index: Index,
        fields: Fields,
        path: Option<PathBuf>,
        writer_memory_mb: usize,
    ) -> Result<Self, IndexError> {
        analysis::register(&index);
        // Segments of one query are searched in parallel: on an idle machine an answer takes
        // the time of its largest segment, not of all of them in a row.
        if std::thread::available_parallelism().is_ok_and(|n| n.get() > 1) {
            index.set_default_multithread_executor()?;
        }
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::OnCommitWithDelay)
            .doc_store_cache_num_blocks(DOC_STORE_CACHE_BLOCKS)
            .try_into()?;
        Ok(Self {
            index,
            reader,
            fields,
            path,
            writer_memory: writer_memory_mb * 1_000_000,
            write_lock: Mutex::new(()),
            bodies: None,
        })
    }

    /// Reads the bodies that documents refer to from `source` (the kept statements).
    pub fn read_bodies_from(&mut self, source: Arc<dyn BodySource>) {
        self.bodies = Some(source);
    }

    /// The index folder; `None` for an index in memory.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Bytes the index occupies on disk (0 in memory).
    pub fn disk_bytes(&self) -> u64 {
        fn walk(dir: &Path) -> u64 {
            std::fs::read_dir(dir)
                .map(|entries| {
                    entries
                        .flatten()
                        .map(|e| match e.metadata() {
                            Ok(m) if m.is_dir() => walk(&e.path()),
                            Ok(m) => m.len(),
                            Err(_) => 0,
                        })
                        .sum()
                })
                .unwrap_or(0)
        }
        self.path.as_deref().map_or(0, walk)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An index of another schema (an earlier version's: bodies stored, `id` stored) is
    /// refused with a message that says what to do, for writing and for reading alike.
    #[test]
    fn an_index_of_another_version_says_to_rebuild() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut old = tantivy::schema::Schema::builder();
        old.add_text_field("id", tantivy::schema::STRING | tantivy::schema::STORED);
        old.add_text_field("data", tantivy::schema::STORED);
        Index::create_in_dir(dir.path(), old.build()).expect("an old index");
        for opened in [
            SearchIndex::open(dir.path(), 50),
            SearchIndex::open_read_only(dir.path(), 50),
        ] {
            let message = match opened {
                Err(e) => e.to_string(),
                Ok(_) => panic!("an index of another version opened"),
            };
            assert!(
                message.contains("another version of Readout") && message.contains("reindex"),
                "{message}"
            );
        }
    }
}
