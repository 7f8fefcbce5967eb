//! Documents as the store holds them, as JSON. A statement: the [`Document`] without its
//! calls (each call document holds its own, with its position, so they are not stored twice),
//! and without its body when the statement is kept beside the index (the [`BodyRef`] to read
//! it from instead). A call: the [`CallRecord`] and its position among the statement's calls.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::IndexError;
use super::bodies::BodyRef;
use crate::model::{Call, CallRecord, Document, SourceRef, Statement};

#[derive(Serialize)]
struct Out<'a> {
    statement: &'a Statement,
    concepts: &'a BTreeMap<String, u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    body_at: Option<&'a BodyRef>,
}

#[derive(Deserialize)]
struct In {
    statement: Statement,
    /// Only in documents stored whole.
    #[serde(default)]
    calls: Vec<Call>,
    #[serde(default)]
    concepts: BTreeMap<String, u32>,
    #[serde(default)]
    body_at: Option<BodyRef>,
}

#[derive(Serialize)]
struct CallOut<'a> {
    call: &'a Call,
    source: &'a SourceRef,
    position: usize,
}

#[derive(Deserialize)]
struct CallIn {
    call: Call,
    source: SourceRef,
    #[serde(default)]
    position: usize,
}

/// The JSON stored for `doc`: without its body when `body_at` says where it is kept.
pub fn to_json(doc: &Document, body_at: Option<&BodyRef>) -> Result<String, IndexError> {
    let st = &doc.statement;
    let without_body;
    let statement = match body_at {
        Some(_) => {
            without_body = Statement {
                id: st.id.clone(),
                title: st.title.clone(),
                url: st.url.clone(),
                path: st.path.clone(),
                published: st.published,
                language: st.language.clone(),
                body: String::new(),
            };
            &without_body
        }
        None => st,
    };
    let out = Out {
        statement,
        concepts: &doc.concepts,
        body_at,
    };
    serde_json::to_string(&out).map_err(|e| IndexError::Corrupt(e.to_string()))
}

/// The document stored as `json`, and where its body is when it is not inline (then the
/// document's body is empty). Its calls are empty: they are read from the call documents.
pub fn from_json(json: &str) -> Result<(Document, Option<BodyRef>), IndexError> {
    let stored: In = serde_json::from_str(json).map_err(|e| IndexError::Corrupt(e.to_string()))?;
    let document = Document {
        statement: stored.statement,
        calls: stored.calls,
        concepts: stored.concepts,
    };
    Ok((document, stored.body_at))
}

/// The JSON stored for call `position` of a statement.
pub fn call_to_json(record: &CallRecord, position: usize) -> Result<String, IndexError> {
    let out = CallOut {
        call: &record.call,
        source: &record.source,
        position,
    };
    serde_json::to_string(&out).map_err(|e| IndexError::Corrupt(e.to_string()))
}

/// The call stored as `json`, and its position among its statement's calls.
pub fn call_from_json(json: &str) -> Result<(CallRecord, usize), IndexError> {
    let stored: CallIn =
        serde_json::from_str(json).map_err(|e| IndexError::Corrupt(e.to_string()))?;
    let record = CallRecord {
        call: stored.call,
        source: stored.source,
    };
    Ok((record, stored.position))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        Document {
            statement: Statement {
                id: "ab12".into(),
                title: Some("T".into()),
                url: None,
                path: Some("a.txt".into()),
                published: None,
                language: "en".into(),
                body: "The whole text.".into(),
            },
            calls: Vec::new(),
            concepts: BTreeMap::from([("cop29".to_string(), 2)]),
        }
    }

    #[test]
    fn a_kept_body_is_left_out_and_an_inline_one_stays() {
        let at = BodyRef {
            batch: 3,
            offset: 120,
            len: 80,
            crc: 7,
        };
        let json = to_json(&doc(), Some(&at)).expect("json");
        assert!(!json.contains("The whole text."), "{json}");
        let (read, found) = from_json(&json).expect("read");
        assert_eq!(found, Some(at));
        assert_eq!(read.statement.body, "");
        assert_eq!(read.concepts, doc().concepts);

        let (read, found) = from_json(&to_json(&doc(), None).expect("json")).expect("read");
        assert_eq!((read, found), (doc(), None));
    }

    #[test]
    fn a_call_reads_back_with_its_position() {
        let d = doc();
        let record = CallRecord {
            call: Call {
                participants: vec!["A".into(), "B".into()],
                caller: Some("A".into()),
                recipient: Some("B".into()),
                date: None,
                topics: vec!["COP29".into()],
                concepts: vec!["cop29".into()],
                evidence: "A called B.".into(),
            },
            source: SourceRef::of(&d.statement),
        };
        let json = call_to_json(&record, 2).expect("json");
        assert_eq!(call_from_json(&json).expect("read"), (record, 2));
    }

    /// Documents stored whole (by earlier versions, or inline) read back whole.
    #[test]
    fn a_whole_document_reads_back_inline() {
        let json = serde_json::to_string(&doc()).expect("json");
        assert_eq!(from_json(&json).expect("read"), (doc(), None));
    }
}
