//! Command-line interface definitions. Dispatch lives in `main.rs`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Readout answers questions about diplomatic phone calls from published readouts.
///
/// Exit codes: 0 success; 1 failure (settings, index, files); 2 bad usage or a query the
/// answer layer refused (the message says what to change); 3 ingest or extract finished but
/// some files were rejected (the others landed).
#[derive(Debug, Parser)]
#[command(name = "readout", version, about, long_about = None)]
pub struct Cli {
    /// Settings file read after config/default.toml (instead of config/local.toml).
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Index directory (overrides `index.path`).
    #[arg(long, global = true, value_name = "DIR")]
    pub index: Option<PathBuf>,
    #[command(subcommand)]
    pub command: CliCommand,
}

#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Add or update statements from files and directory trees.
    Ingest {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Rebuild the index from `sources.dirs` and every statement ingested before; queries keep
    /// being answered meanwhile.
    Reindex {
        #[arg(long)]
        json: bool,
    },
    /// Statements about a topic, best first.
    Topic {
        query: String,
        #[command(flatten)]
        range: DateRange,
        /// Only statements in this language (ISO 639-1, e.g. fr).
        #[arg(long)]
        lang: Option<String>,
        /// Hits per page, 1 to 100 (default: search.page_size).
        #[arg(long)]
        limit: Option<usize>,
        /// Page, from 1.
        #[arg(long, default_value_t = 1)]
        page: usize,
        #[arg(long)]
        json: bool,
    },
    /// Calls involving a person, newest first.
    WhoCalled {
        name: String,
        /// Only calls that also involve this person.
        #[arg(long)]
        with: Option<String>,
        /// Only calls about this topic, named in any language (COP29, "peace treaty", перемирие).
        #[arg(long)]
        topic: Option<String>,
        #[command(flatten)]
        range: DateRange,
        /// Calls per page, 1 to 100 (default: search.page_size).
        #[arg(long)]
        limit: Option<usize>,
        /// Page, from 1.
        #[arg(long, default_value_t = 1)]
        page: usize,
        #[arg(long)]
        json: bool,
    },
    /// The latest calls.
    Recent {
        /// How many, 1 to 25.
        #[arg(default_value_t = 10)]
        count: usize,
        #[arg(long)]
        json: bool,
    },
    /// Remove one statement (and its calls) from the index and from the kept statements.
    Remove { id: String },
    /// One whole statement by id.
    Source {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// What the index holds.
    Stats {
        #[arg(long)]
        json: bool,
    },
    /// Extract calls from files without indexing them (one JSON line per statement with --json).
    Extract {
        #[arg(required = true, value_name = "FILE")]
        paths: Vec<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Score call extraction against labels (the schema of corpus-dev/labels.jsonl), or a
    /// real-text set folder (its labels/*.jsonl and the pages they name).
    Eval {
        labels: PathBuf,
        /// Only the labels of this part of a real-text set (`dev` or `heldback`).
        #[arg(long)]
        part: Option<String>,
        #[arg(long)]
        json: bool,
        /// Exit 1 when a figure is under its floor (the floors below).
        #[arg(long)]
        check: bool,
        #[arg(long, default_value_t = 0.97)]
        floor_detection_f1: f64,
        #[arg(long, default_value_t = 0.95)]
        floor_participant_f1: f64,
        #[arg(long, default_value_t = 0.9)]
        floor_direction: f64,
        #[arg(long, default_value_t = 0)]
        max_invented_directions: usize,
        #[arg(long, default_value_t = 0.9)]
        floor_dates: f64,
    },
    /// Score topic search: recall@5 against queries (the schema of corpus-dev/queries.jsonl),
    /// or, given a real-text set folder (`real/`), each labelled topic searched by its name in
    /// the query languages over the set's pages (in a fresh index in memory).
    EvalTopics {
        queries: PathBuf,
        /// Fail (exit 1) when mean recall@5 is under this.
        #[arg(long)]
        min_recall: Option<f64>,
        /// Real-text set: only the pages of this part (`dev` or `heldback`).
        #[arg(long)]
        part: Option<String>,
        /// Real-text set: the languages the topics are searched in.
        #[arg(long, value_delimiter = ',', default_value = "en,ru,fr")]
        lang: Vec<String>,
        /// Real-text set: search the words only, as without a topic lexicon (the baseline).
        #[arg(long)]
        words_only: bool,
        #[arg(long)]
        json: bool,
    },
    /// Score the question reader (intent and slot accuracy) against labelled questions.
    EvalQuestions {
        questions: PathBuf,
        /// The day the questions are read on (YYYY-MM-DD), for "last week" and the like.
        #[arg(long, default_value = "2025-06-15")]
        today: String,
        /// Fail (exit 1) when intent accuracy is under this.
        #[arg(long)]
        min_intent: Option<f64>,
        /// Fail (exit 1) when slot accuracy is under this.
        #[arg(long)]
        min_slots: Option<f64>,
        /// Fail (exit 1) when the share of wrong answers stated as fact is over this.
        #[arg(long)]
        max_wrong: Option<f64>,
        #[arg(long)]
        json: bool,
    },
    /// Official RSS/Atom feeds: `feeds poll` fetches each once and ingests new items (for cron).
    Feeds {
        #[command(subcommand)]
        action: FeedsCommand,
    },
    /// Interactive chat on the local index: /topic, /who-called, /recent, /help, /quit.
    Chat,
    /// One chat command, answered once: readout ask "/topic COP29".
    Ask { line: String },
    /// Run the Discord bot (needs READOUT__DISCORD__TOKEN or DISCORD_TOKEN).
    Serve,
    /// Benchmarks against SQLite FTS5 (build with --release; see BENCHMARKS.md).
    #[cfg(feature = "bench")]
    Bench(readout::bench::BenchArgs),
}

#[derive(Debug, Subcommand)]
pub enum FeedsCommand {
    /// Poll every feed once and ingest new items; prints one line per feed.
    Poll {
        #[arg(long)]
        json: bool,
    },
    /// The feeds that are polled (settings and /feeds add), with their last status.
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct DateRange {
    /// From this date (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long)]
    pub since: Option<String>,
    /// Up to this date, inclusive.
    #[arg(long)]
    pub until: Option<String>,
}
