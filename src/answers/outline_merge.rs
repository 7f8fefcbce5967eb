//! [`super::engine::merge_calls`] run on outlines (fast fields) instead of stored reports:
//! which reports make one call, and the order the calls come in. Who-called counts a person's
//! calls with it and then reads only the reports of the page it shows; merging those reports
//! alone gives the same calls (a report joins the first earlier call it matches, and every
//! call's state depends on its own reports only).

use chrono::{Datelike, NaiveDate};
use rustc_hash::FxHashMap;

use crate::index::outline::Outline;

/// One call: the positions of its reports (ascending) and whether all are samples.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub reports: Vec<usize>,
    pub sample: bool,
}

struct State {
    day: Option<u32>,
    /// The month of its first month-only report, while it has no day.
    month: Option<u32>,
}

/// The calls of one set of participants, indexed by what a report can match: a report
/// compares with the calls of its day and the two next to it, or of its month, not with every
/// call of the pair (a frequent pair has thousands, and scanning them all made the merge
/// quadratic: 120 ms for the most frequent person at 100k statements).
#[derive(Default)]
struct Group {
    /// Calls with a day, by day and by the month of that day.
    by_day: FxHashMap<u32, Vec<usize>>,
    by_month: FxHashMap<u32, Vec<usize>>,
    /// Calls without a day yet, in the order they were made.
    undated: Vec<usize>,
}

impl Group {
    /// The first call (in the order calls were made) that `o` is a report of.
    fn find(&self, o: &Outline, states: &[State]) -> Option<usize> {
        let first = |ids: Option<&Vec<usize>>| {
            ids.and_then(|ids| ids.iter().copied().find(|&i| same_call(&states[i], o)))
        };
        let undated = first(Some(&self.undated));
        let dated = match (o.day, o.month) {
            (Some(b), _) => [b.checked_sub(1), Some(b), b.checked_add(1)]
                .into_iter()
                .flatten()
                .filter_map(|d| first(self.by_day.get(&d)))
                .min(),
            (None, Some(m)) => first(self.by_month.get(&m)),
            (None, None) => None,
        };
        match (undated, dated) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    fn add_dated(&mut self, i: usize, day: u32) {
        insert_sorted(self.by_day.entry(day).or_default(), i);
        if let Some(m) = month_of_day(day) {
            insert_sorted(self.by_month.entry(m).or_default(), i);
        }
    }
}

/// Keeps `ids` in the order calls were made (a call may get its day after later calls).
fn insert_sorted(ids: &mut Vec<usize>, i: usize) {
    let at = ids.partition_point(|&x| x < i);
    ids.insert(at, i);
}

/// The calls of `outlines` (newest first), in the order `merge_calls` makes them.
pub fn merge(outlines: &[Outline]) -> Vec<Merged> {
    let mut merged: Vec<Merged> = Vec::new();
    let mut states: Vec<State> = Vec::new();
    let mut groups: FxHashMap<u64, Group> = FxHashMap::default();
    for (position, o) in outlines.iter().enumerate() {
        let group = groups.entry(o.people).or_default();
        match group.find(o, &states) {
            Some(i) => {
                merged[i].reports.push(position);
                merged[i].sample &= o.sample;
                let state = &mut states[i];
                if state.month.is_none() {
                    state.month = o.month;
                }
                if state.day.is_none()
                    && let Some(day) = o.day
                {
                    state.day = Some(day);
                    group.undated.retain(|&x| x != i);
                    group.add_dated(i, day);
                }
            }
            None => {
                let i = merged.len();
                match o.day {
                    Some(day) => group.add_dated(i, day),
                    None => group.undated.push(i),
                }
                merged.push(Merged {
                    reports: vec![position],
                    sample: o.sample,
                });
                states.push(State {
                    day: o.day,
                    month: o.month,
                });
            }
        }
    }
    merged
}

/// `same_call` of the engine: dates at most a day apart, or the month of a month-only report.
fn same_call(hit: &State, o: &Outline) -> bool {
    // A call with a day has no month of its own (`CallHit::month`).
    let hit_month = if hit.day.is_some() { None } else { hit.month };
    match (hit.day, o.day) {
        (Some(a), Some(b)) => a.abs_diff(b) <= 1,
        (Some(a), None) => o.month.is_some_and(|m| month_of_day(a) == Some(m)),
        (None, Some(b)) => hit_month.is_some_and(|m| month_of_day(b) == Some(m)),
        (None, None) => match (hit_month, o.month) {
            (Some(a), Some(b)) => a == b,
            (None, None) => true,
            _ => false,
        },
    }
}

fn month_of_day(day: u32) -> Option<u32> {
    let date = NaiveDate::from_num_days_from_ce_opt(i32::try_from(day).ok()?)?;
    u32::try_from(date.year() * 12 + date.month0() as i32).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::engine::merge_calls;
    use crate::model::{Call, CallRecord, PublishedDate, SourceRef};

    fn record(
        id: &str,
        people: &[&str],
        date: Option<&str>,
        month: Option<(i32, u32)>,
    ) -> CallRecord {
        let call = Call {
            participants: people.iter().map(|p| p.to_string()).collect(),
            caller: None,
            recipient: None,
            date: date.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
            topics: vec![],
            concepts: vec![],
            evidence: String::new(),
        };
        let published = match month {
            Some((y, m)) => PublishedDate::month(y, m),
            None => NaiveDate::from_ymd_opt(2024, 1, 1).map(PublishedDate::day),
        };
        let source = SourceRef {
            id: id.into(),
            title: None,
            source: format!("https://example.gov/{id}"),
            url: None,
            path: None,
            published,
            language: "en".into(),
            sample: id.starts_with('s'),
        };
        CallRecord { call, source }
    }

    #[test]
    fn outlines_merge_as_stored_reports_do() {
        let records = vec![
            record("a", &["Aliyev", "Putin"], Some("2024-06-20"), None),
            record("b", &["Putin", "Aliyev"], Some("2024-06-19"), None),
            record("c", &["Aliyev", "Putin"], Some("2024-06-17"), None),
            record("s1", &["Aliyev", "Macron"], Some("2024-06-17"), None),
            record("d", &["Aliyev", "Putin"], None, Some((2024, 6))),
            record("e", &["Aliyev", "Macron"], None, Some((2024, 5))),
            record("f", &["Aliyev", "Macron"], None, Some((2024, 5))),
            record("g", &["Aliyev", "Macron"], None, None),
            record("s2", &["Aliyev", "Macron"], None, None),
            record("h", &["Aliyev", "Scholz"], None, Some((2024, 4))),
            record("i", &["Aliyev", "Scholz"], Some("2024-04-30"), None),
        ];
        let by_outline = assert_merges_as_records(&records);
        assert!(by_outline.iter().any(|m| m.reports.len() > 1));
    }

    /// Merges `records` both ways and checks they give the same calls from the same reports.
    fn assert_merges_as_records(records: &[CallRecord]) -> Vec<Merged> {
        let outlines: Vec<Outline> = records.iter().map(Outline::of).collect();
        let by_outline = merge(&outlines);
        let by_records = merge_calls(records.to_vec());
        assert_eq!(by_outline.len(), by_records.len());
        for (m, hit) in by_outline.iter().zip(&by_records) {
            let ids: Vec<&str> = m
                .reports
                .iter()
                .map(|&i| records[i].source.id.as_str())
                .collect();
            let sources: Vec<&str> = hit.sources.iter().map(|s| s.id.as_str()).collect();
            assert_eq!(ids, sources);
            assert_eq!(m.sample, hit.is_sample());
        }
        by_outline
    }

    #[test]
    fn many_reports_of_few_pairs_merge_as_stored_reports_do() {
        let pairs: [&[&str]; 3] = [
            &["Aliyev", "Putin"],
            &["Aliyev", "Macron"],
            &["Putin", "Scholz"],
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let mut records: Vec<CallRecord> = (0..600)
            .map(|i| {
                let people = pairs[next(3) as usize];
                let id = if next(10) == 0 {
                    format!("s{i}")
                } else {
                    format!("r{i}")
                };
                match next(6) {
                    0 => record(&id, people, None, Some((2024, 1 + next(3) as u32))),
                    1 => record(&id, people, None, None),
                    _ => {
                        let day = format!("2024-{:02}-{:02}", 1 + next(3), 1 + next(28));
                        record(&id, people, Some(&day), None)
                    }
                }
            })
            .collect();
        // Newest first, as the index gives them; undated last.
        records.sort_by_key(|r| std::cmp::Reverse(r.call.date));
        assert_merges_as_records(&records);
    }
}
