//! What merging the reports of one call needs of a report, packed into two numbers that the
//! call document keeps as fast fields: who-called then counts a person's calls from the
//! columns, without reading and parsing every stored report (a frequent person has tens of
//! thousands), and reads only the reports of the page it shows.

use chrono::Datelike;

use crate::model::{CallRecord, DatePrecision, is_sample_url};
use crate::people::normalize::name_key;

/// One report, as the merge sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outline {
    /// Hash of the sorted, distinct name keys of the participants.
    pub people: u64,
    /// The call's day (days from the common era), when the report gives it.
    pub day: Option<u32>,
    /// The month (`year * 12 + month - 1`) of a report whose call has no day and whose
    /// statement is dated only by its month.
    pub month: Option<u32>,
    /// The statement is a sample of the demo corpus.
    pub sample: bool,
}

/// Bits of each date in [`Outline::pack`]: days up to the year 2870, months far beyond.
const DATE_BITS: u32 = 20;
const DATE_MASK: u64 = (1 << DATE_BITS) - 1;

impl Outline {
    pub fn of(record: &CallRecord) -> Self {
        let keys = participant_keys(record);
        let month = match (record.call.date, record.source.published) {
            (None, Some(p)) if p.precision == DatePrecision::Month => {
                u32::try_from(p.date.year() * 12 + p.date.month0() as i32).ok()
            }
            _ => None,
        };
        Self {
            people: people_hash(&keys),
            day: record
                .call
                .date
                .and_then(|d| u32::try_from(d.num_days_from_ce()).ok()),
            month,
            sample: record.source.sample || record.source.url.as_deref().is_some_and(is_sample_url),
        }
    }

    /// The day, the month and the sample mark in one number (0 stands for "none").
    pub fn pack_when(&self) -> u64 {
        let date = |d: Option<u32>| d.map_or(0, |d| (u64::from(d) + 1) & DATE_MASK);
        u64::from(self.sample) | (date(self.day) << 1) | (date(self.month) << (1 + DATE_BITS))
    }

    pub fn unpack(people: u64, when: u64) -> Self {
        let date = |bits: u64| {
            let d = bits & DATE_MASK;
            (d > 0).then(|| (d - 1) as u32)
        };
        Self {
            people,
            day: date(when >> 1),
            month: date(when >> (1 + DATE_BITS)),
            sample: when & 1 == 1,
        }
    }
}

/// The sorted, distinct name keys of a report's participants: the set two reports of one
/// call share.
pub fn participant_keys(record: &CallRecord) -> Vec<String> {
    let mut keys: Vec<String> = record
        .call
        .participants
        .iter()
        .map(|p| name_key(p))
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// FNV-1a over the keys, each ended by a zero byte: stable across Rust releases.
fn people_hash(keys: &[String]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for key in keys {
        for &b in key.as_bytes().iter().chain(&[0u8]) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_keeps_every_part() {
        for outline in [
            Outline {
                people: 7,
                day: Some(739_000),
                month: None,
                sample: false,
            },
            Outline {
                people: u64::MAX,
                day: None,
                month: Some(2026 * 12 + 11),
                sample: true,
            },
            Outline {
                people: 0,
                day: None,
                month: None,
                sample: false,
            },
        ] {
            assert_eq!(
                Outline::unpack(outline.people, outline.pack_when()),
                outline
            );
        }
    }
}
