//! Character classes on the hot paths of tokenizing and extraction. The standard library's
//! tables answer every character with a binary search; the scripts of the statements we read
//! (Latin, Greek, Cyrillic, Armenian, Arabic) are answered here from a few ranges first.

/// Letter ranges that hold nothing but letters, in the scripts readouts are written in.
fn in_letter_block(c: char) -> bool {
    matches!(c as u32,
        0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x24F // Latin-1 letters, Latin Extended-A and -B
        | 0x391..=0x3A1 | 0x3A3..=0x3C9 // Greek
        | 0x400..=0x481 | 0x48A..=0x52F // Cyrillic
        | 0x531..=0x556 | 0x561..=0x587 // Armenian
        | 0x621..=0x63A | 0x641..=0x64A // Arabic
    )
}

/// Same answer as [`char::is_alphanumeric`], faster for the common scripts.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        in_letter_block(c) || c.is_alphanumeric()
    }
}

/// Same answer as [`char::is_alphabetic`], faster for the common scripts.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_letter_block(c) || c.is_alphabetic()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library_on_every_character() {
        for c in (0..0x3_0000u32).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        }
    }
}
