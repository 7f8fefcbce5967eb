//! Which office a title word names ("Президент", "Başbakanı", "Kanzler"), so that a title
//! with a country ("Президент России", "the Russian President") can stand for its holder.

use super::cues::{CHANCELLOR, FOREIGN_MINISTER, PRESIDENT, PRIME_MINISTER};

/// Folded title prefixes and the role kinds they name. Longer, more specific prefixes first:
/// "prime minister" before "minister".
const OFFICES: &[(&str, &[&str])] = &[
    ("prime minister", PRIME_MINISTER),
    ("premier", PRIME_MINISTER),
    ("премьер", PRIME_MINISTER),
    ("прем'єр", PRIME_MINISTER),
    ("basbakan", PRIME_MINISTER),
    ("bas nazir", PRIME_MINISTER),
    ("վարչապետ", PRIME_MINISTER),
    ("foreign minister", FOREIGN_MINISTER),
    ("министр иностранных дел", FOREIGN_MINISTER),
    ("міністр закордонних справ", FOREIGN_MINISTER),
    ("disisleri bakan", FOREIGN_MINISTER),
    ("xarici isler naziri", FOREIGN_MINISTER),
    ("chancellor", CHANCELLOR),
    ("chancelier", CHANCELLOR),
    ("kanzler", CHANCELLOR),
    ("bundeskanzler", CHANCELLOR),
    ("канцлер", CHANCELLOR),
    ("kansler", CHANCELLOR),
    ("cancelliere", CHANCELLOR),
    ("kanclerz", CHANCELLOR),
    ("president", PRESIDENT),
    ("presidente", PRESIDENT),
    ("prasident", PRESIDENT),
    ("prezident", PRESIDENT),
    ("prezydent", PRESIDENT),
    ("президент", PRESIDENT),
    ("cumhurbaskan", PRESIDENT),
    ("devlet baskan", PRESIDENT),
    ("նախագահ", PRESIDENT),
];

/// The role kinds of the office a title names, when it is one of the offices above.
/// `words` are the folded words of the title, in order.
pub fn kinds_of(words: &[&str]) -> Option<&'static [&'static str]> {
    let joined = words.join(" ");
    OFFICES
        .iter()
        .find(|(prefix, _)| joined.starts_with(prefix))
        .map(|(_, kinds)| *kinds)
}

#[cfg(test)]
mod tests {
    use super::kinds_of;

    #[test]
    fn titles_name_offices() {
        assert_eq!(kinds_of(&["президентом"]), Some(super::PRESIDENT));
        assert_eq!(
            kinds_of(&["prime", "minister"]),
            Some(super::PRIME_MINISTER)
        );
        assert_eq!(kinds_of(&["basbakani"]), Some(super::PRIME_MINISTER));
        assert_eq!(kinds_of(&["ambassador"]), None);
    }
}
