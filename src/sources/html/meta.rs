//! What the page says about the statement outside its text: meta tags, JSON-LD, the
//! canonical link.

use scraper::Html;

use super::{LINK, MAX_CANDIDATES, META, SCRIPT};
use crate::model::PublishedDate;
use crate::sources::{dates, text};

/// `<link rel="canonical" href="https://...">`; relative links cannot identify a statement.
pub(super) fn canonical_url(document: &Html) -> Option<String> {
    document
        .select(&LINK)
        .take(MAX_CANDIDATES)
        .filter(|link| {
            link.attr("rel").is_some_and(|rel| {
                rel.split_ascii_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("canonical"))
            })
        })
        .filter_map(|link| link.attr("href"))
        .map(str::trim)
        .find(|href| is_absolute(href))
        .map(str::to_owned)
}

fn is_absolute(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

/// The meta tags that describe the statement.
#[derive(Default)]
pub(super) struct MetaTags {
    pub og_title: Option<String>,
    pub og_url: Option<String>,
    pub og_locale: Option<String>,
    pub content_language: Option<String>,
    /// Declared publication dates by priority (see [`DATE_KEYS`]).
    dates: [Option<String>; DATE_KEYS.len()],
}

/// Meta keys that hold the publication date, most specific first.
const DATE_KEYS: [&str; 9] = [
    "article:published_time",
    "datepublished",
    "date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "pubdate",
    "og:published_time",
];

impl MetaTags {
    pub(super) fn collect(document: &Html) -> Self {
        let mut tags = Self::default();
        for meta in document.select(&META).take(MAX_CANDIDATES) {
            let element = meta.value();
            let Some(content) = element
                .attr("content")
                .map(str::trim)
                .filter(|c| !c.is_empty())
            else {
                continue;
            };
            let Some(key) = ["property", "name", "itemprop", "http-equiv"]
                .iter()
                .find_map(|a| element.attr(a))
            else {
                continue;
            };
            let key = key.trim().to_ascii_lowercase();
            let slot = match key.as_str() {
                "og:title" => &mut tags.og_title,
                "og:url" => &mut tags.og_url,
                "og:locale" => &mut tags.og_locale,
                "content-language" | "language" | "dc.language" => &mut tags.content_language,
                _ => match DATE_KEYS.iter().position(|k| *k == key) {
                    Some(priority) => &mut tags.dates[priority],
                    None => continue,
                },
            };
            if slot.is_none() {
                *slot = Some(content.to_owned());
            }
        }
        tags.og_title = tags
            .og_title
            .map(|t| text::single_line(&t))
            .filter(|t| !t.is_empty());
        tags.og_url = tags.og_url.filter(|u| is_absolute(u));
        tags
    }

    pub(super) fn published(&self) -> Option<PublishedDate> {
        self.dates
            .iter()
            .flatten()
            .find_map(|d| dates::parse_declared(d))
    }
}

/// `datePublished` from JSON-LD blocks (also inside `@graph` and nested objects).
pub(super) fn json_ld_published(document: &Html) -> Option<PublishedDate> {
    const MAX_VISITED: usize = 10_000;
    for script in document.select(&SCRIPT).take(MAX_CANDIDATES) {
        if !script
            .attr("type")
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
        {
            continue;
        }
        let Ok(value) =
            serde_json::from_str::<serde_json::Value>(&script.text().collect::<String>())
        else {
            continue;
        };
        let mut stack = vec![&value];
        let mut visited = 0;
        while let Some(value) = stack.pop() {
            visited += 1;
            if visited > MAX_VISITED {
                break;
            }
            match value {
                serde_json::Value::Object(map) => {
                    if let Some(date) = map
                        .get("datePublished")
                        .and_then(|d| d.as_str())
                        .and_then(dates::parse_declared)
                    {
                        return Some(date);
                    }
                    stack.extend(map.values());
                }
                serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
                _ => {}
            }
        }
    }
    None
}
