//! Cue tables, one file per language, as plain data in the pattern language of
//! [`super::pattern`]. To support a new language, add a file with a [`LangCues`] constant and
//! list it in [`ALL`]. All languages' tables are matched together, so a statement whose language
//! was detected wrongly is still read.

mod ar;
mod az;
mod bg;
mod de;
mod en;
mod es;
mod fr;
mod hy;
mod it;
mod pl;
mod ru;
mod tr;
mod uk;

use std::sync::LazyLock;

use super::pattern::PatternSet;

/// Who initiated, as implied by the grammar of a cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    /// The cue says nothing about who called.
    None,
    /// The subject called the other ("X called Y", "X, Y'yi telefonla aradı").
    SubjectCalls,
    /// The subject was called ("X received a phone call from Y", "X a reçu un appel de Y").
    SubjectReceives,
    /// Only a case ending tells who was called (the dative/accusative one): passive forms
    /// ("Əliyevə ... zəng edilib") where word order says nothing.
    ByCase,
}

/// How much a call cue proves on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    /// Reports a call that took place ("held a phone call", "телефонный разговор состоялся").
    Strong,
    /// Reports a conversation; a call only when the statement is about a phone call
    /// ("spoke with", "s'est entretenu avec", "görüştü").
    Weak,
    /// Gives the direction of a call reported elsewhere ("thanked X for the call").
    DirectionOnly,
}

/// Call cue: pattern, strength, direction.
pub type CallCue = (&'static str, Strength, Dir);

/// The cue tables of one language. Every string is a pattern (see `pattern.rs`).
#[derive(Debug)]
pub struct LangCues {
    pub lang: &'static str,
    pub calls: &'static [CallCue],
    /// Words that mean the telephone itself, in any of their forms ("phone*", "téléphon*",
    /// "телефон*", "هاتف*"): with a party named, a sentence holding one reports a call.
    pub telephone: &'static [&'static str],
    /// "During the call", "в ходе разговора", "görüşmede": a sentence that speaks of a call
    /// already reported, so it names no new call.
    pub during_call: &'static [&'static str],
    /// Words showing the statement is about a phone call ("phone", "téléphon*", "телефон*").
    pub phone_words: &'static [&'static str],
    /// Words that make a nearby call phrase a call not (yet) held: future tense, plans,
    /// refusals, negation ("will hold a phone call", "aura un échange téléphonique",
    /// "görüşecek", "не состоялся"). They veto only the cue they stand next to.
    pub planned: &'static [&'static str],
    /// Past tenses that say a conversation took place ("spoke", "обсудили", "görüştü"): a plan
    /// word after one speaks of the call's subject ("discussed plans for further contacts",
    /// "die geplante Konferenz"), not of the call.
    pub held: &'static [&'static str],
    /// Words that introduce the source of a report ("according to", "как сообщил", "Kremlin
    /// spokesman"): the person named right after them tells of the call, not in it.
    pub reporting: &'static [&'static str],
    /// Postpositions that follow the source they name ("Peskov'a göre", according to Peskov):
    /// the person right before them tells of the call; the one after is the clause's subject.
    pub sources_before: &'static [&'static str],
    /// Verbs of reporting ("said", "сообщил"): the person after them is the source only when
    /// the verb opens an aside (", сообщил Песков"); "Peskov said Putin spoke" names Putin.
    pub reporting_verbs: &'static [&'static str],
    /// Phrases that disqualify a sentence as a call report: planned, proposed, refused calls,
    /// letters, video conferences, receptions.
    pub traps: &'static [&'static str],
    /// A call denied or only alleged, the pattern running from the denial to the call word
    /// ("denied ... a phone call", "alleged call"): it vetoes the call words it spans, not
    /// the whole sentence ("denied a second call and confirmed the first one").
    pub denials: &'static [&'static str],
    /// Kinds of statement that are not readouts (interviews): when the headline or the first
    /// sentence matches, the calls the statement mentions are not reported by it.
    pub not_readouts: &'static [&'static str],
    /// Gatherings whose dates are not the call's ("the summit on 15 July", "during his
    /// visit"): a date right after or before one is skipped, and one in the lead makes a
    /// "spoke with" a meeting.
    pub event_words: &'static [&'static str],
    /// Happenings a call is often about ("the 7 February election", "the attack on Sunday"):
    /// their dates are not the call's either, but a readout that speaks of one ("offered
    /// condolences for the attack", "congratulated him on his election") still reports a call.
    pub happenings: &'static [&'static str],
    /// "separately": one subject, several one-to-one calls.
    pub separately: &'static [&'static str],
    /// The initiator follows: a person, a side ("the Azerbaijani side"), or "the latter".
    pub initiative: &'static [&'static str],
    /// The initiator is named before the initiative phrase, in the genitive ("Azərbaycan
    /// tərəfinin təşəbbüsü ilə", "Aliyev'in talebi üzerine"), not after it.
    pub initiator_precedes: bool,
    /// "the latter", "este", "celui-ci": the last-named participant.
    pub latter: &'static [&'static str],
    /// Words for "counterpart", which stand for the called person after "called".
    pub counterparts: &'static [&'static str],
    /// Case suffixes (on the surface word, lower-case) that mark the person who was called
    /// (dative/accusative), for free word order: "Алиеву позвонил Зеленский".
    pub recipient_suffixes: &'static [&'static str],
    /// Case suffixes marking the one a call came from (the ablative): with the other party
    /// in a recipient case in the same sentence about a call, they say who called whom
    /// ("Erdoğan'dan Merkel'e taziye telefonu", a condolence call from Erdoğan to Merkel).
    pub caller_suffixes: &'static [&'static str],
    /// Words (folded, exact) for the call that must follow that pair for the cases to count.
    pub case_call_nouns: &'static [&'static str],
    /// Relative day words and their offset from the publication day.
    pub relative_days: &'static [(&'static str, i8)],
    /// Weekday names, 0 = Monday.
    pub weekdays: &'static [(&'static str, u8)],
    /// Month names (all inflections), 1 = January.
    pub months: &'static [(&'static str, u8)],
    /// Role phrases naming the issuing side's own official, with the role kinds they stand for.
    pub home_roles: &'static [(&'static str, &'static [&'static str])],
    /// Titles that precede a name ("President", "Außenministerin"): unknown names are spotted
    /// after them.
    pub titles: &'static [&'static str],
    /// "and": joins several counterparts.
    pub conjunctions: &'static [&'static str],
}

pub const HEADS_OF_STATE: &[&str] = &["president", "king", "emir"];
pub const PRIME_MINISTER: &[&str] = &["prime_minister"];
pub const PRESIDENT: &[&str] = &["president"];
pub const CHANCELLOR: &[&str] = &["chancellor"];
pub const FOREIGN_MINISTER: &[&str] = &["foreign_minister"];
pub const DEFENCE_MINISTER: &[&str] = &["defence_minister"];
pub const KING: &[&str] = &["king"];
pub const CROWN_PRINCE: &[&str] = &["crown_prince"];
pub const SECRETARY_GENERAL: &[&str] = &["secretary_general"];

/// Offset of relative phrases that name no single day ("last week"): the date is unknowable.
pub const SOME_DAY: i8 = i8::MIN;

/// Offset of "the day after the call" ("au lendemain de l'échange téléphonique"): the call is
/// the day before the day the sentence is dated (or published), whatever else it says.
pub const DAY_AFTER_CALL: i8 = i8::MIN + 1;

pub const ALL: &[&LangCues] = &[
    &en::CUES,
    &fr::CUES,
    &ru::CUES,
    &de::CUES,
    &es::CUES,
    &tr::CUES,
    &az::CUES,
    &uk::CUES,
    &hy::CUES,
    &ar::CUES,
    &bg::CUES,
    &it::CUES,
    &pl::CUES,
];

/// What a matched pattern means.
#[derive(Debug, Clone, Copy)]
pub enum Tag {
    Call(Strength, Dir),
    /// A word for the telephone itself (see [`LangCues::telephone`]).
    Telephone,
    /// A phrase of [`LangCues::during_call`].
    DuringCall,
    Phone,
    /// A word of [`LangCues::planned`], and its language (`проведе` is a past tense in
    /// Bulgarian, a future in Ukrainian).
    Planned(&'static str),
    /// A word of [`LangCues::held`], and its language.
    Held(&'static str),
    /// A word of [`LangCues::traps`], and its language: German "Brief" (a letter) vetoes
    /// nothing in "a brief telephone conversation".
    Trap(&'static str),
    /// A phrase of [`LangCues::denials`], and its language.
    Denial(&'static str),
    /// A word of [`LangCues::reporting`].
    Reporting,
    /// A word of [`LangCues::reporting_verbs`].
    ReportingVerb,
    /// A word of [`LangCues::sources_before`].
    SourceBefore,
    NotReadout,
    EventWord,
    /// A word of [`LangCues::happenings`].
    Happening,
    /// "separately", with its language ("ayrıca" is "separately" in Azerbaijani, "furthermore"
    /// in Turkish).
    Separately(&'static str),
    /// An initiative phrase; `true` when the initiator is named before it.
    Initiative(bool),
    Latter,
    Counterpart,
    /// Day offset, and the language (relative words collide: `hier` is French and German).
    Relative(i8, &'static str),
    Weekday(u8, &'static str),
    Month(u8),
    HomeRole(&'static [&'static str]),
    Title,
    Conjunction(&'static str),
}

/// Every language's cues in one pattern set.
pub struct Compiled {
    pub set: PatternSet<Tag>,
    /// Patterns that failed to compile (empty unless a table has a typo; a test checks it).
    pub bad: Vec<&'static str>,
}

pub static CUES: LazyLock<Compiled> = LazyLock::new(|| {
    let mut items: Vec<(&'static str, Tag)> = Vec::new();
    for l in ALL {
        items.extend(l.calls.iter().map(|(p, s, d)| (*p, Tag::Call(*s, *d))));
        items.extend(l.telephone.iter().map(|p| (*p, Tag::Telephone)));
        items.extend(l.during_call.iter().map(|p| (*p, Tag::DuringCall)));
        items.extend(l.phone_words.iter().map(|p| (*p, Tag::Phone)));
        items.extend(l.planned.iter().map(|p| (*p, Tag::Planned(l.lang))));
        items.extend(l.held.iter().map(|p| (*p, Tag::Held(l.lang))));
        items.extend(l.reporting.iter().map(|p| (*p, Tag::Reporting)));
        items.extend(l.reporting_verbs.iter().map(|p| (*p, Tag::ReportingVerb)));
        items.extend(l.sources_before.iter().map(|p| (*p, Tag::SourceBefore)));
        items.extend(l.traps.iter().map(|p| (*p, Tag::Trap(l.lang))));
        items.extend(l.denials.iter().map(|p| (*p, Tag::Denial(l.lang))));
        items.extend(l.not_readouts.iter().map(|p| (*p, Tag::NotReadout)));
        items.extend(l.event_words.iter().map(|p| (*p, Tag::EventWord)));
        items.extend(l.happenings.iter().map(|p| (*p, Tag::Happening)));
        items.extend(l.separately.iter().map(|p| (*p, Tag::Separately(l.lang))));
        items.extend(
            l.initiative
                .iter()
                .map(|p| (*p, Tag::Initiative(l.initiator_precedes))),
        );
        items.extend(l.latter.iter().map(|p| (*p, Tag::Latter)));
        items.extend(l.counterparts.iter().map(|p| (*p, Tag::Counterpart)));
        items.extend(
            l.relative_days
                .iter()
                .map(|(p, d)| (*p, Tag::Relative(*d, l.lang))),
        );
        items.extend(
            l.weekdays
                .iter()
                .map(|(p, d)| (*p, Tag::Weekday(*d, l.lang))),
        );
        items.extend(l.months.iter().map(|(p, m)| (*p, Tag::Month(*m))));
        items.extend(l.home_roles.iter().map(|(p, k)| (*p, Tag::HomeRole(k))));
        items.extend(l.titles.iter().map(|p| (*p, Tag::Title)));
        items.extend(
            l.conjunctions
                .iter()
                .map(|p| (*p, Tag::Conjunction(l.lang))),
        );
    }
    let (set, bad) = PatternSet::build(items);
    Compiled { set, bad }
});

/// Whether a hit of language `cue_lang` may apply to a statement in `lang`. Languages that
/// are easily told apart on short texts (Russian, Ukrainian and Bulgarian; Turkish and
/// Azerbaijani) share their cues, and a statement in a language without tables takes every
/// language's.
pub fn applies_to(cue_lang: &str, lang: &str) -> bool {
    fn family(l: &str) -> &str {
        match l {
            "ru" | "uk" | "bg" => "ru",
            "az" => "tr",
            other => other,
        }
    }
    family(cue_lang) == family(lang) || !ALL.iter().any(|l| l.lang == lang)
}

/// Recipient case suffixes of every language (checked on Cyrillic/Latin surface words).
pub fn recipient_suffixes() -> impl Iterator<Item = &'static str> {
    ALL.iter()
        .flat_map(|l| l.recipient_suffixes.iter().copied())
}
