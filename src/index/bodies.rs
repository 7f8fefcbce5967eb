//! Statement bodies kept outside the index. A statement that Readout keeps beside the index
//! (the `.kept` folder: everything `ingest`, `/ingest` and the feeds accepted) is not stored a
//! second time in the index's document store: its document holds a [`BodyRef`] to its line in
//! the kept folder, and excerpts read the body from there through a [`BodySource`]. Statements
//! read from `sources.dirs`, and every statement of an index in memory, keep their body inline.

use serde::{Deserialize, Serialize};

/// Where a statement's body is: a line of a kept batch file. Batch files are written once and
/// never changed, so the reference stays valid for as long as the file is there; the checksum
/// tells a line that is not the one referenced (a file edited or replaced by hand).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BodyRef {
    /// The batch's sequence number (its file name).
    #[serde(rename = "b")]
    pub batch: u64,
    /// Byte offset of the line in the file.
    #[serde(rename = "o")]
    pub offset: u64,
    /// Byte length of the line, without its newline.
    #[serde(rename = "n")]
    pub len: u32,
    /// CRC-32 of the line's bytes.
    #[serde(rename = "c")]
    pub crc: u32,
}

/// Why a body could not be read back.
#[derive(Debug, thiserror::Error)]
pub enum BodyError {
    #[error("no folder of kept statements to read it from")]
    NoSource,
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("the line at byte {offset} of {path} is not the statement's (checksum or id differs)")]
    Mismatch { path: String, offset: u64 },
    #[error("the line at byte {offset} of {path} is damaged: {reason}")]
    Damaged {
        path: String,
        offset: u64,
        reason: String,
    },
}

/// Reads the body a [`BodyRef`] points at. `id` is the statement's: a line of another
/// statement is a [`BodyError::Mismatch`], never its text.
pub trait BodySource: Send + Sync {
    fn body(&self, at: &BodyRef, id: &str) -> Result<String, BodyError>;
}
