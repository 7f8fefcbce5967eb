//! German cues (folded: `ä` is written `a`, `ß` is `ss`).

use super::{CHANCELLOR, FOREIGN_MINISTER, PRESIDENT};
use super::{CallCue, Dir, LangCues, Strength};

#[rustfmt::skip]
const CALLS: &[CallCue] = &[
    ("telefonierte|telefonierten|telefoniert", Strength::Strong, Dir::None),
    ("wurde|wurden ... angerufen", Strength::Strong, Dir::SubjectReceives),
    ("angerufen", Strength::Strong, Dir::SubjectCalls),
    ("telefonat|telefongesprach gefuhrt", Strength::Strong, Dir::None),
    ("rief|riefen ... an", Strength::Strong, Dir::SubjectCalls),
    ("telefonat|telefongesprach|telefonats mit @", Strength::Strong, Dir::None),
    ("erhielt|erhielten|bekam .. anruf|anrufe", Strength::Strong, Dir::SubjectReceives),
    ("anruf von|vom @", Strength::Strong, Dir::None),
    ("sprach|sprachen .. mit @", Strength::Weak, Dir::None),
    ("gesprach|gesprache mit @", Strength::Weak, Dir::None),
    ("dankte .. fur den|seinen|ihren|diesen anruf", Strength::DirectionOnly, Dir::SubjectReceives),
    // "X habe das Telefonat initiiert", "hat X das Gespräch initiiert", "X initiierte den
    // Anruf": X called.
    ("das|den telefonat|gesprach|telefongesprach|anruf initiiert", Strength::DirectionOnly, Dir::SubjectCalls),
    ("initiierte|initiierten das|den telefonat|gesprach|telefongesprach|anruf", Strength::DirectionOnly, Dir::SubjectCalls),
    // "X griff zum Telefonhörer", "X hat zum Telefon gegriffen": X made the call.
    ("griff|greift|griffen|greifen zum telefonhorer|telefon|horer", Strength::DirectionOnly, Dir::SubjectCalls),
    ("zum telefonhorer|telefon|horer gegriffen|griff|greift|griffen", Strength::DirectionOnly, Dir::SubjectCalls),
];

pub const CUES: LangCues = LangCues {
    lang: "de",
    calls: CALLS,
    telephone: &["telefon*"],
    during_call: &[
        "wahrend des|dieses telefonats|gesprachs|telefongesprachs|anrufs",
        "wahrend des|dieses _ telefonats|gesprachs|telefongesprachs|anrufs",
        "im verlauf|rahmen des|dieses telefonats|gesprachs|telefongesprachs|anrufs",
        "im verlauf|rahmen des|dieses _ telefonats|gesprachs|telefongesprachs|anrufs",
        "neben dem|den .. telefonat|telefonaten|gesprach|gesprachen|anruf|anrufen",
    ],
    phone_words: &["telefon*", "anruf*"],
    not_readouts: &["interview*"],
    planned: &[
        // Habitual calls ("regularly speaks by phone with"): no one call is reported.
        "regelmassig|oft|haufig|taglich|standig|gewohnlich",
        "wird|werden|plant|planen|geplant*|beabsichtigt|mochte|mochten|angekundigt|vorgeschlagen|abgelehnt|lehnte|nicht|kein|keine|soll|sollen|wollen",
    ],
    reporting_verbs: &["sagte|teilte|erklarte"],
    reporting: &[
        "laut|zufolge",
        "sprecher|sprecherin|regierungssprecher|regierungssprecherin",
    ],
    sources_before: &[],
    traps: &[
        "videokonferenz*",
        "videoschalte*",
        "brief|briefes|schreiben",
        "wird|werden ... telefonieren|sprechen|anrufen",
        "vorgeschlagen*",
        "abgelehnt|lehnte",
        "empfing|empfangen",
        // "rief die Seiten zur Zurückhaltung auf": called on, not phoned.
        "rief|riefen .. dazu|zu|zur|zum",
    ],
    denials: &[
        "dementiert*|dementierte|bestritt|bestreitet ein|das|einen telefonat*|gesprach*|anruf*",
        "dementiert*|dementierte|bestritt|bestreitet berichte|meldungen|geruchte .. telefonat*|gesprach*|anruf*",
        "angeblich* telefonat*|gesprach*|anruf*",
        "wies|wiesen|weist .. zuruck .. telefonat*|gesprach*|anruf*",
        "kein|keine|keinen telefonat*|anruf*",
    ],
    event_words: &[
        "gipfel*",
        "treffen*",
        "konferenz*",
        "besuch*",
        "sitzung*",
        "rat",
        "forum*",
    ],
    held: &[
        "telefonierte|telefonierten|sprach|sprachen|besprach|besprachen|erorterte|erorterten|beriet|berieten|tauschten|fuhrte|fuhrten|gesprochen|besprochen|erortert|gefuhrt|stattgefunden",
    ],
    happenings: &["wahl*", "anschlag*"],
    separately: &["getrennt", "jeweils einzeln"],
    initiative: &[
        "auf initiative",
        "auf wunsch",
        "auf bitten",
        "auf _ initiative|wunsch|bitten",
    ],
    initiator_precedes: false,
    latter: &["letzterem|letzteren"],
    counterparts: &["amtskolleg*", "amtskollegin*", "gesprachspartner*"],
    recipient_suffixes: &[],
    caller_suffixes: &[],
    case_call_nouns: &[],
    relative_days: &[
        // "the day after their call": the call is the day before the day the sentence speaks of.
        (
            "einen|ein tag nach _ telefonat|gesprach|anruf|telefongesprach",
            super::DAY_AFTER_CALL,
        ),
        ("seit gestern", super::SOME_DAY),
        ("am wochenende", super::SOME_DAY),
        ("letzte|vergangene woche", super::SOME_DAY),
        ("in der vergangenen woche", super::SOME_DAY),
        ("vor einigen|wenigen tagen", super::SOME_DAY),
        ("letzten|vergangenen monat", super::SOME_DAY),
        ("im vergangenen|letzten monat", super::SOME_DAY),
        ("heute", 0),
        ("heute morgen|vormittag|nachmittag|abend", 0),
        ("gestern", -1),
    ],
    weekdays: &[
        ("montag", 0),
        ("dienstag", 1),
        ("mittwoch", 2),
        ("donnerstag", 3),
        ("freitag", 4),
        ("samstag|sonnabend", 5),
        ("sonntag", 6),
    ],
    months: &[
        ("januar|janner", 1),
        ("februar", 2),
        ("marz", 3),
        ("april", 4),
        ("mai", 5),
        ("juni", 6),
        ("juli", 7),
        ("august", 8),
        ("september", 9),
        ("oktober", 10),
        ("november", 11),
        ("dezember", 12),
    ],
    home_roles: &[
        ("der|die|den|dem bundeskanzler|bundeskanzlerin", CHANCELLOR),
        ("der|die|den|dem kanzler|kanzlerin", CHANCELLOR),
        (
            "der|die|den|dem aussenminister|aussenministerin",
            FOREIGN_MINISTER,
        ),
        ("der|den|dem bundesprasident|bundesprasidenten", PRESIDENT),
    ],
    titles: &[
        "staatschef*",
        "aussenminister*",
        "verteidigungsminister|verteidigungsministerin|verteidigungsministers|verteidigungsministern",
        "prasident*",
        "bundeskanzler*",
        "kanzler*",
        "ministerprasident*",
        "premierminister*",
        "aussenminister*",
        "minister|ministerin",
        "konig|emir|scheich|prinz",
        "herr|herrn|frau",
    ],
    conjunctions: &["und", "danach", "anschliessend", "dann"],
};
