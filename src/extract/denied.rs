//! Calls the headline or the lead deny. "The Kremlin denied a report that A had called B",
//! "X negó haber participado en una llamada con Y", "X'in sözlerini yalanladı": a denial that
//! opens a page covers every later telling of a call between the people it names, such as
//! the body's "According to the Post, A spoke with B", not only the call phrase it spans.

use super::context::Ctx;
use super::cues::Tag;
use super::evidence;
use super::parties::{self, Party};

/// The people named in the headline and lead sentences that deny a call (a denial phrase
/// and a word for a call or the telephone in one sentence) and report none themselves
/// (`told`: the sentences calls were read from): "denied a second call with Y but confirmed
/// a call with Z" denies nothing beyond its own phrase. Empty when no sentence does.
pub(super) fn denied_people(ctx: &Ctx<'_>, told: &[usize]) -> Vec<Party> {
    let mut people: Vec<Party> = Vec::new();
    let role_date = ctx.published.map(|p| p.date);
    for si in 0..evidence::lead_end(ctx).min(ctx.hits.len()) {
        let hits = &ctx.hits[si];
        let denies = hits.iter().any(|h| matches!(h.tag, Tag::Denial(_)));
        let speaks_of_call = hits
            .iter()
            .any(|h| matches!(h.tag, Tag::Call(..) | Tag::Telephone | Tag::Phone));
        if !(denies && speaks_of_call) || told.contains(&si) {
            continue;
        }
        for placed in parties::resolve_mentions(ctx, hits, ctx.mentions(si), role_date) {
            if !people.contains(&placed.party) {
                people.push(placed.party);
            }
        }
    }
    people
}

/// Whether a call between `parties` is the one the page opens by denying: two people at
/// least were named in the denial, and the call has no one else.
pub(super) fn is_denied(denied: &[Party], parties: &[Party]) -> bool {
    denied.len() >= 2 && !parties.is_empty() && parties.iter().all(|p| denied.contains(p))
}
