//! Azerbaijani cues (Latin script; folded: `ə` is written `e`, `ı` is `i`, `ş` is `s`).

use super::{CallCue, Dir, LangCues, Strength};
use super::{FOREIGN_MINISTER, HEADS_OF_STATE};

#[rustfmt::skip]
const CALLS: &[CallCue] = &[
    // "zəng edərək" (by calling): the converb of a sentence that goes on to say why.
    ("zeng edib|etdi|etmisdir|ederek", Strength::Strong, Dir::SubjectCalls),
    ("zeng vurub|vurdu|vurmusdur", Strength::Strong, Dir::SubjectCalls),
    // Passive "zəng edilib": only the dative ending tells who was called.
    ("zeng edilib", Strength::Strong, Dir::ByCase),
    ("telefonla danisib|danisdi|danismisdir", Strength::Strong, Dir::None),
    ("telefon danisigi|sohbeti aparib|olub|kecirib|aparmisdir", Strength::Strong, Dir::None),
    ("zeng .. gelib|daxil", Strength::Strong, Dir::ByCase),
    ("zenge gore .. tesekkur", Strength::DirectionOnly, Dir::SubjectReceives),
];

pub const CUES: LangCues = LangCues {
    lang: "az",
    calls: CALLS,
    telephone: &["telefon*"],
    during_call: &[
        "danisigi|danisiq|sohbet|sohbeti|gorus zamani|erzinde|esnasinda",
        "gorusde|sohbetde|danisiqda",
    ],
    phone_words: &["telefon*", "zeng"],
    not_readouts: &["musahibe*"],
    planned: &[
        // Habitual calls ("regularly speaks by phone with"): no one call is reported.
        "mutemadi|mutemadiyyen",
        "*acaq*|*ecek*|*acag*|*eceg*",
        "olacaq|aparacaq|kecirilecek|planlasdirilir|gozlenilir|imtina",
        // "növbəti telefon danışığı": the next call, one still to come.
        "novbeti telefon|zeng|danisig*|danisiq*",
        // "telefonla danışmaq istəyir": wants to call, has not.
        "danismaq|danismag|danisiq|zeng istey*|niyyetinde*",
    ],
    reporting_verbs: &[],
    reporting: &["sozcusu|metbuat katibi"],
    sources_before: &["gore"],
    traps: &[
        "videokonfrans*",
        "video formatinda",
        "mektub*|mektub|mesaj*",
        "qebul edib|etdi",
        "gorusub|gorusdu",
    ],
    denials: &[],
    event_words: &["sammit*", "toplanti*", "konfrans*", "sefer*", "forum*"],
    held: &[
        "danisib|danisdi|danismisdir|olub|kecirib|aparib|edib|etdi|etmisdir|baxilib|gorusub|muzakire etdiler",
    ],
    happenings: &["secki*", "hucum*", "qeza*"],
    separately: &["ayri ayri|ayri-ayriliqda"],
    initiative: &["tesebbusu ile", "xahisi ile"],
    initiator_precedes: true,
    latter: &[],
    counterparts: &["hemkar*"],
    recipient_suffixes: &["yə", "ə"],
    caller_suffixes: &[],
    case_call_nouns: &[],
    relative_days: &[
        // "the day after their call": the call is the day before the day the sentence speaks of.
        (
            "danisigdan|danisiqdan|danisigindan|danisiqindan bir gun sonra",
            super::DAY_AFTER_CALL,
        ),
        ("hefte sonu", super::SOME_DAY),
        ("kecen hefte", super::SOME_DAY),
        ("oten hefte", super::SOME_DAY),
        ("kecen ay", super::SOME_DAY),
        ("bir nece gun evvel", super::SOME_DAY),
        ("bu gun", 0),
        ("bugun", 0),
        ("dunen", -1),
    ],
    weekdays: &[
        ("bazar ertesi", 0),
        ("cersenbe axsami", 1),
        ("cersenbe", 2),
        ("cume axsami", 3),
        ("cume", 4),
        ("senbe", 5),
        ("bazar", 6),
    ],
    months: &[
        ("yanvar*", 1),
        ("fevral*", 2),
        ("mart|martin", 3),
        ("aprel*", 4),
        ("mayin|may", 5),
        ("iyun*", 6),
        ("iyul*", 7),
        ("avqust*", 8),
        ("sentyabr*", 9),
        ("oktyabr*", 10),
        ("noyabr*", 11),
        ("dekabr*", 12),
    ],
    home_roles: &[
        ("dovletimizin bascisi", HEADS_OF_STATE),
        ("dovlet bascisi", HEADS_OF_STATE),
        ("xarici isler nazirimiz", FOREIGN_MINISTER),
    ],
    titles: &[
        "lider*",
        "xarici isler nazir*",
        "mudafie naziri|nazirinin|nazirine|nazirle|naziriyle|nazirleri",
        "prezident*",
        "nazir*",
        "bas naziri",
        "dovlet katib*",
        "emir*|seyx|kral*|sahzade*|veliehd*",
    ],
    conjunctions: &["ve", "sonra", "ardinca"],
};
