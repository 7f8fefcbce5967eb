//! Text helpers for Discord markdown: escaping statement text, and cutting to a length without
//! breaking an escape or leaving bold open.

/// Escapes everything Discord would read as markdown, a link, a mention or a heading, so statement
/// text and user queries show as written. (Pings are blocked separately by `allowed_mentions`.)
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        if is_markdown_special(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The characters [`escape_markdown`] puts a backslash before.
pub fn is_markdown_special(c: char) -> bool {
    matches!(
        c,
        '\\' | '*'
            | '_'
            | '~'
            | '`'
            | '|'
            | '>'
            | '<'
            | '#'
            | '['
            | ']'
            | '('
            | ')'
            | '-'
            | '@'
            | ':'
    )
}

/// Cuts plain text to at most `max` characters, ending in `…` when cut.
pub fn truncate_plain(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let keep = max.saturating_sub(1);
    let mut out: String = text.chars().take(keep).collect();
    out.push('…');
    out
}

/// Cuts escaped markdown to at most `max` characters: prefers a word boundary, never ends on a
/// lone escaping backslash, and closes a `**` left open by the cut.
pub fn truncate_markdown(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    // Room for a closing `**` and the ellipsis.
    let keep = max.saturating_sub(3);
    let mut cut: String = text.chars().take(keep).collect();
    if let Some(space) = cut.rfind(char::is_whitespace)
        && cut[space..].chars().count() < 40
    {
        cut.truncate(space);
    }
    let trailing_backslashes = cut.chars().rev().take_while(|&c| c == '\\').count();
    if trailing_backslashes % 2 == 1 {
        cut.pop();
    }
    if count_bold_markers(&cut) % 2 == 1 {
        cut.push_str("**");
    }
    cut.push('…');
    cut
}

/// Counts unescaped `**` markers, left to right.
fn count_bold_markers(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut i, mut count) = (0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'*' if bytes.get(i + 1) == Some(&b'*') => {
                count += 1;
                i += 2;
            }
            _ => i += 1,
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markdown_mentions_and_links() {
        assert_eq!(
            escape_markdown("**bold** @everyone"),
            r"\*\*bold\*\* \@everyone"
        );
        assert_eq!(escape_markdown("<@&123>"), r"\<\@&123\>");
        assert_eq!(escape_markdown("[x](http://a)"), r"\[x\]\(http\://a\)");
        assert_eq!(escape_markdown("Алиев"), "Алиев");
    }

    #[test]
    fn truncation_keeps_markdown_valid() {
        let text = format!("**{}**", "word ".repeat(100));
        let cut = truncate_markdown(&text, 50);
        assert!(cut.chars().count() <= 50);
        assert_eq!(count_bold_markers(&cut) % 2, 0);
        assert!(cut.ends_with('…'));

        let escaped = escape_markdown(&"*".repeat(100));
        let cut = truncate_markdown(&escaped, 20);
        assert!(cut.chars().count() <= 20);
        let before_ellipsis = cut.trim_end_matches('…');
        assert_eq!(
            before_ellipsis
                .chars()
                .rev()
                .take_while(|&c| c == '\\')
                .count()
                % 2,
            0
        );
    }

    #[test]
    fn short_text_is_untouched() {
        assert_eq!(truncate_markdown("short", 10), "short");
        assert_eq!(truncate_plain("short", 10), "short");
        assert_eq!(truncate_plain("abcdef", 4), "abc…");
    }
}
