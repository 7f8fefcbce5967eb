//! Call-extraction evaluation on a `labels.jsonl` file (schema of the dev corpus: one object per
//! statement file with `file`, `language`, `is_call`, `calls[{participants, caller, recipient,
//! date}]`; paths are relative to the labels file's folder).
//!
//! Measures, overall and per language:
//! - detection: does the statement report a call at all (precision/recall/F1 over statements);
//! - calls: predicted calls matched to labelled ones by equal participant sets (P/R/F1);
//! - participants: the people of all calls of a statement (P/R/F1 summed over statements);
//! - direction: among labelled calls that state a caller, the share predicted exactly; and how
//!   many calls got a direction the label does not state (invented);
//! - dates: among labelled calls, the share whose predicted date is exactly right (null = null).
//!
//! Names are compared by [`name_key`], so spelling variants of one canonical name agree.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::extract::Extractor;
use crate::model::{Call, Statement};
use crate::people::normalize::name_key;

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}: not a valid label: {message}")]
    Label {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{path}: {message}")]
    Statement { path: PathBuf, message: String },
}

#[derive(Debug, Deserialize)]
struct Label {
    file: String,
    #[serde(default)]
    language: String,
    /// The publication day as a feed gives it; used when the page itself carries none.
    #[serde(default)]
    published: Option<String>,
    /// `dev` or `heldback` in a real-text set (see `real/README.md`).
    #[serde(default)]
    part: Option<String>,
    is_call: bool,
    #[serde(default)]
    calls: Vec<LabelCall>,
}

#[derive(Debug, Clone, Deserialize)]
struct LabelCall {
    participants: Vec<String>,
    #[serde(default)]
    caller: Option<String>,
    #[serde(default)]
    recipient: Option<String>,
    #[serde(default)]
    date: Option<NaiveDate>,
}

/// Precision, recall and F1 from counts.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn add(&mut self, tp: usize, fp: usize, fn_: usize) {
        self.tp += tp;
        self.fp += fp;
        self.fn_ += fn_;
        self.finish();
    }

    fn finish(&mut self) {
        let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
        self.precision = ratio(self.tp, self.tp + self.fp);
        self.recall = ratio(self.tp, self.tp + self.fn_);
        self.f1 = if self.precision + self.recall == 0.0 {
            0.0
        } else {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        };
    }
}

/// A share of right answers.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Share {
    pub right: usize,
    pub total: usize,
    pub rate: f64,
}

impl Share {
    fn add(&mut self, right: bool) {
        self.total += 1;
        self.right += usize::from(right);
        self.rate = self.right as f64 / self.total as f64;
    }

    /// 1.0 when nothing was measured (no labelled item can be wrong).
    pub fn rate_or_one(&self) -> f64 {
        if self.total == 0 { 1.0 } else { self.rate }
    }
}

/// Scores for a group of statements (all, or one language).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Scores {
    pub statements: usize,
    pub detection: Prf,
    pub calls: Prf,
    pub participants: Prf,
    pub direction: Share,
    pub invented_directions: usize,
    pub dates: Share,
}

/// One statement's outcome, for finding what went wrong.
#[derive(Debug, Clone, Serialize)]
pub struct StatementResult {
    pub file: String,
    pub language: String,
    pub problems: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CallEval {
    pub labels: String,
    /// Labelled pages of a real-text folder that are not materialised on this machine.
    pub missing: usize,
    pub overall: Scores,
    pub by_language: BTreeMap<String, Scores>,
    pub statements: Vec<StatementResult>,
}

/// Minimum scores, for CI and tests. The defaults are the product targets.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Floors {
    pub detection_f1: f64,
    pub participant_f1: f64,
    pub direction_accuracy: f64,
    pub max_invented_directions: usize,
    pub date_accuracy: f64,
}

impl Default for Floors {
    fn default() -> Self {
        Self {
            detection_f1: 0.97,
            participant_f1: 0.95,
            direction_accuracy: 0.9,
            max_invented_directions: 0,
            date_accuracy: 0.9,
        }
    }
}

/// Evaluates `extractor` on the statements listed in `labels_path`, reading each with
/// [`crate::sources::parse_bytes`] (files over `max_bytes` are errors).
pub fn evaluate(
    labels_path: &Path,
    extractor: &Extractor,
    max_bytes: u64,
    part: Option<&str>,
) -> Result<CallEval, EvalError> {
    evaluate_with(labels_path, extractor, part, |path| {
        let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        crate::sources::parse_bytes(name, &bytes, max_bytes).map_err(|e| e.to_string())
    })
}

/// The label files to read: the file itself, or for a real-text set folder every
/// `labels/*.jsonl` in it (page paths are then relative to the folder), in name order.
fn label_files(labels_path: &Path) -> Result<(PathBuf, Vec<PathBuf>), EvalError> {
    if !labels_path.is_dir() {
        let base = labels_path.parent().unwrap_or(Path::new(".")).to_path_buf();
        return Ok((base, vec![labels_path.to_path_buf()]));
    }
    let dir = labels_path.join("labels");
    let entries = std::fs::read_dir(&dir).map_err(|source| EvalError::Io {
        path: dir.clone(),
        source,
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    Ok((labels_path.to_path_buf(), files))
}

/// Like [`evaluate`] with another statement reader (`read(path)` gives the file's statements).
/// `labels_path` is a labels file, or a folder holding `labels/*.jsonl` and the pages they
/// name; in a folder, pages not materialised yet are counted in `missing`, not errors.
/// `part` keeps only the labels of that part (`dev`, `heldback`).
pub fn evaluate_with(
    labels_path: &Path,
    extractor: &Extractor,
    part: Option<&str>,
    read: impl Fn(&Path) -> Result<Vec<Statement>, String>,
) -> Result<CallEval, EvalError> {
    let folder = labels_path.is_dir();
    let (base, files) = label_files(labels_path)?;
    let base = base.as_path();
    let mut overall = Scores::default();
    let mut by_language: BTreeMap<String, Scores> = BTreeMap::new();
    let mut statements = Vec::new();
    let mut missing = 0;
    for labels_path in &files {
        let labels_path = labels_path.as_path();
        let text = std::fs::read_to_string(labels_path).map_err(|source| EvalError::Io {
            path: labels_path.to_path_buf(),
            source,
        })?;
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let label: Label = serde_json::from_str(line).map_err(|e| EvalError::Label {
                path: labels_path.to_path_buf(),
                line: n + 1,
                message: e.to_string(),
            })?;
            // `file.jsonl#2` names the second statement of a file that holds several.
            let (file, nth) = match label.file.rsplit_once('#') {
                Some((f, n)) if n.parse::<usize>().is_ok_and(|n| n >= 1) => {
                    (f, n.parse::<usize>().unwrap_or(1))
                }
                _ => (label.file.as_str(), 1),
            };
            if part.is_some_and(|p| label.part.as_deref() != Some(p)) {
                continue;
            }
            let path = base.join(file);
            if folder && !path.exists() {
                missing += 1;
                continue;
            }
            let read_statements = read(&path).map_err(|message| EvalError::Statement {
                path: path.clone(),
                message,
            })?;
            let Some(mut statement) = read_statements.into_iter().nth(nth - 1) else {
                return Err(EvalError::Statement {
                    path,
                    message: format!("no statement number {nth} in file"),
                });
            };
            if statement.path.is_none() {
                statement.path = Some(label.file.clone());
            }
            if statement.published.is_none() {
                statement.published = label
                    .published
                    .as_deref()
                    .and_then(crate::sources::parse_declared);
            }
            let predicted = extractor.extract(&statement);
            let language = if label.language.is_empty() {
                statement.language.clone()
            } else {
                label.language.clone()
            };
            let mut problems = Vec::new();
            let lang_scores = by_language.entry(language.clone()).or_default();
            for scores in [&mut overall, lang_scores] {
                problems.clear();
                score_statement(&label, &predicted, scores, &mut problems);
            }
            statements.push(StatementResult {
                file: label.file,
                language,
                problems,
            });
        }
    }
    Ok(CallEval {
        labels: labels_path.display().to_string(),
        missing,
        overall,
        by_language,
        statements,
    })
}

/// A person's key for comparison: labels name monarchs as Wikipedia titles them ("Mohammed VI
/// of Morocco", "Felipe VI"), the gazetteer with their style ("King Mohammed VI"); both are the
/// same person. Only the style and the "of <country>" of a regnal name are dropped.
fn person_key(name: &str) -> String {
    let name = name.trim();
    let name = ["King ", "Queen ", "Emir "]
        .iter()
        .find_map(|style| name.strip_prefix(style))
        .unwrap_or(name);
    let regnal = name
        .split_once(" of ")
        .filter(|(head, _)| head.split(' ').any(is_regnal_number));
    name_key(regnal.map_or(name, |(head, _)| head))
}

/// "VI", "II", "XVI": a regnal number.
fn is_regnal_number(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

fn key_set(names: &[String]) -> Vec<String> {
    let mut keys: Vec<String> = names.iter().map(|n| person_key(n)).collect();
    keys.sort();
    keys.dedup();
    keys
}

fn same_name(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => person_key(a) == person_key(b),
        (None, None) => true,
        _ => false,
    }
}

fn score_statement(
    label: &Label,
    predicted: &[Call],
    scores: &mut Scores,
    problems: &mut Vec<String>,
) {
    scores.statements += 1;
    let got_call = !predicted.is_empty();
    match (label.is_call, got_call) {
        (true, true) => scores.detection.add(1, 0, 0),
        (false, true) => {
            scores.detection.add(0, 1, 0);
            problems.push(format!("false call: {}", describe(predicted)));
        }
        (true, false) => {
            scores.detection.add(0, 0, 1);
            problems.push("missed: no call found".into());
        }
        (false, false) => scores.detection.add(0, 0, 0),
    }

    // Participants over the whole statement.
    let want: Vec<String> = key_set(
        &label
            .calls
            .iter()
            .flat_map(|c| c.participants.clone())
            .collect::<Vec<_>>(),
    );
    let got: Vec<String> = key_set(
        &predicted
            .iter()
            .flat_map(|c| c.participants.clone())
            .collect::<Vec<_>>(),
    );
    let common = got.iter().filter(|k| want.contains(k)).count();
    scores
        .participants
        .add(common, got.len() - common, want.len() - common);
    if common != want.len() || common != got.len() {
        problems.push(format!("participants: want {want:?}, got {got:?}"));
    }

    // Pair labelled and predicted calls by participant overlap (exact sets first).
    let want_sets: Vec<Vec<String>> = label
        .calls
        .iter()
        .map(|c| key_set(&c.participants))
        .collect();
    let got_sets: Vec<Vec<String>> = predicted.iter().map(|c| key_set(&c.participants)).collect();
    let mut used = vec![false; predicted.len()];
    let mut exact = 0usize;
    for (wi, wanted) in label.calls.iter().enumerate() {
        let paired = score_pair(
            wi, wanted, predicted, &want_sets, &got_sets, &mut used, scores, problems,
        );
        if paired == Some(true) {
            exact += 1;
        }
        if paired.is_none() {
            // A labelled call nobody predicted still counts against direction and dates.
            if wanted.caller.is_some() {
                scores.direction.add(false);
            }
            scores.dates.add(false);
        }
    }
    scores
        .calls
        .add(exact, predicted.len() - exact, label.calls.len() - exact);
    if exact != label.calls.len() || exact != predicted.len() {
        problems.push(format!(
            "calls: want {}, got {} ({} exact)",
            label.calls.len(),
            describe(predicted),
            exact
        ));
    }
}

/// Pairs labelled call `wi` with the unused predicted call sharing most participants and
/// scores direction and date. `Some(exact)` when paired, `None` when nothing overlaps.
#[allow(clippy::too_many_arguments)]
fn score_pair(
    wi: usize,
    wanted: &LabelCall,
    predicted: &[Call],
    want_sets: &[Vec<String>],
    got_sets: &[Vec<String>],
    used: &mut [bool],
    scores: &mut Scores,
    problems: &mut Vec<String>,
) -> Option<bool> {
    let overlap = |gi: usize| {
        got_sets[gi]
            .iter()
            .filter(|k| want_sets[wi].contains(k))
            .count()
    };
    let best = (0..predicted.len())
        .filter(|&gi| !used[gi] && overlap(gi) > 0)
        .max_by_key(|&gi| {
            let is_exact = got_sets[gi] == want_sets[wi];
            // Two calls of one pair (today's and an earlier one) pair by their dates.
            let same_day = predicted[gi].date == wanted.date;
            (is_exact, overlap(gi), same_day)
        });
    let gi = best?;
    used[gi] = true;
    let got = &predicted[gi];
    let exact = got_sets[gi] == want_sets[wi];
    if wanted.caller.is_some() {
        let right =
            same_name(&wanted.caller, &got.caller) && same_name(&wanted.recipient, &got.recipient);
        scores.direction.add(right);
        if !right {
            problems.push(format!(
                "direction: want {:?} -> {:?}, got {:?} -> {:?}",
                wanted.caller, wanted.recipient, got.caller, got.recipient
            ));
        }
    } else if got.caller.is_some() || got.recipient.is_some() {
        scores.invented_directions += 1;
        problems.push(format!(
            "invented direction: {:?} -> {:?}",
            got.caller, got.recipient
        ));
    }
    let date_right = wanted.date == got.date;
    scores.dates.add(date_right);
    if !date_right {
        problems.push(format!("date: want {:?}, got {:?}", wanted.date, got.date));
    }
    Some(exact)
}

fn describe(calls: &[Call]) -> String {
    let parts: Vec<String> = calls
        .iter()
        .map(|c| format!("[{}]", c.participants.join(", ")))
        .collect();
    format!("{} call(s) {}", calls.len(), parts.join(" "))
}

impl CallEval {
    /// A human-readable report: overall scores, a per-language table, then the problems.
    pub fn render_table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "Call extraction on {}", self.labels);
        let _ = writeln!(
            out,
            "{:<8} {:>5} {:>7} {:>7} {:>7} {:>7} {:>7} {:>9} {:>7}",
            "lang", "files", "detect", "calls", "people", "p-prec", "p-rec", "direction", "dates"
        );
        let row = |out: &mut String, name: &str, s: &Scores| {
            let _ = writeln!(
                out,
                "{:<8} {:>5} {:>7.3} {:>7.3} {:>7.3} {:>7.3} {:>7.3} {:>5}/{:<3} {:>7.3}",
                name,
                s.statements,
                s.detection.f1,
                s.calls.f1,
                s.participants.f1,
                s.participants.precision,
                s.participants.recall,
                s.direction.right,
                s.direction.total,
                s.dates.rate_or_one()
            );
        };
        for (lang, s) in &self.by_language {
            row(&mut out, lang, s);
        }
        row(&mut out, "all", &self.overall);
        let _ = writeln!(
            out,
            "detection P/R {:.3}/{:.3}; calls P/R {:.3}/{:.3}; direction accuracy {:.3}; invented directions {}",
            self.overall.detection.precision,
            self.overall.detection.recall,
            self.overall.calls.precision,
            self.overall.calls.recall,
            self.overall.direction.rate_or_one(),
            self.overall.invented_directions
        );
        for s in self.statements.iter().filter(|s| !s.problems.is_empty()) {
            let _ = writeln!(
                out,
                "- {} ({}): {}",
                s.file,
                s.language,
                s.problems.join("; ")
            );
        }
        out
    }

    /// `Err` lists every floor the overall scores fall below.
    pub fn check_floors(&self, floors: &Floors) -> Result<(), Vec<String>> {
        let s = &self.overall;
        let mut failures = Vec::new();
        let mut check = |name: &str, got: f64, floor: f64| {
            if got < floor {
                failures.push(format!("{name} {got:.3} is below the floor {floor:.3}"));
            }
        };
        check("detection F1", s.detection.f1, floors.detection_f1);
        check("participant F1", s.participants.f1, floors.participant_f1);
        check(
            "direction accuracy",
            s.direction.rate_or_one(),
            floors.direction_accuracy,
        );
        check("date accuracy", s.dates.rate_or_one(), floors.date_accuracy);
        if s.invented_directions > floors.max_invented_directions {
            failures.push(format!(
                "{} invented directions, more than the allowed {}",
                s.invented_directions, floors.max_invented_directions
            ));
        }
        if failures.is_empty() {
            Ok(())
        } else {
            Err(failures)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::person_key;

    #[test]
    fn a_monarch_is_one_person_with_or_without_style_and_country() {
        let styled = person_key("King Mohammed VI");
        assert_eq!(person_key("Mohammed VI of Morocco"), styled);
        assert_eq!(person_key("Mohammed VI"), styled);
        assert_eq!(person_key("Felipe VI"), person_key("King Felipe VI"));
        // Not a regnal name: "of" stays part of it, and a given name is not a style.
        assert_ne!(person_key("Salman of Saudi Arabia"), person_key("Salman"));
        assert_ne!(person_key("Sheikh Hasina"), person_key("Hasina"));
    }
}
