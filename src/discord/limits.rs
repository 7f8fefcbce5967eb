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

const CUT_NOTE: &str = "\n(Some results were shortened to fit Discord's message limits.)";

/// Cuts every part of `reply` to Discord's limits. Items are shortened, never dropped: every
/// embed and every field the renderer made is still there (renderers keep to 10 embeds and 25
/// fields by design; more would be cut, with the note).
pub fn fit(mut reply: Reply) -> Reply {
    let mut cut = reply.embeds.len() > EMBEDS_PER_MESSAGE;
    reply.embeds.truncate(EMBEDS_PER_MESSAGE);
    for embed in &mut reply.embeds {
        cut |= embed.fields.len() > FIELDS_PER_EMBED;
        fit_embed(embed);
    }

    // The 6000-character budget is shared by all embeds: the largest are shortened to a common
    // cap, so a small embed keeps all its text and no embed loses all of its.
    let sizes: Vec<usize> = reply.embeds.iter().map(Embed::counted_chars).collect();
    if sizes.iter().sum::<usize>() > EMBED_CHARS_PER_MESSAGE {
        let cap = common_cap(&sizes, EMBED_CHARS_PER_MESSAGE);
        for embed in &mut reply.embeds {
            shrink_embed(embed, cap);
        }
        cut = true;
    }

    if cut {
        let room = CONTENT_CHARS.saturating_sub(CUT_NOTE.chars().count());
        reply.content = truncate_markdown(&reply.content, room) + CUT_NOTE;
    }
    reply.content = truncate_markdown(&reply.content, CONTENT_CHARS);
    reply
}

/// The largest cap such that the sizes, each limited to it, add up to at most `budget`.
fn common_cap(sizes: &[usize], budget: usize) -> usize {
    let (mut low, mut high) = (0, budget);
    while low < high {
        let mid = (low + high).div_ceil(2);
        let total: usize = sizes.iter().map(|&s| s.min(mid)).sum();
        if total <= budget {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    low
}

/// Shortens `embed` to at most `budget` counted characters: the description first, then field
/// values from the last, the footer, field names and the title; a first pass keeps a readable
/// minimum of each, a second cuts down to a single character where it must.
fn shrink_embed(embed: &mut Embed, budget: usize) {
    for floors in [[120, 40, 40, 24, 24], [1, 1, 1, 1, 1]] {
        let mut over = embed.counted_chars().saturating_sub(budget);
        let [description, value, footer, name, title] = floors;
        shrink(&mut embed.description, description, &mut over);
        for field in embed.fields.iter_mut().rev() {
            shrink(&mut field.value, value, &mut over);
        }
        shrink(&mut embed.footer, footer, &mut over);
        for field in embed.fields.iter_mut().rev() {
            shrink(&mut field.name, name, &mut over);
        }
        shrink(&mut embed.title, title, &mut over);
    }
}

/// Cuts `text` by up to `over` characters but not below `floor`, and counts what was cut.
fn shrink(text: &mut String, floor: usize, over: &mut usize) {
    let len = text.chars().count();
    if *over == 0 || len <= floor {
        return;
    }
    let target = len.saturating_sub(*over).max(floor);
    *text = truncate_markdown(text, target);
    *over = over.saturating_sub(len - text.chars().count());
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

/// Every Discord limit `reply` breaks, named; empty when Discord would accept it.
pub fn violations(reply: &Reply) -> Vec<String> {
    let len = |s: &str| s.chars().count();
    let mut out = Vec::new();
    let mut over = |what: String, n: usize, max: usize| {
        if n > max {
            out.push(format!("{what}: {n} > {max}"));
        }
    };
    over("content".into(), len(&reply.content), CONTENT_CHARS);
    over("embeds".into(), reply.embeds.len(), EMBEDS_PER_MESSAGE);
    let total = reply.embeds.iter().map(Embed::counted_chars).sum();
    over("embed characters".into(), total, EMBED_CHARS_PER_MESSAGE);
    for (i, e) in reply.embeds.iter().enumerate() {
        over(format!("embed {i} title"), len(&e.title), TITLE_CHARS);
        over(
            format!("embed {i} description"),
            len(&e.description),
            DESCRIPTION_CHARS,
        );
        over(format!("embed {i} footer"), len(&e.footer), FOOTER_CHARS);
        over(
            format!("embed {i} fields"),
            e.fields.len(),
            FIELDS_PER_EMBED,
        );
        for (j, f) in e.fields.iter().enumerate() {
            over(
                format!("embed {i} field {j} name"),
                len(&f.name),
                FIELD_NAME_CHARS,
            );
            over(
                format!("embed {i} field {j} value"),
                len(&f.value),
                FIELD_VALUE_CHARS,
            );
            // Discord rejects empty names and values.
            over(
                format!("embed {i} field {j} empty"),
                usize::from(f.name.trim().is_empty() || f.value.trim().is_empty()),
                0,
            );
        }
    }
    out
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
        assert!(reply.content.contains("shortened to fit"));
    }

    #[test]
    fn no_embed_and_no_field_is_dropped_for_the_total() {
        // 10 embeds of 25 full fields each: 10 x 25 x 1024 characters of values.
        let full = Embed {
            title: "t".repeat(256),
            description: "word ".repeat(800),
            fields: (0..25)
                .map(|i| Field {
                    name: format!("{i} {}", "n".repeat(250)),
                    value: "v ".repeat(512),
                    inline: false,
                })
                .collect(),
            footer: "f".repeat(2048),
            url: None,
        };
        let small = Embed {
            title: "small".into(),
            ..Embed::default()
        };
        let mut embeds = vec![full; 9];
        embeds.push(small.clone());
        let reply = fit(Reply {
            embeds,
            ..Reply::default()
        });
        assert_eq!(reply.embeds.len(), 10);
        assert_eq!(reply.embeds[9], small, "a small embed keeps its text");
        let total: usize = reply.embeds.iter().map(Embed::counted_chars).sum();
        assert!(total <= EMBED_CHARS_PER_MESSAGE, "{total}");
        for e in &reply.embeds[..9] {
            assert_eq!(e.fields.len(), 25);
            assert!(
                e.fields
                    .iter()
                    .all(|f| !f.value.trim().is_empty() && !f.name.is_empty())
            );
        }
    }

    #[test]
    fn common_cap_spends_the_budget() {
        assert_eq!(common_cap(&[10, 10], 100), 100);
        assert_eq!(common_cap(&[5000, 5000], 6000), 3000);
        assert_eq!(common_cap(&[100, 9000, 9000], 6000), 2950);
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
