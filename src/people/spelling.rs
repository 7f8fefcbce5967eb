//! A second check on every name match: the phonetic key ([`super::normalize::name_key`])
//! is deliberately lossy, so each word that shares a key with a name must also be spelled
//! close to one of that person's written words ("Joly" and "İyulun", "Tajani" and "Thani" share
//! a key but not a spelling). Compared on the plain transliteration ([`super::index::strict_word`]),
//! allowing a short inflection after the name (`Alievym`, `Erdoganu`, `Tokayevin`).

use super::fast_hash::FastSet;

/// Longest ending accepted after a name (`-ого`, `-ndan`, `-ovim`).
const MAX_SUFFIX: usize = 4;

/// Edits allowed for a name word of `len` letters: variant spellings differ by a letter or two
/// (Aliev/Aliyev, Selenskyj/Zelenskyy). Short names must be written as one of their aliases
/// (an inflection may follow): one edit already turns a short name into another one (Ruto
/// and Руте, a spelling of Rutte; French "mars" and Merz; Yoon and Jun).
fn allowed_edits(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5 => 1,
        6..=8 => 2,
        _ => 3,
    }
}

/// Edit distance between `word` and the closest prefix of `token` that leaves at most
/// [`MAX_SUFFIX`] letters of ending.
pub fn suffix_distance(token: &[u8], word: &[u8]) -> usize {
    // prev[j] = distance between word[..i] and token[..j]
    let mut prev: Vec<usize> = (0..=token.len()).collect();
    let mut cur = vec![0usize; token.len() + 1];
    for (i, &w) in word.iter().enumerate() {
        cur[0] = i + 1;
        for (j, &t) in token.iter().enumerate() {
            let substitute = prev[j] + usize::from(w != t);
            cur[j + 1] = substitute.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let shortest = token.len().saturating_sub(MAX_SUFFIX);
    prev[shortest..].iter().copied().min().unwrap_or(usize::MAX)
}

/// How close `token` (a strict word) is spelled to the nearest of `words`: the edit distance,
/// or `None` when no word is close enough to be the same name.
pub fn closeness(token: &str, words: &FastSet<String>) -> Option<usize> {
    if token.is_empty() {
        return None;
    }
    // Text mostly writes a name as one of its aliases: no distance to compute.
    if words.contains(token) {
        return Some(0);
    }
    words
        .iter()
        .filter(|w| w.len() >= 2)
        // Lengths alone can rule a word out: every prefix tried is within MAX_SUFFIX letters
        // of the token's length, and each letter of difference is an edit.
        .filter(|w| {
            let shortest = token.len().saturating_sub(MAX_SUFFIX);
            let gap = if w.len() < shortest {
                shortest - w.len()
            } else {
                w.len().saturating_sub(token.len())
            };
            gap <= allowed_edits(w.len())
        })
        .filter_map(|w| {
            let d = suffix_distance(token.as_bytes(), w.as_bytes());
            (d <= allowed_edits(w.len())).then_some(d)
        })
        .min()
}

/// Whether every word of `tokens` (strict words) is spelled close to one of `words`: the check
/// every match on the lossy name key must pass before it names a person.
pub fn all_close<S: AsRef<str>>(tokens: &[S], words: &FastSet<String>) -> bool {
    !tokens.is_empty()
        && tokens
            .iter()
            .all(|t| closeness(t.as_ref(), words).is_some())
}

/// Of several people a lone word may name, the ones it is spelled closest to (none when it is
/// spelled like nobody). `words_of(id)` gives a person's strict words.
pub fn closest<'a>(
    token: &str,
    ids: &[usize],
    words_of: impl Fn(usize) -> &'a FastSet<String>,
) -> Vec<usize> {
    let scored: Vec<(usize, usize)> = ids
        .iter()
        .filter_map(|&id| closeness(token, words_of(id)).map(|d| (id, d)))
        .collect();
    let best = scored.iter().map(|(_, d)| *d).min();
    scored
        .into_iter()
        .filter(|(_, d)| Some(*d) == best)
        .map(|(id, _)| id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{closeness, suffix_distance};
    use crate::people::fast_hash::FastSet;
    use crate::people::index::strict_word;

    fn words(list: &[&str]) -> FastSet<String> {
        list.iter().map(|w| strict_word(w)).collect()
    }

    #[test]
    fn inflections_and_variants_are_close() {
        let aliyev = words(&["Ilham", "Aliyev", "Алиев"]);
        for token in [
            "Aliev",
            "Алиевым",
            "Əliyevə",
            "Alijew",
            "Aliyev'in",
            "Алиеву",
        ] {
            assert!(closeness(&strict_word(token), &aliyev).is_some(), "{token}");
        }
        let zelensky = words(&["Volodymyr", "Zelenskyy"]);
        for token in ["Selenskyj", "Зеленский", "Zelensky", "Зеленскому"] {
            assert!(
                closeness(&strict_word(token), &zelensky).is_some(),
                "{token}"
            );
        }
        assert_eq!(suffix_distance(b"erdoganom", b"erdogan"), 0);
    }

    #[test]
    fn short_names_with_a_shared_skeleton_are_far() {
        let rutte = words(&["Mark", "Rutte", "Рютте", "Руте"]);
        assert_eq!(closeness("ruto", &rutte), None);
        let merz = words(&["Friedrich", "Merz", "Merts", "Мерц"]);
        assert_eq!(closeness("mars", &merz), None);
        assert!(closeness("merza", &merz).is_some());
        let dong_jun = words(&["Dong", "Jun", "Дун", "Цзюнь"]);
        assert_eq!(closeness("yoon", &dong_jun), None);
    }

    #[test]
    fn unrelated_words_are_far() {
        let joly = words(&["Mélanie", "Joly", "Жоли"]);
        assert_eq!(closeness(&strict_word("İyulun"), &joly), None);
        assert_eq!(closeness(&strict_word("Scholz"), &joly), None);
        let tajani = words(&["Antonio", "Tajani"]);
        let thani = words(&["Tamim", "Thani"]);
        let d_tajani = closeness("thani", &tajani).unwrap_or(usize::MAX);
        let d_thani = closeness("thani", &thani).unwrap_or(usize::MAX);
        assert!(d_thani < d_tajani);
    }
}
