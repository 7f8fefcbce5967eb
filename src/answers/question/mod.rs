//! Questions in plain words ("who did Erdoğan speak to this month?", "когда Путин последний
//! раз говорил с Алиевым?") read into the commands the slash commands use. Rules and tables
//! only: people through the gazetteer, periods through [`time`], the rest through [`cues`].
//!
//! What it cannot read it refuses, with the slash command that would answer; it never turns a
//! guess into an answer. Every answer starts with how the question was read, so a misreading
//! shows.

mod cues;
mod heading;
mod time;
mod words;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Answer, AnswerError, Command, Engine, TopicRequest, WhoCalledRequest};
use crate::concepts::Lexicon;
use crate::people::People;
pub use heading::heading;
pub use time::Period;
use words::Word;

/// What a question asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Intent {
    /// The calls one person took part in.
    CallsOf,
    /// The calls between two people.
    CallsBetween,
    /// When one person last spoke with another (or with anyone).
    LastCall,
    /// What two people discussed: topics and excerpts of their calls.
    Discussed,
    /// How many times two people (or one) spoke.
    Count,
    /// Who called whom first.
    FirstCall,
    /// The latest calls of anyone.
    Recent,
    /// Calls about a topic.
    CallsAbout,
    /// Statements about a topic.
    StatementsAbout,
}

impl Intent {
    pub fn name(self) -> &'static str {
        match self {
            Intent::CallsOf => "calls_of",
            Intent::CallsBetween => "calls_between",
            Intent::LastCall => "last_call",
            Intent::Discussed => "discussed",
            Intent::Count => "count",
            Intent::FirstCall => "first_call",
            Intent::Recent => "recent",
            Intent::CallsAbout => "calls_about",
            Intent::StatementsAbout => "statements_about",
        }
    }
}

/// A question read: the intent and its slots.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub intent: Intent,
    /// Canonical names from the gazetteer, in the order the question gives them.
    pub people: Vec<String>,
    pub period: Period,
    /// The words of the topic, as typed.
    pub topic: Option<String>,
    /// How many calls, when the question says ("the last 3 calls").
    pub count: Option<usize>,
}

/// A question the reader would not answer, with what to type instead.
#[derive(Debug, Clone, PartialEq)]
pub struct Refusal {
    /// Why, in one sentence.
    pub reason: String,
    /// The slash command that would answer.
    pub hint: String,
}

impl Refusal {
    fn new(reason: impl Into<String>, hint: impl Into<String>) -> Self {
        Self {
            reason: reason.into(),
            hint: hint.into(),
        }
    }

    /// "I did not understand …; try /who-called NAME."
    pub fn message(&self) -> String {
        format!("{} Try {} (or /help).", self.reason, self.hint)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    Understood(Question),
    NotUnderstood(Refusal),
}

/// "the last calls", "les derniers appels": without a person or topic, the latest calls.
const LATEST_WORDS: &[&str] = &[
    "last",
    "latest",
    "derniers",
    "dernieres",
    "letzten",
    "neuesten",
    "последние",
    "son",
];

const GENERIC_HINT: &str = "/who-called NAME [with:NAME] [since:DATE], /topic WORDS or /recent";

/// What the question's words said, apart from names and dates.
#[derive(Debug, Default)]
struct Cues {
    last: bool,
    discussed: bool,
    count: bool,
    first: bool,
    recent: bool,
    statements: bool,
    topic_marker: bool,
    joiner: bool,
}

/// Reads a question asked on `today`.
pub fn read(text: &str, people: &People, today: NaiveDate) -> Reading {
    let words = words::split(text);
    if words.is_empty() {
        return Reading::NotUnderstood(Refusal::new(
            "Please ask a question about calls or statements.",
            GENERIC_HINT,
        ));
    }
    let (period, mut used) = time::find(&words, today);
    let cues = mark_cues(&words, &mut used);
    let found = match find_people(&words, &mut used, people) {
        Ok(found) => found,
        Err(refusal) => return Reading::NotUnderstood(refusal),
    };
    let mut leftover: Vec<&Word> = words
        .iter()
        .zip(&used)
        .filter(|(w, u)| !**u && !is_filler(w))
        .map(|(w, _)| w)
        .collect();
    // "the last 5 calls": a small number alone is how many calls, not a topic.
    let mut count = None;
    if found.is_empty() && !leftover.is_empty() && leftover.iter().all(|w| w.is_number()) {
        count = leftover
            .iter()
            .find_map(|w| w.key.parse::<usize>().ok())
            .filter(|n| (1..=25).contains(n));
        leftover.clear();
    }
    match decide(&cues, found, period, &leftover, &words) {
        Ok(q) => Reading::Understood(Question { count, ..q }),
        Err(refusal) => Reading::NotUnderstood(refusal),
    }
}

fn is_filler(word: &Word) -> bool {
    cues::FILLER.contains(&word.key.as_str())
}

fn mark_cues(words: &[Word], used: &mut [bool]) -> Cues {
    let mut cues = Cues::default();
    let mut at = 0;
    while at < words.len() {
        if used[at] {
            at += 1;
            continue;
        }
        let lists: [(&[&str], &mut bool); 8] = [
            (cues::LAST, &mut cues.last),
            (cues::DISCUSSED, &mut cues.discussed),
            (cues::COUNT, &mut cues.count),
            (cues::FIRST, &mut cues.first),
            (cues::RECENT, &mut cues.recent),
            (cues::STATEMENTS, &mut cues.statements),
            (cues::TOPIC_MARKERS, &mut cues.topic_marker),
            (cues::JOINERS, &mut cues.joiner),
        ];
        let best = lists
            .into_iter()
            .filter_map(|(list, flag)| {
                cues::match_at(words, at, list)
                    .filter(|&n| used[at..at + n].iter().all(|u| !u))
                    .map(|n| (n, flag))
            })
            .max_by_key(|(n, _)| *n);
        match best {
            Some((n, flag)) => {
                *flag = true;
                for u in &mut used[at..at + n] {
                    *u = true;
                }
                at += n;
            }
            None => at += 1,
        }
    }
    cues
}

/// People named by up to three words in a row, longest first. A name the gazetteer gives to
/// several people is refused rather than guessed.
fn find_people(words: &[Word], used: &mut [bool], people: &People) -> Result<Vec<String>, Refusal> {
    let mut found: Vec<String> = Vec::new();
    let mut at = 0;
    while at < words.len() {
        let mut matched = 0;
        for n in (1..=3).rev() {
            if at + n > words.len() || used[at..at + n].iter().any(|u| *u) {
                continue;
            }
            let span = &words[at..at + n];
            if is_filler(&span[0]) || is_filler(&span[n - 1]) {
                continue;
            }
            if n == 1 && !could_be_name(&span[0]) {
                continue;
            }
            let text = span
                .iter()
                .map(|w| w.text.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if let Some(person) = people.lookup(&text) {
                if !found.contains(&person.name) {
                    found.push(person.name.clone());
                }
                matched = n;
                break;
            }
            if n == 1 && span[0].starts_upper() {
                let all = people.lookup_all(&text);
                if all.len() > 1 {
                    let names: Vec<&str> = all.iter().take(4).map(|p| p.name.as_str()).collect();
                    return Err(Refusal::new(
                        format!(
                            "\"{}\" may be several people ({}); please give the full name.",
                            span[0].text,
                            names.join(", ")
                        ),
                        format!("/who-called {}", names[0]),
                    ));
                }
            }
        }
        if matched > 0 {
            for u in &mut used[at..at + matched] {
                *u = true;
            }
            at += matched;
        } else {
            at += 1;
        }
    }
    Ok(found)
}

/// A single word worth looking up: not a number, long enough unless capitalised ("Xi"), and
/// not a country ("France" is not Carlos França; the extractor's country table says so).
fn could_be_name(word: &Word) -> bool {
    !word.is_number()
        && (word.key.chars().count() >= 3 || word.starts_upper())
        && !cues::NOT_NAMES.contains(&word.key.as_str())
        && !time::is_month_name(&word.key)
        && !is_country(word)
}

fn is_country(word: &Word) -> bool {
    use crate::extract::{countries::COUNTRY_SET, text::Text};
    let text = Text::new(None, &word.text);
    !text.tokens.is_empty() && !COUNTRY_SET.find_all(&text, 0..text.tokens.len()).is_empty()
}

fn decide(
    cues: &Cues,
    people: Vec<String>,
    period: Period,
    leftover: &[&Word],
    words: &[Word],
) -> Result<Question, Refusal> {
    let topic_text = (!leftover.is_empty()).then(|| {
        leftover
            .iter()
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    });
    let question = |intent, people: Vec<String>, topic: Option<String>| Question {
        intent,
        people,
        period,
        topic,
        count: None,
    };
    if people.len() > 2 {
        return Err(Refusal::new(
            format!(
                "I can look up the calls of one person, or of two together, not of {}.",
                people.len()
            ),
            format!("/who-called {} with:{}", people[0], people[1]),
        ));
    }
    // A topic: words that are neither names, dates nor question words, announced as one.
    if let Some(topic) = &topic_text
        && (cues.topic_marker || cues.statements || cues.discussed)
    {
        let intent = if cues.statements {
            Intent::StatementsAbout
        } else {
            Intent::CallsAbout
        };
        return Ok(question(intent, people, Some(topic.clone())));
    }
    if !people.is_empty() {
        // Words left over next to names are most likely a name we do not know ("Putin and
        // Bob"): answering for Putin alone would state a wrong answer.
        if let Some(unknown) = unknown_name(leftover, words) {
            let reason = if unknown.starts_with(char::is_uppercase) {
                format!("I do not know who \"{unknown}\" is (not in the people list).")
            } else {
                format!("I did not understand \"{unknown}\" in that question.")
            };
            return Err(Refusal::new(reason, format!("/who-called {}", people[0])));
        }
        let intent = if cues.last {
            Intent::LastCall
        } else if cues.count {
            Intent::Count
        } else if cues.first && people.len() == 2 {
            Intent::FirstCall
        } else if cues.discussed {
            Intent::Discussed
        } else if people.len() == 2 {
            Intent::CallsBetween
        } else {
            Intent::CallsOf
        };
        return Ok(question(intent, people, None));
    }
    if let Some(topic) = topic_text {
        let first = topic
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string();
        return Err(Refusal::new(
            format!("I did not understand the question (nobody I know is named in \"{topic}\")."),
            format!("/topic {first} or /who-called NAME"),
        ));
    }
    let asks_latest = words.iter().any(|w| LATEST_WORDS.contains(&w.key.as_str()));
    if cues.recent || cues.last || asks_latest {
        if period != Period::default() {
            return Err(Refusal::new(
                "I can list the latest calls, but not limited to a period without a person or a topic.",
                "/recent, or /who-called NAME since:DATE",
            ));
        }
        return Ok(question(Intent::Recent, people, None));
    }
    Err(Refusal::new(
        "I did not understand the question.",
        GENERIC_HINT,
    ))
}

/// A leftover word the reader does not know: capitalised past the first word (a name it does
/// not know, "Putin and Bob"), or any other ("how old is Putin?" is not about calls).
fn unknown_name<'a>(leftover: &[&'a Word], words: &[Word]) -> Option<&'a str> {
    let first = words.first();
    leftover
        .iter()
        .find(|w| w.starts_upper() && Some(**w) != first && !w.is_number())
        .or_else(|| {
            leftover
                .iter()
                .find(|w| w.key.chars().count() >= 2 && !w.is_number())
        })
        .map(|w| w.text.as_str())
}

/// A question answered: how it was read, the command run and the engine's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Answered {
    pub question: Question,
    pub command: Command,
    pub answer: Answer,
    /// How the question was read ("Calls between … since 1 May 2025:").
    pub heading: String,
}

/// Reads `text` and answers it through the engine, as the slash command would. A question it
/// cannot read is [`AnswerError::NotUnderstood`], with the hint.
pub fn answer(engine: &Engine, text: &str, today: NaiveDate) -> Result<Answered, AnswerError> {
    let max = engine.settings().search.max_query_chars;
    let len = text.chars().count();
    if len > max {
        return Err(AnswerError::QueryTooLong { len, max });
    }
    let question = match read(text, engine.people(), today) {
        Reading::Understood(q) => q,
        Reading::NotUnderstood(refusal) => {
            return Err(AnswerError::NotUnderstood(refusal.message()));
        }
    };
    let command = question.command_with(engine.lexicon());
    let answer = engine.run(&command)?;
    let heading = heading(&question, Some(&answer));
    Ok(Answered {
        question,
        command,
        answer,
        heading,
    })
}

impl Question {
    /// The command, knowing which words name topics: the calls of someone about a topic the
    /// lexicon knows are their calls tagged with it (`/who-called … topic:`), in any language;
    /// other words stay a search of the statements.
    pub fn command_with(&self, lexicon: &Lexicon) -> Command {
        match (&self.topic, self.people.first()) {
            (Some(topic), Some(person))
                if self.intent == Intent::CallsAbout && !lexicon.in_query(topic).is_empty() =>
            {
                Command::WhoCalled(WhoCalledRequest {
                    person: person.clone(),
                    with: self.people.get(1).cloned(),
                    topic: Some(topic.clone()),
                    since: self.period.since,
                    until: self.period.until,
                    page: 0,
                    limit: None,
                })
            }
            _ => self.command(),
        }
    }

    /// The command the slash commands would run for it.
    pub fn command(&self) -> Command {
        let since = self.period.since;
        let until = self.period.until;
        let who = |limit| {
            Command::WhoCalled(WhoCalledRequest {
                person: self.people.first().cloned().unwrap_or_default(),
                with: self.people.get(1).cloned(),
                topic: None,
                since,
                until,
                page: 0,
                limit,
            })
        };
        match self.intent {
            Intent::CallsOf
            | Intent::CallsBetween
            | Intent::Discussed
            | Intent::Count
            | Intent::FirstCall => who(None),
            Intent::LastCall => who(Some(1)),
            Intent::Recent => Command::Recent {
                count: self.count.unwrap_or(5),
            },
            Intent::CallsAbout | Intent::StatementsAbout => {
                let mut query: Vec<String> = self.people.clone();
                query.extend(self.topic.clone());
                Command::Topic(TopicRequest {
                    query: query.join(" "),
                    since,
                    until,
                    ..Default::default()
                })
            }
        }
    }
}

#[cfg(test)]
mod tests;
