//! Topic keywords: multilingual folded patterns (one phrase each) mapped to an English topic.

use std::sync::LazyLock;

use super::pattern::PatternSet;

const TOPICS: &[(&str, &[&str])] = &[
    (
        "COP29",
        &["cop29*", "cop 29", "кс 29", "сор29*", "сор 29", "кс29"],
    ),
    (
        "peace treaty",
        &[
            "peace treaty|agreement",
            "traite|accord de paix",
            "мирн* договор*|соглашени*|угод*",
            "friedensvertrag*|friedensabkommen*",
            "tratado|acuerdo de paz",
            "baris anlasma*",
            "sulh muqavile*|sazis*",
        ],
    ),
    (
        "border delimitation",
        &[
            "delimitation",
            "delimitierung",
            "delimitacion",
            "делимитац*",
            "делімітац*",
            "sinir belirleme",
            "delimitasiya*",
        ],
    ),
    (
        "energy",
        &[
            "energy",
            "energie*",
            "energetique*",
            "energia",
            "energetica",
            "enerji*",
            "энерг*",
            "енерг*",
            "energiebereich",
            "energieversorgung",
        ],
    ),
    (
        "gas",
        &[
            "gas",
            "gaz",
            "газ|газа|газу|газового|газовой",
            "gaslieferungen",
            "gazi",
            "qaz",
        ],
    ),
    (
        "Gaza",
        &["gaza", "gazze*", "сектор|секторе газа|газі", "газы"],
    ),
    (
        "Ukraine",
        &[
            "ukraine*",
            "ukrainian",
            "ucrania",
            "ukrayna*",
            "украин*",
            "україн*",
        ],
    ),
    (
        "sanctions",
        &[
            "sanction*",
            "sanktion*",
            "sanciones",
            "yaptirim*",
            "санкци*",
            "санкці*",
        ],
    ),
    (
        "grain",
        &["grain", "cereales", "getreide*", "grano", "tahil*", "зерн*"],
    ),
    (
        "ceasefire",
        &[
            "ceasefire",
            "cease fire",
            "waffenstillstand*",
            "ateskes*",
            "перемири*",
            "прекращени* огня",
            "припинення вогню",
            "cessez le feu",
            "alto el fuego",
        ],
    ),
    (
        "hostages",
        &[
            "hostage*",
            "otages",
            "geiseln",
            "rehine*",
            "заложник*",
            "заручник*",
        ],
    ),
    (
        "humanitarian aid",
        &[
            "humanitarian",
            "humanitaire*",
            "humanitar*",
            "insani",
            "гуманитарн*",
            "гуманітарн*",
        ],
    ),
    (
        "climate finance",
        &[
            "climate finance",
            "financement climatique",
            "klimafinanzierung",
            "financiacion climatica",
            "климатическ* финансир*",
            "iklim finansman*",
        ],
    ),
    (
        "Nagorno-Karabakh",
        &[
            "karabakh",
            "karabagh",
            "karabach",
            "karabaj",
            "karabag*",
            "карабах*",
            "qarabag*",
        ],
    ),
    (
        "Middle Corridor",
        &[
            "middle corridor",
            "средн* коридор*",
            "orta koridor*",
            "orta dehliz*",
            "mittleren korridor",
        ],
    ),
    (
        "air defence",
        &[
            "air defence|defense",
            "defensa antiaerea",
            "luftverteidigung",
            "defense aerienne",
            "пво",
            "hava savunma*",
            "протиповітрян*",
        ],
    ),
    (
        "military aid",
        &[
            "military aid|support|assistance",
            "soutien|appui militaire",
            "militarische unterstutzung",
            "apoyo militar",
            "военн* помощ*",
            "військов* допомог*",
        ],
    ),
    (
        "nuclear safety",
        &[
            "nuclear safety",
            "surete|securite nucleaire",
            "nukleare sicherheit",
            "ядерн* безопасност*",
        ],
    ),
    (
        "Zaporizhzhia nuclear plant",
        &[
            "zaporizhzhia*",
            "zaporijjia",
            "saporischschja",
            "zaporiyia",
            "zaporijya*",
            "запорож*",
            "запоріз*",
        ],
    ),
    (
        "earthquake",
        &[
            "earthquake*",
            "seisme*",
            "erdbeben",
            "terremoto*",
            "deprem*",
            "землетрясени*",
            "землетрус*",
            "zelzele*",
        ],
    ),
    (
        "condolences",
        &[
            "condolence*",
            "beileid*",
            "condolencias",
            "taziye*",
            "bassagligi",
            "соболезнова*",
            "співчутт*",
        ],
    ),
    (
        "EU accession",
        &["accession", "adhesion", "beitritt*", "вступлени*"],
    ),
    (
        "trade",
        &[
            "trade",
            "commerce",
            "handel*",
            "comercio",
            "ticaret*",
            "торгов*",
        ],
    ),
    (
        "tariffs",
        &[
            "tariff*",
            "droits de douane",
            "zolle",
            "aranceles",
            "пошлин*",
        ],
    ),
    (
        "Middle East",
        &[
            "middle east",
            "moyen orient",
            "nahen osten",
            "oriente medio",
            "orta dogu",
            "ближн* восток*",
        ],
    ),
    ("NATO", &["nato", "otan", "нато"]),
    (
        "terrorism",
        &["terror*", "terroris*", "теракт*", "террор*", "терор*"],
    ),
    (
        "birthday congratulations",
        &[
            "birthday",
            "anniversaire",
            "geburtstag",
            "cumpleanos",
            "dogum gunu",
            "ad gunu",
            "днем|днём рождения",
            "днем народження",
        ],
    ),
    (
        "election",
        &[
            "re election",
            "reelection",
            "wahlsieg",
            "reeleccion",
            "secim*",
            "выбор*",
            "вибор*",
            "secki*",
        ],
    ),
    (
        "investigation",
        &[
            "investigation",
            "enquete",
            "untersuchung",
            "investigacion",
            "sorusturma*",
            "расследовани*",
            "arasdirma*",
        ],
    ),
];

pub static TOPIC_SET: LazyLock<PatternSet<&'static str>> =
    LazyLock::new(|| PatternSet::build(items()).0);

fn items() -> impl Iterator<Item = (&'static str, &'static str)> {
    TOPICS
        .iter()
        .flat_map(|(topic, patterns)| patterns.iter().map(move |p| (*p, *topic)))
}

#[cfg(test)]
pub(crate) fn bad_patterns() -> Vec<&'static str> {
    PatternSet::build(items()).1
}
