//! Raw bytes to clean text: the checks every format shares (size, binary, UTF-8) and the
//! body normalisation applied to every statement.

use std::borrow::Cow;

use super::SourceError;

/// Share of control bytes above which a file is treated as binary rather than text with a
/// few stray characters.
const MAX_CONTROL_PERCENT: usize = 10;

/// How much of the file the control-character test looks at; enough to judge, cheap on big files.
const SNIFF_BYTES: usize = 64 * 1024;

/// Checks size, emptiness, binary content and encoding, and returns the text without a BOM.
pub(crate) fn decode(bytes: &[u8], max_bytes: u64) -> Result<&str, SourceError> {
    let size = bytes.len() as u64;
    if size > max_bytes {
        return Err(SourceError::TooLarge {
            size,
            max: max_bytes,
        });
    }
    if bytes.is_empty() {
        return Err(SourceError::Empty);
    }
    // UTF-16 files are full of NUL bytes; name the real problem instead of "binary".
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(SourceError::InvalidUtf8);
    }
    if looks_binary(bytes) {
        return Err(SourceError::Binary);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| SourceError::InvalidUtf8)?;
    if text.trim().is_empty() {
        return Err(SourceError::Empty);
    }
    Ok(text)
}

fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.contains(&0) {
        return true;
    }
    let sample = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let controls = sample
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F)
        .count();
    controls * 100 > sample.len() * MAX_CONTROL_PERCENT
}

/// Characters that carry no text and only break word matching.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// Normalises a body: CRLF/CR to LF, every run of spaces (any Unicode white space, tabs,
/// control characters) to one space, lines trimmed, runs of blank lines to one paragraph
/// break, and the whole trimmed. One pass, one allocation.
pub(crate) fn normalize_body(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    let mut pending_breaks = 0usize;
    let mut previous_was_cr = false;
    for c in text.chars() {
        let was_cr = std::mem::replace(&mut previous_was_cr, c == '\r');
        if c == '\n' || c == '\r' {
            if !(c == '\n' && was_cr) {
                pending_breaks = (pending_breaks + 1).min(2);
            }
            pending_space = false;
            continue;
        }
        if c.is_whitespace() || c.is_control() {
            pending_space = true;
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        if !out.is_empty() {
            if pending_breaks > 0 {
                out.extend(std::iter::repeat_n('\n', pending_breaks));
            } else if pending_space {
                out.push(' ');
            }
        }
        pending_breaks = 0;
        pending_space = false;
        out.push(c);
    }
    out
}

/// Collapses all white space (line breaks included) to single spaces: for titles and other
/// one-line fields.
pub(crate) fn single_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| c.is_whitespace() || c.is_control()) {
        let word: Cow<str> = if word.chars().any(is_invisible) {
            Cow::Owned(word.chars().filter(|&c| !is_invisible(c)).collect())
        } else {
            Cow::Borrowed(word)
        };
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&word);
    }
    out
}

/// A title: one line, at most `MAX_TITLE_CHARS` characters, `None` when empty.
pub(crate) fn clean_title(text: &str) -> Option<String> {
    const MAX_TITLE_CHARS: usize = 300;
    let mut title = single_line(text);
    if let Some((cut, _)) = title.char_indices().nth(MAX_TITLE_CHARS) {
        title.truncate(cut);
        title.push('…');
    }
    (!title.is_empty()).then_some(title)
}

/// Decodes HTML character references (`&amp;`, `&#233;`, `&#x2019;`, common named ones) in
/// text that did not go through an HTML parser: bodies copied from web pages often carry them.
/// Unknown references are left as written.
pub(crate) fn decode_entities(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        match reference(after) {
            Some((decoded, used)) => {
                out.push(decoded);
                rest = &after[used..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Parses `name;` / `#123;` / `#x1F;` at the start of `s`; returns the character and the bytes used.
fn reference(s: &str) -> Option<(char, usize)> {
    const MAX_REFERENCE_LEN: usize = 12;
    let end = s.bytes().take(MAX_REFERENCE_LEN).position(|b| b == b';')?;
    let name = &s[..end];
    let decoded = if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        char::from_u32(code).filter(|c| *c != '\0')?
    } else {
        named_reference(name)?
    };
    Some((decoded, end + 1))
}

fn named_reference(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{A0}',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "sbquo" => '‚',
        "bdquo" => '„',
        "middot" => '·',
        "bull" => '•',
        "euro" => '€',
        "copy" => '©',
        "reg" => '®',
        "deg" => '°',
        "shy" => '\u{AD}',
        "rsaquo" => '›',
        "lsaquo" => '‹',
        "eacute" => 'é',
        "egrave" => 'è',
        "ecirc" => 'ê',
        "euml" => 'ë',
        "agrave" => 'à',
        "acirc" => 'â',
        "auml" => 'ä',
        "ccedil" => 'ç',
        "icirc" => 'î',
        "iuml" => 'ï',
        "ocirc" => 'ô',
        "ouml" => 'ö',
        "ucirc" => 'û',
        "ugrave" => 'ù',
        "uuml" => 'ü',
        "szlig" => 'ß',
        "ntilde" => 'ñ',
        "aacute" => 'á',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "Eacute" => 'É',
        "Agrave" => 'À',
        "Ccedil" => 'Ç',
        "Auml" => 'Ä',
        "Ouml" => 'Ö',
        "Uuml" => 'Ü',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_breaks_and_spaces() {
        let text = "  Hello \t  world\r\n next\u{a0}line \r\n\r\n\r\n\n Para  two \u{200B}x  ";
        assert_eq!(normalize_body(text), "Hello world\nnext line\n\nPara two x");
    }

    #[test]
    fn decodes_references() {
        assert_eq!(
            decode_entities("R&amp;D &#233;t&#xE9; &bogus; a & b"),
            "R&D été &bogus; a & b"
        );
    }

    #[test]
    fn rejects_binary_and_bad_encoding() {
        assert!(matches!(decode(b"ab\0cd", 100), Err(SourceError::Binary)));
        assert!(matches!(
            decode(b"\xff\xfeh\0i\0", 100),
            Err(SourceError::InvalidUtf8)
        ));
        assert!(matches!(
            decode(b"caf\xe9", 100),
            Err(SourceError::InvalidUtf8)
        ));
        assert!(matches!(decode(b"  \n ", 100), Err(SourceError::Empty)));
        assert_eq!(decode(b"\xEF\xBB\xBFhi", 100).ok(), Some("hi"));
    }
}
