//! Measuring: latency percentiles, process memory from `/proc`, sizes on disk.

use std::time::Duration;

use serde::Serialize;

/// Latency distribution of one query kind, in microseconds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Percentiles {
    pub count: usize,
    pub p50_us: f64,
    pub p95_us: f64,
    pub p99_us: f64,
    pub max_us: f64,
    pub mean_us: f64,
}

impl Percentiles {
    /// Nearest-rank percentiles of the samples.
    pub fn of(samples: &[Duration]) -> Self {
        if samples.is_empty() {
            return Self::default();
        }
        let mut us: Vec<f64> = samples.iter().map(|d| d.as_secs_f64() * 1e6).collect();
        us.sort_by(f64::total_cmp);
        let rank = |p: f64| us[((p * us.len() as f64).ceil() as usize).clamp(1, us.len()) - 1];
        Self {
            count: us.len(),
            p50_us: rank(0.50),
            p95_us: rank(0.95),
            p99_us: rank(0.99),
            max_us: us[us.len() - 1],
            mean_us: us.iter().sum::<f64>() / us.len() as f64,
        }
    }
}

/// Resident memory of this process: (current VmRSS, peak VmHWM), in MB. `None` off Linux.
pub fn memory_mb() -> Option<(f64, f64)> {
    let [rss, peak] = status_mb(["VmRSS:", "VmHWM:"])?;
    Some((rss, peak))
}

/// The resident set in two parts, in MB: memory the process allocated (heap, stacks), and
/// pages of mapped files (the index) it has touched, which the kernel can drop and reread.
pub fn resident_parts_mb() -> Option<(f64, f64)> {
    let [anon, file] = status_mb(["RssAnon:", "RssFile:"])?;
    Some((anon, file))
}

/// `kB` lines of one read of `/proc/self/status`, in MB.
fn status_mb<const N: usize>(names: [&str; N]) -> Option<[f64; N]> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let mut out = [0.0; N];
    for (value, name) in out.iter_mut().zip(names) {
        let line = status.lines().find(|l| l.starts_with(name))?;
        let kb: f64 = line[name.len()..]
            .trim()
            .trim_end_matches("kB")
            .trim()
            .parse()
            .ok()?;
        *value = kb / 1024.0;
    }
    Some(out)
}

/// Resets the peak (VmHWM) to the current RSS, so a phase's peak can be read on its own.
/// Linux only (`/proc/self/clear_refs`, value 5); a failure leaves the overall peak.
pub fn reset_peak_memory() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// Returns freed heap pages to the OS, so that the serving RSS measured after a large ingest in
/// the same process is not the ingest's leftover: the global allocator's, through the trimmer
/// the binary registered (mimalloc's `mi_collect`; without it mimalloc returns them on its own
/// only after a delay, and 231 MB of a 10k run's ingest were still held when the serving
/// engine opened), and glibc's, which holds what C code (SQLite) freed.
pub fn trim_heap() {
    if let Some(trim) = HEAP_TRIMMER.get() {
        trim();
    }
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        unsafe extern "C" {
            fn malloc_trim(pad: usize) -> i32;
        }
        // SAFETY: malloc_trim only gives free pages back to the kernel; it has no preconditions
        // and touches no memory that is in use.
        unsafe {
            malloc_trim(0);
        }
    }
}

/// What gives the global allocator's free memory back, when it is not glibc's malloc (which
/// [`trim_heap`] trims itself): the binary chooses the allocator, so it says how.
static HEAP_TRIMMER: std::sync::OnceLock<fn()> = std::sync::OnceLock::new();

/// Registers how [`trim_heap`] gives the global allocator's free memory back.
pub fn set_heap_trimmer(trim: fn()) {
    let _ = HEAP_TRIMMER.set(trim);
}

/// What the binary does to the allocator when it starts serving (`serve`, `chat`: true) or
/// runs a batch command (false), done here before the serving engine opens and before the
/// FTS5 build so that each phase runs as its command would.
static SERVING_MEMORY: std::sync::OnceLock<fn(bool)> = std::sync::OnceLock::new();

/// Registers what `serving_memory` does.
pub fn set_serving_memory(policy: fn(bool)) {
    let _ = SERVING_MEMORY.set(policy);
}

/// Puts the allocator in the state the binary serves in (`true`) or runs batches in.
pub fn serving_memory(serving: bool) {
    if let Some(policy) = SERVING_MEMORY.get() {
        policy(serving);
    }
}

/// Drops the cached pages of every file under `dir` from the kernel's page cache
/// (`posix_fadvise(POSIX_FADV_DONTNEED)`), as after a reboot or on a host whose cache went to
/// other work. Pages a process still maps stay: close the index first. Returns the files
/// advised; off Linux nothing is done.
pub fn drop_page_cache(dir: &std::path::Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut advised = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            advised += drop_page_cache(&path);
        } else if let Ok(file) = std::fs::File::open(&path) {
            advised += usize::from(advise_dont_need(&file));
        }
    }
    advised
}

#[cfg(target_os = "linux")]
fn advise_dont_need(file: &std::fs::File) -> bool {
    use std::os::fd::AsRawFd;
    // Dirty pages are not dropped: write them out first.
    let _ = file.sync_data();
    // SAFETY: the descriptor is open for the whole call; the advice changes no memory of ours.
    unsafe { libc::posix_fadvise(file.as_raw_fd(), 0, 0, libc::POSIX_FADV_DONTNEED) == 0 }
}

#[cfg(not(target_os = "linux"))]
fn advise_dont_need(_file: &std::fs::File) -> bool {
    false
}

pub fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1_048_576.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_use_nearest_rank() {
        let samples: Vec<Duration> = (1..=100).map(Duration::from_micros).collect();
        let p = Percentiles::of(&samples);
        assert_eq!(p.count, 100);
        assert!((p.p50_us - 50.0).abs() < 1e-6);
        assert!((p.p99_us - 99.0).abs() < 1e-6);
        assert!((p.max_us - 100.0).abs() < 1e-6);
        assert_eq!(Percentiles::of(&[]), Percentiles::default());
    }

    #[test]
    fn memory_is_readable_on_linux() {
        if cfg!(target_os = "linux") {
            let (rss, peak) = memory_mb().unwrap_or_default();
            assert!(rss > 0.0 && peak >= rss);
        }
    }
}
