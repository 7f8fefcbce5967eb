//! The question reader scored against labelled questions (`tests/fixtures/questions.jsonl`):
//! intent accuracy over all questions (refusals included), slot accuracy (people, period,
//! topic all right) over the questions that should be answered, and the rate of wrong answers
//! stated as fact (a question answered with a wrong intent or slot, or answered when it should
//! have been refused).
//!
//! One JSON object per line: `{"q", "lang", "intent", "people", "since", "until", "topic",
//! "today"}`; `intent` is an [`Intent`] name or `"refuse"`; absent slots are expected empty;
//! `today` (YYYY-MM-DD) defaults to the evaluation's.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::answers::question::{self, Question, Reading};
use crate::people::People;

pub const REFUSE: &str = "refuse";

#[derive(Debug, thiserror::Error)]
pub enum EvalQuestionsError {
    #[error("cannot read {path}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} line {line}: {source}")]
    Parse {
        path: String,
        line: usize,
        source: serde_json::Error,
    },
}

#[derive(Debug, Clone, Deserialize)]
pub struct Labelled {
    pub q: String,
    #[serde(default)]
    pub lang: String,
    pub intent: String,
    #[serde(default)]
    pub people: Vec<String>,
    #[serde(default)]
    pub since: Option<NaiveDate>,
    #[serde(default)]
    pub until: Option<NaiveDate>,
    #[serde(default)]
    pub topic: Option<String>,
    #[serde(default)]
    pub today: Option<NaiveDate>,
}

/// One question that was not read as labelled.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    pub q: String,
    pub expected: String,
    pub got: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct LanguageScore {
    pub questions: usize,
    pub intents_right: usize,
    pub answerable: usize,
    pub slots_right: usize,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct QuestionEval {
    pub questions: usize,
    pub intent_accuracy: f64,
    pub slot_accuracy: f64,
    /// Share of all questions answered wrongly (wrong intent or slots, or not refused).
    pub wrong_answer_rate: f64,
    pub by_language: BTreeMap<String, LanguageScore>,
    pub misses: Vec<Miss>,
}

fn describe_reading(reading: &Reading) -> String {
    match reading {
        Reading::NotUnderstood(r) => format!("refuse ({})", r.reason),
        Reading::Understood(q) => describe(
            q.intent.name(),
            &q.people,
            q.period.since,
            q.period.until,
            q.topic.as_deref(),
        ),
    }
}

fn describe(
    intent: &str,
    people: &[String],
    since: Option<NaiveDate>,
    until: Option<NaiveDate>,
    topic: Option<&str>,
) -> String {
    let date = |d: Option<NaiveDate>| d.map_or("-".to_string(), |d| d.to_string());
    format!(
        "{intent} people={people:?} since={} until={} topic={}",
        date(since),
        date(until),
        topic.unwrap_or("-")
    )
}

fn fold_topic(t: Option<&str>) -> String {
    t.unwrap_or("")
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn slots_match(label: &Labelled, q: &Question) -> bool {
    let mut want = label.people.clone();
    let mut got = q.people.clone();
    want.sort();
    got.sort();
    want == got
        && label.since == q.period.since
        && label.until == q.period.until
        && fold_topic(label.topic.as_deref()) == fold_topic(q.topic.as_deref())
}

/// Scores every labelled question of `path`, read as if asked on `today` (unless a line says).
pub fn evaluate(
    people: &People,
    path: &Path,
    today: NaiveDate,
) -> Result<QuestionEval, EvalQuestionsError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalQuestionsError::Io {
        path: path.display().to_string(),
        source,
    })?;
    let mut labels = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let label: Labelled =
            serde_json::from_str(line).map_err(|source| EvalQuestionsError::Parse {
                path: path.display().to_string(),
                line: i + 1,
                source,
            })?;
        labels.push(label);
    }
    Ok(score(people, &labels, today))
}

pub fn score(people: &People, labels: &[Labelled], today: NaiveDate) -> QuestionEval {
    let mut eval = QuestionEval {
        questions: labels.len(),
        ..Default::default()
    };
    let (mut intents_right, mut answerable, mut slots_right, mut wrong) = (0, 0, 0, 0);
    for label in labels {
        let reading = question::read(&label.q, people, label.today.unwrap_or(today));
        let lang = eval.by_language.entry(label.lang.clone()).or_default();
        lang.questions += 1;
        let should_refuse = label.intent == REFUSE;
        let (intent_ok, slots_ok) = match &reading {
            Reading::NotUnderstood(_) => (should_refuse, false),
            Reading::Understood(q) => {
                let intent_ok = q.intent.name() == label.intent;
                (intent_ok, intent_ok && slots_match(label, q))
            }
        };
        if !should_refuse {
            answerable += 1;
            lang.answerable += 1;
        }
        if intent_ok {
            intents_right += 1;
            lang.intents_right += 1;
        }
        if slots_ok {
            slots_right += 1;
            lang.slots_right += 1;
        }
        let answered = matches!(reading, Reading::Understood(_));
        if answered && !slots_ok {
            wrong += 1;
        }
        if !intent_ok || !(should_refuse || slots_ok) {
            eval.misses.push(Miss {
                q: label.q.clone(),
                expected: if should_refuse {
                    REFUSE.to_string()
                } else {
                    describe(
                        &label.intent,
                        &label.people,
                        label.since,
                        label.until,
                        label.topic.as_deref(),
                    )
                },
                got: describe_reading(&reading),
            });
        }
    }
    let ratio = |n: usize, d: usize| if d == 0 { 1.0 } else { n as f64 / d as f64 };
    eval.intent_accuracy = ratio(intents_right, labels.len());
    eval.slot_accuracy = ratio(slots_right, answerable);
    eval.wrong_answer_rate = 1.0 - ratio(labels.len() - wrong, labels.len());
    eval
}

impl QuestionEval {
    pub fn render_table(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} questions: intent accuracy {:.3}, slot accuracy {:.3}, wrong answers {:.3}",
            self.questions, self.intent_accuracy, self.slot_accuracy, self.wrong_answer_rate
        );
        let _ = writeln!(out, "\nlang  questions  intent  slots");
        for (lang, s) in &self.by_language {
            let ratio = |n: usize, d: usize| if d == 0 { 1.0 } else { n as f64 / d as f64 };
            let _ = writeln!(
                out,
                "{lang:<5} {:>9}  {:>6.3}  {:>5.3}",
                s.questions,
                ratio(s.intents_right, s.questions),
                ratio(s.slots_right, s.answerable)
            );
        }
        if !self.misses.is_empty() {
            let _ = writeln!(out, "\nmisread:");
            for m in &self.misses {
                let _ = writeln!(
                    out,
                    "- {}\n    expected {}\n    got      {}",
                    m.q, m.expected, m.got
                );
            }
        }
        out
    }
}
