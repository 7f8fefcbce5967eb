//! Publication dates: declared values in the formats sources use, and dates found in URLs.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::model::PublishedDate;

/// Parses a declared publication date: what [`PublishedDate::parse`] accepts (`YYYY-MM-DD`,
/// `YYYY-MM`, RFC 3339), plus RFC 2822 (feeds, HTTP-style meta tags), `YYYY/MM/DD` and
/// `DD.MM.YYYY`.
pub fn parse_declared(text: &str) -> Option<PublishedDate> {
    let text = text.trim();
    if text.is_empty() || text.len() > 64 {
        return None;
    }
    PublishedDate::parse(text)
        .or_else(|| {
            chrono::DateTime::parse_from_rfc2822(text)
                .ok()
                .map(|dt| PublishedDate::day(dt.date_naive()))
        })
        .or_else(|| {
            NaiveDate::parse_from_str(text, "%Y/%m/%d")
                .ok()
                .map(PublishedDate::day)
        })
        .or_else(|| {
            NaiveDate::parse_from_str(text, "%d.%m.%Y")
                .ok()
                .map(PublishedDate::day)
        })
        .filter(plausible)
}

/// `/2024/06/20/`, `/2024-06-20`, `_20240620`, and `/2024/06/` (month precision) in a URL path.
static URL_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^0-9])((?:19|20)[0-9]{2})([/_-]?)([01][0-9])([/_-]?)([0-3][0-9])(?:[^0-9]|$)",
    )
    .expect("valid URL day pattern")
});
static URL_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/((?:19|20)[0-9]{2})/([01][0-9])(?:/|$)").expect("valid URL month pattern")
});

/// The publication date a URL path carries, if any. Only the path is searched (host names
/// have digits too), and separators must match (`2024-06/20` is not a date).
pub fn from_url(url: &str) -> Option<PublishedDate> {
    let path = url_path(url);
    for caps in URL_DAY.captures_iter(path) {
        if caps[2] != caps[4] {
            continue;
        }
        let (Ok(year), Ok(month), Ok(day)) = (caps[1].parse(), caps[3].parse(), caps[5].parse())
        else {
            continue;
        };
        if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
            return Some(PublishedDate::day(date));
        }
    }
    let caps = URL_MONTH.captures(path)?;
    PublishedDate::month(caps[1].parse().ok()?, caps[2].parse().ok()?)
}

/// The part of a URL after the host (the whole string when it has no scheme).
fn url_path(url: &str) -> &str {
    match url.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("", |slash| &rest[slash..]),
        None => url,
    }
}

/// Rejects years no statement can have (typos such as `0224-06-01`).
fn plausible(date: &PublishedDate) -> bool {
    use chrono::Datelike;
    (1900..=2200).contains(&date.date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(date: Option<PublishedDate>) -> Option<String> {
        date.map(|d| d.to_string())
    }

    #[test]
    fn dates_in_urls() {
        assert_eq!(
            shown(from_url("https://x.test/news/2024/06/20/call")),
            Some("2024-06-20".into())
        );
        assert_eq!(
            shown(from_url("https://x.test/a/20240620_x.aspx")),
            Some("2024-06-20".into())
        );
        assert_eq!(
            shown(from_url("https://x.test/a-2024-06-20-b")),
            Some("2024-06-20".into())
        );
        assert_eq!(
            shown(from_url("https://x.test/statements/2025/03/call/")),
            Some("2025-03".into())
        );
        assert_eq!(shown(from_url("https://x2024.test/news/77351")), None);
        assert_eq!(shown(from_url("https://x.test/news/2024-13-45")), None);
    }

    #[test]
    fn declared_formats() {
        assert_eq!(
            shown(parse_declared("2023-08-02T17:05:00+03:00")),
            Some("2023-08-02".into())
        );
        assert_eq!(
            shown(parse_declared("Thu, 20 Jun 2024 10:00:00 +0000")),
            Some("2024-06-20".into())
        );
        assert_eq!(
            shown(parse_declared("20.06.2024")),
            Some("2024-06-20".into())
        );
        assert_eq!(shown(parse_declared("2024-06")), Some("2024-06".into()));
        assert_eq!(shown(parse_declared("soon")), None);
    }
}
