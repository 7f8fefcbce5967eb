//! A small, fast, non-cryptographic hasher (the Fx algorithm used by rustc) for the
//! read-only maps consulted once per word: gazetteer keys and cue anchors. Keys come from our
//! own tables, so hash flooding is not a concern.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut buf = [0u8; 8];
            buf.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(buf));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// A one-sided filter in front of a map of words: a bit per (first byte, last byte, length)
/// slot of the words it holds. Most words of a text are in no table, and this answers them
/// without hashing the word; a set bit still needs the map.
#[derive(Debug, Clone)]
pub struct WordFilter {
    bits: Vec<u64>,
}

const FILTER_BITS: usize = 1 << 16;

impl Default for WordFilter {
    fn default() -> Self {
        Self {
            bits: vec![0; FILTER_BITS / 64],
        }
    }
}

impl WordFilter {
    fn slot(word: &str) -> usize {
        let bytes = word.as_bytes();
        let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
            return 0;
        };
        let mixed = usize::from(first) | usize::from(last) << 8;
        (mixed ^ bytes.len().wrapping_mul(0x9E37)) % FILTER_BITS
    }

    pub fn insert(&mut self, word: &str) {
        let slot = Self::slot(word);
        self.bits[slot / 64] |= 1 << (slot % 64);
    }

    /// False only when `word` was never inserted.
    #[inline]
    pub fn may_hold(&self, word: &str) -> bool {
        let slot = Self::slot(word);
        self.bits[slot / 64] & (1 << (slot % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::WordFilter;

    #[test]
    fn a_word_filter_never_forgets_a_word() {
        let mut filter = WordFilter::default();
        let words = ["телефон", "called", "a", "", "görüştü", "اتصالا"];
        for w in words {
            filter.insert(w);
        }
        assert!(words.iter().all(|w| filter.may_hold(w)));
        let others = ["the", "and", "of", "zzzz"];
        assert!(others.iter().filter(|w| filter.may_hold(w)).count() < others.len());
    }
}
