//! A cheap guard run before the HTML parser: html5ever spends time proportional to the depth
//! of open elements for each new element, so a hostile page of a few hundred thousand nested
//! tags would take minutes. Real pages stay far below [`MAX_HTML_DEPTH`].

use std::collections::HashMap;

/// Deepest element nesting accepted (real pages: well under 100).
pub(crate) const MAX_HTML_DEPTH: usize = 1_000;

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "basefont", "bgsound", "frame",
];
/// Elements the parser closes by itself when a sibling starts: they cannot pile up.
const SELF_CLOSING_SIBLINGS: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "rb",
    "rt", "rp",
];
/// Elements whose content is text up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

/// Whether `html` nests elements deeper than `limit`, estimated from its tags. The estimate
/// errs on the deep side: an end tag only counts when a start tag of that name is open.
pub(crate) fn exceeds_depth(html: &str, limit: usize) -> bool {
    let bytes = html.as_bytes();
    let mut open: HashMap<String, usize> = HashMap::new();
    let mut depth = 0usize;
    let mut foreign = 0usize;
    let mut at = 0;
    while let Some(offset) = bytes[at..].iter().position(|&b| b == b'<') {
        let start = at + offset;
        let rest = &html[start..];
        if rest.starts_with("<!--") {
            at = rest.find("-->").map_or(bytes.len(), |end| start + end + 3);
            continue;
        }
        let Some(tag_end) = rest.find('>') else { break };
        let tag = &rest[1..tag_end];
        at = start + tag_end + 1;
        let (closing, tag) = match tag.strip_prefix('/') {
            Some(tag) => (true, tag),
            None => (false, tag),
        };
        let name_len = tag
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b':')
            .count();
        if name_len == 0 || !tag.as_bytes()[0].is_ascii_alphabetic() {
            continue;
        }
        let name = tag[..name_len].to_ascii_lowercase();
        if VOID.contains(&name.as_str()) || SELF_CLOSING_SIBLINGS.contains(&name.as_str()) {
            continue;
        }
        let is_foreign_root = name == "svg" || name == "math";
        if closing {
            if let Some(count) = open.get_mut(&name).filter(|count| **count > 0) {
                *count -= 1;
                depth = depth.saturating_sub(1);
                if is_foreign_root {
                    foreign = foreign.saturating_sub(1);
                }
            }
            continue;
        }
        // `<x/>` closes itself only inside SVG and MathML; in HTML the slash is ignored.
        if foreign > 0 && tag.ends_with('/') {
            continue;
        }
        if RAW_TEXT.contains(&name.as_str()) {
            let end_tag = format!("</{name}");
            at = find_ascii_case_insensitive(&html[at..], &end_tag)
                .map_or(bytes.len(), |end| at + end);
            continue;
        }
        *open.entry(name).or_default() += 1;
        foreign += usize::from(is_foreign_root);
        depth += 1;
        if depth > limit {
            return true;
        }
    }
    false
}

fn find_ascii_case_insensitive(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_real_nesting_only() {
        let deep = "<div>".repeat(20);
        assert!(exceeds_depth(&deep, 10));
        assert!(!exceeds_depth(&"<div></div>".repeat(50), 10));
        assert!(!exceeds_depth(&"<p>a<br><img src=x>".repeat(50), 10));
        assert!(!exceeds_depth(
            &format!("<svg>{}</svg>", "<path d=\"M0\"/>".repeat(50)),
            10
        ));
        // Stray end tags do not hide real depth.
        assert!(exceeds_depth(&"<section></div>".repeat(20), 10));
        // Markup inside scripts is text.
        assert!(!exceeds_depth(
            &format!("<script>{}</script>", "<div>".repeat(50)),
            10
        ));
    }
}
