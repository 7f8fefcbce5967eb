//! Which office a title word names ("Президент", "Başbakanı", "Kanzler"), so that a title
//! with a country ("Президент России", "the Russian President") can stand for its holder.

use super::cues::{CHANCELLOR, FOREIGN_MINISTER, PRESIDENT, PRIME_MINISTER};

/// "the Turkish leader", "руководитель Турции": the president, in a country where the president
/// leads (see [`LEADER_COUNTRIES`]); elsewhere the title stays unresolved.
pub const LEADER: &[&str] = &["president"];

/// Countries whose president leads the executive, for "leader" titles.
pub const LEADER_COUNTRIES: &[&str] = &[
    "US", "RU", "TR", "FR", "AZ", "UA", "BY", "KZ", "UZ", "TM", "KG", "TJ", "EG", "BR", "MX", "AR",
    "KR", "ID", "CN", "IR", "ZA",
];

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
    ("foreign secretary", FOREIGN_MINISTER),
    ("secretary of state", FOREIGN_MINISTER),
    ("top diplomat", FOREIGN_MINISTER),
    ("ministre des affaires etrangeres", FOREIGN_MINISTER),
    ("ministres des affaires etrangeres", FOREIGN_MINISTER),
    ("chef de la diplomatie", FOREIGN_MINISTER),
    ("cheffe de la diplomatie", FOREIGN_MINISTER),
    ("chefs de la diplomatie", FOREIGN_MINISTER),
    ("министра иностранных дел", FOREIGN_MINISTER),
    ("министру иностранных дел", FOREIGN_MINISTER),
    ("министром иностранных дел", FOREIGN_MINISTER),
    ("министре иностранных дел", FOREIGN_MINISTER),
    ("министры иностранных дел", FOREIGN_MINISTER),
    ("министров иностранных дел", FOREIGN_MINISTER),
    ("министрами иностранных дел", FOREIGN_MINISTER),
    ("глава мид", FOREIGN_MINISTER),
    ("главы мид", FOREIGN_MINISTER),
    ("главе мид", FOREIGN_MINISTER),
    ("главой мид", FOREIGN_MINISTER),
    ("главу мид", FOREIGN_MINISTER),
    ("міністра закордонних справ", FOREIGN_MINISTER),
    ("міністру закордонних справ", FOREIGN_MINISTER),
    ("міністром закордонних справ", FOREIGN_MINISTER),
    ("міністри закордонних справ", FOREIGN_MINISTER),
    ("міністрами закордонних справ", FOREIGN_MINISTER),
    ("глава мзс", FOREIGN_MINISTER),
    ("голова мзс", FOREIGN_MINISTER),
    ("aussenminister", FOREIGN_MINISTER),
    ("ministro de asuntos exteriores", FOREIGN_MINISTER),
    ("ministra de asuntos exteriores", FOREIGN_MINISTER),
    ("ministro de relaciones exteriores", FOREIGN_MINISTER),
    ("ministro degli esteri", FOREIGN_MINISTER),
    ("ministra degli esteri", FOREIGN_MINISTER),
    ("ministro degli affari esteri", FOREIGN_MINISTER),
    ("minister spraw zagranicznych", FOREIGN_MINISTER),
    ("ministra spraw zagranicznych", FOREIGN_MINISTER),
    ("ministrem spraw zagranicznych", FOREIGN_MINISTER),
    ("szef msz", FOREIGN_MINISTER),
    ("szef dyplomacji", FOREIGN_MINISTER),
    ("szefa dyplomacji", FOREIGN_MINISTER),
    ("xarici isler nazir", FOREIGN_MINISTER),
    ("արտգործնախարար", FOREIGN_MINISTER),
    ("արտաքին գործերի նախարար", FOREIGN_MINISTER),
    ("وزير الخارجية", FOREIGN_MINISTER),
    ("وزيرا الخارجية", FOREIGN_MINISTER),
    ("وزراء الخارجية", FOREIGN_MINISTER),
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
    ("leader", LEADER),
    ("руководител", LEADER),
    ("лидер", LEADER),
    ("лідер", LEADER),
    ("керівник", LEADER),
    ("dirigeant", LEADER),
    ("staatschef", LEADER),
    ("lider", LEADER),
    ("mandatario", LEADER),
    ("przywodc", LEADER),
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
