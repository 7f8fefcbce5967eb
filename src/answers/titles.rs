//! Titles and honorifics a user may type before a name ("President Macron", "H.E. Mr Aliyev",
//! "le président Macron", "Cumhurbaşkanı Erdoğan"): who-called looks for the name, not the title.

use crate::extract::text::fold;

/// Folded words that are titles or honorifics, in the languages users type.
#[rustfmt::skip]
const TITLES: &[&str] = &[
    // English
    "president", "vice", "prime", "minister", "foreign", "secretary", "general", "state",
    "chancellor", "premier", "deputy", "acting", "king", "queen", "emir", "sheikh", "sultan",
    "crown", "prince", "mr", "mrs", "ms", "dr", "h.e", "excellency", "hon", "honourable",
    "ambassador", "spokesperson", "defence", "defense", "senator", "governor",
    // French, Spanish, Italian, Portuguese, German
    "presidente", "presidenta", "ministre", "ministro", "ministra", "chancelier", "chanceliere",
    "secretaire", "secretario", "secretaria", "monsieur", "madame", "m", "mme", "senor", "senora",
    "sr", "sra", "kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin", "bundesprasident",
    "aussenminister", "ministerprasident", "herr", "frau",
    // Russian, Ukrainian
    "президент", "премьер-министр", "премьер", "министр", "глава", "госсекретарь", "канцлер",
    "господин", "госпожа", "г-н", "прем'єр-міністр", "міністр", "пан", "пані",
    // Turkish, Azerbaijani
    "cumhurbaskani", "basbakan", "disisleri", "bakani", "sayin", "prezident", "prezidenti",
    "nazir", "naziri", "xarici", "isler", "cenab",
    // Ministries named in a title ("Minister of Foreign Affairs")
    "affairs", "etrangeres", "exteriores", "esteri", "auswartigen", "иностранных", "дел",
    "закордонних", "справ",
];

/// Small words that may sit inside a title ("Minister of the Interior", "le président").
#[rustfmt::skip]
const LINKS: &[&str] = &[
    "the", "of", "for", "and", "his", "her", "le", "la", "les", "de", "du", "des", "el", "del",
    "der", "die",
];

fn folded(word: &str) -> String {
    let word = word.trim_matches(|c: char| matches!(c, ',' | ':' | ';' | '.' | '"' | '«' | '»'));
    fold(word)
}

/// `text` without the titles it starts with. A name is never stripped to nothing: text made
/// only of title words comes back whole.
pub fn strip_titles(text: &str) -> &str {
    let text = text.trim();
    let mut rest = text;
    let mut after_title = text;
    while let Some(word) = rest.split_whitespace().next() {
        let w = folded(word);
        let is_title = TITLES.contains(&w.as_str());
        if !is_title && !LINKS.contains(&w.as_str()) {
            break;
        }
        // `rest` is trimmed, so it starts with its first word.
        rest = rest[word.len()..].trim_start();
        if is_title {
            after_title = rest;
        }
    }
    if after_title.is_empty() {
        text
    } else {
        after_title
    }
}

#[cfg(test)]
mod tests {
    use super::strip_titles;

    #[test]
    fn titles_in_several_languages_are_stripped() {
        for (typed, name) in [
            ("President Macron", "Macron"),
            ("Prime Minister Keir Starmer", "Keir Starmer"),
            ("Foreign Minister Wang Yi", "Wang Yi"),
            ("Secretary of State Rubio", "Rubio"),
            ("H.E. Mr Aliyev", "Aliyev"),
            ("Президент Путин", "Путин"),
            ("Cumhurbaşkanı Erdoğan", "Erdoğan"),
            ("le président Macron", "Macron"),
            ("Minister of Foreign Affairs Lavrov", "Lavrov"),
            ("  Macron ", "Macron"),
        ] {
            assert_eq!(strip_titles(typed), name, "{typed}");
        }
    }

    #[test]
    fn a_name_is_never_stripped_away() {
        assert_eq!(strip_titles("President"), "President");
        assert_eq!(strip_titles("the Secretary"), "the Secretary");
        // Links alone are not titles: "De Gaulle" keeps its particle.
        assert_eq!(strip_titles("De Gaulle"), "De Gaulle");
    }
}
