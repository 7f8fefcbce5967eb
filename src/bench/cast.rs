//! The people and countries the synthetic corpus talks about: real public figures with their
//! names in every script the generated languages need (Russian in three grammatical cases), so
//! that name normalisation and inflection are exercised the way real readouts exercise them.

/// Languages the generator writes, with their share of the corpus (per mille).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Fr,
    Ru,
    De,
    Tr,
    Az,
}

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Fr, Lang::Ru, Lang::De, Lang::Tr, Lang::Az];

    /// Corpus share per language, per mille; sums to 1000.
    pub fn share(self) -> u32 {
        match self {
            Lang::En => 300,
            Lang::Fr => 180,
            Lang::Ru => 200,
            Lang::De => 130,
            Lang::Tr => 120,
            Lang::Az => 70,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::De => "de",
            Lang::Tr => "tr",
            Lang::Az => "az",
        }
    }
}

pub struct Country {
    pub en: &'static str,
    pub en_adj: &'static str,
    /// "d'Azerbaïdjan", "des États-Unis": what follows "le Président".
    pub fr_of: &'static str,
    /// Feminine adjective, for "la partie azerbaïdjanaise".
    pub fr_adj_f: &'static str,
    pub ru_gen: &'static str,
    /// Feminine genitive adjective, for "по инициативе азербайджанской стороны".
    pub ru_adj_gen_f: &'static str,
    /// What follows "Präsident": "von Aserbaidschan", "der Türkei".
    pub de_of: &'static str,
    /// Weak adjective ending, for "auf Initiative der aserbaidschanischen Seite".
    pub de_adj: &'static str,
    pub tr: &'static str,
    pub az: &'static str,
    /// The government site that publishes this country's readouts.
    pub site: &'static str,
}

macro_rules! country {
    ($en:expr, $en_adj:expr, $fr_of:expr, $fr_adj:expr, $ru_gen:expr, $ru_adj:expr, $de_of:expr, $de_adj:expr, $tr:expr, $az:expr, $site:expr) => {
        Country {
            en: $en,
            en_adj: $en_adj,
            fr_of: $fr_of,
            fr_adj_f: $fr_adj,
            ru_gen: $ru_gen,
            ru_adj_gen_f: $ru_adj,
            de_of: $de_of,
            de_adj: $de_adj,
            tr: $tr,
            az: $az,
            site: $site,
        }
    };
}

pub const AZ: Country = country!(
    "Azerbaijan",
    "Azerbaijani",
    "d'Azerbaïdjan",
    "azerbaïdjanaise",
    "Азербайджана",
    "азербайджанской",
    "von Aserbaidschan",
    "aserbaidschanischen",
    "Azerbaycan",
    "Azərbaycan",
    "president.az"
);
pub const US: Country = country!(
    "the United States",
    "American",
    "des États-Unis",
    "américaine",
    "США",
    "американской",
    "der Vereinigten Staaten",
    "amerikanischen",
    "ABD",
    "ABŞ",
    "state.gov"
);
pub const FR: Country = country!(
    "France",
    "French",
    "de la République française",
    "française",
    "Франции",
    "французской",
    "von Frankreich",
    "französischen",
    "Fransa",
    "Fransa",
    "elysee.fr"
);
pub const TR: Country = country!(
    "Türkiye",
    "Turkish",
    "de Turquie",
    "turque",
    "Турции",
    "турецкой",
    "der Türkei",
    "türkischen",
    "Türkiye",
    "Türkiyə",
    "iletisim.gov.tr"
);
pub const DE: Country = country!(
    "Germany",
    "German",
    "d'Allemagne",
    "allemande",
    "Германии",
    "германской",
    "der Bundesrepublik Deutschland",
    "deutschen",
    "Almanya",
    "Almaniya",
    "bundesregierung.de"
);
pub const AM: Country = country!(
    "Armenia",
    "Armenian",
    "d'Arménie",
    "arménienne",
    "Армении",
    "армянской",
    "von Armenien",
    "armenischen",
    "Ermenistan",
    "Ermənistan",
    "primeminister.am"
);
pub const RU: Country = country!(
    "Russia",
    "Russian",
    "de Russie",
    "russe",
    "России",
    "российской",
    "Russlands",
    "russischen",
    "Rusya",
    "Rusiya",
    "kremlin.ru"
);
pub const UA: Country = country!(
    "Ukraine",
    "Ukrainian",
    "d'Ukraine",
    "ukrainienne",
    "Украины",
    "украинской",
    "der Ukraine",
    "ukrainischen",
    "Ukrayna",
    "Ukrayna",
    "president.gov.ua"
);
pub const GB: Country = country!(
    "the United Kingdom",
    "British",
    "du Royaume-Uni",
    "britannique",
    "Великобритании",
    "британской",
    "des Vereinigten Königreichs",
    "britischen",
    "Birleşik Krallık",
    "Böyük Britaniya",
    "gov.uk"
);
pub const KZ: Country = country!(
    "Kazakhstan",
    "Kazakh",
    "du Kazakhstan",
    "kazakhe",
    "Казахстана",
    "казахстанской",
    "von Kasachstan",
    "kasachischen",
    "Kazakistan",
    "Qazaxıstan",
    "akorda.kz"
);
pub const UZ: Country = country!(
    "Uzbekistan",
    "Uzbek",
    "d'Ouzbékistan",
    "ouzbèke",
    "Узбекистана",
    "узбекистанской",
    "von Usbekistan",
    "usbekischen",
    "Özbekistan",
    "Özbəkistan",
    "president.uz"
);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    President,
    PrimeMinister,
    ForeignMinister,
    Chancellor,
    SecretaryOfState,
}

pub struct Person {
    /// The gazetteer's canonical name.
    pub canonical: &'static str,
    pub country: &'static Country,
    pub role: Role,
    pub female: bool,
    /// Spellings by language; an empty string means "as `canonical`".
    pub fr: &'static str,
    pub de: &'static str,
    pub tr: &'static str,
    pub az: &'static str,
    /// A folded or variant spelling English texts also use ("Erdogan", "Aliev").
    pub en_alt: &'static str,
    /// Russian: nominative, genitive, instrumental.
    pub ru: [&'static str; 3],
}

macro_rules! person {
    ($canon:expr, $country:expr, $role:ident, $female:expr, fr: $fr:expr, de: $de:expr, tr: $tr:expr, az: $az:expr, alt: $alt:expr, ru: [$n:expr, $g:expr, $i:expr]) => {
        Person {
            canonical: $canon,
            country: &$country,
            role: Role::$role,
            female: $female,
            fr: $fr,
            de: $de,
            tr: $tr,
            az: $az,
            en_alt: $alt,
            ru: [$n, $g, $i],
        }
    };
}

/// Ordered roughly by how often they appear in readouts: the generator draws them by Zipf rank.
pub const CAST: &[Person] = &[
    person!("Ilham Aliyev", AZ, President, false, fr: "", de: "Ilham Alijew", tr: "İlham Aliyev", az: "İlham Əliyev", alt: "Ilham Aliev", ru: ["Ильхам Алиев", "Ильхама Алиева", "Ильхамом Алиевым"]),
    person!("Recep Tayyip Erdoğan", TR, President, false, fr: "", de: "", tr: "", az: "Rəcəb Tayyib Ərdoğan", alt: "Recep Tayyip Erdogan", ru: ["Реджеп Тайип Эрдоган", "Реджепа Тайипа Эрдогана", "Реджепом Тайипом Эрдоганом"]),
    person!("Vladimir Putin", RU, President, false, fr: "Vladimir Poutine", de: "Wladimir Putin", tr: "Vladimir Putin", az: "Vladimir Putin", alt: "", ru: ["Владимир Путин", "Владимира Путина", "Владимиром Путиным"]),
    person!("Emmanuel Macron", FR, President, false, fr: "", de: "", tr: "", az: "Emmanuel Makron", alt: "", ru: ["Эммануэль Макрон", "Эммануэля Макрона", "Эммануэлем Макроном"]),
    person!("Antony Blinken", US, SecretaryOfState, false, fr: "", de: "", tr: "", az: "Entoni Blinken", alt: "Antony J. Blinken", ru: ["Энтони Блинкен", "Энтони Блинкена", "Энтони Блинкеном"]),
    person!("Volodymyr Zelenskyy", UA, President, false, fr: "Volodymyr Zelensky", de: "Wolodymyr Selenskyj", tr: "Volodimir Zelenskiy", az: "Volodimir Zelenski", alt: "Volodymyr Zelensky", ru: ["Владимир Зеленский", "Владимира Зеленского", "Владимиром Зеленским"]),
    person!("Olaf Scholz", DE, Chancellor, false, fr: "", de: "", tr: "", az: "Olaf Şolts", alt: "", ru: ["Олаф Шольц", "Олафа Шольца", "Олафом Шольцем"]),
    person!("Nikol Pashinyan", AM, PrimeMinister, false, fr: "Nikol Pachinian", de: "Nikol Paschinjan", tr: "Nikol Paşinyan", az: "Nikol Paşinyan", alt: "Nikol Pashinian", ru: ["Никол Пашинян", "Никола Пашиняна", "Николом Пашиняном"]),
    person!("Joe Biden", US, President, false, fr: "", de: "", tr: "", az: "Co Bayden", alt: "", ru: ["Джо Байден", "Джо Байдена", "Джо Байденом"]),
    person!("Kassym-Jomart Tokayev", KZ, President, false, fr: "Kassym-Jomart Tokaïev", de: "Kassym-Schomart Tokajew", tr: "Kasım-Jomart Tokayev", az: "Kasım-Jomart Tokayev", alt: "", ru: ["Касым-Жомарт Токаев", "Касым-Жомарта Токаева", "Касым-Жомартом Токаевым"]),
    person!("Sergey Lavrov", RU, ForeignMinister, false, fr: "Sergueï Lavrov", de: "Sergej Lawrow", tr: "Sergey Lavrov", az: "Sergey Lavrov", alt: "Sergei Lavrov", ru: ["Сергей Лавров", "Сергея Лаврова", "Сергеем Лавровым"]),
    person!("Jeyhun Bayramov", AZ, ForeignMinister, false, fr: "", de: "Dschejhun Bairamow", tr: "Ceyhun Bayramov", az: "Ceyhun Bayramov", alt: "", ru: ["Джейхун Байрамов", "Джейхуна Байрамова", "Джейхуном Байрамовым"]),
    person!("Ararat Mirzoyan", AM, ForeignMinister, false, fr: "Ararat Mirzoïan", de: "Ararat Mirsojan", tr: "Ararat Mirzoyan", az: "Ararat Mirzoyan", alt: "", ru: ["Арарат Мирзоян", "Арарата Мирзояна", "Араратом Мирзояном"]),
    person!("Hakan Fidan", TR, ForeignMinister, false, fr: "", de: "", tr: "", az: "", alt: "", ru: ["Хакан Фидан", "Хакана Фидана", "Хаканом Фиданом"]),
    person!("Shavkat Mirziyoyev", UZ, President, false, fr: "Chavkat Mirziyoyev", de: "Schawkat Mirsijojew", tr: "Şevket Mirziyoyev", az: "Şavkat Mirziyoyev", alt: "", ru: ["Шавкат Мирзиёев", "Шавката Мирзиёева", "Шавкатом Мирзиёевым"]),
    person!("Rishi Sunak", GB, PrimeMinister, false, fr: "", de: "", tr: "", az: "Rişi Sunak", alt: "", ru: ["Риши Сунак", "Риши Сунака", "Риши Сунаком"]),
    person!("Keir Starmer", GB, PrimeMinister, false, fr: "", de: "", tr: "", az: "Kir Starmer", alt: "", ru: ["Кир Стармер", "Кира Стармера", "Киром Стармером"]),
    person!("Annalena Baerbock", DE, ForeignMinister, true, fr: "", de: "", tr: "", az: "Annalena Berbok", alt: "", ru: ["Анналена Бербок", "Анналены Бербок", "Анналеной Бербок"]),
    person!("Catherine Colonna", FR, ForeignMinister, true, fr: "", de: "", tr: "", az: "Katrin Kolonna", alt: "", ru: ["Катрин Колонна", "Катрин Колонны", "Катрин Колонной"]),
    person!("Dmytro Kuleba", UA, ForeignMinister, false, fr: "Dmytro Kouleba", de: "Dmytro Kuleba", tr: "Dmitro Kuleba", az: "Dmitro Kuleba", alt: "", ru: ["Дмитрий Кулеба", "Дмитрия Кулебы", "Дмитрием Кулебой"]),
    person!("Donald Trump", US, President, false, fr: "", de: "", tr: "", az: "Donald Tramp", alt: "", ru: ["Дональд Трамп", "Дональда Трампа", "Дональдом Трампом"]),
    person!("Friedrich Merz", DE, Chancellor, false, fr: "", de: "", tr: "", az: "Fridrix Merts", alt: "", ru: ["Фридрих Мерц", "Фридриха Мерца", "Фридрихом Мерцем"]),
];

impl Person {
    /// The full name as a text in `lang` writes it (Russian: nominative).
    pub fn name(&self, lang: Lang) -> &'static str {
        let spelled = match lang {
            Lang::En => self.canonical,
            Lang::Fr => self.fr,
            Lang::De => self.de,
            Lang::Tr => self.tr,
            Lang::Az => self.az,
            Lang::Ru => self.ru[0],
        };
        if spelled.is_empty() {
            self.canonical
        } else {
            spelled
        }
    }

    /// The surname (last word) of a full name.
    pub fn surname_of(full: &str) -> &str {
        full.rsplit(' ').next().unwrap_or(full)
    }

    /// Role title in the nominative, with the country ("President of Azerbaijan").
    pub fn role(&self, lang: Lang) -> String {
        let c = self.country;
        let f = self.female;
        match (lang, self.role) {
            (Lang::En, Role::President) => format!("President of {}", c.en),
            (Lang::En, Role::PrimeMinister) => format!("Prime Minister of {}", c.en),
            (Lang::En, Role::ForeignMinister) => format!("Foreign Minister of {}", c.en),
            (Lang::En, Role::Chancellor) => "German Federal Chancellor".into(),
            (Lang::En, Role::SecretaryOfState) => "U.S. Secretary of State".into(),
            (Lang::Fr, Role::President) => format!("le Président {}", c.fr_of),
            (Lang::Fr, Role::PrimeMinister) => format!("le Premier ministre {}", c.fr_of),
            (Lang::Fr, Role::ForeignMinister) if f => {
                format!("la ministre des Affaires étrangères {}", c.fr_of)
            }
            (Lang::Fr, Role::ForeignMinister) => {
                format!("le ministre des Affaires étrangères {}", c.fr_of)
            }
            (Lang::Fr, Role::Chancellor) => "le Chancelier fédéral allemand".into(),
            (Lang::Fr, Role::SecretaryOfState) => "le Secrétaire d'État américain".into(),
            (Lang::Ru, _) => self.ru_role(0),
            (Lang::De, Role::President) => format!("Präsident {}", c.de_of),
            (Lang::De, Role::PrimeMinister) => format!("Premierminister {}", c.de_of),
            (Lang::De, Role::ForeignMinister) if f => format!("Außenministerin {}", c.de_of),
            (Lang::De, Role::ForeignMinister) => format!("Außenminister {}", c.de_of),
            (Lang::De, Role::Chancellor) => "Bundeskanzler".into(),
            (Lang::De, Role::SecretaryOfState) => "US-Außenminister".into(),
            (Lang::Tr, Role::President) => format!("{} Cumhurbaşkanı", c.tr),
            (Lang::Tr, Role::PrimeMinister) => format!("{} Başbakanı", c.tr),
            (Lang::Tr, Role::ForeignMinister) => format!("{} Dışişleri Bakanı", c.tr),
            (Lang::Tr, Role::Chancellor) => "Almanya Başbakanı".into(),
            (Lang::Tr, Role::SecretaryOfState) => "ABD Dışişleri Bakanı".into(),
            (Lang::Az, Role::President) => format!("{} Prezidenti", c.az),
            (Lang::Az, Role::PrimeMinister) => format!("{} Baş naziri", c.az),
            (Lang::Az, Role::ForeignMinister) => format!("{} xarici işlər naziri", c.az),
            (Lang::Az, Role::Chancellor) => "Almaniya Federal Kansleri".into(),
            (Lang::Az, Role::SecretaryOfState) => "ABŞ Dövlət katibi".into(),
        }
    }

    /// Russian role title in a case: 0 nominative, 1 genitive, 2 instrumental.
    pub fn ru_role(&self, case: usize) -> String {
        let g = self.country.ru_gen;
        let case = case.min(2);
        match self.role {
            Role::President => format!("{} {g}", ["Президент", "Президента", "Президентом"][case]),
            Role::PrimeMinister => format!(
                "{} {g}",
                ["Премьер-министр", "Премьер-министра", "Премьер-министром"][case]
            ),
            Role::ForeignMinister => {
                format!(
                    "{} иностранных дел {g}",
                    ["Министр", "Министра", "Министром"][case]
                )
            }
            Role::Chancellor => {
                format!(
                    "{} Германии",
                    [
                        "Федеральный канцлер",
                        "Федерального канцлера",
                        "Федеральным канцлером"
                    ][case]
                )
            }
            Role::SecretaryOfState => {
                format!(
                    "{} США",
                    [
                        "Государственный секретарь",
                        "Государственного секретаря",
                        "Государственным секретарём"
                    ][case]
                )
            }
        }
    }
}

/// Turkish case suffix after an apostrophe, by vowel harmony: `kind` 0 accusative ('ı/'i/'u/'ü),
/// 1 ablative ('dan/'den/'tan/'ten).
pub fn tr_suffix(name: &str, kind: u8) -> String {
    let last_vowel = name
        .chars()
        .rev()
        .find(|c| "aeıioöuüAEIİOÖUÜ".contains(*c))
        .unwrap_or('e');
    let ends_in_vowel = name.chars().last().is_some_and(|c| "aeıioöuü".contains(c));
    let back = "aıouAIOU".contains(last_vowel);
    match kind {
        0 => {
            let v = match last_vowel {
                'a' | 'ı' | 'A' | 'I' => 'ı',
                'e' | 'i' | 'E' | 'İ' => 'i',
                'o' | 'u' | 'O' | 'U' => 'u',
                _ => 'ü',
            };
            if ends_in_vowel {
                format!("{name}'y{v}")
            } else {
                format!("{name}'{v}")
            }
        }
        _ => {
            let voiceless = name
                .chars()
                .last()
                .is_some_and(|c| "çfhkpsştÇFHKPSŞT".contains(c));
            let d = if voiceless { 't' } else { 'd' };
            format!("{name}'{d}{}n", if back { 'a' } else { 'e' })
        }
    }
}

/// Azerbaijani dative, written without an apostrophe ("Əliyevə", "Putinə", "Ərdoğana").
pub fn az_dative(name: &str) -> String {
    let last_vowel = name
        .chars()
        .rev()
        .find(|c| "aeəıioöuüAEƏIİOÖUÜ".contains(*c))
        .unwrap_or('e');
    let ends_in_vowel = name.chars().last().is_some_and(|c| "aeəıioöuü".contains(c));
    let v = if "aıouAIOU".contains(last_vowel) {
        'a'
    } else {
        'ə'
    };
    if ends_in_vowel {
        format!("{name}y{v}")
    } else {
        format!("{name}{v}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turkish_and_azerbaijani_suffixes_follow_vowel_harmony() {
        assert_eq!(tr_suffix("Aliyev", 0), "Aliyev'i");
        assert_eq!(tr_suffix("Erdoğan", 0), "Erdoğan'ı");
        assert_eq!(tr_suffix("Putin", 1), "Putin'den");
        assert_eq!(tr_suffix("Blinken", 1), "Blinken'den");
        assert_eq!(tr_suffix("Lavrov", 1), "Lavrov'dan");
        assert_eq!(az_dative("Əliyev"), "Əliyevə");
        assert_eq!(az_dative("Ərdoğan"), "Ərdoğana");
    }

    #[test]
    fn every_person_has_names_in_every_language() {
        for p in CAST {
            for lang in Lang::ALL {
                assert!(!p.name(lang).is_empty());
                assert!(!p.role(lang).is_empty());
            }
        }
        assert_eq!(Lang::ALL.iter().map(|l| l.share()).sum::<u32>(), 1000);
    }
}
