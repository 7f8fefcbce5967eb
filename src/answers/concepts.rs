//! A topic query read as topic concepts ([`crate::concepts`]): which concepts its words name
//! (so statements in other languages match), which words those concepts stand for, and
//! excerpts that show a concept in a statement's own words.

use std::ops::Range;

use super::query_text::Parsed;
use super::types::Excerpt;
use crate::concepts::Lexicon;
use crate::index::Clause;

/// The concepts of a query.
#[derive(Debug, Default, PartialEq)]
pub struct Reading {
    /// Concept id groups: each group is one concept named in the query (several ids when its
    /// words are ambiguous); every group must match.
    pub groups: Vec<Vec<String>>,
    /// Per clause of the query: a concept stands for all its words.
    pub covered: Vec<bool>,
    /// Concepts named by excluded words (`-sanctions`): statements tagged with them go too.
    pub excluded: Vec<String>,
}

impl Reading {
    /// Every concept id the query names.
    pub fn ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.groups.iter().flatten().cloned().collect();
        ids.dedup();
        ids
    }
}

pub fn read(lexicon: &Lexicon, parsed: &Parsed) -> Reading {
    let named = lexicon.in_query(&parsed.text);
    let mut groups: Vec<Vec<String>> = Vec::new();
    for q in &named {
        if !groups.contains(&q.ids) {
            groups.push(q.ids.clone());
        }
    }
    // Next to a topic, words that name none of their own ("situation") are its, too.
    let mut spans: Vec<Range<usize>> = named.iter().map(|q| q.span.clone()).collect();
    if !groups.is_empty() {
        spans.extend(lexicon.generic_spans(&parsed.text));
    }
    let covered = parsed
        .spans
        .iter()
        .map(|span| covers(&parsed.text, span, &spans))
        .collect();
    let mut excluded = Vec::new();
    for clause in &parsed.excluded {
        let text = match clause {
            Clause::Word { text, .. } | Clause::Phrase(text) => text,
        };
        let named = lexicon.in_query(text);
        let spans: Vec<Range<usize>> = named.iter().map(|q| q.span.clone()).collect();
        if covers(text, &(0..text.len()), &spans) {
            excluded.extend(named.into_iter().flat_map(|q| q.ids));
        }
    }
    Reading {
        groups,
        covered,
        excluded,
    }
}

/// True when every letter and digit of `text[span]` lies inside one of `spans`.
fn covers(text: &str, span: &Range<usize>, spans: &[Range<usize>]) -> bool {
    let Some(slice) = text.get(span.clone()) else {
        return false;
    };
    let mut any = false;
    for (i, c) in slice.char_indices() {
        if !c.is_alphanumeric() {
            continue;
        }
        any = true;
        let at = span.start + i;
        if !spans.iter().any(|s| s.contains(&at)) {
            return false;
        }
    }
    any
}

/// An excerpt of `body` around the first place it mentions one of `ids`, at most `max_chars`
/// characters cut at spaces, with every mention inside in bold: what a statement that matched
/// by concept (in another language, say) shows. `None` when the body does not mention them.
pub fn excerpt(lexicon: &Lexicon, body: &str, ids: &[String], max_chars: usize) -> Option<Excerpt> {
    let spans = lexicon.spans(body, ids);
    let first = spans.first()?.clone();
    // Some context before the first mention, from a word's start.
    let lead_chars = max_chars / 4;
    let before: Vec<usize> = body[..first.start].char_indices().map(|(i, _)| i).collect();
    let mut start = before
        .len()
        .checked_sub(lead_chars)
        .map_or(0, |k| before[k]);
    if start > 0 {
        start = body[start..first.start]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(first.start, |(w, c)| start + w + c.len_utf8());
    }
    let mut end = body[start..]
        .char_indices()
        .nth(max_chars)
        .map_or(body.len(), |(i, _)| start + i);
    if end < body.len()
        && let Some(space) = body[start..end].rfind(char::is_whitespace)
        && start + space > first.end
    {
        end = start + space;
    }
    let end = end.max(first.end);
    let prefix = if start > 0 { "…" } else { "" };
    let suffix = if end < body.len() { "…" } else { "" };
    let text = format!("{prefix}{}{suffix}", body[start..end].trim_end());
    let shift = prefix.len();
    let highlights = spans
        .into_iter()
        .filter(|s| s.start >= start && s.end <= end)
        .map(|s| s.start - start + shift..s.end - start + shift)
        .collect();
    Some(Excerpt { text, highlights })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::query_text::parse;
    use crate::people::People;

    #[test]
    fn concepts_cover_the_words_that_name_them() {
        let lexicon = Lexicon::bundled();
        let parsed = parse("мирный договор Armenia -санкции", &People::empty());
        let reading = read(&lexicon, &parsed);
        assert!(reading.groups.contains(&vec!["peace-treaty".to_string()]));
        // "мирный", "договор" are the concept's; "Armenia" is a concept of its own.
        assert_eq!(reading.covered, [true, true, true]);
        assert_eq!(reading.excluded, ["sanctions"]);
        let parsed = parse("peace treaty signing", &People::empty());
        assert_eq!(read(&lexicon, &parsed).covered, [true, true, false]);
        // Words that name no topic of their own go with the topic next to them...
        let parsed = parse("humanitarian situation", &People::empty());
        assert_eq!(read(&lexicon, &parsed).covered, [true, true]);
        // ...but not alone.
        let parsed = parse("situation", &People::empty());
        assert_eq!(read(&lexicon, &parsed).covered, [false]);
    }

    #[test]
    fn excerpts_show_the_concept_in_the_statements_words() {
        let lexicon = Lexicon::bundled();
        let body = format!(
            "{} Стороны обсудили ход работы над мирным договором и делимитацию. {}",
            "Вступление. ".repeat(30),
            "Заключение. ".repeat(30)
        );
        let excerpt = excerpt(&lexicon, &body, &["peace-treaty".into()], 120).expect("found");
        assert!(excerpt.text.starts_with('…') && excerpt.text.ends_with('…'));
        assert!(excerpt.text.chars().count() <= 122, "{}", excerpt.text);
        assert_eq!(
            excerpt
                .to_markdown()
                .matches("**мирным договором**")
                .count(),
            1
        );
        assert!(super::excerpt(&lexicon, "nothing here", &["peace".into()], 80).is_none());
    }
}
