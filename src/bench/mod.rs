//! `readout bench`: a synthetic multilingual corpus of call readouts, the bot's real answer path
//! measured on it, and SQLite FTS5 doing the same work on the same statements.
//!
//! Phases: write the corpus as JSON Lines files -> ingest them (the project's reader, extraction,
//! indexing) -> single-thread extraction rate -> answer the query mix (parse, engine, render to
//! Discord embeds) with the allocator set as `serve` sets it -> queries per second at 1 and 2
//! threads -> a restart with the index out of the page cache -> a full reindex from the files
//! while answering -> build FTS5 from the same files and answer the same mix. Ends with a table
//! and one JSON line.

mod cast;
mod compare;
mod fts5;
mod generator;
mod harness;
mod lexicon;
mod phrases;
mod queries;
mod report;
pub(crate) mod rng;
mod stats;

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};

pub use generator::{Generated, Generator, Length, Truth, write_json_line};
pub use harness::STATEMENTS_PER_FILE;
pub use queries::{Query, QueryKind, query_mix};
pub use report::{Agreement, BenchReport, KindFigures, Summary};
pub use stats::{Percentiles, set_heap_trimmer, set_serving_memory};

use crate::answers::Engine;
use crate::settings::Settings;
use report::{Machine, ServingFigures};

#[derive(Debug, Clone, clap::Args)]
pub struct BenchArgs {
    /// Statements to generate and index.
    #[arg(long, default_value_t = 100_000)]
    pub statements: usize,
    /// Seed of the corpus and the query mix: equal seeds give equal data.
    #[arg(long, default_value_t = 2024)]
    pub seed: u64,
    /// Threads that generate the corpus and extract calls for the FTS5 build.
    #[arg(long, default_value_t = 2)]
    pub threads: usize,
    /// Where the corpus, the index and the FTS5 database go (kept afterwards).
    /// Default: a temporary directory, removed at the end.
    #[arg(long)]
    pub out_dir: Option<PathBuf>,
    /// Timed queries per query kind (there are six kinds).
    #[arg(long, default_value_t = 1000)]
    pub queries: usize,
    /// Timed FTS5 queries per query kind (FTS5 takes long on big corpora).
    #[arg(long, default_value_t = 200)]
    pub fts5_queries: usize,
    /// Skip the FTS5 comparison.
    #[arg(long)]
    pub skip_fts5: bool,
    /// Skip the reindex-under-load phase.
    #[arg(long)]
    pub skip_reindex: bool,
    /// Measure only the single-thread extraction rate (for tuning and profiling extraction).
    #[arg(long)]
    pub extraction_only: bool,
    /// Also print the N slowest timed queries of each kind (to stderr): what the p99 is made of.
    #[arg(long, default_value_t = 0)]
    pub slowest: usize,
    /// Serve from the index an earlier run left in --out-dir (same --statements and --seed):
    /// no corpus, ingest, reindex or FTS5 phase. For tuning the serving phases at 1M in
    /// minutes; the ingest figures of such a run are empty.
    #[arg(long, requires = "out_dir", conflicts_with = "extraction_only")]
    pub reuse_index: bool,
}

impl Default for BenchArgs {
    fn default() -> Self {
        Self {
            statements: 100_000,
            seed: 2024,
            threads: 2,
            out_dir: None,
            queries: 1000,
            fts5_queries: 200,
            skip_fts5: false,
            skip_reindex: false,
            extraction_only: false,
            slowest: 0,
            reuse_index: false,
        }
    }
}

/// Queries per kind whose total matches are compared between the engine and FTS5.
const COMPARED_PER_KIND: usize = 50;
/// Queries each thread runs for the queries-per-second figures, at most for the budget.
const THROUGHPUT_QUERIES: usize = 3000;
const THROUGHPUT_BUDGET: Duration = Duration::from_secs(5);
/// Queries answered after the cold restart (the mix's first, all kinds interleaved).
const COLD_QUERIES: usize = 1000;
/// How long `--extraction-only` extracts: long enough for a profiler to see the steady state.
const EXTRACTION_ONLY_BUDGET: Duration = Duration::from_secs(10);

/// Runs every phase, prints the table (stdout) and then the JSON summary line (stdout, last).
pub fn run(args: &BenchArgs, settings: &Settings) -> anyhow::Result<BenchReport> {
    if args.statements == 0 || args.queries == 0 {
        bail!("--statements and --queries must be at least 1");
    }
    if args.reuse_index && (args.extraction_only || args.out_dir.is_none()) {
        // `--extraction-only` clears the out-dir: it would wipe the index to reuse.
        bail!("--reuse-index needs --out-dir and cannot go with --extraction-only");
    }
    let workspace = Workspace::new(args.out_dir.as_deref())?;
    let reuse = args.reuse_index;
    let (corpus_dir, index_dir) = if reuse {
        let index_dir = workspace.path.join("index");
        if !index_dir.is_dir() {
            bail!(
                "--reuse-index: no index in {} (run once without it first)",
                workspace.path.display()
            );
        }
        check_run_record(&workspace.path, args)?;
        (workspace.path.join("corpus"), index_dir)
    } else {
        (workspace.fresh("corpus")?, workspace.fresh("index")?)
    };
    if !reuse {
        // And the statements an earlier run kept beside it (`Settings::kept_path`): they
        // would come back at the reindex and count in the kept bytes; and its record, which
        // this run writes again once its index is built.
        workspace.fresh("index.kept")?;
        workspace.fresh(RUN_RECORD)?;
    }
    // FTS5 is not built when the index is reused.
    let db_path = if reuse {
        workspace.path.join("fts5.sqlite")
    } else {
        workspace.fresh("fts5.sqlite")?
    };

    let mut settings = settings.clone();
    settings.index.path = index_dir;
    settings.sources.dirs = vec![corpus_dir.clone()];
    settings.sources.max_file_bytes = settings.sources.max_file_bytes.max(64 << 20);
    // Top 10, as the FTS5 side is asked for.
    settings.search.page_size = 10;

    let mut report = BenchReport {
        statements: args.statements,
        seed: args.seed,
        machine: machine(),
        ..Default::default()
    };

    if reuse {
        eprintln!(
            "bench: serving from the index in {}",
            workspace.path.display()
        );
    } else {
        eprintln!(
            "bench: generating {} statements in {}",
            args.statements,
            workspace.path.display()
        );
    }
    let generator = Generator::new(args.seed);
    if args.extraction_only {
        let engine = Engine::open(settings.clone()).context("cannot open the engine")?;
        report.extract = harness::extraction_rate(
            &engine,
            &generator,
            args.statements.clamp(200, 2000),
            EXTRACTION_ONLY_BUDGET,
        );
        println!(
            "extraction: {:.0} statements/s ({:.1} MB/s, one thread, {} statements of {} bytes)",
            report.extract.statements_per_s,
            report.extract.mb_per_s,
            report.extract.statements,
            report.extract.mean_bytes
        );
        return Ok(report);
    }
    report.reused_index = reuse;
    let mut files = Vec::new();
    if !reuse {
        let (written, corpus) =
            harness::write_corpus(&generator, args.statements, &corpus_dir, args.threads)?;
        files = written;
        report.corpus = corpus;
        eprintln!("bench: ingesting");
        let engine = Engine::open(settings.clone()).context("cannot open the engine")?;
        report.ingest =
            harness::ingest(&engine, &corpus_dir, args.statements, report.corpus.bytes)?;
        // Here, with the allocator as an ingest has it, not as it serves.
        eprintln!("bench: extraction rate");
        report.extract = harness::extraction_rate(
            &engine,
            &generator,
            args.statements.clamp(200, 2000),
            Duration::from_secs(2),
        );
        // Serve from a freshly opened engine, as the bot would after an ingest run.
        drop(engine);
        stats::trim_heap();
        write_run_record(&workspace.path, args)?;
    }
    let queries = query_mix(&generator, args.seed, args.queries);
    stats::serving_memory(true);
    let rss_anon_before_mb = stats::resident_parts_mb().map_or(0.0, |(anon, _)| anon);
    let engine = Engine::open(settings.clone()).context("cannot reopen the engine")?;
    if reuse {
        let held = engine.stats()?.statements;
        if held != args.statements as u64 {
            bail!(
                "--reuse-index: the index holds {held} statements, not --statements {}",
                args.statements
            );
        }
        // What is on disk, measured as it stands; no ingest figure is.
        report.corpus = harness::corpus_on_disk(&corpus_dir);
        report.ingest.index_bytes = engine.index().disk_bytes();
        report.ingest.kept_bytes = engine.kept_bytes();
    }

    eprintln!(
        "bench: answering {} queries",
        args.queries * QueryKind::ALL.len()
    );
    let warmup = (queries.len() / 10).clamp(QueryKind::ALL.len().min(queries.len()), 600);
    let timed = harness::time_queries(&queries, warmup, |line| {
        harness::answer_engine(&engine, line)
    });
    if args.slowest > 0 {
        print_slowest("warm", &timed, &queries, args.slowest);
    }
    let sample = &queries[..queries.len().min(THROUGHPUT_QUERIES)];
    report.serving = ServingFigures {
        queries_per_s_1_thread: harness::throughput(&engine, sample, 1, THROUGHPUT_BUDGET),
        queries_per_s_2_threads: harness::throughput(&engine, sample, 2, THROUGHPUT_BUDGET),
        failed_answers: timed.failed,
        rss_anon_before_mb,
        ..Default::default()
    };
    report.serving.rss_mb = stats::memory_mb().map_or(0.0, |m| m.0);
    if let Some((anon, file)) = stats::resident_parts_mb() {
        report.serving.rss_anon_mb = anon;
        report.serving.rss_file_mb = file;
    }

    // A restart on a host whose page cache holds none of the index.
    drop(engine);
    stats::trim_heap();
    // The kept statements too: excerpts read the bodies from there.
    let dropped = stats::drop_page_cache(&settings.index.path)
        + stats::drop_page_cache(&settings.kept_path());
    eprintln!("bench: cold restart ({dropped} index and kept files dropped from the page cache)");
    let opening = std::time::Instant::now();
    let engine = Engine::open(settings.clone()).context("cannot reopen the engine")?;
    let open_ms = opening.elapsed().as_secs_f64() * 1e3;
    let first = &queries[..queries.len().min(COLD_QUERIES)];
    let cold = harness::time_queries(first, 0, |line| harness::answer_engine(&engine, line));
    if args.slowest > 0 {
        print_slowest("cold", &cold, first, args.slowest);
    }
    let samples: Vec<Duration> = cold
        .latencies
        .iter()
        .flat_map(|(_, s)| s.iter().copied())
        .collect();
    report.cold = Some(report::ColdFigures {
        files: dropped,
        open_ms,
        answers: Percentiles::of(&samples),
        failed_answers: cold.failed,
    });

    if !args.skip_reindex && !reuse {
        eprintln!("bench: reindexing while answering");
        report.reindex = Some(harness::reindex_under_load(
            &engine,
            &queries,
            &timed.answers,
        )?);
    }

    let compared = args.queries.min(COMPARED_PER_KIND) * QueryKind::ALL.len();

    let mut fts5_rows: Option<(harness::Timed, Vec<(usize, usize)>)> = None;
    if !args.skip_fts5 && !reuse {
        // A build, as the engine's ingest was measured: with the allocator of batch commands.
        stats::serving_memory(false);
        eprintln!("bench: building SQLite FTS5");
        let (fts, mut figures) = harness::build_fts5(&engine, &files, &db_path, args.threads)?;
        report.machine.sqlite_version = fts.version();
        let fts_queries = &queries[..queries
            .len()
            .min(args.fts5_queries.max(1) * QueryKind::ALL.len())];
        eprintln!("bench: answering {} queries with FTS5", fts_queries.len());
        let fts_warmup = (fts_queries.len() / 10).clamp(1, 60);
        let fts_timed = harness::time_queries(fts_queries, fts_warmup, |line| {
            harness::answer_fts5(&fts, &engine, line)
        });
        figures.failed_answers = fts_timed.failed;
        eprintln!("bench: comparing answers");
        let counts = queries[..compared]
            .iter()
            .map(|q| compare::compare(&engine, &fts, &q.line).unwrap_or((0, 0)))
            .collect();
        report.fts5 = Some(figures);
        fts5_rows = Some((fts_timed, counts));
    }

    report.kinds = QueryKind::ALL
        .iter()
        .map(|&kind| {
            let latencies = |timed: &harness::Timed| {
                let samples = timed.latencies.iter().find(|(k, _)| *k == kind);
                Percentiles::of(samples.map_or(&[][..], |(_, s)| s.as_slice()))
            };
            let agreement = fts5_rows.as_ref().map(|(_, pairs)| {
                let of_kind: Vec<(usize, usize)> = (0..pairs.len())
                    .filter(|&i| queries[i].kind == kind)
                    .map(|i| pairs[i])
                    .collect();
                let people = matches!(kind, QueryKind::WhoCalled | QueryKind::WhoCalledRange);
                Agreement {
                    measure: if people {
                        compare::PEOPLE_MEASURE
                    } else {
                        compare::TOPIC_MEASURE
                    },
                    engine: of_kind.iter().map(|p| p.0).sum(),
                    fts5: of_kind.iter().map(|p| p.1).sum(),
                    queries: of_kind.len(),
                }
            });
            KindFigures {
                kind,
                engine: latencies(&timed),
                fts5: fts5_rows.as_ref().map(|(t, _)| latencies(t)),
                agreement,
            }
        })
        .collect();

    println!("{}", report.table());
    println!("{}", report.json_line());
    Ok(report)
}

fn machine() -> Machine {
    let cpu_model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into());
    Machine {
        cpus: std::thread::available_parallelism().map_or(1, |n| n.get()),
        cpu_model,
        readout_version: env!("CARGO_PKG_VERSION").to_string(),
        sqlite_version: rusqlite::version().to_string(),
    }
}

/// The run's directory: the one given (kept), or a temporary one removed when the run ends.
struct Workspace {
    path: PathBuf,
    temporary: bool,
}

impl Workspace {
    fn new(given: Option<&Path>) -> anyhow::Result<Self> {
        let (path, temporary) = match given {
            Some(p) => (p.to_path_buf(), false),
            None => {
                let nanos = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_nanos());
                (
                    std::env::temp_dir()
                        .join(format!("readout-bench-{}-{nanos}", std::process::id())),
                    true,
                )
            }
        };
        std::fs::create_dir_all(&path)
            .with_context(|| format!("cannot create {}", path.display()))?;
        Ok(Self { path, temporary })
    }

    /// `name` inside the workspace, with whatever an earlier run left there removed.
    fn fresh(&self, name: &str) -> anyhow::Result<PathBuf> {
        let p = self.path.join(name);
        if p.is_dir() {
            std::fs::remove_dir_all(&p).with_context(|| format!("cannot clear {}", p.display()))?;
        } else if p.exists() {
            std::fs::remove_file(&p).with_context(|| format!("cannot clear {}", p.display()))?;
        }
        Ok(p)
    }
}

impl Drop for Workspace {
    fn drop(&mut self) {
        if self.temporary {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

/// What a run that built the index in an out-dir records there, so that `--reuse-index`
/// serves only the query mix of the same corpus.
const RUN_RECORD: &str = "bench-run.json";

fn write_run_record(dir: &Path, args: &BenchArgs) -> anyhow::Result<()> {
    let record = serde_json::json!({ "statements": args.statements, "seed": args.seed });
    let path = dir.join(RUN_RECORD);
    std::fs::write(&path, record.to_string())
        .with_context(|| format!("cannot write {}", path.display()))
}

fn check_run_record(dir: &Path, args: &BenchArgs) -> anyhow::Result<()> {
    let path = dir.join(RUN_RECORD);
    let record: serde_json::Value = std::fs::read_to_string(&path)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .with_context(|| {
            format!(
                "--reuse-index: {} does not say which run built the index (run once without it first)",
                path.display()
            )
        })?;
    let (statements, seed) = (record["statements"].as_u64(), record["seed"].as_u64());
    if statements != Some(args.statements as u64) || seed != Some(args.seed) {
        bail!(
            "--reuse-index: the index was built with --statements {} --seed {}, not --statements {} --seed {}",
            statements.map_or("?".into(), |n| n.to_string()),
            seed.map_or("?".into(), |n| n.to_string()),
            args.statements,
            args.seed
        );
    }
    Ok(())
}

/// `--slowest N`: each kind's N slowest timed queries of one phase, on stderr.
fn print_slowest(phase: &str, timed: &harness::Timed, queries: &[queries::Query], n: usize) {
    for kind in QueryKind::ALL {
        eprintln!("bench: slowest {} ({phase}):", kind.label());
        for (took, line) in timed.slowest(queries, kind, n) {
            eprintln!("  {:>9.0} us  {line}", took.as_secs_f64() * 1e6);
        }
    }
}
