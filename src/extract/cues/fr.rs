//! French cues.

use super::{CHANCELLOR, FOREIGN_MINISTER, HEADS_OF_STATE, PRESIDENT, PRIME_MINISTER};
use super::{CallCue, Dir, LangCues, Strength};

#[rustfmt::skip]
const CALLS: &[CallCue] = &[
    ("a|ont ete appele|appelee|appeles par @", Strength::Strong, Dir::SubjectReceives),
    ("a|avait|ont appele|appelee @", Strength::Strong, Dir::SubjectCalls),
    // "a raconté avoir appelé X", "dit avoir appelé X": the subject of the saying called.
    ("avoir appele|appelee|telephone a|au @", Strength::Strong, Dir::SubjectCalls),
    ("avoir appele|appelee @", Strength::Strong, Dir::SubjectCalls),
    ("a|avait|ont appele|appelee egalement|aussi|ensuite|hier|personnellement|directement @", Strength::Strong, Dir::SubjectCalls),
    // "a été le premier à contacter son homologue": in a page about calls, reaching out.
    ("contacter|contacte|contactee son|sa|ses|leur homologue|homologues", Strength::Weak, Dir::SubjectCalls),
    // "a appelé au téléphone, ce jeudi, son homologue X": the person may come well after.
    ("a|avait|ont appele|appelee au|par telephone", Strength::Strong, Dir::SubjectCalls),
    ("a|avait|ont telephone .. a|au|aux @", Strength::Strong, Dir::SubjectCalls),
    ("recu .. appel|appels|coup", Strength::Strong, Dir::SubjectReceives),
    ("s' est|sont|etait|etaient .. entretenu|entretenue|entretenus|entretenues .. telephone|telephonique", Strength::Strong, Dir::None),
    ("entretien|entretiens|echange|conversation telephonique|telephoniques avec @", Strength::Strong, Dir::None),
    // "s'est également entretenu dans la nuit de lundi à mardi avec X": adverbs and a time.
    ("s' est|sont .. entretenu|entretenue|entretenus|entretenues ... avec @", Strength::Weak, Dir::None),
    ("s' entretient|entretiennent avec @", Strength::Weak, Dir::None),
    ("a|ont echange|parle .. avec @", Strength::Weak, Dir::None),
    // "X a contacté par téléphone Y": X reached out, by telephone (not by mail).
    ("a|ont|avait contacte|contactee par|au telephone @", Strength::Strong, Dir::SubjectCalls),
    // "Lors d'un appel avec X": a call told for the first time ("l'appel" refers back); not
    // "a lancé un appel avec X" (a joint appeal).
    ("lors|cours d' un appel avec @", Strength::Strong, Dir::None),
    ("pendant un appel avec @", Strength::Strong, Dir::None),
    ("remercie .. pour|de son|cet|l' appel", Strength::DirectionOnly, Dir::SubjectReceives),
];

pub const CUES: LangCues = LangCues {
    lang: "fr",
    calls: CALLS,
    telephone: &["telephon*", "coup|coups de fil"],
    during_call: &[
        "au cours de|du .. entretien|conversation|echange|appel|entretiens",
        "lors de|du .. entretien|conversation|echange|appel|entretiens",
        "pendant .. entretien|conversation|echange|appel",
        "outre|hormis .. appel|appels|entretien|entretiens|conversation",
        "en plus de|du|des .. appel|appels|entretien|entretiens|conversation",
    ],
    phone_words: &["telephon*", "appel|appels", "coup de fil"],
    not_readouts: &["interview*", "entretien accorde"],
    planned: &[
        // Habitual calls ("regularly speaks by phone with"): no one call is reported.
        "regulierement|souvent|quotidiennement|frequemment|habituellement",
        "aucun|aucune",
        "aura|auront|aurait|auraient|devrait|devraient|doit|doivent|va|vont|prevu|prevue|prevus|prevues|envisag*|planifi*|prochain|prochaine|prochains|prochaines|souhaite|souhaitent|propose|proposee|refus*|decline*|entretiendra|entretiendront|tiendra|tiendront|telephonera|telephoneront|appellera|appelleront|parlera|parleront|echangera|echangeront|pas",
    ],
    reporting_verbs: &["a indique|declare|precise|annonce|rapporte"],
    reporting: &["selon", "porte parole", "porte-parole", "d' apres"],
    sources_before: &[],
    traps: &[
        "visioconference*",
        "video conference|conferences",
        "lettre|lettres|courrier",
        "adresse .. message",
        "s' entretiendra|entretiendront|appellera|appelleront",
        "appel|entretien|conversation .. prevu|prevue|propose|envisage",
        "refuse|decline|rejete .. appel|entretien|proposition|conversation",
        "en audience",
        // "a appelé X à la retenue": called on, not phoned.
        "appele|appelee|appelle|appellent ... a|aux !telephone",
        // The Élysée switchboard, a president answering the public's calls.
        "standard telephonique",
        "repond|repondre au telephone",
        "n' a pas eu lieu",
    ],
    denials: &[
        // "dément avoir appelé X": denies having called.
        "dement|dementi|dementent|nie|nient|conteste|contestent avoir",
        "dementi|dementie|dementit|dement|dementent tout|toute|un|une appel|entretien|conversation|echange",
        "dementi|dementie|dementit|dement|dementent les|des informations|rumeurs|affirmations .. appel|entretien|conversation|echange",
        "pretendu|supposee|suppose|presume appel|entretien|echange",
        "aucun|aucune appel|entretien|conversation|echange",
    ],
    event_words: &[
        "sommet*",
        "reunion*",
        "conference*",
        "visite*",
        "conseil",
        "ceremonie",
        "forum",
    ],
    held: &["entretenu|entretenue|entretenus|entretenues|parle|discute"],
    happenings: &["election*", "scrutin", "attentat*", "seisme*"],
    separately: &["separement", "tour a tour"],
    // "l'appel initié par la partie américaine".
    initiative: &[
        "l' initiative",
        "la demande",
        "initie|initiee|inities|initiees par",
    ],
    initiator_precedes: false,
    latter: &["celui ci", "ce dernier", "cette derniere"],
    counterparts: &["homologue|homologues"],
    recipient_suffixes: &[],
    caller_suffixes: &[],
    case_call_nouns: &[],
    relative_days: &[
        // "the day after their call": the call is the day before the day the sentence speaks of.
        (
            "au|le lendemain de|du|d' _ entretien|entretiens|echange|echanges|appel|conversation",
            super::DAY_AFTER_CALL,
        ),
        (
            "au|le lendemain de|du|d' _ _ entretien|echange|appel|conversation",
            super::DAY_AFTER_CALL,
        ),
        ("au|le lendemain du coup de fil", super::DAY_AFTER_CALL),
        ("depuis hier", super::SOME_DAY),
        ("le|ce week end", super::SOME_DAY),
        ("la semaine derniere", super::SOME_DAY),
        ("le mois dernier", super::SOME_DAY),
        ("la semaine passée", super::SOME_DAY),
        ("il y a quelques jours", super::SOME_DAY),
        ("ces derniers jours", super::SOME_DAY),
        ("aujourd'hui", 0),
        ("ce jour|matin|soir", 0),
        ("cet apres midi", 0),
        ("hier", -1),
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
        ("le|du|au president de la republique", PRESIDENT),
        ("le|du|au premier ministre", PRIME_MINISTER),
        ("la premiere ministre", PRIME_MINISTER),
        ("le chancelier", CHANCELLOR),
        (
            "le|du|au ministre des affaires etrangeres",
            FOREIGN_MINISTER,
        ),
        ("la ministre des affaires etrangeres", FOREIGN_MINISTER),
    ],
    titles: &[
        "dirigeant|dirigeants",
        "ministre|ministres des affaires etrangeres",
        "chef|cheffe|chefs de la diplomatie",
        "ministre|ministres des armees",
        "ministre|ministres de la defense",
        "president|presidente",
        "ministre",
        "premier|premiere",
        "chancelier|chanceliere",
        "secretaire",
        "roi|emir|cheikh|prince",
        "conseiller|conseillere",
        "m|mme",
    ],
    conjunctions: &["et", "puis", "ensuite"],
};
