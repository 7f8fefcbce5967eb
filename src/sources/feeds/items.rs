//! Feed documents (RSS 0.9x/1.0/2.0, Atom; parsed by `feed-rs`) -> items -> statements. An item
//! with its full text becomes a statement directly; an item that carries only a summary needs
//! its linked page, read by the same HTML reader as `.html` files.

use chrono::{DateTime, Utc};

use crate::model::{PublishedDate, Statement};
use crate::sources::draft::Draft;
use crate::sources::{SourceError, html, text};

/// Full texts shorter than this are summaries in disguise: the page is fetched instead.
const MIN_FULL_TEXT_CHARS: usize = 200;

#[derive(Debug, thiserror::Error)]
#[error("not a feed: {0}")]
pub struct FeedParseError(String);

/// One entry of a feed, as much as a statement needs.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedItem {
    /// The feed's id for the item (guid, Atom id, else derived from the link by feed-rs).
    pub id: String,
    pub title: Option<String>,
    pub link: Option<String>,
    pub published: Option<DateTime<Utc>>,
    pub language: Option<String>,
    /// The full text (HTML or plain), when the item carries it.
    pub content: Option<String>,
    pub summary: Option<String>,
}

impl FeedItem {
    /// True when the text must come from the linked page.
    pub fn needs_page(&self) -> bool {
        let full = self
            .content
            .as_deref()
            .is_some_and(|c| c.trim().chars().count() >= MIN_FULL_TEXT_CHARS);
        !full && self.link.is_some()
    }
}

/// Parses a feed document; items come in the feed's order (newest first, for most feeds).
pub fn parse_feed(bytes: &[u8], base_url: &str) -> Result<Vec<FeedItem>, FeedParseError> {
    let parser = feed_rs::parser::Builder::new()
        .base_uri(Some(base_url))
        .build();
    let feed = parser
        .parse(bytes)
        .map_err(|e| FeedParseError(e.to_string()))?;
    let feed_language = feed.language.clone();
    Ok(feed
        .entries
        .into_iter()
        .map(|entry| {
            let link = entry
                .links
                .iter()
                .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
                .or(entry.links.first())
                .map(|l| l.href.trim().to_string())
                .filter(|h| h.starts_with("http://") || h.starts_with("https://"));
            FeedItem {
                id: entry.id,
                title: entry.title.map(|t| t.content),
                link,
                published: entry.published.or(entry.updated),
                language: entry.language.or_else(|| feed_language.clone()),
                content: entry.content.and_then(|c| c.body),
                summary: entry.summary.map(|s| s.content),
            }
        })
        .collect())
}

/// The statement an item reports. `page` is the linked page's HTML, when it was fetched;
/// `language_hint` is the feed's configured language. `origin` names the feed (the statement's
/// path). Fails when neither the page, the content nor the summary has any text.
pub fn statement_of(
    item: &FeedItem,
    page: Option<&str>,
    language_hint: Option<&str>,
    origin: &str,
) -> Result<Statement, SourceError> {
    let from_markup = |markup: &str| -> Result<Draft, SourceError> {
        if markup.trim_start().starts_with('<') {
            html::parse(markup)
        } else {
            Ok(Draft {
                body: text::normalize_body(&text::decode_entities(markup)),
                ..Draft::default()
            })
        }
    };
    let mut draft = match (page, item.content.as_deref(), item.summary.as_deref()) {
        (Some(page), _, _) => html::parse(page)?,
        (None, Some(content), _) if !content.trim().is_empty() => from_markup(content)?,
        (None, _, Some(summary)) => from_markup(summary)?,
        _ => return Err(SourceError::Malformed("the item has no text".into())),
    };
    // What the item says fills what the page or text left open.
    if draft.url.is_none() {
        draft.url = item.link.clone();
    }
    if draft.title.is_none() {
        draft.title = item.title.as_deref().map(text::single_line);
    }
    if draft.published.is_none() {
        draft.published = item.published.map(|at| PublishedDate::day(at.date_naive()));
    }
    if draft.language.is_none() {
        draft.language = item
            .language
            .clone()
            .or_else(|| language_hint.map(str::to_owned));
    }
    draft.finish(origin)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0"?>
<rss version="2.0"><channel><title>Ministry news</title><language>en</language>
<item><title>Minister holds a phone call</title><link>https://ministry.test/news/1</link>
<guid>news-1</guid><pubDate>Tue, 02 Jul 2024 10:00:00 +0000</pubDate>
<description>A short note about the call.</description></item>
</channel></rss>"#;

    #[test]
    fn an_rss_item_with_only_a_summary_needs_its_page() {
        let items = parse_feed(RSS.as_bytes(), "https://ministry.test/rss").unwrap_or_default();
        assert_eq!(items.len(), 1);
        let item = &items[0];
        assert_eq!(item.id, "news-1");
        assert_eq!(item.link.as_deref(), Some("https://ministry.test/news/1"));
        assert!(item.needs_page());
        let page = "<html lang=\"en\"><head><title>Call</title></head><body><article>\
            <h1>Minister holds a phone call</h1><p>The minister spoke by phone with a colleague \
            about water.</p></article></body></html>";
        let statement = statement_of(item, Some(page), None, "feed Ministry");
        let statement = statement.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            statement.url.as_deref(),
            Some("https://ministry.test/news/1")
        );
        assert!(statement.body.contains("about water"));
        assert_eq!(
            statement.published.map(|p| p.to_string()).as_deref(),
            Some("2024-07-02")
        );
    }

    #[test]
    fn broken_xml_is_an_error_not_an_empty_feed() {
        assert!(parse_feed(b"<rss><channel><item><title>cut", "https://x.test/").is_err());
        assert!(parse_feed(b"not xml at all", "https://x.test/").is_err());
    }
}
