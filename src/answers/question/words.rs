//! Words of a question: split on anything that is not a letter or a digit, lower-cased and
//! folded (accents and dotless i dropped) so that cue tables match "dernière" and "derniere",
//! "geçen" and "gecen" alike. The original spelling is kept for names.

use unicode_normalization::UnicodeNormalization;

#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// As typed.
    pub text: String,
    /// Lower-case, folded.
    pub key: String,
}

impl Word {
    pub fn is_number(&self) -> bool {
        !self.key.is_empty() && self.key.chars().all(|c| c.is_ascii_digit())
    }

    pub fn starts_upper(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// Lower-case and fold one word or phrase.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ı' => 'i',
            'ß' => 's',
            _ => c,
        })
        .collect()
}

pub fn split(text: &str) -> Vec<Word> {
    text.split(|c: char| !crate::chars::is_alphanumeric(c))
        .filter(|w| !w.is_empty())
        .map(|w| Word {
            text: w.to_string(),
            key: fold(w),
        })
        .collect()
}

/// The folded words of a cue phrase.
pub fn phrase(text: &str) -> Vec<String> {
    split(text).into_iter().map(|w| w.key).collect()
}

/// Whether `words[at..]` starts with the phrase.
pub fn starts_with(words: &[Word], at: usize, phrase: &[String]) -> bool {
    !phrase.is_empty()
        && words.len() >= at + phrase.len()
        && words[at..at + phrase.len()]
            .iter()
            .zip(phrase)
            .all(|(w, p)| w.key == *p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_case_and_dotless_i() {
        assert_eq!(fold("Dernière"), "derniere");
        assert_eq!(fold("GEÇEN"), "gecen");
        assert_eq!(fold("kasım"), "kasim");
        let words = split("Aliyev'le l'année ce mois-ci");
        let keys: Vec<_> = words.iter().map(|w| w.key.as_str()).collect();
        assert_eq!(keys, ["aliyev", "le", "l", "annee", "ce", "mois", "ci"]);
    }
}
