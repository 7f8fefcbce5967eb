//! Arabic cues: call detection and names (no dates yet).

use super::{CallCue, Dir, LangCues, Strength};

#[rustfmt::skip]
const CALLS: &[CallCue] = &[
    ("تلقى|تلقت|يتلقى .. اتصالا|اتصال|مكالمة", Strength::Strong, Dir::SubjectReceives),
    ("أجرى|اجرى|أجرت|اجرت .. اتصالا|اتصال|مكالمة", Strength::Strong, Dir::SubjectCalls),
    ("اتصالا|اتصال|مكالمة هاتفي*", Strength::Strong, Dir::None),
    ("بحث|بحثا|تبادل .. هاتفي*", Strength::Strong, Dir::None),
];

pub const CUES: LangCues = LangCues {
    lang: "ar",
    calls: CALLS,
    phone_words: &["هاتفي*"],
    not_readouts: &["مقابلة"],
    traps: &["رسالة", "برقية", "الفيديو"],
    event_words: &[],
    separately: &[],
    initiative: &[],
    initiator_precedes: false,
    latter: &[],
    counterparts: &["نظير*"],
    recipient_suffixes: &[],
    relative_days: &[("اليوم", 0), ("أمس|امس", -1)],
    weekdays: &[],
    months: &[],
    home_roles: &[],
    titles: &[
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
