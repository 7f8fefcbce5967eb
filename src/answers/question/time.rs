//! Time expressions in a question, resolved against today: "last week", "since May",
//! "in 2024", "на прошлой неделе", "в мае", "depuis mars", "letzte Woche", "geçen hafta",
//! "mayıstan beri", "in the last 10 days", "since 2025-03-01".
//!
//! A month or a year is read only with a word that says how it bounds the question (a
//! preposition, or a Turkish postposition or suffix): a bare "may" or "mars" is not a date.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::words::{Word, phrase, starts_with};

/// The dates a question is limited to; both bounds inclusive.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Period {
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relative {
    Today,
    Yesterday,
    ThisWeek,
    LastWeek,
    ThisMonth,
    LastMonth,
    ThisYear,
    LastYear,
}

/// Fixed phrases, longest first within a meaning so that prepositions are consumed too.
const RELATIVE: &[(&str, Relative)] = &[
    // en
    ("today", Relative::Today),
    ("yesterday", Relative::Yesterday),
    ("this week", Relative::ThisWeek),
    ("last week", Relative::LastWeek),
    ("past week", Relative::LastWeek),
    ("previous week", Relative::LastWeek),
    ("this month", Relative::ThisMonth),
    ("last month", Relative::LastMonth),
    ("past month", Relative::LastMonth),
    ("previous month", Relative::LastMonth),
    ("this year", Relative::ThisYear),
    ("last year", Relative::LastYear),
    ("past year", Relative::LastYear),
    ("since the start of the year", Relative::ThisYear),
    ("since the beginning of the year", Relative::ThisYear),
    ("since the start of the month", Relative::ThisMonth),
    ("since the beginning of the month", Relative::ThisMonth),
    ("so far this year", Relative::ThisYear),
    ("depuis le debut de l annee", Relative::ThisYear),
    ("depuis le debut du mois", Relative::ThisMonth),
    ("с начала года", Relative::ThisYear),
    ("с начала месяца", Relative::ThisMonth),
    ("seit jahresbeginn", Relative::ThisYear),
    ("seit anfang des jahres", Relative::ThisYear),
    ("seit monatsbeginn", Relative::ThisMonth),
    ("seit anfang des monats", Relative::ThisMonth),
    ("yilbasindan beri", Relative::ThisYear),
    ("yil basindan beri", Relative::ThisYear),
    ("ay basindan beri", Relative::ThisMonth),
    // fr
    ("aujourd hui", Relative::Today),
    ("hier", Relative::Yesterday),
    ("cette semaine", Relative::ThisWeek),
    ("la semaine derniere", Relative::LastWeek),
    ("la semaine passee", Relative::LastWeek),
    ("semaine derniere", Relative::LastWeek),
    ("ce mois ci", Relative::ThisMonth),
    ("ce mois", Relative::ThisMonth),
    ("le mois dernier", Relative::LastMonth),
    ("le mois passe", Relative::LastMonth),
    ("mois dernier", Relative::LastMonth),
    ("cette annee", Relative::ThisYear),
    ("l annee derniere", Relative::LastYear),
    ("l annee passee", Relative::LastYear),
    ("l an dernier", Relative::LastYear),
    ("annee derniere", Relative::LastYear),
    // ru (folded: й -> и, ё -> е)
    ("сегодня", Relative::Today),
    ("вчера", Relative::Yesterday),
    ("на этои неделе", Relative::ThisWeek),
    ("этои неделе", Relative::ThisWeek),
    ("на прошлои неделе", Relative::LastWeek),
    ("на прошедшеи неделе", Relative::LastWeek),
    ("прошлои неделе", Relative::LastWeek),
    ("за прошлую неделю", Relative::LastWeek),
    ("прошлую неделю", Relative::LastWeek),
    ("в этом месяце", Relative::ThisMonth),
    ("этом месяце", Relative::ThisMonth),
    ("в прошлом месяце", Relative::LastMonth),
    ("прошлом месяце", Relative::LastMonth),
    ("за прошлыи месяц", Relative::LastMonth),
    ("в этом году", Relative::ThisYear),
    ("этом году", Relative::ThisYear),
    ("в прошлом году", Relative::LastYear),
    ("прошлом году", Relative::LastYear),
    ("за прошлыи год", Relative::LastYear),
    // de
    ("heute", Relative::Today),
    ("gestern", Relative::Yesterday),
    ("diese woche", Relative::ThisWeek),
    ("in dieser woche", Relative::ThisWeek),
    ("dieser woche", Relative::ThisWeek),
    ("in der letzten woche", Relative::LastWeek),
    ("in der vergangenen woche", Relative::LastWeek),
    ("letzte woche", Relative::LastWeek),
    ("letzten woche", Relative::LastWeek),
    ("vergangene woche", Relative::LastWeek),
    ("vergangenen woche", Relative::LastWeek),
    ("vorige woche", Relative::LastWeek),
    ("vorigen woche", Relative::LastWeek),
    ("in diesem monat", Relative::ThisMonth),
    ("diesen monat", Relative::ThisMonth),
    ("diesem monat", Relative::ThisMonth),
    ("im letzten monat", Relative::LastMonth),
    ("im vergangenen monat", Relative::LastMonth),
    ("letzten monat", Relative::LastMonth),
    ("letzter monat", Relative::LastMonth),
    ("vergangenen monat", Relative::LastMonth),
    ("vorigen monat", Relative::LastMonth),
    ("in diesem jahr", Relative::ThisYear),
    ("dieses jahr", Relative::ThisYear),
    ("diesem jahr", Relative::ThisYear),
    ("im letzten jahr", Relative::LastYear),
    ("im vergangenen jahr", Relative::LastYear),
    ("letztes jahr", Relative::LastYear),
    ("letzten jahr", Relative::LastYear),
    ("vergangenes jahr", Relative::LastYear),
    ("voriges jahr", Relative::LastYear),
    ("im vorjahr", Relative::LastYear),
    // tr (folded: ç -> c, ğ -> g, ı -> i, ü -> u)
    ("bugun", Relative::Today),
    ("dun", Relative::Yesterday),
    ("bu hafta", Relative::ThisWeek),
    ("bu haftaki", Relative::ThisWeek),
    ("gecen hafta", Relative::LastWeek),
    ("gecen haftaki", Relative::LastWeek),
    ("bu ay", Relative::ThisMonth),
    ("bu ayki", Relative::ThisMonth),
    ("gecen ay", Relative::LastMonth),
    ("gecen ayki", Relative::LastMonth),
    ("bu yil", Relative::ThisYear),
    ("bu sene", Relative::ThisYear),
    ("gecen yil", Relative::LastYear),
    ("gecen sene", Relative::LastYear),
    // es
    ("hoy", Relative::Today),
    ("ayer", Relative::Yesterday),
    ("esta semana", Relative::ThisWeek),
    ("la semana pasada", Relative::LastWeek),
    ("este mes", Relative::ThisMonth),
    ("el mes pasado", Relative::LastMonth),
    ("este ano", Relative::ThisYear),
    ("el ano pasado", Relative::LastYear),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bound {
    /// The whole month or year.
    During,
    Since,
    /// Up to its end.
    Until,
    /// Up to the day before it starts.
    Before,
}

const SINCE_BEFORE: &[&str] = &[
    "since",
    "since the",
    "depuis le",
    "seit dem",
    "ab dem",
    "desde el",
    "from",
    "starting",
    "depuis",
    "des",
    "a partir de",
    "с",
    "со",
    "начиная с",
    "seit",
    "ab",
    "desde",
];
const UNTIL_BEFORE: &[&str] = &[
    "until", "till", "up to", "through", "to", "a", "au", "jusqu a", "jusqu en", "jusqu au", "до",
    "по", "bis", "bis zum", "hasta",
];
const BEFORE_BEFORE: &[&str] = &["before", "prior to", "avant", "vor", "antes de"];
const DURING_BEFORE: &[&str] = &[
    "in",
    "during",
    "on",
    "le",
    "am",
    "en",
    "au mois de",
    "в",
    "во",
    "im",
    "en el mes de",
    "im jahr",
    "in the year",
];
/// Turkish postpositions after the month or year.
const SINCE_AFTER: &[&str] = &["beri", "itibaren"];
const UNTIL_AFTER: &[&str] = &["kadar"];
const DURING_AFTER: &[&str] = &["ayinda", "ayi", "yilinda", "yili"];
const TURKISH_CASES: &[&str] = &[
    "ten", "tan", "den", "dan", "te", "ta", "de", "da", "e", "a", "ye", "ya",
];
/// Nouns after a year that say nothing of the bound ("с 2024 года", "в 2024 году").
const YEAR_NOUNS: &[&str] = &["года", "году", "год", "г"];

/// Month names; a word matches a stem when it starts with it and adds at most four letters
/// (Turkish and Russian endings: "mayıstan", "марта").
const MONTH_STEMS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("sept", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("janvier", 1),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("decembre", 12),
    ("januar", 1),
    ("februar", 2),
    ("marz", 3),
    ("maerz", 3),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("январ", 1),
    ("феврал", 2),
    ("март", 3),
    ("апрел", 4),
    ("маи", 5),
    ("мая", 5),
    ("мае", 5),
    ("июн", 6),
    ("июл", 7),
    ("август", 8),
    ("сентябр", 9),
    ("октябр", 10),
    ("ноябр", 11),
    ("декабр", 12),
    ("ocak", 1),
    ("subat", 2),
    ("mart", 3),
    ("nisan", 4),
    ("mayis", 5),
    ("haziran", 6),
    ("temmuz", 7),
    ("agustos", 8),
    ("eylul", 9),
    ("ekim", 10),
    ("kasim", 11),
    ("aralik", 12),
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
];

/// A month's name as such ("may", "juni", "мая"): never a person's name in a question.
pub fn is_month_name(key: &str) -> bool {
    MONTH_STEMS.iter().any(|(stem, _)| *stem == key)
        || ["march", "mayis", "мае", "мая", "марта", "июня", "июля"].contains(&key)
}

fn month_of(key: &str) -> Option<u32> {
    MONTH_STEMS
        .iter()
        .filter(|(stem, _)| {
            key.starts_with(stem) && key.chars().count() <= stem.chars().count() + 4
        })
        .max_by_key(|(stem, _)| stem.len())
        .map(|&(_, m)| m)
}

/// A Turkish ending on the word itself: "mayısta" (during), "mayıstan" (from, with "beri").
fn turkish_suffix(key: &str) -> Option<Bound> {
    let stem = MONTH_STEMS
        .iter()
        .filter(|(s, _)| key.starts_with(s))
        .max_by_key(|(s, _)| s.len())?
        .0;
    match &key[stem.len()..] {
        "da" | "de" | "ta" | "te" | "nda" | "nde" => Some(Bound::During),
        _ => None,
    }
}

fn year_of(word: &Word) -> Option<i32> {
    let y: i32 = word.key.parse().ok().filter(|_| word.key.len() == 4)?;
    (1990..=2100).contains(&y).then_some(y)
}

const LAST_WORDS: &[&str] = &[
    "last",
    "past",
    "previous",
    "derniers",
    "dernieres",
    "последние",
    "последних",
    "letzten",
    "vergangenen",
    "son",
    "ultimos",
    "ultimas",
];
const DAY_UNITS: &[&str] = &[
    "day", "days", "jour", "jours", "день", "дня", "днеи", "tag", "tage", "tagen", "gun", "gunde",
    "gunun", "gunluk", "dias",
];
const WEEK_UNITS: &[&str] = &[
    "week",
    "weeks",
    "semaine",
    "semaines",
    "неделю",
    "недели",
    "недель",
    "woche",
    "wochen",
    "hafta",
    "haftada",
    "semanas",
];
const MONTH_UNITS: &[&str] = &[
    "month",
    "months",
    "mois",
    "месяц",
    "месяца",
    "месяцев",
    "monat",
    "monate",
    "monaten",
    "ay",
    "ayda",
    "meses",
];

/// The period the question names, and which words said it. Several expressions combine
/// ("from March until May"); an empty period when there is none.
pub fn find(words: &[Word], today: NaiveDate) -> (Period, Vec<bool>) {
    let mut used = vec![false; words.len()];
    let mut period = Period::default();
    let mut at = 0;
    while at < words.len() {
        if let Some((start, end, found)) = relative_at(words, at, today)
            .or_else(|| last_n_at(words, at, today))
            .or_else(|| dated_at(words, at, today))
        {
            if let Some(s) = found.since {
                period.since = Some(s);
            }
            if let Some(u) = found.until {
                period.until = Some(u);
            }
            for u in &mut used[start..end] {
                *u = true;
            }
            at = end.max(at + 1);
        } else {
            at += 1;
        }
    }
    (period, used)
}

/// A match: the words from `.0` to `.1` (exclusive) name the period.
type Found = (usize, usize, Period);

fn relative_at(words: &[Word], at: usize, today: NaiveDate) -> Option<Found> {
    let (len, rel) = RELATIVE
        .iter()
        .map(|(p, r)| (phrase(p), *r))
        .filter(|(p, _)| starts_with(words, at, p))
        .max_by_key(|(p, _)| p.len())
        .map(|(p, r)| (p.len(), r))?;
    Some((at, at + len, resolve_relative(rel, today)))
}

fn resolve_relative(rel: Relative, today: NaiveDate) -> Period {
    let monday = today - Days::new(u64::from(today.weekday().num_days_from_monday()));
    let first_of_month = today.with_day(1).unwrap_or(today);
    let first_of_year = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
    let day_before = |d: NaiveDate| d.pred_opt().unwrap_or(d);
    let (since, until) = match rel {
        Relative::Today => (today, Some(today)),
        Relative::Yesterday => (day_before(today), Some(day_before(today))),
        Relative::ThisWeek => (monday, None),
        Relative::LastWeek => (monday - Days::new(7), Some(day_before(monday))),
        Relative::ThisMonth => (first_of_month, None),
        Relative::LastMonth => (
            first_of_month - Months::new(1),
            Some(day_before(first_of_month)),
        ),
        Relative::ThisYear => (first_of_year, None),
        Relative::LastYear => (
            first_of_year - Months::new(12),
            Some(day_before(first_of_year)),
        ),
    };
    Period {
        since: Some(since),
        until,
    }
}

/// "in the last 10 days", "les 7 derniers jours", "за последние 2 недели", "son 3 ayda".
fn last_n_at(words: &[Word], at: usize, today: NaiveDate) -> Option<Found> {
    let is = |i: usize, list: &[&str]| words.get(i).is_some_and(|w| list.contains(&w.key.as_str()));
    let mut i = at;
    if is(i, LAST_WORDS) {
        i += 1;
    }
    let n: u32 = words.get(i).filter(|w| w.is_number())?.key.parse().ok()?;
    if !(1..=400).contains(&n) {
        return None;
    }
    let had_last = i > at;
    i += 1;
    let last_after = is(i, LAST_WORDS);
    if last_after {
        i += 1;
    }
    if !(had_last || last_after) {
        return None;
    }
    let since = if is(i, DAY_UNITS) {
        today - Days::new(u64::from(n))
    } else if is(i, WEEK_UNITS) {
        today - Days::new(7 * u64::from(n))
    } else if is(i, MONTH_UNITS) {
        today - Months::new(n)
    } else {
        return None;
    };
    Some((
        at,
        i + 1,
        Period {
            since: Some(since),
            until: None,
        },
    ))
}

/// Whether one of `list` ends just before `at`; returns its length.
fn phrase_before(words: &[Word], at: usize, list: &[&str]) -> Option<usize> {
    list.iter()
        .map(|p| phrase(p))
        .filter(|p| p.len() <= at && starts_with(words, at - p.len(), p))
        .map(|p| p.len())
        .max()
}

fn phrase_after(words: &[Word], at: usize, list: &[&str]) -> Option<usize> {
    list.iter()
        .map(|p| phrase(p))
        .filter(|p| starts_with(words, at, p))
        .map(|p| p.len())
        .max()
}

/// A month, a month and year, a year, or an ISO date, with the word that bounds it.
fn dated_at(words: &[Word], at: usize, today: NaiveDate) -> Option<Found> {
    let word = &words[at];
    // The thing named: (first day, last day, words it spans).
    let (first, last, span, suffix_bound) = if let Some(year) = year_of(word) {
        let is_num = |i: usize, max: u32| {
            words
                .get(i)
                .filter(|w| w.is_number() && w.key.len() <= 2)
                .and_then(|w| w.key.parse::<u32>().ok())
                .filter(|n| (1..=max).contains(n))
        };
        match (is_num(at + 1, 12), is_num(at + 2, 31)) {
            (Some(m), Some(d)) => {
                let date = NaiveDate::from_ymd_opt(year, m, d)?;
                (date, date, 3, None)
            }
            (Some(m), None) => {
                let (f, l) = month_range(year, m)?;
                (f, l, 2, None)
            }
            _ => (
                NaiveDate::from_ymd_opt(year, 1, 1)?,
                NaiveDate::from_ymd_opt(year, 12, 31)?,
                1,
                None,
            ),
        }
    } else if let Some((day, month, year, len)) = day_and_month(words, at, today) {
        let date = NaiveDate::from_ymd_opt(year, month, day)?;
        (date, date, len, None)
    } else if let Some(month) = month_of(&word.key) {
        let year_next = words.get(at + 1).and_then(year_of);
        let year = year_next.unwrap_or_else(|| {
            if month <= today.month() {
                today.year()
            } else {
                today.year() - 1
            }
        });
        let (f, l) = month_range(year, month)?;
        (
            f,
            l,
            if year_next.is_some() { 2 } else { 1 },
            turkish_suffix(&word.key),
        )
    } else {
        return None;
    };
    let mut after = at + span + phrase_after(words, at + span, YEAR_NOUNS).unwrap_or(0);
    // A Turkish case ending split off at an apostrophe: "2024'ten beri", "2024'te".
    let mut suffix_bound = suffix_bound;
    if let Some(case) = words.get(after).map(|w| w.key.as_str())
        && TURKISH_CASES.contains(&case)
    {
        after += 1;
        if matches!(case, "te" | "ta" | "de" | "da") {
            suffix_bound = Some(Bound::During);
        }
    }
    let marked_before = [
        (SINCE_BEFORE, Bound::Since),
        (UNTIL_BEFORE, Bound::Until),
        (BEFORE_BEFORE, Bound::Before),
        (DURING_BEFORE, Bound::During),
    ]
    .into_iter()
    .filter_map(|(list, bound)| phrase_before(words, at, list).map(|n| (n, bound)))
    .max_by_key(|(n, _)| *n);
    let marked_after = [
        (SINCE_AFTER, Bound::Since),
        (UNTIL_AFTER, Bound::Until),
        (DURING_AFTER, Bound::During),
    ]
    .into_iter()
    .find_map(|(list, bound)| phrase_after(words, after, list).map(|n| (n, bound)));
    let (start, end, bound) = match (marked_after, marked_before, suffix_bound) {
        (Some((n, bound)), before, _) => (at - before.map_or(0, |(b, _)| b), after + n, bound),
        (None, Some((n, bound)), _) => (at - n, after, bound),
        (None, None, Some(bound)) => (at, after, bound),
        // A bare year still names a period ("Erdoğan calls 2024"); a bare month does not.
        (None, None, None) if year_of(word).is_some() || first == last => {
            (at, after, Bound::During)
        }
        (None, None, None) => return None,
    };
    let period = match bound {
        Bound::During => Period {
            since: Some(first),
            until: Some(last),
        },
        Bound::Since => Period {
            since: Some(first),
            until: None,
        },
        Bound::Until => Period {
            since: None,
            until: Some(last),
        },
        Bound::Before => Period {
            since: None,
            until: first.pred_opt(),
        },
    };
    Some((start, end, period))
}

/// "1 May", "1er mai", "1. Mai", "1 мая", "1 Mayıs", "May 1", each with an optional year:
/// (day, month, year, words).
fn day_and_month(words: &[Word], at: usize, today: NaiveDate) -> Option<(u32, u32, i32, usize)> {
    let day_of = |w: &Word| {
        let digits: String = w.key.chars().take_while(char::is_ascii_digit).collect();
        let rest = &w.key[digits.len()..];
        let day: u32 = digits.parse().ok()?;
        ((1..=31).contains(&day) && matches!(rest, "" | "er" | "st" | "nd" | "rd" | "th"))
            .then_some(day)
    };
    let (day, month, len) = match (day_of(&words[at]), words.get(at + 1)) {
        (Some(day), Some(next)) => (day, month_of(&next.key)?, 2),
        _ => {
            let month = month_of(&words[at].key)?;
            (day_of(words.get(at + 1)?)?, month, 2)
        }
    };
    let year_next = words.get(at + len).and_then(year_of);
    let year = year_next.unwrap_or_else(|| {
        if (month, day) <= (today.month(), today.day()) {
            today.year()
        } else {
            today.year() - 1
        }
    });
    Some((day, month, year, len + usize::from(year_next.is_some())))
}

fn month_range(year: i32, month: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let last = (first + Months::new(1)).pred_opt()?;
    Some((first, last))
}

#[cfg(test)]
mod tests {
    use super::super::words::split;
    use super::*;

    fn day(s: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
    }

    fn read(text: &str) -> Period {
        // A Sunday.
        let today = day("2025-06-15").expect("date");
        find(&split(text), today).0
    }

    #[test]
    fn relative_periods_in_five_languages() {
        let last_week = Period {
            since: day("2025-06-02"),
            until: day("2025-06-08"),
        };
        for q in [
            "who called Aliyev last week",
            "qui a appelé Aliyev la semaine dernière",
            "кто звонил Алиеву на прошлой неделе",
            "wer hat letzte Woche Aliyev angerufen",
            "geçen hafta Aliyev'i kim aradı",
        ] {
            assert_eq!(read(q), last_week, "{q}");
        }
        assert_eq!(read("this month").since, day("2025-06-01"));
        assert_eq!(read("yesterday").until, day("2025-06-14"));
        assert_eq!(read("l'année dernière").since, day("2024-01-01"));
    }

    #[test]
    fn months_and_years_need_a_bounding_word() {
        assert_eq!(read("since May").since, day("2025-05-01"));
        assert_eq!(read("depuis mars").since, day("2025-03-01"));
        assert_eq!(read("с мая").since, day("2025-05-01"));
        assert_eq!(read("mayıstan beri").since, day("2025-05-01"));
        assert_eq!(read("seit März").since, day("2025-03-01"));
        let may = Period {
            since: day("2025-05-01"),
            until: day("2025-05-31"),
        };
        assert_eq!(read("в мае"), may);
        assert_eq!(read("mayısta"), may);
        assert_eq!(read("im Mai"), may);
        assert_eq!(read("in September").since, day("2024-09-01"));
        assert_eq!(read("in 2024").until, day("2024-12-31"));
        assert_eq!(read("с 2024 года").since, day("2024-01-01"));
        assert_eq!(read("с 2024 года").until, None);
        assert_eq!(read("2024'ten beri").until, None);
        assert_eq!(read("2024'te").until, day("2024-12-31"));
        assert_eq!(read("since 2025-03-10").since, day("2025-03-10"));
        assert_eq!(read("depuis le 1er mai").since, day("2025-05-01"));
        assert_eq!(read("since May 3").since, day("2025-05-03"));
        assert_eq!(read("с 3 мая").since, day("2025-05-03"));
        assert_eq!(read("с начала года").since, day("2025-01-01"));
        assert_eq!(read("Emmanuel Macron"), Period::default());
        assert_eq!(read("may I ask"), Period::default());
        assert_eq!(read("in the last 10 days").since, day("2025-06-05"));
        assert_eq!(read("за последние 2 недели").since, day("2025-06-01"));
    }
}
