//! Calls the headline or the lead deny. "Kremlin dismisses report of a Trump-Putin call",
//! "X aclara que no hubo llamada con Y", "X'in sözlerini yalanladı": a denial of the call
//! itself that opens a page covers a later retelling of that call ("According to the Post,
//! A spoke with B"), not only the call phrase it spans.

use super::context::Ctx;
use super::cues::Tag;
use super::evidence;
use super::parties::{self, Party};

/// The pairs the headline and lead sentences deny a call between: a sentence whose denial
/// phrase takes in a word for a call or the telephone ("denied reports of a phone call", not
/// "denied making concessions in the call"), that names exactly two people and reports no
/// call itself (`told`: the sentences calls were read from); each with its sentence.
pub(super) fn denied_pairs(ctx: &Ctx<'_>, told: &[usize]) -> Vec<([Party; 2], usize)> {
    let mut pairs: Vec<([Party; 2], usize)> = Vec::new();
    let role_date = ctx.published.map(|p| p.date);
    for si in 0..evidence::lead_end(ctx).min(ctx.hits.len()) {
        let hits = &ctx.hits[si];
        let denies_a_call = hits.iter().any(|h| {
            matches!(h.tag, Tag::Call(..) | Tag::Telephone | Tag::Phone)
                && evidence::denied(hits, h)
        });
        if !denies_a_call || told.contains(&si) {
            continue;
        }
        let mut people: Vec<Party> = Vec::new();
        for placed in parties::resolve_mentions(ctx, hits, ctx.mentions(si), role_date) {
            if !people.contains(&placed.party) {
                people.push(placed.party);
            }
        }
        if let [a, b] = people.as_slice() {
            pairs.push(([a.clone(), b.clone()], si));
        }
    }
    pairs
}

/// Whether a call between `parties` is within a denied pair (both of them, or one alone).
pub(super) fn covers(pair: &[Party; 2], parties: &[Party]) -> bool {
    !parties.is_empty() && parties.iter().all(|p| pair.contains(p))
}
