//! The text a reader sees in the statement's part of the page, without page furniture.

use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::node::Element;
use scraper::{ElementRef, Node};

/// Elements that never hold statement text.
const FURNITURE: &[&str] = &[
    "nav", "header", "footer", "aside", "script", "style", "form", "noscript", "template", "svg",
    "iframe", "button", "select", "textarea", "input", "object", "embed", "canvas", "audio",
    "video", "dialog", "menu",
];

/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "figure",
    "figcaption",
    "address",
    "hr",
    "details",
    "summary",
    "center",
];

/// Containers in which a lone `<time>` is the page's date stamp rather than part of a sentence.
const STAMP_PARENTS: &[&str] = &["article", "main", "body", "section", "div", "header"];

/// Class or id words of page widgets that are dropped whatever their size.
const ALWAYS_NOISE: &[&str] = &["cookie", "cookies", "consent", "gdpr"];
/// Class or id words of page widgets that are dropped when they hold little text (a
/// `share-enabled` article body must survive).
const SHORT_NOISE: &[&str] = &[
    "share",
    "shares",
    "sharing",
    "social",
    "socials",
    "breadcrumb",
    "breadcrumbs",
    "newsletter",
    "subscribe",
    "related",
    "comments",
    "advert",
    "advertisement",
    "ads",
    "promo",
    "popup",
    "modal",
    "print",
    "tools",
    "toolbar",
    "pagination",
    "pager",
    "sidebar",
    "skip",
    "hidden",
];
/// Landmark roles of page furniture.
const NOISE_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "dialog",
    "alertdialog",
];

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
    if element
        .attr("aria-hidden")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return Noise::Always;
    }
    if element
        .attr("role")
        .is_some_and(|r| NOISE_ROLES.iter().any(|n| r.trim().eq_ignore_ascii_case(n)))
    {
        return Noise::Always;
    }
    let mut verdict = Noise::No;
    for value in [element.attr("class"), element.attr("id")]
        .into_iter()
        .flatten()
    {
        for word in value
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
        {
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
                    .and_then(|p| {
                        p.value()
                            .as_element()
                            .map(|e| STAMP_PARENTS.contains(&e.name()))
                    })
                    .unwrap_or(false)
        }
    }
}

/// The text a reader sees in `root`: furniture dropped, blocks separated by blank lines.
/// Iterative, so nesting depth cannot overflow the stack.
pub(super) fn visible_text(root: ElementRef<'_>, skipped: Option<NodeId>) -> String {
    let mut out = String::new();
    let mut skipping: Option<NodeId> = None;
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
                            out.extend(
                                t.chars()
                                    .map(|c| if c == '\n' || c == '\r' { ' ' } else { c }),
                            );
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
