//! Sources: bytes in, [`Statement`] out.
//!
//! - [`parse_bytes`]: one file or attachment, format chosen by extension (by content when the
//!   name has none); [`parse_document`] also returns the warnings (bad JSON lines, unreadable dates).
//! - [`read_paths`]: files and whole directory trees (sorted, deterministic), one [`SourceItem`]
//!   per file: its statement(s) or the error naming the file. A JSON Lines file yields several.
//!
//! Formats: seed-style text ([`seed`]), markdown with front matter ([`markdown`]), JSON and
//! JSON Lines ([`json`]), HTML pages ([`html`]). Every reader produces a [`draft::Draft`];
//! the shared last step fills in the date from the URL, the language and the stable id.

mod dates;
pub mod detect;
mod draft;
mod html;
pub mod id;
mod json;
mod markdown;
mod nesting;
mod seed;
mod text;
mod walk;

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
pub fn parse_bytes(name: &str, bytes: &[u8], max_bytes: u64) -> Result<Vec<Statement>, SourceError> {
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
    let single = drafts.len() == 1 && warnings.is_empty();
    let mut statements = Vec::with_capacity(drafts.len());
    for located in drafts {
        match (located.draft.finish(name), located.line) {
            (Ok(statement), _) => statements.push(statement),
            (Err(e), _) if single => return Err(e),
            (Err(e), Some(line)) => warnings.push(format!("line {line}: {e}")),
            (Err(e), None) => warnings.push(e.to_string()),
        }
    }
    if statements.is_empty() {
        return Err(no_statement(&warnings));
    }
    Ok(Parsed { statements, warnings })
}

/// The error for a file none of whose parts gave a statement.
fn no_statement(warnings: &[String]) -> SourceError {
    match warnings {
        [] => SourceError::Empty,
        [only] => SourceError::Malformed(only.clone()),
        [first, rest @ ..] => {
            SourceError::Malformed(format!("no valid statement: {first} (and {} more problems)", rest.len()))
        }
    }
}

/// Reads files and directory trees (see [`walk`]): one item per file, in a stable order.
/// Files inside directories are only read when [`is_supported`]; a file named explicitly is
/// always tried, so an unsupported one is reported.
pub fn read_paths(paths: &[PathBuf], max_bytes: u64) -> Vec<SourceItem> {
    walk::expand(paths)
        .into_iter()
        .map(|entry| match entry {
            walk::Entry::File(path) => read_file(path, max_bytes),
            walk::Entry::Failed(path, error) => SourceItem { path, result: Err(error), warnings: Vec::new() },
        })
        .collect()
}

fn read_file(path: PathBuf, max_bytes: u64) -> SourceItem {
    let name = path.to_string_lossy().into_owned();
    let outcome = format_by_name(&name)
        .and_then(|_| read_capped(&path, max_bytes))
        .and_then(|bytes| parse_document(&name, &bytes, max_bytes));
    match outcome {
        Ok(parsed) => SourceItem { path, result: Ok(parsed.statements), warnings: parsed.warnings },
        Err(error) => SourceItem { path, result: Err(error), warnings: Vec::new() },
    }
}

/// Reads at most `max_bytes` (the size is checked before reading, and again while reading in
/// case the file grows).
fn read_capped(path: &Path, max_bytes: u64) -> Result<Vec<u8>, SourceError> {
    let file = File::open(path)?;
    let size = file.metadata()?.len();
    if size > max_bytes {
        return Err(SourceError::TooLarge { size, max: max_bytes });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(max_bytes.saturating_add(1)).read_to_end(&mut bytes)?;
    let read = bytes.len() as u64;
    if read > max_bytes {
        return Err(SourceError::TooLarge { size: read, max: max_bytes });
    }
    Ok(bytes)
}

/// Whether a file inside a directory is read: by extension.
pub fn is_supported(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref(),
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
