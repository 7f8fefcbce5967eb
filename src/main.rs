//! The `readout` binary: settings and logging at the edge, then one function per subcommand.

mod cli;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;
use serde_json::json;

use cli::{Cli, CliCommand, DateRange, FeedsCommand};
use readout::answers::{
    AnswerError, Engine, IngestReport, Progress, TopicRequest, WhoCalledRequest, parse_range,
};
use readout::render::text;
use readout::settings::Settings;

// mimalloc instead of glibc's malloc: ingest and answers are faster with it (tantivy allocates
// per token and per posting list), and the memory kept after an ingest varies less from run
// to run (BENCHMARKS.md, "Allocator").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Gives mimalloc's free memory back to the system, as the bench does between its phases so
/// that the serving engine's memory is not the ingest's leftovers.
fn collect_heap() {
    // SAFETY: mi_collect only frees memory mimalloc holds unused; it has no preconditions.
    unsafe { libmimalloc_sys::mi_collect(true) }
}

// `mi_option_purge_delay` in the mimalloc.h that libmimalloc-sys builds by default (v3); the
// crate's own constants are v2's and do not name it.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// How a long-running server holds memory (`serving`): what it frees goes back to the system
/// at once. mimalloc v3 waits a second by default, and pages freed by a thread that then
/// idles or ends (a blocking-pool thread, a query's segment worker) stay resident far longer.
/// On the same 1M-statement index the bench's serving process held 188–190 MB with the
/// default and 108–118 MB with no delay, at about 20 % more time per who-called answer
/// (BENCHMARKS.md). Batch commands (ingest, reindex) keep the delay: they reuse what they
/// free; `false` puts it back. A delay the operator set (`MIMALLOC_PURGE_DELAY`, or its old
/// name `MIMALLOC_RESET_DELAY`) is left as set.
fn serving_memory(serving: bool) {
    static BATCH_DELAY: std::sync::OnceLock<std::os::raw::c_long> = std::sync::OnceLock::new();
    if operator_purge_delay() {
        return;
    }
    // SAFETY: reading an option has no preconditions.
    let batch = *BATCH_DELAY
        .get_or_init(|| unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) });
    // SAFETY: setting an option only changes when mimalloc purges free pages; options may be
    // set at any time.
    unsafe {
        libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, if serving { 0 } else { batch })
    }
}

fn operator_purge_delay() -> bool {
    ["MIMALLOC_PURGE_DELAY", "MIMALLOC_RESET_DELAY"]
        .iter()
        .any(|name| std::env::var_os(name).is_some())
}

/// Exit codes, documented in `readout --help` and the README.
const EXIT_FAILURE: u8 = 1;
const EXIT_BAD_INPUT: u8 = 2;
const EXIT_PARTIAL: u8 = 3;
/// How long `serve` lets blocking work run on once the bot has stopped.
const SERVE_STOP_GRACE: std::time::Duration = std::time::Duration::from_secs(2);

fn main() -> ExitCode {
    readout::bench::set_heap_trimmer(collect_heap);
    readout::bench::set_serving_memory(serving_memory);
    let cli = Cli::parse();
    let settings = match load_settings(&cli) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("readout: {e:#}");
            return ExitCode::from(EXIT_FAILURE);
        }
    };
    init_logging(&settings);
    match run(cli.command, settings) {
        Ok(code) => code,
        // `readout topic ... | head` closing the pipe early is not a failure.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => match e.downcast_ref::<AnswerError>() {
            Some(user) if user.is_user_error() => {
                eprintln!("{user}");
                ExitCode::from(EXIT_BAD_INPUT)
            }
            _ => {
                eprintln!("readout: {e:#}");
                ExitCode::from(EXIT_FAILURE)
            }
        },
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.downcast_ref::<std::io::Error>()
        .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
}

/// Prints a line to stdout, reporting a closed pipe as an error instead of panicking.
macro_rules! say {
    ($($arg:tt)*) => {
        writeln!(std::io::stdout().lock(), $($arg)*)?
    };
}

fn load_settings(cli: &Cli) -> anyhow::Result<Settings> {
    let mut settings = Settings::load(cli.config.as_deref())?;
    if let Some(dir) = &cli.index {
        settings.index.path = dir.clone();
    }
    Ok(settings)
}

fn init_logging(settings: &Settings) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .or_else(|_| tracing_subscriber::EnvFilter::try_new(&settings.log.filter))
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    // Logs go to stderr so that --json output on stdout stays clean.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

fn open(settings: Settings) -> anyhow::Result<Engine> {
    Engine::open(settings).context("cannot start")
}

/// For the read-only commands: never creates or changes an index folder, and says on stderr
/// (stdout stays the answer) when the index is empty and how to fill it.
fn open_for_reading(settings: Settings, announce_empty: bool) -> anyhow::Result<Engine> {
    let engine = Engine::open_read_only(settings).context("cannot start")?;
    if announce_empty && engine.is_empty()? {
        eprintln!(
            "{} (index: {})",
            readout::answers::EMPTY_INDEX_NOTE,
            engine.settings().index.path.display()
        );
    }
    Ok(engine)
}

fn run(command: CliCommand, settings: Settings) -> anyhow::Result<ExitCode> {
    match command {
        CliCommand::Ingest { paths, json } => {
            let engine = open(settings)?;
            let report = with_progress(|p| engine.ingest_paths(&paths, p))?;
            print_report(&report, json)
        }
        CliCommand::Reindex { json } => {
            let engine = open(settings)?;
            let report = with_progress(|p| engine.reindex(p))?;
            print_report(&report, json)
        }
        CliCommand::Topic {
            query,
            range,
            lang,
            limit,
            page,
            json,
        } => {
            let engine = open_for_reading(settings, true)?;
            let (since, until) = dates(&range)?;
            let request = TopicRequest {
                query,
                since,
                until,
                language: lang,
                page: first_page(page)?,
                limit,
            };
            let answer = engine.topic(&request)?;
            if json {
                let hits: Vec<_> = answer
                    .hits
                    .iter()
                    .map(|h| {
                        json!({
                            "id": h.source.id,
                            "title": h.source.title,
                            "source": h.source.source,
                            "published": h.source.published.map(|p| p.to_string()),
                            "language": h.source.language,
                            "score": h.score,
                            "excerpt": h.excerpt.to_markdown(),
                            "sample": h.source.sample,
                        })
                    })
                    .collect();
                say!(
                    "{}",
                    json!({"query": answer.request.query, "total": answer.total, "fuzzy": answer.fuzzy, "widened": answer.widened.map(|w| w.as_str()), "hits": hits})
                );
            } else {
                say!("{}", text::topic(&answer));
            }
            Ok(ExitCode::SUCCESS)
        }
        CliCommand::WhoCalled {
            name,
            with,
            topic,
            range,
            limit,
            page,
            json,
        } => {
            let engine = open_for_reading(settings, true)?;
            let (since, until) = dates(&range)?;
            let request = WhoCalledRequest {
                person: name,
                with,
                topic,
                since,
                until,
                page: first_page(page)?,
                limit,
            };
            let answer = engine.who_called(&request)?;
            if json {
                let calls: Vec<_> = answer.calls.iter().map(call_json).collect();
                say!(
                    "{}",
                    json!({"person": answer.person, "known_person": answer.known_person, "topics": answer.topics, "total": answer.total, "calls": calls})
                );
            } else {
                say!("{}", text::who_called(&answer));
            }
            Ok(ExitCode::SUCCESS)
        }
        CliCommand::Recent { count, json } => {
            let engine = open_for_reading(settings, true)?;
            let answer = engine.recent(count)?;
            if json {
                let calls: Vec<_> = answer.calls.iter().map(call_json).collect();
                say!("{}", json!({"calls": calls}));
            } else {
                say!("{}", text::recent(&answer));
            }
            Ok(ExitCode::SUCCESS)
        }
        CliCommand::Source { id, json } => {
            let engine = open_for_reading(settings, true)?;
            let answer = engine.source(&id)?;
            if json {
                let mut value = serde_json::to_value(&answer)?;
                if let Some(object) = value.as_object_mut() {
                    object.insert("sample".into(), json!(answer.statement.is_sample()));
                }
                say!("{value}");
            } else {
                say!("{}", text::source(&answer));
            }
            Ok(ExitCode::SUCCESS)
        }
        CliCommand::Remove { id } => {
            let engine = open(settings)?;
            engine.remove(&id)?;
            say!(
                "Removed statement {id} and its calls. A file in sources.dirs that holds it brings it back at the next reindex."
            );
            Ok(ExitCode::SUCCESS)
        }
        CliCommand::Stats { json } => {
            let engine = open_for_reading(settings, false)?;
            let stats = engine.stats()?;
            if json {
                say!("{}", serde_json::to_string(&stats)?);
            } else {
                say!("{}", text::stats(&stats));
            }
            Ok(ExitCode::SUCCESS)
        }
        CliCommand::Extract { paths, json } => extract(&paths, json, &settings),
        CliCommand::Eval {
            labels,
            part,
            json,
            check,
            floor_detection_f1,
            floor_participant_f1,
            floor_direction,
            max_invented_directions,
            floor_dates,
        } => {
            let people = readout::answers::load_people(&settings.people.path)?;
            let extractor = readout::extract::Extractor::new(std::sync::Arc::new(people));
            let eval = readout::eval::evaluate(
                &labels,
                &extractor,
                settings.sources.max_file_bytes,
                part.as_deref(),
            )?;
            if json {
                say!("{}", serde_json::to_string(&eval)?);
            } else {
                say!("{}", eval.render_table());
            }
            let floors = readout::eval::Floors {
                detection_f1: floor_detection_f1,
                participant_f1: floor_participant_f1,
                direction_accuracy: floor_direction,
                max_invented_directions,
                date_accuracy: floor_dates,
            };
            match eval.check_floors(&floors) {
                Err(misses) if check => {
                    for m in misses {
                        eprintln!("under the floor: {m}");
                    }
                    Ok(ExitCode::from(EXIT_FAILURE))
                }
                _ => Ok(ExitCode::SUCCESS),
            }
        }
        #[cfg(feature = "bench")]
        CliCommand::Bench(args) => {
            readout::bench::run(&args, &settings)?;
            Ok(ExitCode::SUCCESS)
        }
        CliCommand::EvalTopics {
            queries,
            min_recall,
            part,
            lang,
            words_only,
            json,
        } => {
            if queries.is_dir() {
                // A real-text set: its pages go into a fresh index in memory.
                let people = readout::answers::load_people(&settings.people.path)?;
                let names = readout::concepts::Lexicon::load(&settings.topics.path)?;
                let searched = if words_only {
                    readout::concepts::Lexicon::empty()
                } else {
                    readout::concepts::Lexicon::load(&settings.topics.path)?
                };
                let index =
                    readout::index::SearchIndex::in_memory(settings.index.writer_memory_mb)?;
                let engine = Engine::with_lexicon(settings, index, people, searched);
                let eval = readout::eval::real_topics::evaluate(
                    &engine,
                    &names,
                    &queries,
                    part.as_deref(),
                    &lang,
                )?;
                if json {
                    say!("{}", serde_json::to_string(&eval)?);
                } else {
                    say!("{}", eval.render_table());
                }
                return Ok(ExitCode::SUCCESS);
            }
            let engine = open(settings)?;
            let eval = readout::eval::topics::evaluate(&engine, &queries)?;
            if json {
                say!("{}", serde_json::to_string(&eval)?);
            } else {
                say!("{}", eval.render_table());
            }
            match min_recall {
                Some(min) if eval.mean_recall_at_5 < min => {
                    eprintln!(
                        "mean recall@5 {:.3} is under the floor {min:.3}",
                        eval.mean_recall_at_5
                    );
                    Ok(ExitCode::from(EXIT_FAILURE))
                }
                _ => Ok(ExitCode::SUCCESS),
            }
        }
        CliCommand::EvalQuestions {
            questions,
            today,
            min_intent,
            min_slots,
            max_wrong,
            json,
        } => eval_questions(
            &questions,
            &today,
            [min_intent, min_slots, max_wrong],
            json,
            &settings,
        ),
        CliCommand::Feeds { action } => feeds(action, settings),
        CliCommand::Chat => {
            serving_memory(true);
            let engine = open(settings)?;
            first_use(&engine)?;
            let interactive = std::io::stdin().is_terminal();
            let styled = interactive && std::io::stdout().is_terminal();
            readout::chat::run(
                &engine,
                std::io::stdin().lock(),
                std::io::stdout().lock(),
                interactive,
                styled,
            )?;
            Ok(ExitCode::SUCCESS)
        }
        CliCommand::Serve => {
            serving_memory(true);
            let engine = std::sync::Arc::new(open(settings.clone())?);
            serve_start(&engine)?;
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()?;
            let served = runtime.block_on(readout::discord::serve(
                engine,
                std::sync::Arc::new(settings),
            ));
            // Dropping a runtime waits for every blocking task: a write that cannot stop (a
            // commit past its point of no return) must not keep a stopped bot alive. The index
            // is safe if the process ends mid-commit: the last commit stays readable.
            runtime.shutdown_timeout(SERVE_STOP_GRACE);
            served?;
            Ok(ExitCode::SUCCESS)
        }
        CliCommand::Ask { line } => {
            let engine = open(settings)?;
            first_use(&engine)?;
            say!("{}", readout::chat::answer_line(&engine, &line)?);
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `eval-questions`: scores the question reader; exit 1 under a floor (or over the wrong-answer
/// ceiling).
fn eval_questions(
    path: &std::path::Path,
    today: &str,
    [min_intent, min_slots, max_wrong]: [Option<f64>; 3],
    json: bool,
    settings: &Settings,
) -> anyhow::Result<ExitCode> {
    let today = readout::answers::parse_date_arg(today, false)?;
    let people = readout::answers::load_people(&settings.people.path)?;
    let eval = readout::eval::questions::evaluate(&people, path, today)?;
    if json {
        say!("{}", serde_json::to_string(&eval)?);
    } else {
        say!("{}", eval.render_table());
    }
    let mut failed = false;
    let mut check = |ok: bool, what: String| {
        if !ok {
            eprintln!("{what}");
            failed = true;
        }
    };
    if let Some(min) = min_intent {
        check(
            eval.intent_accuracy >= min,
            format!(
                "intent accuracy {:.3} is under the floor {min:.3}",
                eval.intent_accuracy
            ),
        );
    }
    if let Some(min) = min_slots {
        check(
            eval.slot_accuracy >= min,
            format!(
                "slot accuracy {:.3} is under the floor {min:.3}",
                eval.slot_accuracy
            ),
        );
    }
    if let Some(max) = max_wrong {
        check(
            eval.wrong_answer_rate <= max,
            format!(
                "wrong answers {:.3} are over the ceiling {max:.3}",
                eval.wrong_answer_rate
            ),
        );
    }
    Ok(if failed {
        ExitCode::from(EXIT_FAILURE)
    } else {
        ExitCode::SUCCESS
    })
}

fn feeds(action: FeedsCommand, settings: Settings) -> anyhow::Result<ExitCode> {
    use readout::sources::feeds::Poller;
    use readout::store::Store;
    let store = std::sync::Arc::new(Store::open(&settings.state_path())?);
    match action {
        FeedsCommand::List { json } => {
            store.sync_settings_feeds(&readout::sources::feeds::settings_feeds(&settings.feeds))?;
            let mut rows = Vec::new();
            for feed in store.feeds()? {
                let state = store.feed_state(&feed.url)?;
                rows.push(json!({
                    "name": feed.name,
                    "url": feed.url,
                    "language": feed.language,
                    "poll_minutes": feed.poll_minutes,
                    "last_status": state.last_status,
                    "failures": state.failures,
                }));
            }
            if json {
                say!("{}", json!({ "feeds": rows }));
            } else if rows.is_empty() {
                say!(
                    "No feeds. Add [[feeds]] to the settings (see config/feeds.toml) or use /feeds add."
                );
            } else {
                for row in &rows {
                    say!(
                        "{} <{}> last: {} ({} failures)",
                        row["name"].as_str().unwrap_or(""),
                        row["url"].as_str().unwrap_or(""),
                        row["last_status"].as_str().unwrap_or("never polled"),
                        row["failures"]
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        FeedsCommand::Poll { json } => {
            let settings = std::sync::Arc::new(settings);
            let engine = std::sync::Arc::new(open((*settings).clone())?);
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()?;
            let report = runtime.block_on(async {
                let poller = Poller::new(engine, store, settings)?;
                poller.round(false).await
            })?;
            let failed = report.feeds.iter().any(|f| !f.ok);
            if json {
                say!(
                    "{}",
                    json!({ "feeds": report.feeds, "new_statements": report.new.len() })
                );
            } else {
                for f in &report.feeds {
                    say!(
                        "{}: {} · {} new items, {} seen, {} statements added, {} calls, {} failed · {} ms",
                        f.name,
                        f.status,
                        f.items_new,
                        f.items_seen,
                        f.statements_added,
                        f.calls_found,
                        f.items_failed,
                        f.millis
                    );
                }
                if report.feeds.is_empty() {
                    say!("No feeds to poll.");
                }
            }
            Ok(if failed {
                ExitCode::from(EXIT_PARTIAL)
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}

/// `--page N` counts from 1.
fn first_page(page: usize) -> Result<usize, AnswerError> {
    page.checked_sub(1).ok_or(AnswerError::BadArgument {
        what: "page",
        value: page.to_string(),
        hint: "pages count from 1",
    })
}

fn dates(
    range: &DateRange,
) -> Result<(Option<chrono::NaiveDate>, Option<chrono::NaiveDate>), AnswerError> {
    parse_range(range.since.as_deref(), range.until.as_deref())
}

fn call_json(c: &readout::answers::CallHit) -> serde_json::Value {
    json!({
        "participants": c.participants,
        "caller": c.caller,
        "recipient": c.recipient,
        "date": c.date.map(|d| d.to_string()),
        "topics": c.topics,
        "concepts": c.concepts,
        "evidence": c.evidence,
        "sample": c.is_sample(),
        "sources": c.sources.iter().map(|s| json!({
            "id": s.id,
            "title": s.title,
            "source": s.source,
            "published": s.published.map(|p| p.to_string()),
            "language": s.language,
            "sample": s.sample,
        })).collect::<Vec<_>>(),
    })
}

/// Runs a long write with a progress bar when stderr is a terminal.
fn with_progress(
    work: impl FnOnce(&(dyn Fn(Progress) + Sync)) -> Result<IngestReport, AnswerError>,
) -> Result<IngestReport, AnswerError> {
    if !std::io::stderr().is_terminal() {
        return work(&|_| {});
    }
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} statements {elapsed}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let report = work(&|p: Progress| {
        bar.set_length(p.total as u64);
        bar.set_position(p.done as u64);
    });
    bar.finish_and_clear();
    report
}

fn print_report(report: &IngestReport, json: bool) -> anyhow::Result<ExitCode> {
    if json {
        say!("{}", serde_json::to_string(report)?);
    } else {
        for r in &report.rejected {
            eprintln!("rejected {}: {}", r.source, r.reason);
        }
        for w in &report.warnings {
            eprintln!("skipped part of {}: {}", w.source, w.reason);
        }
        say!("{}", text::ingest_summary(report));
    }
    let landed = report.added + report.updated + report.unchanged;
    Ok(outcome_code(
        landed,
        report.rejected.len() + report.warnings.len(),
    ))
}

/// The README's exit codes for a run over files: 0 when all landed, 3 when some were rejected
/// and others landed, 1 when something was rejected and nothing landed.
fn outcome_code(landed: usize, problems: usize) -> ExitCode {
    match (landed, problems) {
        (_, 0) => ExitCode::SUCCESS,
        (0, _) => ExitCode::from(EXIT_FAILURE),
        _ => ExitCode::from(EXIT_PARTIAL),
    }
}

fn extract(paths: &[PathBuf], json: bool, settings: &Settings) -> anyhow::Result<ExitCode> {
    let people = readout::answers::load_people(&settings.people.path)?;
    let lexicon = readout::concepts::Lexicon::load(&settings.topics.path)?;
    let extractor = readout::extract::Extractor::with_lexicon(
        std::sync::Arc::new(people),
        std::sync::Arc::new(lexicon),
    );
    let mut problems = 0;
    let mut read = 0;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for item in readout::sources::read_paths(paths, settings.sources.max_file_bytes) {
        // The same warnings as `ingest`: a bad JSON line is skipped, not silently dropped.
        for warning in &item.warnings {
            eprintln!("skipped part of {}: {warning}", item.path.display());
            problems += 1;
        }
        let statements = match item.result {
            Ok(s) => s,
            Err(e) => {
                eprintln!("rejected {}: {e}", item.path.display());
                problems += 1;
                continue;
            }
        };
        read += statements.len();
        for st in statements {
            let document = extractor.read(&st);
            let calls = document.calls;
            if json {
                let line = json!({
                    "path": item.path.display().to_string(),
                    "id": st.id,
                    "language": st.language,
                    "published": st.published.map(|p| p.to_string()),
                    "calls": calls.iter().map(|c| json!({
                        "participants": c.participants,
                        "caller": c.caller,
                        "recipient": c.recipient,
                        "date": c.date.map(|d| d.to_string()),
                        "topics": c.topics,
                        "concepts": c.concepts,
                        "evidence": c.evidence,
                    })).collect::<Vec<_>>(),
                    "concepts": document.concepts,
                });
                writeln!(out, "{line}")?;
            } else {
                writeln!(
                    out,
                    "{} ({}, {} call(s))",
                    item.path.display(),
                    st.language,
                    calls.len()
                )?;
                for c in &calls {
                    let hit =
                        readout::answers::CallHit::from_call(c, readout::model::SourceRef::of(&st));
                    let date = c
                        .date
                        .map_or_else(|| "date unknown".to_string(), |d| d.to_string());
                    writeln!(out, "  {date}: {}", hit.headline())?;
                }
            }
        }
    }
    Ok(outcome_code(read, problems))
}

/// `serve` answers only from what it was given: the sample corpus is loaded only in demo mode
/// (`serve.demo`), and an empty index is said out loud.
fn serve_start(engine: &Engine) -> anyhow::Result<()> {
    if engine.settings().serve.demo {
        tracing::warn!("demo mode: the bundled sample statements are served (marked as samples)");
        first_use(engine)?;
    }
    if engine.stats()?.statements == 0 {
        tracing::warn!("{}", readout::answers::EMPTY_INDEX_NOTE);
    }
    Ok(())
}

/// `chat` and `ask` answer from the bundled sample corpus out of the box.
fn first_use(engine: &Engine) -> anyhow::Result<()> {
    if let Some(report) = engine.index_sources_if_empty()? {
        eprintln!(
            "Indexed the sample corpus: {}",
            text::ingest(&report).lines().last().unwrap_or_default()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serving_sets_mimallocs_purge_delay_to_zero_and_batch_puts_it_back() {
        if operator_purge_delay() {
            return; // The operator's delay is left alone: nothing to check.
        }
        // SAFETY: reading an option has no preconditions.
        let delay = || unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) };
        // mimalloc v3's default purge delay, 1000 ms: a renumbered enum (or v2, whose default
        // is 10 ms) would read something else here.
        assert_eq!(delay(), 1000);
        serving_memory(true);
        assert_eq!(delay(), 0);
        serving_memory(false);
        assert_eq!(delay(), 1000);
    }
}
