//! The phases of a run: write the corpus, ingest it, answer the query mix, reindex under load,
//! then build and query SQLite FTS5 on the same statements.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};

use super::fts5::Fts5;
use super::generator::{Generator, Length, write_json_line};
use super::queries::{Query, QueryKind};
use super::report::{CorpusFigures, ExtractFigures, Fts5Figures, IngestFigures, ReindexFigures};
use super::stats::{Percentiles, memory_mb, reset_peak_memory};
use crate::answers::{Answer, Command, Engine, Progress};
use crate::discord::render_answer;
use crate::model::{Document, Statement};
use crate::sources;

/// Statements per JSON Lines file (about 5 MB).
pub const STATEMENTS_PER_FILE: usize = 2_000;
/// Pause between queries asked during a reindex: a busy bot, not a load generator that would
/// take a whole core from the rebuild.
const REINDEX_QUERY_GAP: Duration = Duration::from_millis(2);

/// The corpus an earlier run left in `dir`: its files and bytes (no generation was timed).
pub fn corpus_on_disk(dir: &Path) -> CorpusFigures {
    let sizes: Vec<u64> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|e| e.metadata().ok())
                .filter(|m| m.is_file())
                .map(|m| m.len())
                .collect()
        })
        .unwrap_or_default();
    CorpusFigures {
        files: sizes.len(),
        bytes: sizes.iter().sum(),
        ..CorpusFigures::default()
    }
}

/// Writes `count` statements as JSON Lines files under `dir`, `threads` files at a time.
pub fn write_corpus(
    generator: &Generator,
    count: usize,
    dir: &Path,
    threads: usize,
) -> anyhow::Result<(Vec<PathBuf>, CorpusFigures)> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let files = count.div_ceil(STATEMENTS_PER_FILE);
    let paths: Vec<PathBuf> = (0..files)
        .map(|f| dir.join(format!("part-{f:05}.jsonl")))
        .collect();
    let started = Instant::now();
    let threads = threads.clamp(1, files.max(1));
    let bytes = std::thread::scope(|scope| -> anyhow::Result<u64> {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                let paths = &paths;
                scope.spawn(move || -> anyhow::Result<u64> {
                    let mut bytes = 0;
                    for (f, path) in paths.iter().enumerate().skip(t).step_by(threads) {
                        let first = f * STATEMENTS_PER_FILE;
                        let last = (first + STATEMENTS_PER_FILE).min(count);
                        let file = File::create(path)
                            .with_context(|| format!("cannot write {}", path.display()))?;
                        let mut out = BufWriter::with_capacity(1 << 20, file);
                        for n in first..last {
                            write_json_line(&mut out, &generator.statement(n as u64).statement)?;
                        }
                        out.flush()?;
                        bytes += std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
                    }
                    Ok(bytes)
                })
            })
            .collect();
        let mut total = 0;
        for worker in workers {
            total += worker
                .join()
                .map_err(|_| anyhow::anyhow!("a corpus writer thread panicked"))??;
        }
        Ok(total)
    })?;
    let seconds = started.elapsed().as_secs_f64();
    let figures = CorpusFigures {
        files,
        bytes,
        seconds,
        statements_per_s: count as f64 / seconds.max(1e-9),
    };
    Ok((paths, figures))
}

/// Reads one corpus file with the project's own reader.
fn read_file(path: &Path, max_bytes: u64) -> anyhow::Result<Vec<Statement>> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let name = path.display().to_string();
    sources::parse_bytes(&name, &bytes, max_bytes)
        .with_context(|| format!("the reader rejected {name}"))
}

/// Ingests the corpus folder exactly as `readout ingest DIR` does: files read a chunk at a
/// time, calls extracted, one writer session, one commit (merges included).
pub fn ingest(
    engine: &Engine,
    corpus_dir: &Path,
    statements: usize,
    corpus_bytes: u64,
) -> anyhow::Result<IngestFigures> {
    reset_peak_memory();
    let started = Instant::now();
    let last_report = std::sync::Mutex::new(started);
    let report = engine
        .ingest_paths(&[corpus_dir.to_path_buf()], &|p: Progress| {
            let mut last = last_report.lock().unwrap_or_else(|e| e.into_inner());
            if last.elapsed() >= Duration::from_secs(5) || p.done == p.total {
                *last = Instant::now();
                eprintln!(
                    "  ingest: {} of {} files, {:.1} s",
                    p.done,
                    p.total,
                    started.elapsed().as_secs_f64()
                );
            }
        })
        .context("ingest failed")?;
    if let Some(rejected) = report.rejected.first() {
        anyhow::bail!(
            "the reader rejected {}: {}",
            rejected.source,
            rejected.reason
        );
    }
    let seconds = started.elapsed().as_secs_f64();
    let in_index = engine
        .stats()
        .context("cannot read index stats")?
        .statements;
    Ok(IngestFigures {
        seconds,
        statements_per_s: statements as f64 / seconds.max(1e-9),
        mb_per_s: super::stats::mb(corpus_bytes) / seconds.max(1e-9),
        calls_found: report.calls_found,
        statements_in_index: in_index,
        index_bytes: engine.index().disk_bytes(),
        kept_bytes: engine.kept_bytes(),
        peak_rss_mb: memory_mb().map_or(0.0, |m| m.1),
    })
}

fn progress(what: &str, done: usize, started: Instant) {
    eprintln!(
        "  {what}: {done} statements, {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

/// What one answer produced: the matches on its (first) page.
#[derive(Debug, Clone, Copy, Default)]
pub struct Answered {
    pub page_hits: usize,
}

/// Renders the answer to the Discord reply (the last step of the bot's path) and counts hits.
fn answered(answer: &Answer) -> Answered {
    std::hint::black_box(render_answer(answer));
    let page_hits = match answer {
        Answer::Topic(a) => a.hits.len(),
        Answer::WhoCalled(a) => a.calls.len(),
        _ => 0,
    };
    Answered { page_hits }
}

/// The bot's answer path for one chat line: parse, answer (normalise, query, snippets), render.
pub fn answer_engine(engine: &Engine, line: &str) -> anyhow::Result<Answered> {
    let command = Command::parse(line, engine.settings().search.max_query_chars)?;
    let answer = engine.run(&command)?;
    Ok(answered(&answer))
}

/// The same path with FTS5 answering.
pub fn answer_fts5(fts: &Fts5, engine: &Engine, line: &str) -> anyhow::Result<Answered> {
    let command = Command::parse(line, engine.settings().search.max_query_chars)?;
    let limit = engine.settings().search.page_size;
    let answer = match command {
        Command::Topic(r) => Answer::Topic(fts.topic(&r, limit)?),
        Command::WhoCalled(r) => Answer::WhoCalled(fts.who_called(&r, engine.people(), limit)?),
        other => bail!("the query mix has no {other:?} command"),
    };
    Ok(answered(&answer))
}

/// Latencies per query kind and the answers, after one untimed warm-up pass over `warmup`.
pub struct Timed {
    pub latencies: Vec<(QueryKind, Vec<Duration>)>,
    pub answers: Vec<Option<Answered>>,
    pub failed: usize,
    /// Each timed query's time, in the order of the queries.
    pub each: Vec<Duration>,
}

impl Timed {
    /// The `n` slowest queries of `kind`, slowest first: what a p99 is made of.
    pub fn slowest<'q>(
        &self,
        queries: &'q [Query],
        kind: QueryKind,
        n: usize,
    ) -> Vec<(Duration, &'q str)> {
        let mut of_kind: Vec<(Duration, &str)> = queries
            .iter()
            .zip(&self.each)
            .filter(|(q, _)| q.kind == kind)
            .map(|(q, d)| (*d, q.line.as_str()))
            .collect();
        of_kind.sort_by_key(|(took, _)| std::cmp::Reverse(*took));
        of_kind.truncate(n);
        of_kind
    }
}

pub fn time_queries(
    queries: &[Query],
    warmup: usize,
    mut answer: impl FnMut(&str) -> anyhow::Result<Answered>,
) -> Timed {
    for q in queries.iter().take(warmup) {
        let _ = answer(&q.line);
    }
    let mut latencies: Vec<(QueryKind, Vec<Duration>)> =
        QueryKind::ALL.iter().map(|k| (*k, Vec::new())).collect();
    let mut answers = Vec::with_capacity(queries.len());
    let mut each = Vec::with_capacity(queries.len());
    let mut failed = 0;
    for q in queries {
        let started = Instant::now();
        let result = answer(&q.line);
        let elapsed = started.elapsed();
        each.push(elapsed);
        if let Some((_, samples)) = latencies.iter_mut().find(|(k, _)| *k == q.kind) {
            samples.push(elapsed);
        }
        match result {
            Ok(a) => answers.push(Some(a)),
            Err(e) => {
                if failed < 3 {
                    eprintln!("  failed answer to `{}`: {e:#}", q.line);
                }
                failed += 1;
                answers.push(None);
            }
        }
    }
    Timed {
        latencies,
        answers,
        failed,
        each,
    }
}

/// Queries per second with `threads` threads sharing the engine, each running the mix until
/// it is done or `budget` has passed.
pub fn throughput(engine: &Engine, queries: &[Query], threads: usize, budget: Duration) -> f64 {
    let answered = AtomicUsize::new(0);
    let started = Instant::now();
    std::thread::scope(|scope| {
        for t in 0..threads {
            let answered = &answered;
            scope.spawn(move || {
                // Each thread starts at a different point so they do not ask the same thing at once.
                let offset = t * queries.len() / threads.max(1);
                for i in 0..queries.len() {
                    let _ = answer_engine(engine, &queries[(i + offset) % queries.len()].line);
                    answered.fetch_add(1, Ordering::Relaxed);
                    if started.elapsed() >= budget {
                        break;
                    }
                }
            });
        }
    });
    answered.into_inner() as f64 / started.elapsed().as_secs_f64().max(1e-9)
}

/// Rebuilds the index from the corpus files while answering queries; an answer fails when it
/// errs or comes back empty although the same query had hits before.
pub fn reindex_under_load(
    engine: &Engine,
    queries: &[Query],
    before: &[Option<Answered>],
) -> anyhow::Result<ReindexFigures> {
    reset_peak_memory();
    let done = AtomicBool::new(false);
    let started = Instant::now();
    let (result, samples, failed) = std::thread::scope(|scope| {
        let rebuild = scope.spawn(|| {
            let result = engine.reindex(&|_| {});
            done.store(true, Ordering::Release);
            result
        });
        let mut samples = Vec::new();
        let mut failed = 0;
        let mut i = 0;
        while !done.load(Ordering::Acquire) {
            let q = i % queries.len();
            let t = Instant::now();
            let result = answer_engine(engine, &queries[q].line);
            samples.push(t.elapsed());
            let had_hits = before
                .get(q)
                .copied()
                .flatten()
                .is_some_and(|a| a.page_hits > 0);
            match result {
                Ok(a) if a.page_hits == 0 && had_hits => failed += 1,
                Ok(_) => {}
                Err(e) => {
                    if failed < 3 {
                        eprintln!(
                            "  failed answer during reindex to `{}`: {e:#}",
                            queries[q].line
                        );
                    }
                    failed += 1;
                }
            }
            i += 1;
            std::thread::sleep(REINDEX_QUERY_GAP);
        }
        let result = rebuild
            .join()
            .map_err(|_| anyhow::anyhow!("the reindex thread panicked"));
        (result, samples, failed)
    });
    let report = result?.context("reindex failed")?;
    let seconds = started.elapsed().as_secs_f64();
    if !report.rejected.is_empty() {
        bail!(
            "reindex rejected {} files, first: {} ({})",
            report.rejected.len(),
            report.rejected[0].source,
            report.rejected[0].reason
        );
    }
    let rebuilt = report.added + report.updated + report.unchanged;
    Ok(ReindexFigures {
        seconds,
        statements_per_s: rebuilt as f64 / seconds.max(1e-9),
        peak_rss_mb: memory_mb().map_or(0.0, |m| m.1),
        answered: samples.len(),
        during: Percentiles::of(&samples),
        failed,
        statements_after: report.statements_total,
    })
}

/// Single-thread extraction over ~2 KB statements, repeated until at least `budget` has passed.
pub fn extraction_rate(
    engine: &Engine,
    generator: &Generator,
    count: usize,
    budget: Duration,
) -> ExtractFigures {
    let statements: Vec<Statement> = (0..count as u64)
        .map(|n| {
            generator
                .statement_sized(u64::MAX / 2 + n, Length::TWO_KB)
                .statement
        })
        .collect();
    let bytes: usize = statements.iter().map(|s| s.body.len()).sum();
    let extractor = engine.extractor();
    let started = Instant::now();
    let mut done = 0usize;
    let mut calls = 0usize;
    while done == 0 || started.elapsed() < budget {
        for s in &statements {
            calls += extractor.extract(s).len();
        }
        done += statements.len();
    }
    let seconds = started.elapsed().as_secs_f64().max(1e-9);
    std::hint::black_box(calls);
    let passes = done / statements.len().max(1);
    ExtractFigures {
        statements: statements.len(),
        mean_bytes: bytes / statements.len().max(1),
        statements_per_s: done as f64 / seconds,
        mb_per_s: super::stats::mb((bytes * passes) as u64) / seconds,
    }
}

/// Builds the FTS5 database from the same files, extracting calls with the engine's extractor
/// on `threads` threads for the people column.
pub fn build_fts5(
    engine: &Engine,
    files: &[PathBuf],
    db: &Path,
    threads: usize,
) -> anyhow::Result<(Fts5, Fts5Figures)> {
    let started = Instant::now();
    let mut fts = Fts5::create(db).with_context(|| format!("cannot create {}", db.display()))?;
    let max_bytes = engine.settings().sources.max_file_bytes;
    let mut extract_seconds = 0.0;
    let mut done = 0;
    for path in files {
        let statements = read_file(path, max_bytes)?;
        let extracting = Instant::now();
        let documents = extract_parallel(engine, statements, threads)?;
        extract_seconds += extracting.elapsed().as_secs_f64();
        fts.insert(&documents).context("FTS5 insert failed")?;
        done += documents.len();
        if done % 20_000 < STATEMENTS_PER_FILE {
            progress("FTS5 build", done, started);
        }
    }
    fts.finish().context("FTS5 optimize failed")?;
    let figures = Fts5Figures {
        build_seconds: started.elapsed().as_secs_f64(),
        extract_seconds,
        db_bytes: fts.size_bytes().unwrap_or(0),
        failed_answers: 0,
    };
    Ok((fts, figures))
}

fn extract_parallel(
    engine: &Engine,
    statements: Vec<Statement>,
    threads: usize,
) -> anyhow::Result<Vec<Document>> {
    let chunk = statements.len().div_ceil(threads.max(1)).max(1);
    let extractor = engine.extractor();
    std::thread::scope(|scope| {
        let parts: Vec<_> = statements
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || part.iter().map(|s| extractor.read(s)).collect::<Vec<_>>())
            })
            .collect();
        let mut documents = Vec::with_capacity(statements.len());
        for part in parts {
            documents.extend(
                part.join()
                    .map_err(|_| anyhow::anyhow!("an extraction thread panicked"))?,
            );
        }
        Ok(documents)
    })
}
