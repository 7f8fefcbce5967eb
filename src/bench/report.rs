//! What a benchmark run measured: the data, the table people read and the JSON line machines read.

use std::fmt::Write as _;

use serde::Serialize;

use super::queries::QueryKind;
use super::stats::Percentiles;

#[derive(Debug, Clone, Default, Serialize)]
pub struct BenchReport {
    pub statements: usize,
    pub seed: u64,
    pub machine: Machine,
    pub corpus: CorpusFigures,
    pub ingest: IngestFigures,
    /// Single-thread extraction on ~2 KB statements.
    pub extract: ExtractFigures,
    pub serving: ServingFigures,
    /// The first answers after a restart with the index's pages dropped from the page cache.
    pub cold: Option<ColdFigures>,
    pub reindex: Option<ReindexFigures>,
    pub fts5: Option<Fts5Figures>,
    /// One row per query kind.
    pub kinds: Vec<KindFigures>,
    /// Served from an earlier run's index (`--reuse-index`): no corpus, ingest or extraction
    /// figures.
    pub reused_index: bool,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Machine {
    pub cpus: usize,
    pub cpu_model: String,
    pub readout_version: String,
    pub sqlite_version: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct CorpusFigures {
    pub files: usize,
    pub bytes: u64,
    pub seconds: f64,
    pub statements_per_s: f64,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct IngestFigures {
    pub seconds: f64,
    pub statements_per_s: f64,
    pub mb_per_s: f64,
    pub calls_found: usize,
    pub statements_in_index: u64,
    pub index_bytes: u64,
    /// The statements kept beside the index (bodies included: the index refers to them).
    pub kept_bytes: u64,
    pub peak_rss_mb: f64,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ExtractFigures {
    pub statements: usize,
    pub mean_bytes: usize,
    pub statements_per_s: f64,
    pub mb_per_s: f64,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ServingFigures {
    pub rss_mb: f64,
    /// The part of `rss_mb` the process allocated itself.
    pub rss_anon_mb: f64,
    /// The part of `rss_mb` that is touched pages of the memory-mapped index.
    pub rss_file_mb: f64,
    /// `rss_anon_mb` just before the serving engine was opened: the bench's own (its query
    /// mix, the generator's vocabularies) and what the allocator kept from the ingest. The
    /// engine's share of `rss_anon_mb` is at most the difference.
    pub rss_anon_before_mb: f64,
    pub queries_per_s_1_thread: f64,
    pub queries_per_s_2_threads: f64,
    pub failed_answers: usize,
}

/// A restart on a host whose page cache holds none of the index: the engine opened again after
/// `posix_fadvise(DONTNEED)` on every index file, then the first queries of the mix, untimed
/// warm-up none.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ColdFigures {
    /// Index files whose cached pages were dropped.
    pub files: usize,
    pub open_ms: f64,
    pub answers: Percentiles,
    pub failed_answers: usize,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ReindexFigures {
    pub seconds: f64,
    pub statements_per_s: f64,
    pub peak_rss_mb: f64,
    /// Answer-path latency of queries asked while the reindex ran.
    pub during: Percentiles,
    pub answered: usize,
    /// Errors, or empty answers to queries that had hits before the reindex.
    pub failed: usize,
    pub statements_after: u64,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Fts5Figures {
    pub build_seconds: f64,
    /// Of the build: extracting calls for the people column (the engine's ingest does it too).
    pub extract_seconds: f64,
    pub db_bytes: u64,
    pub failed_answers: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct KindFigures {
    pub kind: QueryKind,
    pub engine: Percentiles,
    pub fts5: Option<Percentiles>,
    pub agreement: Option<Agreement>,
}

/// Whether both sides answer the same question, summed over the first queries of a kind.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Agreement {
    /// "matching statements" (topics: all matches on each side) or "newest calls shared"
    /// (people: calls on the engine's first page, and how many of them FTS5's first page has).
    pub measure: &'static str,
    pub engine: usize,
    pub fts5: usize,
    pub queries: usize,
}

impl KindFigures {
    /// How many times slower FTS5 is at this percentile (p50, p99).
    pub fn ratios(&self) -> Option<(f64, f64)> {
        let f = self.fts5?;
        (self.engine.p50_us > 0.0 && self.engine.p99_us > 0.0)
            .then(|| (f.p50_us / self.engine.p50_us, f.p99_us / self.engine.p99_us))
    }
}

/// The machine-readable summary: one line of JSON.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub statements: usize,
    /// The serving phases ran on an earlier run's index: the ingest and extraction figures
    /// below are zero because they were not measured.
    pub reused_index: bool,
    pub ingest_statements_per_s: f64,
    pub ingest_mb_per_s: f64,
    pub index_mb: f64,
    /// The statements kept beside the index, which hold the bodies the index refers to.
    pub kept_mb: f64,
    /// Index and kept statements over the corpus bytes.
    pub index_x_corpus: f64,
    pub index_and_kept_x_corpus: f64,
    pub ingest_peak_rss_mb: f64,
    /// p99 of the slowest query kind.
    pub answer_p99_us: f64,
    pub answer_p99_kind: Option<QueryKind>,
    /// FTS5's p99 on that same kind.
    pub fts5_answer_p99_us: Option<f64>,
    pub ratio_vs_fts5: Option<f64>,
    /// The smallest p50 ratio over all kinds.
    pub min_p50_ratio_vs_fts5: Option<f64>,
    /// The smallest p99 ratio over all kinds.
    pub min_p99_ratio_vs_fts5: Option<f64>,
    /// FTS5's build of the same statements (reading, extraction, insert, optimize).
    pub fts5_build_statements_per_s: Option<f64>,
    /// The engine's ingest rate over FTS5's build rate (above 1: the engine is faster).
    pub ingest_ratio_vs_fts5_build: Option<f64>,
    /// p99 of the first answers after a restart with the index out of the page cache.
    pub cold_answer_p99_us: Option<f64>,
    pub serving_rss_mb: f64,
    pub serving_rss_anon_mb: f64,
    pub serving_rss_file_mb: f64,
    pub serving_rss_anon_before_engine_mb: f64,
    pub queries_per_s_1_thread: f64,
    pub queries_per_s_2_threads: f64,
    pub reindex_p99_us: Option<f64>,
    pub reindex_failed_answers: Option<usize>,
    pub failed_answers: usize,
    pub extract_statements_per_s: f64,
    pub fts5_mb: Option<f64>,
}

impl BenchReport {
    pub fn summary(&self) -> Summary {
        let worst = self
            .kinds
            .iter()
            .max_by(|a, b| a.engine.p99_us.total_cmp(&b.engine.p99_us));
        let fts5_p99 = worst.and_then(|k| k.fts5).map(|f| f.p99_us);
        let answer_p99 = worst.map_or(0.0, |k| k.engine.p99_us);
        Summary {
            statements: self.statements,
            reused_index: self.reused_index,
            ingest_statements_per_s: round(self.ingest.statements_per_s),
            ingest_mb_per_s: round(self.ingest.mb_per_s),
            index_mb: round(super::stats::mb(self.ingest.index_bytes)),
            kept_mb: round(super::stats::mb(self.ingest.kept_bytes)),
            index_x_corpus: self.over_corpus(self.ingest.index_bytes),
            index_and_kept_x_corpus: self
                .over_corpus(self.ingest.index_bytes + self.ingest.kept_bytes),
            ingest_peak_rss_mb: round(self.ingest.peak_rss_mb),
            answer_p99_us: round(answer_p99),
            answer_p99_kind: worst.map(|k| k.kind),
            fts5_answer_p99_us: fts5_p99.map(round),
            ratio_vs_fts5: fts5_p99
                .filter(|_| answer_p99 > 0.0)
                .map(|f| round(f / answer_p99)),
            min_p50_ratio_vs_fts5: self
                .kinds
                .iter()
                .filter_map(|k| k.ratios().map(|r| r.0))
                .min_by(f64::total_cmp)
                .map(round),
            min_p99_ratio_vs_fts5: self
                .kinds
                .iter()
                .filter_map(|k| k.ratios().map(|r| r.1))
                .min_by(f64::total_cmp)
                .map(round),
            fts5_build_statements_per_s: self.fts5_build_rate().map(round),
            ingest_ratio_vs_fts5_build: self
                .fts5_build_rate()
                .filter(|&f| f > 0.0)
                .map(|f| (self.ingest.statements_per_s / f * 100.0).round() / 100.0),
            cold_answer_p99_us: self.cold.as_ref().map(|c| round(c.answers.p99_us)),
            serving_rss_mb: round(self.serving.rss_mb),
            serving_rss_anon_mb: round(self.serving.rss_anon_mb),
            serving_rss_file_mb: round(self.serving.rss_file_mb),
            serving_rss_anon_before_engine_mb: round(self.serving.rss_anon_before_mb),
            queries_per_s_1_thread: round(self.serving.queries_per_s_1_thread),
            queries_per_s_2_threads: round(self.serving.queries_per_s_2_threads),
            reindex_p99_us: self.reindex.as_ref().map(|r| round(r.during.p99_us)),
            reindex_failed_answers: self.reindex.as_ref().map(|r| r.failed),
            failed_answers: self.serving.failed_answers,
            extract_statements_per_s: round(self.extract.statements_per_s),
            fts5_mb: self
                .fts5
                .as_ref()
                .map(|f| round(super::stats::mb(f.db_bytes))),
        }
    }

    /// `bytes` over the corpus's, to two decimals.
    fn over_corpus(&self, bytes: u64) -> f64 {
        (bytes as f64 / self.corpus.bytes.max(1) as f64 * 100.0).round() / 100.0
    }

    /// Statements per second of the FTS5 build.
    fn fts5_build_rate(&self) -> Option<f64> {
        self.fts5
            .as_ref()
            .filter(|f| f.build_seconds > 0.0)
            .map(|f| self.statements as f64 / f.build_seconds)
    }

    pub fn json_line(&self) -> String {
        serde_json::to_string(&self.summary()).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
    }

    /// The human-readable result, as a markdown table plus the headline figures.
    pub fn table(&self) -> String {
        let mut t = String::new();
        let m = &self.machine;
        let _ = writeln!(
            t,
            "readout {} bench: {} statements, seed {}",
            m.readout_version, self.statements, self.seed
        );
        let _ = writeln!(
            t,
            "machine: {} CPUs, {}; SQLite {}",
            m.cpus, m.cpu_model, m.sqlite_version
        );
        if self.reused_index {
            let _ = writeln!(
                t,
                "corpus, ingest, extraction: not run (--reuse-index: the index an earlier run left)"
            );
            self.disk_line(&mut t);
        } else {
            self.ingest_lines(&mut t);
        }
        self.serving_lines(&mut t);
        t
    }

    fn ingest_lines(&self, t: &mut String) {
        let _ = writeln!(
            t,
            "corpus: {} files, {:.0} MB, generated at {:.0} statements/s",
            self.corpus.files,
            super::stats::mb(self.corpus.bytes),
            self.corpus.statements_per_s
        );
        let i = &self.ingest;
        let _ = writeln!(
            t,
            "ingest (read + extract + index): {:.1} s, {:.0} statements/s, {:.1} MB/s, {} calls, index {:.0} MB, peak RSS {:.0} MB",
            i.seconds,
            i.statements_per_s,
            i.mb_per_s,
            i.calls_found,
            super::stats::mb(i.index_bytes),
            i.peak_rss_mb
        );
        self.disk_line(t);
        let e = &self.extract;
        let _ = writeln!(
            t,
            "extraction, 1 thread, {} statements of ~{} bytes: {:.0} statements/s ({:.1} MB/s)",
            e.statements, e.mean_bytes, e.statements_per_s, e.mb_per_s
        );
    }

    fn disk_line(&self, t: &mut String) {
        let i = &self.ingest;
        let corpus = self.corpus.bytes.max(1) as f64;
        let _ = writeln!(
            t,
            "on disk: index {:.1} MB ({:.2}x the corpus) + kept statements {:.1} MB = {:.1} MB ({:.2}x)",
            super::stats::mb(i.index_bytes),
            i.index_bytes as f64 / corpus,
            super::stats::mb(i.kept_bytes),
            super::stats::mb(i.index_bytes + i.kept_bytes),
            (i.index_bytes + i.kept_bytes) as f64 / corpus
        );
    }

    fn serving_lines(&self, t: &mut String) {
        let s = &self.serving;
        let _ = writeln!(
            t,
            "serving: RSS {:.0} MB ({:.0} MB allocated, of which {:.0} MB before the engine \
             opened; {:.0} MB of mapped index pages), {:.0} queries/s on 1 thread, {:.0} on 2 \
             threads, {} failed answers",
            s.rss_mb,
            s.rss_anon_mb,
            s.rss_anon_before_mb,
            s.rss_file_mb,
            s.queries_per_s_1_thread,
            s.queries_per_s_2_threads,
            s.failed_answers
        );
        if let Some(c) = &self.cold {
            let _ = writeln!(
                t,
                "cold restart (page cache dropped for {} index and kept files): open {:.0} ms; first {} answers p50 {:.0} us, p99 {:.0} us, max {:.0} us, {} failed",
                c.files,
                c.open_ms,
                c.answers.count,
                c.answers.p50_us,
                c.answers.p99_us,
                c.answers.max_us,
                c.failed_answers
            );
        }
        if let Some(r) = &self.reindex {
            let _ = writeln!(
                t,
                "reindex: {:.1} s ({:.0} statements/s, peak RSS {:.0} MB); {} answers meanwhile, p50 {:.0} us, p99 {:.0} us, max {:.0} us, {} failed",
                r.seconds,
                r.statements_per_s,
                r.peak_rss_mb,
                r.answered,
                r.during.p50_us,
                r.during.p99_us,
                r.during.max_us,
                r.failed
            );
        }
        if let Some(f) = &self.fts5 {
            let _ = writeln!(
                t,
                "FTS5 build: {:.1} s (of which extraction {:.1} s), {:.0} statements/s, database {:.0} MB; engine ingest / FTS5 build: {:.2}x",
                f.build_seconds,
                f.extract_seconds,
                self.fts5_build_rate().unwrap_or(0.0),
                super::stats::mb(f.db_bytes),
                self.fts5_build_rate()
                    .filter(|&r| r > 0.0)
                    .map_or(0.0, |r| self.ingest.statements_per_s / r)
            );
        }
        let _ = writeln!(t);
        let _ = writeln!(
            t,
            "| query kind | n | p50 us | p95 us | p99 us | max us | FTS5 n | FTS5 p50 us | FTS5 p99 us | x p50 | x p99 | engine / FTS5 agreement |"
        );
        let _ = writeln!(
            t,
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
        );
        for k in &self.kinds {
            let e = &k.engine;
            let (fn_, f50, f99) = match k.fts5 {
                Some(f) => (
                    f.count.to_string(),
                    format!("{:.0}", f.p50_us),
                    format!("{:.0}", f.p99_us),
                ),
                None => ("-".into(), "-".into(), "-".into()),
            };
            let (r50, r99) = k.ratios().map_or(("-".into(), "-".into()), |(a, b)| {
                (format!("{a:.1}"), format!("{b:.1}"))
            });
            let agreement = match k.agreement {
                Some(a) => format!(
                    "{} / {} {} ({} queries)",
                    a.engine, a.fts5, a.measure, a.queries
                ),
                None => "-".into(),
            };
            let _ = writeln!(
                t,
                "| {} | {} | {:.0} | {:.0} | {:.0} | {:.0} | {} | {} | {} | {} | {} | {} |",
                k.kind.label(),
                e.count,
                e.p50_us,
                e.p95_us,
                e.p99_us,
                e.max_us,
                fn_,
                f50,
                f99,
                r50,
                r99,
                agreement
            );
        }
    }
}

fn round(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}
