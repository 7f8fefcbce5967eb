//! Date expressions in a sentence and their resolution against the publication date.

use chrono::{Datelike, Duration, NaiveDate};

use super::cues::Tag;
use super::pattern::Hit;
use super::text::Text;
use crate::model::{DatePrecision, PublishedDate};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Absolute(NaiveDate),
    /// Day and month; the year comes from the publication date.
    DayMonth(u32, u32),
    Relative(i8),
    Weekday(u8),
}

#[derive(Debug, Clone, Copy)]
pub struct DateMention {
    pub when: When,
    pub start: usize,
    pub end: usize,
}

impl DateMention {
    /// "the day after the call" ([`super::cues::DAY_AFTER_CALL`]).
    fn is_day_after_call(&self) -> bool {
        self.when == When::Relative(super::cues::DAY_AFTER_CALL)
    }

    /// The day this mention resolves to, if it names one.
    fn day(&self, published: Option<PublishedDate>) -> Option<NaiveDate> {
        match resolve(self.when, published) {
            Resolved::Day(day) => Some(day),
            Resolved::Unknowable | Resolved::Rejected => None,
        }
    }
}

/// Outcome of resolving a date mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolved {
    Day(NaiveDate),
    /// A relative word against a month-only publication date: the date is unknowable.
    Unknowable,
    /// Not a plausible call date (after publication).
    Rejected,
}

/// Date mentions in the token range `range`. `lang` selects the relative/weekday words of
/// the statement's language (they collide across languages); unknown languages accept all.
pub fn find(
    text: &Text,
    range: std::ops::Range<usize>,
    hits: &[Hit<'_, Tag>],
    lang: &str,
) -> Vec<DateMention> {
    let lang_known = super::cues::ALL.iter().any(|l| l.lang == lang);
    let lang_ok = |l: &str| !lang_known || l == lang;
    let mut out = Vec::new();
    for i in range.clone() {
        if let Some(d) = numeric_date(text.word(i)) {
            out.push(DateMention {
                when: When::Absolute(d),
                start: i,
                end: i + 1,
            });
        }
    }
    for h in hits {
        match *h.tag {
            Tag::Month(m) => {
                if let Some(dm) = day_month(text, range.clone(), h.start, h.end, u32::from(m)) {
                    out.push(dm);
                }
            }
            Tag::Relative(offset, l) if lang_ok(l) => out.push(DateMention {
                when: When::Relative(offset),
                start: h.start,
                end: h.end,
            }),
            Tag::Weekday(w, l) if lang_ok(l) => out.push(DateMention {
                when: When::Weekday(w),
                start: h.start,
                end: h.end,
            }),
            _ => {}
        }
    }
    // "the summit on 15 July", "the 7 February election": another event's date.
    let events: Vec<(usize, usize)> = hits
        .iter()
        .filter(|h| matches!(h.tag, Tag::EventWord | Tag::Happening))
        .map(|h| (h.start, h.end))
        .collect();
    out.retain(|d| {
        matches!(d.when, When::Relative(_))
            || !events
                .iter()
                .any(|&(s, e)| (e <= d.start && d.start - e <= 3) || (s >= d.end && s - d.end <= 1))
    });
    // "the first call since 18 February": the start of a span, the day of an earlier event.
    out.retain(|d| !after_since(text, range.start, d.start));
    // "Publié le vendredi 6 mai 2022": the page's own stamp, not the day of anything it reports.
    // A stamp opens with a capital; "a video posted on Monday" dates what it says.
    out.retain(|d| {
        !(d.start.saturating_sub(PUBLISHED_REACH)..d.start).any(|i| {
            i >= range.start
                && text.tokens[i].capitalized
                && PUBLISHED_WORDS.contains(&text.word(i))
        })
    });
    // "jeudi 18 janvier": the weekday only restates the absolute date next to it.
    let absolute: Vec<(usize, usize)> = out
        .iter()
        .filter(|d| matches!(d.when, When::Absolute(_) | When::DayMonth(..)))
        .map(|d| (d.start, d.end))
        .collect();
    out.retain(|d| {
        !matches!(d.when, When::Weekday(_))
            || !absolute
                .iter()
                .any(|&(s, e)| s <= d.end + 1 && d.start <= e + 1)
    });
    // Shorter relative phrases inside longer ones ("today" in "earlier today").
    let spans: Vec<(usize, usize)> = out.iter().map(|d| (d.start, d.end)).collect();
    out.retain(|d| {
        !spans
            .iter()
            .any(|&(s, e)| s <= d.start && d.end <= e && (e - s) > (d.end - d.start))
    });
    out.sort_by_key(|d| d.start);
    out
}

/// Words that open a span running from a date to now (folded): "since", "depuis le", "seit
/// dem", "с", "od".
const SINCE_WORDS: &[&str] = &[
    "since", "depuis", "seit", "desde", "dal", "dall'", "dallo", "od", "с", "з", "від", "со",
];

/// Articles that may stand between a since-word and its date ("depuis le 18 février").
const SINCE_ARTICLES: &[&str] = &["le", "the", "el", "il", "dem"];

/// Whether the date starting at token `start` follows a since-word.
fn after_since(text: &Text, first: usize, start: usize) -> bool {
    let word = |i: usize| text.word(i);
    (start > first && SINCE_WORDS.contains(&word(start - 1)))
        || (start > first + 1
            && SINCE_ARTICLES.contains(&word(start - 1))
            && SINCE_WORDS.contains(&word(start - 2)))
}

/// Words that stamp a page with its publication or update time (folded).
const PUBLISHED_WORDS: &[&str] = &[
    "published",
    "posted",
    "updated",
    "publie",
    "publiee",
    "pubblicato",
    "publicado",
    "veroffentlicht",
    "opublikowano",
    "опубликовано",
    "опубліковано",
    "yayinlanma",
    "yayinlandi",
];

/// How many words may stand between such a word and its date ("Publié le vendredi 6 mai").
const PUBLISHED_REACH: usize = 3;

/// `2024-08-20`, `10.04.2024`, `14/10/2024`.
fn numeric_date(word: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = word.split(['-', '.', '/']).collect();
    if parts.len() != 3
        || !parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    if n.len() != 3 {
        return None;
    }
    if parts[0].len() == 4 {
        NaiveDate::from_ymd_opt(n[0] as i32, n[1], n[2])
    } else if parts[2].len() == 4 {
        NaiveDate::from_ymd_opt(n[2] as i32, n[1], n[0])
    } else {
        None
    }
}

/// A day number written as `18`, `1er`, `16th`, `2nd`, `10-da` (the suffix is another token).
fn day_number(word: &str) -> Option<u32> {
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    let rest = &word[digits.len()..];
    if digits.is_empty()
        || !matches!(
            rest,
            "" | "er" | "st" | "nd" | "rd" | "th" | "e" | "eme" | "ci" | "ncu" | "inci"
        )
    {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_number(word: &str) -> Option<i32> {
    (word.len() == 4)
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

/// A day next to a month name: `20 juin`, `11 de noviembre`, `February 6`, `Sentyabrın 10-da`,
/// with a year right after when there is one.
fn day_month(
    text: &Text,
    range: std::ops::Range<usize>,
    ms: usize,
    me: usize,
    month: u32,
) -> Option<DateMention> {
    let word = |i: usize| (range.contains(&i)).then(|| text.word(i));
    let (day, start, mut end) =
        if let Some(d) = ms.checked_sub(1).and_then(word).and_then(day_number) {
            (d, ms - 1, me)
        } else if let Some(d) = ms
            .checked_sub(2)
            .filter(|_| matches!(word(ms - 1), Some("de" | "of" | "del")))
            .and_then(word)
            .and_then(day_number)
        {
            (d, ms - 2, me)
        } else if let Some(d) = word(me).and_then(day_number) {
            (d, ms, me + 1)
        } else {
            return None;
        };
    // The year: right after, or after "de"/"года" connectors.
    let mut year = None;
    for k in end..(end + 2).min(range.end) {
        if let Some(y) = word(k).and_then(year_number) {
            year = Some(y);
            end = k + 1;
            break;
        }
        if !matches!(
            word(k),
            Some("de" | "del" | "of" | "," | "th" | "da" | "de'")
        ) {
            break;
        }
    }
    let when = match year {
        Some(y) => When::Absolute(NaiveDate::from_ymd_opt(y, month, day)?),
        None => When::DayMonth(day, month),
    };
    Some(DateMention { when, start, end })
}

/// How far after the publication day a day and month without a year is read as a coming
/// event rather than as last year's.
const NEAR_FUTURE_DAYS: i64 = 45;

/// Resolves a mention against the publication date.
pub fn resolve(when: When, published: Option<PublishedDate>) -> Resolved {
    let exact = published.and_then(|p| p.exact_day());
    let result = match when {
        When::Absolute(d) => d,
        When::DayMonth(day, month) => {
            let Some(p) = published else {
                return Resolved::Unknowable;
            };
            let year = p.date.year();
            let Some(d) = NaiveDate::from_ymd_opt(year, month, day) else {
                return Resolved::Rejected;
            };
            // A readout reports past calls: "le 28 décembre" published in January is last year.
            // A day a few weeks ahead is another event's ("ahead of his meeting with Putin on
            // 15 August", "takes office on 1 November"), not a call a year ago.
            let near_future = |d: NaiveDate| {
                d > p.date + Duration::days(1) && d <= p.date + Duration::days(NEAR_FUTURE_DAYS)
            };
            // "il 5 gennaio" on 28 December is next month's, across the year too.
            let next_year = NaiveDate::from_ymd_opt(year + 1, month, day);
            if p.precision == DatePrecision::Day
                && (near_future(d) || next_year.is_some_and(near_future))
            {
                return Resolved::Rejected;
            }
            let later = match p.precision {
                DatePrecision::Day => d > p.date + Duration::days(1),
                DatePrecision::Month => month > p.date.month(),
            };
            if later {
                NaiveDate::from_ymd_opt(year - 1, month, day).unwrap_or(d)
            } else {
                d
            }
        }
        When::Relative(super::cues::SOME_DAY) => return Resolved::Unknowable,
        When::Relative(super::cues::DAY_AFTER_CALL) => match exact {
            Some(p) => p - Duration::days(1),
            None => return Resolved::Unknowable,
        },
        When::Relative(offset) => match exact {
            Some(p) => p + Duration::days(i64::from(offset)),
            None => return Resolved::Unknowable,
        },
        When::Weekday(w) => match exact {
            Some(p) => {
                let back = (p.weekday().num_days_from_monday() + 7 - u32::from(w)) % 7;
                p - Duration::days(i64::from(back))
            }
            None => return Resolved::Unknowable,
        },
    };
    match exact {
        Some(p) if result > p + Duration::days(1) => Resolved::Rejected,
        _ => Resolved::Day(result),
    }
}

/// The call date for a cue at `cue` (token range): the mention nearest to the cue, those in
/// its own clause (no punctuation between) first, else the publication day. A vague one ("last
/// week") leaves the date unknown.
pub fn call_date(
    text: &Text,
    mentions: &[DateMention],
    cue: (usize, usize),
    published: Option<PublishedDate>,
) -> Option<NaiveDate> {
    let distance = |d: &DateMention| {
        if d.end <= cue.0 {
            cue.0 - d.end
        } else {
            d.start.saturating_sub(cue.1)
        }
    };
    // A date in the phrase's own clause first: in "X, back from Kyiv a few days ago, spoke with
    // Y on Thursday" the vague words belong to the trip.
    let separated = |d: &DateMention| {
        let between = if d.end <= cue.0 {
            d.end..cue.0 + 1
        } else {
            cue.1..d.start + 1
        };
        between
            .into_iter()
            .any(|i| i < text.tokens.len() && text.tokens[i].after_punct)
    };
    // "the day after the call" dates the call only when it names this very cue (the telephone
    // word may stand right before or after the phrase: "telefon görüşmesinin ertesi günü",
    // "l'entretien téléphonique").
    if let Some(after) = mentions
        .iter()
        .find(|d| d.is_day_after_call() && d.start <= cue.0 + CUE_BESIDE && cue.0 <= d.end)
    {
        return day_before_anchor(mentions, after, published);
    }
    let mut sorted: Vec<&DateMention> =
        mentions.iter().filter(|d| !d.is_day_after_call()).collect();
    sorted.sort_by_key(|d| (separated(d), distance(d)));
    for d in sorted {
        match resolve(d.when, published) {
            Resolved::Day(day) => return Some(day),
            Resolved::Unknowable => return None,
            Resolved::Rejected => continue,
        }
    }
    published.and_then(|p| p.exact_day())
}

/// How far before "the day after the call" phrase its telephone word may stand.
const CUE_BESIDE: usize = 2;

/// How far after the call noun of "the day after the call of 1 July" the call's own date may
/// stand.
const OWN_DATE_REACH: usize = 3;

/// How far before the phrase the date of the day it speaks from may end ("mercredi 2 juillet,
/// au lendemain de ...").
const ANCHOR_REACH: usize = 2;

/// The call of "the day after the call": its own date when the phrase gives one ("the day
/// after their phone call of 1 July", "after Monday's call"); else the day before the date
/// right in front of the phrase ("said on Wednesday, the day after the call"), or before the
/// publication day (as [`resolve`] reads the phrase alone). Another date elsewhere in the
/// sentence belongs to something else.
fn day_before_anchor(
    mentions: &[DateMention],
    after: &DateMention,
    published: Option<PublishedDate>,
) -> Option<NaiveDate> {
    let others = || mentions.iter().filter(|d| !d.is_day_after_call());
    if let Some(own) =
        others().find(|d| d.start > after.start && d.start <= after.end + OWN_DATE_REACH)
    {
        return own.day(published);
    }
    match others().find(|d| d.end <= after.start && after.start - d.end <= ANCHOR_REACH) {
        Some(anchor) => anchor.day(published).map(|day| day - Duration::days(1)),
        None => after.day(published),
    }
}

#[cfg(test)]
mod tests {
    use super::{Resolved, When, resolve};
    use crate::model::PublishedDate;
    use chrono::NaiveDate;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("test date")
    }

    #[test]
    fn relative_words_and_weekdays_resolve_against_the_publication_day() {
        let tuesday = PublishedDate::parse("2024-04-02");
        assert_eq!(
            resolve(When::Relative(-1), tuesday),
            Resolved::Day(day("2024-04-01"))
        );
        assert_eq!(
            resolve(When::Weekday(0), tuesday),
            Resolved::Day(day("2024-04-01"))
        );
        assert_eq!(
            resolve(When::Weekday(1), tuesday),
            Resolved::Day(day("2024-04-02"))
        );
        assert_eq!(
            resolve(When::Weekday(4), tuesday),
            Resolved::Day(day("2024-03-29"))
        );
    }

    #[test]
    fn month_precision_leaves_relative_words_unknowable() {
        let month = PublishedDate::parse("2023-01");
        assert_eq!(resolve(When::Relative(-1), month), Resolved::Unknowable);
        assert_eq!(
            resolve(When::DayMonth(18, 1), month),
            Resolved::Day(day("2023-01-18"))
        );
        // A December day in a January statement is last year's.
        assert_eq!(
            resolve(When::DayMonth(28, 12), month),
            Resolved::Day(day("2022-12-28"))
        );
    }

    #[test]
    fn dates_after_publication_are_rejected() {
        let published = PublishedDate::parse("2024-10-29");
        assert_eq!(
            resolve(When::Absolute(day("2024-11-11")), published),
            Resolved::Rejected
        );
        // Two weeks ahead: a coming event, not last year's 11 November.
        assert_eq!(
            resolve(When::DayMonth(11, 11), published),
            Resolved::Rejected
        );
        // Months ahead: last year's.
        assert_eq!(
            resolve(When::DayMonth(20, 12), published),
            Resolved::Day(day("2023-12-20"))
        );
    }
}
