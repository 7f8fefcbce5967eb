//! The one data model every layer shares: a published [`Statement`] and the [`Call`]s found in it.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// How precise a publication date is. Seed files often give only the month (`date 2024-06`),
/// and a relative word ("yesterday") cannot be resolved against a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    Day,
    Month,
}

/// A publication date. For month precision `date` is the first of the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedDate {
    pub date: NaiveDate,
    pub precision: DatePrecision,
}

impl PublishedDate {
    pub fn day(date: NaiveDate) -> Self {
        Self {
            date,
            precision: DatePrecision::Day,
        }
    }

    pub fn month(year: i32, month: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, 1).map(|date| Self {
            date,
            precision: DatePrecision::Month,
        })
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM`, or an RFC 3339 / ISO 8601 timestamp (its calendar date is kept).
    pub fn parse(text: &str) -> Option<Self> {
        let t = text.trim();
        if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
            return Some(Self::day(d));
        }
        if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(t) {
            return Some(Self::day(dt.date_naive()));
        }
        if t.len() >= 10
            && t.is_char_boundary(10)
            && let Ok(d) = NaiveDate::parse_from_str(&t[..10], "%Y-%m-%d")
        {
            return Some(Self::day(d));
        }
        let (y, m) = t.split_once('-')?;
        if y.len() == 4 && (1..=2).contains(&m.len()) {
            return Self::month(y.parse().ok()?, m.parse().ok()?);
        }
        None
    }

    /// The day, when the publication date is that precise.
    pub fn exact_day(&self) -> Option<NaiveDate> {
        (self.precision == DatePrecision::Day).then_some(self.date)
    }
}

impl fmt::Display for PublishedDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision {
            DatePrecision::Day => write!(f, "{}", self.date.format("%Y-%m-%d")),
            DatePrecision::Month => write!(f, "{:04}-{:02}", self.date.year(), self.date.month()),
        }
    }
}

/// One published readout, whatever format it came in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Stable id: derived from the URL when there is one, else from the body, so ingesting
    /// the same statement again changes nothing.
    pub id: String,
    pub title: Option<String>,
    /// Canonical URL, when the statement has one.
    pub url: Option<String>,
    /// The file (or attachment name) it was read from.
    pub path: Option<String>,
    pub published: Option<PublishedDate>,
    /// ISO 639-1 code (`en`, `fr`, `ru`, `az`, ...), declared or detected.
    pub language: String,
    pub body: String,
}

/// Hosts reserved for examples (RFC 2606): a statement published "there" was written as a sample.
const EXAMPLE_HOSTS: &[&str] = &["example.com", "example.org", "example.net"];

/// True when `url` is on a domain reserved for examples (`*.example`, `example.com`, ...):
/// the sample corpus puts its invented statements there, so nothing can mistake them for
/// publications of a real office.
pub fn is_sample_url(url: &str) -> bool {
    let Some((scheme, rest)) = url.trim().split_once("://") else {
        return url.trim().starts_with("sample:");
    };
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return false;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let host = host.split(':').next().unwrap_or(host).to_ascii_lowercase();
    let host = host.trim_end_matches('.');
    host == "example"
        || host.ends_with(".example")
        || EXAMPLE_HOSTS
            .iter()
            .any(|h| host == *h || host.ends_with(&format!(".{h}")))
}

impl Statement {
    /// A sample written for the demo corpus, not a real publication (see [`is_sample_url`]).
    pub fn is_sample(&self) -> bool {
        self.url.as_deref().is_some_and(is_sample_url)
    }

    /// What users see as "the source": the URL, else the file path, else the id.
    pub fn source(&self) -> &str {
        self.url
            .as_deref()
            .or(self.path.as_deref())
            .unwrap_or(&self.id)
    }
}

/// A phone call reported by a statement. Names are canonical (gazetteer) names, or as written
/// when the person is unknown. Direction is only set when the text states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Call {
    pub participants: Vec<String>,
    pub caller: Option<String>,
    pub recipient: Option<String>,
    pub date: Option<NaiveDate>,
    /// The topics the call's sentences mention, by name (the English names of the concepts),
    /// for display: "peace treaty", "COP29".
    pub topics: Vec<String>,
    /// The same topics as concept ids of the lexicon (`config/topics.toml`), wider ones included.
    #[serde(default)]
    pub concepts: Vec<String>,
    /// The sentence that reports the call.
    pub evidence: String,
}

/// A statement together with the calls extracted from it: what the index stores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub statement: Statement,
    pub calls: Vec<Call>,
    /// The topics the statement mentions: concept id -> mentions (headline mentions weigh more).
    #[serde(default)]
    pub concepts: BTreeMap<String, u32>,
}

/// Where a statement came from, for citing it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRef {
    pub id: String,
    pub title: Option<String>,
    /// URL, else file path.
    pub source: String,
    pub url: Option<String>,
    /// The file it was read from, when it came from a file.
    #[serde(default)]
    pub path: Option<String>,
    pub published: Option<PublishedDate>,
    pub language: String,
    /// Written for the sample corpus: not a real statement, never to be cited.
    #[serde(default)]
    pub sample: bool,
}

impl SourceRef {
    pub fn of(statement: &Statement) -> Self {
        Self {
            id: statement.id.clone(),
            title: statement.title.clone(),
            source: statement.source().to_string(),
            url: statement.url.clone(),
            path: statement.path.clone(),
            published: statement.published,
            language: statement.language.clone(),
            sample: statement.is_sample(),
        }
    }
}

/// A call as the index stores it: the call and where it was reported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CallRecord {
    pub call: Call,
    pub source: SourceRef,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_reserved_example_domains_mark_a_sample() {
        assert!(is_sample_url("https://samples.readout.example/04/pm-call"));
        assert!(is_sample_url("http://www.example.org/x"));
        assert!(is_sample_url("sample:12"));
        assert!(!is_sample_url("https://www.gov.uk/government/news/x"));
        assert!(
            !is_sample_url("https://example.gov/a1"),
            ".gov is a real domain"
        );
        assert!(!is_sample_url("https://notexample.com/x"));
        assert!(!is_sample_url("https://example.com.evil.test/x"));
        assert!(!is_sample_url("ftp://x.example/y"));
    }
}
