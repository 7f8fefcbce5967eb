//! "After his phone call with A, X rang B": the phrases that set an earlier call before the
//! one a sentence reports, which call phrase is the report, and the earlier call itself.

use chrono::NaiveDate;

use super::context::Ctx;
use super::cues::Tag;
use super::dates;
use super::evidence;
use super::names::{Mention, Who};
use super::parties::{self, Party, Placed};
use super::pattern::Hit;
use super::text::Sentence;

/// "after" (folded) before a call noun: "X, after his phone call with A, called B".
const AFTER_WORDS: &[&str] = &[
    "after",
    "following",
    "nach",
    "apres",
    "dopo",
    "tras",
    "despues",
    "после",
    "після",
    "po",
];

/// "after which" (folded): "X spoke with A, after which he held a phone call with B" tells
/// the later call, not an earlier one.
const RELATIVE_AFTER: &[&str] = &["which", "чого", "чего", "quoi", "che", "cui", "cual"];

/// "after his phone call with A", "après avoir parlé au président ukrainien" inside a
/// sentence: where the call word starts, where its "with"/"to" stands, A when the gazetteer
/// names them, and whether the phrase says the telephone (a talk may have been in person).
pub(super) struct EarlierCall {
    pub after: usize,
    pub noun_start: usize,
    pub with: usize,
    pub party: Option<(usize, Party)>,
    pub phone: bool,
}

/// How far after "with" the party of an earlier call may start (a title between).
const EARLIER_PARTY_REACH: usize = 4;

/// "to" (folded), after a verb of speaking: "after speaking to A", "après avoir parlé au".
const TO_WORDS: &[&str] = &["to", "au", "a", "al", "aux"];

/// Gerunds of speaking after "after" that the tables of held talks do not list.
const SPEAKING_GERUNDS: &[&str] = &["speaking", "talking"];

/// The "after his phone call with A" phrases of a sentence.
pub(super) fn earlier_calls(
    ctx: &Ctx<'_>,
    sentence: &Sentence,
    hits: &[Hit<'static, Tag>],
    mentions: &[Mention],
) -> Vec<EarlierCall> {
    let text = &ctx.text;
    let mut found = Vec::new();
    // Only the words shortly before a word for the telephone or for talking can open the
    // phrase (English gerunds aside): most call sentences have one or two such words.
    let talk_word = |h: &Hit<'static, Tag>| {
        matches!(h.tag, Tag::Telephone | Tag::Phone)
            || matches!(h.tag, Tag::Held(lang) if *lang == ctx.lang)
    };
    let mut openers: Vec<usize> = if ctx.lang == "en" {
        sentence.tokens.clone().collect()
    } else {
        hits.iter()
            .filter(|h| talk_word(h))
            .flat_map(|h| h.start.saturating_sub(3).max(sentence.tokens.start)..h.start)
            .collect()
    };
    openers.sort_unstable();
    openers.dedup();
    for i in openers {
        if !AFTER_WORDS.contains(&text.word(i))
            || (i + 1 < sentence.tokens.end && RELATIVE_AFTER.contains(&text.word(i + 1)))
        {
            continue;
        }
        let within = |start: usize| start > i && start <= i + 3;
        let word = hits
            .iter()
            .find(|h| within(h.start) && talk_word(h))
            .map(|h| (h.start, h.end, matches!(h.tag, Tag::Telephone | Tag::Phone)))
            .or_else(|| {
                (i + 1..(i + 3).min(sentence.tokens.end))
                    .find(|&k| SPEAKING_GERUNDS.contains(&text.word(k)))
                    .map(|k| (k, k + 1, false))
            });
        let Some((noun_start, noun_end, phone)) = word else {
            continue;
        };
        let Some(with) = (noun_end..(noun_end + 2).min(sentence.tokens.end)).find(|&j| {
            parties::WITH_WORDS.contains(&text.word(j)) || TO_WORDS.contains(&text.word(j))
        }) else {
            continue;
        };
        let party = mentions
            .iter()
            .filter(|m| m.start > with && m.start <= with + EARLIER_PARTY_REACH)
            .find_map(|m| match m.who {
                Who::Known(id) => Some((m.start, Party::Known(id))),
                _ => None,
            });
        found.push(EarlierCall {
            after: i,
            noun_start,
            with,
            party,
            phone,
        });
    }
    found
}

/// The start of the party an earlier-call phrase names: the first party placed after its
/// "with", when near enough.
pub(super) fn earlier_party_start(e: &EarlierCall, placed: &[Placed]) -> Option<usize> {
    placed
        .iter()
        .map(|p| p.start)
        .filter(|&start| start > e.with)
        .min()
        .filter(|&start| start <= e.with + EARLIER_PARTY_REACH)
}

/// "After his phone call with A, X called B": when the first call phrase is the one the
/// sentence sets before the call it reports, the report is the next call phrase after A.
pub(super) fn reported_cue_after_earlier<'h>(
    ctx: &Ctx<'_>,
    sentence: &Sentence,
    hits: &'h [Hit<'static, Tag>],
    cue: &'h Hit<'static, Tag>,
    mentions: &[Mention],
    phone_context: bool,
) -> &'h Hit<'static, Tag> {
    let Some(earlier) = earlier_calls(ctx, sentence, hits, mentions)
        .into_iter()
        .find(|e| e.noun_start.saturating_sub(2) <= cue.start && cue.start <= e.with)
    else {
        return cue;
    };
    let party_start = earlier
        .party
        .as_ref()
        .map_or(earlier.with + 1, |(start, _)| *start);
    let rest = hits.partition_point(|h| h.start <= party_start);
    evidence::first_call_cue(
        ctx,
        sentence.tokens.clone(),
        &hits[rest..],
        mentions,
        phone_context,
    )
    .unwrap_or(cue)
}

/// Possessives (folded) that make the subject of the sentence the owner of an earlier call:
/// the reflexive ones ("після свого", "после своего", "po swojej") and the Romance ones,
/// which readers take for the subject's ("après son appel", "dopo la sua telefonata").
/// Russian "его", Ukrainian "його", Polish "jego" are someone else's: not listed, so the one
/// named last before the phrase owns the call.
const SUBJECT_POSSESSIVES: &[&str] = &[
    "son",
    "sa",
    "suo",
    "sua",
    "su",
    "своего",
    "своей",
    "свого",
    "своєї",
    "swojej",
    "swoim",
    "swojego",
];

/// Possessives (folded) that may point to either side ("X called Y after her call with Z").
const GENDERED_POSSESSIVES: &[&str] = &[
    "his", "her", "seinem", "seiner", "seines", "ihrem", "ihrer", "ihres",
];

/// A call a sentence tells as set before the call it reports.
pub(super) struct ToldBefore {
    pub parties: [Party; 2],
    pub date: Option<NaiveDate>,
}

/// "Austin, after his phone call with Shoigu, rang Reznikov", "Nach seinem Telefonat mit A
/// rief X B an": the call the sentence `si` sets its own after is a call of the subject's too,
/// on the same day unless its phrase gives one (the reported call, between `parties`, leaves
/// A out: see `calls::drafts_for`). `subject` and `date` are the reported call's.
pub(super) fn told_before(
    ctx: &Ctx<'_>,
    si: usize,
    parties: &[Party],
    subject: Option<&Party>,
    date: Option<NaiveDate>,
) -> Option<ToldBefore> {
    let sentence = &ctx.text.sentences[si];
    let hits = &ctx.hits[si];
    let mentions = ctx.mentions(si);
    let (earlier, (party_start, party)) = earlier_calls(ctx, sentence, hits, mentions)
        .into_iter()
        .filter(|e| e.phone)
        .find_map(|e| {
            let party = e.party.clone().filter(|(_, p)| !parties.contains(p))?;
            Some((e, party))
        })?;
    let known = |m: &Mention| match m.who {
        Who::Known(id) => Some(Party::Known(id)),
        _ => None,
    };
    let text = &ctx.text;
    let owner_words = earlier.after + 1..earlier.noun_start;
    let own_pronoun = owner_words
        .clone()
        .any(|i| SUBJECT_POSSESSIVES.contains(&text.word(i)));
    // "his", "ihrem" point to either side once both are named ("X called Y after her
    // call with A"): then the earlier call is left out rather than guessed. Before that,
    // to the one named ("X rief nach seinem Telefonat mit A auch B an"), or, opening the
    // sentence, ahead to its subject.
    let gendered = owner_words
        .clone()
        .any(|i| GENDERED_POSSESSIVES.contains(&text.word(i)));
    let named_before = parties
        .iter()
        .filter(|p| {
            mentions
                .iter()
                .any(|m| m.end <= earlier.after && known(m).as_ref() == Some(*p))
        })
        .count();
    if gendered && named_before > 1 {
        return None;
    }
    let named_owner = mentions
        .iter()
        .filter(|m| owner_words.contains(&m.start))
        .find_map(known);
    let before_after = || {
        mentions
            .iter()
            .filter(|m| m.end <= earlier.after)
            .filter_map(known)
            .filter(|p| parties.contains(p))
    };
    let first_after = || {
        mentions
            .iter()
            .filter(|m| m.start > party_start)
            .filter_map(known)
            .find(|p| parties.contains(p))
    };
    let subject = if let Some(owner) = named_owner {
        // "After Biden's phone call with A": Biden's call.
        Some(owner)
    } else if own_pronoun || gendered {
        // "X rang B after his phone call with A", "Nach seinem Telefonat mit A rief X ...":
        // the sentence's subject, named first.
        before_after()
            .next()
            .or_else(|| subject.filter(|s| parties.contains(s)).cloned())
            .or_else(first_after)
    } else {
        // "X called Y shortly after the chancellor's call with A", "nach dessen Telefonat":
        // the one named last before it.
        before_after()
            .next_back()
            .or_else(|| subject.filter(|s| parties.contains(s)).cloned())
            .or_else(first_after)
    };
    // The earlier call's own day, when its phrase gives one ("after his call with A on
    // Monday, X rang B on Wednesday").
    let clause_end = (earlier.with + 1..sentence.tokens.end)
        .find(|&k| text.tokens[k].after_punct)
        .unwrap_or(sentence.tokens.end);
    let own_dates: Vec<dates::DateMention> =
        dates::find(text, sentence.tokens.clone(), hits, ctx.lang)
            .into_iter()
            .filter(|m| m.start > earlier.after && m.start < clause_end)
            .collect();
    let date = if own_dates.is_empty() {
        date
    } else {
        dates::call_date(
            text,
            &own_dates,
            (earlier.noun_start, earlier.with),
            ctx.published,
        )
    };
    let subject = subject.filter(|s| *s != party)?;
    Some(ToldBefore {
        parties: [subject, party],
        date,
    })
}
