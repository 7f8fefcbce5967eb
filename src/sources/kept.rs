//! The statements Readout keeps itself. Whatever `ingest`, `/ingest` and the feeds accept is
//! written here, so that `reindex` (a rebuild from files) never loses it: the folder beside the
//! index (`index` -> `index.kept/`) is one of its sources.
//!
//! Each [`Kept::keep`] writes one batch file (`<sequence>.jsonl`, one statement per line) and a
//! [`Kept::remove`] one tombstone file (`<sequence>.removed`, one id per line). A file is written
//! to a hidden temporary name, synced, renamed into place and the folder synced, so a crash
//! leaves either no file or the whole file, never half of one; one sync per batch, not one per
//! statement, is what lets a bulk ingest keep up with indexing. Reading goes newest file first
//! and keeps the first version of each id it meets, so a later batch replaces a statement and a
//! later tombstone drops it. A line holds the whole statement (id and original path included),
//! so a rebuild gives back exactly what was ingested. Folders of earlier versions, one
//! `<id>.json` file per statement, still read back, older than any batch.
//!
//! The index does not store the bodies of kept statements a second time: it refers to their
//! line ([`BodyRef`]) and reads excerpts from here ([`read`]). So a batch file is never
//! changed nor deleted once written (removals are tombstones): a reference stays valid for as
//! long as the folder is there, and a line that is not the one referenced is told by its
//! checksum and id, never shown as the statement's text.

mod read;

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::index::bodies::BodyRef;
use crate::model::Statement;

/// Statements handed over per step of a rebuild: bounds memory on a large folder.
const LOAD_CHUNK: usize = 512;
/// Digits of a batch's sequence number in its file name, so names sort as numbers.
const SEQUENCE_DIGITS: usize = 20;
const BATCH_EXTENSION: &str = "jsonl";
const TOMBSTONE_EXTENSION: &str = "removed";

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
    /// The lowest sequence number the next file may take in this process (the folder is read
    /// on every write as well).
    next: Arc<Mutex<Option<u64>>>,
    /// Batch files open for reading bodies.
    files: Arc<read::OpenFiles>,
}

/// A kept statement as a rebuild reads it, with where its line is (none for a file of an
/// earlier version, which is not a batch).
pub type KeptStatement = (Statement, Option<BodyRef>);

/// A file of the folder, as a rebuild reads it.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Entry {
    /// A statement file of an earlier version: older than any batch.
    Single(PathBuf),
    Batch(u64, PathBuf),
    Tombstone(u64, PathBuf),
}

impl Entry {
    fn sequence(&self) -> u64 {
        match self {
            Entry::Single(_) => 0,
            Entry::Batch(n, _) | Entry::Tombstone(n, _) => *n,
        }
    }
}

impl Kept {
    pub fn new(dir: PathBuf) -> Self {
        Self {
            dir,
            next: Arc::new(Mutex::new(None)),
            files: Arc::default(),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Bytes of the files in the folder (0 when there is none).
    pub fn disk_bytes(&self) -> u64 {
        std::fs::read_dir(&self.dir).map_or(0, |listing| {
            listing
                .flatten()
                .filter_map(|e| e.metadata().ok())
                .filter(|m| m.is_file())
                .map(|m| m.len())
                .sum()
        })
    }

    /// Keeps `statements` as one batch file; a statement kept before is replaced (a rebuild
    /// reads the newest version). The folder is created on first use. Returns where each
    /// statement's line is, in the order given (none for a statement not kept: its id is not
    /// one a file may be named after).
    pub fn keep(&self, statements: &[Statement]) -> Result<Vec<Option<BodyRef>>, KeptError> {
        let Some(first) = statements.iter().find(|st| is_statement_id(&st.id)) else {
            return Ok(vec![None; statements.len()]);
        };
        let write_error = |id: &str, source| KeptError::Write {
            id: id.to_string(),
            path: self.dir.display().to_string(),
            source,
        };
        let mut data = Vec::with_capacity(statements.len() * 3 * 1024);
        // (offset, length, checksum) of each line; the batch number is known once written.
        let mut lines = Vec::with_capacity(statements.len());
        for st in statements {
            if !is_statement_id(&st.id) {
                lines.push(None);
                continue;
            }
            let start = data.len();
            serde_json::to_writer(&mut data, st)
                .map_err(|e| write_error(&st.id, std::io::Error::other(e)))?;
            let line = &data[start..];
            // A line too long to refer to is still kept; its body stays in the index.
            lines.push(
                u32::try_from(line.len())
                    .ok()
                    .map(|len| (start as u64, len, crc32fast::hash(line))),
            );
            data.push(b'\n');
        }
        let batch = self
            .write_file(BATCH_EXTENSION, &data)
            .map_err(|e| write_error(&first.id, e))?;
        Ok(lines
            .into_iter()
            .map(|line| {
                line.map(|(offset, len, crc)| BodyRef {
                    batch,
                    offset,
                    len,
                    crc,
                })
            })
            .collect())
    }

    /// Forgets statement `id`: a tombstone when the folder holds batches, and the file of an
    /// earlier version if there is one. True when such a file was there; whether a batch held
    /// the id is not looked up (that would read the whole folder), the tombstone drops it
    /// either way.
    pub fn remove(&self, id: &str) -> Result<bool, KeptError> {
        if !is_statement_id(id) {
            return Ok(false);
        }
        let io = |source| KeptError::Io {
            path: self.dir.display().to_string(),
            source,
        };
        let has_batches = self
            .entries()
            .map_err(io)?
            .iter()
            .any(|e| matches!(e, Entry::Batch(..)));
        if has_batches {
            self.write_file(TOMBSTONE_EXTENSION, format!("{id}\n").as_bytes())
                .map(drop)
                .map_err(|source| KeptError::Write {
                    id: id.to_string(),
                    path: self.dir.display().to_string(),
                    source,
                })?;
        }
        match std::fs::remove_file(self.dir.join(format!("{id}.json"))) {
            // Synced, or a power cut could undo the removal and a rebuild bring it back.
            Ok(()) => std::fs::File::open(&self.dir)
                .and_then(|d| d.sync_all())
                .map(|()| true)
                .map_err(io),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(source) => Err(io(source)),
        }
    }

    /// Writes `data` as the next file of the folder: a temporary, synced, renamed into place,
    /// then the folder synced so the rename survives a power cut. Returns its sequence number.
    fn write_file(&self, extension: &str, data: &[u8]) -> std::io::Result<u64> {
        std::fs::create_dir_all(&self.dir)?;
        let mut next = self.next.lock().unwrap_or_else(|e| e.into_inner());
        // Read the folder on every write: another process (a CLI `ingest` beside a running
        // bot) may have written files since, and reusing a number would replace its file.
        let on_disk = self
            .entries()?
            .iter()
            .map(Entry::sequence)
            .max()
            .unwrap_or(0)
            .saturating_add(1);
        let sequence = on_disk.max(next.unwrap_or(0));
        let name = file_name(sequence, extension);
        let temporary = self.dir.join(format!(".{name}.tmp"));
        let written = std::fs::File::create(&temporary).and_then(|mut f| {
            f.write_all(data)?;
            f.sync_all()
        });
        written
            .and_then(|()| std::fs::rename(&temporary, self.dir.join(&name)))
            .inspect_err(|_| {
                let _ = std::fs::remove_file(&temporary);
            })?;
        *next = Some(sequence.saturating_add(1));
        std::fs::File::open(&self.dir)?.sync_all()?;
        Ok(sequence)
    }

    /// The files of the folder (none when it does not exist); temporaries are left out.
    fn entries(&self) -> std::io::Result<Vec<Entry>> {
        let listing = match std::fs::read_dir(&self.dir) {
            Ok(listing) => listing,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        let mut entries = Vec::new();
        for entry in listing {
            let path = entry?.path();
            if let Some(entry) = classify(path) {
                entries.push(entry);
            }
        }
        Ok(entries)
    }

    /// Reads every kept statement, newest file first, `LOAD_CHUNK` at a time: the newest version
    /// of each id, none of an id whose newest file is a tombstone, each with where its line
    /// is. Deletes the temporaries of writes a crash interrupted: call it holding the index's
    /// writer (a rebuild does). A missing folder holds nothing; an unreadable folder or file is
    /// an error (a rebuild must then keep the old data rather than drop what it could not read).
    pub fn load_chunked<E: From<KeptError>>(
        &self,
        mut each: impl FnMut(Vec<KeptStatement>) -> Result<(), E>,
    ) -> Result<usize, E> {
        let io = |source| KeptError::Io {
            path: self.dir.display().to_string(),
            source,
        };
        self.delete_temporaries().map_err(io)?;
        let mut entries = self.entries().map_err(io)?;
        // Newest first; files of earlier versions (all sequence 0) in name order.
        entries.sort_by(|a, b| b.sequence().cmp(&a.sequence()).then_with(|| a.cmp(b)));
        let damaged = |path: &Path, reason: String| KeptError::Damaged {
            path: path.display().to_string(),
            reason,
        };
        let mut seen: HashSet<String> = HashSet::new();
        let mut chunk = Vec::with_capacity(LOAD_CHUNK);
        let mut total = 0;
        for entry in &entries {
            let mut found = Vec::new();
            match entry {
                Entry::Tombstone(_, path) => {
                    let text = std::fs::read_to_string(path).map_err(io)?;
                    seen.extend(text.lines().map(str::trim).map(str::to_string));
                }
                Entry::Single(path) => {
                    let bytes = std::fs::read(path).map_err(io)?;
                    let st: Statement =
                        serde_json::from_slice(&bytes).map_err(|e| damaged(path, e.to_string()))?;
                    found.push((st, None));
                }
                Entry::Batch(batch, path) => {
                    let bytes = std::fs::read(path).map_err(io)?;
                    // The last line of a batch is its newest version of an id.
                    for (offset, line) in lines(&bytes).into_iter().rev() {
                        if line.iter().all(u8::is_ascii_whitespace) {
                            continue;
                        }
                        let st: Statement = serde_json::from_slice(line)
                            .map_err(|e| damaged(path, e.to_string()))?;
                        let at = u32::try_from(line.len()).ok().map(|len| BodyRef {
                            batch: *batch,
                            offset,
                            len,
                            crc: crc32fast::hash(line),
                        });
                        found.push((st, at));
                    }
                }
            }
            for (st, at) in found {
                if seen.insert(st.id.clone()) {
                    chunk.push((st, at));
                    if chunk.len() == LOAD_CHUNK {
                        total += chunk.len();
                        each(std::mem::replace(
                            &mut chunk,
                            Vec::with_capacity(LOAD_CHUNK),
                        ))?;
                    }
                }
            }
        }
        if !chunk.is_empty() {
            total += chunk.len();
            each(chunk)?;
        }
        Ok(total)
    }

    /// Deletes what writes killed before their rename left (never a statement); the caller
    /// holds the index's writer, so no write of this folder is under way.
    fn delete_temporaries(&self) -> std::io::Result<()> {
        let listing = match std::fs::read_dir(&self.dir) {
            Ok(listing) => listing,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(e),
        };
        for entry in listing {
            let path = entry?.path();
            if path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(is_temporary)
            {
                let _ = std::fs::remove_file(&path);
            }
        }
        Ok(())
    }
}

/// What a file of the folder is, from its name; `None` for temporaries and anything else.
fn classify(path: PathBuf) -> Option<Entry> {
    let name = path.file_name()?.to_str()?;
    if name.starts_with('.') {
        return None;
    }
    let (stem, extension) = name.rsplit_once('.')?;
    let sequence = || {
        (stem.len() == SEQUENCE_DIGITS && stem.bytes().all(|b| b.is_ascii_digit()))
            .then(|| stem.parse::<u64>().ok())
            .flatten()
    };
    match extension {
        BATCH_EXTENSION => sequence().map(|n| Entry::Batch(n, path)),
        TOMBSTONE_EXTENSION => sequence().map(|n| Entry::Tombstone(n, path)),
        "json" => is_statement_id(stem).then_some(Entry::Single(path)),
        _ => None,
    }
}

/// The lines of a batch with their byte offsets, newline left out.
fn lines(bytes: &[u8]) -> Vec<(u64, &[u8])> {
    let mut offset = 0u64;
    bytes
        .split(|&b| b == b'\n')
        .map(|line| {
            let at = offset;
            offset += line.len() as u64 + 1;
            (at, line)
        })
        .collect()
}

/// The name of file `sequence` of a kind.
fn file_name(sequence: u64, extension: &str) -> String {
    format!("{sequence:0SEQUENCE_DIGITS$}.{extension}")
}

/// The hidden name a write goes to before its rename.
fn is_temporary(name: &str) -> bool {
    name.starts_with('.') && name.ends_with(".tmp")
}

/// Ids are hex: anything else is never kept (nor a file name).
fn is_statement_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric())
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
            all.extend(s.into_iter().map(|(st, _)| st));
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
        kept.remove("bb").expect("removed");
        assert!(!kept.remove("../x").expect("not an id"));
        assert_eq!(load_all(&kept), vec![statement("aa", "one, corrected")]);
        // Kept again after its removal: it is back.
        kept.keep(&[statement("bb", "two again")]).expect("kept");
        let mut all = load_all(&kept);
        all.sort_by(|a, b| a.id.cmp(&b.id));
        assert_eq!(
            all,
            vec![
                statement("aa", "one, corrected"),
                statement("bb", "two again")
            ]
        );
    }

    #[test]
    fn one_file_per_batch_and_the_last_version_in_a_batch_wins() {
        let dir = tempfile::tempdir().expect("tempdir");
        let kept = Kept::new(dir.path().join("index.kept"));
        let batch: Vec<Statement> = (0..1000)
            .map(|i| statement(&format!("s{i}"), "x"))
            .chain([statement("s7", "newer")])
            .collect();
        kept.keep(&batch).expect("kept");
        let files = std::fs::read_dir(kept.dir()).expect("folder").count();
        assert_eq!(files, 1, "one batch, one file");
        let all = load_all(&kept);
        assert_eq!(all.len(), 1000);
        assert!(all.contains(&statement("s7", "newer")));
        // A new handle on the same folder continues its numbering.
        Kept::new(kept.dir().to_path_buf())
            .keep(&[statement("s8", "newest")])
            .expect("kept");
        assert!(load_all(&kept).contains(&statement("s8", "newest")));
    }

    /// Two processes on one folder (a running bot and a CLI `ingest`): each write takes the
    /// number after the newest file on disk, so neither replaces the other's file and the
    /// later write wins at a rebuild.
    #[test]
    fn two_handles_on_one_folder_never_reuse_a_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let bot = Kept::new(dir.path().join("index.kept"));
        let cli = Kept::new(bot.dir().to_path_buf());
        bot.keep(&[statement("aa", "from the bot")]).expect("kept");
        cli.keep(&[statement("bb", "from the cli")]).expect("kept");
        bot.keep(&[statement("cc", "from the bot again")])
            .expect("kept");
        cli.keep(&[statement("cc", "corrected by the cli")])
            .expect("kept");
        bot.remove("aa").expect("removed");
        let mut all = load_all(&bot);
        all.sort_by(|a, b| a.id.cmp(&b.id));
        assert_eq!(
            all,
            vec![
                statement("bb", "from the cli"),
                statement("cc", "corrected by the cli")
            ]
        );
    }

    #[test]
    fn files_of_earlier_versions_read_back_older_than_batches() {
        let dir = tempfile::tempdir().expect("tempdir");
        let kept = Kept::new(dir.path().join("index.kept"));
        std::fs::create_dir_all(kept.dir()).expect("folder");
        for (id, body) in [("aa", "old"), ("cc", "only here")] {
            let data = serde_json::to_vec(&statement(id, body)).expect("json");
            std::fs::write(kept.dir().join(format!("{id}.json")), data).expect("write");
        }
        kept.keep(&[statement("aa", "new")]).expect("kept");
        let mut all = load_all(&kept);
        all.sort_by(|a, b| a.id.cmp(&b.id));
        assert_eq!(
            all,
            vec![statement("aa", "new"), statement("cc", "only here")]
        );
        assert!(kept.remove("cc").expect("removed"), "its file was there");
        assert_eq!(load_all(&kept), vec![statement("aa", "new")]);
    }

    /// The lines `keep` returns are those a rebuild finds, and each reads back its own body;
    /// a line that is not the one referred to is an error, never another statement's body.
    #[test]
    fn bodies_read_back_from_the_lines_keep_and_a_rebuild_give() {
        use crate::index::bodies::{BodyError, BodySource};
        let dir = tempfile::tempdir().expect("tempdir");
        let kept = Kept::new(dir.path().join("index.kept"));
        let batch = [
            statement("aa", "first body"),
            statement("../x", "not kept"),
            statement(
                "bb",
                "second body, \"quoted\" and \u{0418}\u{043b}\u{044c}\u{0445}\u{0430}\u{043c}",
            ),
        ];
        let at = kept.keep(&batch).expect("kept");
        assert_eq!(at.len(), 3);
        assert!(
            at[1].is_none(),
            "an id no file may be named after is not kept"
        );
        let (a, b) = (at[0].expect("aa kept"), at[2].expect("bb kept"));
        assert_eq!(kept.body(&a, "aa").expect("aa"), "first body");
        assert_eq!(kept.body(&b, "bb").expect("bb"), batch[2].body);
        // Another statement's line, or another id, is refused.
        assert!(matches!(
            kept.body(&a, "bb"),
            Err(BodyError::Mismatch { .. })
        ));
        let shifted = BodyRef {
            offset: a.offset + 1,
            ..a
        };
        assert!(matches!(
            kept.body(&shifted, "aa"),
            Err(BodyError::Mismatch { .. })
        ));
        let past_the_end = BodyRef { len: u32::MAX, ..a };
        assert!(matches!(
            kept.body(&past_the_end, "aa"),
            Err(BodyError::Mismatch { .. })
        ));
        let mut found = Vec::new();
        kept.load_chunked(|chunk| -> Result<(), KeptError> {
            found.extend(chunk);
            Ok(())
        })
        .expect("read back");
        found.sort_by(|x, y| x.0.id.cmp(&y.0.id));
        assert_eq!(
            found,
            vec![(batch[0].clone(), Some(a)), (batch[2].clone(), Some(b))]
        );
        // A batch gone: an error that names it, from a fresh handle (nothing cached) too.
        std::fs::remove_file(kept.dir().join(file_name(a.batch, BATCH_EXTENSION))).expect("rm");
        let fresh = Kept::new(kept.dir().to_path_buf());
        assert!(matches!(fresh.body(&a, "aa"), Err(BodyError::Io { .. })));
    }

    /// A folder emptied and filled again by another process reuses batch numbers: a handle
    /// that had the old batch open reads the new one's lines right.
    #[test]
    fn a_batch_number_used_again_reads_the_new_file() {
        use crate::index::bodies::BodySource;
        let dir = tempfile::tempdir().expect("tempdir");
        let bot = Kept::new(dir.path().join("index.kept"));
        let old = bot.keep(&[statement("aa", "old text")]).expect("kept")[0].expect("a line");
        assert_eq!(bot.body(&old, "aa").expect("read"), "old text");
        std::fs::remove_dir_all(bot.dir()).expect("emptied");
        let cli = Kept::new(bot.dir().to_path_buf());
        let new = cli.keep(&[statement("bb", "new text")]).expect("kept")[0].expect("a line");
        assert_eq!(new.batch, old.batch, "the number is used again");
        assert_eq!(bot.body(&new, "bb").expect("read"), "new text");
        assert!(bot.body(&old, "aa").is_err(), "the old line is gone");
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
