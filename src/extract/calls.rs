//! Assembling calls: which sentences report a call, who took part, who called whom, when.

use chrono::NaiveDate;

use super::countries::COUNTRY_SET;
use super::cues::{CUES, Dir, Strength, Tag, recipient_suffixes};
use super::dates;
use super::direction;
use super::names::{self, Mention, Who};
use super::offices;
use super::pattern::Hit;
use super::text::{Sentence, Text};
use super::topics::TOPIC_SET;
use crate::model::{Call, PublishedDate, Statement};
use crate::people::People;

/// How far after a cue a person must be named for `@` patterns ("called ... X").
const PERSON_WINDOW: usize = 8;
/// How many topics a call keeps.
const MAX_TOPICS: usize = 5;

/// A participant: a gazetteer person or a name as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Party {
    Known(usize),
    Unknown(String),
}

impl Party {
    fn name(&self, people: &People) -> String {
        match self {
            Party::Known(id) => people.person(*id).name.clone(),
            Party::Unknown(name) => name.clone(),
        }
    }
}

/// A participant with where it was named in its sentence.
#[derive(Debug, Clone)]
pub(super) struct Placed {
    pub(super) party: Party,
    pub(super) start: usize,
    /// Its surface form carries a dative/accusative suffix ("Алиеву", "Erdoğan'ı", "Əliyevə").
    pub(super) marked_recipient: bool,
}

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
}

/// Everything the extraction needs about one statement.
pub(super) struct Ctx<'a> {
    pub(super) people: &'a People,
    pub(super) text: Text,
    pub(super) hits: Vec<Vec<Hit<'static, Tag>>>,
    pub(super) published: Option<PublishedDate>,
    pub(super) lang: &'a str,
    pub(super) home: Option<String>,
}

pub fn extract(people: &People, statement: &Statement) -> Vec<Call> {
    let headline = headline(people, statement);
    let text = Text::new(headline.as_deref(), &statement.body);
    let cues = &*CUES;
    let hits: Vec<Vec<Hit<'static, Tag>>> = text
        .sentences
        .iter()
        .map(|s| cues.set.find_all(&text, s.tokens.clone()))
        .collect();
    let ctx = Ctx {
        people,
        published: statement.published,
        lang: statement.language.as_str(),
        home: home_country(people, statement),
        hits,
        text,
    };
    let phone_context = ctx
        .hits
        .iter()
        .flatten()
        .any(|h| matches!(h.tag, Tag::Phone | Tag::Call(Strength::Strong, _)));
    if is_not_readout(&ctx) {
        return Vec::new();
    }

    let mut drafts: Vec<Draft> = Vec::new();
    let mut title_drafts: Vec<Draft> = Vec::new();
    for (si, sentence) in ctx.text.sentences.iter().enumerate() {
        let hits = &ctx.hits[si];
        if hits.iter().any(|h| matches!(h.tag, Tag::Trap)) {
            continue;
        }
        let mentions = lazy_mentions(&ctx, sentence, hits);
        let Some(cue) = first_call_cue(&ctx, sentence.tokens.start, hits, &mentions, phone_context)
        else {
            continue;
        };
        let found = drafts_for(&ctx, si, sentence, hits, cue, &mentions);
        if sentence.is_title {
            title_drafts.extend(found);
        } else {
            drafts.extend(found);
        }
    }
    carry_subject(&mut drafts);
    // A headline is a call report of its own only when the body reports none.
    let mut all = if drafts.is_empty() {
        title_drafts.clone()
    } else {
        drafts
    };
    borrow_from_title(&mut all, &title_drafts);
    add_home_principal(&ctx, &mut all);
    let merged = merge(&ctx, all, &title_drafts);
    let starts: Vec<usize> = merged.iter().map(|(_, s)| *s).collect();
    merged
        .into_iter()
        .map(|(mut call, sentence)| {
            call.topics = topics(&ctx, sentence, &starts);
            call
        })
        .collect()
}

/// An interview (in the headline or the first body sentence) mentions calls but reports none.
fn is_not_readout(ctx: &Ctx<'_>) -> bool {
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

/// The headline: the title, then the URL's last path segment read as words
/// (`.../president-aliyev-calls-president-tokayev` -> "President Aliyev calls President Tokayev"),
/// so that a slug can say who called. Slug words that are gazetteer names are capitalised;
/// the others stay lower-case so they are never taken for unknown names.
fn headline(people: &People, statement: &Statement) -> Option<String> {
    let slug = statement.url.as_deref().and_then(url_slug).map(|slug| {
        let mut key = String::new();
        slug.split(['-', '_', '+'])
            .filter(|w| !w.is_empty() && !w.bytes().all(|b| b.is_ascii_digit()))
            .map(|w| {
                key.clear();
                crate::people::normalize::word_key_into(w, &mut key);
                if key.len() >= 4 && people.index().by_first_word.contains_key(&key) {
                    let mut c = w.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect())
                        .unwrap_or_default()
                } else {
                    w.to_string()
                }
            })
            .collect::<Vec<String>>()
            .join(" ")
    });
    match (statement.title.as_deref(), slug) {
        (Some(t), Some(s)) => Some(format!("{t}\n{s}")),
        (Some(t), None) => Some(t.to_string()),
        (None, s) => s,
    }
}

/// The last path segment of a URL when it reads as hyphenated words, without extension.
fn url_slug(url: &str) -> Option<&str> {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let last = path.trim_end_matches('/').rsplit('/').next()?;
    let last = last.split('.').next().unwrap_or(last);
    (last.matches('-').count() >= 2).then_some(last)
}

/// Mentions are only needed for sentences with a call cue; spot them once.
fn lazy_mentions(ctx: &Ctx<'_>, sentence: &Sentence, hits: &[Hit<'_, Tag>]) -> Vec<Mention> {
    if !hits.iter().any(|h| matches!(h.tag, Tag::Call(..))) {
        return Vec::new();
    }
    names::spot(&ctx.text, ctx.people, sentence.tokens.clone(), hits)
}

/// The cue that makes the sentence a call report, if any.
fn first_call_cue<'h>(
    ctx: &Ctx<'_>,
    sentence_start: usize,
    hits: &'h [Hit<'static, Tag>],
    mentions: &[Mention],
    phone_context: bool,
) -> Option<&'h Hit<'static, Tag>> {
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
    hits.iter().find(|h| match h.tag {
        Tag::Call(Strength::Strong, _) => !referred(h) && (!h.needs_person || person_follows(h)),
        Tag::Call(Strength::Weak, _) => {
            phone_context && !referred(h) && (!h.needs_person || person_follows(h))
        }
        _ => false,
    })
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
    let date = dates::call_date(&date_mentions, (cue.start, cue.end), ctx.published);
    let role_date = date.or(ctx.published.map(|p| p.date));
    let mut placed = resolve_mentions(ctx, mentions, role_date);
    placed.extend(home_roles(ctx, hits, mentions, role_date));
    placed.sort_by_key(|p| p.start);
    let mut parties: Vec<Placed> = Vec::new();
    for p in placed {
        if !parties.iter().any(|q| q.party == p.party) {
            parties.push(p);
        }
    }
    if parties.is_empty() {
        return Vec::new();
    }
    let evidence = ctx.text.sentence_text(sentence).to_string();
    let separately = hits.iter().any(|h| matches!(h.tag, Tag::Separately));
    let mut groups: Vec<(Vec<Placed>, Option<NaiveDate>)> =
        pair_up(ctx, hits, cue, parties.clone(), separately)
            .into_iter()
            .map(|g| (g, date))
            .collect();
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
            if group.len() == 2 {
                if let Some(v) = direction::from_cue(cue, &group) {
                    votes.push(v);
                }
                if let Some(v) = direction::from_initiative(ctx, si, &group) {
                    votes.push(v);
                }
                votes.extend(direction::from_thanks(ctx, si, &group));
            }
            let subject = subject_of(ctx, cue, &group);
            Draft {
                parties: group.into_iter().map(|p| p.party).collect(),
                votes,
                date,
                dated: !date_mentions.is_empty(),
                subject,
                evidence: evidence.clone(),
                sentence: si,
                from_title: sentence.is_title,
            }
        })
        .collect()
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
        let day = dates::call_date(&own, (later.start, later.end), ctx.published);
        out.push((vec![subject.clone(), other.clone()], day));
    }
    out
}

/// The subject of a two-party call: the issuing side's own participant when exactly one is,
/// else the one named before the cue.
fn subject_of(ctx: &Ctx<'_>, cue: &Hit<'_, Tag>, group: &[Placed]) -> Option<Party> {
    if group.len() != 2 {
        return None;
    }
    let home: Vec<&Placed> = group
        .iter()
        .filter(|p| match (&p.party, ctx.home.as_deref()) {
            (Party::Known(id), Some(home)) => {
                ctx.people.person(*id).country.eq_ignore_ascii_case(home)
            }
            _ => false,
        })
        .collect();
    match home.as_slice() {
        [one] => Some(one.party.clone()),
        _ => (group[0].start < cue.end).then(|| group[0].party.clone()),
    }
}

/// "She also spoke with Z", "Am Dienstag folgte ein Gespräch mit Z": a body call naming one
/// participant is held by the subject of the call reported before it, on that call's date
/// when the sentence gives none.
fn carry_subject(drafts: &mut [Draft]) {
    let mut previous: Option<(Party, Option<NaiveDate>)> = None;
    for d in drafts.iter_mut() {
        match d.parties.len() {
            1 => {
                if let Some((subject, date)) = &previous
                    && !d.parties.contains(subject)
                {
                    d.parties.insert(0, subject.clone());
                    if !d.dated {
                        d.date = *date;
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

/// Who talked to whom in a sentence naming several people. The subject is the last person
/// named before the cue ("Spokesperson X: Secretary Y spoke with Z" -> Y), the counterpart the
/// first gazetteer person after it; with a verb-final cue ("X, Y ile telefonda görüştü") both
/// come before it. "Separately" or "A and B" after one subject means one call with each.
fn pair_up(
    ctx: &Ctx<'_>,
    hits: &[Hit<'_, Tag>],
    cue: &Hit<'_, Tag>,
    parties: Vec<Placed>,
    separately: bool,
) -> Vec<Vec<Placed>> {
    if parties.len() <= 2 {
        return vec![parties];
    }
    let before: Vec<&Placed> = parties.iter().filter(|p| p.start < cue.start).collect();
    let after: Vec<&Placed> = parties.iter().filter(|p| p.start >= cue.start).collect();
    // "A and B called C" (C in the dative), "A and B spoke with C": two subjects joined by
    // "and", one counterpart the cue governs: one call each. Not "A and B spoke by phone
    // about support for C", where C is no participant.
    let governed = |other: &Placed| {
        other.start < cue.end + PERSON_WINDOW
            && (cue.needs_person
                || (other.marked_recipient
                    && matches!(cue.tag, Tag::Call(_, Dir::SubjectCalls | Dir::ByCase))))
    };
    if let ([.., a, b], [other]) = (before.as_slice(), after.as_slice())
        && conjunction_between(ctx, hits, a.start, b.start)
    {
        if governed(other) {
            return before
                .iter()
                .map(|s| vec![(*s).clone(), (*other).clone()])
                .collect();
        }
        // "A and B spoke by phone about support for C": A and B are the call.
        return vec![vec![(*a).clone(), (*b).clone()]];
    }
    let (subject, others): (&Placed, Vec<&Placed>) = match (before.last(), after.is_empty()) {
        (Some(last), false) => (last, after),
        (Some(_), true) => (before[0], before[1..].to_vec()),
        (None, _) => (after[0], after[1..].to_vec()),
    };
    if separately || joined_by_conjunction(ctx, hits, &parties) {
        return others
            .into_iter()
            .map(|o| vec![subject.clone(), o.clone()])
            .collect();
    }
    let counterpart = others
        .iter()
        .find(|p| matches!(p.party, Party::Known(_)))
        .or(others.first())
        .copied();
    let mut pair: Vec<Placed> = std::iter::once(subject)
        .chain(counterpart)
        .cloned()
        .collect();
    pair.sort_by_key(|p| p.start);
    vec![pair]
}

/// Whether the third participant is joined to the second by "and" (one subject, two calls).
/// Conjunctions are read in the statement's language only ("e" is Spanish "and" but also the
/// E of "H.E.").
fn joined_by_conjunction(ctx: &Ctx<'_>, hits: &[Hit<'_, Tag>], parties: &[Placed]) -> bool {
    let (a, b) = (
        parties[parties.len() - 2].start,
        parties[parties.len() - 1].start,
    );
    conjunction_between(ctx, hits, a, b)
}

/// Whether a conjunction stands between token `a` and token `b`.
fn conjunction_between(ctx: &Ctx<'_>, hits: &[Hit<'_, Tag>], a: usize, b: usize) -> bool {
    let known = super::cues::ALL.iter().any(|l| l.lang == ctx.lang);
    hits.iter().any(|h| {
        matches!(h.tag, Tag::Conjunction(l) if !known || *l == ctx.lang)
            && a < h.start
            && h.start < b
    })
}

/// Gazetteer and unknown mentions as parties. A shared bare surname is kept only when one of
/// its people holds an office on the date.
fn resolve_mentions(ctx: &Ctx<'_>, mentions: &[Mention], date: Option<NaiveDate>) -> Vec<Placed> {
    let suffixes: Vec<&str> = recipient_suffixes().collect();
    mentions
        .iter()
        .filter_map(|m| {
            let party = match &m.who {
                Who::Known(id) => Party::Known(*id),
                Who::Unknown(name) => Party::Unknown(name.clone()),
                Who::Ambiguous(ids) => {
                    let in_office: Vec<usize> = ids
                        .iter()
                        .copied()
                        .filter(|&id| {
                            date.is_some_and(|d| {
                                ctx.people.person(id).roles.iter().any(|r| r.active_on(d))
                            })
                        })
                        .collect();
                    if in_office.len() != 1 {
                        return None;
                    }
                    Party::Known(in_office[0])
                }
            };
            let last = m.end.saturating_sub(1).max(m.start);
            let marked_recipient =
                is_marked_recipient(&ctx.text, last, &party, ctx.people, &suffixes);
            Some(Placed {
                party,
                start: m.start,
                marked_recipient,
            })
        })
        .collect()
}

fn is_marked_recipient(
    text: &Text,
    token: usize,
    party: &Party,
    people: &People,
    suffixes: &[&str],
) -> bool {
    let surface: String = text
        .raw(token)
        .chars()
        .map(|c| {
            if crate::people::normalize::is_apostrophe(c) {
                '\''
            } else {
                c
            }
        })
        .flat_map(char::to_lowercase)
        .collect();
    // A name whose nominative itself ends in -u/-o (Shoigu = Шойгу) shows no case.
    let vowel_final = match party {
        Party::Known(id) => {
            let name = &people.person(*id).name;
            name.split_whitespace()
                .last()
                .is_some_and(|w| w.ends_with(['u', 'o', 'ú', 'ó']))
        }
        Party::Unknown(_) => false,
    };
    suffixes.iter().any(|s| {
        let cyrillic_vowel = matches!(*s, "у" | "ю");
        surface.ends_with(s)
            && surface.chars().count() > s.chars().count() + 2
            && !(vowel_final && cyrillic_vowel)
    })
}

/// The issuing side's own official named by role ("the Prime Minister", "le chef de l'État").
pub(super) fn home_roles(
    ctx: &Ctx<'_>,
    hits: &[Hit<'static, Tag>],
    mentions: &[Mention],
    date: Option<NaiveDate>,
) -> Vec<Placed> {
    let (Some(home), Some(date)) = (ctx.home.as_deref(), date) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for h in hits {
        let Tag::HomeRole(kinds) = h.tag else {
            continue;
        };
        if role_is_qualified(ctx, h, mentions) {
            continue;
        }
        let holders = ctx.people.holders(home, kinds, date);
        if let [person] = holders.as_slice()
            && let Some(id) = ctx.people.id_of(person)
        {
            out.push(Placed {
                party: Party::Known(id),
                start: h.start,
                marked_recipient: false,
            });
        }
    }
    out
}

/// "le président de la République d'Azerbaïdjan", "the Prime Minister of Armenia, X",
/// "the Secretary, Antony Blinken": the role names someone else or someone already named.
fn role_is_qualified(ctx: &Ctx<'_>, h: &Hit<'_, Tag>, mentions: &[Mention]) -> bool {
    let text = &ctx.text;
    let n = text.tokens.len();
    if h.end < n
        && matches!(
            text.word(h.end),
            "of" | "de" | "du" | "des" | "d'" | "der" | "del" | "von"
        )
    {
        return true;
    }
    // "le président ukrainien", "the President of Ukraine": a country right after the role;
    // after a comma ("Cumhurbaşkanımız, bugün Rusya ...") it belongs to the next clause.
    let comma_after = h.end < n && text.tokens[h.end].after_punct;
    if comma_after {
        // "the Secretary, Antony Blinken": only an apposition right after the comma.
        return mentions.iter().any(|m| m.start == h.end);
    }
    let countries = COUNTRY_SET.find_all(text, h.end..(h.end + 3).min(n));
    if countries.iter().any(|c| c.start <= h.end + 1) {
        return true;
    }
    let mut j = h.end;
    while j < n && j < h.end + 4 {
        if mentions.iter().any(|m| m.start == j) {
            return true;
        }
        let w = text.word(j);
        let filler = !text.tokens[j].capitalized && w.chars().count() <= 3
            || matches!(w, "m" | "mr" | "mrs" | "ms" | "h.e");
        if !filler && !text.tokens[j].capitalized {
            return false;
        }
        j += 1;
    }
    false
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
        let Some(principal) = first_home_official(ctx, home, day) else {
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

/// The first official of the home country, in office on `day`, the statement names: by name,
/// by a home role ("глава государства") or by a title with the home country ("Президент
/// России" on kremlin.ru, "the Russian President").
fn first_home_official(ctx: &Ctx<'_>, home: &str, day: NaiveDate) -> Option<Party> {
    ctx.text.sentences.iter().enumerate().find_map(|(si, s)| {
        let hits = &ctx.hits[si];
        let mentions = names::spot(&ctx.text, ctx.people, s.tokens.clone(), hits);
        let mut found: Vec<(usize, usize)> = mentions
            .iter()
            .filter_map(|m| match m.who {
                Who::Known(id) => {
                    let person = ctx.people.person(id);
                    (person.country.eq_ignore_ascii_case(home)
                        && person.roles.iter().any(|r| r.active_on(day)))
                    .then_some((m.start, id))
                }
                _ => None,
            })
            .collect();
        for p in home_roles(ctx, hits, &mentions, Some(day)) {
            if let Party::Known(id) = p.party {
                found.push((p.start, id));
            }
        }
        found.extend(titled_home_officials(ctx, s, hits, &mentions, home, day));
        found.sort_by_key(|(start, _)| *start);
        found.first().map(|(_, id)| Party::Known(*id))
    })
}

/// "Президент России", "the Russian President", "Rusya Devlet Başkanı" with no name after:
/// the home country's holder of that office on `day`, when there is exactly one.
fn titled_home_officials(
    ctx: &Ctx<'_>,
    sentence: &Sentence,
    hits: &[Hit<'static, Tag>],
    mentions: &[Mention],
    home: &str,
    day: NaiveDate,
) -> Vec<(usize, usize)> {
    let text = &ctx.text;
    let countries = COUNTRY_SET.find_all(text, sentence.tokens.clone());
    let mut out = Vec::new();
    for h in hits.iter().filter(|h| matches!(h.tag, Tag::Title)) {
        let named_after = mentions
            .iter()
            .any(|m| m.start >= h.end && m.start <= h.end + 3);
        if named_after {
            continue;
        }
        let home_country = countries.iter().any(|c| {
            c.tag.eq_ignore_ascii_case(home)
                && (c.end == h.start
                    || c.start == h.end
                    || (c.start == h.end + 1 && matches!(text.word(h.end), "of" | "de" | "du")))
        });
        if !home_country {
            continue;
        }
        let first = h.start.saturating_sub(1).max(sentence.tokens.start);
        let words: Vec<&str> = (first..h.end).map(|i| text.word(i)).collect();
        let kinds =
            offices::kinds_of(&words).or_else(|| offices::kinds_of(&words[h.start - first..]));
        let Some(kinds) = kinds else {
            continue;
        };
        if let [person] = ctx.people.holders(home, kinds, day).as_slice()
            && let Some(id) = ctx.people.id_of(person)
        {
            out.push((h.start, id));
        }
    }
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
        match merged.iter_mut().find(|m| same_set(&m.parties, &d.parties)) {
            Some(m) => {
                m.votes.extend(d.votes);
                if m.date.is_none() || (!m.dated && d.dated && d.date.is_some()) {
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
                evidence: d.evidence,
            };
            (call, d.sentence)
        })
        .collect()
}

fn same_set(a: &[Party], b: &[Party]) -> bool {
    a.len() == b.len() && a.iter().all(|p| b.contains(p))
}

/// Topics of a call: keywords from its sentence up to the next call's sentence.
fn topics(ctx: &Ctx<'_>, first: usize, starts: &[usize]) -> Vec<String> {
    let text = &ctx.text;
    let next = starts
        .iter()
        .copied()
        .filter(|&s| s > first)
        .min()
        .unwrap_or(text.sentences.len());
    let mut out: Vec<String> = Vec::new();
    for s in &text.sentences[first..next.max(first + 1).min(text.sentences.len())] {
        for h in TOPIC_SET.find_all(text, s.tokens.clone()) {
            if out.len() < MAX_TOPICS && !out.iter().any(|t| t == h.tag) {
                out.push((*h.tag).to_string());
            }
        }
    }
    out
}

/// The issuing side's country: the URL's host, else a site host named in the file name
/// (`03_elysee-fr.txt`), else none.
fn home_country(people: &People, statement: &Statement) -> Option<String> {
    if let Some(c) = statement
        .url
        .as_deref()
        .and_then(|url| people.site_country(url))
    {
        return Some(c.to_string());
    }
    let from_path = statement.path.as_deref().and_then(|path| {
        let stem = std::path::Path::new(path)
            .file_stem()?
            .to_str()?
            .to_ascii_lowercase();
        people
            .sites()
            .filter(|(host, _)| stem.contains(&host.replace('.', "-")) || stem.contains(*host))
            .max_by_key(|(host, _)| host.len())
            .map(|(_, c)| c.to_string())
    });
    from_path.or_else(|| language_country(&statement.language).map(str::to_string))
}

/// For a statement of unknown origin, the country most readouts in its language come from.
/// English and Arabic are left out: too many countries publish in them.
fn language_country(lang: &str) -> Option<&'static str> {
    Some(match lang {
        "fr" => "FR",
        "de" => "DE",
        "es" => "ES",
        "tr" => "TR",
        "az" => "AZ",
        "uk" => "UA",
        "ru" => "RU",
        "hy" => "AM",
        "bg" => "BG",
        "it" => "IT",
        "pl" => "PL",
        _ => return None,
    })
}
