//! JSON statements: one object `{title, url, published, language, body}` (only `body` is
//! required), an array of such objects, or JSON Lines (one object per line).

use serde::Deserialize;

use super::draft::{Draft, Located, declared_date};
use super::{SourceError, text};

#[derive(Deserialize)]
struct JsonStatement {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    body: Option<String>,
}

/// Reads a `.json` file: one object, an array of objects, or (when its first line is a whole
/// object and more lines follow) JSON Lines.
pub(crate) fn parse_json(
    text: &str,
    warnings: &mut Vec<String>,
) -> Result<Vec<Located>, SourceError> {
    let trimmed = text.trim_start();
    if looks_like_lines(trimmed) {
        return parse_lines(text, warnings);
    }
    if trimmed.starts_with('[') {
        let items: Vec<serde_json::Value> = serde_json::from_str(text).map_err(broken_json)?;
        let mut drafts = Vec::with_capacity(items.len());
        for (i, item) in items.into_iter().enumerate() {
            match serde_json::from_value::<JsonStatement>(item)
                .map_err(|e| e.to_string())
                .and_then(|s| draft(s, warnings))
            {
                Ok(draft) => drafts.push(Located { line: None, draft }),
                Err(message) => warnings.push(format!("item {}: {message}", i + 1)),
            }
        }
        return Ok(drafts);
    }
    if !trimmed.starts_with('{') {
        return Err(SourceError::Malformed(
            "expected a JSON object with a `body` field".into(),
        ));
    }
    let statement: JsonStatement = serde_json::from_str(text).map_err(broken_json)?;
    let draft = draft(statement, warnings).map_err(SourceError::Malformed)?;
    Ok(vec![Located { line: None, draft }])
}

/// Reads JSON Lines: each non-blank line one object. A bad line becomes a warning naming it;
/// the good lines still count.
pub(crate) fn parse_lines(
    text: &str,
    warnings: &mut Vec<String>,
) -> Result<Vec<Located>, SourceError> {
    let mut drafts = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line_number = index + 1;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let parsed = serde_json::from_str::<JsonStatement>(line)
            .map_err(|e| format!("{} (column {})", without_position(&e), e.column()))
            .and_then(|statement| draft(statement, warnings));
        match parsed {
            Ok(draft) => drafts.push(Located {
                line: Some(line_number),
                draft,
            }),
            Err(message) => warnings.push(format!("line {line_number}: {message}")),
        }
    }
    Ok(drafts)
}

/// A `.json` whose first line is a whole object (`{...}`) and whose next line opens another
/// is JSON Lines; a pretty-printed object's first line is `{` or ends with `,`. The first line
/// is not parsed here, so a broken first line is reported like any other.
fn looks_like_lines(text: &str) -> bool {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let (Some(first), Some(second)) = (lines.next(), lines.next()) else {
        return false;
    };
    first.len() > 1 && first.starts_with('{') && first.ends_with('}') && second.starts_with('{')
}

fn draft(statement: JsonStatement, warnings: &mut Vec<String>) -> Result<Draft, String> {
    let body = statement
        .body
        .ok_or_else(|| "JSON object has no `body` field".to_owned())?;
    Ok(Draft {
        title: statement
            .title
            .map(|t| text::decode_entities(&t).into_owned()),
        url: statement.url,
        published: declared_date(statement.published.as_deref(), warnings),
        language: statement.language,
        body: text::normalize_body(&text::decode_entities(&body)),
    })
}

fn broken_json(error: serde_json::Error) -> SourceError {
    SourceError::Malformed(format!(
        "broken JSON at line {}, column {}: {}",
        error.line(),
        error.column(),
        without_position(&error)
    ))
}

/// serde_json's message without its " at line L column C" tail (we say where ourselves).
fn without_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pretty_printed_object_is_one_statement() {
        let text = "{\n  \"title\": \"T\",\n  \"body\": \"Hello.\"\n}\n";
        let drafts = parse_json(text, &mut Vec::new()).map(|d| d.len()).ok();
        assert_eq!(drafts, Some(1));
    }

    #[test]
    fn lines_keep_good_ones_and_name_bad_ones() {
        let text =
            "{\"body\": \"One.\"}\n{\"body\": \n{\"title\": \"no body\"}\n{\"body\": \"Four.\"}\n";
        let mut warnings = Vec::new();
        let lines = parse_json(text, &mut warnings)
            .map(|d| d.iter().map(|l| l.line).collect::<Vec<_>>())
            .ok();
        assert_eq!(lines, Some(vec![Some(1), Some(4)]));
        assert_eq!(warnings.len(), 2);
        assert!(warnings[0].starts_with("line 2:"), "{warnings:?}");
        assert!(
            warnings[1].starts_with("line 3:") && warnings[1].contains("body"),
            "{warnings:?}"
        );
    }
}
