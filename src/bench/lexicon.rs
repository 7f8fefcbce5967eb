//! Per-language word material: real function words, syllables to build a large pseudo-word
//! vocabulary (so that the index sees tens of thousands of distinct terms per language, with a
//! Zipf frequency curve like real text), month names, and the topics readouts talk about.

use std::collections::HashSet;

use super::cast::Lang;
use super::rng::{Rng, Zipf};

/// Distinct content words generated per language.
pub const VOCABULARY_SIZE: usize = 30_000;

struct Syllables {
    onsets: &'static [&'static str],
    vowels: &'static [&'static str],
    codas: &'static [&'static str],
    suffixes: &'static [&'static str],
}

fn syllables(lang: Lang) -> Syllables {
    match lang {
        Lang::En => Syllables {
            onsets: &[
                "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v",
                "w", "st", "tr", "pl", "gr", "br", "ch", "sh", "th", "cr", "pr", "", "",
            ],
            vowels: &["a", "e", "i", "o", "u", "ea", "ou", "ai", "io", "ee"],
            codas: &[
                "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ng", "rt", "ck", "ss",
            ],
            suffixes: &[
                "tion", "ment", "ing", "ed", "ity", "al", "ive", "ance", "ers", "ly",
            ],
        },
        Lang::Fr => Syllables {
            onsets: &[
                "b", "c", "d", "f", "g", "j", "l", "m", "n", "p", "r", "s", "t", "v", "ch", "pr",
                "tr", "gr", "qu", "cl", "",
            ],
            vowels: &[
                "a", "e", "i", "o", "u", "é", "è", "ou", "ai", "eu", "au", "oi", "ê", "an", "en",
                "on", "in",
            ],
            codas: &["", "", "s", "t", "r", "l", "n", "x", "nt"],
            suffixes: &[
                "tion", "ment", "ité", "eur", "ique", "ance", "age", "elle", "ière", "isme",
            ],
        },
        Lang::Ru => Syllables {
            onsets: &[
                "б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф", "х",
                "ц", "ч", "ш", "щ", "пр", "ст", "тр", "гр", "кр", "вл", "св", "",
            ],
            vowels: &["а", "е", "и", "о", "у", "ы", "я", "ю", "ё"],
            codas: &["", "", "н", "т", "с", "р", "л", "й", "в", "к", "ст"],
            suffixes: &[
                "ние", "ость", "ский", "ный", "ать", "ение", "ство", "ция", "ами", "ого",
            ],
        },
        Lang::De => Syllables {
            onsets: &[
                "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "w", "z", "sch",
                "st", "sp", "pf", "kr", "gr", "br", "tr", "fl",
            ],
            vowels: &[
                "a", "e", "i", "o", "u", "ä", "ö", "ü", "ei", "au", "ie", "eu",
            ],
            codas: &[
                "", "n", "r", "s", "t", "l", "ch", "ng", "st", "nd", "ck", "tz", "rf",
            ],
            suffixes: &[
                "ung", "heit", "keit", "lich", "schaft", "isch", "en", "er", "ungen", "bar",
            ],
        },
        Lang::Tr => Syllables {
            onsets: &[
                "b", "c", "ç", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "ş", "t",
                "v", "y", "z", "",
            ],
            vowels: &["a", "e", "ı", "i", "o", "ö", "u", "ü"],
            codas: &["", "", "n", "r", "l", "k", "t", "m", "ş", "z"],
            suffixes: &[
                "lar", "ler", "lık", "lik", "ması", "mesi", "sı", "si", "da", "de", "ndan", "nin",
            ],
        },
        Lang::Az => Syllables {
            onsets: &[
                "b", "c", "ç", "d", "f", "g", "h", "x", "q", "k", "l", "m", "n", "p", "r", "s",
                "ş", "t", "v", "y", "z", "",
            ],
            vowels: &["a", "e", "ə", "ı", "i", "o", "ö", "u", "ü"],
            codas: &["", "", "n", "r", "l", "q", "t", "m", "ş", "z", "x"],
            suffixes: &[
                "lar", "lər", "lıq", "lik", "ması", "məsi", "sı", "si", "da", "də", "nın", "nin",
            ],
        },
    }
}

/// Real function words: the most frequent tokens of each language.
pub fn function_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was",
            "by", "at", "from", "it", "an", "be", "this", "are", "which", "has", "have", "its",
            "were", "will", "their", "also", "not", "or", "but", "been", "after", "about",
            "between", "two", "both", "said", "other", "during",
        ],
        Lang::Fr => &[
            "le",
            "la",
            "les",
            "de",
            "des",
            "du",
            "un",
            "une",
            "et",
            "à",
            "en",
            "dans",
            "pour",
            "sur",
            "avec",
            "par",
            "au",
            "aux",
            "que",
            "qui",
            "est",
            "a",
            "été",
            "ont",
            "ne",
            "pas",
            "ce",
            "cette",
            "ces",
            "son",
            "sa",
            "ses",
            "leur",
            "plus",
            "entre",
            "lors",
            "ainsi",
            "également",
        ],
        Lang::Ru => &[
            "и",
            "в",
            "на",
            "с",
            "по",
            "о",
            "что",
            "как",
            "для",
            "к",
            "из",
            "от",
            "это",
            "не",
            "а",
            "также",
            "при",
            "его",
            "их",
            "между",
            "был",
            "была",
            "были",
            "будет",
            "же",
            "уже",
            "только",
            "или",
        ],
        Lang::De => &[
            "der", "die", "das", "und", "in", "den", "von", "zu", "mit", "sich", "des", "auf",
            "für", "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden",
            "aus", "er", "hat", "dass", "sie", "nach", "wird", "bei", "einer", "um", "am", "sind",
            "noch", "wie", "über",
        ],
        Lang::Tr => &[
            "ve",
            "bir",
            "bu",
            "da",
            "de",
            "ile",
            "için",
            "olarak",
            "olan",
            "daha",
            "çok",
            "en",
            "gibi",
            "kadar",
            "ancak",
            "ise",
            "her",
            "iki",
            "ayrıca",
            "sonra",
            "önce",
            "tarafından",
            "üzere",
            "olduğu",
        ],
        Lang::Az => &[
            "və",
            "bir",
            "bu",
            "da",
            "də",
            "ilə",
            "üçün",
            "olaraq",
            "olan",
            "daha",
            "çox",
            "ən",
            "kimi",
            "qədər",
            "isə",
            "hər",
            "iki",
            "həmçinin",
            "sonra",
            "əvvəl",
            "tərəfindən",
            "barədə",
        ],
    }
}

/// Month names in the form a date inside a sentence uses ("20 июня", "20. Juni").
pub fn month_name(lang: Lang, month: u32) -> &'static str {
    let i = (month.clamp(1, 12) - 1) as usize;
    match lang {
        Lang::En => [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ][i],
        Lang::Fr => [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ][i],
        Lang::Ru => [
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ][i],
        Lang::De => [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ][i],
        Lang::Tr => [
            "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
            "Ekim", "Kasım", "Aralık",
        ][i],
        Lang::Az => [
            "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
            "oktyabr", "noyabr", "dekabr",
        ][i],
    }
}

/// A subject of conversation, its English key and how each language writes it.
pub struct Topic {
    pub key: &'static str,
    phrases: [&'static [&'static str]; 6],
}

impl Topic {
    pub fn phrases(&self, lang: Lang) -> &'static [&'static str] {
        self.phrases[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
    }
}

/// Phrases are in the order of [`Lang::ALL`]: en, fr, ru, de, tr, az.
pub const TOPICS: &[Topic] = &[
    Topic {
        key: "COP29",
        phrases: [
            &["COP29", "the COP29 climate conference"],
            &["la COP29", "la conférence COP29"],
            &["COP29", "конференция COP29"],
            &["COP29", "die Klimakonferenz COP29"],
            &["COP29", "COP29 iklim konferansı"],
            &["COP29", "COP29 iqlim konfransı"],
        ],
    },
    Topic {
        key: "peace treaty",
        phrases: [
            &["the peace treaty", "a peace treaty"],
            &["le traité de paix", "l'accord de paix"],
            &["мирный договор", "мирное соглашение"],
            &["Friedensvertrag", "Friedensabkommen"],
            &["barış anlaşması", "barış antlaşması"],
            &["sülh müqaviləsi", "sülh sazişi"],
        ],
    },
    Topic {
        key: "gas",
        phrases: [
            &["gas supplies", "natural gas exports"],
            &["les livraisons de gaz", "le gaz naturel"],
            &["поставки газа", "природный газ"],
            &["Gaslieferungen", "Erdgas"],
            &["doğal gaz tedariki", "doğal gaz"],
            &["qaz təchizatı", "təbii qaz"],
        ],
    },
    Topic {
        key: "energy security",
        phrases: [
            &["energy security", "energy cooperation"],
            &["la sécurité énergétique", "la coopération énergétique"],
            &[
                "энергетическая безопасность",
                "энергетическое сотрудничество",
            ],
            &["Energiesicherheit", "Energiezusammenarbeit"],
            &["enerji güvenliği", "enerji işbirliği"],
            &["enerji təhlükəsizliyi", "enerji əməkdaşlığı"],
        ],
    },
    Topic {
        key: "grain",
        phrases: [
            &["grain exports", "the Black Sea grain corridor"],
            &["les exportations de céréales", "le corridor céréalier"],
            &["экспорт зерна", "зерновая сделка"],
            &["Getreideexporte", "Getreidekorridor"],
            &["tahıl ihracatı", "tahıl koridoru"],
            &["taxıl ixracı", "taxıl dəhlizi"],
        ],
    },
    Topic {
        key: "Nagorno-Karabakh",
        phrases: [
            &["Nagorno-Karabakh", "the Karabakh region"],
            &["le Haut-Karabakh", "la région du Karabakh"],
            &["Нагорный Карабах", "Карабахский регион"],
            &["Bergkarabach", "die Region Karabach"],
            &["Dağlık Karabağ", "Karabağ bölgesi"],
            &["Qarabağ", "Qarabağ regionu"],
        ],
    },
    Topic {
        key: "climate finance",
        phrases: [
            &["climate finance", "climate change"],
            &["la finance climatique", "le changement climatique"],
            &["климатическое финансирование", "изменение климата"],
            &["Klimafinanzierung", "Klimawandel"],
            &["iklim finansmanı", "iklim değişikliği"],
            &["iqlim maliyyəsi", "iqlim dəyişikliyi"],
        ],
    },
    Topic {
        key: "sanctions",
        phrases: [
            &["sanctions", "the sanctions regime"],
            &["les sanctions", "le régime de sanctions"],
            &["санкции", "санкционный режим"],
            &["Sanktionen", "das Sanktionsregime"],
            &["yaptırımlar", "yaptırım rejimi"],
            &["sanksiyalar", "sanksiya rejimi"],
        ],
    },
    Topic {
        key: "ceasefire",
        phrases: [
            &["a ceasefire", "humanitarian aid"],
            &["un cessez-le-feu", "l'aide humanitaire"],
            &["прекращение огня", "гуманитарная помощь"],
            &["Waffenruhe", "humanitäre Hilfe"],
            &["ateşkes", "insani yardım"],
            &["atəşkəs", "humanitar yardım"],
        ],
    },
    Topic {
        key: "trade",
        phrases: [
            &["trade and investment", "the Middle Corridor"],
            &["le commerce et l'investissement", "le corridor médian"],
            &["торговля и инвестиции", "Средний коридор"],
            &["Handel und Investitionen", "der Mittlere Korridor"],
            &["ticaret ve yatırım", "Orta Koridor"],
            &["ticarət və investisiya", "Orta Dəhliz"],
        ],
    },
    Topic {
        key: "nuclear safety",
        phrases: [
            &["nuclear safety", "the Zaporizhzhia nuclear power plant"],
            &["la sûreté nucléaire", "la centrale de Zaporijia"],
            &["ядерная безопасность", "Запорожская АЭС"],
            &["nukleare Sicherheit", "das Kernkraftwerk Saporischschja"],
            &["nükleer güvenlik", "Zaporijya nükleer santrali"],
            &["nüvə təhlükəsizliyi", "Zaporojye AES"],
        ],
    },
    Topic {
        key: "prisoner exchange",
        phrases: [
            &["a prisoner exchange", "the release of detainees"],
            &["un échange de prisonniers", "la libération des détenus"],
            &["обмен пленными", "освобождение задержанных"],
            &["Gefangenenaustausch", "die Freilassung von Gefangenen"],
            &["esir takası", "tutukluların serbest bırakılması"],
            &["əsir mübadiləsi", "məhbusların azad edilməsi"],
        ],
    },
    Topic {
        key: "border delimitation",
        phrases: [
            &["border delimitation", "the border commission"],
            &[
                "la délimitation de la frontière",
                "la commission frontalière",
            ],
            &["делимитация границы", "пограничная комиссия"],
            &["Grenzziehung", "die Grenzkommission"],
            &["sınır belirleme", "sınır komisyonu"],
            &["sərhədlərin delimitasiyası", "sərhəd komissiyası"],
        ],
    },
    Topic {
        key: "NATO summit",
        phrases: [
            &["the NATO summit", "Euro-Atlantic security"],
            &["le sommet de l'OTAN", "la sécurité euro-atlantique"],
            &["саммит НАТО", "евроатлантическая безопасность"],
            &["der NATO-Gipfel", "euro-atlantische Sicherheit"],
            &["NATO zirvesi", "Avrupa-Atlantik güvenliği"],
            &["NATO sammiti", "Avro-Atlantik təhlükəsizliyi"],
        ],
    },
];

/// One language's generated vocabulary with its Zipf sampler.
pub struct Vocabulary {
    pub words: Vec<String>,
    zipf: Zipf,
}

impl Vocabulary {
    /// Builds [`VOCABULARY_SIZE`] distinct pseudo-words from the language's syllables.
    pub fn build(lang: Lang, seed: u64) -> Self {
        let s = syllables(lang);
        let mut rng = Rng::new(seed, 0x00E0_CAB0 + lang as u64);
        let function: HashSet<&str> = function_words(lang).iter().copied().collect();
        let mut seen = HashSet::with_capacity(VOCABULARY_SIZE * 2);
        let mut words = Vec::with_capacity(VOCABULARY_SIZE);
        while words.len() < VOCABULARY_SIZE {
            // Frequent words are short, as in real text: the rank so far sets the length.
            let max_syllables = 1 + words.len() * 3 / VOCABULARY_SIZE;
            let mut word = String::new();
            for _ in 0..rng.between(1, max_syllables) {
                word.push_str(rng.pick(s.onsets));
                word.push_str(rng.pick(s.vowels));
                word.push_str(rng.pick(s.codas));
            }
            if rng.chance(0.3) {
                word.push_str(rng.pick(s.suffixes));
            }
            if lang == Lang::De && rng.chance(0.35) {
                word = capitalise(&word);
            }
            if word.chars().count() >= 2
                && !function.contains(word.as_str())
                && seen.insert(word.clone())
            {
                words.push(word);
            }
        }
        Self {
            words,
            zipf: Zipf::with_offset(VOCABULARY_SIZE, 1.07, 12.0),
        }
    }

    pub fn sample(&self, rng: &mut Rng) -> &str {
        &self.words[self.zipf.sample(rng)]
    }
}

pub fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies_are_large_distinct_and_reproducible() {
        let a = Vocabulary::build(Lang::Ru, 3);
        let b = Vocabulary::build(Lang::Ru, 3);
        assert_eq!(a.words.len(), VOCABULARY_SIZE);
        assert_eq!(a.words, b.words);
        let distinct: HashSet<&String> = a.words.iter().collect();
        assert_eq!(distinct.len(), VOCABULARY_SIZE);
        assert!(
            a.words
                .iter()
                .all(|w| w.chars().all(|c| !c.is_ascii_alphabetic()))
        );
    }

    #[test]
    fn every_topic_has_phrases_in_every_language() {
        for t in TOPICS {
            for lang in Lang::ALL {
                assert!(!t.phrases(lang).is_empty(), "{} {:?}", t.key, lang);
            }
        }
    }
}
