//! Who called whom: the votes a call sentence (and the sentences after it) gives on the
//! direction of a call between two parties. Every rule abstains when unsure: a wrong direction
//! is worse than none, and the caller keeps a direction only when all votes agree.

use chrono::NaiveDate;

use super::context::Ctx;
use super::countries::{
    CAPITAL_SET, COUNTRY_SET, country_of_word, institution_acronym, institution_words,
    is_institution,
};
use super::cues::{Dir, Strength, Tag};
use super::names::{self, Mention, Who};
use super::parties::{Party, Placed, case_surface, home_roles, is_country_word};
use super::pattern::Hit;
use super::text::{Sentence, Text};

/// Direction implied by the cue's grammar, for a pair of parties (in sentence order). Word order
/// only counts when the subject is named before the cue ends (verb-first Arabic names it inside
/// the cue): "called X and Y" with no subject says nothing about who called.
pub(super) fn from_cue(cue: &Hit<'_, Tag>, group: &[Placed]) -> Option<(Party, Party)> {
    let Tag::Call(_, dir) = *cue.tag else {
        return None;
    };
    let (a, b) = (&group[0], &group[1]);
    let a_calls = || Some((a.party.clone(), b.party.clone()));
    let b_calls = || Some((b.party.clone(), a.party.clone()));
    let subject_named = a.start < cue.end;
    match (dir, a.marked_recipient, b.marked_recipient) {
        (Dir::None, ..) => None,
        (Dir::SubjectCalls | Dir::ByCase, true, false) => b_calls(),
        (Dir::SubjectCalls | Dir::ByCase, false, true) => a_calls(),
        (Dir::SubjectCalls, false, false) if subject_named => a_calls(),
        // A dative settles it before word order: "звонок Алиева Путину", "во время звонка
        // Макрону" (a call to Macron).
        (Dir::SubjectReceives, false, true) => a_calls(),
        (Dir::SubjectReceives, true, false) => b_calls(),
        (Dir::SubjectReceives, false, false) if subject_named => b_calls(),
        _ => None,
    }
}

/// How many sentences after the call sentence may say on whose initiative it took place
/// ("Разговор состоялся по инициативе ..." often comes after a greeting sentence).
const INITIATIVE_REACH: usize = 2;

/// Further on (Kremlin readouts end with it), a sentence that speaks of the call itself.
const FAR_INITIATIVE_REACH: usize = 4;

/// Further still, a sentence whose initiative phrase has the call itself for its subject
/// ("The conversation was held on Finland's initiative" closing a long readout).
const CALL_ITSELF_REACH: usize = 7;

/// Words for the call itself (folded, whole words): the subject of "... was held on X's
/// initiative".
const CALL_ITSELF_NOUNS: &[&str] = &[
    "call",
    "conversation",
    "discussion",
    "entretien",
    "echange",
    "appel",
    "gesprach",
    "telefonat",
    "llamada",
    "conversacion",
    "telefonata",
    "colloquio",
    "conversazione",
    "rozmowa",
    "разговор",
    "беседа",
    "диалог",
    "розмова",
    "бесіда",
    "діалог",
    "gorusme",
];

/// What may stand right before that word: nothing (the sentence opens with it), a definite
/// article, or a conjunction "that" ("сообщалось, что диалог инициировала Украина"). Not a
/// demonstrative: "that conversation" may be another one the text recalled.
const CALL_ITSELF_OPENERS: &[&str] = &[
    "the", "le", "l'", "der", "die", "das", "el", "il", "lo", "que", "dass", "che", "что", "що",
    "ze",
];

/// What may stand between that word and the initiative phrase: a verb of taking place.
const CALL_ITSELF_LINKS: &[&str] = &[
    "was",
    "were",
    "held",
    "took",
    "place",
    "a",
    "eu",
    "lieu",
    "ete",
    "fand",
    "statt",
    "war",
    "wurde",
    "fue",
    "tuvo",
    "lugar",
    "e",
    "stata",
    "stato",
    "avvenuta",
    "avvenuto",
    "svolta",
    "odbyla",
    "odbyl",
    "sie",
    "состоялся",
    "состоялась",
    "прошел",
    "прошла",
    "был",
    "была",
    "відбулася",
    "відбувся",
    "була",
    "був",
];

/// Whether an initiative phrase has the call itself for its subject: "The discussion was
/// held on Finland's initiative", "диалог инициировала Украина"; not "the panel discussion
/// held at ...", "this exchange of prisoners, at Turkey's initiative".
fn initiative_of_call_itself(
    ctx: &Ctx<'_>,
    si: usize,
    sentence: &Sentence,
    h: &Hit<'_, Tag>,
) -> bool {
    let text = &ctx.text;
    // A word for the telephone may stand before the noun ("the telephone conversation",
    // "телефонный разговор") or after it ("l'entretien téléphonique").
    let phone_at = |k: usize| {
        ctx.hits[si]
            .iter()
            .any(|p| matches!(p.tag, Tag::Telephone | Tag::Phone) && (p.start..p.end).contains(&k))
    };
    // The word may open the phrase itself ("диалог инициировала").
    (h.start.saturating_sub(4).max(sentence.tokens.start)..=h.start).any(|i| {
        let opener = if i > sentence.tokens.start && phone_at(i - 1) {
            i - 1
        } else {
            i
        };
        let links_from = if i + 1 < h.start && phone_at(i + 1) {
            i + 2
        } else {
            i + 1
        };
        CALL_ITSELF_NOUNS.contains(&text.word(i))
            && (opener == sentence.tokens.start
                || CALL_ITSELF_OPENERS.contains(&text.word(opener - 1))
                || text.tokens[opener].after_punct)
            && (links_from..h.start).all(|k| CALL_ITSELF_LINKS.contains(&text.word(k)))
    })
}

/// How far an initiative phrase's complement reaches ("of the Azerbaijani side").
const INITIATOR_WINDOW: usize = 7;

/// Words a name starting in that window may run past its end.
const NAME_OVERHANG: usize = 3;

/// Last letters of a genitive in the languages that name the initiator before the phrase
/// (Turkish/Azerbaijani -ın/-in/-nın..., Armenian -ի, and -ս of "վերջինիս", the latter's):
/// "Azərbaycan tərəfinin təşəbbüsü ilə".
const GENITIVE_FINALS: &[char] = &['n', 'ի', 'ս'];

/// Who an initiative phrase names.
enum Initiator {
    Party(Party),
    /// A country, from an adjective or a name ("the Azerbaijani side", "Russia's request").
    Country(&'static str),
    /// "the latter", "este": the participant named second.
    Latter(usize),
}

/// "at the initiative of the Azerbaijani side", "auf Initiative von X", "a petición de este",
/// "Aliyev'in talebi üzerine", in the call sentence or the one after it. Only the first
/// reference in the phrase's complement counts; a side that matches no single participant, a
/// third person or anything unclear gives no direction.
pub(super) fn from_initiative(
    ctx: &Ctx<'_>,
    si: usize,
    group: &[Placed],
) -> Option<(Party, Party)> {
    // A headline call is followed by the body: its reach starts at the first body sentence.
    let from = if ctx.text.sentences.get(si).is_some_and(|s| s.is_title) {
        ctx.text
            .sentences
            .iter()
            .position(|s| !s.is_title)
            .unwrap_or(si)
            .max(si)
    } else {
        si
    };
    for sj in (si..=from + CALL_ITSELF_REACH).filter(|&sj| sj == si || sj >= from) {
        let Some(sentence) = ctx.text.sentences.get(sj) else {
            break;
        };
        let hits = &ctx.hits[sj];
        if sj != si && reports_other_call(ctx, sj, hits, group) {
            break;
        }
        // "Разговор состоялся по инициативе ...", not "the forum, created on Kazakhstan's
        // initiative".
        let speaks_of_call = || {
            hits.iter().any(|h| {
                matches!(
                    h.tag,
                    Tag::Held(_) | Tag::Phone | Tag::Telephone | Tag::Call(..) | Tag::DuringCall
                )
            })
        };
        for h in hits.iter() {
            let Tag::Initiative(precedes) = *h.tag else {
                continue;
            };
            let of_call = initiative_of_call_itself(ctx, sj, sentence, h);
            if (sj > from + FAR_INITIATIVE_REACH && !of_call)
                || (sj > from + INITIATIVE_REACH && !speaks_of_call() && !of_call)
            {
                continue;
            }
            if in_denial(hits, h) {
                continue;
            }
            let initiator = if precedes {
                initiator_before(ctx, sentence, hits, h)
            } else {
                initiator_after(ctx, sentence, hits, h)
            };
            let Some(initiator) = initiator else {
                continue;
            };
            let pick = |k: usize| Some((group[k].party.clone(), group[1 - k].party.clone()));
            return match initiator {
                Initiator::Party(p) => group.iter().position(|g| g.party == p).and_then(pick),
                Initiator::Country(code) => {
                    let of_country: Vec<usize> = (0..2)
                        .filter(|&k| match &group[k].party {
                            Party::Known(id) => of_side(ctx, *id, code),
                            Party::Unknown(_) => false,
                        })
                        .collect();
                    match of_country.as_slice() {
                        [k] => pick(*k),
                        _ => None,
                    }
                }
                // The latter is the participant who is not the subject: the one named second,
                // whether before the phrase ("X called Y at the latter's request") or after it
                // ("X habló, a petición de este, con Y").
                // Nobody else named between the second participant and the phrase: "... with
                // Macron, about Aliyev's statement and the latter's initiative" is Aliyev's.
                // In a later sentence ("The conversation took place at the latter's
                // initiative"), the latter is the one the call sentence names last.
                Initiator::Latter(at) => {
                    let other = |m: &&Mention| {
                        !is_country_word(&ctx.text, m)
                            && !group.iter().any(|g| match (&m.who, &g.party) {
                                (Who::Known(id), Party::Known(q)) => id == q,
                                _ => false,
                            })
                    };
                    let after_second = |k: usize| {
                        ctx.mentions(k)
                            .iter()
                            .filter(other)
                            .any(|m| m.start > group[1].start && m.start < at)
                    };
                    let someone_between = (si..=sj).any(after_second);
                    // A later sentence's "the latter" may qualify another event ("the
                    // conference, held at the latter's initiative"); Turkish "karşı taraf" is
                    // the other side, not the one named last.
                    let later_and_unsure = sj != si
                        && (matches!(ctx.lang, "tr" | "az")
                            || hits
                                .iter()
                                .any(|e| matches!(e.tag, Tag::EventWord | Tag::Happening)));
                    (group[0].start < group[1].start
                        && group[0].start < at
                        && !someone_between
                        && !later_and_unsure)
                        .then(|| pick(1))?
                }
            };
        }
    }
    None
}

/// Whether a phrase stands inside a denial ("Ankara wies Berichte zurück, Erdoğan habe das
/// Telefonat initiiert", "опровергли, что разговор инициировала российская сторона").
fn in_denial(hits: &[Hit<'_, Tag>], h: &Hit<'_, Tag>) -> bool {
    hits.iter()
        .any(|d| matches!(d.tag, Tag::Denial(_)) && d.start <= h.start && h.start < d.end)
}

/// Whether a gazetteer person speaks for a side: their country's, or for a supranational side
/// ("the EU side"), an office of it held on the publication day.
fn of_side(ctx: &Ctx<'_>, id: usize, code: &str) -> bool {
    let person = ctx.people.person(id);
    if person.country.eq_ignore_ascii_case(code) {
        return true;
    }
    if !is_institution(code) {
        return false;
    }
    let Some(day) = ctx_date(ctx) else {
        return false;
    };
    person.roles.iter().filter(|r| r.active_on(day)).any(|r| {
        institution_words(code).iter().any(|w| {
            r.office
                .split(|c: char| !c.is_alphanumeric())
                .collect::<Vec<_>>()
                .windows(w.split(' ').count())
                .any(|win| win.join(" ") == *w)
        })
    })
}

/// A later sentence reports another call when it has a call cue and names someone outside
/// this one ("The telephone conversation took place at the request of the Azerbaijani side"
/// still speaks of this call).
fn reports_other_call(
    ctx: &Ctx<'_>,
    si: usize,
    hits: &[Hit<'static, Tag>],
    group: &[Placed],
) -> bool {
    hits.iter().any(|h| matches!(h.tag, Tag::Call(..)))
        && ctx
            .mentions(si)
            .iter()
            .filter(|m| !is_country_word(&ctx.text, m))
            .any(|m| match &m.who {
                Who::Known(id) => !group.iter().any(|p| p.party == Party::Known(*id)),
                _ => true,
            })
}

/// A comma, colon, bracket or dash between token `j - 1` and token `j`: a clause boundary.
fn clause_break_before(text: &Text, j: usize) -> bool {
    j > 0
        && text.original[text.tokens[j - 1].span.end..text.tokens[j].span.start]
            .contains([',', ';', ':', '(', ')', '–', '—'])
}

/// The first reference after the phrase's first word, up to a clause boundary.
fn initiator_after(
    ctx: &Ctx<'_>,
    sentence: &Sentence,
    hits: &[Hit<'static, Tag>],
    h: &Hit<'static, Tag>,
) -> Option<Initiator> {
    let range = (h.start + 1)..(h.end + INITIATOR_WINDOW).min(sentence.tokens.end);
    // A name that starts inside the window may end after it ("the U.S. Secretary of State Rex
    // Tillerson"): spot names a little further than references are looked for.
    let spotted = range.start..(range.end + NAME_OVERHANG).min(sentence.tokens.end);
    let mentions = names::spot(&ctx.text, ctx.people, spotted, hits, ctx.lang);
    let mut countries = COUNTRY_SET.find_all(&ctx.text, range.clone());
    countries.extend(CAPITAL_SET.find_all(&ctx.text, range.clone()));
    for j in range {
        if j > h.end && clause_break_before(&ctx.text, j) {
            return None;
        }
        if let Some(found) =
            reference_at(ctx, (hits, h), &mentions, &countries, j, |m| m.start == j)
        {
            return found;
        }
    }
    None
}

/// The reference nearest before the phrase, which must end in a genitive, within its clause.
fn initiator_before(
    ctx: &Ctx<'_>,
    sentence: &Sentence,
    hits: &[Hit<'static, Tag>],
    h: &Hit<'static, Tag>,
) -> Option<Initiator> {
    let first = sentence
        .tokens
        .start
        .max(h.start.saturating_sub(INITIATOR_WINDOW));
    if h.start <= first || !ctx.text.word(h.start - 1).ends_with(GENITIVE_FINALS) {
        return None;
    }
    let range = first..h.start;
    let mentions = names::spot(&ctx.text, ctx.people, range.clone(), hits, ctx.lang);
    let mut countries = COUNTRY_SET.find_all(&ctx.text, range.clone());
    countries.extend(CAPITAL_SET.find_all(&ctx.text, range.clone()));
    for j in range.rev() {
        if let Some(found) =
            reference_at(ctx, (hits, h), &mentions, &countries, j, |m| m.end == j + 1)
        {
            return found;
        }
        if clause_break_before(&ctx.text, j) {
            return None;
        }
    }
    None
}

/// What token `j` of an initiative complement refers to: `None` when nothing (read on),
/// `Some(None)` when something that settles no direction (stop), `Some(Some(_))` when found.
fn reference_at(
    ctx: &Ctx<'_>,
    (hits, phrase): (&[Hit<'static, Tag>], &Hit<'static, Tag>),
    mentions: &[Mention],
    countries: &[Hit<'_, &'static str>],
    j: usize,
    at: impl Fn(&Mention) -> bool,
) -> Option<Option<Initiator>> {
    if let Some(m) = mentions
        .iter()
        .find(|m| at(m) && !is_country_word(&ctx.text, m))
    {
        return Some(match &m.who {
            Who::Known(id) => Some(Initiator::Party(Party::Known(*id))),
            Who::Unknown(name) => Some(Initiator::Party(Party::Unknown(name.clone()))),
            Who::Ambiguous(_) => None,
        });
    }
    if let Some(c) = countries.iter().find(|c| c.start <= j && j < c.end) {
        return Some(Some(Initiator::Country(c.tag)));
    }
    if let Some(code) = institution_acronym(ctx.text.raw(j)) {
        return Some(Some(Initiator::Country(code)));
    }
    // "on Finland's initiative": the possessive hides the name from the country patterns.
    if ctx
        .text
        .raw(j)
        .contains(crate::people::normalize::is_apostrophe)
        && let Some(code) = country_of_word(ctx.text.raw(j))
    {
        return Some(Some(Initiator::Country(code)));
    }
    for o in hits.iter().filter(|o| o.start == j) {
        match o.tag {
            // "the latter's request": inside the phrase, the latter stands alone too.
            Tag::Latter if o.end < phrase.end || latter_stands_alone(&ctx.text, o.end) => {
                return Some(Some(Initiator::Latter(o.start)));
            }
            Tag::HomeRole(_) => {
                let placed = home_roles(ctx, std::slice::from_ref(o), mentions, &[], ctx_date(ctx));
                if let Some(p) = placed.into_iter().next() {
                    return Some(Some(Initiator::Party(p.party)));
                }
            }
            _ => {}
        }
    }
    None
}

/// The publication day, to resolve a role named in an initiative phrase.
fn ctx_date(ctx: &Ctx<'_>) -> Option<NaiveDate> {
    ctx.published.map(|p| p.date)
}

/// "este" is "the latter" only on its own ("a petición de este, con ..."), not in "este país".
fn latter_stands_alone(text: &Text, next: usize) -> bool {
    next >= text.tokens.len()
        || text.tokens[next].after_punct
        || matches!(
            text.word(next),
            "con" | "y" | "avec" | "et" | "with" | "and" | "mit" | "und" | "с" | "со" | "и"
        )
}

/// The headline, when sentence `si` is a body sentence: it speaks of the body's call too.
fn headline_before(ctx: &Ctx<'_>, si: usize) -> Option<usize> {
    ctx.text
        .sentences
        .first()
        .filter(|s| s.is_title && si > 0)
        .map(|_| 0)
}

/// "X thanked Y for the call" in the call sentence or the next three (before another call is
/// reported): X was called. The one thanking must be the person named right before the verb
/// and a participant; the one thanked, when named, the other participant.
pub(super) fn from_thanks(ctx: &Ctx<'_>, si: usize, group: &[Placed]) -> Option<(Party, Party)> {
    let last = (si + 4).min(ctx.text.sentences.len());
    // The headline speaks of the body's call too ("Meloni chiama Erdogan").
    let headline = headline_before(ctx, si);
    for sj in headline.into_iter().chain(si..last) {
        let hits = &ctx.hits[sj];
        let reports_call = hits
            .iter()
            .any(|h| matches!(h.tag, Tag::Call(Strength::Strong | Strength::Weak, _)));
        if sj > si && reports_call {
            break;
        }
        let Some(h) = hits.iter().find(|h| {
            matches!(h.tag, Tag::Call(Strength::DirectionOnly, _)) && !in_denial(hits, h)
        }) else {
            continue;
        };
        let mentions = ctx.mentions(sj);
        let member = |m: &Mention| match m.who {
            Who::Known(id) => group.iter().position(|p| p.party == Party::Known(id)),
            _ => None,
        };
        let Some(k) = mentions
            .iter()
            .rev()
            .find(|m| m.start < h.start)
            .and_then(member)
        else {
            continue;
        };
        let thanked = mentions
            .iter()
            .find(|m| h.start <= m.start && m.start < h.end);
        if thanked.is_some_and(|m| member(m) != Some(1 - k)) {
            continue;
        }
        // "chiama @": the person named right after the phrase must be the other participant.
        let object = mentions.iter().find(|m| m.start >= h.end);
        if h.needs_person && object.and_then(member) != Some(1 - k) {
            continue;
        }
        // "X thanked Y for the call": Y called; "Obama chiama Renzi" (where a call is
        // reported): X called.
        let (subject, other) = (group[k].party.clone(), group[1 - k].party.clone());
        return Some(match h.tag {
            Tag::Call(_, Dir::SubjectCalls) => (subject, other),
            _ => (other, subject),
        });
    }
    None
}

/// How many words may stand between the one called and the call noun ("Merkel'e taziye
/// telefonu"; not "Biden'a kadar liderler telefon diplomasisinde").
const CALL_NOUN_REACH: usize = 1;

/// Capitalised words (a title, a country) that may stand between the caller and the one called
/// ("Erdoğan'dan Almanya Başbakanı Scholz'a").
const CASE_GAP: usize = 3;

/// "Erdoğan'dan Merkel'e taziye telefonu" (a condolence call from Erdoğan to Merkel): where a
/// language marks by case the one a call came from, the call's sentence or the headline naming
/// one participant in that case, the other right after in a recipient case, and the call noun
/// right after both, says who called. Nothing else in that shape counts: "Erdoğan'dan Biden'a
/// kadar liderler" (from E. to B.), "Erdoğan'dan Aliyev'e devredilmesi" (handed over from
/// one to the other), "Putin'den Erdoğan'a telefonda teşekkür" (thanks by phone).
pub(super) fn from_cases(ctx: &Ctx<'_>, si: usize, group: &[Placed]) -> Option<(Party, Party)> {
    let cues = super::cues::ALL.iter().find(|l| l.lang == ctx.lang)?;
    if cues.caller_suffixes.is_empty() || group.len() != 2 {
        return None;
    }
    let headline = headline_before(ctx, si);
    let text = &ctx.text;
    let ends_with = |m: &Mention, suffixes: &[&str]| {
        let surface = case_surface(text, m.end.saturating_sub(1).max(m.start));
        suffixes.iter().any(|s| surface.ends_with(s))
    };
    let party_of = |m: &Mention| {
        group.iter().position(|p| match (&m.who, &p.party) {
            (Who::Known(id), Party::Known(q)) => id == q,
            (Who::Unknown(name), Party::Unknown(q)) => name == q,
            _ => false,
        })
    };
    for sj in std::iter::once(si).chain(headline) {
        let sentence_end = text.sentences[sj].tokens.end;
        let mentions = ctx.mentions(sj);
        for pair in mentions.windows(2) {
            let (from, to) = (&pair[0], &pair[1]);
            let adjacent = to.start >= from.end
                && to.start - from.end <= CASE_GAP
                && (from.end..to.start).all(|k| text.tokens[k].capitalized);
            let noun_follows = (to.end..(to.end + CALL_NOUN_REACH + 1).min(sentence_end))
                .any(|k| cues.case_call_nouns.contains(&text.word(k)));
            if !adjacent
                || !noun_follows
                || !ends_with(from, cues.caller_suffixes)
                || !ends_with(to, cues.recipient_suffixes)
            {
                continue;
            }
            if let (Some(a), Some(b)) = (party_of(from), party_of(to))
                && a != b
            {
                return Some((group[a].party.clone(), group[b].party.clone()));
            }
        }
        if let Some(found) = from_person_to_country(ctx, sj, cues, group, &party_of) {
            return Some(found);
        }
    }
    None
}

/// Dative endings a country takes when it stands for the one called ("İran'a"), or the title
/// after it ("İspanya Kralı'na", "Fransa Cumhurbaşkanı'na": -na/-ne after the possessive).
const COUNTRY_DATIVES: &[&str] = &["'a", "'e", "'ya", "'ye", "'na", "'ne"];

/// "Erdoğan'dan İran'a taziye telefonu": a call from a person to a country, which stands for
/// the participant of that country (and only when exactly one is).
fn from_person_to_country(
    ctx: &Ctx<'_>,
    sj: usize,
    cues: &super::cues::LangCues,
    group: &[Placed],
    party_of: &dyn Fn(&Mention) -> Option<usize>,
) -> Option<(Party, Party)> {
    let text = &ctx.text;
    let sentence_end = text.sentences[sj].tokens.end;
    for from in ctx.mentions(sj) {
        let surface = case_surface(text, from.end.saturating_sub(1).max(from.start));
        if !cues.caller_suffixes.iter().any(|s| surface.ends_with(s)) {
            continue;
        }
        let Some(a) = party_of(from) else {
            continue;
        };
        // The country right after the caller (a title may stand between, as for names), in
        // the dative itself or followed by its office in the dative ("İspanya Kralı'na").
        let dative = (from.end..(from.end + CASE_GAP + 1).min(sentence_end))
            .take_while(|&k| text.tokens[k].capitalized)
            .find(|&k| {
                let surface = case_surface(text, k);
                COUNTRY_DATIVES.iter().any(|d| surface.ends_with(d))
            })?;
        let (country, code) = match country_of_word(text.raw(dative)) {
            Some(code) => (dative, code),
            None if dative > from.end => (dative, country_of_word(text.raw(dative - 1))?),
            None => return None,
        };
        let noun_follows = (country + 1..(country + CALL_NOUN_REACH + 2).min(sentence_end))
            .any(|k| cues.case_call_nouns.contains(&text.word(k)));
        if !noun_follows {
            return None;
        }
        let of_country: Vec<usize> = (0..group.len())
            .filter(|&k| k != a)
            .filter(|&k| matches!(group[k].party, Party::Known(id) if of_side(ctx, id, code)))
            .collect();
        return match of_country.as_slice() {
            [b] => Some((group[a].party.clone(), group[*b].party.clone())),
            _ => None,
        };
    }
    None
}
