//! HTML pages: the statement is the `<article>` (else `<main>`, else the body) without page
//! furniture; title, date, canonical URL and language come from the markup and meta tags.

use std::sync::LazyLock;

mod meta;
mod nesting;
mod visible;

use scraper::{ElementRef, Html, Selector};

use crate::model::PublishedDate;
use crate::sources::draft::Draft;
use crate::sources::{SourceError, dates, text};
use meta::{MetaTags, canonical_url, json_ld_published};
use visible::visible_text;

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
    // The statement's part of the page; when it holds no text (an `<article>` used as a
    // title card), the next wider one.
    let candidates = [
        article,
        document.select(&MAIN).next(),
        document.select(&BODY).next(),
    ];
    let found = candidates.into_iter().flatten().find_map(|root| {
        let (title, skipped_headline) =
            title_and_headline(&document, root, Some(root) == article, &meta);
        let body = text::normalize_body(&visible_text(root, skipped_headline));
        (!body.is_empty()).then_some((root, title, body))
    });
    let Some((root, title, body)) = found else {
        return Err(SourceError::Malformed(
            "HTML page has no readable text".into(),
        ));
    };

    // A `<time>` anywhere in a whole page may date a sidebar item; inside the statement, out
    // of its running text, it is the date; in the text it is a date the text speaks of.
    let statement_time = match root.value().name() {
        "article" | "main" => time_in(root),
        _ => None,
    };
    let published = statement_time
        .or_else(|| meta.published())
        .or_else(|| json_ld_published(&document));
    let url = canonical_url(&document).or(meta.og_url);
    let html = document.root_element();
    let language = html
        .attr("lang")
        .or_else(|| html.attr("xml:lang"))
        .map(str::to_owned)
        .or(meta.content_language)
        .or(meta.og_locale);

    Ok(Draft {
        title,
        url,
        published,
        language,
        body,
    })
}

/// The title: the article's `<h1>`, else `og:title`, else `<title>`, else the page's `<h1>`.
/// Also the `<h1>` to leave out of the body because the title already carries it.
fn title_and_headline(
    document: &Html,
    root: ElementRef<'_>,
    in_article: bool,
    meta: &MetaTags,
) -> (Option<String>, Option<ego_tree::NodeId>) {
    let headline = root.select(&H1).next();
    let headline_text = headline
        .map(|h1| text::single_line(&h1.text().collect::<String>()))
        .filter(|h| !h.is_empty());
    let title = match &headline_text {
        Some(h1) if in_article => Some(h1.clone()),
        _ => meta
            .og_title
            .clone()
            .or_else(|| page_title(document))
            .or_else(|| headline_text.clone()),
    };
    let repeats_title = in_article || (headline_text.is_some() && headline_text == title);
    (title, headline.filter(|_| repeats_title).map(|h1| h1.id()))
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

/// Elements that hold the statement's running text: a `<time>` inside one is a date the text
/// refers to ("the agreement signed on <time>14 November</time>"), not the publication date.
const TEXT_ELEMENTS: &[&str] = &[
    "p",
    "li",
    "blockquote",
    "q",
    "td",
    "dd",
    "figcaption",
    "cite",
    "pre",
];

/// Whether `time` sits inside running text of `root` (an element of [`TEXT_ELEMENTS`]
/// between them).
fn in_running_text(time: ElementRef<'_>, root: ElementRef<'_>) -> bool {
    time.ancestors()
        .take_while(|node| node.id() != root.id())
        .filter_map(|node| node.value().as_element())
        .any(|element| TEXT_ELEMENTS.contains(&element.name()))
}

/// The first `<time>` inside `root`, outside its running text (the article header, a date
/// line), whose `datetime` (or text) is a date.
fn time_in(root: ElementRef<'_>) -> Option<PublishedDate> {
    root.select(&TIME)
        .take(MAX_CANDIDATES)
        .filter(|time| !in_running_text(*time, root))
        .find_map(|time| match time.attr("datetime") {
            Some(value) => dates::parse_declared(value),
            None => dates::parse_declared(&time.text().collect::<String>()),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_in_the_running_text_is_not_the_publication_date() {
        let with_meta = r#"<html><head>
            <meta property="article:published_time" content="2025-05-06T09:30:00Z"></head>
            <body><article><h1>Call with a counterpart</h1>
            <p>They recalled the agreement signed on <time datetime="2023-11-14">14 November
            2023</time> and spoke about wind power.</p></article></body></html>"#;
        let date = |page: &str| {
            parse(page)
                .ok()
                .and_then(|d| d.published.map(|p| p.to_string()))
        };
        assert_eq!(date(with_meta).as_deref(), Some("2025-05-06"));
        let with_header = r#"<html><body><main><h1>Call on research</h1>
            <header><span class="date"><time datetime="2025-05-07">7 May 2025</time></span></header>
            <p>The minister recalled the meeting of <time datetime="2024-09-01">1 September
            2024</time> and spoke about research.</p></main></body></html>"#;
        assert_eq!(date(with_header).as_deref(), Some("2025-05-07"));
        let text_only = r#"<html><body><article><h1>Call on research</h1>
            <p>The minister recalled the meeting of <time datetime="2024-09-01">1 September
            2024</time> and spoke about research.</p></article></body></html>"#;
        assert_eq!(date(text_only), None);
    }

    #[test]
    fn article_without_furniture() {
        let page = r#"<html lang="de-DE"><head><title>Site | Home</title>
            <link rel="canonical" href="https://x.test/news/1"></head>
            <body><nav>Menu</nav><article><h1>Headline here</h1><time datetime="2024-06-20T10:00:00+02:00">20.6.</time>
            <div class="share">Share this</div><p>First &amp; one.</p><p>Second <b>bold</b> one.</p></article>
            <footer>Footer</footer></body></html>"#;
        let draft = parse(page).ok();
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
                Some("Headline here".into()),
                Some("https://x.test/news/1".into()),
                Some("2024-06-20".into()),
                Some("de-DE".into()),
                "First & one.\n\nSecond bold one.".into()
            ))
        );
    }
}
