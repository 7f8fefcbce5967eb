//! Arabic cues (folded: vowel marks and tanween dropped, so اتصالاً is written اتصالا).
//! Arabic is verb-first: "تلقى X اتصالا هاتفيا من Y" names the subject inside the cue.

use super::{CROWN_PRINCE, KING};
use super::{CallCue, Dir, LangCues, Strength};

#[rustfmt::skip]
const CALLS: &[CallCue] = &[
    ("تلقى|تلقت|يتلقى|تتلقى .... اتصالا|اتصال|مكالمة", Strength::Strong, Dir::SubjectReceives),
    ("أجرى|اجرى|إجرى|أجري|اجري|أجرت|اجرت|يجري|تجري .... اتصالا|اتصال|مكالمة", Strength::Strong, Dir::SubjectCalls),
    ("اتصل|اتصلت .. هاتفيا", Strength::Strong, Dir::SubjectCalls),
    // "الاتصال الهاتفي الذي أجراه الملك مع X": the call the King made, his name inside.
    ("أجراه|اجراه|أجرته|اجرته .... مع", Strength::Strong, Dir::SubjectCalls),
    // "اتصال هاتفي أجراه الرئيس X الأربعاء بالرئيس Y": made with "بـ" before the one called.
    // Only after the word for a phone call: "اللقاء الذي أجراه X بالرئيس Y" is a meeting.
    ("هاتفي|الهاتفي|هاتفيا أجراه|اجراه|أجرته|اجرته .... بالرئيس|بالملك|بالأمير|بالامير|بولي|بنظيره|بنظيرته|برئيس|بوزير|بوزيرة|بالسلطان|بالشيخ|بالمستشار|بالأمين|بالامين", Strength::Strong, Dir::SubjectCalls),
    ("هاتفي|الهاتفي الذي|الذى أجراه|اجراه|أجرته|اجرته .... بالرئيس|بالملك|بالأمير|بالامير|بولي|بنظيره|بنظيرته|برئيس|بوزير|بوزيرة|بالسلطان|بالشيخ|بالمستشار|بالأمين|بالامين", Strength::Strong, Dir::SubjectCalls),
    // "اتصالا هاتفيا ... من X": a call from X; the subject (named before) was called.
    ("اتصالا|اتصال|مكالمة .. من @", Strength::Strong, Dir::SubjectReceives),
    // "اتصال هاتفي تلقاه X من Y": a call X received from Y, with the honorifics between.
    ("تلقاه|تلقته|تلقاها|تلقياه .... من @", Strength::Strong, Dir::SubjectReceives),
    ("اتصالا|اتصال|مكالمة هاتفي*", Strength::Strong, Dir::None),
    ("بحث|بحثا|تبادل .. هاتفي*", Strength::Strong, Dir::None),
    // "تحدث الرئيس X مع الرئيس Y": spoke with, weak as English "spoke with" (a call only on a
    // page that speaks of the telephone or "the call", "خلال الاتصال").
    ("تحدث|تحدثت|تحدثا|يتحدث .... مع @", Strength::Weak, Dir::None),
];

pub const CUES: LangCues = LangCues {
    lang: "ar",
    calls: CALLS,
    telephone: &[
        "هاتف*",
        "الهاتف*",
        "بالهاتف*",
        "مكالم*",
        "المكالم*",
        "بمكالم*",
        // "الاتصال الذي تم أمس": the call that took place (the word alone is any contact).
        "الاتصال الذي|الذى تم|جرى",
    ],
    during_call: &[
        "خلال|اثناء|أثناء .. الاتصال|المكالمة|الاتصالات|المحادثة|المباحثات",
        // "في الاتصال الهاتفي": in the (already reported) phone call.
        "في|وفي الاتصال|المكالمة",
    ],
    phone_words: &["هاتفي*", "الاتصال"],
    not_readouts: &["مقابلة"],
    planned: &[
        // Habitual calls ("regularly speaks by phone with"): no one call is reported.
        "بانتظام|باستمرار|دائما|دوريا",
        "سيجري|سيجريان|ستجري|سوف|يعتزم|رفض|يرفض|مرتقب*|المرتقب*|مقرر*|المقرر*|لم",
        // Obligation: a call that must still be made ("عليه إجراء اتصال").
        "يجب|يتعين|ينبغي",
        // "محاولة تنسيق المكالمة": an attempt at a call.
        "محاولة|محاولات",
        "عليه|عليها أن|ان|إجراء|اجراء",
    ],
    reporting_verbs: &[],
    reporting: &["المتحدث|المتحدثة|الناطق", "حسب|وفقا|بحسب"],
    sources_before: &[],
    traps: &[
        "رسالة",
        "برقية",
        "الفيديو",
        "سيجري|سيجريان|سيتصل|سيبحث",
        "رفض|يرفض",
        // "نفى صحة التقرير": a call reported only to be denied.
        "نفى|نفت|ينفي|تنفي صحة",
    ],
    denials: &[
        "نفى|نفت|ينفي|تنفي|نفوا .. وقوع|حدوث|إجراء|أي اتصال|مكالمة|محادثة|اتصالا",
        "الاتصال|المكالمة|الاتصالات المزعوم|المزعومة",
    ],
    event_words: &[
        "قمة|القمة",
        "اجتماع|الاجتماع",
        "زيارة|الزيارة",
        "مؤتمر|المؤتمر",
        "منتدى|المنتدى",
    ],
    held: &["بحث|بحثا|ناقش|ناقشا|تناول|تناولا|تبادل|تبادلا|جرى|استعرض|استعرضا|اتصل|اتصلت"],
    happenings: &["انتخابات|الانتخابات", "هجوم|الهجوم"],
    separately: &["كل على حدة"],
    initiative: &["بمبادرة من", "بناء|بناءً على طلب", "بطلب من"],
    initiator_precedes: false,
    latter: &["الأخير"],
    counterparts: &["نظير*"],
    recipient_suffixes: &[],
    caller_suffixes: &[],
    case_call_nouns: &[],
    relative_days: &[
        // "the day after their call": the call is the day before the day the sentence speaks of.
        ("غداة الاتصال|المكالمة", super::DAY_AFTER_CALL),
        ("بعد يوم من الاتصال|المكالمة", super::DAY_AFTER_CALL),
        ("منذ أمس", super::SOME_DAY),
        ("الأسبوع الماضي", super::SOME_DAY),
        ("الشهر الماضي", super::SOME_DAY),
        ("قبل أيام", super::SOME_DAY),
        ("اليوم", 0),
        ("أمس|امس", -1),
    ],
    weekdays: &[
        ("الاثنين|الإثنين", 0),
        ("الثلاثاء", 1),
        ("الأربعاء|الاربعاء", 2),
        ("الخميس", 3),
        ("الجمعة", 4),
        ("السبت", 5),
        ("الأحد|الاحد", 6),
    ],
    // Gregorian month names as written in the Gulf and Egypt, then the Levantine ones.
    months: &[
        ("يناير", 1),
        ("فبراير", 2),
        ("مارس", 3),
        ("أبريل|ابريل|إبريل", 4),
        ("مايو", 5),
        ("يونيو|يونيه", 6),
        ("يوليو|يوليه", 7),
        ("أغسطس|اغسطس", 8),
        ("سبتمبر", 9),
        ("أكتوبر|اكتوبر", 10),
        ("نوفمبر", 11),
        ("ديسمبر", 12),
        ("كانون الثاني", 1),
        ("شباط", 2),
        ("آذار", 3),
        ("نيسان", 4),
        ("أيار", 5),
        ("حزيران", 6),
        ("تموز", 7),
        ("آب", 8),
        ("أيلول", 9),
        ("تشرين الأول", 10),
        ("تشرين الثاني", 11),
        ("كانون الأول", 12),
    ],
    // The issuing kingdom's own: "the Crown Prince", "the Custodian of the Two Holy Mosques".
    home_roles: &[("ولي العهد", CROWN_PRINCE), ("خادم الحرمين الشريفين", KING)],
    titles: &[
        "وزير|وزيرا|وزراء الخارجية",
        "وزير|وزيرا|وزراء الدفاع",
        "الرئيس",
        "رئيس",
        "وزير",
        "الشيخ",
        "سمو",
        "أمير|الأمير",
        "الملك",
    ],
    conjunctions: &["و"],
};
