//! The statements Readout keeps itself. Whatever `ingest`, `/ingest` and the feeds accept is
//! written here, one JSON file per statement id, so that `reindex` (a rebuild from files) never
//! loses it: the folder beside the index (`index` -> `index.kept/`) is one of its sources.
//!
//! Each file is written to a hidden temporary name and renamed into place, so a crash leaves
//! either the old file or the new one, never half of one. A file holds the whole statement
//! (id and original path included), so a rebuild gives back exactly what was ingested.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::model::Statement;

/// Statement files read per step of a rebuild: bounds memory on a large folder.
const LOAD_CHUNK: usize = 512;

/// Why a kept statement could not be read back.
#[derive(Debug, thiserror::Error)]
pub enum KeptError {
    #[error("cannot read the kept statements in {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot keep statement {id} in {path}: {source}")]
    Write {
        id: String,
        path: String,
        source: std::io::Error,
    },
    #[error("kept statement {path} is damaged: {reason}")]
    Damaged { path: String, reason: String },
}

/// The managed folder of kept statements.
#[derive(Debug, Clone)]
pub struct Kept {
    dir: PathBuf,
}

impl Kept {
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes (or replaces) one file per statement; the folder is created on first use.
    pub fn keep(&self, statements: &[Statement]) -> Result<(), KeptError> {
        if statements.is_empty() {
            return Ok(());
        }
        let write_error = |id: &str, source| KeptError::Write {
            id: id.to_string(),
            path: self.dir.display().to_string(),
            source,
        };
        std::fs::create_dir_all(&self.dir).map_err(|e| write_error("", e))?;
        for st in statements {
            let Some(name) = file_name(&st.id) else {
                continue;
            };
            let data = serde_json::to_vec(st)
                .map_err(|e| write_error(&st.id, std::io::Error::other(e)))?;
            let temporary = self.dir.join(format!(".{name}.tmp"));
            let written = std::fs::File::create(&temporary).and_then(|mut f| {
                f.write_all(&data)?;
                f.sync_all()
            });
            written
                .and_then(|()| std::fs::rename(&temporary, self.dir.join(&name)))
                .map_err(|e| {
                    let _ = std::fs::remove_file(&temporary);
                    write_error(&st.id, e)
                })?;
        }
        Ok(())
    }

    /// Forgets statement `id`; true when it was kept.
    pub fn remove(&self, id: &str) -> Result<bool, KeptError> {
        let Some(name) = file_name(id) else {
            return Ok(false);
        };
        match std::fs::remove_file(self.dir.join(name)) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(source) => Err(KeptError::Io {
                path: self.dir.display().to_string(),
                source,
            }),
        }
    }

    /// Reads every kept statement, `LOAD_CHUNK` at a time, in file-name order, and deletes the
    /// temporaries of writes a crash interrupted: call it holding the index's writer (a
    /// rebuild does). A missing folder holds nothing; an unreadable folder or file is an error
    /// (a rebuild must then keep the old data rather than drop what it could not read).
    pub fn load_chunked<E: From<KeptError>>(
        &self,
        mut each: impl FnMut(Vec<Statement>) -> Result<(), E>,
    ) -> Result<usize, E> {
        let io = |source| KeptError::Io {
            path: self.dir.display().to_string(),
            source,
        };
        let entries = match std::fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(io(e).into()),
        };
        let mut files = Vec::new();
        for entry in entries {
            let path = entry.map_err(io)?.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if !name.starts_with('.') && name.ends_with(".json") {
                files.push(path);
            } else if is_temporary(name) {
                // Left by a write killed before its rename (never a statement); the caller
                // holds the index's writer, so no write of this folder is under way.
                let _ = std::fs::remove_file(&path);
            }
        }
        files.sort();
        let mut total = 0;
        for chunk in files.chunks(LOAD_CHUNK) {
            let mut statements = Vec::with_capacity(chunk.len());
            for path in chunk {
                let bytes = std::fs::read(path).map_err(io)?;
                let statement: Statement =
                    serde_json::from_slice(&bytes).map_err(|e| KeptError::Damaged {
                        path: path.display().to_string(),
                        reason: e.to_string(),
                    })?;
                statements.push(statement);
            }
            total += statements.len();
            each(statements)?;
        }
        Ok(total)
    }
}

/// The hidden name [`Kept::keep`] writes to before renaming into place.
fn is_temporary(name: &str) -> bool {
    name.starts_with('.') && name.ends_with(".json.tmp")
}

/// The file for a statement id; ids are hex, anything else is never a file name.
fn file_name(id: &str) -> Option<String> {
    (!id.is_empty() && id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric()))
        .then(|| format!("{id}.json"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statement(id: &str, body: &str) -> Statement {
        Statement {
            id: id.into(),
            title: Some("T".into()),
            url: None,
            path: Some("my-files/a.txt".into()),
            published: None,
            language: "en".into(),
            body: body.into(),
        }
    }

    fn load_all(kept: &Kept) -> Vec<Statement> {
        let mut all = Vec::new();
        kept.load_chunked(|s| -> Result<(), KeptError> {
            all.extend(s);
            Ok(())
        })
        .expect("read back");
        all
    }

    #[test]
    fn kept_statements_come_back_whole_and_can_be_removed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let kept = Kept::new(dir.path().join("index.kept"));
        kept.keep(&[statement("aa", "one"), statement("bb", "two")])
            .expect("kept");
        kept.keep(&[statement("aa", "one, corrected")])
            .expect("replaced");
        assert!(kept.remove("bb").expect("removed"));
        assert!(!kept.remove("bb").expect("already gone"));
        assert!(!kept.remove("../x").expect("not an id"));
        assert_eq!(load_all(&kept), vec![statement("aa", "one, corrected")]);
    }

    #[test]
    fn a_rebuild_reads_past_and_deletes_what_a_killed_write_left() {
        let dir = tempfile::tempdir().expect("tempdir");
        let kept = Kept::new(dir.path().join("index.kept"));
        kept.keep(&[statement("aa", "one")]).expect("kept");
        let half = kept.dir().join(".bb.json.tmp");
        std::fs::write(&half, b"{\"id\":\"bb\",\"ti").expect("a half-written file");
        assert_eq!(load_all(&kept), vec![statement("aa", "one")]);
        assert!(!half.exists(), "the half-written temporary is still there");
    }
}
