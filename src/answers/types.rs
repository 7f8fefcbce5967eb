//! The request and answer types: plain data that adapters fill in and render.

use std::ops::Range;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::Call;
pub use crate::model::SourceRef;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TopicRequest {
    pub query: String,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    /// ISO 639-1 code.
    pub language: Option<String>,
    /// Zero-based page.
    pub page: usize,
    /// Hits per page; the configured page size when `None`.
    pub limit: Option<usize>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WhoCalledRequest {
    pub person: String,
    /// Only calls that also involve this person.
    pub with: Option<String>,
    /// Only calls about this topic (words naming topics of the lexicon, in any language).
    #[serde(default)]
    pub topic: Option<String>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub page: usize,
    pub limit: Option<usize>,
}

/// Text with the byte ranges of the matched terms, so each adapter marks them its own way.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Excerpt {
    pub text: String,
    pub highlights: Vec<Range<usize>>,
}

impl Excerpt {
    /// Markdown with matched terms in bold; `escape` is applied to the text around and inside them.
    pub fn to_markdown_with(&self, escape: impl Fn(&str) -> String) -> String {
        let mut out = String::with_capacity(self.text.len() + 8 * self.highlights.len());
        let mut at = 0;
        for r in &self.highlights {
            if r.start < at
                || r.end > self.text.len()
                || !self.text.is_char_boundary(r.start)
                || !self.text.is_char_boundary(r.end)
            {
                continue;
            }
            out.push_str(&escape(&self.text[at..r.start]));
            out.push_str("**");
            out.push_str(&escape(&self.text[r.start..r.end]));
            out.push_str("**");
            at = r.end;
        }
        out.push_str(&escape(&self.text[at..]));
        out
    }

    /// Matched terms in `**bold**`, text otherwise as is (not HTML-escaped).
    pub fn to_markdown(&self) -> String {
        self.to_markdown_with(|s| s.to_string())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TopicHit {
    pub source: SourceRef,
    pub score: f32,
    pub excerpt: Excerpt,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TopicAnswer {
    pub request: TopicRequest,
    pub total: usize,
    pub page_size: usize,
    pub hits: Vec<TopicHit>,
    /// Nothing matched exactly; these hits match close spellings.
    pub fuzzy: bool,
    /// How the answer was widened when no statement had every word: `None` when exact.
    #[serde(default)]
    pub widened: Option<Widened>,
}

/// How a topic answer was widened beyond "every word".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Widened {
    /// No statement has every word: statements with any of them.
    #[serde(rename = "any word")]
    AnyWord,
    /// Not even any word as typed: close spellings of the words.
    #[serde(rename = "close spellings")]
    CloseSpellings,
}

impl Widened {
    /// The line every adapter shows above a widened answer.
    pub fn note(self) -> &'static str {
        match self {
            Widened::AnyWord => "No statement has every word; showing statements with any of them.",
            Widened::CloseSpellings => {
                "No statement has these words; showing close spellings of them."
            }
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Widened::AnyWord => "any word",
            Widened::CloseSpellings => "close spellings",
        }
    }
}

/// One call, merged across every statement that reports it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CallHit {
    pub participants: Vec<String>,
    pub caller: Option<String>,
    pub recipient: Option<String>,
    pub date: Option<NaiveDate>,
    /// Topic names, for display.
    pub topics: Vec<String>,
    /// Topic concept ids (`config/topics.toml`).
    #[serde(default)]
    pub concepts: Vec<String>,
    pub evidence: String,
    pub sources: Vec<SourceRef>,
}

impl CallHit {
    /// "Antony Blinken called Ilham Aliyev", or "Ilham Aliyev and Antony Blinken spoke" when the
    /// text does not say who initiated.
    pub fn headline(&self) -> String {
        match (&self.caller, &self.recipient) {
            (Some(c), Some(r)) => format!("{c} called {r}"),
            (Some(c), None) => format!("{c} placed the call"),
            _ => match self.participants.as_slice() {
                [] => "A call".to_string(),
                [one] => format!("{one} spoke by phone"),
                [a, b] => format!("{a} and {b} spoke"),
                [init @ .., last] => format!("{} and {last} spoke", init.join(", ")),
            },
        }
    }

    /// The month a call without a day was published in, when its statements say only that.
    pub fn month(&self) -> Option<NaiveDate> {
        if self.date.is_some() {
            return None;
        }
        self.sources
            .iter()
            .filter_map(|s| s.published)
            .find(|p| p.precision == crate::model::DatePrecision::Month)
            .map(|p| p.date)
    }

    /// "2024-06-20", "June 2024" for a call known only by its month, else "date unknown".
    pub fn date_label(&self) -> String {
        match (self.date, self.month()) {
            (Some(d), _) => d.to_string(),
            (None, Some(m)) => m.format("%B %Y").to_string(),
            (None, None) => "date unknown".to_string(),
        }
    }

    /// True when only sample statements (written for the demo, not real) report the call.
    pub fn is_sample(&self) -> bool {
        !self.sources.is_empty() && self.sources.iter().all(|s| s.sample)
    }

    /// Everyone on the call except `person` (a canonical name).
    pub fn counterparts(&self, person: &str) -> Vec<&str> {
        self.participants
            .iter()
            .map(String::as_str)
            .filter(|p| *p != person)
            .collect()
    }

    pub fn from_call(call: &Call, source: SourceRef) -> Self {
        Self {
            participants: call.participants.clone(),
            caller: call.caller.clone(),
            recipient: call.recipient.clone(),
            date: call.date,
            topics: call.topics.clone(),
            concepts: call.concepts.clone(),
            evidence: call.evidence.clone(),
            sources: vec![source],
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WhoCalledAnswer {
    pub request: WhoCalledRequest,
    /// The canonical name when the gazetteer knows the person, else the name as typed.
    pub person: String,
    pub known_person: bool,
    /// The names of the topics the calls were narrowed to (`topic:`), in the lexicon's words.
    #[serde(default)]
    pub topics: Vec<String>,
    pub total: usize,
    pub page_size: usize,
    pub calls: Vec<CallHit>,
}

/// A topic offered while typing: what the list shows and what choosing it types.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TopicChoice {
    /// "мирный договор (peace treaty)": the name that matched, and the label when it differs.
    pub label: String,
    /// The name that matched, in the language it was typed in.
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecentAnswer {
    pub total: usize,
    pub calls: Vec<CallHit>,
}

/// One whole statement and the calls found in it: exactly what the index stores.
pub type SourceAnswer = crate::model::Document;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StatsAnswer {
    pub statements: u64,
    pub calls: u64,
    pub people_known: usize,
    pub index_bytes: u64,
    /// Bytes of the statements kept beside the index (which hold the bodies of those
    /// statements: the index refers to them).
    #[serde(default)]
    pub kept_bytes: u64,
    /// (ISO 639-1 code, statements), most first.
    pub languages: Vec<(String, u64)>,
    pub oldest: Option<NaiveDate>,
    pub newest: Option<NaiveDate>,
}

/// A file or attachment that was not ingested, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rejection {
    pub source: String,
    pub reason: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IngestReport {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Statements a rebuild dropped because no source holds them any more.
    #[serde(default)]
    pub removed: usize,
    pub rejected: Vec<Rejection>,
    /// Parts of files that were skipped while the rest landed (a bad JSON line, a bad date).
    #[serde(default)]
    pub warnings: Vec<Rejection>,
    /// Statements in the index afterwards.
    pub statements_total: u64,
    pub calls_found: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Answer {
    Topic(TopicAnswer),
    WhoCalled(WhoCalledAnswer),
    Recent(RecentAnswer),
    Source(SourceAnswer),
    Stats(StatsAnswer),
    Ingest(IngestReport),
    Help(String),
}
