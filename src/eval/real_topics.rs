//! Topic search on a real-text set (`real/`): the labellers wrote the topics of each call in
//! free text, `topic-concepts.toml` beside the labels reads them as concept ids. For every
//! concept the labels name, its name in a query language (the lexicon's first name in that
//! language) is searched over the pages of the set; scored are the share of the pages labelled
//! with the concept among the first [`HITS`] hits, and the (concept, page language) pairs where
//! at least one labelled page is found.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::topics::EvalTopicsError;
use crate::answers::{Engine, TopicRequest};
use crate::concepts::Lexicon;

/// Hits read per query: one page of the largest size an answer has.
pub const HITS: usize = 100;
/// The mapping of label topics to concept ids, beside `labels/`.
pub const MAPPING_FILE: &str = "topic-concepts.toml";

#[derive(Debug, Deserialize)]
struct Label {
    file: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    part: Option<String>,
    #[serde(default)]
    calls: Vec<LabelCall>,
}

#[derive(Debug, Deserialize)]
struct LabelCall {
    #[serde(default)]
    topics: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Mapping {
    labels: BTreeMap<String, Vec<String>>,
}

/// One page of the set with the concepts its labels name.
struct Page {
    path: PathBuf,
    file: String,
    language: String,
    concepts: BTreeSet<String>,
}

#[derive(Debug, Serialize)]
pub struct ConceptScore {
    pub id: String,
    /// The query searched: the concept's name in the query language (none: not searched).
    pub query: Option<String>,
    pub labelled: usize,
    pub found: usize,
    /// Page languages with a page labelled with the concept, and how many of them a hit reached.
    pub pairs: usize,
    pub pairs_reached: usize,
    pub missed: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct LanguageScore {
    pub language: String,
    /// Labelled (page, concept) pairs, and how many were found.
    pub labelled: usize,
    pub found: usize,
    pub share: f64,
    /// The mean of the concepts' shares.
    pub mean_concept_share: f64,
    pub pairs: usize,
    pub pairs_reached: usize,
    pub concepts: Vec<ConceptScore>,
}

#[derive(Debug, Serialize)]
pub struct RealTopicEval {
    pub set: String,
    pub part: Option<String>,
    /// Pages searched (every materialised page of the part) and those labelled with a concept.
    pub pages: usize,
    pub pages_with_concepts: usize,
    /// Labelled pages not materialised on this machine.
    pub missing: usize,
    /// Label topics the mapping does not list.
    pub unmapped: Vec<String>,
    pub languages: Vec<LanguageScore>,
}

/// Runs the measure on the set in `dir` with a fresh engine (`engine` must be empty: the pages
/// are ingested into it). The queries are the names `names` gives the concepts: the engine's
/// own lexicon, or the full one when the engine searches words only (the baseline).
pub fn evaluate(
    engine: &Engine,
    names: &Lexicon,
    dir: &Path,
    part: Option<&str>,
    query_languages: &[String],
) -> Result<RealTopicEval, EvalTopicsError> {
    let mapping_path = dir.join(MAPPING_FILE);
    let mapping: Mapping =
        toml::from_str(&read(&mapping_path)?).map_err(|e| EvalTopicsError::Mapping {
            path: mapping_path.display().to_string(),
            message: e.to_string(),
        })?;
    let (pages, missing, unmapped) = read_pages(dir, part, &mapping)?;
    let paths: Vec<PathBuf> = pages.iter().map(|p| p.path.clone()).collect();
    if !paths.is_empty() {
        engine.ingest_paths(&paths, &|_| {})?;
    }
    let mut by_concept: BTreeMap<&str, Vec<&Page>> = BTreeMap::new();
    for page in &pages {
        for id in &page.concepts {
            by_concept.entry(id.as_str()).or_default().push(page);
        }
    }
    let mut languages = Vec::new();
    for lang in query_languages {
        let mut concepts = Vec::new();
        for (id, labelled) in &by_concept {
            let query = names
                .get(id)
                .and_then(|c| c.name_in(lang))
                .map(str::to_string);
            let found: BTreeSet<PathBuf> = match &query {
                Some(q) => search(engine, q)?,
                None => BTreeSet::new(),
            };
            let hit = |p: &Page| found.contains(&canonical(&p.path));
            let page_languages: BTreeSet<&str> =
                labelled.iter().map(|p| p.language.as_str()).collect();
            let reached = page_languages
                .iter()
                .filter(|l| labelled.iter().any(|p| p.language == **l && hit(p)))
                .count();
            concepts.push(ConceptScore {
                id: id.to_string(),
                query,
                labelled: labelled.len(),
                found: labelled.iter().filter(|p| hit(p)).count(),
                pairs: page_languages.len(),
                pairs_reached: reached,
                missed: labelled
                    .iter()
                    .filter(|p| !hit(p))
                    .map(|p| p.file.clone())
                    .collect(),
            });
        }
        let labelled: usize = concepts.iter().map(|c| c.labelled).sum();
        let found: usize = concepts.iter().map(|c| c.found).sum();
        let mean = concepts
            .iter()
            .map(|c| c.found as f64 / c.labelled.max(1) as f64)
            .sum::<f64>()
            / concepts.len().max(1) as f64;
        languages.push(LanguageScore {
            language: lang.clone(),
            labelled,
            found,
            share: found as f64 / labelled.max(1) as f64,
            mean_concept_share: mean,
            pairs: concepts.iter().map(|c| c.pairs).sum(),
            pairs_reached: concepts.iter().map(|c| c.pairs_reached).sum(),
            concepts,
        });
    }
    Ok(RealTopicEval {
        set: dir.display().to_string(),
        part: part.map(str::to_string),
        pages: pages.len(),
        pages_with_concepts: pages.iter().filter(|p| !p.concepts.is_empty()).count(),
        missing,
        unmapped,
        languages,
    })
}

fn read(path: &Path) -> Result<String, EvalTopicsError> {
    std::fs::read_to_string(path).map_err(|source| EvalTopicsError::Io {
        path: path.display().to_string(),
        source,
    })
}

/// The materialised pages of the part, with their labels' concepts; how many labelled pages
/// are missing; and the label topics the mapping does not list.
fn read_pages(
    dir: &Path,
    part: Option<&str>,
    mapping: &Mapping,
) -> Result<(Vec<Page>, usize, Vec<String>), EvalTopicsError> {
    let labels_dir = dir.join("labels");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&labels_dir)
        .map_err(|source| EvalTopicsError::Io {
            path: labels_dir.display().to_string(),
            source,
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut pages = Vec::new();
    let mut missing = 0;
    let mut unmapped = BTreeSet::new();
    for file in files {
        let display = file.display().to_string();
        for (n, line) in read(&file)?.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let label: Label =
                serde_json::from_str(line).map_err(|source| EvalTopicsError::Parse {
                    path: display.clone(),
                    line: n + 1,
                    source,
                })?;
            if part.is_some_and(|p| label.part.as_deref() != Some(p)) {
                continue;
            }
            let mut concepts = BTreeSet::new();
            for topic in label.calls.iter().flat_map(|c| &c.topics) {
                match mapping.labels.get(topic) {
                    Some(ids) => concepts.extend(ids.iter().cloned()),
                    None => {
                        unmapped.insert(topic.clone());
                    }
                }
            }
            let path = dir.join(&label.file);
            if !path.exists() {
                missing += usize::from(!concepts.is_empty());
                continue;
            }
            pages.push(Page {
                path,
                file: label.file,
                language: label.language,
                concepts,
            });
        }
    }
    Ok((pages, missing, unmapped.into_iter().collect()))
}

/// The pages (canonical paths) among the first [`HITS`] hits of a query.
fn search(engine: &Engine, query: &str) -> Result<BTreeSet<PathBuf>, EvalTopicsError> {
    let answer = engine.topic(&TopicRequest {
        query: query.to_string(),
        limit: Some(HITS),
        ..Default::default()
    })?;
    Ok(answer
        .hits
        .iter()
        .filter_map(|h| h.source.path.as_deref())
        .map(|p| canonical(Path::new(p)))
        .collect())
}

fn canonical(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
}

impl RealTopicEval {
    pub fn render_table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "Topic search on {} (part {}): {} pages, {} labelled with a topic of the lexicon, {} missing",
            self.set,
            self.part.as_deref().unwrap_or("all"),
            self.pages,
            self.pages_with_concepts,
            self.missing
        );
        if !self.unmapped.is_empty() {
            let _ = writeln!(
                out,
                "label topics not in {MAPPING_FILE}: {}",
                self.unmapped.join("; ")
            );
        }
        for lang in &self.languages {
            let _ = writeln!(
                out,
                "\nqueries in {}: {}/{} labelled pages found ({:.1} %; mean per topic {:.1} %), \
                 (topic, language) pairs reached {}/{}",
                lang.language,
                lang.found,
                lang.labelled,
                100.0 * lang.share,
                100.0 * lang.mean_concept_share,
                lang.pairs_reached,
                lang.pairs
            );
            for c in &lang.concepts {
                let query: String = c.query.as_deref().unwrap_or("-").chars().take(28).collect();
                let _ = writeln!(
                    out,
                    "  {:<22} {:<28} {:>3}/{:<3} pairs {}/{}  {}",
                    c.id,
                    query,
                    c.found,
                    c.labelled,
                    c.pairs_reached,
                    c.pairs,
                    c.missed.join(" ")
                );
            }
        }
        out
    }
}
