//! The first line of an answer to a question: how the question was read ("Calls between
//! Vladimir Putin and Ilham Aliyev since 1 May 2025:"), and for "when", "how many" and "who
//! first" the figure read off the answer.

use chrono::NaiveDate;

use super::{Intent, Period, Question};
use crate::answers::{Answer, CallHit};

fn day(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// " since 1 May 2025", " from 2 June 2025 to 8 June 2025", or "".
pub fn period_words(p: &Period) -> String {
    match (p.since, p.until) {
        (None, None) => String::new(),
        (Some(s), None) => format!(" since {}", day(s)),
        (None, Some(u)) => format!(" until {}", day(u)),
        (Some(s), Some(u)) if s == u => format!(" on {}", day(s)),
        (Some(s), Some(u)) => format!(" from {} to {}", day(s), day(u)),
    }
}

fn pair(q: &Question) -> String {
    match q.people.as_slice() {
        [a, b, ..] => format!("{a} and {b}"),
        [a] => a.clone(),
        [] => "anyone".to_string(),
    }
}

fn calls_of(answer: Option<&Answer>) -> Option<(usize, &[CallHit])> {
    match answer {
        Some(Answer::WhoCalled(a)) => Some((a.total, &a.calls)),
        _ => None,
    }
}

/// How the question was read, with the figure it asks for when the answer holds it.
pub fn heading(q: &Question, answer: Option<&Answer>) -> String {
    let period = period_words(&q.period);
    let topic = q.topic.as_deref().unwrap_or("");
    let found = calls_of(answer);
    match q.intent {
        Intent::CallsOf => format!("Calls of {}{period}:", pair(q)),
        Intent::CallsBetween => format!("Calls between {}{period}:", pair(q)),
        Intent::LastCall => {
            let asked = match q.people.as_slice() {
                [a, b, ..] => format!("When {a} last spoke with {b}{period}"),
                _ => format!("The latest call of {}{period}", pair(q)),
            };
            match found.and_then(|(_, calls)| calls.first()) {
                Some(CallHit { date: Some(d), .. }) => format!("{asked}: {}.", day(*d)),
                Some(_) => format!("{asked} (the statement gives no date):"),
                None => format!("{asked}:"),
            }
        }
        Intent::Discussed => {
            let mut topics: Vec<&str> = Vec::new();
            for call in found.map(|(_, c)| c).unwrap_or_default() {
                for t in &call.topics {
                    if !topics.contains(&t.as_str()) {
                        topics.push(t);
                    }
                }
            }
            let listed = if topics.is_empty() {
                String::new()
            } else {
                format!(" {}.", topics.join(", "))
            };
            format!(
                "What {} discussed{period} (topics and excerpts of their calls):{listed}",
                pair(q)
            )
        }
        Intent::Count => match found {
            Some((total, _)) => format!(
                "How many times {} spoke{period}: {total} call{} found.",
                pair(q),
                if total == 1 { "" } else { "s" }
            ),
            None => format!("How many times {} spoke{period}:", pair(q)),
        },
        Intent::FirstCall => {
            let asked = format!("Who called whom first, {}{period}", pair(q));
            match found {
                Some((total, calls)) if !calls.is_empty() && total <= calls.len() => {
                    let oldest = calls
                        .iter()
                        .filter(|c| c.date.is_some())
                        .min_by_key(|c| c.date)
                        .or(calls.last());
                    match oldest {
                        Some(c) => format!(
                            "{asked}: the earliest call found{} — {}.",
                            c.date
                                .map(|d| format!(", on {}", day(d)))
                                .unwrap_or_default(),
                            match (&c.caller, &c.recipient) {
                                (Some(a), Some(b)) => format!("{a} called {b}"),
                                (Some(a), None) => format!("{a} placed the call"),
                                _ => "the statement does not say who called".to_string(),
                            }
                        ),
                        None => format!("{asked}:"),
                    }
                }
                Some((total, _)) if total > 0 => format!(
                    "{asked}: the earliest of the {total} calls is on the last page; \
                     newest first:"
                ),
                _ => format!("{asked}:"),
            }
        }
        Intent::Recent => "The latest calls:".to_string(),
        Intent::CallsAbout => {
            let with = if q.people.is_empty() {
                String::new()
            } else {
                format!(" involving {}", pair(q))
            };
            format!("Calls about \"{topic}\"{with}{period}:")
        }
        Intent::StatementsAbout => {
            let with = if q.people.is_empty() {
                String::new()
            } else {
                format!(" mentioning {}", pair(q))
            };
            format!("Statements about \"{topic}\"{with}{period}:")
        }
    }
}
