//! Armenian cues: call detection and names (no dates or directions yet).

use super::{CallCue, Dir, LangCues, Strength};

#[rustfmt::skip]
const CALLS: &[CallCue] = &[
    ("հեռախոսազրույց*", Strength::Strong, Dir::None),
    ("հեռախոսային զրույց*|խոսակցություն*", Strength::Strong, Dir::None),
    ("զանգահարել*|զանգահարեց", Strength::Strong, Dir::SubjectCalls),
];

pub const CUES: LangCues = LangCues {
    lang: "hy",
    calls: CALLS,
    phone_words: &["հեռախոս*"],
    not_readouts: &["հարցազրույց*"],
    traps: &["տեսակոնֆերանս*", "նամակ*"],
    event_words: &[],
    separately: &[],
    initiative: &["նախաձեռնությամբ"],
    initiator_precedes: true,
    latter: &[],
    counterparts: &["գործընկեր*"],
    recipient_suffixes: &[],
    relative_days: &[("այսօր", 0), ("երեկ", -1)],
    weekdays: &[],
    months: &[],
    home_roles: &[],
    titles: &["նախագահ*", "վարչապետ*", "նախարար*"],
    conjunctions: &["և"],
};
