//! Bulgarian cues: call detection, names and dates.

use super::{CallCue, Dir, LangCues, Strength};

#[rustfmt::skip]
const CALLS: &[CallCue] = &[
    ("проведе|проведоха .. телефонен|телефонни разговор|разговори", Strength::Strong, Dir::None),
    ("телефонен разговор с|със @", Strength::Strong, Dir::None),
    ("разговаря|разговаряха .. по телефона", Strength::Strong, Dir::None),
    ("се обади|обадил", Strength::Strong, Dir::SubjectCalls),
];

pub const CUES: LangCues = LangCues {
    lang: "bg",
    calls: CALLS,
    phone_words: &["телефон*"],
    not_readouts: &["интервю*"],
    traps: &["видеоконферен*", "писмо|писмото"],
    event_words: &["среща*", "среща", "избор*", "посещени*"],
    separately: &["поотделно"],
    initiative: &["по инициатива"],
    initiator_precedes: false,
    latter: &[],
    counterparts: &["колег*"],
    recipient_suffixes: &[],
    relative_days: &[("днес", 0), ("вчера", -1)],
    weekdays: &[],
    months: &[
        ("януари", 1),
        ("февруари", 2),
        ("април", 4),
        ("юни", 6),
        ("юли", 7),
        ("септември", 9),
        ("октомври", 10),
        ("ноември", 11),
        ("декември", 12),
    ],
    home_roles: &[],
    titles: &["президент*", "премиер*", "министър*"],
    conjunctions: &["и"],
};
