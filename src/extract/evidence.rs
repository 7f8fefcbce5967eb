//! Evidence of a call: which sentences report a phone call that took place, and which
//! statements are not readouts at all. Traps (planned, refused or video calls, letters,
//! receptions) veto a sentence; a call phrase preceded by a back-reference word ("during the
//! call") refers to a call already reported.

use super::context::Ctx;
use super::countries::COUNTRY_SET;
use super::cues::{Strength, Tag};
use super::names::Mention;
use super::parties::PERSON_WINDOW;
use super::pattern::Hit;

/// An interview (in the headline or the first body sentence) mentions calls but reports none.
pub(super) fn is_not_readout(ctx: &Ctx<'_>) -> bool {
    let first_body = ctx
        .text
        .sentences
        .iter()
        .position(|s| !s.is_title)
        .unwrap_or(0);
    ctx.hits
        .iter()
        .take(first_body + 1)
        .flatten()
        .any(|h| matches!(h.tag, Tag::NotReadout))
}

/// Mentions are only needed for sentences with a call cue or a telephone word.
pub(super) fn lazy_mentions<'c>(ctx: &'c Ctx<'_>, si: usize) -> &'c [Mention] {
    if !ctx.hits[si]
        .iter()
        .any(|h| matches!(h.tag, Tag::Call(..) | Tag::Telephone))
    {
        return &[];
    }
    ctx.mentions(si)
}

/// The cue that makes the sentence a call report, if any.
pub(super) fn first_call_cue<'h>(
    ctx: &Ctx<'_>,
    sentence_range: std::ops::Range<usize>,
    hits: &'h [Hit<'static, Tag>],
    mentions: &[Mention],
    phone_context: bool,
) -> Option<&'h Hit<'static, Tag>> {
    let sentence_start = sentence_range.start;
    let person_follows = |h: &Hit<'_, Tag>| {
        let window = h.end..h.end + PERSON_WINDOW;
        mentions.iter().any(|m| window.contains(&m.start))
            || hits.iter().any(|o| {
                window.contains(&o.start) && matches!(o.tag, Tag::Counterpart | Tag::HomeRole(_))
            })
    };
    // "their phone call with X", "the telephone conversation between X and Y", "so-called":
    // a reference to a call, not the report of one.
    let referred = |h: &Hit<'_, Tag>| {
        h.start > sentence_start && REFERENCE_WORDS.contains(&ctx.text.word(h.start - 1))
    };
    // "A phone call between X and Y is expected": the plan follows the names the phrase
    // introduces, so its reach counts from their end.
    let held = |h: &Hit<'_, Tag>| {
        let names_end = names_after(mentions, h.end, 2);
        !not_held(ctx, hits, h, PLANNED_AFTER + names_end - h.end)
    };
    let trapped = vetoed(hits);
    let phrase = hits
        .iter()
        .filter(|h| !trapped && held(h) && !denied(hits, h))
        .find(|h| match h.tag {
            Tag::Call(Strength::Strong, _) => {
                !referred(h) && (!h.needs_person || person_follows(h))
            }
            Tag::Call(Strength::Weak, _) => {
                phone_context && !referred(h) && (!h.needs_person || person_follows(h))
            }
            _ => false,
        });
    // Whatever the phrasing, a word for the telephone with someone named in the sentence is
    // what any reader takes as a call report ("Зеленський телефоном поговорив із Трампом",
    // "dans un entretien téléphonique, X a félicité Y"). A call said to be earlier than the
    // one reported ("their previous phone call") is not.
    phrase.or_else(|| {
        // Someone named: a person, the home side's office, or (in a sentence about nothing
        // else: no meeting, no plan or habit) offices by title and country ("the foreign
        // ministers of Ukraine and Azerbaijan spoke by phone"), read at the call's date.
        // Two countries at least: one office alone ("reached the French president by phone")
        // is no call between two sides.
        let offices_only = hits.iter().any(|h| matches!(h.tag, Tag::Title))
            && COUNTRY_SET
                .find_all(&ctx.text, sentence_range.clone())
                .len()
                >= 2
            && !hits.iter().any(|h| {
                matches!(
                    h.tag,
                    Tag::EventWord | Tag::Planned(_) | Tag::Trap(_) | Tag::NotReadout
                )
            });
        // A country whose name looks like a person's ("Turkey") names no one.
        let person_named = mentions
            .iter()
            .any(|m| !super::parties::is_country_word(&ctx.text, m));
        if !person_named && !offices_only && !hits.iter().any(|h| matches!(h.tag, Tag::HomeRole(_)))
        {
            return None;
        }
        hits.iter().find(|h| {
            // Weaker evidence than a phrase: a plan anywhere after it in the sentence vetoes
            // it ("телефонный разговор ..., как сообщили источники, запланирован на вторник").
            matches!(h.tag, Tag::Telephone)
                && !not_held(ctx, hits, h, usize::MAX / 2)
                && !trap_near(hits, h)
                && !denied(hits, h)
                && !earlier_call(ctx, sentence_start, h.start)
        })
    })
}

/// Where the names right after token `end` stop ("between X and Y", "with the President,
/// X"): each may stand `gap` words (a title, "and") after the one before.
fn names_after(mentions: &[Mention], end: usize, gap: usize) -> usize {
    let mut reach = end;
    for m in mentions.iter().filter(|m| m.start >= end) {
        if m.start > reach + gap {
            break;
        }
        reach = reach.max(m.end);
    }
    reach
}

/// How far before and after a call phrase a word of plan, future or refusal reaches.
const PLANNED_BEFORE: usize = 5;
const PLANNED_AFTER: usize = 4;

/// A plan, a future tense, a refusal or a negation right around the phrase: the call did not
/// (yet) take place.
fn not_held(ctx: &Ctx<'_>, hits: &[Hit<'_, Tag>], h: &Hit<'_, Tag>, after: usize) -> bool {
    plan_near(ctx, hits, h, after).next().is_some()
}

/// The plan, future, refusal or negation words of the statement's language around phrase `h`
/// (up to `after` words after it), except those that follow a past tense of conversing.
fn plan_near<'h>(
    ctx: &Ctx<'_>,
    hits: &'h [Hit<'h, Tag>],
    h: &'h Hit<'h, Tag>,
    after: usize,
) -> impl Iterator<Item = &'h Hit<'h, Tag>> {
    let known = super::cues::ALL.iter().any(|l| l.lang == ctx.lang);
    let lang = ctx.lang;
    // "X, who did not hide his joy, spoke by phone with Y": a negation set off by a comma
    // denies something else.
    let negation_elsewhere = move |p: &Hit<'_, Tag>| {
        if !NEGATIONS.contains(&ctx.text.word(p.start)) {
            return false;
        }
        let (first, last) = if p.start < h.start {
            (p.start, h.start)
        } else {
            (h.end.saturating_sub(1), p.start)
        };
        let tokens = &ctx.text.tokens;
        match (tokens.get(first), tokens.get(last)) {
            (Some(a), Some(b)) if a.span.end <= b.span.start => ctx
                .text
                .original
                .get(a.span.end..b.span.start)
                .is_some_and(|gap| gap.contains(',')),
            _ => false,
        }
    };
    hits.iter().filter(move |p| {
        matches!(p.tag, Tag::Planned(l) if !known || *l == lang)
            && p.start + PLANNED_BEFORE >= h.start
            && p.start <= h.end + after
            && !(p.start >= h.end && said_held(hits, h, p))
            && !negation_elsewhere(p)
    })
}

/// A call phrase that is itself a past tense of conversing by phone ("spoke by phone",
/// "обсудили по телефону", "telefonda görüştü", "telefonierte"): a plan word after it is what
/// was discussed ("... about plans for a visit"), not the call. A call named by a noun ("a
/// phone call with X ... expected", "discussed a phone call planned for") gets no such pass.
fn said_held(hits: &[Hit<'_, Tag>], h: &Hit<'_, Tag>, plan: &Hit<'_, Tag>) -> bool {
    matches!(h.tag, Tag::Call(Strength::Strong, _))
        && hits.iter().any(|v| {
            matches!(v.tag, Tag::Held(_)) && h.start <= v.start && v.start < h.end.min(plan.start)
        })
}

/// A body sentence that speaks of a call only as planned ("Лавров и Блинкен проведут
/// телефонный разговор 1 февраля"): what the page is about is a call still to come, so a
/// headline echo of it without the plan word (a transliterated URL slug) or a later sentence
/// on that call's details ("the time of the call is not known") reports no call either.
/// A negation is no plan ("details of the call were not disclosed"), and a page that also
/// tells of an earlier call held ("their previous conversation took place the day before")
/// is not only about a coming one.
pub(super) fn planned_call_in_body(ctx: &Ctx<'_>) -> bool {
    let body = || {
        ctx.text
            .sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.is_title)
    };
    let planned = body().any(|(si, _)| {
        let hits = &ctx.hits[si];
        hits.iter()
            .filter(|h| matches!(h.tag, Tag::Call(..) | Tag::Telephone))
            .any(|h| {
                plan_near(ctx, hits, h, PLANNED_AFTER)
                    .any(|p| !NEGATIONS.contains(&ctx.text.word(p.start)))
            })
    });
    // "попередня розмова ... відбулася напередодні": "previous" right before a word for the
    // conversation, in a sentence with a verb of taking place or talking.
    let earlier_held = || {
        body().any(|(si, s)| {
            let held = ctx.hits[si].iter().any(|h| matches!(h.tag, Tag::Held(_)));
            held && s.tokens.clone().any(|i| {
                matches_any(PREVIOUS_WORDS, ctx.text.word(i))
                    && (i + 1..(i + 3).min(s.tokens.end))
                        .any(|j| matches_any(CONVERSATION_WORDS, ctx.text.word(j)))
            })
        })
    };
    planned && !earlier_held()
}

/// "Previous" (folded), without the words that are also something else ("son", "last").
const PREVIOUS_WORDS: &[&str] = &[
    "previous",
    "earlier",
    "precedent*",
    "предыдущ*",
    "прошл*",
    "попередн*",
    "vorherig*",
    "anterior*",
    "poprzedni*",
    "onceki",
    "evvelki",
    "السابق*",
    "նախորդ*",
];

/// Words for a conversation (folded prefixes), for "the previous conversation took place".
const CONVERSATION_WORDS: &[&str] = &[
    "call*",
    "conversation*",
    "entretien*",
    "echange*",
    "gesprach*",
    "telefonat*",
    "llamada*",
    "conversacion*",
    "telefonata*",
    "colloqui*",
    "rozmow*",
    "разговор*",
    "беседа*",
    "беседы",
    "розмов*",
    "gorusme*",
    "danisig*",
    "danisiq*",
    "զրույց*",
    "الاتصال*",
    "اتصال*",
    "المكالم*",
    "مكالم*",
];

/// Plain negations among the plan words (folded): they deny, they do not plan.
const NEGATIONS: &[&str] = &[
    "not", "no", "nicht", "ne", "pas", "non", "не", "ні", "nie", "չի", "չեն", "لم", "لا",
];

/// The first sentence whose telephone word reports a call held although the sentence names
/// no one ("La conversación ha durado media hora"), with that word.
pub(super) fn partyless_call<'c>(ctx: &'c Ctx<'_>) -> Option<(usize, &'c Hit<'static, Tag>)> {
    ctx.text.sentences.iter().enumerate().find_map(|(si, s)| {
        let hits = &ctx.hits[si];
        hits.iter()
            .find(|h| {
                matches!(h.tag, Tag::Telephone)
                    && !not_held(ctx, hits, h, usize::MAX / 2)
                    && !trap_near(hits, h)
                    && !denied(hits, h)
                    && !earlier_call(ctx, s.tokens.start, h.start)
            })
            .map(|h| (si, h))
    })
}

/// Words before a telephone word that place the call before the one reported, or recall it
/// (folded; a final `*` makes a prefix).
const EARLIER_WORDS: &[&str] = &[
    "previous",
    "last",
    "earlier",
    "former",
    "recent",
    "precedent*",
    "dernier*",
    "предыдущ*",
    "прошл*",
    "последн*",
    "попередн*",
    "минул*",
    "vorherig*",
    "letzte*",
    "anterior*",
    "ultima",
    "ultimo",
    "poprzedni*",
    "ostatni*",
    "onceki",
    "son",
    "evvelki",
    "sonuncu",
    // "recalled their telephone conversation": a call remembered, not reported.
    "recall*",
    "rappel*",
    "напомн*",
    "вспомн*",
    "нагада*",
    "erinnert*",
    "record*",
    "ricord*",
    "przypomn*",
    "hatirlat*",
    "xatirlat*",
];

/// Words for a span of time (folded; a final `*` makes a prefix): "last" next to one dates
/// the call reported ("на прошлой неделе состоялся телефонный разговор", "la semaine
/// dernière"), it does not make it an earlier one.
const TIME_SPANS: &[&str] = &[
    "week*",
    "month*",
    "year*",
    "night",
    "недел*",
    "месяц*",
    "году",
    "год",
    "тиж*",
    "місяц*",
    "роц*",
    "semaine",
    "mois",
    "annee",
    "woche",
    "monat",
    "jahr",
    "semana",
    "mes",
    "ano",
    "settimana",
    "mese",
    "anno",
    "tydz*",
    "tygod*",
    "miesi*",
    "roku",
    "hafta*",
    "ay",
    "yil*",
    "hefte*",
    "il",
];

/// A word that places a call before another ("previous", "последний"), or recalls one, in
/// language `lang` (Turkish and Azerbaijani "son", last, is French "son", his).
pub(super) fn is_earlier_word(lang: &str, w: &str) -> bool {
    matches_any(EARLIER_WORDS, w) && (w != "son" || matches!(lang, "tr" | "az"))
}

pub(super) fn matches_any(words: &[&str], w: &str) -> bool {
    words.iter().any(|e| match e.strip_suffix('*') {
        Some(prefix) => w.starts_with(prefix),
        None => w == *e,
    })
}

fn earlier_call(ctx: &Ctx<'_>, sentence_start: usize, at: usize) -> bool {
    // "la semaine dernière", "на прошлой неделе": the span is an adverb dating the call; in
    // "last year's phone call" the possessive makes it qualify the call, an earlier one.
    let next_to_time_span = |i: usize| {
        let possessive = |w: &str| w.ends_with("'s") || w.ends_with("’s");
        (i > sentence_start && matches_any(TIME_SPANS, ctx.text.word(i - 1)))
            || (i + 1 < at
                && matches_any(TIME_SPANS, ctx.text.word(i + 1))
                && !possessive(ctx.text.word(i + 1)))
    };
    (sentence_start.max(at.saturating_sub(3))..at)
        .any(|i| matches_any(EARLIER_WORDS, ctx.text.word(i)) && !next_to_time_span(i))
}

/// Words before a call phrase that make it a back-reference (folded).
const REFERENCE_WORDS: &[&str] = &[
    "the",
    "their",
    "his",
    "her",
    "its",
    "last",
    "previous",
    "earlier",
    "recent",
    "during",
    "following",
    "after",
    "since",
    "that",
    "so",
    "leur",
    "lors",
    "im",
    "beim",
    "ходе",
    "итогам",
    "после",
    "після",
    "час",
    "durante",
    "dopo",
    "podczas",
    "trakcie",
    "po",
];

/// Whether the statement speaks of a telephone at all: weak cues ("spoke with") count as
/// call reports only then (but see [`official_lead_end`]).
pub(super) fn phone_context(ctx: &Ctx<'_>) -> bool {
    ctx.hits.iter().flatten().any(|h| {
        matches!(
            h.tag,
            Tag::Phone | Tag::Telephone | Tag::Call(Strength::Strong, _)
        )
    })
}

/// An official site's own readout writes "the Prime Minister spoke with the President" for a
/// call and names the place of any meeting: with no meeting, visit or other event in its
/// headline and lead, a weak cue there counts as a call report (only there).
pub(super) fn official_lead_end(ctx: &Ctx<'_>) -> Option<usize> {
    (ctx.official && !event_in_lead(ctx)).then(|| lead_end(ctx))
}

/// How many body sentences make the lead, for [`phone_context`].
const LEAD_SENTENCES: usize = 2;

/// The sentence index just past the headline and lead.
pub(super) fn lead_end(ctx: &Ctx<'_>) -> usize {
    ctx.text
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.is_body_text())
        .nth(LEAD_SENTENCES - 1)
        .map_or(ctx.text.sentences.len(), |(si, _)| si + 1)
}

fn event_in_lead(ctx: &Ctx<'_>) -> bool {
    ctx.hits[..lead_end(ctx)]
        .iter()
        .flatten()
        .any(|h| matches!(h.tag, Tag::EventWord | Tag::Trap(_) | Tag::NotReadout))
}

/// A denial phrase overlapping the call phrase, ending a word before it ("denied .. a
/// phone call", "had dismissed the alleged call between", "نفى .. وقوع اتصال هاتفي"), or
/// starting right after it (Turkish "telefon görüşmesi yapılmadığını", no call was held).
pub(super) fn denied(hits: &[Hit<'static, Tag>], h: &Hit<'static, Tag>) -> bool {
    hits.iter()
        .any(|d| matches!(d.tag, Tag::Denial(_)) && h.start <= d.end + 1 && h.end >= d.start)
}

/// A trap in the sentence (a planned, refused or video call, a letter) vetoes its call
/// phrases.
fn vetoed(hits: &[Hit<'static, Tag>]) -> bool {
    hits.iter().any(|h| matches!(h.tag, Tag::Trap(_)))
}

/// How near after a telephone word a trap must stand to veto it: "hablaron por teléfono tras
/// recibir la carta" reports a call, and the letter is another matter.
const TRAP_REACH: usize = 6;

fn trap_near(hits: &[Hit<'_, Tag>], h: &Hit<'_, Tag>) -> bool {
    // A trap before the word vetoes it wherever it stands ("X met Y in Sochi and later held a
    // telephone conversation with Z" must not pair Y with Z); after it, only nearby.
    hits.iter().any(|t| {
        matches!(t.tag, Tag::Trap(_)) && (t.start < h.start || t.start <= h.end + TRAP_REACH)
    })
}
