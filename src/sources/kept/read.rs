//! Reading one statement's body from its kept batch, for excerpts: the line a [`BodyRef`]
//! points at, checked against its checksum and the statement's id.

use std::fs::File;
use std::sync::{Arc, Mutex};

use serde::Deserialize;

use super::{BATCH_EXTENSION, Kept, file_name};
use crate::index::bodies::{BodyError, BodyRef, BodySource};

/// Batch files kept open: an answer reads about ten bodies, mostly from a few large batches.
const OPEN_FILES: usize = 32;

/// An open batch file and its length.
type Open = (Arc<File>, u64);

/// Recently read batch files, most recent last. Batches never change once written, so an
/// open file reads what its name held when it was opened.
#[derive(Debug, Default)]
pub(super) struct OpenFiles(Mutex<Vec<(u64, Open)>>);

impl OpenFiles {
    fn get(
        &self,
        batch: u64,
        open: impl FnOnce() -> std::io::Result<File>,
    ) -> std::io::Result<Open> {
        let mut files = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(i) = files.iter().position(|(b, _)| *b == batch) {
            let entry = files.remove(i);
            let found = (Arc::clone(&entry.1.0), entry.1.1);
            files.push(entry);
            return Ok(found);
        }
        // Opened under the lock: two answers wanting the same batch open it once.
        let file = open()?;
        let len = file.metadata()?.len();
        let file = Arc::new(file);
        if files.len() >= OPEN_FILES {
            files.remove(0);
        }
        files.push((batch, (Arc::clone(&file), len)));
        Ok((file, len))
    }

    /// Closes batch `batch` if open: its name may hold another file now.
    fn forget(&self, batch: u64) -> bool {
        let mut files = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let before = files.len();
        files.retain(|(b, _)| *b != batch);
        files.len() < before
    }
}

/// What a body read needs of a kept line (the rest of the statement is in the index).
#[derive(Deserialize)]
struct Line {
    id: String,
    body: String,
}

impl BodySource for Kept {
    fn body(&self, at: &BodyRef, id: &str) -> Result<String, BodyError> {
        match self.read_body(at, id) {
            // A folder emptied and written again while we run reuses batch numbers: the file
            // kept open may be the old one. Read once more from what the name holds now.
            Err(BodyError::Mismatch { .. } | BodyError::Io { .. })
                if self.files.forget(at.batch) =>
            {
                self.read_body(at, id)
            }
            read => read,
        }
    }
}

impl Kept {
    fn read_body(&self, at: &BodyRef, id: &str) -> Result<String, BodyError> {
        let path = self.dir.join(file_name(at.batch, BATCH_EXTENSION));
        let shown = || path.display().to_string();
        let io = |source| BodyError::Io {
            path: shown(),
            source,
        };
        let (file, file_len) = self.files.get(at.batch, || File::open(&path)).map_err(io)?;
        let mismatch = || BodyError::Mismatch {
            path: shown(),
            offset: at.offset,
        };
        // A reference past the end is not this file's line (and sizes no allocation).
        if at.offset.saturating_add(u64::from(at.len)) > file_len {
            return Err(mismatch());
        }
        let mut line = vec![0u8; at.len as usize];
        read_exact_at(&file, &mut line, at.offset).map_err(io)?;
        if crc32fast::hash(&line) != at.crc {
            return Err(mismatch());
        }
        let parsed: Line = serde_json::from_slice(&line).map_err(|e| BodyError::Damaged {
            path: shown(),
            offset: at.offset,
            reason: e.to_string(),
        })?;
        if parsed.id != id {
            return Err(mismatch());
        }
        Ok(parsed.body)
    }
}

#[cfg(unix)]
fn read_exact_at(file: &File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
}

#[cfg(windows)]
fn read_exact_at(file: &File, mut buf: &mut [u8], mut offset: u64) -> std::io::Result<()> {
    use std::os::windows::fs::FileExt;
    while !buf.is_empty() {
        match file.seek_read(buf, offset) {
            Ok(0) => return Err(std::io::ErrorKind::UnexpectedEof.into()),
            Ok(n) => {
                buf = &mut buf[n..];
                offset += n as u64;
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}
