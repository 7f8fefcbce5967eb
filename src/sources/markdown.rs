//! Markdown with optional YAML front matter (`title`, `date`, `url` or `source`, `language`)
//! between `---` lines. The body is stripped of simple markdown syntax.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;
use serde_yaml_ng::Value;

use super::draft::{Draft, declared_date};
use super::{SourceError, text};

pub(crate) fn parse(text: &str, warnings: &mut Vec<String>) -> Result<Draft, SourceError> {
    let (yaml, body) = split_front_matter(text)?;
    let meta = match yaml {
        Some(yaml) => FrontMatter::parse(yaml)?,
        None => FrontMatter::default(),
    };
    let (heading, body) = leading_heading(body);
    let body = text::normalize_body(&text::decode_entities(&strip_markdown(body)));
    let heading = heading.map(|h| text::single_line(&text::decode_entities(&strip_inline(h))));
    let (title, body) = match (meta.title, heading) {
        // The heading repeats the declared title: drop it from the body.
        (Some(title), Some(heading)) if text::single_line(&title) == heading => (Some(title), body),
        // A different heading stays part of the text.
        (Some(title), Some(heading)) => (Some(title), join_paragraphs(&heading, &body)),
        (None, heading) => (heading, body),
        (Some(title), None) => (Some(title), body),
    };
    Ok(Draft {
        title,
        url: meta.url,
        published: declared_date(meta.date.as_deref(), warnings),
        language: meta.language,
        body,
    })
}

fn join_paragraphs(first: &str, rest: &str) -> String {
    if rest.is_empty() {
        first.to_owned()
    } else {
        format!("{first}\n\n{rest}")
    }
}

/// Splits `---\n<yaml>\n---\n<body>`; a text that does not open with `---` has no front matter.
fn split_front_matter(text: &str) -> Result<(Option<&str>, &str), SourceError> {
    let Some(first_end) = text.find('\n') else {
        return Ok((None, text));
    };
    if text[..first_end].trim_end() != "---" {
        return Ok((None, text));
    }
    let yaml_start = first_end + 1;
    let mut offset = yaml_start;
    for line in text[yaml_start..].split_inclusive('\n') {
        if matches!(line.trim_end(), "---" | "...") {
            return Ok((
                Some(&text[yaml_start..offset]),
                &text[offset + line.len()..],
            ));
        }
        offset += line.len();
    }
    Err(SourceError::Malformed(
        "front matter opened with `---` is never closed".into(),
    ))
}

/// The metadata fields we read from front matter; other keys are ignored.
#[derive(Default)]
struct FrontMatter {
    title: Option<String>,
    date: Option<String>,
    url: Option<String>,
    language: Option<String>,
}

impl FrontMatter {
    fn parse(yaml: &str) -> Result<Self, SourceError> {
        // Real front matter is a few lines; the YAML parser slows down badly on huge nested input.
        const MAX_FRONT_MATTER_BYTES: usize = 16 * 1024;
        if yaml.len() > MAX_FRONT_MATTER_BYTES {
            return Err(SourceError::Malformed(format!(
                "front matter is over {} KiB",
                MAX_FRONT_MATTER_BYTES / 1024
            )));
        }
        let value: Value = serde_yaml_ng::from_str(yaml).map_err(|e| {
            let message = e.to_string();
            let message = message
                .split(" at line ")
                .next()
                .unwrap_or(&message)
                .to_owned();
            match e.location() {
                // +1: the opening `---` is line 1 of the file.
                Some(at) => SourceError::Malformed(format!(
                    "broken front matter at line {}, column {}: {message}",
                    at.line() + 1,
                    at.column()
                )),
                None => SourceError::Malformed(format!("broken front matter: {message}")),
            }
        })?;
        let mapping = match value {
            Value::Null => return Ok(Self::default()),
            Value::Mapping(mapping) => mapping,
            _ => {
                return Err(SourceError::Malformed(
                    "broken front matter: expected `key: value` lines".into(),
                ));
            }
        };
        let mut meta = Self::default();
        let mut source = None;
        for (key, value) in &mapping {
            let (Some(key), Some(value)) = (key.as_str(), scalar(value)) else {
                continue;
            };
            let slot = match key.to_ascii_lowercase().as_str() {
                "title" => &mut meta.title,
                "date" | "published" | "pubdate" | "published_at" => &mut meta.date,
                "url" | "canonical" | "link" | "permalink" => &mut meta.url,
                "source" => &mut source,
                "language" | "lang" | "locale" => &mut meta.language,
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some(value);
            }
        }
        // `source` may be a web address or a plain name ("Kremlin press service").
        if meta.url.is_none() {
            meta.url = source.filter(|s| s.starts_with("http://") || s.starts_with("https://"));
        }
        Ok(meta)
    }
}

fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A level-one `# Heading` as the first non-blank line: the title when none is declared.
fn leading_heading(body: &str) -> (Option<&str>, &str) {
    let start = body.len() - body.trim_start().len();
    let rest = &body[start..];
    let line_end = rest.find('\n').unwrap_or(rest.len());
    let line = rest[..line_end].trim_end();
    match line.strip_prefix("# ") {
        Some(heading) if !heading.trim().is_empty() => (
            Some(heading.trim().trim_end_matches('#').trim_end()),
            &rest[line_end..],
        ),
        _ => (None, body),
    }
}

static BLOCK_QUOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:>[ \t]?)+").expect("valid quote pattern"));
static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^#{1,6}(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$").expect("valid heading pattern")
});
static LIST_MARKER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[-*+][ \t]+").expect("valid list pattern"));
/// `---`, `***`, `___` rules and setext `===` / `---` underlines.
static RULE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+)$")
        .expect("valid rule pattern")
});
static REFERENCE_DEFINITION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\[[^\]]+\]:[ \t]*\S+").expect("valid reference pattern"));

/// Inline syntax, replaced in this order (images before links, strong before emphasis).
static INLINE: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    [
        (r"!\[([^\]]*)\]\([^)]*\)", "$1"),
        (r"\[([^\]]*)\]\([^)]*\)", "$1"),
        (r"\[([^\]]+)\]\[[^\]]*\]", "$1"),
        (r"<(https?://[^>\s]+)>", "$1"),
        (r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", ""),
        (r"`([^`]*)`", "$1"),
        (r"\*\*(\S(?:[^*]*?\S)?)\*\*", "$1"),
        (r"__(\S(?:[^_]*?\S)?)__", "$1"),
        (r"\*(\S(?:[^*]*?\S)?)\*", "$1"),
        (
            r"(^|[^\p{L}\p{N}_])_(\S(?:[^_]*?\S)?)_([^\p{L}\p{N}_]|$)",
            "$1$2$3",
        ),
        (r"~~(\S(?:[^~]*?\S)?)~~", "$1"),
    ]
    .into_iter()
    .map(|(pattern, replacement)| {
        (
            Regex::new(pattern).expect("valid inline markdown pattern"),
            replacement,
        )
    })
    .collect()
});

/// Removes block syntax line by line (code fences keep their content) and inline syntax.
fn strip_markdown(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut in_fence = false;
    for line in body.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
            out.push('\n');
            continue;
        }
        if in_fence {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        if RULE.is_match(trimmed) || REFERENCE_DEFINITION.is_match(trimmed) {
            out.push('\n');
            continue;
        }
        let line = BLOCK_QUOTE
            .find(trimmed)
            .map_or(trimmed, |m| &trimmed[m.end()..]);
        let line = match HEADING.captures(line) {
            Some(caps) => caps.get(1).map_or("", |m| m.as_str()),
            None => LIST_MARKER.find(line).map_or(line, |m| &line[m.end()..]),
        };
        out.push_str(&strip_inline(line));
        out.push('\n');
    }
    out
}

fn strip_inline(line: &str) -> Cow<'_, str> {
    if !line.contains(['*', '_', '[', '<', '`', '~']) {
        return Cow::Borrowed(line);
    }
    let mut text = Cow::Borrowed(line);
    for (pattern, replacement) in INLINE.iter() {
        if let Cow::Owned(replaced) = pattern.replace_all(&text, *replacement) {
            text = Cow::Owned(replaced);
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_simple_markdown() {
        let body = "## Call\n\n**Strong** and *em* and _under_ with [a link](https://x.test) and snake_case_word.\n\n> quoted\n- item\n\n---\n";
        assert_eq!(
            text::normalize_body(&strip_markdown(body)),
            "Call\n\nStrong and em and under with a link and snake_case_word.\n\nquoted\nitem"
        );
    }

    #[test]
    fn front_matter_fields() {
        let text = "---\ntitle: \"T\"\ndate: 2024-04-18\nsource: https://x.test/a\nlanguage: es\n---\n\nBody text.\n";
        let draft = parse(text, &mut Vec::new()).ok();
        let fields = draft.map(|d| {
            (
                d.title,
                d.url,
                d.published.map(|p| p.to_string()),
                d.language,
                d.body,
            )
        });
        assert_eq!(
            fields,
            Some((
                Some("T".into()),
                Some("https://x.test/a".into()),
                Some("2024-04-18".into()),
                Some("es".into()),
                "Body text.".into()
            ))
        );
    }

    #[test]
    fn windows_line_endings() {
        let text = "---\r\ntitle: T\r\ndate: 2024-04\r\n---\r\n\r\nLine one\r\n\r\nLine two\r\n";
        let draft = parse(text, &mut Vec::new()).ok();
        let fields = draft.map(|d| (d.title, d.published.map(|p| p.to_string()), d.body));
        assert_eq!(
            fields,
            Some((
                Some("T".into()),
                Some("2024-04".into()),
                "Line one\n\nLine two".into()
            ))
        );
    }

    #[test]
    fn broken_front_matter_is_an_error() {
        assert!(parse("---\ntitle: [unclosed\n---\nBody", &mut Vec::new()).is_err());
        assert!(parse("---\ntitle: x\nBody without end", &mut Vec::new()).is_err());
        assert!(parse("---\n- a list\n---\nBody", &mut Vec::new()).is_err());
    }
}
