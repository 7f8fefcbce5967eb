//! Which office a title word names ("Президент", "Başbakanı", "Kanzler"), so that a title
//! with a country ("Президент России", "the Russian President") can stand for its holder.

use chrono::NaiveDate;

use super::cues::{CHANCELLOR, DEFENCE_MINISTER, FOREIGN_MINISTER, PRESIDENT, PRIME_MINISTER};

/// The office a title names: the role kinds that hold it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Office {
    /// These role kinds, in any country.
    Kinds(&'static [&'static str]),
    /// "the Turkish leader", "руководитель Турции": whoever leads the country's executive,
    /// where one office plainly does (see [`leader_kinds`]); elsewhere the title stays
    /// unresolved.
    Leader,
    /// Spanish "canciller": Germany's and Austria's chancellor, elsewhere the foreign minister
    /// ("el canciller alemán", "el canciller argentino").
    Canciller,
    /// "госсекретарь", "держсекретар", "dövlət katibi": the US Secretary of State; elsewhere a
    /// state secretary is another office (Kazakhstan's, a security council's, a UK minister's).
    UsSecretaryOfState,
}

/// Countries whose president leads the executive, for "leader" titles. Not Iran, whose
/// Supreme Leader stands above its president.
const PRESIDENT_LEADS: &[&str] = &[
    "US", "RU", "FR", "AZ", "UA", "BY", "KZ", "UZ", "TM", "KG", "TJ", "EG", "BR", "MX", "AR", "KR",
    "ID", "CN", "ZA",
];

/// Countries whose head of government is a chancellor (Spanish "canciller" is theirs).
const CHANCELLOR_COUNTRIES: &[&str] = &["DE", "AT"];

/// Countries whose emir leads the executive.
const EMIR_LEADS: &[&str] = &["QA", "KW"];

/// Turkey's prime minister led its government until Erdoğan moved to the presidency.
const TURKEY_PRESIDENT_LEADS_FROM: (i32, u32, u32) = (2014, 8, 28);

const EMIR: &[&str] = &["emir"];

impl Office {
    /// The role kinds that hold this office in `country` on `day`; none for a leader title
    /// where no single office leads.
    pub fn kinds_in(self, country: &str, day: NaiveDate) -> Option<&'static [&'static str]> {
        match self {
            Office::Kinds(kinds) => Some(kinds),
            Office::Leader => leader_kinds(country, day),
            Office::Canciller => Some(if listed(CHANCELLOR_COUNTRIES, country) {
                CHANCELLOR
            } else {
                FOREIGN_MINISTER
            }),
            Office::UsSecretaryOfState => country
                .eq_ignore_ascii_case("US")
                .then_some(FOREIGN_MINISTER),
        }
    }
}

impl Office {
    /// The role kinds that hold this office in `country` whatever the day; none where that
    /// depends on the day (Turkey's leader was the prime minister until 2018).
    pub fn kinds_any_day(self, country: &str) -> Option<&'static [&'static str]> {
        match self {
            Office::Leader if country.eq_ignore_ascii_case("TR") => None,
            // Any day will do: only Turkey's leader depends on it.
            _ => self.kinds_in(country, NaiveDate::MIN),
        }
    }
}

/// Who "the leader" of `country` is on `day`, by office.
fn leader_kinds(country: &str, day: NaiveDate) -> Option<&'static [&'static str]> {
    if country.eq_ignore_ascii_case("TR") {
        let (y, m, d) = TURKEY_PRESIDENT_LEADS_FROM;
        let presidential = NaiveDate::from_ymd_opt(y, m, d).is_some_and(|from| day >= from);
        Some(if presidential {
            PRESIDENT
        } else {
            PRIME_MINISTER
        })
    } else if listed(PRESIDENT_LEADS, country) {
        Some(PRESIDENT)
    } else if listed(EMIR_LEADS, country) {
        Some(EMIR)
    } else {
        None
    }
}

/// Whether `country` (ISO code, any case) is in `list`.
fn listed(list: &[&str], country: &str) -> bool {
    list.iter().any(|c| c.eq_ignore_ascii_case(country))
}

const LEADER: Office = Office::Leader;

/// Folded title prefixes and the role kinds they name. Longer, more specific prefixes first:
/// "prime minister" before "minister".
const OFFICES: &[(&str, Office)] = &[
    ("prime minister", Office::Kinds(PRIME_MINISTER)),
    ("premier", Office::Kinds(PRIME_MINISTER)),
    ("премьер", Office::Kinds(PRIME_MINISTER)),
    ("прем'єр", Office::Kinds(PRIME_MINISTER)),
    ("basbakan", Office::Kinds(PRIME_MINISTER)),
    ("bas nazir", Office::Kinds(PRIME_MINISTER)),
    ("վարչապետ", Office::Kinds(PRIME_MINISTER)),
    ("foreign minister", Office::Kinds(FOREIGN_MINISTER)),
    ("foreign secretary", Office::Kinds(FOREIGN_MINISTER)),
    // The UK's "Secretary of State for Defence" is its defence minister, not its Foreign
    // Secretary (who is "Secretary of State for Foreign ... Affairs").
    (
        "secretary of state for defence",
        Office::Kinds(DEFENCE_MINISTER),
    ),
    (
        "secretary of state for defense",
        Office::Kinds(DEFENCE_MINISTER),
    ),
    ("secretary of state", Office::Kinds(FOREIGN_MINISTER)),
    ("top diplomat", Office::Kinds(FOREIGN_MINISTER)),
    (
        "ministre des affaires etrangeres",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    (
        "ministres des affaires etrangeres",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    ("chef de la diplomatie", Office::Kinds(FOREIGN_MINISTER)),
    ("cheffe de la diplomatie", Office::Kinds(FOREIGN_MINISTER)),
    ("chefs de la diplomatie", Office::Kinds(FOREIGN_MINISTER)),
    ("министра иностранных дел", Office::Kinds(FOREIGN_MINISTER)),
    ("министру иностранных дел", Office::Kinds(FOREIGN_MINISTER)),
    ("министром иностранных дел", Office::Kinds(FOREIGN_MINISTER)),
    ("министре иностранных дел", Office::Kinds(FOREIGN_MINISTER)),
    ("министры иностранных дел", Office::Kinds(FOREIGN_MINISTER)),
    ("министров иностранных дел", Office::Kinds(FOREIGN_MINISTER)),
    (
        "министрами иностранных дел",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    ("глава мид", Office::Kinds(FOREIGN_MINISTER)),
    ("главы мид", Office::Kinds(FOREIGN_MINISTER)),
    ("главе мид", Office::Kinds(FOREIGN_MINISTER)),
    ("главой мид", Office::Kinds(FOREIGN_MINISTER)),
    ("главу мид", Office::Kinds(FOREIGN_MINISTER)),
    ("главами мид", Office::Kinds(FOREIGN_MINISTER)),
    ("глав мид", Office::Kinds(FOREIGN_MINISTER)),
    (
        "міністра закордонних справ",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    (
        "міністру закордонних справ",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    (
        "міністром закордонних справ",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    (
        "міністри закордонних справ",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    (
        "міністрами закордонних справ",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    ("глава мзс", Office::Kinds(FOREIGN_MINISTER)),
    ("голова мзс", Office::Kinds(FOREIGN_MINISTER)),
    ("aussenminister", Office::Kinds(FOREIGN_MINISTER)),
    (
        "ministro de asuntos exteriores",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    (
        "ministra de asuntos exteriores",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    (
        "ministro de relaciones exteriores",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    // Plurals, for a title with a list of countries ("i ministri degli Esteri di Francia,
    // Germania e Spagna").
    (
        "ministros de asuntos exteriores",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    (
        "ministros de relaciones exteriores",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    ("ministri degli esteri", Office::Kinds(FOREIGN_MINISTER)),
    (
        "ministri degli affari esteri",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    (
        "ministrami spraw zagranicznych",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    (
        "ministrowie spraw zagranicznych",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    (
        "ministrow spraw zagranicznych",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    (
        "ministrowi spraw zagranicznych",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    ("ministro degli esteri", Office::Kinds(FOREIGN_MINISTER)),
    ("ministra degli esteri", Office::Kinds(FOREIGN_MINISTER)),
    (
        "ministro degli affari esteri",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    (
        "minister spraw zagranicznych",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    (
        "ministra spraw zagranicznych",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    (
        "ministrem spraw zagranicznych",
        Office::Kinds(FOREIGN_MINISTER),
    ),
    ("szef msz", Office::Kinds(FOREIGN_MINISTER)),
    ("szef dyplomacji", Office::Kinds(FOREIGN_MINISTER)),
    ("szefa dyplomacji", Office::Kinds(FOREIGN_MINISTER)),
    ("xarici isler nazir", Office::Kinds(FOREIGN_MINISTER)),
    ("արտգործնախարար", Office::Kinds(FOREIGN_MINISTER)),
    ("արտաքին գործերի նախարար", Office::Kinds(FOREIGN_MINISTER)),
    ("وزير الخارجية", Office::Kinds(FOREIGN_MINISTER)),
    ("وزيرا الخارجية", Office::Kinds(FOREIGN_MINISTER)),
    ("وزراء الخارجية", Office::Kinds(FOREIGN_MINISTER)),
    ("министр иностранных дел", Office::Kinds(FOREIGN_MINISTER)),
    ("міністр закордонних справ", Office::Kinds(FOREIGN_MINISTER)),
    ("disisleri bakan", Office::Kinds(FOREIGN_MINISTER)),
    ("xarici isler naziri", Office::Kinds(FOREIGN_MINISTER)),
    // The US Secretary of State in Russian, Ukrainian and Azerbaijani.
    ("госсекретар", Office::UsSecretaryOfState),
    ("держсекретар", Office::UsSecretaryOfState),
    ("dovlet katib", Office::UsSecretaryOfState),
    // Inflected heads of the foreign ministry (pl, uk) and the Armenian "ԱԳ(Ն)" abbreviation.
    ("szefa msz", Office::Kinds(FOREIGN_MINISTER)),
    ("szefem msz", Office::Kinds(FOREIGN_MINISTER)),
    ("szefowi msz", Office::Kinds(FOREIGN_MINISTER)),
    ("szefowa msz", Office::Kinds(FOREIGN_MINISTER)),
    ("szefowie msz", Office::Kinds(FOREIGN_MINISTER)),
    ("szefem dyplomacji", Office::Kinds(FOREIGN_MINISTER)),
    ("szefowa dyplomacji", Office::Kinds(FOREIGN_MINISTER)),
    ("главою мзс", Office::Kinds(FOREIGN_MINISTER)),
    ("головою мзс", Office::Kinds(FOREIGN_MINISTER)),
    ("главі мзс", Office::Kinds(FOREIGN_MINISTER)),
    ("голові мзс", Office::Kinds(FOREIGN_MINISTER)),
    ("главу мзс", Office::Kinds(FOREIGN_MINISTER)),
    ("голову мзс", Office::Kinds(FOREIGN_MINISTER)),
    ("голови мзс", Office::Kinds(FOREIGN_MINISTER)),
    ("главами мзс", Office::Kinds(FOREIGN_MINISTER)),
    ("головами мзс", Office::Kinds(FOREIGN_MINISTER)),
    ("голів мзс", Office::Kinds(FOREIGN_MINISTER)),
    ("ագ նախարար", Office::Kinds(FOREIGN_MINISTER)),
    ("ագն ղեկավար", Office::Kinds(FOREIGN_MINISTER)),
    // Defence ministers (the US Secretary of Defense, Russian "глава военного ведомства").
    ("defence minister", Office::Kinds(DEFENCE_MINISTER)),
    ("defense minister", Office::Kinds(DEFENCE_MINISTER)),
    ("defence secretary", Office::Kinds(DEFENCE_MINISTER)),
    ("defense secretary", Office::Kinds(DEFENCE_MINISTER)),
    ("secretary of defense", Office::Kinds(DEFENCE_MINISTER)),
    ("secretary of defence", Office::Kinds(DEFENCE_MINISTER)),
    ("ministre des armees", Office::Kinds(DEFENCE_MINISTER)),
    ("ministres des armees", Office::Kinds(DEFENCE_MINISTER)),
    ("ministre de la defense", Office::Kinds(DEFENCE_MINISTER)),
    ("ministres de la defense", Office::Kinds(DEFENCE_MINISTER)),
    ("ministro de defensa", Office::Kinds(DEFENCE_MINISTER)),
    ("ministra de defensa", Office::Kinds(DEFENCE_MINISTER)),
    ("ministros de defensa", Office::Kinds(DEFENCE_MINISTER)),
    ("secretario de defensa", Office::Kinds(DEFENCE_MINISTER)),
    ("secretaria de defensa", Office::Kinds(DEFENCE_MINISTER)),
    ("ministro della difesa", Office::Kinds(DEFENCE_MINISTER)),
    ("ministra della difesa", Office::Kinds(DEFENCE_MINISTER)),
    ("ministri della difesa", Office::Kinds(DEFENCE_MINISTER)),
    ("segretario alla difesa", Office::Kinds(DEFENCE_MINISTER)),
    ("minister obrony", Office::Kinds(DEFENCE_MINISTER)),
    ("ministra obrony", Office::Kinds(DEFENCE_MINISTER)),
    ("ministrem obrony", Office::Kinds(DEFENCE_MINISTER)),
    ("ministrowi obrony", Office::Kinds(DEFENCE_MINISTER)),
    ("ministrowie obrony", Office::Kinds(DEFENCE_MINISTER)),
    ("szef mon", Office::Kinds(DEFENCE_MINISTER)),
    ("szefa mon", Office::Kinds(DEFENCE_MINISTER)),
    ("szefem mon", Office::Kinds(DEFENCE_MINISTER)),
    ("verteidigungsminister", Office::Kinds(DEFENCE_MINISTER)),
    ("savunma bakan", Office::Kinds(DEFENCE_MINISTER)),
    ("mudafie nazir", Office::Kinds(DEFENCE_MINISTER)),
    ("министр обороны", Office::Kinds(DEFENCE_MINISTER)),
    ("министра обороны", Office::Kinds(DEFENCE_MINISTER)),
    ("министру обороны", Office::Kinds(DEFENCE_MINISTER)),
    ("министром обороны", Office::Kinds(DEFENCE_MINISTER)),
    ("министре обороны", Office::Kinds(DEFENCE_MINISTER)),
    ("министры обороны", Office::Kinds(DEFENCE_MINISTER)),
    ("министров обороны", Office::Kinds(DEFENCE_MINISTER)),
    ("министрами обороны", Office::Kinds(DEFENCE_MINISTER)),
    ("глава минобороны", Office::Kinds(DEFENCE_MINISTER)),
    ("главы минобороны", Office::Kinds(DEFENCE_MINISTER)),
    ("главе минобороны", Office::Kinds(DEFENCE_MINISTER)),
    ("главой минобороны", Office::Kinds(DEFENCE_MINISTER)),
    ("главу минобороны", Office::Kinds(DEFENCE_MINISTER)),
    ("главами минобороны", Office::Kinds(DEFENCE_MINISTER)),
    ("глав минобороны", Office::Kinds(DEFENCE_MINISTER)),
    ("глава военного ведомства", Office::Kinds(DEFENCE_MINISTER)),
    ("главы военного ведомства", Office::Kinds(DEFENCE_MINISTER)),
    ("главы военных ведомств", Office::Kinds(DEFENCE_MINISTER)),
    ("главой военного ведомства", Office::Kinds(DEFENCE_MINISTER)),
    ("міністр оборони", Office::Kinds(DEFENCE_MINISTER)),
    ("міністра оборони", Office::Kinds(DEFENCE_MINISTER)),
    ("міністру оборони", Office::Kinds(DEFENCE_MINISTER)),
    ("міністром оборони", Office::Kinds(DEFENCE_MINISTER)),
    ("міністри оборони", Office::Kinds(DEFENCE_MINISTER)),
    ("міністрами оборони", Office::Kinds(DEFENCE_MINISTER)),
    ("глава міноборони", Office::Kinds(DEFENCE_MINISTER)),
    ("голова міноборони", Office::Kinds(DEFENCE_MINISTER)),
    ("главою міноборони", Office::Kinds(DEFENCE_MINISTER)),
    ("головою міноборони", Office::Kinds(DEFENCE_MINISTER)),
    ("голови міноборони", Office::Kinds(DEFENCE_MINISTER)),
    ("главами міноборони", Office::Kinds(DEFENCE_MINISTER)),
    ("головами міноборони", Office::Kinds(DEFENCE_MINISTER)),
    ("голів міноборони", Office::Kinds(DEFENCE_MINISTER)),
    ("وزير الدفاع", Office::Kinds(DEFENCE_MINISTER)),
    ("وزيرا الدفاع", Office::Kinds(DEFENCE_MINISTER)),
    ("وزراء الدفاع", Office::Kinds(DEFENCE_MINISTER)),
    ("պաշտպանության նախարար", Office::Kinds(DEFENCE_MINISTER)),
    ("canciller", Office::Canciller),
    ("chancellor", Office::Kinds(CHANCELLOR)),
    ("chancelier", Office::Kinds(CHANCELLOR)),
    ("kanzler", Office::Kinds(CHANCELLOR)),
    ("bundeskanzler", Office::Kinds(CHANCELLOR)),
    ("канцлер", Office::Kinds(CHANCELLOR)),
    ("kansler", Office::Kinds(CHANCELLOR)),
    ("cancelliere", Office::Kinds(CHANCELLOR)),
    ("kanclerz", Office::Kinds(CHANCELLOR)),
    ("president", Office::Kinds(PRESIDENT)),
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
    ("presidente", Office::Kinds(PRESIDENT)),
    ("prasident", Office::Kinds(PRESIDENT)),
    ("prezident", Office::Kinds(PRESIDENT)),
    ("prezydent", Office::Kinds(PRESIDENT)),
    ("президент", Office::Kinds(PRESIDENT)),
    ("cumhurbaskan", Office::Kinds(PRESIDENT)),
    ("devlet baskan", Office::Kinds(PRESIDENT)),
    ("նախագահ", Office::Kinds(PRESIDENT)),
];

/// The office a title names, when it is one of the offices above.
/// `words` are the folded words of the title, in order.
pub fn office_of(words: &[&str]) -> Option<Office> {
    let joined = words.join(" ");
    OFFICES
        .iter()
        .find(|(prefix, _)| joined.starts_with(prefix))
        .map(|(_, kinds)| *kinds)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::{Office, office_of};

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_default()
    }

    fn kinds(words: &[&str], country: &str) -> Option<&'static [&'static str]> {
        office_of(words).and_then(|o| o.kinds_in(country, day("2024-05-01")))
    }

    #[test]
    fn titles_name_offices() {
        assert_eq!(kinds(&["президентом"], "MD"), Some(super::PRESIDENT));
        assert_eq!(
            kinds(&["prime", "minister"], "GB"),
            Some(super::PRIME_MINISTER)
        );
        assert_eq!(kinds(&["basbakani"], "TR"), Some(super::PRIME_MINISTER));
        assert_eq!(office_of(&["ambassador"]), None);
    }

    #[test]
    fn a_leader_is_the_office_that_leads_the_country() {
        assert_eq!(office_of(&["leaders"]), Some(Office::Leader));
        assert_eq!(kinds(&["лидер"], "TR"), Some(super::PRESIDENT));
        assert_eq!(kinds(&["leader"], "QA"), Some(super::EMIR));
        // A president who does not lead the executive: "the German leader" stays open.
        assert_eq!(kinds(&["leader"], "DE"), None);
        // The president of any country is its president, whoever leads it.
        assert_eq!(kinds(&["president"], "DE"), Some(super::PRESIDENT));
        // Iran's president does not lead it; Turkey's prime minister did until August 2014.
        assert_eq!(kinds(&["leader"], "IR"), None);
        let turkish_leader_on = |d| Office::Leader.kinds_in("TR", day(d));
        assert_eq!(turkish_leader_on("2012-03-01"), Some(super::PRIME_MINISTER));
        assert_eq!(turkish_leader_on("2016-03-01"), Some(super::PRESIDENT));
    }

    #[test]
    fn a_spanish_canciller_is_a_chancellor_only_in_germany_and_austria() {
        assert_eq!(kinds(&["canciller"], "DE"), Some(super::CHANCELLOR));
        assert_eq!(kinds(&["canciller"], "AR"), Some(super::FOREIGN_MINISTER));
    }

    #[test]
    fn a_state_secretary_is_the_secretary_of_state_only_in_the_united_states() {
        assert_eq!(
            kinds(&["госсекретарем"], "US"),
            Some(super::FOREIGN_MINISTER)
        );
        assert_eq!(kinds(&["госсекретарем"], "KZ"), None);
    }
}
