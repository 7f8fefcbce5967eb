//! Who took part: gazetteer people and names as written, officials named only by role or by
//! title and country, and how the people of one call sentence pair up into calls.

use chrono::NaiveDate;

use super::context::Ctx;
use super::countries::{CAPITAL_SET, COUNTRY_SET, is_institution};
use super::cues::{Dir, SECRETARY_GENERAL, Tag, recipient_suffixes};
use super::names::{Mention, Who};
use super::offices;
use super::pattern::Hit;
use super::text::{Sentence, Text};
use crate::people::People;

/// How far after a cue a person must be named for `@` patterns ("called ... X").
pub(super) const PERSON_WINDOW: usize = 8;

/// A participant: a gazetteer person or a name as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Party {
    Known(usize),
    Unknown(String),
}

impl Party {
    pub(super) fn name(&self, people: &People) -> String {
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

/// The subject of a two-party call: the issuing side's own participant when exactly one is,
/// else the one named before the cue.
pub(super) fn subject_of(ctx: &Ctx<'_>, cue: &Hit<'_, Tag>, group: &[Placed]) -> Option<Party> {
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

/// Who talked to whom in a sentence naming several people. The subject is the last person
/// named before the cue ("Spokesperson X: Secretary Y spoke with Z" -> Y), the counterpart the
/// first gazetteer person after it; with a verb-final cue ("X, Y ile telefonda görüştü") both
/// come before it. "Separately" or "A and B" after one subject means one call with each.
pub(super) fn pair_up(
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
    // Co-subjects stand side by side: "A, et en concertation avec lui, B a appelé C" is B's
    // call after an aside about A.
    let side_by_side = |a: &Placed, b: &Placed| {
        hits.iter()
            .filter(|h| {
                matches!(h.tag, Tag::Conjunction(_)) && a.start < h.start && h.start < b.start
            })
            .any(|h| {
                // "A, B, and C": a comma before "and" is still a list.
                !(h.start + 1..=b.start)
                    .any(|i| i < ctx.text.tokens.len() && ctx.text.tokens[i].after_punct)
            })
    };
    if let ([.., a, b], [other]) = (before.as_slice(), after.as_slice())
        && conjunction_between(ctx, hits, a.start, b.start)
        && side_by_side(a, b)
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
    // "X, together with the leaders of A and B, joined a call with Y": who is named after
    // "with" before the cue keeps X company; X is the subject.
    let before: Vec<&Placed> = match before
        .iter()
        .filter(|p| !comitative(&ctx.text, p.start))
        .copied()
        .collect::<Vec<_>>()
    {
        kept if !kept.is_empty() && !after.is_empty() => kept,
        _ => before,
    };
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

/// "to" (folded) between the one a call came from and the one it went to.
const CALL_TO_WORDS: &[&str] = &["to", "do", "a", "al", "au", "an"];

/// "of" (folded), between a call word and its owner.
const CALL_OF_WORDS: &[&str] = &[
    "of", "from", "de", "del", "di", "della", "du", "des", "von", "od",
];

/// How far after a call noun its owner may be named ("telefon kanclerza Niemiec Olafa
/// Scholza": a title and a country between).
const CALL_OWNER_REACH: usize = 4;

/// "telefon kanclerza Scholza do prezydenta Putina", "Scholz's call to Putin", "la llamada de
/// A a B": a call word, one party named right after it (not after "with"), "to", and the
/// other right after that, with nothing but titles and names between: the call is theirs and
/// the first called the second. `placed` is in text order.
pub(super) fn call_from_to(
    ctx: &Ctx<'_>,
    hits: &[Hit<'_, Tag>],
    cue: &Hit<'_, Tag>,
    placed: &[Placed],
) -> Option<[Placed; 2]> {
    if !matches!(cue.tag, Tag::Telephone | Tag::Phone | Tag::Call(..)) {
        return None;
    }
    let text = &ctx.text;
    // Not in a headline, where every word may be capitalised ("Biden Calls Xi To Press Putin").
    if text
        .sentences
        .iter()
        .any(|s| s.is_title && s.tokens.contains(&cue.start))
    {
        return None;
    }
    let a = placed
        .iter()
        .find(|p| p.start >= cue.end && p.start <= cue.end + CALL_OWNER_REACH)?;
    let in_title = |i: usize| {
        hits.iter()
            .any(|h| matches!(h.tag, Tag::Title) && (h.start..h.end).contains(&i))
    };
    // The owner right after the call word, or after "of" and a title ("telefon kanclerza
    // Niemiec Olafa Scholza", "la llamada de Sánchez"); a verb between ("Im Telefonat
    // appellierte Scholz an Putin") makes the owner a subject and "an" something else.
    let owner_follows = (cue.end..a.start).all(|i| {
        !text.tokens[i].after_punct
            && (CALL_OF_WORDS.contains(&text.word(i)) || in_title(i) || text.tokens[i].capitalized)
    });
    if !owner_follows {
        return None;
    }
    let b = placed
        .iter()
        .find(|p| p.start > a.start && p.party != a.party)?;
    let to = (a.start + 1..b.start).find(|&i| CALL_TO_WORDS.contains(&text.word(i)))?;
    let named_between = |from: usize, until: usize| {
        (from..until)
            .all(|i| !text.tokens[i].after_punct && (text.tokens[i].capitalized || in_title(i)))
    };
    (to - a.start <= CALL_OWNER_REACH
        && b.start - to <= CALL_OWNER_REACH
        && named_between(a.start, to)
        && named_between(to + 1, b.start)
        && !text.tokens[to].after_punct)
        .then(|| [a.clone(), b.clone()])
}

/// "a phone call between A and B": the two named after "between" are the call, whoever the
/// sentence named before it (even A or B themselves, in another role). `placed` is every
/// party of the sentence in text order, repeats included.
pub(super) fn between_pair(
    ctx: &Ctx<'_>,
    hits: &[Hit<'_, Tag>],
    cue: &Hit<'_, Tag>,
    placed: &[Placed],
) -> Option<Vec<Placed>> {
    let text = &ctx.text;
    let between = [cue.end.saturating_sub(1), cue.end]
        .into_iter()
        .find(|&i| i < text.tokens.len() && BETWEEN_WORDS.contains(&text.word(i)))?;
    let mut after = placed.iter().filter(|p| p.start > between);
    let a = after.next()?;
    let b = after.find(|p| p.party != a.party)?;
    // "between A and B" names the parties at once; "entre otros, con A y B", "between
    // meetings with A and B", "entre ayer y hoy con A" put something else first.
    let direct = (between + 1..a.start).all(|i| {
        !text.tokens[i].after_punct
            && !WITH_WORDS.contains(&text.word(i))
            && !OTHERS_WORDS.contains(&text.word(i))
            && !text.word(i).starts_with(|c: char| c.is_ascii_digit())
            && !hits
                .iter()
                .any(|h| matches!(h.tag, Tag::Conjunction(_)) && h.start == i)
    }) && !text.tokens[a.start].after_punct;
    (direct && conjunction_between(ctx, hits, a.start, b.start)).then(|| vec![a.clone(), b.clone()])
}

/// "others" (folded): "tra gli altri", "entre otros", "между прочим", "między innymi".
const OTHERS_WORDS: &[&str] = &[
    "others",
    "altri",
    "otros",
    "autres",
    "innymi",
    "прочим",
    "другими",
    "інших",
    "іншим",
];

/// "Lavrov's deputy", "Erdoğan's spokesman": the one whose staff is meant is not on the call.
fn owner_of_staff(text: &Text, m: &Mention) -> bool {
    is_possessive(text, m) && m.end < text.tokens.len() && STAFF_WORDS.contains(&text.word(m.end))
}

/// Words that make a name the owner of the title before it (folded).
const OWNER_LINKS: &[&str] = &["de", "del", "di", "du", "of", "von"];

/// "el secretario de Estado de Donald Trump, Marco Rubio", "le porte-parole de Vladimir
/// Poutine, Dmitri Peskov": a name after a title and "of", followed by a comma and the
/// title's holder, is the one the holder serves, not a party to the call.
fn owner_of_title(text: &Text, hits: &[Hit<'_, Tag>], mentions: &[Mention], m: &Mention) -> bool {
    let Some(link) = m.start.checked_sub(1) else {
        return false;
    };
    let after_title = hits.iter().any(|h| {
        matches!(h.tag, Tag::Title | Tag::ReportingVerb | Tag::Reporting)
            && h.end <= link
            && link - h.end <= 2
    });
    let holder_follows = comma_before(text, m.end)
        && mentions
            .iter()
            .any(|n| n.start == m.end && matches!(n.who, Who::Known(_)));
    OWNER_LINKS.contains(&text.word(link)) && after_title && holder_follows
}

/// Words for a leader's government (folded): "la administración de Donald Trump", "the Trump
/// administration".
const GOVERNMENT_WORDS: &[&str] = &[
    "administracion",
    "gobierno",
    "administration",
    "government",
    "amministrazione",
    "governo",
    "gouvernement",
    "regierung",
];

/// "el Gobierno del Presidente Gabriel Boric", "la administración de Donald Trump", "the Trump
/// administration": the leader whose government is meant is not thereby on the call.
fn owner_of_government(text: &Text, hits: &[Hit<'_, Tag>], m: &Mention) -> bool {
    let links = [
        "de", "del", "di", "du", "of", "von", "des", "della", "dello", "der",
    ];
    // A title may stand between: "del Presidente X".
    let start = hits
        .iter()
        .find(|h| matches!(h.tag, Tag::Title) && h.end == m.start)
        .map_or(m.start, |h| h.start);
    let before = start >= 2
        && links.contains(&text.word(start - 1))
        && GOVERNMENT_WORDS.contains(&text.word(start - 2));
    let after = m.end < text.tokens.len() && GOVERNMENT_WORDS.contains(&text.word(m.end));
    before || after
}

/// A comma, and nothing else, between token `i - 1` and token `i`.
fn comma_before(text: &Text, i: usize) -> bool {
    i > 0
        && i < text.tokens.len()
        && text.original[text.tokens[i - 1].span.end..text.tokens[i].span.start].trim() == ","
}

/// Genitive articles (folded) before a title: "el plan del presidente estadounidense, X".
const GENITIVE_ARTICLES: &[&str] = &["del", "della", "dello", "du", "des"];

/// "el plan de paz ... del presidente estadounidense, Donald Trump": a name set off by a comma
/// after a title in the genitive is the owner of what comes before ("the plan of the US
/// president"), unless what comes before is the call itself ("la llamada del presidente, X")
/// or another title ("el ministro del presidente, X" names the minister's office).
fn owner_of_thing(text: &Text, hits: &[Hit<'_, Tag>], m: &Mention) -> bool {
    if !comma_before(text, m.start) {
        return false;
    }
    // The title right before the comma, at most one adjective after it.
    let Some(title) = hits
        .iter()
        .find(|h| matches!(h.tag, Tag::Title) && h.end <= m.start && m.start - h.end <= 1)
    else {
        return false;
    };
    let Some(article) = title.start.checked_sub(1) else {
        return false;
    };
    let Some(owned) = article.checked_sub(1) else {
        return false;
    };
    let speaks_of_call_or_office = hits.iter().any(|h| {
        h.start <= owned
            && owned < h.end
            && matches!(
                h.tag,
                Tag::Phone | Tag::Telephone | Tag::Call(..) | Tag::DuringCall | Tag::Title
            )
    });
    GENITIVE_ARTICLES.contains(&text.word(article))
        && !text.tokens[article].after_punct
        && !speaks_of_call_or_office
}

/// Staff a possessive may name (folded).
const STAFF_WORDS: &[&str] = &[
    "deputy",
    "aide",
    "aides",
    "adviser",
    "advisor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "assistant",
    "press",
    "office",
    "chief",
];

/// Whether a mention ends in an English possessive ("Zelensky's remarks").
pub(super) fn is_possessive(text: &Text, m: &Mention) -> bool {
    let last = text.raw(m.end.saturating_sub(1).max(m.start));
    last.ends_with("'s") || last.ends_with("’s")
}

/// Whether the party at token `start` follows "with" or "together with" closely ("insieme ai
/// Leader di ...", "avec le président X"): a companion, not the subject.
fn comitative(text: &Text, start: usize) -> bool {
    (start.saturating_sub(COMITATIVE_REACH)..start)
        .any(|i| WITH_WORDS.contains(&text.word(i)) || TOGETHER_WORDS.contains(&text.word(i)))
}

/// How far before a party its "with" may stand (an article and a title between).
const COMITATIVE_REACH: usize = 3;

/// "together" (folded), in "together with", "insieme a", "вместе с".
const TOGETHER_WORDS: &[&str] = &[
    "together",
    "ensemble",
    "insieme",
    "assieme",
    "junto",
    "zusammen",
    "вместе",
    "разом",
    "razem",
    "birlikte",
    "birlikdə",
];

/// Whether the parties after a cue are one list of counterparts after "with": "with" between
/// the cue and the first, and each next one joined to the one before by a conjunction or a
/// comma ("with Macron and Sunak", "с главами минобороны Франции, Турции и Великобритании").
pub(super) fn with_list(
    ctx: &Ctx<'_>,
    hits: &[Hit<'_, Tag>],
    cue: &Hit<'_, Tag>,
    parties: &[Placed],
) -> bool {
    let text = &ctx.text;
    let Some(first) = parties.first() else {
        return false;
    };
    let with_first = (cue.start..first.start)
        .any(|i| i < text.tokens.len() && WITH_WORDS.contains(&text.word(i)));
    with_first
        && parties.windows(2).all(|w| {
            conjunction_between(ctx, hits, w[0].start, w[1].start)
                || (w[0].start + 1..=w[1].start).any(|i| comma_before(text, i))
        })
}

/// "with" (folded): after "between", it shows the parties come later, after a filler.
pub(super) const WITH_WORDS: &[&str] = &[
    "with", "con", "col", "avec", "mit", "z", "ze", "с", "со", "з", "із", "зі", "ile",
];

/// "between" (folded), in the languages whose call phrase puts it before both parties.
const BETWEEN_WORDS: &[&str] = &[
    "between",
    "entre",
    "tra",
    "fra",
    "zwischen",
    "между",
    "між",
    "miedzy",
    "pomiedzy",
];

/// Whether the third participant is joined to the second by "and" (one subject, two calls).
/// Conjunctions are read in the statement's language only ("e" is Spanish "and" but also the
/// E of "H.E.").
fn joined_by_conjunction(ctx: &Ctx<'_>, hits: &[Hit<'_, Tag>], parties: &[Placed]) -> bool {
    let (a, b) = (
        parties[parties.len() - 2].start,
        parties[parties.len() - 1].start,
    );
    // The "and" must lead to the last one ("with Macron and then with the Prime Minister of
    // Italy, Giorgia Meloni"), not join two other things before a relative clause that names
    // it ("... relations between Spain and Andorra, which Sánchez attends").
    // A relative clause that ends before the name ("and the minister who leads the ministry,
    // Hakan Fidan", "ainsi que l'a indiqué l'Élysée, avec Meloni") still leads to it.
    let text = &ctx.text;
    let clause_names = |i: usize| {
        RELATIVE_WORDS.contains(&text.word(i))
            && !(i + 1..=b).any(|k| comma_before(text, k) || WITH_WORDS.contains(&text.word(k)))
    };
    let known = super::cues::ALL.iter().any(|l| l.lang == ctx.lang);
    hits.iter().any(|h| {
        matches!(h.tag, Tag::Conjunction(l) if !known || *l == ctx.lang)
            && a < h.start
            && h.start < b
            && !(h.end..b).any(clause_names)
    })
}

/// Whether a conjunction stands between token `a` and token `b`.
pub(super) fn conjunction_between(
    ctx: &Ctx<'_>,
    hits: &[Hit<'_, Tag>],
    a: usize,
    b: usize,
) -> bool {
    let known = super::cues::ALL.iter().any(|l| l.lang == ctx.lang);
    hits.iter().any(|h| {
        matches!(h.tag, Tag::Conjunction(l) if !known || *l == ctx.lang)
            && a < h.start
            && h.start < b
    })
}

/// Gazetteer and unknown mentions as parties. A shared bare surname is kept only when one of
/// its people holds an office on the date.
/// A one-word mention that is a country's name or adjective ("Türkiyə", "Франции", "German")
/// names the country, never a person who happens to share the word's letters.
pub(super) fn is_country_word(text: &Text, m: &Mention) -> bool {
    let one_word = m.end == m.start + 1;
    // A name found only as written (after a title) that holds a country is the country
    // ("Presidente degli Stati Uniti").
    let unknown = matches!(m.who, Who::Unknown(_));
    (one_word || unknown)
        && COUNTRY_SET
            .find_all(text, m.start..m.end)
            .iter()
            .chain(CAPITAL_SET.find_all(text, m.start..m.end).iter())
            .any(|c| c.start == m.start || unknown)
}

/// Words that make what follows a reporting word its subject, not its author (folded).
const ABOUT_WORDS: &[&str] = &[
    "on",
    "about",
    "regarding",
    "concerning",
    "sur",
    "uber",
    "sobre",
    "su",
    "о",
    "об",
    "про",
];

/// How many words may stand between a reporting word and the source it names ("Пресс-секретарь
/// президента РФ Дмитрий Песков").
const SOURCE_REACH: usize = 4;

/// A person named right after "according to", "как сообщил", "spokesperson", in the same
/// clause: the source of the report, not a party to the call ("According to the statement,
/// Putin spoke ..." names a party).
pub(super) fn is_source(
    text: &Text,
    hits: &[Hit<'_, Tag>],
    mentions: &[Mention],
    m: &Mention,
) -> bool {
    // "Peskov'a göre Putin, Erdoğan ile görüştü": the postposition follows its source (a case
    // ending may stand between), when the sentence names two others for the call; "Erdoğan'a
    // göre, Putin ile yaptığı görüşme" is Erdoğan telling of his own call.
    // The hit first: counting the others is for the rare sentence that has one.
    let before_postposition = hits
        .iter()
        .any(|h| matches!(h.tag, Tag::SourceBefore) && m.end <= h.start && h.start <= m.end + 1)
        && mentions
            .iter()
            .filter(|o| o.start != m.start && !is_country_word(text, o))
            .count()
            >= 2;
    before_postposition
        || hits.iter().any(|h| {
            // ", said X", ", как сообщил X": the verb, or the word before it, follows punctuation.
            let opens_aside = (h.start.saturating_sub(1)..=h.start)
                .any(|i| i < text.tokens.len() && text.tokens[i].after_punct);
            (matches!(h.tag, Tag::Reporting)
            || (matches!(h.tag, Tag::ReportingVerb)
                && opens_aside
                && !subject_of_call_phrase(text, hits, m)))
            && h.end <= m.start
            && m.start <= h.end + SOURCE_REACH
            && !(h.end..=m.start)
                .any(|j| j > 0 && j < text.tokens.len() && text.tokens[j].after_punct)
            // "the spokesman on X's call": the subject of the statement, not its source.
            && !(h.end..m.start).any(|j| ABOUT_WORDS.contains(&text.word(j)))
        })
}

/// "..., said Turkish minister X held a phone conversation": a call phrase or a telephone word
/// right after the person, in the same clause, makes them its subject rather than the one who
/// said so.
fn subject_of_call_phrase(text: &Text, hits: &[Hit<'_, Tag>], m: &Mention) -> bool {
    // "..., said X by phone from Moscow": how X spoke to the reporter, not a call of X's.
    let how_reached = m.end < text.tokens.len() && HOW_WORDS.contains(&text.word(m.end));
    hits.iter().any(|c| {
        (matches!(c.tag, Tag::Call(..)) || (matches!(c.tag, Tag::Telephone) && !how_reached))
            && c.start >= m.end
            && c.start <= m.end + 2
            && !(m.end..=c.start).any(|j| j < text.tokens.len() && text.tokens[j].after_punct)
    })
}

/// Prepositions that make a following telephone word the means of speaking (folded).
const HOW_WORDS: &[&str] = &[
    "by", "over", "on", "via", "per", "par", "au", "por", "po", "по",
];

pub(super) fn resolve_mentions(
    ctx: &Ctx<'_>,
    hits: &[Hit<'static, Tag>],
    mentions: &[Mention],
    date: Option<NaiveDate>,
) -> Vec<Placed> {
    let suffixes: Vec<&str> = recipient_suffixes().collect();
    mentions
        .iter()
        .filter(|m| {
            !is_country_word(&ctx.text, m)
                && !is_source(&ctx.text, hits, mentions, m)
                && !owner_of_staff(&ctx.text, m)
                && !owner_of_title(&ctx.text, hits, mentions, m)
                && !owner_of_thing(&ctx.text, hits, m)
                && !owner_of_government(&ctx.text, hits, m)
                && !time_reference(ctx, m)
        })
        .filter_map(|m| {
            let party = match &m.who {
                Who::Known(id) => Party::Known(*id),
                // A script without capitals (Arabic) gives no sign that words are a name:
                // only the gazetteer's people count there.
                Who::Unknown(name) if !name.chars().any(char::is_uppercase) => return None,
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
                is_marked_recipient(&ctx.text, last, &party, ctx.people, &suffixes)
                    || after_recipient_preposition(&ctx.text, m.start);
            Some(Placed {
                party,
                start: m.start,
                marked_recipient,
            })
        })
        .collect()
}

/// Postpositions of time after a name in the head-final languages (folded): "Փութինէն ետք"
/// (after Putin), "Putin'den sonra", "Putindən əvvəl": the name places another event in time.
const TIME_POSTPOSITIONS: &[(&str, &[&str])] = &[
    ("hy", &["ետք", "հետո", "առաջ"]),
    ("tr", &["sonra", "once"]),
    ("az", &["sonra", "evvel", "qabaq"]),
];

/// "After" right before a name (folded): "Остін після Шойгу зателефонував Резникову" (Austin,
/// after Shoigu, called Reznikov).
const AFTER_PREPOSITIONS: &[(&str, &[&str])] = &[
    ("en", &["after"]),
    ("ru", &["после"]),
    ("uk", &["після"]),
    ("fr", &["apres"]),
    ("es", &["tras"]),
    ("it", &["dopo"]),
];

/// "Pashinyan, after Putin, also spoke by phone with Macron": a person followed by a time
/// postposition, or right after "after", is a landmark in time, not a party to the call the
/// sentence reports.
fn time_reference(ctx: &Ctx<'_>, m: &Mention) -> bool {
    let in_list = |table: &[(&str, &[&str])], i: usize| {
        table
            .iter()
            .any(|(lang, words)| *lang == ctx.lang && words.contains(&ctx.text.word(i)))
    };
    (m.end < ctx.text.tokens.len() && in_list(TIME_POSTPOSITIONS, m.end))
        || (m.start > 0 && in_list(AFTER_PREPOSITIONS, m.start - 1))
}

/// "до Зеленського зателефонували", "a téléphoné au président", "zadzwonił do X": a person
/// right after "to" is the one called (folded; a title may stand between).
fn after_recipient_preposition(text: &Text, start: usize) -> bool {
    const TO: &[&str] = &["до", "к", "ко", "a", "au", "aux", "do"];
    // French "a" is also "has" ("il a appelé X"): it counts only right before the name.
    (start.saturating_sub(2)..start)
        .any(|i| TO.contains(&text.word(i)) && (i + 1 == start || text.word(i) != "a"))
}

/// Token `token` lower-cased with every apostrophe written `'`, for reading its case suffix
/// ("Erdoğan’ı" -> "erdoğan'ı").
pub(super) fn case_surface(text: &Text, token: usize) -> String {
    text.raw(token)
        .chars()
        .map(|c| {
            if crate::people::normalize::is_apostrophe(c) {
                '\''
            } else {
                c
            }
        })
        .flat_map(char::to_lowercase)
        .collect()
}

fn is_marked_recipient(
    text: &Text,
    token: usize,
    party: &Party,
    people: &People,
    suffixes: &[&str],
) -> bool {
    let surface = case_surface(text, token);
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
    }) || stem_is_name_word(&surface, party, people)
}

/// Back-vowel datives ("Bayramova zəng vurub", Azerbaijani) end as many names do (Obama,
/// Kuleba): they mark the one called only on a name the gazetteer writes without them.
const STEM_CHECKED_SUFFIXES: &[&str] = &["ya", "a"];

fn stem_is_name_word(surface: &str, party: &Party, people: &People) -> bool {
    let Party::Known(id) = party else {
        return false;
    };
    let Some(stem) = STEM_CHECKED_SUFFIXES
        .iter()
        .find_map(|s| surface.strip_suffix(s))
        .filter(|stem| stem.chars().count() >= 4)
    else {
        return false;
    };
    let person = people.person(*id);
    std::iter::once(&person.name)
        .chain(&person.aliases)
        .flat_map(|a| a.split_whitespace())
        .any(|w| w.to_lowercase() == stem)
}

/// Who holds one of the role kinds for a side on `date`: a country's people, or for a
/// supranational side (UN, NATO, EU) whoever holds its office, of any nationality.
fn side_holders<'p>(
    ctx: &Ctx<'p>,
    code: &str,
    kinds: &[&str],
    date: NaiveDate,
) -> Vec<&'p crate::people::Person> {
    if is_institution(code) {
        ctx.people
            .office_holders(institution_offices(code), kinds, date)
    } else {
        ctx.people.holders(code, kinds, date)
    }
}

/// How the gazetteer's office titles name a supranational side's own offices ("European"
/// alone would also match national ministers "for European Affairs").
fn institution_offices(code: &str) -> &'static [&'static str] {
    match code {
        "EU" => &[
            "High Representative of the EU",
            "European Commission",
            "European Council",
            "European Parliament",
        ],
        "NATO" => &["of NATO"],
        "UN" => &["of the United Nations"],
        _ => &[],
    }
}

/// The issuing side's own official named by role ("the Prime Minister", "le chef de l'État").
/// `named` are the people the sentence names: a role after one of them who holds that kind of
/// office elsewhere refers back to them ("le Président Kais Saïed ..., le Chef de l'État a
/// reçu", on a page in French from Tunis).
pub(super) fn home_roles(
    ctx: &Ctx<'_>,
    hits: &[Hit<'static, Tag>],
    mentions: &[Mention],
    named: &[Placed],
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
        // A country's own site means someone else by "the Secretary General" (NATO's, the
        // UN's): only an institution's site speaks so of its own officer.
        if role_is_qualified(ctx, h, mentions)
            || (*kinds == SECRETARY_GENERAL && !is_institution(home))
        {
            continue;
        }
        let refers_back = named.iter().any(|p| {
            let Party::Known(id) = p.party else {
                return false;
            };
            let person = ctx.people.person(id);
            p.start < h.start
                && !person.country.eq_ignore_ascii_case(home)
                && person
                    .roles
                    .iter()
                    .any(|r| kinds.contains(&r.role.as_str()) && r.active_on(date))
        });
        if refers_back {
            continue;
        }
        let holders = side_holders(ctx, home, kinds, date);
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
            "of" | "de" | "du" | "des" | "d'" | "der" | "del" | "dell'" | "di" | "von"
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
    // "Président de la République Islamique de Mauritanie": state words may come between.
    let countries = COUNTRY_SET.find_all(text, h.end..(h.end + 4).min(n));
    let state_word = |j: usize| {
        let w = text.word(j);
        super::names::not_name(w) || (!text.tokens[j].capitalized && w.chars().count() <= 3)
    };
    if countries
        .iter()
        .any(|c| c.start <= h.end + 1 || (h.end..c.start).all(state_word))
    {
        return true;
    }
    let mut j = h.end;
    while j < n && j < h.end + 4 {
        if mentions.iter().any(|m| m.start == j) {
            return true;
        }
        let w = text.word(j);
        // "la telefonata del presidente del Consiglio con Joe Biden": the one after "with" is
        // the other party, not the role's holder.
        if WITH_WORDS.contains(&w) {
            return false;
        }
        let filler = !text.tokens[j].capitalized && w.chars().count() <= 3
            || matches!(w, "m" | "mr" | "mrs" | "ms" | "h.e");
        if !filler && !text.tokens[j].capitalized {
            return false;
        }
        j += 1;
    }
    false
}

/// The first official of the home country, in office on `day`, the statement names: by name,
/// by a home role ("глава государства") or by a title with the home country ("Президент
/// России" on kremlin.ru, "the Russian President").
/// Roles whose holders speak for their side in a call.
const PRINCIPAL_ROLES: &[&str] = &[
    "president",
    "vice_president",
    "prime_minister",
    "chancellor",
    "foreign_minister",
    "defence_minister",
    "king",
    "emir",
    "crown_prince",
    "commission_president",
    "council_president",
    "secretary_general",
];

pub(super) fn first_home_official(ctx: &Ctx<'_>, home: &str, day: NaiveDate) -> Option<Party> {
    ctx.text.sentences.iter().enumerate().find_map(|(si, s)| {
        let hits = &ctx.hits[si];
        let mentions = ctx.mentions(si);
        // A principal: head of state or government or foreign minister in office, never a
        // spokesman or aide, nor the source of the report.
        let mut found: Vec<(usize, usize)> = mentions
            .iter()
            .filter(|m| !is_source(&ctx.text, hits, mentions, m))
            .filter_map(|m| match m.who {
                Who::Known(id) => {
                    let person = ctx.people.person(id);
                    (person.country.eq_ignore_ascii_case(home)
                        && person.roles.iter().any(|r| {
                            PRINCIPAL_ROLES.contains(&r.role.as_str()) && r.active_on(day)
                        }))
                    .then_some((m.start, id))
                }
                _ => None,
            })
            .collect();
        for p in home_roles(ctx, hits, mentions, &[], Some(day)) {
            if let Party::Known(id) = p.party {
                found.push((p.start, id));
            }
        }
        found.extend(titled_officials(
            ctx,
            s,
            hits,
            mentions,
            Some(home),
            day,
            usize::MAX,
        ));
        found.sort_by_key(|(start, _)| *start);
        found.first().map(|(_, id)| Party::Known(*id))
    })
}

/// "Президент России", "the Russian President", "le président turc", "президентами России и
/// Азербайджана" with no name after: the holder of that office in that country on `day`, when
/// there is exactly one. `only` keeps the titles of one country (the issuing side's).
pub(super) fn titled_officials(
    ctx: &Ctx<'_>,
    sentence: &Sentence,
    hits: &[Hit<'static, Tag>],
    mentions: &[Mention],
    only: Option<&str>,
    day: NaiveDate,
    list_from: usize,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (h, office, of_title) in bare_titles(ctx, sentence, hits, mentions) {
        // Several countries ("the foreign ministers of South Korea, Japan and China"): each
        // holder stands where their country is named, so the list reads as one. Only for
        // counterparts, from `list_from` on: before the call phrase a list is the co-subjects
        // ("together with the leaders of Ukraine, Finland, France ..., on a call with X").
        let several = of_title.len() > 1 && h.start >= list_from;
        for (code, at) in of_title {
            if only.is_some_and(|home| !code.eq_ignore_ascii_case(home)) {
                continue;
            }
            let Some(kinds) = office.kinds_in(code, day) else {
                continue;
            };
            if let [person] = side_holders(ctx, code, kinds, day).as_slice()
                && let Some(id) = ctx.people.id_of(person)
            {
                out.push((if several { at } else { h.start }, id));
            }
        }
    }
    out
}

/// A title standing alone, the office it names and the countries it is of (with where each
/// is named).
type BareTitle<'h> = (
    &'h Hit<'static, Tag>,
    offices::Office,
    Vec<(&'static str, usize)>,
);

/// The titles of a sentence that stand for their holder (no name after them, not an
/// assistant's), with the office each names and the countries it is of, where it names one.
fn bare_titles<'h>(
    ctx: &Ctx<'_>,
    sentence: &Sentence,
    hits: &'h [Hit<'static, Tag>],
    mentions: &[Mention],
) -> Vec<BareTitle<'h>> {
    let text = &ctx.text;
    if !hits.iter().any(|h| matches!(h.tag, Tag::Title)) {
        return Vec::new();
    }
    let countries = COUNTRY_SET.find_all(text, sentence.tokens.clone());
    // A title inside a longer one is that one ("Secretary of State" in "Secretary of State
    // for Defence Ben Wallace"): only the longest is read, with the name after it.
    let inside_longer = |h: &Hit<'static, Tag>| {
        hits.iter().any(|o| {
            matches!(o.tag, Tag::Title)
                && o.start <= h.start
                && h.end <= o.end
                && o.end - o.start > h.end - h.start
        })
    };
    hits.iter()
        .filter(|h| matches!(h.tag, Tag::Title) && !inside_longer(h))
        .filter(|h| !named_after(text, h, hits, mentions, &countries) && !not_the_holder(text, h))
        .filter_map(|h| {
            let first = h.start.saturating_sub(1).max(sentence.tokens.start);
            let words: Vec<&str> = (first..h.end).map(|i| text.word(i)).collect();
            let office = offices::office_of(&words)
                .or_else(|| offices::office_of(&words[h.start - first..]))?;
            Some((h, office, countries_of_title(text, h, &countries)))
        })
        .collect()
}

/// How many sentences before or after an undated title its holder's name may stand.
const NAMED_NEAR_TITLE: usize = 3;

/// A page with no day at all ("premier Wielkiej Brytanii" on a page without a publication
/// day): a title and country stand for the one person the page names nearby (within
/// [`NAMED_NEAR_TITLE`] sentences, in a sentence about a call or a talk) who held that office
/// at some time ("... z inicjatywy
/// Theresy May"), when exactly one did. Without a day the gazetteer's holders cannot be told
/// apart, but the page's own names can.
pub(super) fn titled_officials_named_on_page(
    ctx: &Ctx<'_>,
    si: usize,
    sentence: &Sentence,
    hits: &[Hit<'static, Tag>],
    mentions: &[Mention],
) -> Vec<(usize, usize)> {
    let text = &ctx.text;
    if !hits.iter().any(|h| matches!(h.tag, Tag::Title)) {
        return Vec::new();
    }
    let near =
        si.saturating_sub(NAMED_NEAR_TITLE)..(si + NAMED_NEAR_TITLE + 1).min(text.sentences.len());
    // Named where the page speaks of a call or a talk, not recalled ("the legacy of Angela
    // Merkel, who left office in 2021").
    let speaks_of_call = |sj: &usize| {
        ctx.hits[*sj].iter().any(|h| {
            matches!(
                h.tag,
                Tag::Call(..) | Tag::Telephone | Tag::Phone | Tag::Held(_) | Tag::Initiative(_)
            )
        })
    };
    let named: Vec<usize> = near
        .filter(speaks_of_call)
        .flat_map(|sj| ctx.mentions(sj).iter())
        .filter_map(|m| match m.who {
            Who::Known(id) => Some(id),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    for (h, office, of_title) in bare_titles(ctx, sentence, hits, mentions) {
        let [(code, _)] = of_title.as_slice() else {
            continue;
        };
        if is_institution(code) {
            continue;
        }
        let Some(kinds) = office.kinds_any_day(code) else {
            continue;
        };
        let mut holders: Vec<usize> = named
            .iter()
            .copied()
            .filter(|&id| {
                let person = ctx.people.person(id);
                person.country.eq_ignore_ascii_case(code)
                    && person
                        .roles
                        .iter()
                        .any(|r| kinds.contains(&r.role.as_str()) && r.is_national())
            })
            .collect();
        holders.sort_unstable();
        holders.dedup();
        if let [id] = holders.as_slice() {
            out.push((h.start, *id));
        }
    }
    out
}

/// How far after a title the name it introduces may start ("the President of Russia, Vladimir
/// Putin").
const TITLE_NAME_REACH: usize = 3;

/// Whether a title is followed by the name of its holder: a person mentioned within
/// [`TITLE_NAME_REACH`] words, with nothing in between but the title's country, connectors and
/// capitalised words. A lower-case word between them is a verb or a noun of the sentence ("the
/// US president had called Chancellor Merkel", "der amerikanische Präsident mit Kanzlerin
/// Merkel"), and so is another title ("der amerikanische Präsident Bundeskanzlerin Merkel"): the
/// name is someone else and the title still stands for its holder. A country that looks like a
/// name ("Turkey", "Turki") names no one.
fn named_after(
    text: &Text,
    h: &Hit<'_, Tag>,
    hits: &[Hit<'_, Tag>],
    mentions: &[Mention],
    countries: &[Hit<'_, &'static str>],
) -> bool {
    let in_country = |i: usize| countries.iter().any(|c| (c.start..c.end).contains(&i));
    let sentence_word = |i: usize| {
        let raw = text.raw(i);
        raw.chars().next().is_some_and(char::is_lowercase)
            && !in_country(i)
            && !TITLE_CONNECTORS.contains(&text.word(i))
    };
    let other_title = |i: usize| {
        hits.iter()
            .any(|t| matches!(t.tag, Tag::Title) && t.start >= h.end && t.start <= i)
    };
    mentions.iter().any(|m| {
        m.start >= h.end
            && m.start <= h.end + TITLE_NAME_REACH
            && !is_country_word(text, m)
            && !(h.end..m.start).any(sentence_word)
            && !(m.start > h.end && other_title(m.start - 1))
    })
}

/// Relative pronouns (folded): after one, a name belongs to a clause of its own.
const RELATIVE_WORDS: &[&str] = &[
    "which",
    "who",
    "whom",
    "que",
    "qui",
    "lequel",
    "laquelle",
    "che",
    "cui",
    "quale",
    "welche",
    "welcher",
    "welches",
    "который",
    "которая",
    "которое",
    "которые",
    "которого",
    "которой",
    "котором",
    "який",
    "яка",
    "яке",
    "які",
    "якого",
    "якій",
    "ktory",
    "ktora",
    "ktore",
    "ktorego",
    "ktorej",
    "ki",
];

/// Lower-case words that may stand between a title and its holder's name (folded).
const TITLE_CONNECTORS: &[&str] = &[
    "of", "the", "de", "du", "des", "d'", "del", "della", "di", "la", "le", "el", "der", "von",
];

/// Offices whose holders have a counterpart of the same office abroad.
const COUNTERPART_KINDS: &[&str] = &[
    "foreign_minister",
    "defence_minister",
    "president",
    "prime_minister",
    "chancellor",
];

/// "with his Russian counterpart", "son homologue turc", "Rus mevkidaşı", "l'omologo
/// francese" with no name after: whoever holds, in that country on `day`, the office the
/// sentence's one other participant holds. Nothing when that participant holds none of
/// [`COUNTERPART_KINDS`] or the office has no single holder there.
pub(super) fn described_counterparts(
    ctx: &Ctx<'_>,
    sentence: &Sentence,
    hits: &[Hit<'static, Tag>],
    mentions: &[Mention],
    placed: &[Placed],
    day: NaiveDate,
) -> Vec<Placed> {
    let text = &ctx.text;
    let described: Vec<&Hit<'static, Tag>> = hits
        .iter()
        .filter(|h| matches!(h.tag, Tag::Counterpart))
        .collect();
    if described.is_empty() {
        return Vec::new();
    }
    let countries = COUNTRY_SET.find_all(text, sentence.tokens.clone());
    let mut out = Vec::new();
    for h in described {
        let [(code, _)] = countries_of_title(text, h, &countries)[..] else {
            continue;
        };
        if named_after(text, h, hits, mentions, &countries) {
            continue;
        }
        // The one participant from elsewhere whose counterpart this is; not when someone the
        // gazetteer does not know may be it ("Ryabkov, Lavrov's deputy, ... his counterpart").
        if placed.iter().any(|p| matches!(p.party, Party::Unknown(_)))
            || mentions.iter().any(|m| matches!(m.who, Who::Unknown(_)))
            || hits_not_the_holder(text, sentence)
        {
            continue;
        }
        let mut others = placed.iter().filter_map(|p| match p.party {
            Party::Known(id) if !ctx.people.person(id).country.eq_ignore_ascii_case(code) => {
                Some(id)
            }
            _ => None,
        });
        let (Some(subject), None) = (others.next(), others.next()) else {
            continue;
        };
        let holder = ctx
            .people
            .person(subject)
            .roles
            .iter()
            .filter(|r| r.active_on(day) && COUNTERPART_KINDS.contains(&r.role.as_str()))
            .find_map(
                |r| match side_holders(ctx, code, &[r.role.as_str()], day)[..] {
                    [person] => ctx.people.id_of(person),
                    _ => None,
                },
            );
        if let Some(id) = holder {
            out.push(Placed {
                party: Party::Known(id),
                start: h.start,
                marked_recipient: false,
            });
        }
    }
    out
}

/// Words around a title that make it someone else than the office holder: a deputy, a former
/// or a future holder (folded; a final `*` makes a prefix).
const NOT_THE_HOLDER: &[&str] = &[
    "vice",
    "deputy",
    "former",
    "ex",
    "incoming",
    "outgoing",
    "elect",
    "вице*",
    "заместител*",
    "бывш*",
    "экс*",
    "замест*",
    "заступник*",
    "колишн*",
    "віце*",
    "stellvertretend*",
    "ehemalig*",
    "ancien*",
    "adjoint*",
    "vicepresident*",
    "exministr*",
    "sabiq",
    "kecmis",
    "eski",
    "yardimci*",
    "muavin*",
    // An assistant to the office holder ("dövlət katibinin köməkçisi").
    "komekci*",
    "assistant*",
    "wice*",
    "byly",
    "bylego",
    "نائب",
    "ex-*",
];

/// A deputy, a former or future holder named anywhere in the sentence: whose counterpart a
/// counterpart word means is then unclear.
fn hits_not_the_holder(text: &Text, sentence: &Sentence) -> bool {
    sentence
        .tokens
        .clone()
        .any(|i| is_not_the_holder_word(text.word(i)))
}

fn not_the_holder(text: &Text, h: &Hit<'_, Tag>) -> bool {
    let near = h.start.saturating_sub(2)..(h.end + 1).min(text.tokens.len());
    near.into_iter()
        .any(|i| is_not_the_holder_word(text.word(i)))
}

fn is_not_the_holder_word(w: &str) -> bool {
    NOT_THE_HOLDER.iter().any(|n| match n.strip_suffix('*') {
        Some(prefix) => w.starts_with(prefix),
        None => w == *n,
    })
}

/// The countries a title stands with: right before it ("the Russian President"), right after
/// it ("Президент России", "le président turc"), after "of"/"de", and further countries
/// joined to that one by "and" ("президентами России и Азербайджана"), each with the token
/// where it is named.
fn countries_of_title(
    text: &Text,
    h: &Hit<'_, Tag>,
    countries: &[Hit<'_, &'static str>],
) -> Vec<(&'static str, usize)> {
    let mut out: Vec<(&'static str, usize)> = Vec::new();
    let listed = |out: &[(&'static str, usize)], code: &str| out.iter().any(|(c, _)| *c == code);
    if let Some(mut c) = countries.iter().find(|c| c.end == h.start) {
        out.push((c.tag, c.start));
        // "the Turkish and Iranian presidents": countries joined by "and" before a title.
        while let Some(before) = countries.iter().find(|b| {
            b.end + 1 == c.start && AND_WORDS.contains(&text.word(b.end)) && !listed(&out, b.tag)
        }) {
            out.push((before.tag, before.start));
            c = before;
        }
        return out;
    }
    // "the US Secretary of State": the capitals tell the country from the pronoun.
    if us_written_before(text, h.start) {
        out.push(("US", h.start.saturating_sub(1)));
        return out;
    }
    let after = countries.iter().find(|c| {
        c.start == h.end
            || (c.start == h.end + 1
                && matches!(
                    text.word(h.end),
                    "of" | "from" | "de" | "du" | "des" | "d'" | "del" | "di"
                ))
    });
    let Some(mut c) = after else {
        return out;
    };
    out.push((c.tag, c.start));
    // "the foreign ministers of South Korea, Japan and China": a list joined by commas and a
    // last "and", which may take an article once a list is running ("Germany, Poland, and the
    // United Kingdom"; not "of Kazakhstan and the United States Ambassador").
    while let Some(next) = countries.iter().find(|n| {
        !listed(&out, n.tag)
            && ((n.start == c.end + 1 && AND_WORDS.contains(&text.word(c.end)))
                || (out.len() >= 2
                    && n.start == c.end + 2
                    && AND_WORDS.contains(&text.word(c.end))
                    && COUNTRY_ARTICLES.contains(&text.word(c.end + 1)))
                || (n.start == c.end && comma_before(text, n.start)))
    }) {
        out.push((next.tag, next.start));
        c = next;
    }
    out
}

/// "US", "USA" or "U.S." (tokenized as `U` `S`) right before token `i`.
fn us_written_before(text: &Text, i: usize) -> bool {
    match i {
        0 => false,
        1 => matches!(text.raw(0), "US" | "USA"),
        _ => {
            matches!(text.raw(i - 1), "US" | "USA")
                || (text.raw(i - 1) == "S"
                    && text.raw(i - 2) == "U"
                    && text.original[text.tokens[i - 2].span.end..text.tokens[i - 1].span.start]
                        == *".")
        }
    }
}

/// Articles a country may take after the "and" that ends a list (folded).
const COUNTRY_ARTICLES: &[&str] = &["the", "la", "le", "l'", "el", "il", "lo"];

/// "and" between two countries of one title (folded).
const AND_WORDS: &[&str] = &[
    "and", "et", "und", "y", "e", "i", "ve", "va", "и", "і", "та", "և", "ու", "و",
];
