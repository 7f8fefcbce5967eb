//! HTML pages: the statement is the `<article>` (else `<main>`, else the body) without page
//! furniture; title, date, canonical URL and language come from the markup and meta tags.

use std::sync::LazyLock;

use ego_tree::NodeRef;
use ego_tree::iter::Edge;
use scraper::node::Element;
use scraper::{ElementRef, Html, Node, Selector};

use super::draft::Draft;
use super::{SourceError, dates, nesting, text};
use crate::model::PublishedDate;

fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("invalid built-in selector `{css}`: {e}"))
}

// Simple type selectors only: descendant combinators walk ancestors for every candidate,
// which a hostile, deeply nested page turns quadratic.
static ARTICLE: LazyLock<Selector> = LazyLock::new(|| selector("article"));
static MAIN: LazyLock<Selector> = LazyLock::new(|| selector("main"));
static BODY: LazyLock<Selector> = LazyLock::new(|| selector("body"));
static H1: LazyLock<Selector> = LazyLock::new(|| selector("h1"));
static TIME: LazyLock<Selector> = LazyLock::new(|| selector("time"));
static META: LazyLock<Selector> = LazyLock::new(|| selector("meta"));
static LINK: LazyLock<Selector> = LazyLock::new(|| selector("link"));
static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
static SCRIPT: LazyLock<Selector> = LazyLock::new(|| selector("script"));

/// How many `<article>` elements are examined for the one holding the headline.
const MAX_ARTICLES: usize = 20;
/// Bounds on the work spent on any one list of candidates (meta tags, JSON-LD blocks, times).
const MAX_CANDIDATES: usize = 500;

pub(crate) fn parse(source: &str) -> Result<Draft, SourceError> {
    if nesting::exceeds_depth(source, nesting::MAX_HTML_DEPTH) {
        return Err(SourceError::Malformed(format!(
            "HTML nests elements more than {} levels deep",
            nesting::MAX_HTML_DEPTH
        )));
    }
    let document = Html::parse_document(source);
    let meta = MetaTags::collect(&document);
    let article = pick_article(&document);
    let root = article
        .or_else(|| document.select(&MAIN).next())
        .or_else(|| document.select(&BODY).next())
        .unwrap_or_else(|| document.root_element());

    let headline = root.select(&H1).next();
    let headline_text = headline.map(|h1| text::single_line(&h1.text().collect::<String>()));
    let title = match (&article, &headline_text) {
        (Some(_), Some(h1)) if !h1.is_empty() => Some(h1.clone()),
        _ => meta
            .og_title
            .clone()
            .or_else(|| page_title(&document))
            .or_else(|| headline_text.clone().filter(|h| !h.is_empty())),
    };
    // The headline is the title: keep it out of the body so it is not read twice.
    let skipped_headline = headline
        .filter(|_| article.is_some() || headline_text.is_some() && headline_text == title)
        .map(|h1| h1.id());

    let body = text::normalize_body(&visible_text(root, skipped_headline));
    if body.is_empty() {
        return Err(SourceError::Malformed("HTML page has no readable text".into()));
    }

    let published = if article.is_some() || root.value().name() == "main" { time_in(root) } else { None }
        .or_else(|| meta.published())
        .or_else(|| json_ld_published(&document));
    let url = canonical_url(&document).or(meta.og_url);
    let language = document
        .root_element()
        .attr("lang")
        .or_else(|| document.root_element().attr("xml:lang"))
        .map(str::to_owned)
        .or(meta.content_language)
        .or(meta.og_locale);

    Ok(Draft { title, url, published, language, body })
}

/// The `<article>` holding an `<h1>` (pages list teasers as articles too), else the first one.
fn pick_article(document: &Html) -> Option<ElementRef<'_>> {
    let mut first = None;
    for article in document.select(&ARTICLE).take(MAX_ARTICLES) {
        if article.select(&H1).next().is_some() {
            return Some(article);
        }
        first.get_or_insert(article);
    }
    first
}

/// `<title>` without a trailing ` | Site name`.
fn page_title(document: &Html) -> Option<String> {
    let title = document.select(&TITLE).next()?.text().collect::<String>();
    let title = text::single_line(&title);
    let title = match title.rsplit_once(" | ") {
        Some((head, _)) if !head.trim().is_empty() => head.trim().to_owned(),
        _ => title,
    };
    (!title.is_empty()).then_some(title)
}

/// `<link rel="canonical" href="https://...">`; relative links cannot identify a statement.
fn canonical_url(document: &Html) -> Option<String> {
    document
        .select(&LINK)
        .take(MAX_CANDIDATES)
        .filter(|link| link.attr("rel").is_some_and(|rel| rel.split_ascii_whitespace().any(|r| r.eq_ignore_ascii_case("canonical"))))
        .filter_map(|link| link.attr("href"))
        .map(str::trim)
        .find(|href| is_absolute(href))
        .map(str::to_owned)
}

fn is_absolute(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

/// The first `<time>` inside `root` whose `datetime` (or text) is a date.
fn time_in(root: ElementRef<'_>) -> Option<PublishedDate> {
    root.select(&TIME).take(MAX_CANDIDATES).find_map(|time| match time.attr("datetime") {
        Some(value) => dates::parse_declared(value),
        None => dates::parse_declared(&time.text().collect::<String>()),
    })
}

/// The meta tags that describe the statement.
#[derive(Default)]
struct MetaTags {
    og_title: Option<String>,
    og_url: Option<String>,
    og_locale: Option<String>,
    content_language: Option<String>,
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
    fn collect(document: &Html) -> Self {
        let mut tags = Self::default();
        for meta in document.select(&META).take(MAX_CANDIDATES) {
            let element = meta.value();
            let Some(content) = element.attr("content").map(str::trim).filter(|c| !c.is_empty()) else {
                continue;
            };
            let Some(key) = ["property", "name", "itemprop", "http-equiv"].iter().find_map(|a| element.attr(a)) else {
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
        tags.og_title = tags.og_title.map(|t| text::single_line(&t)).filter(|t| !t.is_empty());
        tags.og_url = tags.og_url.filter(|u| is_absolute(u));
        tags
    }

    fn published(&self) -> Option<PublishedDate> {
        self.dates.iter().flatten().find_map(|d| dates::parse_declared(d))
    }
}

/// `datePublished` from JSON-LD blocks (also inside `@graph` and nested objects).
fn json_ld_published(document: &Html) -> Option<PublishedDate> {
    const MAX_VISITED: usize = 10_000;
    for script in document.select(&SCRIPT).take(MAX_CANDIDATES) {
        if !script.attr("type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) {
            continue;
        }
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&script.text().collect::<String>()) else {
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
                    if let Some(date) = map.get("datePublished").and_then(|d| d.as_str()).and_then(dates::parse_declared) {
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

/// Elements that never hold statement text.
const FURNITURE: &[&str] = &[
    "nav", "header", "footer", "aside", "script", "style", "form", "noscript", "template", "svg", "iframe", "button",
    "select", "textarea", "input", "object", "embed", "canvas", "audio", "video", "dialog", "menu",
];

/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "blockquote", "pre", "table", "tr", "figure", "figcaption", "address", "hr", "details", "summary", "center",
];

/// Containers in which a lone `<time>` is the page's date stamp rather than part of a sentence.
const STAMP_PARENTS: &[&str] = &["article", "main", "body", "section", "div", "header"];

/// Class or id words of page widgets that are dropped whatever their size.
const ALWAYS_NOISE: &[&str] = &["cookie", "cookies", "consent", "gdpr"];
/// Class or id words of page widgets that are dropped when they hold little text (a
/// `share-enabled` article body must survive).
const SHORT_NOISE: &[&str] = &[
    "share", "shares", "sharing", "social", "socials", "breadcrumb", "breadcrumbs", "newsletter", "subscribe",
    "related", "comments", "advert", "advertisement", "ads", "promo", "popup", "modal", "print", "tools", "toolbar",
    "pagination", "pager", "sidebar", "skip", "hidden",
];
/// Landmark roles of page furniture.
const NOISE_ROLES: &[&str] = &["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"];

/// How much text a "short" widget may hold, and how many nodes are counted to decide.
const SHORT_WIDGET_CHARS: usize = 400;
const SHORT_WIDGET_NODES: usize = 2_000;

enum Noise {
    No,
    Always,
    IfShort,
}

fn noise(element: &Element) -> Noise {
    if FURNITURE.contains(&element.name()) || element.attr("hidden").is_some() {
        return Noise::Always;
    }
    if element.attr("aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true")) {
        return Noise::Always;
    }
    if element.attr("role").is_some_and(|r| NOISE_ROLES.iter().any(|n| r.trim().eq_ignore_ascii_case(n))) {
        return Noise::Always;
    }
    let mut verdict = Noise::No;
    for value in [element.attr("class"), element.attr("id")].into_iter().flatten() {
        for word in value.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
            let word = word.to_ascii_lowercase();
            if ALWAYS_NOISE.contains(&word.as_str()) {
                return Noise::Always;
            }
            if SHORT_NOISE.contains(&word.as_str()) {
                verdict = Noise::IfShort;
            }
        }
    }
    verdict
}

fn holds_little_text(node: NodeRef<'_, Node>) -> bool {
    let mut chars = 0;
    for (visited, descendant) in node.descendants().enumerate() {
        if visited > SHORT_WIDGET_NODES {
            return false;
        }
        if let Node::Text(t) = descendant.value() {
            chars += t.trim().chars().count();
            if chars > SHORT_WIDGET_CHARS {
                return false;
            }
        }
    }
    true
}

fn should_skip(node: NodeRef<'_, Node>, element: &Element) -> bool {
    match noise(element) {
        Noise::Always => true,
        Noise::IfShort => holds_little_text(node),
        Noise::No => {
            element.name() == "time"
                && node
                    .parent()
                    .and_then(|p| p.value().as_element().map(|e| STAMP_PARENTS.contains(&e.name())))
                    .unwrap_or(false)
        }
    }
}

/// The text a reader sees in `root`: furniture dropped, blocks separated by blank lines.
/// Iterative, so nesting depth cannot overflow the stack.
fn visible_text(root: ElementRef<'_>, skipped: Option<ego_tree::NodeId>) -> String {
    let mut out = String::new();
    let mut skipping: Option<ego_tree::NodeId> = None;
    let mut preformatted = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => {
                        if preformatted > 0 {
                            out.push_str(t);
                        } else {
                            out.extend(t.chars().map(|c| if c == '\n' || c == '\r' { ' ' } else { c }));
                        }
                    }
                    Node::Element(element) => {
                        let is_root = node.id() == root.id();
                        if !is_root && (Some(node.id()) == skipped || should_skip(node, element)) {
                            skipping = Some(node.id());
                            continue;
                        }
                        match element.name() {
                            "br" => out.push('\n'),
                            "pre" => preformatted += 1,
                            "td" | "th" => out.push(' '),
                            name if BLOCKS.contains(&name) => out.push_str("\n\n"),
                            _ => {}
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_some() {
                    continue;
                }
                if let Node::Element(element) = node.value() {
                    if element.name() == "pre" {
                        preformatted = preformatted.saturating_sub(1);
                    }
                    if BLOCKS.contains(&element.name()) {
                        out.push_str("\n\n");
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_without_furniture() {
        let page = r#"<html lang="de-DE"><head><title>Site | Home</title>
            <link rel="canonical" href="https://x.test/news/1"></head>
            <body><nav>Menu</nav><article><h1>Headline here</h1><time datetime="2024-06-20T10:00:00+02:00">20.6.</time>
            <div class="share">Share this</div><p>First &amp; one.</p><p>Second <b>bold</b> one.</p></article>
            <footer>Footer</footer></body></html>"#;
        let draft = parse(page).ok();
        let fields = draft.map(|d| (d.title, d.url, d.published.map(|p| p.to_string()), d.language, d.body));
        assert_eq!(
            fields,
            Some((
                Some("Headline here".into()),
                Some("https://x.test/news/1".into()),
                Some("2024-06-20".into()),
                Some("de-DE".into()),
                "First & one.\n\nSecond bold one.".into()
            ))
        );
    }
}
