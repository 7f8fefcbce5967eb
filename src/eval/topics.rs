//! Topic-search evaluation: recall@5 over queries in the schema of `corpus-dev/queries.jsonl`
//! (`{"query", "relevant": [paths], "acceptable": [paths], "note"}`, paths relative to the file).

use std::collections::HashSet;
use std::fmt::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::answers::{AnswerError, Engine, TopicRequest};

#[derive(Debug, thiserror::Error)]
pub enum EvalTopicsError {
    #[error("cannot read {path}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} line {line} is not a query line")]
    Parse {
        path: String,
        line: usize,
        source: serde_json::Error,
    },
    #[error("{path} is not a mapping of label topics to concept ids: {message}")]
    Mapping { path: String, message: String },
    #[error(transparent)]
    Answer(#[from] AnswerError),
    #[error(transparent)]
    Index(#[from] crate::index::IndexError),
}

#[derive(Debug, Deserialize)]
struct QueryLine {
    query: String,
    relevant: Vec<String>,
    #[serde(default)]
    acceptable: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct QueryScore {
    pub query: String,
    pub recall_at_5: f64,
    /// Share of the top 5 that is relevant or acceptable.
    pub precision_at_5: f64,
    pub found: usize,
    pub relevant: usize,
    pub missed: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct TopicEval {
    pub queries: Vec<QueryScore>,
    pub mean_recall_at_5: f64,
    pub mean_precision_at_5: f64,
}

impl TopicEval {
    pub fn render_table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<34} {:>9} {:>7}  missed",
            "query", "recall@5", "prec@5"
        );
        for q in &self.queries {
            let name: String = q.query.chars().take(34).collect();
            let _ = writeln!(
                out,
                "{:<34} {:>9.2} {:>7.2}  {}",
                name,
                q.recall_at_5,
                q.precision_at_5,
                q.missed.join(" ")
            );
        }
        let _ = write!(
            out,
            "mean recall@5 {:.3}, mean precision@5 {:.3} over {} queries",
            self.mean_recall_at_5,
            self.mean_precision_at_5,
            self.queries.len()
        );
        out
    }
}

/// Runs every query against the engine's index (which should hold the statements the queries
/// name, ingested by path).
pub fn evaluate(engine: &Engine, queries_path: &Path) -> Result<TopicEval, EvalTopicsError> {
    let display = queries_path.display().to_string();
    let text = std::fs::read_to_string(queries_path).map_err(|source| EvalTopicsError::Io {
        path: display.clone(),
        source,
    })?;
    let base = queries_path.parent().unwrap_or(Path::new("."));
    let mut scores = Vec::new();
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let q: QueryLine = serde_json::from_str(line).map_err(|source| EvalTopicsError::Parse {
            path: display.clone(),
            line: i + 1,
            source,
        })?;
        let request = TopicRequest {
            query: q.query.clone(),
            limit: Some(5),
            ..Default::default()
        };
        let answer = engine.topic(&request)?;
        let found: Vec<PathBuf> = answer
            .hits
            .iter()
            .map(|h| {
                canonical(Path::new(
                    h.source.path.as_deref().unwrap_or(&h.source.source),
                ))
            })
            .collect();
        let found_names: HashSet<&PathBuf> = found.iter().collect();
        let relevant: Vec<PathBuf> = q
            .relevant
            .iter()
            .map(|r| canonical(&base.join(r)))
            .collect();
        let acceptable: HashSet<PathBuf> = q
            .acceptable
            .iter()
            .map(|r| canonical(&base.join(r)))
            .collect();
        let hit_count = relevant.iter().filter(|r| found_names.contains(r)).count();
        let denominator = relevant.len().clamp(1, 5);
        let good = found
            .iter()
            .filter(|f| relevant.contains(f) || acceptable.contains(*f))
            .count();
        scores.push(QueryScore {
            query: q.query,
            recall_at_5: (hit_count as f64 / denominator as f64).min(1.0),
            precision_at_5: if found.is_empty() {
                0.0
            } else {
                good as f64 / found.len() as f64
            },
            found: found.len(),
            relevant: relevant.len(),
            missed: q
                .relevant
                .iter()
                .zip(&relevant)
                .filter(|(_, r)| !found_names.contains(r))
                .map(|(n, _)| n.clone())
                .collect(),
        });
    }
    let n = scores.len().max(1) as f64;
    Ok(TopicEval {
        mean_recall_at_5: scores.iter().map(|s| s.recall_at_5).sum::<f64>() / n,
        mean_precision_at_5: scores.iter().map(|s| s.precision_at_5).sum::<f64>() / n,
        queries: scores,
    })
}

fn canonical(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
}
