//! Bulgarian cues.

use super::{CallCue, Dir, LangCues, Strength};

#[rustfmt::skip]
const CALLS: &[CallCue] = &[
    ("проведе|проведоха .. телефонен|телефонни разговор|разговори", Strength::Strong, Dir::None),
    ("телефонен разговор с|със @", Strength::Strong, Dir::None),
    ("разговаря|разговаряха .. по телефона", Strength::Strong, Dir::None),
    ("се обади|обадил", Strength::Strong, Dir::SubjectCalls),
    ("получи|прие .. телефонно обаждане|обаждане|разговор", Strength::Strong, Dir::SubjectReceives),
    ("телефонно обаждане от @", Strength::Strong, Dir::SubjectReceives),
    ("разговаря|разговаряха с|със @", Strength::Weak, Dir::None),
    ("благодари .. за обаждането|разговора", Strength::DirectionOnly, Dir::SubjectReceives),
];

pub const CUES: LangCues = LangCues {
    lang: "bg",
    calls: CALLS,
    telephone: &["телефон*"],
    during_call: &["по време на .. разговора|разговор"],
    phone_words: &["телефон*"],
    not_readouts: &["интервю*"],
    planned: &["ще|планира*|предстои"],
    reporting_verbs: &[],
    reporting: &["говорител*", "според"],
    traps: &[
        "видеоконферен*",
        "писмо|писмото",
        "ще проведе|проведат|разговаря|разговарят",
        "ще се обади",
        "отказа|отхвърли",
    ],
    event_words: &["среща*", "среща", "посещени*"],
    held: &["разговаря|разговаряха|обсъди|обсъдиха|проведоха"],
    happenings: &["избор*"],
    separately: &["поотделно"],
    initiative: &["по инициатива", "по молба"],
    initiator_precedes: false,
    latter: &["последния|последната"],
    counterparts: &["колег*"],
    recipient_suffixes: &[],
    relative_days: &[
        ("миналата седмица", super::SOME_DAY),
        ("днес", 0),
        ("вчера", -1),
    ],
    weekdays: &[
        ("понеделник", 0),
        ("вторник", 1),
        ("сряда", 2),
        ("четвъртък", 3),
        ("петък", 4),
        ("събота", 5),
        ("неделя", 6),
    ],
    months: &[
        ("януари", 1),
        ("февруари", 2),
        ("март", 3),
        ("април", 4),
        ("май", 5),
        ("юни", 6),
        ("юли", 7),
        ("август", 8),
        ("септември", 9),
        ("октомври", 10),
        ("ноември", 11),
        ("декември", 12),
    ],
    home_roles: &[],
    titles: &["президент*", "премиер*", "министър*"],
    conjunctions: &["и"],
};
