//! Armenian cues. Armenian is verb-final: "X-ը հեռախոսազրույց է ունեցել Y-ի հետ".

use super::{CallCue, Dir, LangCues, Strength};

#[rustfmt::skip]
const CALLS: &[CallCue] = &[
    ("հեռախոսազանգ* .. ստացել|ստացավ", Strength::Strong, Dir::SubjectReceives),
    ("հեռախոսազրույց*", Strength::Strong, Dir::None),
    ("հեռախոսային զրույց*|խոսակցություն*", Strength::Strong, Dir::None),
    ("զանգահարել*|զանգահարեց", Strength::Strong, Dir::SubjectCalls),
    ("շնորհակալություն .. զանգի|զանգի համար", Strength::DirectionOnly, Dir::SubjectReceives),
];

pub const CUES: LangCues = LangCues {
    lang: "hy",
    calls: CALLS,
    // Western Armenian writes the telephone "հեռաձայն" ("հեռաձայնային հաղորդակցութիւն").
    telephone: &["հեռախոս*", "հեռախօս*", "հեռաձայն*"],
    during_call: &["հեռախոսազրույցի|զրույցի|խոսակցության ընթացքում"],
    phone_words: &["հեռախոս*", "հեռաձայն*"],
    not_readouts: &["հարցազրույց*"],
    // Future tenses with կ-: "կխոսի" (will speak), "կզանգահարի" (will call), "կկայանա" (will
    // take place).
    planned: &[
        "կունենա|կունենան|կանցկացնի|կխոսի|կխոսեն|կզանգահարի|կզանգի|կկայանա|նախատեսվում|նախատեսված|մերժ*|չի|չեն",
        // "Intends to" (a planned visit in a sentence reporting a held call is no plan of it).
        "մտադիր",
        // Habitual calls ("they often have phone talks"): no one call is reported.
        "հաճախ",
        "պլանավոր*",
    ],
    reporting_verbs: &[],
    reporting: &["խոսնակ*", "համաձայն"],
    sources_before: &[],
    // "ձայնագրություն": recordings of calls, not a call told.
    traps: &["տեսակոնֆերանս*", "նամակ*", "ուղերձ*", "ձայնագրություն*"],
    denials: &[
        "ենթադրյալ հեռախոսազրույց*|խոսակցություն*|զանգ*",
        "ոչ մի խոսակցություն|հեռախոսազրույց",
    ],
    event_words: &[
        "գագաթնաժողով*",
        "հանդիպում*",
        "այց*",
        "համաժողով*",
        "հայտարարվել",
    ],
    held: &["ունեցել|ունեցան|քննարկել|քննարկեցին|զանգահարել|զանգահարեց|խոսել|զրուցել"],
    happenings: &["ընտրություն*"],
    separately: &["առանձին-առանձին"],
    // The initiator comes first, in the genitive: "Ֆրանսիայի Նախագահի նախաձեռնությամբ".
    initiative: &["նախաձեռնությամբ", "խնդրանքով"],
    initiator_precedes: true,
    // "վերջինիս նախաձեռնությամբ": at the latter's initiative.
    latter: &["վերջինիս"],
    counterparts: &["գործընկեր*"],
    // No recipient suffix: the dative -ին is also how many names end (Պուտին).
    recipient_suffixes: &[],
    caller_suffixes: &[],
    case_call_nouns: &[],
    relative_days: &[
        // "the day after their call": the call is the day before the day the sentence speaks of.
        ("հեռախոսազրույցից մեկ օր անց", super::DAY_AFTER_CALL),
        ("շաբաթավերջին", super::SOME_DAY),
        ("անցյալ շաբաթ", super::SOME_DAY),
        ("նախորդ շաբաթ|շաբաթվա", super::SOME_DAY),
        ("այսօր", 0),
        // "երէկ" in classical spelling.
        ("երեկ|երէկ", -1),
    ],
    weekdays: &[
        ("երկուշաբթի*", 0),
        ("երեքշաբթի*", 1),
        ("չորեքշաբթի*", 2),
        ("հինգշաբթի*", 3),
        ("ուրբաթ*", 4),
        ("շաբաթ օրը", 5),
        ("կիրակի*", 6),
    ],
    months: &[
        ("հունվար*", 1),
        ("փետրվար*", 2),
        ("մարտի|մարտ|մարտին", 3),
        ("ապրիլ*", 4),
        ("մայիս*", 5),
        ("հունիս*", 6),
        ("հուլիս*", 7),
        ("օգոստոս*", 8),
        ("սեպտեմբեր*", 9),
        ("հոկտեմբեր*", 10),
        ("նոյեմբեր*", 11),
        ("դեկտեմբեր*", 12),
    ],
    home_roles: &[],
    titles: &[
        "արտգործնախարար*",
        "արտաքին գործերի նախարար*",
        "պաշտպանության նախարար|նախարարը|նախարարի|նախարարին|նախարարով|նախարարներ|նախարարները",
        // Not "ԱԳ նախարարի տեղակալ" (deputy) nor "ԱԳ նախարարության" (the ministry).
        "ագ նախարար|նախարարը|նախարարի|նախարարին|նախարարով !տեղակալ*",
        "ագն ղեկավար*",
        "նախագահ*",
        "վարչապետ*",
        "նախարար*",
        "կանցլեր*",
        "թագավոր*",
        "էմիր*",
    ],
    conjunctions: &["և", "եւ", "ապա"],
};
