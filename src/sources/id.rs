//! Stable statement ids: re-ingesting the same statement must give the same id.

use sha2::{Digest, Sha256};

/// 16 lowercase hex characters of the SHA-256 of the canonical URL when there is one, else of
/// the body with its white space collapsed (so re-wrapping a text does not change its id).
pub fn stable_id(url: Option<&str>, body: &str) -> String {
    let mut hasher = Sha256::new();
    match url.map(str::trim).filter(|u| !u.is_empty()) {
        Some(url) => hasher.update(url.as_bytes()),
        None => {
            for (i, word) in body.split_whitespace().enumerate() {
                if i > 0 {
                    hasher.update(b" ");
                }
                hasher.update(word.as_bytes());
            }
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

const HEX: &[u8; 16] = b"0123456789abcdef";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_wins_and_whitespace_does_not_matter() {
        let a = stable_id(None, "one  two\nthree");
        assert_eq!(a, stable_id(None, " one two three "));
        assert_eq!(a.len(), 16);
        assert!(
            a.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        );
        assert_eq!(
            stable_id(Some("https://x.test/a"), "x"),
            stable_id(Some("https://x.test/a"), "y")
        );
        assert_ne!(
            stable_id(Some("https://x.test/a"), "x"),
            stable_id(None, "x")
        );
    }
}
