//! What the extraction knows about one statement before reading any call: its text split into
//! sentences (the headline and the URL slug first), the cue hits of each sentence, the
//! publication day, the language and the issuing side's country.

use std::cell::OnceCell;

use super::cues::{CUES, Dir, Strength, Tag, applies_to};
use super::dates::{self, When};
use super::names::{self, Mention};
use super::pattern::Hit;
use super::text::{Sentence, Text};
use crate::model::{PublishedDate, Statement};
use crate::people::People;

/// Everything the extraction needs about one statement.
pub(super) struct Ctx<'a> {
    pub(super) people: &'a People,
    pub(super) text: Text,
    pub(super) hits: Vec<Vec<Hit<'static, Tag>>>,
    pub(super) published: Option<PublishedDate>,
    pub(super) lang: &'a str,
    pub(super) home: Option<String>,
    /// The statement comes from an official site named in the gazetteer (by its URL).
    pub(super) official: bool,
    /// The sentence read from the URL's slug (the headline's last line), if any.
    pub(super) slug_sentence: Option<usize>,
    /// The people each sentence names, spotted on first use: several readers ask for them.
    mentions: Vec<OnceCell<Vec<Mention>>>,
}

impl<'a> Ctx<'a> {
    /// The people sentence `si` names (spotted once per statement).
    pub(super) fn mentions(&self, si: usize) -> &[Mention] {
        self.mentions[si].get_or_init(|| {
            let sentence = &self.text.sentences[si];
            names::spot(
                &self.text,
                self.people,
                sentence.tokens.clone(),
                &self.hits[si],
                self.lang,
            )
        })
    }

    /// Reads a statement once: its headline and body as tokens and sentences, the cue hits of
    /// every sentence, and the issuing side.
    pub(super) fn new(people: &'a People, statement: &'a Statement) -> Self {
        let slug = slug_words(people, statement);
        let headline = match (statement.title.as_deref(), slug.as_deref()) {
            (Some(t), Some(s)) => Some(format!("{t}\n{s}")),
            (Some(t), None) => Some(t.to_string()),
            (None, s) => s.map(str::to_string),
        };
        let text = Text::new(headline.as_deref(), &statement.body);
        let cues = &*CUES;
        let hits: Vec<Vec<Hit<'static, Tag>>> = text
            .sentences
            .iter()
            .map(|s| {
                let mut hits = cues.set.find_all(&text, s.tokens.clone());
                // Another language's trap or past tense is a word of this one ("Brief", a
                // letter, is "brief").
                hits.retain(|h| match h.tag {
                    Tag::Trap(cue_lang) | Tag::Held(cue_lang) | Tag::Denial(cue_lang) => {
                        applies_to(cue_lang, &statement.language)
                    }
                    _ => true,
                });
                if let Some(from) = question_start(&text, s) {
                    undirect(&mut hits, &text, from);
                }
                hits
            })
            .collect();
        let lang = statement.language.as_str();
        let published = statement
            .published
            .map(|p| original_day(&text, &hits, p, lang).unwrap_or(p));
        let from_sources = home_country_from_sources(people, statement);
        let from_language = language_country(lang);
        let home = from_sources
            .or_else(|| from_language.map(str::to_string))
            .or_else(|| {
                // The credit may stand in the first line, read as the headline.
                let title = statement.title.as_deref().unwrap_or_default();
                issuer_named_in(people, &format!("{title}\n{}", statement.body))
            });
        Ctx {
            people,
            published,
            lang: statement.language.as_str(),
            home,
            official: statement
                .url
                .as_deref()
                .is_some_and(|url| people.site_country(url).is_some()),
            mentions: vec![OnceCell::new(); text.sentences.len()],
            slug_sentence: slug_sentence(&text, slug.as_deref()),
            hits,
            text,
        }
    }
}

/// A body sentence that ends with a question mark asks; it does not assert ("Had Obama rung
/// the Chancellor on her mobile?" presupposes a call, and states no caller). Only what
/// follows its last colon is the question ("X called Y and asked: what now?"). A headline
/// asking why or when ("Why did X call Y?") takes the call as told, and is left alone. The
/// byte where the question starts, if the sentence is one.
fn question_start(text: &Text, sentence: &Sentence) -> Option<usize> {
    let span = sentence.span.start..sentence.span.end.min(text.original.len());
    let words = &text.original[span.clone()];
    if sentence.is_title || !words.trim_end().ends_with(['?', '？', '؟']) {
        return None;
    }
    Some(
        words
            .rfind(':')
            .map_or(span.start, |colon| span.start + colon),
    )
}

/// The call cues of a question still tell of a call, but none of who placed it.
fn undirect(hits: &mut Vec<Hit<'static, Tag>>, text: &Text, from: usize) {
    let asked = |h: &Hit<'static, Tag>| text.tokens[h.start].span.start >= from;
    hits.retain(|h| !(asked(h) && matches!(h.tag, Tag::Call(Strength::DirectionOnly, _))));
    for h in hits.iter_mut().filter(|h| asked(h)) {
        h.tag = match h.tag {
            Tag::Call(Strength::Strong, d) if *d != Dir::None => {
                &Tag::Call(Strength::Strong, Dir::None)
            }
            Tag::Call(Strength::Weak, d) if *d != Dir::None => {
                &Tag::Call(Strength::Weak, Dir::None)
            }
            other => other,
        };
    }
}

/// How long after a statement's own day a page may republish it and still count from that day.
const MAX_REPUBLISH_DAYS: i64 = 31;

/// A page that republishes a statement days later keeps the statement's own day in its
/// headline ("PM call with President X: 11 May 2018"): relative words in the body ("this
/// evening") count from that day, and offices are held on it. Only a headline (or lead) that
/// speaks of a call, with a full date before the publication day.
fn original_day(
    text: &Text,
    hits: &[Vec<Hit<'static, Tag>>],
    published: PublishedDate,
    lang: &str,
) -> Option<PublishedDate> {
    let day = published.exact_day()?;
    let lead = text.lead()?;
    // The headline may be cut at its colon ("PM call with X: 11 May 2018").
    let speaks_of_call = hits[..=lead]
        .iter()
        .flatten()
        .any(|h| matches!(h.tag, Tag::Call(..) | Tag::Telephone | Tag::Phone));
    if !speaks_of_call {
        return None;
    }
    (0..=lead).find_map(|si| {
        dates::find(text, text.sentences[si].tokens.clone(), &hits[si], lang)
            .into_iter()
            .find_map(|m| match m.when {
                When::Absolute(d) if d < day && (day - d).num_days() <= MAX_REPUBLISH_DAYS => {
                    Some(PublishedDate::day(d))
                }
                _ => None,
            })
    })
}

/// The headline's last sentence when it is the slug's words (a slug of digits alone gives
/// none, and the title's last sentence is not the slug's).
fn slug_sentence(text: &Text, slug: Option<&str>) -> Option<usize> {
    let slug = slug?;
    let si = text.sentences.iter().rposition(|s| s.is_title)?;
    let tokens = &text.sentences[si].tokens;
    let (first, last) = (tokens.start, tokens.end.checked_sub(1)?);
    let words = text
        .original
        .get(text.tokens[first].span.start..text.tokens[last].span.end)?;
    (slug.trim().ends_with(words.trim()) && !words.trim().is_empty()).then_some(si)
}

/// The URL's last path segment read as words, read as the headline's last line
/// (`.../president-aliyev-calls-president-tokayev` -> "President Aliyev calls President Tokayev"),
/// so that a slug can say who called. Slug words that are gazetteer names are capitalised;
/// the others stay lower-case so they are never taken for unknown names. None when no word
/// is left (digits only).
fn slug_words(people: &People, statement: &Statement) -> Option<String> {
    let slug = statement.url.as_deref().and_then(url_slug).map(|slug| {
        // Non-Latin slugs arrive percent-encoded (`pr%C3%A4sident-aliyev-telefoniert`).
        let slug = percent_encoding::percent_decode_str(slug).decode_utf8_lossy();
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
    slug.filter(|s| !s.trim().is_empty())
}

/// The last path segment of a URL when it reads as hyphenated words, without extension.
fn url_slug(url: &str) -> Option<&str> {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let last = path.trim_end_matches('/').rsplit('/').next()?;
    let last = last.split('.').next().unwrap_or(last);
    (last.matches('-').count() >= 2).then_some(last)
}

/// The issuing side's country from the statement's URL host, else a site host named in the
/// file name (`03_elysee-fr.txt`). Without either, `Ctx::new` guesses it from the language,
/// then from a source the page credits.
fn home_country_from_sources(people: &People, statement: &Statement) -> Option<String> {
    if let Some(c) = statement
        .url
        .as_deref()
        .and_then(|url| people.site_country(url))
    {
        return Some(c.to_string());
    }
    statement.path.as_deref().and_then(|path| {
        let stem = std::path::Path::new(path)
            .file_stem()?
            .to_str()?
            .to_ascii_lowercase();
        people
            .sites()
            .filter(|(host, _)| stem.contains(&host.replace('.', "-")) || stem.contains(*host))
            .max_by_key(|(host, _)| host.len())
            .map(|(_, c)| c.to_string())
    })
}

/// For a statement in a language many countries publish in, the issuer a republished page still
/// names: a link back to an official site ("Original article link: https://www.gov.uk/...") or
/// the office's address ("10 Downing Street"). The first one wins.
fn issuer_named_in(people: &People, body: &str) -> Option<String> {
    // Only the page's first and last lines, where a republisher credits its source: a link or
    // an address in the running text may belong to anyone the story mentions.
    let body = body.trim();
    let head_end = body
        .match_indices('\n')
        .nth(ISSUER_LINES - 1)
        .map_or(body.len(), |(at, _)| at);
    let tail_start = body
        .rmatch_indices('\n')
        .nth(ISSUER_LINES - 1)
        .map_or(0, |(at, _)| at);
    let (head, tail) = (&body[..head_end], &body[tail_start..]);
    let link = [head, tail].into_iter().find_map(|part| {
        part.match_indices("://").find_map(|(at, _)| {
            let rest = &part[at + 3..];
            let host = rest
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
                .next()?;
            people.site_country(host).map(str::to_string)
        })
    });
    link.or_else(|| {
        ISSUER_ADDRESSES
            .iter()
            .find(|(address, _)| head.contains(address) || tail.contains(address))
            .map(|(_, country)| (*country).to_string())
    })
}

/// Offices whose address stands for the issuer in the pages that republish their statements.
/// The phrases their readouts open with name them as well ("A Downing Street spokesperson
/// said:", "The following is attributable to Spokesperson ...").
const ISSUER_ADDRESSES: &[(&str, &str)] = &[
    ("10 Downing Street", "GB"),
    ("Downing Street spokesperson", "GB"),
    ("Downing Street spokesman", "GB"),
    ("attributable to Spokesperson", "US"),
    ("attributable to State Department Spokesperson", "US"),
];

/// How many last lines of a page may credit its issuer.
const ISSUER_LINES: usize = 4;

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
