//! A date range as a run of document ids. Documents are kept newest first (undated last, see
//! `schema::settings`), so those dated in a range are one run of ids per segment, found by
//! binary search on the date column: a range is a seek, where a range query over the column
//! checks the dates of the documents the other clauses visit.

use std::ops::Range;

use tantivy::query::{AllScorer, ConstScorer, EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DateTime, DocId, DocSet, Score, SegmentReader, TERMINATED, TantivyError};

/// The documents of `segment` dated from `since` to `until` (both included; either may be
/// open). Undated documents are left out when either bound is given, as a range query on the
/// date leaves them out.
pub(super) fn doc_span(
    segment: &SegmentReader,
    since: Option<DateTime>,
    until: Option<DateTime>,
) -> tantivy::Result<Range<DocId>> {
    let max_doc = segment.max_doc();
    if since.is_none() && until.is_none() {
        return Ok(0..max_doc);
    }
    let dates = segment.fast_fields().date("date")?;
    let date = |doc: DocId| dates.first(doc);
    let start = first_doc(max_doc, |d| {
        until.is_none_or(|u| date(d).is_none_or(|x| x <= u))
    });
    let end = first_doc(max_doc, |d| {
        date(d).is_none_or(|x| since.is_some_and(|s| x < s))
    });
    Ok(start..end.max(start))
}

/// The first document id in `0..max_doc` for which `past` holds; `past` must be false then
/// true along the ids (documents are in date order).
fn first_doc(max_doc: DocId, past: impl Fn(DocId) -> bool) -> DocId {
    let (mut low, mut high) = (0, max_doc);
    while low < high {
        let mid = low + (high - low) / 2;
        if past(mid) {
            high = mid;
        } else {
            low = mid + 1;
        }
    }
    low
}

/// Documents dated in a range, for indexes kept in date order. It matches the documents a
/// `RangeQuery` on the date matches and scores each as that query does, so a ranking is the
/// same with either: the boost, except in a segment whose documents are all dated in the
/// range, where tantivy's range query gives its "all documents" scorer, which a boolean query
/// drops from its sum (and so do we).
#[derive(Debug, Clone)]
pub(super) struct DateSpanQuery {
    pub since: Option<DateTime>,
    pub until: Option<DateTime>,
}

impl Query for DateSpanQuery {
    fn weight(&self, _scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.clone()))
    }
}

impl Weight for DateSpanQuery {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let span = doc_span(reader, self.since, self.until)?;
        let max_doc = reader.max_doc();
        if span == (0..max_doc) && max_doc > 0 {
            // Every document is dated in the range (an undated one would end the span early).
            return Ok(if boost == 1.0 {
                Box::new(AllScorer::new(max_doc))
            } else {
                Box::new(ConstScorer::new(AllScorer::new(max_doc), boost))
            });
        }
        Ok(Box::new(SpanScorer::new(span, boost)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        if doc_span(reader, self.since, self.until)?.contains(&doc) {
            Ok(Explanation::new("dated in the range", 1.0))
        } else {
            Err(TantivyError::InvalidArgument(format!(
                "document {doc} is not dated in the range"
            )))
        }
    }
}

/// Every document id of a span, each with the same score.
struct SpanScorer {
    doc: DocId,
    start: DocId,
    end: DocId,
    score: Score,
}

impl SpanScorer {
    fn new(span: Range<DocId>, score: Score) -> Self {
        Self {
            doc: if span.is_empty() {
                TERMINATED
            } else {
                span.start
            },
            start: span.start,
            end: span.end,
            score,
        }
    }
}

impl DocSet for SpanScorer {
    fn advance(&mut self) -> DocId {
        if self.doc != TERMINATED {
            self.doc = if self.doc + 1 < self.end {
                self.doc + 1
            } else {
                TERMINATED
            };
        }
        self.doc
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc != TERMINATED && target > self.doc {
            self.doc = if target < self.end {
                target
            } else {
                TERMINATED
            };
        }
        self.doc
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.end - self.start
    }
}

impl Scorer for SpanScorer {
    fn score(&mut self) -> Score {
        self.score
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ops::Bound;
    use tantivy::collector::TopDocs;
    use tantivy::query::{BooleanQuery, Occur, RangeQuery, TermQuery};
    use tantivy::schema::{FAST, INDEXED, IndexRecordOption, STRING, Schema};
    use tantivy::{Index, IndexSettings, IndexSortByField, Order, TantivyDocument, Term};

    /// Dates as days since 2024-01-01, `None` undated; several commits make several segments.
    fn index_of(batches: &[&[Option<i64>]]) -> (Index, tantivy::schema::Field) {
        let mut schema = Schema::builder();
        let word = schema.add_text_field("word", STRING);
        let date = schema.add_date_field("date", INDEXED | FAST);
        let settings = IndexSettings {
            sort_by_field: Some(IndexSortByField {
                field: "date".into(),
                order: Order::Desc,
            }),
            ..IndexSettings::default()
        };
        let index = Index::builder()
            .schema(schema.build())
            .settings(settings)
            .create_in_ram()
            .expect("an index in memory");
        let mut writer = index.writer(15_000_000).expect("a writer");
        for batch in batches {
            for (i, day) in batch.iter().enumerate() {
                let mut doc = TantivyDocument::default();
                // Every third document lacks the word, so the clause matters.
                doc.add_text(word, if i % 3 == 2 { "other" } else { "peace" });
                if let Some(day) = day {
                    doc.add_date(date, day_time(*day));
                }
                writer.add_document(doc).expect("added");
            }
            writer.commit().expect("committed");
        }
        (index, word)
    }

    fn day_time(day: i64) -> DateTime {
        DateTime::from_timestamp_secs(1_704_067_200 + day * 86_400)
    }

    #[test]
    fn a_span_matches_and_scores_as_a_range_query_on_the_date() {
        let days: Vec<Option<i64>> = (0..40).map(|d| (d % 7 != 0).then_some(d * 3)).collect();
        // Whole segments dated in a range (the first two batches have no undated document)
        // are where tantivy's range query scores differently from elsewhere.
        let all_dated: Vec<Option<i64>> = (0..20).map(|d| Some(500 + d)).collect();
        let (index, word) = index_of(&[
            &all_dated[..10],
            &all_dated[10..],
            &days[..15],
            &days[15..28],
            &days[28..],
        ]);
        let searcher = index.reader().expect("a reader").searcher();
        assert!(searcher.segment_readers().len() > 1);
        let bounds = [
            (Some(10), Some(50)),
            (Some(30), None),
            (None, Some(20)),
            (Some(200), Some(300)),
            (Some(60), Some(60)),
            (Some(500), Some(509)),
            (Some(505), None),
            (Some(400), Some(600)),
        ];
        let mut matched = 0;
        for (since, until) in bounds {
            let (since, until) = (since.map(day_time), until.map(day_time));
            let with = |filter: Box<dyn Query>| {
                let query = BooleanQuery::new(vec![
                    (
                        Occur::Must,
                        Box::new(TermQuery::new(
                            Term::from_field_text(word, "peace"),
                            IndexRecordOption::WithFreqs,
                        )) as Box<dyn Query>,
                    ),
                    (Occur::Must, filter),
                ]);
                searcher
                    .search(&query, &TopDocs::with_limit(100).order_by_score())
                    .expect("searched")
            };
            let bound = |d: Option<DateTime>| match d {
                Some(d) => Bound::Included(Term::from_field_date(
                    index.schema().get_field("date").expect("a date field"),
                    d,
                )),
                None => Bound::Unbounded,
            };
            let by_range = with(Box::new(RangeQuery::new(bound(since), bound(until))));
            let by_span = with(Box::new(DateSpanQuery { since, until }));
            assert_eq!(by_span, by_range, "since {since:?} until {until:?}");
            matched += by_range.len();
        }
        assert!(matched > 20, "the ranges match something: {matched}");
    }

    fn docs(mut scorer: SpanScorer) -> Vec<DocId> {
        let mut out = Vec::new();
        while scorer.doc() != TERMINATED {
            out.push(scorer.doc());
            scorer.advance();
        }
        out
    }

    #[test]
    fn a_span_scorer_gives_its_ids_in_order_and_seeks_within_them() {
        assert_eq!(docs(SpanScorer::new(3..6, 1.0)), vec![3, 4, 5]);
        assert!(docs(SpanScorer::new(4..4, 1.0)).is_empty());
        let mut scorer = SpanScorer::new(3..10, 1.0);
        assert_eq!(
            scorer.seek(2),
            3,
            "a target before the span stays at its start"
        );
        assert_eq!(scorer.seek(7), 7);
        assert_eq!(scorer.advance(), 8);
        assert_eq!(scorer.seek(10), TERMINATED);
        assert_eq!(scorer.advance(), TERMINATED);
        assert_eq!(scorer.size_hint(), 7);
    }

    #[test]
    fn first_doc_finds_where_the_order_turns() {
        assert_eq!(first_doc(10, |d| d >= 4), 4);
        assert_eq!(first_doc(10, |_| false), 10);
        assert_eq!(first_doc(10, |_| true), 0);
        assert_eq!(first_doc(0, |_| true), 0);
    }
}
