//! Crash safety: `readout` as a user runs it (ingest, then reindex, then a feeds poll), killed
//! with SIGKILL at many points mid-write, then started again. After every kill the index opens
//! and serves exactly its last commit (the state before the interrupted write or the state after
//! it, nothing in between); then the same write is run to the end: no stale lock blocks it, the
//! index holds each statement and each call once, nothing is left behind in the index folder,
//! every kept statement reads back, and the feed state marks nothing seen that is not indexed.
//!
//! Kill points: evenly spread over the time a clean run of the same write took, plus points
//! signalled by the files themselves (a segment appears, `meta.json` is replaced by a commit, a
//! kept batch appears). `READOUT_CRASH_KILLS` sets the timed points per phase (default 2).

mod support;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant, SystemTime};

use readout::model::Statement;
use readout::store::Store;
use serde_json::Value;
use support::bot::{SEED_FILE, seed_dir};
use support::cli::json_of;
use support::disk::{orphan_files, short_corpus};
use support::feed_server::FeedServer;
use support::feeds::{Item, item, rss};

/// Statements per ingest, and in the two source folders the reindexes alternate between.
const INGEST: usize = 150;
const SOURCES: [usize; 2] = [200, 125];
const PER_FILE: usize = 25;
const FEED_ITEMS: usize = 40;
const SEED: u64 = 11;

/// Where a kill lands.
#[derive(Debug, Clone, Copy)]
enum Point {
    /// This long after the start.
    After(Duration),
    /// A segment file no commit owned appears: the writer is flushing mid-write.
    NewSegment,
    /// `meta.json` was replaced: a commit is done, its merges run.
    Committed,
    /// A new kept batch file appears.
    KeptGrew,
}

/// What the folders looked like before a run, to see the run's first traces.
struct Before {
    segments: HashSet<String>,
    meta: Option<SystemTime>,
    kept: usize,
}

struct Lab {
    dir: tempfile::TempDir,
    config: PathBuf,
    sources: [PathBuf; 2],
    /// The id of the seed statement, in every commit.
    seed_id: String,
    /// Kill points that found the process still running.
    landed: usize,
    /// Kill points that came after the process had finished on its own.
    missed: usize,
    /// One line per kill: where, and which commit the restart found.
    log: Vec<String>,
}

/// What the index holds, as `readout stats` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Held {
    statements: u64,
    calls: u64,
}

impl Lab {
    fn index(&self) -> PathBuf {
        self.dir.path().join("index")
    }

    fn kept_dir(&self) -> PathBuf {
        self.dir.path().join("index.kept")
    }

    fn readout(&self) -> Command {
        let mut cmd = support::cli::readout(&self.index());
        cmd.arg("--config")
            .arg(&self.config)
            // The smallest writer budget: segments are flushed mid-write, not only at the commit.
            .env("READOUT__INDEX__WRITER_MEMORY_MB", "15");
        cmd
    }

    fn run(&self, args: &[&str], sources: Option<&Path>) -> Output {
        let mut cmd = self.readout();
        cmd.args(args);
        if let Some(dir) = sources {
            cmd.env("READOUT__SOURCES__DIRS", dir);
        }
        cmd.output().expect("readout runs")
    }

    /// Runs a write to the end; it must succeed (a stale lock would fail it).
    fn complete(&self, args: &[&str], sources: Option<&Path>) -> Value {
        let out = self.run(args, sources);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success(),
            "`readout {}` failed after a kill: {err}",
            args.join(" ")
        );
        json_of(&out)
    }

    fn held(&self) -> Held {
        let stats = json_of(&self.run(&["stats", "--json"], None));
        Held {
            statements: stats["statements"].as_u64().expect("statements"),
            calls: stats["calls"].as_u64().expect("calls"),
        }
    }

    fn before(&self) -> Before {
        let index = self.index();
        Before {
            segments: segment_stems(&index),
            meta: modified(&index.join("meta.json")),
            kept: kept_files(&self.kept_dir()).len(),
        }
    }

    /// Starts the write and kills it (SIGKILL) at `point`; true when it was still running.
    fn kill_at(&mut self, args: &[&str], sources: Option<&Path>, point: Point) -> bool {
        let before = self.before();
        let mut cmd = self.readout();
        cmd.args(args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        if let Some(dir) = sources {
            cmd.env("READOUT__SOURCES__DIRS", dir);
        }
        let started = Instant::now();
        let mut child = cmd.spawn().expect("readout starts");
        loop {
            if child.try_wait().expect("poll the child").is_some() {
                self.missed += 1;
                self.log
                    .push(format!("{} at {point:?}: the run had ended", args[0]));
                return false;
            }
            let due = match point {
                Point::After(at) => started.elapsed() >= at,
                Point::NewSegment => !segment_stems(&self.index()).is_subset(&before.segments),
                Point::Committed => modified(&self.index().join("meta.json")) != before.meta,
                Point::KeptGrew => kept_files(&self.kept_dir()).len() > before.kept,
            };
            // A point that never comes is a run that ends: the loop ends with it.
            if due || started.elapsed() > Duration::from_secs(120) {
                break;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        let running = child.try_wait().expect("poll the child").is_none();
        let _ = child.kill();
        let _ = child.wait();
        if running {
            self.landed += 1;
            let left = temporaries(&self.kept_dir());
            if left > 0 {
                self.log.push(format!(
                    "{} at {point:?}: {left} half-written kept file(s) left",
                    args[0]
                ));
            }
        } else {
            self.missed += 1;
            self.log
                .push(format!("{} at {point:?}: the run had ended", args[0]));
        }
        running
    }

    /// What a restart after a kill must find: the index opens, and answers from its last
    /// commit (the seed, kept by every commit, and its call). Returns what the index holds.
    fn restart(&self, what: &str) -> Held {
        let held = self.held();
        let seed = self.run(&["source", &self.seed_id, "--json"], None);
        assert!(
            seed.status.success() && json_of(&seed)["statement"]["body"].is_string(),
            "{what}: the seed is not served: {}",
            String::from_utf8_lossy(&seed.stderr)
        );
        let calls = json_of(&self.run(&["who-called", "Aliyev", "--json"], None));
        assert!(
            calls["total"].as_u64().is_some_and(|n| n > 0),
            "{what}: who-called answers nothing: {calls}"
        );
        held
    }

    /// Once the write has run to the end: what the restart found was the commit before the
    /// write or the one after it, nothing in between.
    fn settle(&mut self, what: &str, landed: bool, found: Held, before: Held, after: Held) {
        if !landed {
            return;
        }
        let which = if found == before {
            "the commit before"
        } else if found == after {
            "the commit after"
        } else {
            panic!(
                "{what}: after the kill the index held {found:?}, neither the commit before \
                 {before:?} nor the one after {after:?}"
            );
        };
        self.log.push(format!("{what}: restarted on {which}"));
    }

    /// What must hold once the write has been run to the end after a kill.
    fn check_whole(&self, expected: Held, found: &[Statement], kept: usize, what: &str) {
        assert_eq!(
            self.held(),
            expected,
            "{what}: statements or calls counted twice or lost"
        );
        let orphans = orphan_files(&self.index());
        assert!(orphans.is_empty(), "{what}: files left behind: {orphans:?}");
        for st in [found.first(), found.last()].into_iter().flatten() {
            let out = self.run(&["source", &st.id, "--json"], None);
            assert!(
                out.status.success(),
                "{what}: statement {} is not served: {}",
                st.id,
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let ids = kept_ids(&self.kept_dir(), what);
        assert_eq!(ids.len(), kept, "{what}: kept statements");
    }
}

/// The ids of every kept statement, each file read and every statement in it parsed: a batch
/// written again after a kill holds the same ids as the one before, which count once.
fn kept_ids(dir: &Path, what: &str) -> HashSet<String> {
    let mut ids = HashSet::new();
    for path in kept_files(dir) {
        let bytes = std::fs::read(&path).expect("read a kept file");
        for line in bytes.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
            let parsed: Result<Statement, _> = serde_json::from_slice(line);
            match parsed {
                Ok(st) => {
                    ids.insert(st.id);
                }
                Err(e) => panic!("{what}: kept file {} is damaged: {e}", path.display()),
            }
        }
    }
    ids
}

fn segment_stems(index: &Path) -> HashSet<String> {
    std::fs::read_dir(index)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let stem = name.split('.').next().unwrap_or("").to_string();
            (stem.len() == 32).then_some(stem)
        })
        .collect()
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// The kept files a rebuild reads: batches, and single statements of earlier versions (hidden
/// temporaries are not statements).
fn kept_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                !n.starts_with('.') && (n.ends_with(".json") || n.ends_with(".jsonl"))
            })
        })
        .collect()
}

fn temporaries(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .count()
}

/// The kill points of a phase whose clean run took `took`.
fn points(took: Duration, events: &[Point]) -> Vec<Point> {
    let timed: u32 = std::env::var("READOUT_CRASH_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2);
    let mut all: Vec<Point> = (0..timed)
        .map(|i| Point::After(took.mul_f64((f64::from(i) + 0.5) / f64::from(timed))))
        .collect();
    all.extend_from_slice(events);
    all
}

fn count(report: &Value, key: &str) -> u64 {
    report[key].as_u64().unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_mid_write_at_any_point_readout_restarts_on_its_last_commit_and_loses_nothing() {
    let feeds = FeedServer::start().await;
    let dir = tempfile::tempdir().expect("temporary directory");
    let config = dir.path().join("settings.toml");
    std::fs::write(
        &config,
        format!(
            "[poller]\ntimeout_seconds = 5\nmax_items = 100\n\n[[feeds]]\nurl = \"{}\"\n\
             name = \"loopback\"\nlanguage = \"en\"\n",
            feeds.url("/rss")
        ),
    )
    .expect("write settings");
    let sources = [dir.path().join("sources-a"), dir.path().join("sources-b")];
    let mut lab = Lab {
        dir,
        config,
        sources: sources.clone(),
        seed_id: String::new(),
        landed: 0,
        missed: 0,
        log: Vec::new(),
    };
    let source_statements: Vec<Vec<Statement>> = SOURCES
        .iter()
        .zip(&sources)
        .enumerate()
        .map(|(i, (&n, dir))| short_corpus(dir, n / PER_FILE, PER_FILE, 1_000_000 * (i + 1), SEED))
        .collect();
    let feed_url = feeds.url("/rss");
    let report = tokio::task::spawn_blocking(move || {
        let mut kept = 1;
        let seed = seed_dir();
        lab.complete(
            &["ingest", seed.to_str().expect("a UTF-8 path"), "--json"],
            None,
        );
        let topic = json_of(&lab.run(&["topic", "COP29", "--json"], None));
        assert!(
            topic["hits"][0]["source"]
                .as_str()
                .is_some_and(|s| s.contains(SEED_FILE)),
            "{topic}"
        );
        lab.seed_id = topic["hits"][0]["id"].as_str().expect("an id").to_string();
        let mut held = lab.held();
        let mut lines = Vec::new();

        // Ingests: each one a new corpus, so the commit before and after differ.
        let mut round = 0;
        let mut ingest =
            |lab: &mut Lab, point: Option<Point>, held: &mut Held, kept: &mut usize| {
                let corpus = lab.dir.path().join(format!("ingest-{round}"));
                let statements =
                    short_corpus(&corpus, INGEST / PER_FILE, PER_FILE, round * INGEST, SEED);
                round += 1;
                let args = ["ingest", corpus.to_str().expect("a UTF-8 path"), "--json"];
                let what = format!("ingest killed at {point:?}");
                let landed = point.is_some_and(|p| lab.kill_at(&args, None, p));
                let found = lab.restart(&what);
                let started = Instant::now();
                let report = lab.complete(&args, None);
                let took = started.elapsed();
                let expected = Held {
                    statements: held.statements + INGEST as u64,
                    calls: held.calls + count(&report, "calls_found"),
                };
                lab.settle(&what, landed, found, *held, expected);
                *kept += INGEST;
                lab.check_whole(expected, &statements, *kept, &what);
                *held = expected;
                took
            };
        let took = ingest(&mut lab, None, &mut held, &mut kept);
        lines.push(format!("ingest of {INGEST} statements: {took:?} unkilled"));
        for point in points(
            took,
            &[Point::KeptGrew, Point::NewSegment, Point::Committed],
        ) {
            ingest(&mut lab, Some(point), &mut held, &mut kept);
        }

        // Reindexes: the source folder alternates, so the commit before and after differ.
        let mut turn = 0;
        let mut reindex = |lab: &mut Lab, point: Option<Point>, held: &mut Held| {
            let which = turn % 2;
            turn += 1;
            let sources = lab.sources[which].clone();
            let args = ["reindex", "--json"];
            let what = format!("reindex killed at {point:?}");
            let landed = point.is_some_and(|p| lab.kill_at(&args, Some(&sources), p));
            let found = lab.restart(&what);
            let started = Instant::now();
            let report = lab.complete(&args, Some(&sources));
            let took = started.elapsed();
            let expected = Held {
                statements: (kept + SOURCES[which]) as u64,
                calls: count(&report, "calls_found"),
            };
            lab.settle(&what, landed, found, *held, expected);
            lab.check_whole(expected, &source_statements[which], kept, &what);
            *held = expected;
            took
        };
        let took = reindex(&mut lab, None, &mut held);
        lines.push(format!(
            "reindex of {} statements: {took:?} unkilled",
            held.statements
        ));
        for point in points(took, &[Point::NewSegment, Point::Committed]) {
            reindex(&mut lab, Some(point), &mut held);
        }
        // Kills during the rebuilds may leave half-written kept temporaries; a rebuild clears them.
        assert_eq!(
            temporaries(&lab.kept_dir()),
            0,
            "a temporary kept file outlived a completed reindex"
        );

        // Feed polls: the store must never mark an item seen that the index does not hold.
        // Each poll finds a feed with new items, so the commit before and after differ.
        let mut edition = 0;
        let store_path = lab.dir.path().join("index.state.sqlite");
        let mut poll = |lab: &mut Lab, point: Option<Point>, held: &mut Held, kept: &mut usize| {
            let items = feed_items(&feeds.base, edition);
            edition += 1;
            feeds.xml("/rss", rss(&items));
            let ids: Vec<String> = items.iter().map(|i| i.guid.clone()).collect();
            let args = ["feeds", "poll", "--json"];
            let what = format!("feeds poll killed at {point:?}");
            let landed = point.is_some_and(|p| lab.kill_at(&args, None, p));
            let found = lab.restart(&what);
            let store = Store::open(&store_path).expect("the feed state opens after a kill");
            let seen = store.seen(&feed_url, &ids).expect("seen items").len() as u64;
            drop(store);
            let indexed = found.statements.saturating_sub(held.statements);
            assert!(
                seen <= indexed,
                "{what}: {seen} items marked seen but only {indexed} indexed: they are lost"
            );
            let started = Instant::now();
            let report = lab.complete(&args, None);
            let took = started.elapsed();
            let now = lab.held();
            assert_eq!(
                now.statements,
                held.statements + FEED_ITEMS as u64,
                "{what}: {report}"
            );
            lab.settle(&what, landed, found, *held, now);
            *kept += FEED_ITEMS;
            let store = Store::open(&store_path).expect("the feed state opens");
            assert_eq!(
                store.seen(&feed_url, &ids).expect("seen").len(),
                FEED_ITEMS,
                "{what}: items not marked seen"
            );
            drop(store);
            let again = lab.complete(&args, None);
            assert_eq!(count(&again, "new_statements"), 0, "{what}: {again}");
            lab.check_whole(now, &[], *kept, &what);
            *held = now;
            took
        };
        let took = poll(&mut lab, None, &mut held, &mut kept);
        lines.push(format!(
            "feeds poll of {FEED_ITEMS} items: {took:?} unkilled"
        ));
        for point in points(took, &[Point::KeptGrew, Point::Committed]) {
            poll(&mut lab, Some(point), &mut held, &mut kept);
        }
        lines.append(&mut lab.log);
        lines.push(format!(
            "kill points: {} landed mid-run and survived, {} came after the run had ended",
            lab.landed, lab.missed
        ));
        lines
    })
    .await
    .expect("the crash runs");
    for line in report {
        eprintln!("{line}");
    }
}

/// The feed's items of one edition: new guids and links, generated bodies.
fn feed_items(base: &str, edition: usize) -> Vec<Item> {
    let generator = readout::bench::Generator::new(SEED);
    (0..FEED_ITEMS)
        .map(|n| {
            let body = generator
                .statement_sized(
                    (3_000_000 + edition * 1000 + n) as u64,
                    support::disk::SHORT,
                )
                .statement
                .body;
            item(
                base,
                &format!("call-{edition}-{n}"),
                "Tue, 04 Mar 2025 18:00:00 +0000",
                Some(body),
            )
        })
        .collect()
}
