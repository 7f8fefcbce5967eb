//! What each format reader produces, and the shared last step that turns it into a
//! [`Statement`]: clean fields, date fallback, language, stable id.

use std::borrow::Cow;

use crate::model::{PublishedDate, Statement};
use crate::people::unicode::normalize_text;

use super::{SourceError, dates, detect, id, text};

/// A statement as a format reader found it, before the shared clean-up.
#[derive(Debug, Default)]
pub(crate) struct Draft {
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<PublishedDate>,
    pub language: Option<String>,
    /// Already normalised with [`text::normalize_body`]; Unicode forms are unified in
    /// [`Draft::finish`].
    pub body: String,
}

/// A draft and the line it came from (JSON Lines), for messages about it.
pub(crate) struct Located {
    pub line: Option<usize>,
    pub draft: Draft,
}

impl Located {
    pub(crate) fn whole_file(draft: Draft) -> Self {
        Self { line: None, draft }
    }
}

impl Draft {
    /// Completes the statement read from `path`. Fails only when there is no body text.
    pub(crate) fn finish(self, path: &str) -> Result<Statement, SourceError> {
        if self.body.is_empty() {
            return Err(SourceError::Malformed("no statement text".into()));
        }
        // One written form before anything reads the text (see `people::unicode`).
        let changed = match normalize_text(&self.body) {
            Cow::Owned(body) => Some(body),
            Cow::Borrowed(_) => None,
        };
        let body = changed.unwrap_or(self.body);
        let title = self
            .title
            .as_deref()
            .map(normalize_text)
            .and_then(|t| text::clean_title(&t));
        let url = self
            .url
            .as_deref()
            .map(id::clean_url)
            .filter(|u| !u.is_empty());
        let published = self
            .published
            .or_else(|| url.as_deref().and_then(dates::from_url));
        let language = detect::language(self.language.as_deref(), title.as_deref(), &body);
        let id = id::stable_id(&id::IdParts {
            url: url.as_deref(),
            published,
            title: title.as_deref(),
            body: &body,
        });
        Ok(Statement {
            id,
            title,
            url,
            path: Some(path.to_owned()),
            published,
            language,
            body,
        })
    }
}

/// Reads a declared date, noting in `warnings` when it is present but unreadable.
pub(crate) fn declared_date(
    raw: Option<&str>,
    warnings: &mut Vec<String>,
) -> Option<PublishedDate> {
    let raw = raw.map(str::trim).filter(|r| !r.is_empty())?;
    let date = dates::parse_declared(raw);
    if date.is_none() {
        let shown: String = raw.chars().take(40).collect();
        warnings.push(format!("ignored unreadable date `{shown}`"));
    }
    date
}
