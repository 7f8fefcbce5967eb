//! Discord's message limits, applied to every [`Reply`] before it is sent: a message over any of
//! them is rejected whole by Discord, so cutting here is the difference between a shorter answer
//! and no answer.

use super::reply::{Embed, Reply};
use super::text::{truncate_markdown, truncate_plain};

pub const CONTENT_CHARS: usize = 2000;
pub const TITLE_CHARS: usize = 256;
pub const DESCRIPTION_CHARS: usize = 4096;
pub const FIELD_NAME_CHARS: usize = 256;
pub const FIELD_VALUE_CHARS: usize = 1024;
pub const FOOTER_CHARS: usize = 2048;
pub const FIELDS_PER_EMBED: usize = 25;
pub const EMBEDS_PER_MESSAGE: usize = 10;
pub const EMBED_CHARS_PER_MESSAGE: usize = 6000;
pub const URL_CHARS: usize = 2048;

const CUT_NOTE: &str = "\n(Some results were cut to fit Discord's message limits.)";

/// Cuts every part of `reply` to Discord's limits.
pub fn fit(mut reply: Reply) -> Reply {
    let mut cut = reply.embeds.len() > EMBEDS_PER_MESSAGE;
    reply.embeds.truncate(EMBEDS_PER_MESSAGE);
    for embed in &mut reply.embeds {
        fit_embed(embed);
    }

    // The 6000-character budget is shared by all embeds: shorten descriptions from the last
    // embed backwards, then drop whole embeds if that is not enough.
    let mut total: usize = reply.embeds.iter().map(Embed::counted_chars).sum();
    let mut i = reply.embeds.len();
    while total > EMBED_CHARS_PER_MESSAGE && i > 0 {
        i -= 1;
        let embed = &mut reply.embeds[i];
        let desc_len = embed.description.chars().count();
        let over = total - EMBED_CHARS_PER_MESSAGE;
        let target = desc_len
            .saturating_sub(over)
            .max(if desc_len > 200 { 200 } else { desc_len });
        if target < desc_len {
            embed.description = truncate_markdown(&embed.description, target);
            cut = true;
        }
        total = reply.embeds.iter().map(Embed::counted_chars).sum();
    }
    while total > EMBED_CHARS_PER_MESSAGE && !reply.embeds.is_empty() {
        reply.embeds.pop();
        cut = true;
        total = reply.embeds.iter().map(Embed::counted_chars).sum();
    }

    if cut {
        let room = CONTENT_CHARS.saturating_sub(CUT_NOTE.chars().count());
        reply.content = truncate_markdown(&reply.content, room) + CUT_NOTE;
    }
    reply.content = truncate_markdown(&reply.content, CONTENT_CHARS);
    reply
}

fn fit_embed(embed: &mut Embed) {
    embed.title = truncate_markdown(&embed.title, TITLE_CHARS);
    embed.description = truncate_markdown(&embed.description, DESCRIPTION_CHARS);
    embed.footer = truncate_plain(&embed.footer, FOOTER_CHARS);
    embed.url = embed.url.take().filter(|u| is_embed_url(u));
    embed.fields.truncate(FIELDS_PER_EMBED);
    for field in &mut embed.fields {
        field.name = truncate_markdown(&field.name, FIELD_NAME_CHARS);
        field.value = truncate_markdown(&field.value, FIELD_VALUE_CHARS);
    }
}

/// A URL Discord accepts in an embed.
pub fn is_embed_url(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && url.len() <= URL_CHARS
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discord::reply::Field;

    fn big_embed(n: usize) -> Embed {
        Embed {
            title: "t".repeat(300),
            url: Some("not a url".into()),
            description: "d".repeat(5000 + n),
            fields: (0..30)
                .map(|i| Field {
                    name: format!("f{i}"),
                    value: "v".repeat(2000),
                    inline: false,
                })
                .collect(),
            footer: "f".repeat(3000),
        }
    }

    #[test]
    fn every_limit_holds() {
        let reply = fit(Reply {
            content: "c".repeat(3000),
            embeds: (0..12).map(big_embed).collect(),
            ..Reply::default()
        });
        assert!(reply.content.chars().count() <= CONTENT_CHARS);
        assert!(reply.embeds.len() <= EMBEDS_PER_MESSAGE);
        assert!(
            reply.embeds.iter().map(Embed::counted_chars).sum::<usize>() <= EMBED_CHARS_PER_MESSAGE
        );
        for e in &reply.embeds {
            assert!(e.title.chars().count() <= TITLE_CHARS);
            assert!(e.description.chars().count() <= DESCRIPTION_CHARS);
            assert!(e.fields.len() <= FIELDS_PER_EMBED);
            assert!(
                e.fields
                    .iter()
                    .all(|f| f.value.chars().count() <= FIELD_VALUE_CHARS)
            );
            assert!(e.url.is_none());
        }
        assert!(reply.content.contains("cut to fit"));
    }

    #[test]
    fn small_replies_are_unchanged() {
        let reply = Reply {
            content: "hello".into(),
            embeds: vec![Embed {
                title: "t".into(),
                ..Embed::default()
            }],
            ..Reply::default()
        };
        assert_eq!(fit(reply.clone()), reply);
    }

    #[test]
    fn embed_urls_must_be_http() {
        assert!(is_embed_url("https://example.org/a"));
        assert!(!is_embed_url("javascript:alert(1)"));
        assert!(!is_embed_url("https://example.org/a b"));
    }
}
