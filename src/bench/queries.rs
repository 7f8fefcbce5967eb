//! The query mix: chat lines as users type them, six kinds, drawn from the same people, topics
//! and vocabulary as the corpus (popular people asked about more often, as in real use).

use serde::Serialize;

use super::cast::{CAST, Lang, Person};
use super::generator::Generator;
use super::lexicon::TOPICS;
use super::rng::{Rng, Zipf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum QueryKind {
    WhoCalled,
    WhoCalledRange,
    Topic,
    TopicRange,
    MisspelledName,
    Phrase,
}

impl QueryKind {
    pub const ALL: [QueryKind; 6] = [
        QueryKind::WhoCalled,
        QueryKind::WhoCalledRange,
        QueryKind::Topic,
        QueryKind::TopicRange,
        QueryKind::MisspelledName,
        QueryKind::Phrase,
    ];

    pub fn label(self) -> &'static str {
        match self {
            QueryKind::WhoCalled => "who-called",
            QueryKind::WhoCalledRange => "who-called + dates",
            QueryKind::Topic => "topic",
            QueryKind::TopicRange => "topic + dates",
            QueryKind::MisspelledName => "misspelled name",
            QueryKind::Phrase => "phrase",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Query {
    pub kind: QueryKind,
    /// The chat line, e.g. `/who-called Алиев since:2023-01 until:2023-06`.
    pub line: String,
}

/// `per_kind` queries of every kind, interleaved so that no kind runs only cold or only warm.
pub fn query_mix(generator: &Generator, seed: u64, per_kind: usize) -> Vec<Query> {
    let mut rng = Rng::new(seed, 0x0051_E7E5);
    let people = Zipf::new(CAST.len(), 0.9);
    let mut out = Vec::with_capacity(per_kind * QueryKind::ALL.len());
    for _ in 0..per_kind {
        for kind in QueryKind::ALL {
            let line = match kind {
                QueryKind::WhoCalled => format!(
                    "/who-called {}",
                    name_as_typed(&CAST[people.sample(&mut rng)], &mut rng)
                ),
                QueryKind::WhoCalledRange => {
                    format!(
                        "/who-called {} {}",
                        name_as_typed(&CAST[people.sample(&mut rng)], &mut rng),
                        date_range(&mut rng)
                    )
                }
                QueryKind::Topic => format!("/topic {}", topic_words(generator, &mut rng)),
                QueryKind::TopicRange => format!(
                    "/topic {} {}",
                    topic_words(generator, &mut rng),
                    date_range(&mut rng)
                ),
                QueryKind::MisspelledName => {
                    // A topic search: that is where the engine matches close spellings.
                    format!(
                        "/topic {}",
                        misspell(
                            Person::surname_of(CAST[people.sample(&mut rng)].canonical),
                            &mut rng
                        )
                    )
                }
                QueryKind::Phrase => format!("/topic \"{}\"", phrase(&mut rng)),
            };
            out.push(Query { kind, line });
        }
    }
    out
}

/// How someone types a person: full name, surname, another script or spelling, lower case.
fn name_as_typed(p: &Person, rng: &mut Rng) -> String {
    match rng.below(7) {
        0 => p.canonical.to_string(),
        1 | 2 => Person::surname_of(p.canonical).to_string(),
        3 => Person::surname_of(p.ru[0]).to_string(),
        4 => Person::surname_of(p.name(Lang::Az)).to_string(),
        5 => Person::surname_of(p.name(Lang::De)).to_string(),
        _ => Person::surname_of(p.canonical).to_lowercase(),
    }
}

/// One edit a hurried typist makes (never on the first letter): a dropped, doubled, swapped or
/// wrong vowel.
fn misspell(name: &str, rng: &mut Rng) -> String {
    let chars: Vec<char> = name.chars().collect();
    if chars.len() < 4 {
        return format!("{name}{}", chars.last().copied().unwrap_or('e'));
    }
    loop {
        let at = rng.between(1, chars.len() - 2);
        let mut edited = chars.clone();
        match rng.below(4) {
            0 => {
                edited.remove(at);
            }
            1 => edited.insert(at, chars[at]),
            2 => edited.swap(at, at + 1),
            _ => {
                let vowels = ['a', 'e', 'i', 'o', 'u', 'y'];
                let Some(v) = edited.iter().skip(1).position(|c| vowels.contains(c)) else {
                    continue;
                };
                let replacement = rng.pick(&vowels);
                edited[v + 1] = replacement;
            }
        }
        let edited: String = edited.into_iter().collect();
        if edited != name {
            return edited;
        }
    }
}

/// `since:`/`until:` options: a whole year, or a window of a few months.
fn date_range(rng: &mut Rng) -> String {
    let year = rng.between(2019, 2026);
    if rng.chance(0.3) {
        return format!("since:{year} until:{year}");
    }
    let from = rng.between(1, 10);
    let to = (from + rng.between(2, 11)).min(12);
    format!("since:{year}-{from:02} until:{year}-{to:02}")
}

const ARTICLES: &[&str] = &[
    "the ", "a ", "le ", "la ", "les ", "l'", "un ", "une ", "der ", "die ", "das ",
];

fn without_article(phrase: &str) -> &str {
    ARTICLES
        .iter()
        .find_map(|a| phrase.strip_prefix(a))
        .unwrap_or(phrase)
}

/// A topic as typed: a topic phrase in one of the languages, sometimes a frequent word instead.
fn topic_words(generator: &Generator, rng: &mut Rng) -> String {
    let lang = rng.pick(&Lang::ALL);
    if rng.chance(0.2) {
        return generator.vocabulary(lang).sample(rng).to_string();
    }
    let topic = &TOPICS[rng.below(TOPICS.len())];
    without_article(rng.pick(topic.phrases(lang))).to_string()
}

/// A multi-word topic phrase, searched as a phrase.
fn phrase(rng: &mut Rng) -> String {
    loop {
        let lang = rng.pick(&Lang::ALL);
        let topic = &TOPICS[rng.below(TOPICS.len())];
        let candidate = without_article(rng.pick(topic.phrases(lang)));
        if candidate.split(' ').count() >= 2 {
            return candidate.to_string();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mix_has_every_kind_and_is_reproducible() {
        let g = Generator::new(3);
        let a = query_mix(&g, 3, 20);
        assert_eq!(a, query_mix(&g, 3, 20));
        for kind in QueryKind::ALL {
            assert_eq!(a.iter().filter(|q| q.kind == kind).count(), 20);
        }
        assert!(
            a.iter()
                .filter(|q| q.kind == QueryKind::Phrase)
                .all(|q| q.line.matches('"').count() == 2)
        );
    }

    #[test]
    fn misspellings_differ_from_the_name() {
        let mut rng = Rng::new(1, 1);
        for p in CAST {
            let surname = Person::surname_of(p.canonical);
            for _ in 0..20 {
                assert_ne!(misspell(surname, &mut rng), surname);
            }
        }
    }
}
