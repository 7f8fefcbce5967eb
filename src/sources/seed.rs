//! Seed-style text: optional leading white space, `date YYYY-MM[-DD]`, optionally a line
//! `source: <url>` (where the statement was published; the sample corpus uses it to say that a
//! statement is a sample), then the body on the same line or after a line break. A text without
//! the date line is a body without a date.
//! A stored page puts its address alone on a line before all that (`https://...`).

use std::sync::LazyLock;

use regex::Regex;

use super::draft::Draft;
use super::{SourceError, dates, text};

/// `date 2024-06`, `Date: 2024-06-20`: the keyword and the first token after it.
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:date)[ \t]*:?[ \t]+(\S+)").expect("valid date line pattern")
});

/// A token that is meant as a date (so a bad one is an error, not the first word of the body).
static DATE_LIKE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[0-9]{4}[-/][0-9]").expect("valid date-like pattern"));

/// `source: https://...` on its own line after the date line (a URL, so a body that starts
/// with the word "Source:" stays a body).
static SOURCE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?i:source)[ \t]*:[ \t]*([a-z][a-z0-9+.-]*://\S+)[ \t]*(?:\n|$)")
        .expect("valid source line pattern")
});

/// Longest first line still read as a headline rather than as the first paragraph.
const MAX_HEADLINE_CHARS: usize = 120;

pub(crate) fn parse(text: &str) -> Result<Draft, SourceError> {
    let (url, text) = leading_url(text);
    let start = text.trim_start();
    let (published, body) = match DATE_LINE.captures(start) {
        Some(caps) if DATE_LIKE.is_match(&caps[1]) => {
            let token = &caps[1];
            let Some(published) = dates::parse_declared(token) else {
                let shown: String = token.chars().take(40).collect();
                return Err(SourceError::Malformed(format!(
                    "unreadable date `{shown}` on the date line"
                )));
            };
            (
                Some(published),
                &start[caps.get(0).map_or(0, |m| m.end())..],
            )
        }
        _ => (None, start),
    };
    let (source, body) = match SOURCE_LINE.captures(body) {
        Some(caps) => (
            Some(caps[1].to_owned()),
            &body[caps.get(0).map_or(0, |m| m.end())..],
        ),
        None => (None, body),
    };
    let url = url.or(source);
    let body = text::normalize_body(&text::decode_entities(body));
    if body.is_empty() {
        return Err(SourceError::Malformed(
            "no statement text after the date line".into(),
        ));
    }
    let (title, body) = split_headline(body);
    Ok(Draft {
        title,
        url,
        published,
        body,
        ..Draft::default()
    })
}

/// A first line that is a web address and nothing else: the statement's url, and the rest.
fn leading_url(text: &str) -> (Option<String>, &str) {
    let start = text.trim_start();
    let (first, rest) = start.split_once('\n').unwrap_or((start, ""));
    let first = first.trim();
    let is_url = (first.starts_with("https://") || first.starts_with("http://"))
        && first.len() > "https://".len()
        && !first.contains(char::is_whitespace);
    if is_url && !rest.trim().is_empty() {
        (Some(first.to_string()), rest)
    } else {
        (None, text)
    }
}

/// A line that only stamps the page with its day and time ("20 Mayıs 2024 19:36 Son
/// Güncelleme: ...", "24 июля 2020, 21:29", "06/03/2022 03:29 PM EDT"): a year and a clock
/// time among a few words. News pages put it above the headline.
fn is_stamp_line(line: &str) -> bool {
    static STAMP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:19|20)\d\d\b.*\b\d{1,2}:\d{2}\b|\b\d{1,2}:\d{2}\b.*\b(?:19|20)\d\d\b")
            .expect("stamp pattern compiles")
    });
    const MAX_STAMP_WORDS: usize = 10;
    // Mostly figures: "On 8 March 2023 at 10:30 Olaf Scholz held a" (a wrapped line) is text.
    const MIN_DIGIT_PERCENT: usize = 30;
    let visible = line.chars().filter(|c| !c.is_whitespace()).count();
    let digits = line.chars().filter(char::is_ascii_digit).count();
    line.split_whitespace().count() <= MAX_STAMP_WORDS
        && digits * 100 >= visible * MIN_DIGIT_PERCENT
        && STAMP.is_match(line)
}

/// Separates a headline: a first line, short and without final punctuation, followed by more
/// text (after a blank line, or, as pages copied from the web often have it, on the next line).
/// A stamp line above the headline stays at the top of the body.
fn split_headline(body: String) -> (Option<String>, String) {
    // Only a line set apart by blank lines and ending in a word, as headlines are: a lead
    // sentence ending in a quote or an emoji is the text.
    if let Some((stamp, rest)) = body.split_once('\n')
        && is_stamp_line(stamp)
        && let Some((headline, text)) = rest.trim_start_matches('\n').split_once("\n\n")
        && rest.starts_with('\n')
        && !headline.contains('\n')
        && headline.chars().nth(MAX_HEADLINE_CHARS).is_none()
        && headline.chars().last().is_some_and(char::is_alphanumeric)
        && !text.trim().is_empty()
    {
        return (
            Some(headline.to_owned()),
            format!("{stamp}\n\n{}", text.trim_start_matches('\n')),
        );
    }
    // A line wrapped mid-sentence goes on in lower case: that is no headline.
    let next_line_starts = |(_, rest): &(&str, &str)| {
        rest.chars()
            .find(|c| !c.is_whitespace())
            .is_some_and(|c| !c.is_lowercase())
    };
    let Some((first, rest)) = body
        .split_once("\n\n")
        .filter(|(first, _)| !first.contains('\n'))
        .or_else(|| body.split_once('\n').filter(next_line_starts))
    else {
        return (None, body);
    };
    let is_headline = first.chars().nth(MAX_HEADLINE_CHARS).is_none()
        && !first.ends_with(['.', ',', ';', ':'])
        && !rest.is_empty();
    if !is_headline {
        return (None, body);
    }
    (Some(first.to_owned()), rest.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_layouts() {
        let same_line = parse(" date 2024-06 The minister spoke today.\n\nMore.").ok();
        let same_line = same_line.map(|d| (d.published.map(|p| p.to_string()), d.title, d.body));
        assert_eq!(
            same_line,
            Some((
                Some("2024-06".into()),
                None,
                "The minister spoke today.\n\nMore.".into()
            ))
        );
        let headline =
            parse("date 2024-06-20\n\nMinister calls colleague\n\nThe minister spoke.").ok();
        let headline = headline.map(|d| (d.published.map(|p| p.to_string()), d.title, d.body));
        assert_eq!(
            headline,
            Some((
                Some("2024-06-20".into()),
                Some("Minister calls colleague".into()),
                "The minister spoke.".into()
            ))
        );
    }

    #[test]
    fn a_stored_page_gives_its_url_then_the_seed_layout() {
        let draft =
            parse("https://example.org/news/1\ndate 2025-03-02\n\nThe minister spoke.").ok();
        let draft = draft.map(|d| (d.url, d.published.map(|p| p.to_string()), d.body));
        assert_eq!(
            draft,
            Some((
                Some("https://example.org/news/1".into()),
                Some("2025-03-02".into()),
                "The minister spoke.".into()
            ))
        );
        // A url that is the whole text, or a sentence starting with one, is body text.
        let sentence = parse("https://example.org is where it was said.").ok();
        assert_eq!(sentence.and_then(|d| d.url), None);
    }

    #[test]
    fn a_headline_on_the_line_before_the_text_is_the_title_but_a_wrapped_line_is_not() {
        let title = |text: &str| parse(text).ok().and_then(|d| d.title);
        assert_eq!(
            title("date 2014-02-24\n\nLeader calls new premier\nThe leader called today.")
                .as_deref(),
            Some("Leader calls new premier")
        );
        assert_eq!(
            title("date 2014-02-24\n\nThe leader called the new premier\ntoday about reforms."),
            None
        );
    }

    #[test]
    fn a_day_and_time_stamp_above_the_headline_is_not_the_headline() {
        let draft = parse(
            "date 2023-04-11\n\n11 April 2023, 09:15 (updated 10:02)\n\nMinister rings \
             counterpart\n\nThe minister rang her counterpart.",
        )
        .ok();
        assert_eq!(
            draft.map(|d| (d.title, d.body)),
            Some((
                Some("Minister rings counterpart".into()),
                "11 April 2023, 09:15 (updated 10:02)\n\nThe minister rang her counterpart.".into()
            ))
        );
        // After a stamp, a lead sentence ending in a quote is text, not a headline; and a
        // wrapped line that gives a day and a time is no stamp.
        let draft = parse(
            "date 2023-04-11\n\n11.04.2023 09:15\n\nThe minister rang her counterpart, \
             saying \"we act now.\"\n\nShe also called the mayor.",
        )
        .ok();
        assert!(draft.is_some_and(|d| d.body.starts_with("The minister rang her counterpart")));
        let draft = parse(
            "date 2023-04-11\n\nOn 11 April 2023 at 09:15 the minister rang a\ncolleague \
             about the grain deal\n\nMore followed.",
        )
        .ok();
        assert!(draft.is_some_and(|d| d.body.contains("rang a\ncolleague")));
        // A headline that gives a time is still the headline.
        let draft = parse(
            "date 2023-04-11\n\nLeaders to talk at 10:00 on the new accord of \
             2023 and what follows for trade in the region\n\nThe leaders will talk.",
        )
        .ok();
        assert!(draft.and_then(|d| d.title).is_some());
    }

    #[test]
    fn a_source_line_after_the_date_is_the_url_not_the_body() {
        let draft = parse(
            "date 2024-06-20\nsource: https://samples.readout.example/01\n\nThe minister spoke.",
        )
        .ok();
        assert_eq!(
            draft.map(|d| (d.url, d.body)),
            Some((
                Some("https://samples.readout.example/01".into()),
                "The minister spoke.".into()
            ))
        );
        let plain = parse("date 2024-06-20\nSource: the ministry said the call was brief.").ok();
        assert_eq!(
            plain.map(|d| (d.url, d.body)),
            Some((None, "Source: the ministry said the call was brief.".into()))
        );
    }

    #[test]
    fn date_words_in_a_body_are_not_a_date_line() {
        let draft = parse("Date palms were discussed.").ok();
        assert_eq!(
            draft.map(|d| (d.published, d.body)),
            Some((None, "Date palms were discussed.".into()))
        );
        assert!(parse("date 2024-13-40 Text.").is_err());
    }
}
