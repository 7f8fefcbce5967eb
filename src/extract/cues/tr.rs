//! Turkish cues (folded: `ı` is written `i`, `ğ` is `g`, `ş` is `s`, `ö/ü` are `o/u`).

use super::{CallCue, Dir, LangCues, Strength};
use super::{FOREIGN_MINISTER, HEADS_OF_STATE};

#[rustfmt::skip]
const CALLS: &[CallCue] = &[
    ("telefonda|telefonla gorustu|gorustuler|gorusmustu|gorusme", Strength::Strong, Dir::None),
    ("telefon gorusmesi gerceklestirdi|gerceklestirdiler|yapti|yaptilar", Strength::Strong, Dir::None),
    ("telefonla|telefonda aradi|arayarak", Strength::Strong, Dir::SubjectCalls),
    ("telefon etti|ederek", Strength::Strong, Dir::SubjectCalls),
    ("telefon gorusmesi", Strength::Strong, Dir::None),
    ("ile gorustu|gorustuler", Strength::Weak, Dir::None),
    // The comitative written as a suffix: "Tatar'la görüştü".
    ("*'la*|*'le*|*'yla*|*'yle* gorustu|gorustuler", Strength::Weak, Dir::None),
    // "Putin, Erdoğan'ı aradı": called, on a page about a phone call ("aradı" also means
    // "sought"), and only the name in the accusative says who was called.
    ("aradi|arayarak", Strength::Weak, Dir::ByCase),
    ("telefonu|aramasi icin .. tesekkur", Strength::DirectionOnly, Dir::SubjectReceives),
    // "Erdoğan, kendisini (telefonla) arayan X ile görüştü": the one who rang him is X.
    ("kendisini telefonla|telefonda arayan", Strength::Strong, Dir::SubjectReceives),
    ("kendisini arayan", Strength::DirectionOnly, Dir::SubjectReceives),
];

pub const CUES: LangCues = LangCues {
    lang: "tr",
    calls: CALLS,
    telephone: &["telefon*"],
    during_call: &[
        "gorusmede|gorusmelerde",
        "gorusme|gorusmesi|konusma|konusmasi sirasinda|esnasinda",
    ],
    phone_words: &["telefon*"],
    not_readouts: &["roportaj*", "mulakat*"],
    planned: &[
        // Habitual calls ("regularly speaks by phone with"): no one call is reported.
        "duzenli|surekli",
        "hicbir",
        "*ecek*|*acak*|*eceg*|*acag*",
        "gorusecek*|gerceklestirecek*|yapacak*|arayacak*|planlan*|bekleniyor|reddet*|var|olacak*",
    ],
    reporting_verbs: &[],
    reporting: &["sozcusu|sozcu"],
    sources_before: &["gore"],
    traps: &[
        // "telefonuma çıkmadı": the other side did not answer.
        "telefon* cikmadi*|acmadi*|cikmiyor*|acmiyor*",
        "video konferans",
        "videokonferans*",
        "mektup*|mektub*|mesaj*",
        "gorusecek|goruseceklerini|arayacak|konusacak",
        "planlan*|teklif*",
        "reddetti",
        "kabul etti",
    ],
    // "Erdoğan'ın ... sözlerini yalanladı": denied (any form of "yalanla-"); "Putin'e herhangi
    // bir telefon gelmediğini": that no call came.
    denials: &[
        "*yalanla*",
        "telefon* gelmedi*",
        "gorusme|gorusmesi yapilmadi*|gerceklesmedi*|olmadi*",
    ],
    event_words: &["zirve*", "toplanti*", "konferans*", "ziyaret*", "forum*"],
    held: &[
        "gorustu|gorustuler|konustu|konustular|gerceklestirdi|gerceklestirdiler|yapti|yaptilar|aradi|gorusmustu|degerlendirdi|degerlendirdiler",
        "ele aldi|aldilar",
    ],
    happenings: &["secim*", "saldiri*", "deprem*"],
    separately: &["ayri ayri", "birer telefon"],
    initiative: &[
        "girisimiyle",
        "talebi uzerine",
        "istegi uzerine",
        "talebine binaen",
        "talebiyle",
        "talebi ile",
    ],
    initiator_precedes: true,
    // "karşı tarafın talebine binaen": at the other side's request.
    latter: &["karsi tarafin"],
    counterparts: &["mevkidas*"],
    recipient_suffixes: &[
        "'i", "'ı", "'u", "'ü", "'yi", "'yı", "'yu", "'yü", "'a", "'e", "'ya", "'ye", "'na", "'ne",
        // The accusative after a vowel: "Davutoğlu'nu arayarak".
        "'nı", "'ni", "'nu", "'nü",
    ],
    // "Erdoğan'dan Merkel'e taziye telefonu": a call from the ablative to the dative.
    caller_suffixes: &["'dan", "'den", "'tan", "'ten"],
    // The call itself after the pair, a noun ("taziye telefonu", a condolence call); not
    // "telefonda" (on the phone), which a thanks or a message sent by phone also has.
    case_call_nouns: &["telefon", "telefonu"],
    relative_days: &[
        // "the day after their call": the call is the day before the day the sentence speaks of.
        ("gorusmenin|gorusmesinin ertesi gunu", super::DAY_AFTER_CALL),
        (
            "gorusmeden|gorusmesinden bir gun sonra",
            super::DAY_AFTER_CALL,
        ),
        ("hafta sonunda", super::SOME_DAY),
        ("hafta sonu", super::SOME_DAY),
        ("dunden beri", super::SOME_DAY),
        ("gecen hafta", super::SOME_DAY),
        ("gecen ay", super::SOME_DAY),
        ("birkac gun once", super::SOME_DAY),
        ("gectigimiz gunlerde", super::SOME_DAY),
        ("bugun", 0),
        ("bu gun|sabah|aksam", 0),
        ("dun", -1),
        ("dun aksam", -1),
    ],
    weekdays: &[
        ("pazartesi", 0),
        ("sali", 1),
        ("carsamba", 2),
        ("persembe", 3),
        ("cuma", 4),
        ("cumartesi", 5),
        ("pazar", 6),
    ],
    months: &[
        ("ocak*", 1),
        ("subat*", 2),
        // Not "mart*": Martin and Martínez are names.
        ("mart|mart'*|martta|marttan|marti", 3),
        ("nisan*", 4),
        ("mayis*", 5),
        ("haziran*", 6),
        ("temmuz*", 7),
        ("agustos*", 8),
        ("eylul*", 9),
        ("ekim*", 10),
        ("kasim*", 11),
        ("aralik*", 12),
    ],
    home_roles: &[
        ("disisleri bakanimiz", FOREIGN_MINISTER),
        ("cumhurbaskanimiz", HEADS_OF_STATE),
    ],
    titles: &[
        "lider*",
        "disisleri bakani|bakanlari|bakanı|bakan",
        "savunma bakani|bakanlari|bakan",
        "cumhurbaskani*",
        "devlet baskani*",
        "bakani|bakanimiz|bakan",
        "basbakan*",
        "emir*|seyh|kral*|prens*",
        "sayin",
        // Heads of other bodies: "Bölgesel Yönetimi Başkanı", "BM Genel Sekreteri".
        "baskani|baskan",
        "genel sekreter*",
    ],
    conjunctions: &["ve", "ardindan", "sonra"],
};
