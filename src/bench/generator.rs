//! The synthetic corpus: statement number `n` of seed `s` is always the same statement, whatever
//! thread makes it and in whatever order, so a million statements can be generated in parallel
//! and streamed to the index without being held in memory.

use std::io::Write;

use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

use super::cast::{CAST, Lang, Person};
use super::lexicon::{TOPICS, Vocabulary, capitalise, function_words};
use super::phrases::{Pair, When};
use super::rng::{Rng, Zipf};
use crate::model::{PublishedDate, Statement};
use crate::sources::id::{IdParts, stable_id};

/// What the generator put into a statement: the answer a perfect reader would give.
#[derive(Debug, Clone, PartialEq)]
pub struct Truth {
    /// Canonical names of the two people on the call, the initiator first when `directed`.
    pub participants: [&'static str; 2],
    /// Whether the text states who called whom.
    pub directed: bool,
    pub call_date: Option<NaiveDate>,
    /// Topic keys ([`super::lexicon::Topic::key`]).
    pub topics: Vec<&'static str>,
}

#[derive(Debug, Clone)]
pub struct Generated {
    pub statement: Statement,
    pub truth: Truth,
}

/// Word counts of generated bodies (inclusive).
#[derive(Debug, Clone, Copy)]
pub struct Length {
    pub min_words: usize,
    pub max_words: usize,
}

impl Length {
    /// Readout-sized bodies: 150 to 600 words (about 1 to 4 KB).
    pub const READOUT: Length = Length {
        min_words: 150,
        max_words: 600,
    };
    /// About 2 KB, for the extraction throughput figure.
    pub const TWO_KB: Length = Length {
        min_words: 290,
        max_words: 310,
    };
}

pub struct Generator {
    seed: u64,
    vocabularies: Vec<Vocabulary>,
    cast: Zipf,
    first_day: NaiveDate,
    days: usize,
}

impl Generator {
    pub fn new(seed: u64) -> Self {
        let vocabularies = Lang::ALL
            .iter()
            .map(|&lang| Vocabulary::build(lang, seed))
            .collect();
        let first_day = NaiveDate::from_ymd_opt(2019, 1, 1).unwrap_or_default();
        let last_day = NaiveDate::from_ymd_opt(2026, 10, 31).unwrap_or_default();
        Self {
            seed,
            vocabularies,
            cast: Zipf::new(CAST.len(), 0.9),
            first_day,
            days: (last_day - first_day).num_days().max(1) as usize,
        }
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    pub fn vocabulary(&self, lang: Lang) -> &Vocabulary {
        &self.vocabularies[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
    }

    /// Statement number `n`, readout-sized.
    pub fn statement(&self, n: u64) -> Generated {
        self.statement_sized(n, Length::READOUT)
    }

    pub fn statement_sized(&self, n: u64, length: Length) -> Generated {
        let mut rng = Rng::new(self.seed, n);
        let lang = pick_language(&mut rng);
        let vocabulary = self.vocabulary(lang);

        let a = &CAST[self.cast.sample(&mut rng)];
        let b = loop {
            let candidate = &CAST[self.cast.sample(&mut rng)];
            if candidate.canonical != a.canonical {
                break candidate;
            }
        };
        let pair = Pair {
            lang,
            a,
            b,
            a_name: spelled(a, lang, &mut rng),
            b_name: spelled(b, lang, &mut rng),
        };

        let day = self.first_day + Duration::days(rng.below(self.days) as i64);
        let published = if rng.chance(0.04) {
            PublishedDate::month(day.year(), day.month()).unwrap_or(PublishedDate::day(day))
        } else {
            PublishedDate::day(day)
        };
        let (when, call_date) = pick_when(published, &mut rng);
        let directed = rng.chance(0.45);

        let topic_count = rng.between(1, 3);
        let mut topics: Vec<&'static str> = Vec::with_capacity(topic_count);
        let mut topic_phrases: Vec<&'static str> = Vec::with_capacity(topic_count);
        while topics.len() < topic_count {
            let t = &TOPICS[rng.below(TOPICS.len())];
            if !topics.contains(&t.key) {
                topics.push(t.key);
                topic_phrases.push(rng.pick(t.phrases(lang)));
            }
        }

        let target_words = rng.between(length.min_words, length.max_words);
        let mut body = Body::default();
        body.sentence(&pair.call_sentence(when, directed, &mut rng));
        body.sentence(&pair.topic_sentence(
            topic_phrases[0],
            topic_phrases.get(1).copied(),
            &mut rng,
        ));
        let closing = pair.closing(&mut rng);
        let closing_words = closing.split(' ').count();
        while body.words + closing_words < target_words {
            let roll = rng.unit();
            if roll < 0.06 {
                let phrase = topic_phrases[rng.below(topic_phrases.len())];
                body.sentence(&pair.topic_sentence(phrase, None, &mut rng));
            } else if roll < 0.08 {
                let years_back = rng.between(1, 4) as i64;
                body.sentence(&pair.distractor_sentence(
                    day - Duration::days(365 * years_back + rng.below(300) as i64),
                ));
            } else {
                let speaker = match rng.below(8) {
                    0 => Some(pair.a_surname()),
                    1 => Some(pair.b_surname()),
                    _ => None,
                };
                let filler = filler_sentence(lang, vocabulary, &mut rng);
                match speaker {
                    Some(name) => body.sentence(&format!("{name}: {filler}")),
                    None => body.sentence(&filler),
                }
            }
            if rng.chance(0.18) {
                body.paragraph();
            }
        }
        body.sentence(closing);

        let site = if rng.chance(0.7) {
            a.country.site
        } else {
            b.country.site
        };
        let url = format!("https://{site}/{}/news/{:x}-{n}", lang.code(), self.seed);
        let statement = Statement {
            // The id the readers give the same statement, so a reindex from files replaces it.
            id: stable_id(&IdParts {
                url: Some(&url),
                body: &body.text,
                ..IdParts::default()
            }),
            title: Some(pair.title()),
            url: Some(url),
            path: None,
            published: Some(published),
            language: lang.code().to_string(),
            body: body.text,
        };
        let truth = Truth {
            participants: [a.canonical, b.canonical],
            directed,
            call_date,
            topics,
        };
        Generated { statement, truth }
    }
}

fn pick_language(rng: &mut Rng) -> Lang {
    let mut roll = rng.below(1000) as u32;
    for lang in Lang::ALL {
        if roll < lang.share() {
            return lang;
        }
        roll -= lang.share();
    }
    Lang::En
}

/// The person's full name in this text: English sometimes uses a variant spelling.
fn spelled(p: &Person, lang: Lang, rng: &mut Rng) -> &'static str {
    if lang == Lang::En && !p.en_alt.is_empty() && rng.chance(0.3) {
        p.en_alt
    } else {
        p.name(lang)
    }
}

/// How the text dates the call, and the call date that follows from it (relative words resolve
/// against the publication day; no date in the text means the publication day).
fn pick_when(published: PublishedDate, rng: &mut Rng) -> (When, Option<NaiveDate>) {
    let Some(day) = published.exact_day() else {
        // A relative word cannot be resolved against a month: use an explicit date or none.
        return if rng.chance(0.6) {
            let d = published.date + Duration::days(rng.below(27) as i64);
            (When::On(d), Some(d))
        } else {
            (When::Unsaid, None)
        };
    };
    match rng.below(10) {
        0..=2 => (When::Today, Some(day)),
        3..=4 => (When::Yesterday, day.pred_opt()),
        5..=7 => {
            let d = day - Duration::days(rng.below(4) as i64);
            (When::On(d), Some(d))
        }
        _ => (When::Unsaid, Some(day)),
    }
}

/// Running prose: function words and Zipf-drawn content words, with some numbers.
fn filler_sentence(lang: Lang, vocabulary: &Vocabulary, rng: &mut Rng) -> String {
    let function = function_words(lang);
    let n = rng.between(6, 20);
    let mut s = String::with_capacity(n * 8);
    for i in 0..n {
        if i > 0 {
            s.push(' ');
        }
        let roll = rng.unit();
        if roll < 0.42 {
            s.push_str(rng.pick(function));
        } else if roll < 0.44 {
            s.push_str(&(rng.between(2, 2030)).to_string());
        } else {
            s.push_str(vocabulary.sample(rng));
        }
        if i + 1 < n && rng.chance(0.06) {
            s.push(',');
        }
    }
    let mut s = capitalise(&s);
    s.push('.');
    s
}

/// A body under construction, counting its words as they are added.
#[derive(Default)]
struct Body {
    text: String,
    words: usize,
}

impl Body {
    fn sentence(&mut self, sentence: &str) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push(' ');
        }
        self.text.push_str(sentence);
        self.words += sentence.split(' ').count();
    }

    fn paragraph(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push_str("\n\n");
        }
    }
}

/// One line of a JSON Lines corpus file, in the schema the JSON reader accepts.
#[derive(Serialize)]
struct JsonLine<'a> {
    title: Option<&'a str>,
    url: Option<&'a str>,
    published: Option<String>,
    language: &'a str,
    body: &'a str,
}

/// Writes one statement as a JSON line.
pub fn write_json_line(out: &mut impl Write, statement: &Statement) -> std::io::Result<()> {
    let line = JsonLine {
        title: statement.title.as_deref(),
        url: statement.url.as_deref(),
        published: statement.published.map(|p| p.to_string()),
        language: &statement.language,
        body: &statement.body,
    };
    serde_json::to_writer(&mut *out, &line)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_statement_in_any_order() {
        let g = Generator::new(42);
        let later = g.statement(17);
        let _ = g.statement(3);
        let again = Generator::new(42).statement(17);
        assert_eq!(later.statement, again.statement);
        assert_ne!(g.statement(18).statement.body, later.statement.body);
    }

    #[test]
    fn bodies_have_readout_length_and_name_both_people() {
        let g = Generator::new(1);
        for n in 0..200 {
            let s = g.statement(n);
            let words = s.statement.body.split_whitespace().count();
            assert!((140..=640).contains(&words), "statement {n}: {words} words");
            assert_ne!(s.truth.participants[0], s.truth.participants[1]);
        }
    }

    #[test]
    fn every_language_appears() {
        let g = Generator::new(9);
        let langs: std::collections::HashSet<String> = (0..300)
            .map(|n| g.statement(n).statement.language)
            .collect();
        for lang in Lang::ALL {
            assert!(langs.contains(lang.code()), "{}", lang.code());
        }
    }

    #[test]
    fn two_kb_texts_are_about_two_kb() {
        let g = Generator::new(5);
        let sizes: Vec<usize> = (0..100)
            .map(|n| g.statement_sized(n, Length::TWO_KB).statement.body.len())
            .collect();
        let mean = sizes.iter().sum::<usize>() / sizes.len();
        assert!((1500..=3000).contains(&mean), "mean {mean} bytes");
    }
}
