//! A person's calls merged once per index generation, not once per question.
//!
//! Who-called merges every report outline of the person (up to `MAX_CALL_REPORTS`) to count
//! the calls and find the reports of the page it shows; for a frequent person that merge is
//! most of the answer's time. The merged list depends only on the query (person, other person,
//! topic, dates; not the page) and on the committed index, so it is kept for the searcher
//! generation it was made on: a page of another size, another page, or the same person typed
//! in another script reuses it. A commit, a merge of segments or a reload makes a new
//! generation, and lists of an older one are never used again (they are dropped as soon as a
//! newer generation is asked for). Only lists that cost something to make are kept, within a
//! byte budget, least recently used first out. A person's whole list and the narrowed ones
//! (dates, a second person, a topic) have budgets of their own: narrowed questions vary so much
//! that, sharing one budget, they pushed out the whole lists that are asked for again. The
//! generation rule holds across both pools. A list also keeps its two last pages of calls as
//! read from the store, counted in its bytes.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use super::outline_merge::{self, Calls};
use super::types::CallHit;
use crate::index::{CallOutlines, CallQuery};

/// Pages of calls a list keeps once read, and the largest page size kept: the first pages,
/// asked for again in other spellings and by other users, are then answered without reading
/// their reports from the store again (at a million statements that read was most of a kept
/// list's answer: 1.4-2.2 ms for the most frequent person).
const KEPT_PAGES: usize = 2;
const KEPT_PAGE_MAX_CALLS: usize = 25;

/// A query's calls in answer order (real calls first, each group newest first), each call as
/// the positions of its reports among the query's reports, on the commit they were read from.
pub struct CallList {
    outlines: CallOutlines,
    /// Report positions, call after call in answer order; ascending within a call.
    positions: Vec<u32>,
    /// Where each call's positions start in `positions`, and one past the last call.
    starts: Vec<u32>,
    /// Pages already read from the store and merged, oldest first.
    pages: Mutex<Vec<KeptPage>>,
    /// Heap bytes of the kept pages, about.
    page_bytes: AtomicUsize,
}

impl CallList {
    /// Merges the outlines (then drops them: the addresses and the merge are all a page needs).
    pub fn of(mut outlines: CallOutlines) -> Self {
        let Calls { call_of, sample } = outline_merge::merge_into_calls(&outlines.outlines);
        outlines.outlines = Vec::new();
        // `real_calls_first`: calls only samples report go last, each group in its order.
        let real = sample.iter().filter(|&&s| !s).count();
        let (mut next_real, mut next_sample) = (0u32, to_u32(real));
        let rank: Vec<u32> = sample
            .iter()
            .map(|&s| {
                let counter = if s { &mut next_sample } else { &mut next_real };
                *counter += 1;
                *counter - 1
            })
            .collect();
        // Each call's reports, calls in rank order: counted, then placed (positions ascending).
        let mut starts = vec![0u32; sample.len() + 1];
        for &call in &call_of {
            starts[rank[call as usize] as usize + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut next = starts.clone();
        let mut positions = vec![0u32; call_of.len()];
        for (position, &call) in call_of.iter().enumerate() {
            let slot = &mut next[rank[call as usize] as usize];
            positions[*slot as usize] = to_u32(position);
            *slot += 1;
        }
        Self {
            outlines,
            positions,
            starts,
            pages: Mutex::new(Vec::new()),
            page_bytes: AtomicUsize::new(0),
        }
    }

    /// The calls of `page` of `page_size` when they were read before on this list.
    pub fn kept_page(&self, page: usize, page_size: usize) -> Option<Arc<Vec<CallHit>>> {
        let pages = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        pages
            .iter()
            .find(|(p, size, _)| *p == page && *size == page_size)
            .map(|(_, _, calls)| Arc::clone(calls))
    }

    /// Keeps the calls of `page` of `page_size`, read from the store on this list's commit
    /// (so always those the list's positions name); the oldest kept page goes beyond
    /// [`KEPT_PAGES`], and pages of more than [`KEPT_PAGE_MAX_CALLS`] are not kept. Returns
    /// whether the page was added (copied only then).
    pub fn keep_page(&self, page: usize, page_size: usize, calls: &[CallHit]) -> bool {
        if page_size > KEPT_PAGE_MAX_CALLS {
            return false;
        }
        let mut pages = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        if pages
            .iter()
            .any(|(p, size, _)| *p == page && *size == page_size)
        {
            return false;
        }
        if pages.len() >= KEPT_PAGES {
            pages.remove(0);
        }
        pages.push((page, page_size, Arc::new(calls.to_vec())));
        let bytes = pages.iter().map(|(_, _, c)| page_heap_bytes(c)).sum();
        self.page_bytes.store(bytes, Ordering::Relaxed);
        true
    }

    /// How many calls the query has.
    pub fn total(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// The reports the query matched (the calls' reports, up to the cap they were read with).
    pub fn reports(&self) -> usize {
        self.positions.len()
    }

    /// The reports of the calls on `page` (from 0) of `page_size`, ascending: in the order the
    /// index gives them, as merging them needs.
    pub fn page(&self, page: usize, page_size: usize) -> Vec<usize> {
        let first = page.saturating_mul(page_size).min(self.total());
        let last = first.saturating_add(page_size).min(self.total());
        let (from, to) = (self.starts[first] as usize, self.starts[last] as usize);
        let mut out: Vec<usize> = self.positions[from..to]
            .iter()
            .map(|&p| p as usize)
            .collect();
        out.sort_unstable();
        out
    }

    /// Where the reports are read from: the commit the list was made on.
    pub fn outlines(&self) -> &CallOutlines {
        &self.outlines
    }

    /// Heap bytes the list holds (its reports' addresses, positions and call starts, and,
    /// about, its kept pages: a pool counts them when it next makes room).
    pub fn bytes(&self) -> usize {
        self.outlines.heap_bytes()
            + self.positions.capacity() * std::mem::size_of::<u32>()
            + self.starts.capacity() * std::mem::size_of::<u32>()
            + self.page_bytes.load(Ordering::Relaxed)
    }
}

/// About the heap bytes of a page of calls: its strings, and a fixed share per value.
fn page_heap_bytes(calls: &[CallHit]) -> usize {
    let texts = |v: &[String]| v.iter().map(|s| s.len() + 24).sum::<usize>();
    let optional = |s: &Option<String>| s.as_ref().map_or(0, String::len);
    calls
        .iter()
        .map(|c| {
            std::mem::size_of::<CallHit>()
                + texts(&c.participants)
                + optional(&c.caller)
                + optional(&c.recipient)
                + texts(&c.topics)
                + texts(&c.concepts)
                + c.evidence.len()
                + c.sources
                    .iter()
                    .map(|s| {
                        std::mem::size_of_val(s)
                            + s.id.len()
                            + optional(&s.title)
                            + s.source.len()
                            + optional(&s.url)
                            + optional(&s.path)
                            + s.language.len()
                    })
                    .sum::<usize>()
        })
        .sum()
}

/// A page of calls as read: (page, page size, calls).
type KeptPage = (usize, usize, Arc<Vec<CallHit>>);

/// Positions are below `MAX_CALL_REPORTS` (50,000): far inside u32.
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

struct Entry {
    generation: u64,
    query: CallQuery,
    list: Arc<CallList>,
}

/// Bytes each kind of list may hold.
#[derive(Debug, Clone, Copy)]
pub struct Budgets {
    /// A person's whole list (no other person, topic or dates): asked again and again.
    pub whole: usize,
    /// Every other list (with dates, a second person, a topic): asked again mostly when
    /// paging, and so varied that in one pool they would push the whole lists out.
    pub narrowed: usize,
}

/// The lists kept, each kind in its own pool.
pub struct CallLists {
    whole: Pool,
    narrowed: Pool,
    /// Lists of fewer reports are not kept: they are cheaper to merge again than to keep.
    min_reports: usize,
    /// The newest generation asked for or kept, in either pool: a list of an older one is
    /// never kept in any pool (it would hold a replaced commit's files open).
    newest: AtomicU64,
}

/// Lists of one kind, least recently used first.
struct Pool {
    entries: Mutex<Vec<Entry>>,
    /// Most bytes the pool's lists hold together.
    budget: usize,
}

/// A person's whole list: the query names one person and narrows it no further.
fn is_whole(query: &CallQuery) -> bool {
    query.with.is_none()
        && query.concepts.is_empty()
        && query.since.is_none()
        && query.until.is_none()
}

impl CallLists {
    pub fn new(budgets: Budgets, min_reports: usize) -> Self {
        Self {
            whole: Pool::new(budgets.whole),
            narrowed: Pool::new(budgets.narrowed),
            min_reports,
            newest: AtomicU64::new(0),
        }
    }

    /// Raises the newest generation to `generation`; the thread that raises it drops every
    /// older list, in both pools. Returns the newest.
    fn advance_to(&self, generation: u64) -> u64 {
        let previous = self.newest.fetch_max(generation, Ordering::AcqRel);
        if previous < generation {
            self.whole.drop_older(generation);
            self.narrowed.drop_older(generation);
        }
        previous.max(generation)
    }

    /// The reader's current generation is below the newest seen: tantivy may publish two
    /// reloads out of order, or this question took its searcher just before a reload. Only
    /// this generation's lists can be served now, so the newer ones go and `newest` comes back
    /// down: otherwise no list would be kept again until the next reload.
    fn fall_back_to(&self, generation: u64, seen: u64) {
        if self
            .newest
            .compare_exchange(seen, generation, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
        {
            self.whole.keep_only(generation);
            self.narrowed.keep_only(generation);
        }
    }

    fn pool(&self, query: &CallQuery) -> &Pool {
        if is_whole(query) {
            &self.whole
        } else {
            &self.narrowed
        }
    }

    /// The list kept for `query` on `generation`, if any. Lists of older generations are
    /// dropped here already (in both pools): they hold the files of a replaced commit open.
    /// `generation` is that of the searcher the caller has just taken: the reader's current
    /// one. Only a list of exactly that generation is ever given.
    pub fn get(&self, generation: u64, query: &CallQuery) -> Option<Arc<CallList>> {
        let newest = self.advance_to(generation);
        if newest > generation {
            self.fall_back_to(generation, newest);
            return None;
        }
        self.pool(query).get(generation, query)
    }

    /// Keeps `list` for `query` on `generation` when it is worth keeping. Lists of older
    /// generations go (with the commit they hold open); a list of a generation older than one
    /// already asked for or kept, in either pool, is not kept; the least recently used of its
    /// pool go beyond the budget.
    pub fn put(&self, generation: u64, query: CallQuery, list: Arc<CallList>) {
        if list.reports() < self.min_reports || self.advance_to(generation) > generation {
            return;
        }
        self.pool(&query).put(generation, query, list, &self.newest);
    }

    /// Makes room in `query`'s pool after one of its lists grew (a page kept): the least
    /// recently used lists go until the pool is within its budget or one list is left.
    pub fn fit(&self, query: &CallQuery) {
        self.pool(query).fit();
    }

    /// Lists kept and the bytes they hold, both pools together.
    #[cfg(test)]
    pub fn held(&self) -> (usize, usize) {
        let (a, b) = (self.whole.held(), self.narrowed.held());
        (a.0 + b.0, a.1 + b.1)
    }

    /// Lists kept in the pool of a person's whole lists.
    #[cfg(test)]
    pub fn held_whole(&self) -> usize {
        self.whole.held().0
    }
}

impl Pool {
    fn new(budget: usize) -> Self {
        Self {
            entries: Mutex::new(Vec::new()),
            budget,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Entry>> {
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn drop_older(&self, generation: u64) {
        self.lock().retain(|e| e.generation >= generation);
    }

    fn keep_only(&self, generation: u64) {
        self.lock().retain(|e| e.generation == generation);
    }

    fn get(&self, generation: u64, query: &CallQuery) -> Option<Arc<CallList>> {
        let mut entries = self.lock();
        entries.retain(|e| e.generation >= generation);
        let at = entries
            .iter()
            .position(|e| e.generation == generation && e.query == *query)?;
        let entry = entries.remove(at);
        let list = Arc::clone(&entry.list);
        entries.push(entry);
        Some(list)
    }

    /// Keeps `list` unless a newer generation was asked for meanwhile (checked under the
    /// pool's lock: whoever raised `newest` drops older lists after raising it, so a list
    /// that passes here is either current or dropped by that thread).
    fn put(&self, generation: u64, query: CallQuery, list: Arc<CallList>, newest: &AtomicU64) {
        let bytes = list.bytes();
        if bytes > self.budget {
            return;
        }
        let mut entries = self.lock();
        if generation < newest.load(Ordering::Acquire)
            || entries.iter().any(|e| e.generation > generation)
        {
            return;
        }
        entries.retain(|e| e.generation == generation && e.query != query);
        // Each list's size read once: a list may grow meanwhile (a page kept on another thread).
        let mut sizes: Vec<usize> = entries.iter().map(|e| e.list.bytes()).collect();
        let mut held: usize = sizes.iter().sum();
        while held + bytes > self.budget && !entries.is_empty() {
            held -= sizes.remove(0);
            entries.remove(0);
        }
        entries.push(Entry {
            generation,
            query,
            list,
        });
    }

    fn fit(&self) {
        let mut entries = self.lock();
        let mut sizes: Vec<usize> = entries.iter().map(|e| e.list.bytes()).collect();
        let mut held: usize = sizes.iter().sum();
        while held > self.budget && entries.len() > 1 {
            held -= sizes.remove(0);
            entries.remove(0);
        }
    }

    #[cfg(test)]
    fn held(&self) -> (usize, usize) {
        let entries = self.lock();
        (entries.len(), entries.iter().map(|e| e.list.bytes()).sum())
    }
}
