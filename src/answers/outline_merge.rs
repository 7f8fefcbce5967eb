//! [`super::engine::merge_calls`] run on outlines (fast fields) instead of stored reports:
//! which reports make one call, and the order the calls come in. Who-called counts a person's
//! calls with it and then reads only the reports of the page it shows; merging those reports
//! alone gives the same calls (a report joins the first earlier call it matches, and every
//! call's state depends on its own reports only).

use chrono::{Datelike, NaiveDate};
use rustc_hash::FxHashMap;

use crate::index::outline::Outline;

/// One call: the positions of its reports (ascending) and whether all are samples.
#[cfg(test)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub reports: Vec<usize>,
    pub sample: bool,
}

/// The calls of a list of outlines, numbered in the order `merge_calls` makes them.
pub struct Calls {
    /// The call each report (by position) joins.
    pub call_of: Vec<u32>,
    /// Per call: every report of it is a sample.
    pub sample: Vec<bool>,
}

struct State {
    day: Option<u32>,
    /// The month of its first month-only report, while it has no day.
    month: Option<u32>,
}

/// What a report is compared with: the calls of its participants on its day and the two next
/// to it, or in its month, or without a day; not every call of the pair (a frequent pair has
/// thousands, and scanning them all made the merge quadratic: 120 ms for the most frequent
/// person at 100k statements).
///
/// A report with a day matches every call of its participants dated a day or less apart, and
/// a month-only report every call dated in its month: the first such call (the lowest number)
/// is all that is needed, so a day or a month keeps just that, with no list to allocate.
#[derive(Default)]
struct Lookup {
    /// (participants, day) -> the first call with that day.
    first_by_day: FxHashMap<(u64, u32), u32>,
    /// (participants, month) -> the first call with a day in that month.
    first_by_month: FxHashMap<(u64, u32), u32>,
    /// Participants -> calls without a day yet, in the order they were made.
    undated: FxHashMap<u64, Vec<u32>>,
}

impl Lookup {
    /// The first call (in the order calls were made) that `o` is a report of.
    fn find(&self, o: &Outline, states: &[State]) -> Option<u32> {
        let undated = self.undated.get(&o.people).and_then(|ids| {
            ids.iter()
                .copied()
                .find(|&i| same_call(&states[i as usize], o))
        });
        let dated = match (o.day, o.month) {
            (Some(b), _) => [b.checked_sub(1), Some(b), b.checked_add(1)]
                .into_iter()
                .flatten()
                .filter_map(|d| self.first_by_day.get(&(o.people, d)).copied())
                .min(),
            (None, Some(m)) => self.first_by_month.get(&(o.people, m)).copied(),
            (None, None) => None,
        };
        match (undated, dated) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    fn add_dated(&mut self, people: u64, i: u32, day: u32) {
        let keep_first = |first: &mut u32| *first = (*first).min(i);
        self.first_by_day
            .entry((people, day))
            .and_modify(keep_first)
            .or_insert(i);
        if let Some(m) = month_of_day(day) {
            self.first_by_month
                .entry((people, m))
                .and_modify(keep_first)
                .or_insert(i);
        }
    }
}

/// The calls of `outlines` (newest first), in the order `merge_calls` makes them.
pub fn merge_into_calls(outlines: &[Outline]) -> Calls {
    let mut call_of: Vec<u32> = Vec::with_capacity(outlines.len());
    let mut sample: Vec<bool> = Vec::new();
    let mut states: Vec<State> = Vec::new();
    let mut lookup = Lookup::default();
    for o in outlines {
        match lookup.find(o, &states) {
            Some(i) => {
                call_of.push(i);
                sample[i as usize] &= o.sample;
                let state = &mut states[i as usize];
                if state.month.is_none() {
                    state.month = o.month;
                }
                if state.day.is_none()
                    && let Some(day) = o.day
                {
                    state.day = Some(day);
                    if let Some(ids) = lookup.undated.get_mut(&o.people) {
                        ids.retain(|&x| x != i);
                    }
                    lookup.add_dated(o.people, i, day);
                }
            }
            None => {
                // At most one call per report, and reports are capped far below u32::MAX.
                let i = u32::try_from(states.len()).unwrap_or(u32::MAX);
                match o.day {
                    Some(day) => lookup.add_dated(o.people, i, day),
                    None => lookup.undated.entry(o.people).or_default().push(i),
                }
                call_of.push(i);
                sample.push(o.sample);
                states.push(State {
                    day: o.day,
                    month: o.month,
                });
            }
        }
    }
    Calls { call_of, sample }
}

/// [`merge_into_calls`], each call with the list of its reports.
#[cfg(test)]
pub fn merge(outlines: &[Outline]) -> Vec<Merged> {
    let calls = merge_into_calls(outlines);
    let mut merged: Vec<Merged> = calls
        .sample
        .iter()
        .map(|&sample| Merged {
            reports: Vec::new(),
            sample,
        })
        .collect();
    for (position, &call) in calls.call_of.iter().enumerate() {
        merged[call as usize].reports.push(position);
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
