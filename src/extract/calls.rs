//! Assembling calls: the evidence sentences, their parties, direction and date, merged into
//! one call per set of participants.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::after_phrase;
use super::context::Ctx;
use super::countries::COUNTRY_SET;
use super::cues::{Dir, Strength, Tag};
use super::dates;
use super::denied;
use super::direction;
use super::evidence;
use super::names::{Mention, Who};
use super::parties::{self, PERSON_WINDOW, Party, Placed};
use super::pattern::Hit;
use super::text::Sentence;
use super::topics::Topics;
use crate::concepts::Lexicon;
use crate::model::{Call, Statement};
use crate::people::People;

/// What one sentence says about a call.
#[derive(Debug, Clone)]
struct Draft {
    parties: Vec<Party>,
    votes: Vec<(Party, Party)>,
    date: Option<NaiveDate>,
    /// The sentence itself dates the call (else the date is the publication day's).
    dated: bool,
    /// Who the sentence is about: a one-participant call later in the statement ("She also
    /// spoke with Z") is this person's.
    subject: Option<Party>,
    evidence: String,
    sentence: usize,
    from_title: bool,
    /// A lone party named after a verb that says who called ("Vendredi il a appelé X"): the
    /// direction once the subject is known (true: the subject called).
    subject_called: Option<bool>,
    /// Told as an earlier call than one reported before it, the word for earlier right before
    /// the call phrase ("their previous phone conversation took place on 3 March"; not "last
    /// Friday X called Y"): a call of its own when it has another date.
    earlier: bool,
}

/// The calls a statement reports, and the topics (concept ids, with mentions) of the whole
/// statement, which every statement has, reporting a call or not.
pub fn extract(
    people: &People,
    lexicon: &Lexicon,
    statement: &Statement,
) -> (Vec<Call>, BTreeMap<String, u32>) {
    let ctx = Ctx::new(people, statement);
    let topics = Topics::find(lexicon, &ctx.text);
    if evidence::is_not_readout(&ctx) {
        return (Vec::new(), topics.statement());
    }
    let phone_context = evidence::phone_context(&ctx);
    let official_lead = evidence::official_lead_end(&ctx);

    let mut drafts: Vec<Draft> = Vec::new();
    let mut title_drafts: Vec<Draft> = Vec::new();
    for (si, sentence) in ctx.text.sentences.iter().enumerate() {
        let hits = &ctx.hits[si];
        let mentions = evidence::lazy_mentions(&ctx, si);
        let Some(cue) = evidence::first_call_cue(
            &ctx,
            sentence.tokens.clone(),
            hits,
            mentions,
            phone_context || official_lead.is_some_and(|end| si < end),
        ) else {
            continue;
        };
        let cue = after_phrase::reported_cue_after_earlier(
            &ctx,
            sentence,
            hits,
            cue,
            mentions,
            phone_context || official_lead.is_some_and(|end| si < end),
        );
        let mut found = drafts_for(&ctx, si, sentence, hits, cue, mentions);
        if !sentence.is_title && speaks_of_earlier_call(hits, cue) && !drafts.is_empty() {
            // "During the call, X said ...", "Besides the calls by A and B, C wrote to X": it
            // speaks of calls told already, and pairs none it has not told ("A and B" were
            // each on a call with X, not with each other).
            found.retain(|d| {
                drafts
                    .iter()
                    .any(|k| d.parties.iter().all(|p| k.parties.contains(p)))
            });
        }
        if !sentence.is_title
            && !drafts.is_empty()
            && cue.start > sentence.tokens.start
            && evidence::is_earlier_word(ctx.lang, ctx.text.word(cue.start - 1))
        {
            for d in &mut found {
                d.earlier = true;
            }
        }
        if sentence.is_title {
            title_drafts.extend(found);
        } else {
            drafts.extend(found);
        }
    }
    // Only a body that reports no call and plans none may hold a call without parties.
    let planned_only = drafts.is_empty() && evidence::planned_call_in_body(&ctx);
    if drafts.is_empty()
        && title_drafts.is_empty()
        && !planned_only
        && let Some((si, word)) = evidence::partyless_call(&ctx)
    {
        drafts.extend(lead_call(&ctx, si, word));
    }
    date_from_lead(&ctx, &mut drafts);
    carry_subject(&ctx, &mut drafts);
    // A headline is a call report of its own only when the body reports none.
    let mut all = if drafts.is_empty() {
        lead_counterparts(&ctx, &title_drafts).unwrap_or_else(|| title_drafts.clone())
    } else {
        drafts
    };
    borrow_from_title(&mut all, &title_drafts);
    all.extend(headline_list_rest(&ctx, &all, &title_drafts));
    add_home_principal(&ctx, &mut all);
    // A news page's URL slug names its subject, not a call: alone, naming one side only (and
    // the page's own principal not added), it reports none ("...-zelenski-kontakt-telefoniczny-
    // duda", an interview about calls). An official site's slug ("call-with-president-macron")
    // is its readout's title.
    // Nor does a slug whose call the body only plans: the slug lost the plan word.
    // Nor a headline whose call the body only plans ("Macron - Putin: a call" over "Macron
    // intends to call Putin").
    all.retain(|d| {
        (Some(d.sentence) != ctx.slug_sentence
            || ((d.parties.len() > 1 || ctx.official) && !planned_only))
            && !(planned_only && d.from_title)
    });
    let all = counterparts_after(&ctx, all);
    let mut all = separate_calls_after(&ctx, all);
    let before = calls_told_before(&ctx, &all);
    all.extend(before);
    // A pair the headline or lead denies a call between loses its other calls, unless a
    // sentence before the denial reports one ("X and Y spoke on Monday. There was no
    // conversation between them about migration" denies the topic, not the call).
    // Denials only come from the headline and lead, so "before the denial" is within them.
    let told: Vec<usize> = all.iter().map(|d| d.sentence).collect();
    for (pair, denial) in denied::denied_pairs(&ctx, &told) {
        let reported_before = all
            .iter()
            .chain(&title_drafts)
            .any(|d| d.sentence < denial && denied::covers(&pair, &d.parties));
        if !reported_before {
            all.retain(|d| !denied::covers(&pair, &d.parties));
        }
    }
    let merged = merge(&ctx, all, &title_drafts);
    let starts: Vec<usize> = merged.iter().map(|(_, s)| *s).collect();
    let calls = merged
        .into_iter()
        .map(|(mut call, sentence)| {
            call.concepts = topics.of_call(sentence, &starts);
            call.topics = topics.labels(&call.concepts);
            call
        })
        .collect();
    (calls, topics.statement())
}

/// Whether the call phrase of a sentence stands inside a "during the call" phrase, or right
/// before one that ends a head-final phrase ("telefon danışığı əsnasında", during the phone
/// conversation, where the telephone word comes first).
fn speaks_of_earlier_call(hits: &[Hit<'static, Tag>], cue: &Hit<'static, Tag>) -> bool {
    hits.iter().any(|h| {
        matches!(h.tag, Tag::DuringCall)
            && ((h.start <= cue.start && cue.start < h.end + 2)
                || (matches!(cue.tag, Tag::Telephone) && h.start == cue.end))
    })
}

/// How many sentences after the lead a call named by no one may stand.
const LEAD_REACH: usize = 2;

/// A telephone word in a sentence that names no one: the call is between the people the
/// headline and the lead (the first body sentence) name, the first two of them.
fn lead_call(ctx: &Ctx<'_>, si: usize, word: &Hit<'static, Tag>) -> Option<Draft> {
    let sentence = &ctx.text.sentences[si];
    let date_mentions = dates::find(&ctx.text, sentence.tokens.clone(), &ctx.hits[si], ctx.lang);
    let date = dates::call_date(
        &ctx.text,
        &date_mentions,
        (word.start, word.end),
        ctx.published,
    );
    let role_date = date.or(ctx.published.map(|p| p.date));
    let lead = ctx.text.lead()?;
    // Only near the top, and only when the headline and lead speak of no other event: "the
    // talks in the Kremlin ... regular contacts, meetings and telephone conversations" is a
    // meeting; nor of a plan or a refusal ("X is not answering the phone").
    let other_event = ctx.hits[..=lead].iter().flatten().any(|h| {
        matches!(
            h.tag,
            Tag::EventWord | Tag::Happening | Tag::Trap(_) | Tag::Planned(_)
        )
    });
    // "The telephone conversation with the Ukrainian head of state lasted an hour" names a
    // party the lead may not: only a sentence that names no one at all borrows the lead's.
    let names_someone = ctx.hits[si]
        .iter()
        .any(|h| matches!(h.tag, Tag::Title | Tag::Counterpart | Tag::HomeRole(_)))
        || !COUNTRY_SET
            .find_all(&ctx.text, sentence.tokens.clone())
            .is_empty();
    if si > lead + LEAD_REACH || other_event || names_someone {
        return None;
    }
    let mut group: Vec<Placed> = Vec::new();
    for sj in 0..=lead {
        let hits = &ctx.hits[sj];
        for p in parties::resolve_mentions(ctx, hits, ctx.mentions(sj), role_date) {
            if group.len() < 2 && !group.iter().any(|q| q.party == p.party) {
                // Named in other sentences: no word order to read.
                group.push(Placed {
                    start: usize::MAX,
                    ..p
                });
            }
        }
    }
    if group.is_empty() {
        return None;
    }
    let mut votes = Vec::new();
    if group.len() == 2 {
        votes.extend(direction::from_initiative(ctx, si, &group));
        votes.extend(direction::from_thanks(ctx, si, &group));
    }
    Some(Draft {
        parties: group.into_iter().map(|p| p.party).collect(),
        votes,
        date,
        dated: !date_mentions.is_empty(),
        subject: None,
        evidence: ctx.text.sentence_text(sentence).to_string(),
        sentence: si,
        from_title: false,
        subject_called: None,
        earlier: false,
    })
}

/// The calls one sentence reports (several when it says "separately").
fn drafts_for(
    ctx: &Ctx<'_>,
    si: usize,
    sentence: &Sentence,
    hits: &[Hit<'static, Tag>],
    cue: &Hit<'static, Tag>,
    mentions: &[Mention],
) -> Vec<Draft> {
    let date_mentions = dates::find(&ctx.text, sentence.tokens.clone(), hits, ctx.lang);
    let date = dates::call_date(
        &ctx.text,
        &date_mentions,
        (cue.start, cue.end),
        ctx.published,
    );
    let role_date = date.or(ctx.published.map(|p| p.date));
    let mut placed = parties::resolve_mentions(ctx, hits, mentions, role_date);
    let roles = parties::home_roles(ctx, hits, mentions, &placed, role_date);
    placed.extend(roles);
    if let Some(day) = role_date {
        // Officials named only by title and country, on either side ("the Turkish President").
        for (start, id) in
            parties::titled_officials(ctx, sentence, hits, mentions, None, day, cue.start)
        {
            placed.push(Placed {
                party: Party::Known(id),
                start,
                marked_recipient: false,
            });
        }
        let counterparts =
            parties::described_counterparts(ctx, sentence, hits, mentions, &placed, day);
        placed.extend(counterparts);
    } else {
        for (start, id) in
            parties::titled_officials_named_on_page(ctx, si, sentence, hits, mentions)
        {
            placed.push(Placed {
                party: Party::Known(id),
                start,
                marked_recipient: false,
            });
        }
    }
    // "X denied a second call with Y but confirmed a phone call with Z": whoever is named
    // right after a denial, before the reported phrase, was on the denied call only, when the
    // phrase names its own counterpart ("... but confirmed that they spoke" speaks of Y again).
    if placed.iter().any(|p| p.start >= cue.end) {
        placed.retain(|p| {
            !hits.iter().any(|d| {
                matches!(d.tag, Tag::Denial(_))
                    && (d.end..(d.end + DENIED_PARTY_REACH).min(cue.start)).contains(&p.start)
            })
        });
    }
    placed.sort_by_key(|p| p.start);
    // "X rang B after his phone call with A": A was on the earlier call only (its own draft
    // comes from `calls_told_before`), when the reported phrase stands outside that phrase.
    let earlier: Vec<usize> = after_phrase::earlier_calls(ctx, sentence, hits, mentions)
        .iter()
        .filter(|e| !(e.noun_start <= cue.start && cue.start <= e.with))
        .flat_map(|e| {
            // The party after "with", and an owner named inside ("after Biden's call").
            let owners = placed
                .iter()
                .map(|p| p.start)
                .filter(|&start| start > e.after && start < e.noun_start);
            after_phrase::earlier_party_start(e, &placed)
                .into_iter()
                .chain(owners)
        })
        .collect();
    if !earlier.is_empty() {
        let outside = |p: &Placed| !earlier.contains(&p.start);
        let kept: Vec<&Party> = placed
            .iter()
            .filter(|p| outside(p))
            .map(|p| &p.party)
            .collect();
        let distinct = (0..kept.len())
            .filter(|&k| !kept[..k].contains(&kept[k]))
            .count();
        if distinct >= 2 {
            placed.retain(|p| outside(p));
        }
    }
    let from_to = parties::call_from_to(ctx, hits, cue, &placed);
    let placed = match &from_to {
        Some(pair) => pair.to_vec(),
        None => parties::between_pair(ctx, hits, cue, &placed).unwrap_or(placed),
    };
    let mut parties: Vec<Placed> = Vec::new();
    for p in placed {
        if !parties.iter().any(|q| q.party == p.party) {
            parties.push(p);
        }
    }
    if parties.is_empty() || calls_from_a_list(ctx, hits, cue, &parties) {
        return Vec::new();
    }
    // "Before that he spoke by phone with the defence ministers of France, Turkey and Britain":
    // several counterparts after the cue and a pronoun for the subject, which the sentence
    // before names; without it the list would be read as calls among the counterparts.
    // Pro-drop languages leave the pronoun out ("Rozmawiał z kanclerzem Scholzem i
    // prezydentem Macronem"): a sentence that opens with the call phrase has the same unnamed
    // subject. Only for a list after "with": "the call between A and B", "разговор Путина и
    // Эрдогана" name the call's own two.
    let mut implicit_subject = false;
    if parties.len() > 1
        && parties.iter().all(|p| p.start >= cue.start)
        && !sentence.is_title
        && parties::with_list(ctx, hits, cue, &parties)
    {
        let named: Vec<Party> = parties.iter().map(|p| p.party.clone()).collect();
        let first_party = parties.iter().map(|p| p.start).min().unwrap_or(cue.start);
        implicit_subject = cue.start <= sentence.tokens.start + OPENING_WORDS;
        let subject = pronoun_referent(ctx, si, &named, Some(first_party)).or_else(|| {
            implicit_subject
                .then(|| implicit_referent(ctx, si, &named, role_date))
                .flatten()
        });
        if let Some(subject) = subject {
            implicit_subject = false;
            parties.insert(
                0,
                Placed {
                    party: subject,
                    start: sentence.tokens.start,
                    marked_recipient: false,
                },
            );
        }
    }
    let evidence = ctx.text.sentence_text(sentence).to_string();
    let separately = hits
        .iter()
        .any(|h| matches!(h.tag, Tag::Separately(lang) if *lang == ctx.lang));
    // An unnamed subject no sentence before gives: each counterpart is a call of its own,
    // never a call between them; the subject may still come from the call before.
    let pairs = if implicit_subject {
        parties.iter().map(|p| vec![p.clone()]).collect()
    } else {
        parties::pair_up(ctx, hits, cue, parties.clone(), separately)
    };
    let mut groups: Vec<(Vec<Placed>, Option<NaiveDate>)> =
        pairs.into_iter().map(|g| (g, date)).collect();
    groups.extend(dated_second_calls(
        ctx,
        hits,
        cue,
        &parties,
        &groups,
        &date_mentions,
    ));
    groups
        .into_iter()
        .map(|(group, date)| {
            let mut votes = Vec::new();
            // A later phrase that says who called this pair ("joined a conference call and
            // afterwards called Macron") is another, one-to-one call.
            let directed_later = hits.iter().any(|h| {
                group.len() == 2
                    && h.start > cue.end
                    && h.start < group[1].start
                    && matches!(h.tag, Tag::Call(Strength::Strong, d) if *d != Dir::None)
            });
            if group.len() == 2 && (directed_later || !conference_call(ctx, sentence, hits, cue)) {
                // Every call phrase of the sentence votes: the first may say nothing of the
                // direction ("اتصال هاتفي") and a later one does ("تلقاه ... من").
                // Only a phrase standing before the second party speaks of this pair: in
                // "X called Y, who had earlier called Z" the later phrase is another call.
                for h in std::iter::once(cue).chain(hits.iter().filter(|h| {
                    h.start > cue.start
                        && h.start < group[1].start
                        && matches!(h.tag, Tag::Call(Strength::Strong, d) if *d != Dir::None)
                })) {
                    if let Some(v) = direction::from_cue(h, &group) {
                        votes.push(v);
                    }
                }
                if let Some([a, b]) = &from_to {
                    votes.push((a.party.clone(), b.party.clone()));
                }
                if let Some(v) = direction::from_initiative(ctx, si, &group) {
                    votes.push(v);
                }
                votes.extend(direction::from_thanks(ctx, si, &group));
                votes.extend(direction::from_cases(ctx, si, &group));
            }
            let subject = parties::subject_of(ctx, cue, &group);
            // Only where word order is subject-verb-object: Russian puts the subject after
            // the verb as often as before it ("Вечером ему позвонил Эрдоган"). Arabic puts it
            // after the verb too, but its call phrases run from the verb to the word for the
            // call ("أجرى الملك اتصالا"), so whoever follows the phrase is the other side.
            let svo = matches!(ctx.lang, "en" | "fr" | "es" | "it" | "ar");
            let subject_called = match (group.as_slice(), cue.tag) {
                ([lone], Tag::Call(_, Dir::SubjectCalls))
                    if svo && lone.start >= cue.end && !lone.marked_recipient =>
                {
                    Some(true)
                }
                ([lone], Tag::Call(_, Dir::SubjectReceives)) if svo && lone.start >= cue.end => {
                    Some(false)
                }
                _ => None,
            };
            Draft {
                parties: group.into_iter().map(|p| p.party).collect(),
                votes,
                date,
                dated: !date_mentions.is_empty(),
                subject,
                evidence: evidence.clone(),
                sentence: si,
                from_title: sentence.is_title,
                subject_called,
                earlier: false,
            }
        })
        .collect()
}

/// Words for a conference call (folded), alone or before/after a word for the telephone
/// ("Telefonschalte", "conference call", "conférence téléphonique").
const CONFERENCE_WORDS: &[&str] = &[
    "telefonschalte*",
    "telefonkonferenz*",
    "teleconference*",
    "telekonferans*",
    "telekonferencj*",
];

/// The conference half of a two-word conference call ("conference call", "телефонная
/// конференция"), next to a word for the telephone or a call.
const CONFERENCE_HALVES: &[&str] = &[
    "conference",
    "conferenc*",
    "conferenz*",
    "конференц*",
    "konferencj*",
];

/// Whether the call phrase names a conference call (the conference word in it, or a
/// conference half beside a word for the telephone or "call"): whoever convened it or asked
/// for it, the call has no caller and no one called (several sides joined it). A conference
/// elsewhere in the sentence ("after a G7 teleconference, X called Y", "Po konferencji
/// zadzwonił X do Y") is another event.
fn conference_call(
    ctx: &Ctx<'_>,
    sentence: &Sentence,
    hits: &[Hit<'static, Tag>],
    cue: &Hit<'static, Tag>,
) -> bool {
    let text = &ctx.text;
    let beside = cue
        .start
        .saturating_sub(CONFERENCE_BESIDE)
        .max(sentence.tokens.start)
        ..(cue.end + CONFERENCE_BESIDE).min(sentence.tokens.end);
    let phone_word = |i: usize| {
        matches!(text.word(i), "call" | "calls")
            || hits.iter().any(|h| {
                matches!(h.tag, Tag::Telephone | Tag::Phone) && (h.start..h.end).contains(&i)
            })
    };
    beside.clone().any(|i| {
        let w = text.word(i);
        evidence::matches_any(CONFERENCE_WORDS, w)
            || (evidence::matches_any(CONFERENCE_HALVES, w)
                && ((i > sentence.tokens.start && phone_word(i - 1))
                    || (i + 1 < sentence.tokens.end && phone_word(i + 1))))
    })
}

/// How far beside the call phrase its conference word may stand.
const CONFERENCE_BESIDE: usize = 1;

/// "from" (folded), before the ones a call came from.
/// Not German "von", which is also "of" ("das Telefonat von Scholz und Macron").
const FROM_WORDS: &[&str] = &["from", "da", "dal", "от", "від", "od"];

/// "Calls also from Hollande and Netanyahu": two named after "from", joined by "and", called
/// someone the sentence does not name; they were not on a call with each other.
fn calls_from_a_list(
    ctx: &Ctx<'_>,
    hits: &[Hit<'static, Tag>],
    cue: &Hit<'static, Tag>,
    parties: &[Placed],
) -> bool {
    let [a, b] = parties else {
        return false;
    };
    a.start >= cue.end
        && (a.start.saturating_sub(2)..a.start)
            .filter(|&i| i >= cue.end)
            .any(|i| FROM_WORDS.contains(&ctx.text.word(i)))
        && parties::conjunction_between(ctx, hits, a.start, b.start)
}

/// "X spoke today with Y, following his call yesterday with Z": a later call phrase with a
/// date of its own and a participant of its own is a second call of the same subject, on
/// that date. Without its own date it is taken for a back-reference and left out.
fn dated_second_calls(
    ctx: &Ctx<'_>,
    hits: &[Hit<'static, Tag>],
    cue: &Hit<'static, Tag>,
    parties: &[Placed],
    groups: &[(Vec<Placed>, Option<NaiveDate>)],
    date_mentions: &[dates::DateMention],
) -> Vec<(Vec<Placed>, Option<NaiveDate>)> {
    let [(first, _)] = groups else {
        return Vec::new();
    };
    let Some(subject) = first.iter().find(|p| p.start < cue.start) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for later in hits.iter().filter(|h| {
        h.start >= cue.end && matches!(h.tag, Tag::Call(Strength::Strong, _) | Tag::Phone)
    }) {
        let Some(other) = parties.iter().find(|p| {
            p.start >= later.end
                && p.start < later.end + PERSON_WINDOW
                && !first.iter().any(|q| q.party == p.party)
                && !out
                    .iter()
                    .any(|(g, _): &(Vec<Placed>, _)| g.iter().any(|q| q.party == p.party))
        }) else {
            continue;
        };
        let own: Vec<dates::DateMention> = date_mentions
            .iter()
            .filter(|d| d.start >= later.start && d.end <= other.start)
            .copied()
            .collect();
        if own.is_empty() {
            continue;
        }
        let day = dates::call_date(&ctx.text, &own, (later.start, later.end), ctx.published);
        out.push((vec![subject.clone(), other.clone()], day));
    }
    out
}

/// "She also spoke with Z", "Am Dienstag folgte ein Gespräch mit Z": a body call naming one
/// participant is held by the subject of the call reported before it, on that call's date
/// when the sentence gives none. With no call before it, a sentence opening with a subject
/// pronoun ("In a phone call, he told President X") is held by the person the sentence before
/// names first.
fn carry_subject(ctx: &Ctx<'_>, drafts: &mut [Draft]) {
    let mut previous: Option<(Party, Option<NaiveDate>)> = None;
    for d in drafts.iter_mut() {
        match d.parties.len() {
            1 => {
                let carried = previous
                    .clone()
                    .or_else(|| pronoun_subject(ctx, d).map(|p| (p, d.date)))
                    .or_else(|| title_subject(ctx, d).map(|p| (p, d.date)));
                if let Some((subject, date)) = carried
                    && !d.parties.contains(&subject)
                {
                    let other = d.parties[0].clone();
                    match d.subject_called {
                        Some(true) => d.votes.push((subject.clone(), other)),
                        Some(false) => d.votes.push((other, subject.clone())),
                        None => {}
                    }
                    d.parties.insert(0, subject.clone());
                    if !d.dated {
                        d.date = date;
                    }
                    if previous.is_none() {
                        previous = Some((subject, d.date));
                    }
                }
            }
            _ => {
                if let Some(subject) = &d.subject {
                    previous = Some((subject.clone(), d.date));
                }
            }
        }
    }
}

/// "In separate calls yesterday, X spoke with his counterparts from A and B. X spoke with
/// the A minister ...": the first sentence that speaks of calls, when it dates them without
/// naming their pairs, dates the later calls that give no day of their own. A sentence that
/// reports a call itself dates only that call.
fn date_from_lead(ctx: &Ctx<'_>, drafts: &mut [Draft]) {
    // The first body sentence that speaks of a call, before any that reports one.
    let Some(lead) = (0..ctx.text.sentences.len()).find(|&si| {
        !ctx.text.sentences[si].is_title
            && ctx.hits[si]
                .iter()
                .any(|h| matches!(h.tag, Tag::Telephone | Tag::Phone | Tag::Call(..)))
    }) else {
        return;
    };
    // A lone party there ("X spoke with his counterparts from A and B") names no pair.
    if drafts
        .iter()
        .any(|d| d.sentence < lead || (d.sentence == lead && d.parties.len() > 1))
    {
        return;
    }
    let hits = &ctx.hits[lead];
    if hits
        .iter()
        .any(|h| matches!(h.tag, Tag::Planned(_) | Tag::Denial(_)))
    {
        return;
    }
    let Some(word) = hits
        .iter()
        .find(|h| matches!(h.tag, Tag::Telephone | Tag::Phone | Tag::Call(..)))
    else {
        return;
    };
    let sentence = &ctx.text.sentences[lead];
    let mentions = dates::find(&ctx.text, sentence.tokens.clone(), hits, ctx.lang);
    if mentions.is_empty() {
        return;
    }
    let Some(day) = dates::call_date(&ctx.text, &mentions, (word.start, word.end), ctx.published)
    else {
        return;
    };
    for d in drafts.iter_mut().filter(|d| !d.dated && d.sentence > lead) {
        d.date = Some(day);
        d.dated = true;
    }
}

/// Subject pronouns (folded) that stand for the person a previous sentence named first.
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "il", "elle", "er", "он", "она", "він", "вона"];

/// How far into its sentence a subject pronoun may stand ("Lors d'un entretien téléphonique,
/// il a dit au président X").
const PRONOUN_REACH: usize = 8;

/// The person a lone-participant draft's subject pronoun stands for: the first person the
/// sentence before names, when the pronoun opens the sentence before anyone is named.
fn pronoun_subject(ctx: &Ctx<'_>, d: &Draft) -> Option<Party> {
    let ([lone], false) = (d.parties.as_slice(), d.from_title) else {
        return None;
    };
    pronoun_referent(ctx, d.sentence, std::slice::from_ref(lone), None)
}

/// The person a subject pronoun opening sentence `si` stands for: the first person the sentence
/// before names who is not one of `named` (the sentence's own parties). `first_party` is where
/// the sentence's first party stands when it is not a mention (an official named by title).
fn pronoun_referent(
    ctx: &Ctx<'_>,
    si: usize,
    named: &[Party],
    first_party: Option<usize>,
) -> Option<Party> {
    let previous = si.checked_sub(1)?;
    let text = &ctx.text;
    let tokens = text.sentences[si].tokens.clone();
    let hits = &ctx.hits[si];
    let first_named = ctx
        .mentions(si)
        .first()
        .map_or(tokens.end, |m| m.start)
        .min(first_party.unwrap_or(tokens.end));
    let reach = tokens.start..first_named.min(tokens.start + PRONOUN_REACH);
    let pronoun = reach
        .into_iter()
        .find(|&i| SUBJECT_PRONOUNS.contains(&text.word(i)))?;
    // "He said Putin had held a call": the pronoun tells of the call; "il faut rappeler", "il y
    // a": no one at all.
    let next = |k: usize| (pronoun + k < tokens.end).then(|| text.word(pronoun + k));
    let reports = hits.iter().any(|h| {
        matches!(h.tag, Tag::ReportingVerb | Tag::Reporting)
            && h.start > pronoun
            && h.start <= pronoun + 2
    });
    if reports || next(1).is_some_and(|w| IMPERSONAL_AFTER_IL.contains(&w)) {
        return None;
    }
    // The person named before any call phrase is its subject, not the pronoun.
    let first_phrase = hits
        .iter()
        .filter(|h| matches!(h.tag, Tag::Call(..) | Tag::Telephone) && h.start > pronoun)
        .map(|h| h.start)
        .min();
    if first_phrase.is_some_and(|p| first_named < p) {
        return None;
    }
    referable_people(ctx, previous)
        .map(|(_, p)| p)
        .find(|p| !named.contains(p))
}

/// The gazetteer people sentence `si` names whom a later pronoun may stand for, with where
/// each stands: not a country's name, a possessive ("Zelensky's remarks") or the source of a
/// report ("According to spokesman Peskov, Putin is in Sochi. He also spoke ...").
fn referable_people<'c>(ctx: &'c Ctx<'_>, si: usize) -> impl Iterator<Item = (usize, Party)> + 'c {
    let text = &ctx.text;
    let hits = &ctx.hits[si];
    let mentions = ctx.mentions(si);
    mentions
        .iter()
        .filter(move |m| {
            !parties::is_country_word(text, m)
                && !parties::is_possessive(text, m)
                && !parties::is_source(text, hits, mentions, m)
        })
        .filter_map(|m| match m.who {
            Who::Known(id) => Some((m.start, Party::Known(id))),
            _ => None,
        })
}

/// How many words (adverbs, "also") may open a sentence before its call phrase for the phrase
/// to stand where a pro-drop subject would.
const OPENING_WORDS: usize = 3;

/// The unnamed subject of a sentence that opens with its call phrase: the person, or the
/// official named by title and country, the sentence before names first, when that is not one
/// of `named` (the sentence's own parties).
fn implicit_referent(
    ctx: &Ctx<'_>,
    si: usize,
    named: &[Party],
    day: Option<NaiveDate>,
) -> Option<Party> {
    let previous = si.checked_sub(1)?;
    let sentence = &ctx.text.sentences[previous];
    let hits = &ctx.hits[previous];
    let mentions = ctx.mentions(previous);
    let mut candidates: Vec<(usize, Party)> = referable_people(ctx, previous).collect();
    if let Some(day) = day {
        candidates.extend(
            parties::titled_officials(ctx, sentence, hits, mentions, None, day, usize::MAX)
                .into_iter()
                .map(|(start, id)| (start, Party::Known(id))),
        );
    }
    candidates.sort_by_key(|(start, _)| *start);
    candidates
        .into_iter()
        .map(|(_, p)| p)
        .next()
        .filter(|p| !named.contains(p))
}

/// Bare titles (folded first words) and the office each names, for "the President spoke with
/// X" after a sentence that names the president.
const BARE_TITLES: &[(&str, &str)] = &[
    ("president", "president"),
    ("presidente", "president"),
    // Spain's and Italy's heads of government are "presidente" too: both offices, so that two
    // holders named before make the title say nothing.
    ("presidente", "prime_minister"),
    ("prezydent", "president"),
    ("prezident", "president"),
    ("prasident", "president"),
    ("президент", "president"),
    ("الرئيس", "president"),
    ("նախագահ", "president"),
    ("նախագահը", "president"),
    ("cumhurbaskani", "president"),
    ("premier", "prime_minister"),
    ("премьер", "prime_minister"),
    ("прем'єр", "prime_minister"),
    ("վարչապետ", "prime_minister"),
    ("վարչապետը", "prime_minister"),
    ("basbakan", "prime_minister"),
    ("chancellor", "chancellor"),
    ("kanzler", "chancellor"),
    ("bundeskanzler", "chancellor"),
    ("канцлер", "chancellor"),
    ("cancelliere", "chancellor"),
];

/// Words before a title that make it another office or another time (folded).
const TITLE_QUALIFIERS: &[&str] = &[
    "vice",
    "deputy",
    "former",
    "ex",
    "acting",
    "late",
    "commission",
    "council",
    "eu",
    "вице",
    "віце",
    "экс",
    "колишній",
    "бывший",
    "ancien",
    "expresidente",
];

/// How many sentences back a bare title may look for the one person holding that office.
const TITLE_REACH: usize = 2;

/// "Il premier torna sulla telefonata con Macron", "الرئيس تحدث هاتفيا مع X": a lone-participant
/// call whose subject is a bare title, standing before anyone is named and naming no one
/// itself, is held by the one person the sentences before name who holds that office (at the
/// call's date when it is known).
fn title_subject(ctx: &Ctx<'_>, d: &Draft) -> Option<Party> {
    let ([lone], false) = (d.parties.as_slice(), d.from_title) else {
        return None;
    };
    let text = &ctx.text;
    let tokens = text.sentences[d.sentence].tokens.clone();
    let mentions = ctx.mentions(d.sentence);
    let first_named = mentions.first().map_or(tokens.end, |m| m.start);
    let reach = tokens.start..first_named.min(tokens.start + PRONOUN_REACH);
    let at = reach
        .clone()
        .find(|&i| BARE_TITLES.iter().any(|(w, _)| text.word(i) == *w))?;
    let offices: Vec<&str> = BARE_TITLES
        .iter()
        .filter(|(w, _)| text.word(at) == *w)
        .map(|(_, office)| *office)
        .collect();
    // A title that names its holder or its country, or another office, is no anaphora
    // ("President Erdoğan", "President Touadéra", "the President of Ukraine", "le président
    // ukrainien", "Türkiye Cumhurbaşkanı", "the Vice President", "the President-elect").
    let next_capitalised = at + 1 < tokens.end
        && text
            .raw(at + 1)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
    let before = (at > tokens.start).then(|| text.word(at - 1));
    let qualified = mentions.iter().any(|m| m.start > at && m.start <= at + 2)
        || next_capitalised
        || !COUNTRY_SET
            .find_all(text, (at + 1)..(at + 3).min(tokens.end))
            .is_empty()
        || !COUNTRY_SET
            .find_all(text, at.saturating_sub(2).max(tokens.start)..at)
            .is_empty()
        || (at + 1 < tokens.end
            && matches!(
                text.word(at + 1),
                "of" | "de" | "du" | "del" | "di" | "della" | "elect" | "electo" | "eletto" | "elu"
            ))
        || before.is_some_and(|w| TITLE_QUALIFIERS.contains(&w));
    if qualified {
        return None;
    }
    // The site's own side, when known: a Kremlin or presidency page's "the President".
    let home = ctx.home.as_deref();
    // Without the call's day, the publication month still rules out a former holder.
    let month = ctx.published.map(|p| p.date);
    let holds = |id: usize| {
        let person = ctx.people.person(id);
        home.is_none_or(|h| person.country.eq_ignore_ascii_case(h))
            && person.roles.iter().any(|r| {
                offices.contains(&r.role.as_str())
                    && match (d.date, month) {
                        (Some(day), _) => r.active_on(day),
                        (None, Some(first)) => {
                            r.active_on(first) || r.active_on(first + chrono::Duration::days(27))
                        }
                        (None, None) => true,
                    }
            })
    };
    let mut holders: Vec<usize> = Vec::new();
    for si in d.sentence.saturating_sub(TITLE_REACH)..d.sentence {
        for m in ctx.mentions(si) {
            // "Former President Trump" holds the office no more.
            let former = (m.start.saturating_sub(3)..m.start)
                .any(|i| TITLE_QUALIFIERS.contains(&text.word(i)));
            if let Who::Known(id) = m.who
                && Party::Known(id) != *lone
                && !former
                && holds(id)
                && !holders.contains(&id)
            {
                holders.push(id);
            }
        }
    }
    match holders.as_slice() {
        [id] => Some(Party::Known(*id)),
        _ => None,
    }
}

/// Words after French "il" that make it impersonal ("il faut", "il y a", "il s'agit").
const IMPERSONAL_AFTER_IL: &[&str] = &["faut", "fallait", "y", "s'", "semble", "convient", "reste"];

/// "Congratulatory calls to Erdoğan" over a lead that lists who conveyed them ("A, B and C
/// congratulated Erdoğan"): a headline call naming one person, a body naming no call of its
/// own, and a lead listing people joined by "and" give one call between that person and each.
fn lead_counterparts(ctx: &Ctx<'_>, title: &[Draft]) -> Option<Vec<Draft>> {
    let [only] = title else {
        return None;
    };
    let [hub] = only.parties.as_slice() else {
        return None;
    };
    let lead = ctx.text.lead()?;
    let hits = &ctx.hits[lead];
    // Not a plan, a letter or an interview (an event word may be the occasion: "election").
    if hits
        .iter()
        .any(|h| matches!(h.tag, Tag::Planned(_) | Tag::Trap(_) | Tag::NotReadout))
    {
        return None;
    }
    let day = only.date.or(ctx.published.map(|p| p.date));
    let named = parties::resolve_mentions(ctx, hits, ctx.mentions(lead), day);
    // The lead names the headline's person after the list: "A, B and C congratulated X".
    let hub_at = named.iter().find(|p| p.party == *hub)?.start;
    let listed: Vec<Placed> = named.into_iter().filter(|p| p.start < hub_at).collect();
    let (first, last) = (listed.first()?, listed.last()?);
    if listed.len() < 2 || !parties::conjunction_between(ctx, hits, first.start, last.start) {
        return None;
    }
    let mut seen: Vec<&Party> = Vec::new();
    let drafts = listed
        .iter()
        .filter(|p| {
            let new = !seen.contains(&&p.party);
            seen.push(&p.party);
            new
        })
        .map(|p| Draft {
            parties: vec![hub.clone(), p.party.clone()],
            votes: Vec::new(),
            ..only.clone()
        })
        .collect();
    Some(drafts)
}

/// A body call with one participant takes the other from a headline call that names it.
fn borrow_from_title(drafts: &mut [Draft], title: &[Draft]) {
    for d in drafts
        .iter_mut()
        .filter(|d| d.parties.len() == 1 && !d.from_title)
    {
        let extra = title
            .iter()
            .flat_map(|t| t.parties.iter())
            .find(|p| !d.parties.contains(p));
        if let Some(p) = extra {
            d.parties.push(p.clone());
        }
    }
}

/// "X held calls with A and B" over a body that details only the call with A: a headline
/// listing calls of one person (one sentence, two or more pairs sharing that person, no
/// meeting or plan in it) keeps the calls whose other side the body names nowhere but in its
/// call sentences ("The call with B is set for Friday", "He will receive B": no call).
fn headline_list_rest(ctx: &Ctx<'_>, body: &[Draft], title: &[Draft]) -> Vec<Draft> {
    if body.is_empty() {
        return Vec::new();
    }
    let call_sentences: Vec<usize> = body.iter().map(|d| d.sentence).collect();
    let named_elsewhere = |p: &Party| {
        let Party::Known(id) = p else {
            return true;
        };
        ctx.text.sentences.iter().enumerate().any(|(si, s)| {
            !s.is_title
                && !call_sentences.contains(&si)
                && ctx.mentions(si).iter().any(|m| match &m.who {
                    Who::Known(k) => k == id,
                    Who::Ambiguous(ks) => ks.contains(id),
                    Who::Unknown(_) => false,
                })
        })
    };
    let mut rest = Vec::new();
    for (i, t) in title.iter().enumerate() {
        let [a, b] = t.parties.as_slice() else {
            continue;
        };
        let plain = !ctx.hits[t.sentence].iter().any(|h| {
            matches!(
                h.tag,
                Tag::EventWord | Tag::Planned(_) | Tag::Trap(_) | Tag::Denial(_) | Tag::NotReadout
            )
        });
        let listed = title.iter().enumerate().any(|(j, o)| {
            j != i && o.sentence == t.sentence && o.parties.len() == 2 && {
                let shares_a = o.parties.contains(a);
                shares_a != o.parties.contains(b)
            }
        });
        let in_body = |p: &Party| body.iter().any(|d| d.parties.contains(p));
        // The hub is on the body's calls; the other side is new to the body.
        let new_side = match (in_body(a), in_body(b)) {
            (true, false) => b,
            (false, true) => a,
            _ => continue,
        };
        if plain && listed && !named_elsewhere(new_side) {
            rest.push(t.clone());
        }
    }
    rest
}

/// How far after a denial phrase ("denied a second call with") its call's other side stands.
const DENIED_PARTY_REACH: usize = 4;

/// "Телефонный разговор с Президентом Азербайджана": a site's headline often names only the
/// foreign side; the issuing side's own participant is the first official of the home country
/// the statement names (in office on the call's day). The direction is then read again from
/// the sentences after the call's (initiative phrases, thanks).
fn add_home_principal(ctx: &Ctx<'_>, drafts: &mut [Draft]) {
    let Some(home) = ctx.home.as_deref() else {
        return;
    };
    // A lone participant of a fuller call is a back-reference ("during the call, X said"),
    // which `merge` drops: leave it alone.
    let fuller: Vec<Party> = drafts
        .iter()
        .filter(|d| d.parties.len() > 1)
        .flat_map(|d| d.parties.iter().cloned())
        .collect();
    for d in drafts
        .iter_mut()
        .filter(|d| d.parties.len() == 1 && !fuller.contains(&d.parties[0]))
    {
        let Some(day) = d.date.or(ctx.published.map(|p| p.date)) else {
            continue;
        };
        let foreign = match &d.parties[0] {
            Party::Known(id) => !ctx.people.person(*id).country.eq_ignore_ascii_case(home),
            Party::Unknown(_) => true,
        };
        if !foreign {
            continue;
        }
        let Some(principal) = parties::first_home_official(ctx, home, day) else {
            continue;
        };
        let placed = |party: &Party| Placed {
            party: party.clone(),
            // Named in different sentences: no word order to read ("the latter" abstains).
            start: usize::MAX,
            marked_recipient: false,
        };
        let group = [placed(&d.parties[0]), placed(&principal)];
        d.votes
            .extend(direction::from_initiative(ctx, d.sentence, &group));
        d.votes
            .extend(direction::from_thanks(ctx, d.sentence, &group));
        d.parties.push(principal);
    }
}

/// How many sentences after a one-participant call may name its counterpart.
const COUNTERPART_REACH: usize = 2;

/// "X held phone calls with the Iraqi and Qatari leaders. X discussed ... with President A
/// and Emir B": a body call whose counterpart the sentence only describes takes the people the
/// next sentences name (gazetteer people only, of the countries the call sentence gives, in
/// sentences that speak of the call again and report no call, meeting or plan of their own): one call with a lone person, one call each when the call sentence says
/// "separately". Several people without "separately" stay unread: a group call or a list of
/// calls cannot be told apart.
fn counterparts_after(ctx: &Ctx<'_>, drafts: Vec<Draft>) -> Vec<Draft> {
    let call_sentences: Vec<usize> = drafts.iter().map(|d| d.sentence).collect();
    let in_calls: Vec<Party> = drafts
        .iter()
        .filter(|d| d.parties.len() > 1)
        .flat_map(|d| d.parties.iter().cloned())
        .collect();
    let mut out = Vec::with_capacity(drafts.len());
    for d in drafts {
        let lone = match d.parties.as_slice() {
            [p] if !d.from_title && !in_calls.contains(p) => p.clone(),
            _ => {
                out.push(d);
                continue;
            }
        };
        let day = d.date.or(ctx.published.map(|p| p.date));
        // The countries the call sentence gives besides the participant's own ("the Turkish
        // president ... with the Iraqi and Qatari leaders").
        let own = match &lone {
            Party::Known(id) => ctx.people.person(*id).country.as_str(),
            Party::Unknown(_) => "",
        };
        let described: Vec<&str> = COUNTRY_SET
            .find_all(&ctx.text, ctx.text.sentences[d.sentence].tokens.clone())
            .iter()
            .map(|c| *c.tag)
            .filter(|c| !c.eq_ignore_ascii_case(own))
            .collect();
        let mut named: Vec<Party> = Vec::new();
        for sj in sentences_after(ctx, d.sentence, &call_sentences) {
            let hits = &ctx.hits[sj];
            let here = parties::resolve_mentions(ctx, hits, ctx.mentions(sj), day);
            // The sentence must speak of the call: it names its participant again ("X
            // discussed ... with A") or refers back to it ("during the call"); a sentence
            // about someone else ("Y said the crisis was serious") gives no one.
            let about_the_call = here.iter().any(|p| p.party == lone)
                || hits.iter().any(|h| matches!(h.tag, Tag::DuringCall));
            if !about_the_call {
                continue;
            }
            for p in here {
                let Party::Known(id) = p.party else {
                    continue;
                };
                // Countries the call sentence gives for its counterparts must be theirs.
                let country = ctx.people.person(id).country.as_str();
                let of_the_sides = described.is_empty()
                    || described.iter().any(|c| c.eq_ignore_ascii_case(country));
                if p.party != lone
                    && of_the_sides
                    && !in_calls.contains(&p.party)
                    && !named.contains(&p.party)
                {
                    named.push(p.party);
                }
            }
            if !named.is_empty() {
                break;
            }
        }
        let separately = ctx.hits[d.sentence]
            .iter()
            .any(|h| matches!(h.tag, Tag::Separately(lang) if *lang == ctx.lang));
        match named.as_slice() {
            [one] => {
                let mut d = d;
                d.parties.push(one.clone());
                out.push(d);
            }
            [_, _, ..] if separately => out.extend(named.into_iter().map(|p| Draft {
                parties: vec![lone.clone(), p],
                votes: Vec::new(),
                ..d.clone()
            })),
            _ => out.push(d),
        }
    }
    out
}

/// The sentences after call sentence `si` that may still speak of its call: up to
/// [`COUNTERPART_REACH`], stopping at another call sentence or one that reports a meeting,
/// plan or anything else of its own.
fn sentences_after<'c>(
    ctx: &'c Ctx<'_>,
    si: usize,
    call_sentences: &'c [usize],
) -> impl Iterator<Item = usize> + 'c {
    let reach = (si + 1)..(si + 1 + COUNTERPART_REACH).min(ctx.text.sentences.len());
    reach.take_while(move |sj| {
        let other_event = ctx.hits[*sj].iter().any(|h| {
            matches!(
                h.tag,
                Tag::EventWord | Tag::Happening | Tag::Trap(_) | Tag::Planned(_) | Tag::NotReadout
            )
        });
        !call_sentences.contains(sj) && !other_event
    })
}

/// The calls the drafts' sentences set before the ones they report (see
/// `after_phrase::told_before`), each a draft of its own with no direction.
fn calls_told_before(ctx: &Ctx<'_>, drafts: &[Draft]) -> Vec<Draft> {
    drafts
        .iter()
        .filter(|d| d.parties.len() == 2 && !d.from_title)
        .filter_map(|d| {
            let told =
                after_phrase::told_before(ctx, d.sentence, &d.parties, d.subject.as_ref(), d.date)?;
            Some(Draft {
                parties: told.parties.to_vec(),
                votes: Vec::new(),
                date: told.date,
                ..d.clone()
            })
        })
        .collect()
}

/// "X held separate calls with the Iraqi and Qatari leaders. X discussed ... with Iraqi
/// President A and Qatari Emir B": when the call sentence says "separately" and gives a country
/// none of its parties belongs to (a leader it could not resolve by title), the person of that
/// country the next sentences name beside the subject is one more call of the subject's.
fn separate_calls_after(ctx: &Ctx<'_>, drafts: Vec<Draft>) -> Vec<Draft> {
    let call_sentences: Vec<usize> = drafts.iter().map(|d| d.sentence).collect();
    let mut taken: Vec<Party> = drafts.iter().flat_map(|d| d.parties.clone()).collect();
    let mut added: Vec<Draft> = Vec::new();
    for d in &drafts {
        let separately = ctx.hits[d.sentence]
            .iter()
            .any(|h| matches!(h.tag, Tag::Separately(lang) if *lang == ctx.lang));
        let Some(subject) = d.subject.clone().filter(|s| d.parties.contains(s)) else {
            continue;
        };
        if !separately || d.parties.len() < 2 || d.from_title {
            continue;
        }
        let country_of = |p: &Party| match p {
            Party::Known(id) => ctx.people.person(*id).country.clone(),
            Party::Unknown(_) => String::new(),
        };
        let covered: Vec<String> = d.parties.iter().map(country_of).collect();
        let missing: Vec<&str> = COUNTRY_SET
            .find_all(&ctx.text, ctx.text.sentences[d.sentence].tokens.clone())
            .iter()
            .map(|c| *c.tag)
            .filter(|c| !covered.iter().any(|k| k.eq_ignore_ascii_case(c)))
            .collect();
        if missing.is_empty() {
            continue;
        }
        let day = d.date.or(ctx.published.map(|p| p.date));
        for sj in sentences_after(ctx, d.sentence, &call_sentences) {
            let hits = &ctx.hits[sj];
            let here = parties::resolve_mentions(ctx, hits, ctx.mentions(sj), day);
            // The sentence must name the subject again: it is about the same calls.
            if !here.iter().any(|p| p.party == subject) {
                continue;
            }
            for p in here {
                let of_missing = missing
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(&country_of(&p.party)));
                if matches!(p.party, Party::Known(_)) && of_missing && !taken.contains(&p.party) {
                    taken.push(p.party.clone());
                    added.push(Draft {
                        parties: vec![subject.clone(), p.party],
                        votes: Vec::new(),
                        ..d.clone()
                    });
                }
            }
            break;
        }
    }
    let mut out = drafts;
    out.extend(added);
    out
}

/// One call per participant set; direction only when every vote agrees. A one-person draft
/// whose person is in another call is a back-reference ("during the call, X said"), not a call.
/// Returns each call with the sentence it was read from.
fn merge(ctx: &Ctx<'_>, drafts: Vec<Draft>, title: &[Draft]) -> Vec<(Call, usize)> {
    let fuller: Vec<Vec<Party>> = drafts
        .iter()
        .filter(|d| d.parties.len() > 1)
        .map(|d| d.parties.clone())
        .collect();
    let drafts = drafts
        .into_iter()
        .filter(|d| d.parties.len() > 1 || !fuller.iter().any(|f| f.contains(&d.parties[0])));
    let mut merged: Vec<Draft> = Vec::new();
    for d in drafts {
        // An earlier call of the same pair, on another day its own sentence gives, stays a
        // call of its own ("their recent call", undated, is the call reported).
        let apart = |m: &Draft| {
            let earlier_dated = if d.earlier { d.dated } else { m.dated };
            m.earlier != d.earlier && earlier_dated && m.date != d.date
        };
        match merged
            .iter_mut()
            .find(|m| same_set(&m.parties, &d.parties) && !apart(m))
        {
            Some(m) => {
                m.votes.extend(d.votes);
                // A date the sentence leaves vague ("since last night") stays unknown: only a
                // report with its own date fills it.
                if (m.date.is_none() && (!m.dated || d.dated))
                    || (!m.dated && d.dated && d.date.is_some())
                {
                    m.date = d.date;
                    m.dated |= d.dated;
                }
            }
            None => merged.push(d),
        }
    }
    merged
        .into_iter()
        .map(|mut d| {
            for t in title
                .iter()
                .filter(|t| !d.from_title && same_set(&t.parties, &d.parties))
            {
                d.votes.extend(t.votes.iter().cloned());
            }
            let direction = d
                .votes
                .first()
                .filter(|v| d.votes.iter().all(|o| o == *v))
                .cloned();
            let call = Call {
                participants: d.parties.iter().map(|p| p.name(ctx.people)).collect(),
                caller: direction.as_ref().map(|(c, _)| c.name(ctx.people)),
                recipient: direction.as_ref().map(|(_, r)| r.name(ctx.people)),
                date: d.date,
                topics: Vec::new(),
                concepts: Vec::new(),
                evidence: d.evidence,
            };
            (call, d.sentence)
        })
        .collect()
}

fn same_set(a: &[Party], b: &[Party]) -> bool {
    a.len() == b.len() && a.iter().all(|p| b.contains(p))
}
