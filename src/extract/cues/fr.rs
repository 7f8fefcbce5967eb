//! French cues.

use super::{CHANCELLOR, FOREIGN_MINISTER, HEADS_OF_STATE, PRESIDENT, PRIME_MINISTER};
use super::{CallCue, Dir, LangCues, Strength};

const CALLS: &[CallCue] = &[
    (
        "a|avait|ont appele|appelee @",
        Strength::Strong,
        Dir::SubjectCalls,
    ),
    (
        "a|avait|ont telephone a|au @",
        Strength::Strong,
        Dir::SubjectCalls,
    ),
    (
        "recu .. appel|appels|coup",
        Strength::Strong,
        Dir::SubjectReceives,
    ),
    (
        "s' est|sont entretenu|entretenue|entretenus|entretenues .. telephone|telephonique",
        Strength::Strong,
        Dir::None,
    ),
    (
        "entretien|entretiens|echange|conversation telephonique|telephoniques avec @",
        Strength::Strong,
        Dir::None,
    ),
    (
        "s' est|sont entretenu|entretenue|entretenus|entretenues .. avec @",
        Strength::Weak,
        Dir::None,
    ),
    (
        "s' entretient|entretiennent avec @",
        Strength::Weak,
        Dir::None,
    ),
    ("a|ont echange|parle .. avec @", Strength::Weak, Dir::None),
    (
        "remercie .. pour|de .. appel",
        Strength::DirectionOnly,
        Dir::SubjectReceives,
    ),
];

pub const CUES: LangCues = LangCues {
    lang: "fr",
    calls: CALLS,
    phone_words: &["telephon*", "appel|appels", "coup de fil"],
    traps: &[
        "visioconference*",
        "video conference|conferences",
        "lettre|lettres|courrier",
        "adresse .. message",
        "s' entretiendra|entretiendront|appellera|appelleront",
        "appel|entretien|conversation .. prevu|prevue|propose|envisage",
        "refuse|decline|rejete .. appel|entretien|proposition|conversation",
        "en audience",
        "n' a pas eu lieu",
    ],
    separately: &["separement", "tour a tour"],
    initiative: &["l' initiative", "la demande"],
    latter: &["celui ci", "ce dernier", "cette derniere"],
    counterparts: &["homologue|homologues"],
    recipient_suffixes: &[],
    relative_days: &[
        ("aujourd'hui", 0),
        ("ce jour|matin|soir", 0),
        ("cet apres midi", 0),
        ("hier", -1),
        ("la veille", -1),
    ],
    weekdays: &[
        ("lundi", 0),
        ("mardi", 1),
        ("mercredi", 2),
        ("jeudi", 3),
        ("vendredi", 4),
        ("samedi", 5),
        ("dimanche", 6),
    ],
    months: &[
        ("janvier|janv", 1),
        ("fevrier|fevr", 2),
        ("mars", 3),
        ("avril", 4),
        ("mai", 5),
        ("juin", 6),
        ("juillet", 7),
        ("aout", 8),
        ("septembre", 9),
        ("octobre", 10),
        ("novembre", 11),
        ("decembre", 12),
    ],
    home_roles: &[
        ("le chef de l' etat", HEADS_OF_STATE),
        ("le president de la republique", PRESIDENT),
        ("le premier ministre", PRIME_MINISTER),
        ("la premiere ministre", PRIME_MINISTER),
        ("le chancelier", CHANCELLOR),
        ("le ministre des affaires etrangeres", FOREIGN_MINISTER),
        ("la ministre des affaires etrangeres", FOREIGN_MINISTER),
    ],
    titles: &[
        "president|presidente",
        "ministre",
        "premier|premiere",
        "chancelier|chanceliere",
        "secretaire",
        "roi|emir|cheikh|prince",
        "conseiller|conseillere",
        "m|mme",
    ],
    conjunctions: &["et"],
};
