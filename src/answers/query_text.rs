//! Turns what a user typed into clauses the index understands. No query syntax reaches Tantivy:
//! quotes make phrases (an unbalanced quote is just words), everything else is words; operators,
//! boosts and wildcards are dropped, so `*^2` matches nothing rather than everything.

use std::ops::Range;

use crate::index::Clause;
use crate::index::analysis::{fold_plain, tokenize_into};
use crate::people::{People, Person};

/// At most this many clauses are searched; the rest of a long query is ignored.
const MAX_CLAUSES: usize = 16;

/// Words too common to narrow a search, in the languages users type.
const STOPWORDS: &[&str] = &[
    "a", "an", "and", "the", "of", "in", "on", "to", "with", "for", "by", "at", "or", "de", "la",
    "le", "les", "des", "du", "et", "en", "el", "los", "las", "y", "con", "der", "die", "das",
    "und", "mit", "von", "и", "в", "с", "на", "по", "ve", "ile", "bir", "və",
];

/// A query as typed, read: what must match, what must not, and whether any word will do.
#[derive(Debug, Default, PartialEq)]
pub struct Parsed {
    pub clauses: Vec<Clause>,
    /// The text the clauses were read from (operators and excluded words taken out), and where
    /// in it each clause is: to tell which clauses a topic concept's name covers.
    pub text: String,
    pub spans: Vec<Range<usize>>,
    /// `-word`, `-"a phrase"`, `NOT word`: statements with these are left out.
    pub excluded: Vec<Clause>,
    /// `OR` between words: any of them may match.
    pub any: bool,
}

/// Reads the operators people expect from a search box — `OR`, `AND` and `NOT` in capitals,
/// `-word` to exclude — then the words and phrases.
pub fn parse(text: &str, people: &People) -> Parsed {
    let mut kept = String::with_capacity(text.len());
    let mut excluded_text = String::new();
    let mut any = false;
    let mut exclude_next = false;
    for piece in split_keeping_quotes(text) {
        match piece.as_str() {
            "AND" => continue,
            "OR" => {
                any = true;
                continue;
            }
            "NOT" => {
                exclude_next = true;
                continue;
            }
            _ => {}
        }
        let (negated, body) = match piece.strip_prefix('-') {
            Some(rest) if !rest.is_empty() && !rest.starts_with('-') => (true, rest),
            _ => (false, piece.as_str()),
        };
        let target = if negated || exclude_next {
            &mut excluded_text
        } else {
            &mut kept
        };
        exclude_next = false;
        target.push_str(body);
        target.push(' ');
    }
    let (kept_clauses, spans) = clauses_with_spans(&kept, people).into_iter().unzip();
    Parsed {
        clauses: kept_clauses,
        text: kept,
        spans,
        excluded: clauses(&excluded_text, people),
        any,
    }
}

/// White-space separated pieces, a quoted phrase (with a leading `-`) kept as one piece.
fn split_keeping_quotes(text: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for c in text.chars() {
        if c == '"' {
            quoted = !quoted;
            current.push(c);
        } else if c.is_whitespace() && !quoted {
            if !current.is_empty() {
                pieces.push(std::mem::take(&mut current));
            }
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
}

pub fn clauses(text: &str, people: &People) -> Vec<Clause> {
    clauses_with_spans(text, people)
        .into_iter()
        .map(|(c, _)| c)
        .collect()
}

/// The clauses of `text`, each with its byte range in `text`.
fn clauses_with_spans(text: &str, people: &People) -> Vec<(Clause, Range<usize>)> {
    let mut out = Vec::new();
    let mut at = 0;
    // Quoted phrases first; text between them is words.
    while let Some(open) = text[at..].find('"').map(|o| at + o) {
        words_into(text, at..open, people, &mut out);
        let after = open + 1;
        match text[after..].find('"').map(|c| after + c) {
            Some(close) => {
                let inner = &text[after..close];
                let phrase = inner.trim();
                if fold_plain(phrase).len() > 1 {
                    let start = after + (inner.len() - inner.trim_start().len());
                    out.push((
                        Clause::Phrase(phrase.to_string()),
                        start..start + phrase.len(),
                    ));
                } else {
                    words_into(text, after..close, people, &mut out);
                }
                at = close + 1;
            }
            None => {
                at = after;
                break;
            }
        }
    }
    words_into(text, at..text.len(), people, &mut out);
    let has_content = out.iter().any(|(c, _)| !is_stopword(c));
    if has_content {
        out.retain(|(c, _)| !is_stopword(c));
    }
    out.truncate(MAX_CLAUSES);
    out
}

fn is_stopword(clause: &Clause) -> bool {
    matches!(clause, Clause::Word { text, .. } if STOPWORDS.contains(&text.to_lowercase().as_str()))
}

/// The words of `whole[range]`, with their byte ranges in `whole`.
fn words_into(
    whole: &str,
    range: Range<usize>,
    people: &People,
    out: &mut Vec<(Clause, Range<usize>)>,
) {
    let base = range.start;
    // Boosts become spaces of the same length, so offsets stay those of `whole`.
    let text = strip_boosts(&whole[range]);
    let mut tokens = Vec::new();
    tokenize_into(&text, true, &mut tokens);
    for (i, t) in tokens.iter().enumerate() {
        // A joined code ("COP 29" -> cop29) replaces its parts.
        let covered = tokens.iter().enumerate().any(|(j, o)| {
            j != i
                && o.offset_from <= t.offset_from
                && t.offset_to <= o.offset_to
                && o.offset_to - o.offset_from > t.offset_to - t.offset_from
        });
        if covered {
            continue;
        }
        let word = text[t.offset_from..t.offset_to].to_string();
        let alternatives = resolve_person(people, &word)
            .map(|p| alias_spellings(p, &t.text))
            .unwrap_or_default();
        out.push((
            Clause::Word {
                text: word,
                alternatives,
            },
            base + t.offset_from..base + t.offset_to,
        ));
    }
}

/// The person a user's text names. The gazetteer's lookup matches loosely (spelling variants,
/// inflections); when that is ambiguous, a candidate known under exactly this spelling wins
/// ("Scholz" is Olaf Scholz even if it sounds like another name).
pub(crate) fn resolve_person<'p>(people: &'p People, text: &str) -> Option<&'p Person> {
    if let Some(person) = people.lookup(text) {
        return Some(person);
    }
    let wanted = fold_plain(text).join(" ");
    if wanted.is_empty() {
        return None;
    }
    let spelled: Vec<&Person> = people
        .lookup_all(text)
        .into_iter()
        .filter(|p| {
            std::iter::once(&p.name)
                .chain(&p.aliases)
                .any(|a| fold_plain(a).join(" ") == wanted)
        })
        .collect();
    match spelled.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// Every folded spelling of a person's names, so "Алиев" also finds "Aliyev" and "Алиевым".
fn alias_spellings(person: &Person, already: &str) -> Vec<String> {
    // Single-word aliases only: words of longer ones ("Erdoğan ile") can be ordinary words.
    let mut spellings: Vec<String> = person
        .aliases
        .iter()
        .map(|a| fold_plain(a))
        .filter(|tokens| tokens.len() == 1)
        .flatten()
        .filter(|s| s.chars().count() > 2 && s != already)
        .collect();
    spellings.sort();
    spellings.dedup();
    spellings
}

/// Drops `^2`-style boosts, which are query syntax, not words: each of their characters
/// becomes a space, so the words keep their offsets.
fn strip_boosts(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '^' {
            out.push(' ');
            while chars.next_if(|d| d.is_ascii_digit() || *d == '.').is_some() {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        clauses(text, &People::empty())
            .into_iter()
            .map(|c| match c {
                Clause::Word { text, .. } => text,
                Clause::Phrase(p) => format!("\"{p}\""),
            })
            .collect()
    }

    #[test]
    fn syntax_is_neutralised() {
        assert!(words("*^2").is_empty());
        assert_eq!(words("hostages: gaza"), ["hostages", "gaza"]);
        assert_eq!(
            words("\"peace treaty armenia"),
            ["peace", "treaty", "armenia"]
        );
        assert_eq!(words("COP29 AND ("), ["COP29"]);
    }

    #[test]
    fn phrases_and_codes() {
        assert_eq!(
            words("\"peace treaty\" Armenia"),
            ["\"peace treaty\"", "Armenia"]
        );
        assert_eq!(words("cop 29"), ["cop 29"]);
        assert_eq!(words("COP-29"), ["COP-29"]);
    }

    #[test]
    fn clauses_know_where_they_are() {
        let parsed = parse(
            "traité de \"paix durable\" -guerre x^2 COP 29",
            &People::empty(),
        );
        let at: Vec<&str> = parsed
            .spans
            .iter()
            .map(|r| &parsed.text[r.clone()])
            .collect();
        assert_eq!(at, ["traité", "paix durable", "x", "COP 29"]);
    }

    #[test]
    fn stopwords_go_unless_nothing_else_is_left() {
        assert_eq!(words("the peace of Europe"), ["peace", "Europe"]);
        assert_eq!(words("the"), ["the"]);
    }
}
