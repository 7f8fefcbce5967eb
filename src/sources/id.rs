//! Stable statement ids: re-ingesting the same statement must give the same id, and two
//! different statements must not share one.
//!
//! A URL that identifies a page gives the id (normalised first, so tracking parameters,
//! `http`/`https`, `www.`, a trailing `/` or a fragment do not make another statement). A URL
//! that does not identify the page (a site root, as some HTML pages give as their canonical
//! link) or no URL at all: the id comes from what does identify the statement — the site it
//! came from, its publication date, its title and its text.

use sha2::{Digest, Sha256};

use crate::model::PublishedDate;

/// What a statement's id is built from.
#[derive(Debug, Clone, Copy, Default)]
pub struct IdParts<'a> {
    pub url: Option<&'a str>,
    pub published: Option<PublishedDate>,
    pub title: Option<&'a str>,
    pub body: &'a str,
}

/// 16 lowercase hex characters of a SHA-256 (see the module doc for what is hashed).
pub fn stable_id(parts: &IdParts<'_>) -> String {
    let url = parts
        .url
        .map(str::trim)
        .filter(|u| !u.is_empty())
        .map(normalize_url);
    let mut hasher = Sha256::new();
    match &url {
        Some(url) if identifies_page(url) => hasher.update(url.as_bytes()),
        _ => {
            // Fields separated by a byte no text holds, so they cannot run into each other.
            hasher.update(b"statement\x1f");
            hasher.update(url.as_deref().map_or("", host_of).as_bytes());
            hasher.update(b"\x1f");
            if let Some(published) = parts.published {
                hasher.update(published.to_string().as_bytes());
            }
            hasher.update(b"\x1f");
            hash_words(&mut hasher, parts.title.unwrap_or(""));
            hasher.update(b"\x1f");
            hash_words(&mut hasher, parts.body);
        }
    }
    let digest = hasher.finalize();
    let mut id = String::with_capacity(16);
    for byte in &digest[..8] {
        id.push(char::from(HEX[usize::from(byte >> 4)]));
        id.push(char::from(HEX[usize::from(byte & 0x0F)]));
    }
    id
}

/// White space collapsed, so re-wrapping a text does not change its id.
fn hash_words(hasher: &mut Sha256, text: &str) {
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            hasher.update(b" ");
        }
        hasher.update(word.as_bytes());
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Query parameters that only say how a reader arrived, never which page it is.
fn is_tracking(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.starts_with("utm_")
        || matches!(
            name.as_str(),
            "fbclid" | "gclid" | "dclid" | "msclkid" | "mc_cid" | "mc_eid" | "yclid" | "igshid"
        )
}

/// The URL without fragment and tracking parameters, as shown to users (scheme and host as
/// the publisher wrote them, so the link still works).
pub fn clean_url(url: &str) -> String {
    let url = url.trim();
    let url = url.split_once('#').map_or(url, |(before, _)| before);
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    // A trailing `/` after a path (not after the host alone) names the same page.
    let base = match base.split_once("://") {
        Some((_, rest)) if rest.trim_end_matches('/').contains('/') => base.trim_end_matches('/'),
        _ => base,
    };
    let url = match query {
        Some(query) => format!("{base}?{query}"),
        None => base.to_string(),
    };
    let url = url.as_str();
    match url.split_once('?') {
        Some((base, query)) => {
            let kept: Vec<&str> = query
                .split('&')
                .filter(|p| !p.is_empty())
                .filter(|p| !is_tracking(p.split('=').next().unwrap_or("")))
                .collect();
            if kept.is_empty() {
                base.to_string()
            } else {
                format!("{base}?{}", kept.join("&"))
            }
        }
        None => url.to_string(),
    }
}

/// The form two addresses of one page share: `https`, host lower-cased without `www.` or a
/// default port, no trailing `/`, no fragment, no tracking parameters.
pub fn normalize_url(url: &str) -> String {
    let cleaned = clean_url(url);
    let Some((scheme, rest)) = cleaned.split_once("://") else {
        return cleaned.trim_end_matches('/').to_string();
    };
    let scheme = scheme.to_ascii_lowercase();
    let scheme = if scheme == "http" { "https" } else { &scheme };
    let (authority, tail) = match rest.find(['/', '?']) {
        Some(at) => rest.split_at(at),
        None => (rest, ""),
    };
    let host = authority.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let host = host
        .strip_suffix(":443")
        .or_else(|| host.strip_suffix(":80"))
        .unwrap_or(host);
    let (path, query) = match tail.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (tail, None),
    };
    let path = path.trim_end_matches('/');
    match query {
        Some(query) => format!("{scheme}://{host}{path}?{query}"),
        None => format!("{scheme}://{host}{path}"),
    }
}

/// The host of a normalised URL (empty when there is none).
fn host_of(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.split(['/', '?']).next().unwrap_or("")
}

/// False for a site root (`https://mfa.gov`), which many pages give as their canonical link.
fn identifies_page(normalized: &str) -> bool {
    let Some((_, rest)) = normalized.split_once("://") else {
        return !normalized.is_empty();
    };
    rest.find(['/', '?']).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(url: Option<&str>, published: Option<&str>, title: Option<&str>, body: &str) -> String {
        stable_id(&IdParts {
            url,
            published: published.and_then(PublishedDate::parse),
            title,
            body,
        })
    }

    #[test]
    fn a_page_is_one_id_whatever_address_it_came_by() {
        let id = of(Some("https://mfa.gov/press/123"), None, None, "x");
        assert_eq!(id.len(), 16);
        assert!(
            id.bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase())
        );
        for same in [
            "http://mfa.gov/press/123",
            "https://www.mfa.gov/press/123/",
            "https://MFA.gov/press/123#top",
            "https://mfa.gov/press/123?utm_source=x&utm_medium=y",
            "https://mfa.gov/press/123?fbclid=abc",
            "https://mfa.gov:443/press/123?gclid=1",
        ] {
            assert_eq!(of(Some(same), None, None, "y"), id, "{same}");
        }
        assert_ne!(of(Some("https://mfa.gov/press/124"), None, None, "x"), id);
        assert_ne!(
            of(Some("https://mfa.gov/press?id=124"), None, None, "x"),
            of(Some("https://mfa.gov/press?id=125"), None, None, "x"),
            "a query that names the page is kept"
        );
    }

    #[test]
    fn without_a_page_url_the_date_title_and_text_tell_statements_apart() {
        let body = "The Minister held a phone call.";
        let june = of(None, Some("2024-06-01"), None, body);
        assert_ne!(june, of(None, Some("2024-06-02"), None, body));
        assert_eq!(
            june,
            of(
                None,
                Some("2024-06-01"),
                None,
                " The  Minister held\na phone call. "
            )
        );
        assert_ne!(june, of(None, Some("2024-06-01"), Some("Call"), body));
        let root = of(Some("https://mfa.gov/"), Some("2024-06-01"), None, body);
        assert_eq!(
            root,
            of(Some("http://www.mfa.gov"), Some("2024-06-01"), None, body)
        );
        assert_ne!(
            root,
            of(
                Some("https://mfa.gov/"),
                Some("2024-06-01"),
                None,
                "Another text."
            )
        );
        assert_ne!(
            root,
            of(Some("https://other.gov/"), Some("2024-06-01"), None, body)
        );
    }

    #[test]
    fn clean_urls_drop_only_tracking_and_fragments() {
        assert_eq!(
            clean_url(" http://www.mfa.gov/a?id=3&utm_source=x#p "),
            "http://www.mfa.gov/a?id=3"
        );
    }
}
