//! The commands every adapter dispatches, and the text form the local chat and `ask` accept:
//! `/topic COP29 since:2024-01 lang:fr`, `/who-called Aliyev with:Blinken`, `/recent 5`, ...

use serde::{Deserialize, Serialize};

use super::{AnswerError, TopicRequest, WhoCalledRequest, parse_range};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Command {
    Topic(TopicRequest),
    WhoCalled(WhoCalledRequest),
    Recent { count: usize },
    Source { id: String },
    Stats,
    Reindex,
    Help,
}

pub const HELP: &str = "\
/who-called NAME [with:NAME] [topic:WORDS] [since:DATE] [until:DATE]
                                                        calls involving a person, newest first
/topic WORDS [since:DATE] [until:DATE] [lang:xx]        statements about a topic, best first
                                                        (add page:2 for the next results)
/recent [COUNT]                                         the latest calls
/source ID                                              one whole statement
/stats                                                  what the index holds
/reindex                                                rebuild the index from the source folders (moderators)
/help                                                   this list
In Discord also: /watch, /unwatch, /watches (new calls posted in a channel), /feeds, /ingest, /remove (moderators)
Dates are YYYY-MM-DD, YYYY-MM or YYYY. Quotes search a phrase: /topic \"peace treaty\"
Topics cross languages: /topic peace treaty also finds мирный договор; /who-called Aliyev topic:COP29";

impl Command {
    /// Parses one chat line. Recognised `key:value` options are taken out; everything else is
    /// the command's free text, kept verbatim (the answer layer sanitises it).
    pub fn parse(line: &str, max_chars: usize) -> Result<Command, AnswerError> {
        let line = line.trim();
        let len = line.chars().count();
        if len > max_chars + 32 {
            return Err(AnswerError::QueryTooLong {
                len,
                max: max_chars,
            });
        }
        let (name, rest) = match line.split_once(char::is_whitespace) {
            Some((n, r)) => (n, r.trim()),
            None => (line, ""),
        };
        let name = name.trim_start_matches('/').to_lowercase();
        let (text, opts) = split_options(rest);
        let opt = |k: &str| {
            opts.iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
        };
        let page = match opt("page") {
            None => 0,
            Some(p) => p
                .parse::<usize>()
                .ok()
                .filter(|n| *n >= 1)
                .map(|n| n - 1)
                .ok_or(AnswerError::BadArgument {
                    what: "page",
                    value: p.chars().take(20).collect(),
                    hint: "give a page number from 1",
                })?,
        };
        match name.as_str() {
            "topic" | "search" => {
                let (since, until) = parse_range(opt("since"), opt("until"))?;
                let language = opt("lang").or(opt("language")).map(str::to_lowercase);
                Ok(Command::Topic(TopicRequest {
                    query: text,
                    since,
                    until,
                    language,
                    page,
                    ..Default::default()
                }))
            }
            "who-called" | "whocalled" | "who" | "calls" => {
                let (since, until) = parse_range(opt("since"), opt("until"))?;
                Ok(Command::WhoCalled(WhoCalledRequest {
                    person: text,
                    with: opt("with").map(str::to_string),
                    topic: opt("topic").map(str::to_string),
                    since,
                    until,
                    page,
                    ..Default::default()
                }))
            }
            "recent" => {
                let count = if text.is_empty() {
                    5
                } else {
                    text.parse::<usize>()
                        .ok()
                        .filter(|n| (1..=25).contains(n))
                        .ok_or(AnswerError::BadArgument {
                            what: "count",
                            value: text.chars().take(20).collect(),
                            hint: "give a number from 1 to 25",
                        })?
                };
                Ok(Command::Recent { count })
            }
            "source" | "show" => Ok(Command::Source { id: text }),
            "stats" => Ok(Command::Stats),
            "reindex" => Ok(Command::Reindex),
            "help" | "" | "?" => Ok(Command::Help),
            other => Err(AnswerError::UnknownCommand(
                other.chars().take(40).collect(),
            )),
        }
    }
}

const OPTION_KEYS: &[&str] = &[
    "since", "until", "lang", "language", "with", "topic", "page",
];

/// Splits `Aliyev with:"Antony Blinken" since:2024` into the free text and the known options.
fn split_options(rest: &str) -> (String, Vec<(String, String)>) {
    let mut text = String::new();
    let mut opts = Vec::new();
    let mut chars = rest.char_indices().peekable();
    let mut word_start = 0;
    while let Some(&(i, _)) = chars.peek() {
        // Skip white space.
        if rest[i..].starts_with(char::is_whitespace) {
            chars.next();
            word_start = i + rest[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let word_end = rest[i..]
            .find(char::is_whitespace)
            .map_or(rest.len(), |n| i + n);
        let word = &rest[i..word_end];
        let known = word
            .split_once(':')
            .filter(|(k, _)| OPTION_KEYS.contains(&k.to_lowercase().as_str()));
        if let Some((key, value)) = known {
            let (value, end) = if let Some(stripped) = value.strip_prefix('"') {
                let value_start = i + key.len() + 2;
                match rest[value_start..].find('"') {
                    Some(q) => (
                        rest[value_start..value_start + q].to_string(),
                        value_start + q + 1,
                    ),
                    None => (stripped.to_string(), word_end),
                }
            } else {
                (value.to_string(), word_end)
            };
            opts.push((key.to_lowercase(), value));
            while chars.peek().is_some_and(|&(j, _)| j < end) {
                chars.next();
            }
        } else {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(word);
            while chars.peek().is_some_and(|&(j, _)| j < word_end) {
                chars.next();
            }
        }
        let _ = word_start;
    }
    (text, opts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_topic_with_options() {
        let Ok(Command::Topic(r)) =
            Command::parse("/topic COP29 since:2024-01 lang:FR climate", 300)
        else {
            panic!("not a topic command");
        };
        assert_eq!(r.query, "COP29 climate");
        assert_eq!(r.language.as_deref(), Some("fr"));
        assert_eq!(
            r.since.map(|d| d.to_string()).as_deref(),
            Some("2024-01-01")
        );
    }

    #[test]
    fn parses_who_called_with_quoted_option() {
        let Ok(Command::WhoCalled(r)) =
            Command::parse("/who-called Aliyev with:\"Antony Blinken\"", 300)
        else {
            panic!("not a who-called command");
        };
        assert_eq!(r.person, "Aliyev");
        assert_eq!(r.with.as_deref(), Some("Antony Blinken"));
        let Ok(Command::WhoCalled(r)) =
            Command::parse("/who-called Aliyev topic:\"peace treaty\" since:2024", 300)
        else {
            panic!("not a who-called command");
        };
        assert_eq!(r.person, "Aliyev");
        assert_eq!(r.topic.as_deref(), Some("peace treaty"));
    }

    #[test]
    fn unknown_colon_words_stay_in_the_text() {
        let Ok(Command::Topic(r)) = Command::parse("/topic gas: pipeline", 300) else {
            panic!()
        };
        assert_eq!(r.query, "gas: pipeline");
    }

    #[test]
    fn refuses_unknown_commands_and_bad_counts() {
        assert!(matches!(
            Command::parse("/frobnicate", 300),
            Err(AnswerError::UnknownCommand(_))
        ));
        assert!(matches!(
            Command::parse("/recent lots", 300),
            Err(AnswerError::BadArgument { .. })
        ));
    }
}
