//! Sources: bytes in, [`Statement`] out.
//!
//! - [`parse_bytes`]: one file or attachment, format chosen by extension (by content when the
//!   name has none); [`parse_document`] also returns the warnings (bad JSON lines, unreadable dates).
//! - [`read_paths`]: files and whole directory trees (sorted, deterministic), one [`SourceItem`]
//!   per file: its statement(s) or the error naming the file. A JSON Lines file yields several.
//!
//! Formats: seed-style text (`seed`), markdown with front matter (`markdown`), JSON and
//! JSON Lines (`json`), HTML pages (`html`). Every reader produces a `Draft`; the shared last
//! step (`draft`) fills in the date from the URL, the language ([`detect`]) and the stable id
//! ([`id`]). `walk` expands directories. [`feeds`] polls RSS/Atom feeds for new statements.

mod dates;
pub mod detect;
mod draft;
pub mod feeds;
mod html;
pub mod id;
mod json;
pub mod kept;
mod markdown;
mod seed;
mod text;
mod walk;

pub use dates::parse_declared;

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::model::Statement;
use draft::Located;

/// Why a file was rejected; `Display` is the one line shown to the user (without the file name).
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    #[error("file is empty")]
    Empty,
    #[error("file is {size} bytes, over the {max}-byte limit")]
    TooLarge { size: u64, max: u64 },
    #[error("not a text file (binary content)")]
    Binary,
    #[error("not valid UTF-8 text")]
    InvalidUtf8,
    #[error("unsupported file type `{0}`")]
    Unsupported(String),
    #[error("{0}")]
    Malformed(String),
}

/// The outcome of reading one file.
#[derive(Debug)]
pub struct SourceItem {
    pub path: PathBuf,
    pub result: Result<Vec<Statement>, SourceError>,
    /// Problems that did not stop the file: bad lines of a JSON Lines file (`line 3: ...`),
    /// declared dates that could not be read.
    pub warnings: Vec<String>,
}

/// The statements read from one file and what was wrong with parts of it.
#[derive(Debug, Default)]
pub struct Parsed {
    pub statements: Vec<Statement>,
    pub warnings: Vec<String>,
}

/// Reads one file or attachment called `name` (the name also becomes [`Statement::path`]).
/// Parts of a file that fail (bad JSON lines) are dropped; use [`parse_document`] to see why.
pub fn parse_bytes(
    name: &str,
    bytes: &[u8],
    max_bytes: u64,
) -> Result<Vec<Statement>, SourceError> {
    parse_document(name, bytes, max_bytes).map(|parsed| parsed.statements)
}

/// Like [`parse_bytes`], keeping the warnings. Fails when the file yields no statement.
pub fn parse_document(name: &str, bytes: &[u8], max_bytes: u64) -> Result<Parsed, SourceError> {
    let declared = format_by_name(name)?;
    let text = text::decode(bytes, max_bytes)?;
    let format = declared.unwrap_or_else(|| sniff(text));
    let mut warnings = Vec::new();
    let drafts = match format {
        Format::Seed => vec![Located::whole_file(seed::parse(text)?)],
        Format::Markdown => vec![Located::whole_file(markdown::parse(text, &mut warnings)?)],
        Format::Html => vec![Located::whole_file(html::parse(text)?)],
        Format::Json => json::parse_json(text, &mut warnings)?,
        Format::JsonLines => json::parse_lines(text, &mut warnings)?,
    };
    // A file that is one statement fails with that statement's own error.
    let whole_file = drafts.len() == 1 && drafts[0].line.is_none();
    let mut statements = Vec::with_capacity(drafts.len());
    for Located { line, draft } in drafts {
        match (draft.finish(name), line) {
            (Ok(statement), _) => statements.push(statement),
            (Err(e), _) if whole_file => return Err(e),
            (Err(e), Some(line)) => warnings.push(format!("line {line}: {e}")),
            (Err(e), None) => warnings.push(e.to_string()),
        }
    }
    if statements.is_empty() {
        return Err(no_statement(&warnings));
    }
    Ok(Parsed {
        statements,
        warnings,
    })
}

/// The error for a file none of whose parts gave a statement.
fn no_statement(warnings: &[String]) -> SourceError {
    match warnings {
        [] => SourceError::Malformed("no statement in the file".into()),
        [only] => SourceError::Malformed(only.clone()),
        [first, rest @ ..] => {
            let more = if rest.len() == 1 {
                "1 more problem".to_owned()
            } else {
                format!("{} more problems", rest.len())
            };
            SourceError::Malformed(format!("no valid statement: {first} (and {more})"))
        }
    }
}

/// Reads files and directory trees (walked recursively, each directory sorted by name; hidden
/// entries skipped; symlink loops not followed): one item per file, in a stable order.
/// Files inside directories are only read when [`is_supported`]; a file named explicitly is
/// always tried, so an unsupported one is reported.
pub fn read_paths(paths: &[PathBuf], max_bytes: u64) -> Vec<SourceItem> {
    read_entries(walk::expand(paths), max_bytes)
}

/// How much [`read_paths_chunked`] reads before handing statements on.
#[derive(Debug, Clone, Copy)]
pub struct ChunkLimits {
    pub files: usize,
    /// Bytes on disk; a single file over it still makes a chunk of its own.
    pub bytes: u64,
}

/// Like [`read_paths`], but a chunk of files at a time, handed to `each` with the number of
/// files done and in all: a large tree, or a tree of large files, is never held in memory whole.
pub fn read_paths_chunked<E>(
    paths: &[PathBuf],
    max_bytes: u64,
    limits: ChunkLimits,
    mut each: impl FnMut(Vec<SourceItem>, usize, usize) -> Result<(), E>,
) -> Result<(), E> {
    let mut entries = walk::expand(paths).into_iter();
    let total = entries.len();
    let mut done = 0;
    loop {
        let mut chunk: Vec<walk::Entry> = Vec::new();
        let mut bytes = 0u64;
        while chunk.len() < limits.files.max(1) && (chunk.is_empty() || bytes < limits.bytes) {
            let Some(entry) = entries.next() else { break };
            if let walk::Entry::File(path) = &entry {
                bytes += std::fs::metadata(path).map_or(0, |m| m.len());
            }
            chunk.push(entry);
        }
        if chunk.is_empty() {
            return Ok(());
        }
        done += chunk.len();
        each(read_entries(chunk, max_bytes), done, total)?;
    }
}

fn read_entries(entries: Vec<walk::Entry>, max_bytes: u64) -> Vec<SourceItem> {
    let read = |entry: walk::Entry| match entry {
        walk::Entry::File(path) => read_file(path, max_bytes),
        walk::Entry::Failed(path, error) => SourceItem {
            path,
            result: Err(error),
            warnings: Vec::new(),
        },
    };
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(MAX_WORKERS);
    if workers < 2 || entries.len() < MIN_FILES_PER_WORKER * 2 {
        return entries.into_iter().map(read).collect();
    }
    parallel_map(entries, workers, read)
}

/// Reading and parsing are CPU-bound (HTML parsing, language detection): big trees are
/// spread over a few threads.
const MAX_WORKERS: usize = 8;
const MIN_FILES_PER_WORKER: usize = 32;

/// `items.map(f)` on `workers` threads, results in the input order. Items are dealt out
/// round-robin, which balances trees whose big files cluster together.
fn parallel_map<T: Send, R: Send>(
    items: Vec<T>,
    workers: usize,
    f: impl Fn(T) -> R + Sync,
) -> Vec<R> {
    let total = items.len();
    let mut shares: Vec<Vec<(usize, T)>> = (0..workers)
        .map(|_| Vec::with_capacity(total / workers + 1))
        .collect();
    for (index, item) in items.into_iter().enumerate() {
        shares[index % workers].push((index, item));
    }
    let f = &f;
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = shares
            .into_iter()
            .map(|share| {
                scope.spawn(move || {
                    share
                        .into_iter()
                        .map(|(i, item)| (i, f(item)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            // A worker only panics if `f` does; pass that on as it would be without threads.
            .flat_map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    done.sort_unstable_by_key(|(index, _)| *index);
    done.into_iter().map(|(_, result)| result).collect()
}

fn read_file(path: PathBuf, max_bytes: u64) -> SourceItem {
    let name = path.to_string_lossy().into_owned();
    let outcome = format_by_name(&name)
        .and_then(|_| read_capped(&path, max_bytes))
        .and_then(|bytes| parse_document(&name, &bytes, max_bytes));
    match outcome {
        Ok(parsed) => SourceItem {
            path,
            result: Ok(parsed.statements),
            warnings: parsed.warnings,
        },
        Err(error) => SourceItem {
            path,
            result: Err(error),
            warnings: Vec::new(),
        },
    }
}

/// Reads at most `max_bytes` (the size is checked before reading, and again while reading in
/// case the file grows).
fn read_capped(path: &Path, max_bytes: u64) -> Result<Vec<u8>, SourceError> {
    // Opening a FIFO or a device could block forever.
    if !std::fs::metadata(path)?.is_file() {
        return Err(
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a regular file").into(),
        );
    }
    let file = File::open(path)?;
    let size = file.metadata()?.len();
    if size > max_bytes {
        return Err(SourceError::TooLarge {
            size,
            max: max_bytes,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)?;
    let read = bytes.len() as u64;
    if read > max_bytes {
        return Err(SourceError::TooLarge {
            size: read,
            max: max_bytes,
        });
    }
    Ok(bytes)
}

/// Whether a file inside a directory is read: by extension.
pub fn is_supported(path: &Path) -> bool {
    matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("txt" | "md" | "markdown" | "json" | "jsonl" | "html" | "htm")
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Seed,
    Markdown,
    Json,
    JsonLines,
    Html,
}

/// The format an extension names; `Ok(None)` when the name has no extension (then the
/// content decides).
fn format_by_name(name: &str) -> Result<Option<Format>, SourceError> {
    let Some(extension) = Path::new(name).extension() else {
        return Ok(None);
    };
    let extension = extension.to_string_lossy().to_ascii_lowercase();
    Ok(Some(match extension.as_str() {
        "txt" => Format::Seed,
        "md" | "markdown" => Format::Markdown,
        "json" => Format::Json,
        "jsonl" => Format::JsonLines,
        "html" | "htm" => Format::Html,
        _ => return Err(SourceError::Unsupported(format!(".{extension}"))),
    }))
}

/// Guesses the format of a text whose name has no extension.
fn sniff(text: &str) -> Format {
    let start = text.trim_start();
    if start.starts_with('{') || start.starts_with('[') {
        Format::Json
    } else if start.starts_with('<') {
        Format::Html
    } else if start.starts_with("---") {
        Format::Markdown
    } else {
        Format::Seed
    }
}
