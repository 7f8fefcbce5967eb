//! The schema, built in one place. One index holds two kinds of document: a statement (for
//! topic search and display) and one document per extracted call (for who-called), so that an
//! upsert or delete by statement id keeps both in step.

use tantivy::schema::DateTimePrecision;
use tantivy::schema::{
    DateOptions, FAST, Field, IndexRecordOption, STORED, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{IndexSettings, IndexSortByField, Order};

use super::analysis::{PLAIN, STEMMED, stemmed_analyzer_name};

pub const KIND_STATEMENT: &str = "statement";
pub const KIND_CALL: &str = "call";

#[derive(Clone)]
pub struct Fields {
    /// `statement` or `call`.
    pub kind: Field,
    /// The statement id (on call documents too).
    pub id: Field,
    /// On statements only, so that its document frequency counts the statements of a language.
    pub lang: Field,
    /// Publication date on statements; the call date (else the publication date) on calls.
    pub date: Field,
    /// On statements only: hash of the stored document, to tell "unchanged" from "updated"
    /// on re-ingest.
    pub fingerprint: Field,
    /// Title and body, folded and transliterated, unstemmed: every language, and names.
    pub text: Field,
    /// Title and body stemmed in the statement's language, when tantivy has a stemmer for it.
    pub stemmed: Vec<(&'static str, Field)>,
    /// On calls only: canonical person keys (normalised names) of the participants.
    pub person: Field,
    /// Participant names as words, for people the gazetteer does not know.
    pub person_words: Field,
    /// On statements: the topic concept ids it mentions (`config/topics.toml`), each as often
    /// as it is mentioned (up to a cap), so that a concept search is a scored term query.
    pub concept: Field,
    /// On calls: the concept ids of the call's topics, for who-called about a topic.
    pub call_concept: Field,
    /// On calls: the participants and the dates merging needs, as fast fields
    /// ([`super::outline::Outline`]), so a person's calls are counted without reading reports.
    pub call_people: Field,
    pub call_when: Field,
    /// JSON: the `Document` on statements (without its body when the statement is kept beside
    /// the index: see [`super::bodies`]), the `CallRecord` on calls.
    pub data: Field,
}

impl Fields {
    pub fn stemmed_field(&self, lang: &str) -> Option<Field> {
        self.stemmed
            .iter()
            .find(|(code, _)| *code == lang)
            .map(|(_, f)| *f)
    }
}

/// Documents are kept newest first, so "the newest calls of X" reads the first matches of
/// each segment and stops, however many calls X has.
pub fn settings() -> IndexSettings {
    IndexSettings {
        sort_by_field: Some(IndexSortByField {
            field: "date".into(),
            order: Order::Desc,
        }),
        // Documents are small now that kept bodies are not stored (about 400 bytes): blocks of
        // 32 KB compress them 12 % better than tantivy's 16 KB, at ~5 µs more per document read.
        docstore_blocksize: 32 * 1024,
        ..IndexSettings::default()
    }
}

pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text_options = |analyzer: &str, record: IndexRecordOption| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(analyzer)
                .set_index_option(record),
        )
    };
    // Fields no score reads the length of keep no field norms (a byte per document each):
    // one word per document (kind, id, language, date: a norm of 1, what tantivy assumes
    // without norms, so scores are the same) or only on calls, which are never ranked by score.
    let keyword = |analyzer: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(analyzer)
                .set_index_option(IndexRecordOption::Basic)
                .set_fieldnorms(false),
        )
    };
    let kind = b.add_text_field("kind", keyword("raw"));
    // Answers read `data` only: id, language and date are indexed, not stored.
    let id = b.add_text_field("id", keyword("raw"));
    let lang = b.add_text_field("lang", keyword("raw"));
    let date = b.add_date_field(
        "date",
        DateOptions::default()
            .set_indexed()
            .set_fast()
            .set_precision(DateTimePrecision::Seconds),
    );
    let fingerprint = b.add_u64_field("fingerprint", FAST);
    // Positions (for phrases) only on the plain field: they are a large share of indexing time.
    let text = b.add_text_field(
        "text",
        text_options(PLAIN, IndexRecordOption::WithFreqsAndPositions),
    );
    let stemmed = STEMMED
        .iter()
        .map(|(code, _)| {
            (
                *code,
                b.add_text_field(
                    &format!("text_{code}"),
                    text_options(&stemmed_analyzer_name(code), IndexRecordOption::WithFreqs),
                ),
            )
        })
        .collect();
    let person = b.add_text_field("person", keyword("raw"));
    let person_words = b.add_text_field("person_words", keyword(PLAIN));
    // Ids are kept whole ("raw"); term frequencies rank statements that dwell on a topic.
    let concept = b.add_text_field("concept", text_options("raw", IndexRecordOption::WithFreqs));
    let call_concept = b.add_text_field("call_concept", keyword("raw"));
    let call_people = b.add_u64_field("call_people", FAST);
    let call_when = b.add_u64_field("call_when", FAST);
    let data = b.add_text_field("data", STORED);
    let fields = Fields {
        kind,
        id,
        lang,
        date,
        fingerprint,
        text,
        stemmed,
        person,
        person_words,
        concept,
        call_concept,
        call_people,
        call_when,
        data,
    };
    (b.build(), fields)
}
