//! Evidence of a call: which sentences report a phone call that took place, and which
//! statements are not readouts at all. Traps (planned, refused or video calls, letters,
//! receptions) veto a sentence; a call phrase preceded by a back-reference word ("during the
//! call") refers to a call already reported.

use super::context::Ctx;
use super::cues::{Strength, Tag};
use super::names::{self, Mention};
use super::parties::PERSON_WINDOW;
use super::pattern::Hit;
use super::text::Sentence;

/// An interview (in the headline or the first body sentence) mentions calls but reports none.
pub(super) fn is_not_readout(ctx: &Ctx<'_>) -> bool {
    let first_body = ctx
        .text
        .sentences
        .iter()
        .position(|s| !s.is_title)
        .unwrap_or(0);
    ctx.hits
        .iter()
        .take(first_body + 1)
        .flatten()
        .any(|h| matches!(h.tag, Tag::NotReadout))
}

/// Mentions are only needed for sentences with a call cue; spot them once.
pub(super) fn lazy_mentions(
    ctx: &Ctx<'_>,
    sentence: &Sentence,
    hits: &[Hit<'_, Tag>],
) -> Vec<Mention> {
    if !hits.iter().any(|h| matches!(h.tag, Tag::Call(..))) {
        return Vec::new();
    }
    names::spot(&ctx.text, ctx.people, sentence.tokens.clone(), hits)
}

/// The cue that makes the sentence a call report, if any.
pub(super) fn first_call_cue<'h>(
    ctx: &Ctx<'_>,
    sentence_start: usize,
    hits: &'h [Hit<'static, Tag>],
    mentions: &[Mention],
    phone_context: bool,
) -> Option<&'h Hit<'static, Tag>> {
    let person_follows = |h: &Hit<'_, Tag>| {
        let window = h.end..h.end + PERSON_WINDOW;
        mentions.iter().any(|m| window.contains(&m.start))
            || hits.iter().any(|o| {
                window.contains(&o.start) && matches!(o.tag, Tag::Counterpart | Tag::HomeRole(_))
            })
    };
    // "their phone call with X", "the telephone conversation between X and Y", "so-called":
    // a reference to a call, not the report of one.
    let referred = |h: &Hit<'_, Tag>| {
        h.start > sentence_start && REFERENCE_WORDS.contains(&ctx.text.word(h.start - 1))
    };
    hits.iter().find(|h| match h.tag {
        Tag::Call(Strength::Strong, _) => !referred(h) && (!h.needs_person || person_follows(h)),
        Tag::Call(Strength::Weak, _) => {
            phone_context && !referred(h) && (!h.needs_person || person_follows(h))
        }
        _ => false,
    })
}

/// Words before a call phrase that make it a back-reference (folded).
const REFERENCE_WORDS: &[&str] = &[
    "the",
    "their",
    "his",
    "her",
    "its",
    "last",
    "previous",
    "earlier",
    "recent",
    "during",
    "following",
    "after",
    "since",
    "that",
    "so",
    "leur",
    "lors",
    "im",
    "beim",
    "ходе",
    "итогам",
    "после",
    "після",
    "час",
    "durante",
    "dopo",
    "podczas",
    "trakcie",
    "po",
];

/// Whether the statement speaks of a telephone at all: weak cues ("spoke with") count as
/// call reports only then.
pub(super) fn phone_context(ctx: &Ctx<'_>) -> bool {
    ctx.hits
        .iter()
        .flatten()
        .any(|h| matches!(h.tag, Tag::Phone | Tag::Call(Strength::Strong, _)))
}

/// A trap in the sentence (a planned, refused or video call, a letter) vetoes it.
pub(super) fn vetoed(hits: &[Hit<'static, Tag>]) -> bool {
    hits.iter().any(|h| matches!(h.tag, Tag::Trap))
}
