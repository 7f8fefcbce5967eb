//! Answers as readable text. Matched terms stay marked `**like this**`.

use std::fmt::Write;

/// After a call, hit or statement that only the sample corpus reports.
pub const SAMPLE_MARK: &str = "[sample: invented for the demo, not a real statement]";
/// Under an answer that shows samples.
const SAMPLE_NOTE: &str =
    "Items marked [sample] come from the bundled sample corpus: invented, never to be cited.";

use crate::answers::{
    Answer, CallHit, IngestReport, RecentAnswer, SourceAnswer, SourceRef, StatsAnswer, TopicAnswer,
    WhoCalledAnswer,
};

pub fn render(answer: &Answer) -> String {
    match answer {
        Answer::Topic(a) => topic(a),
        Answer::WhoCalled(a) => who_called(a),
        Answer::Recent(a) => recent(a),
        Answer::Source(a) => source(a),
        Answer::Stats(a) => stats(a),
        Answer::Ingest(r) => ingest(r),
        Answer::Help(text) => text.clone(),
    }
}

pub fn topic(a: &TopicAnswer) -> String {
    let mut out = String::new();
    if a.total == 0 {
        let _ = write!(out, "No statement matches \"{}\".", a.request.query.trim());
        return out;
    }
    let pages = a.total.div_ceil(a.page_size.max(1));
    let _ = writeln!(
        out,
        "{} \"{}\" — page {} of {}",
        plural(a.total, "statement matches", "statements match"),
        a.request.query.trim(),
        a.request.page + 1,
        pages
    );
    if let Some(widened) = a.widened {
        let _ = writeln!(out, "{}", widened.note());
    }
    for (i, hit) in a.hits.iter().enumerate() {
        let _ = writeln!(
            out,
            "\n{}. {}{}",
            a.request.page * a.page_size + i + 1,
            headline_of(&hit.source),
            sample_suffix(hit.source.sample)
        );
        let _ = writeln!(out, "   {}", hit.excerpt.to_markdown().replace('\n', " "));
        let _ = writeln!(out, "   {} · id {}", hit.source.source, hit.source.id);
    }
    more_hint(&mut out, a.request.page, a.page_size, a.hits.len(), a.total);
    if a.hits.iter().any(|h| h.source.sample) {
        let _ = write!(out, "\n{SAMPLE_NOTE}");
    }
    out
}

pub fn who_called(a: &WhoCalledAnswer) -> String {
    let mut out = String::new();
    let about = if a.topics.is_empty() {
        String::new()
    } else {
        format!(" about {}", a.topics.join(" and "))
    };
    if a.calls.is_empty() {
        let _ = write!(out, "No calls found for {}{about}", a.person);
        if !a.known_person {
            out.push_str(" (not in the people list; searched the name as written)");
        }
        out.push('.');
        return out;
    }
    let _ = writeln!(
        out,
        "{} call{} involving {}{about}, newest first:",
        a.total,
        if a.total == 1 { "" } else { "s" },
        a.person
    );
    for call in &a.calls {
        out.push('\n');
        call_block(&mut out, call, Some(&a.person));
    }
    more_hint(
        &mut out,
        a.request.page,
        a.page_size,
        a.calls.len(),
        a.total,
    );
    sample_note(&mut out, &a.calls);
    out
}

/// "Showing 1–5 of 9; add page:2 for more."
fn more_hint(out: &mut String, page: usize, page_size: usize, shown: usize, total: usize) {
    let first = page * page_size + 1;
    let last = page * page_size + shown;
    if last < total {
        let _ = write!(
            out,
            "\nShowing {first}–{last} of {total}; add page:{} for more.",
            page + 2
        );
    }
}

pub fn recent(a: &RecentAnswer) -> String {
    let mut out = String::new();
    if a.calls.is_empty() {
        return "No calls in the index yet.".to_string();
    }
    out.push_str("Latest calls:\n");
    for call in &a.calls {
        out.push('\n');
        call_block(&mut out, call, None);
    }
    sample_note(&mut out, &a.calls);
    out
}

fn call_block(out: &mut String, call: &CallHit, person: Option<&str>) {
    let date = call.date_label();
    let _ = writeln!(
        out,
        "{date} — {}{}",
        call.headline(),
        sample_suffix(call.is_sample())
    );
    if let Some(person) = person {
        let others = call.counterparts(person);
        if !others.is_empty() {
            let _ = writeln!(out, "  with: {}", others.join(", "));
        }
    }
    if !call.topics.is_empty() {
        let _ = writeln!(out, "  topics: {}", call.topics.join(", "));
    }
    if !call.evidence.is_empty() {
        let _ = writeln!(out, "  \"{}\"", call.evidence.trim());
    }
    for s in &call.sources {
        let mark = if s.sample { " [sample]" } else { "" };
        let _ = writeln!(out, "  source: {} (id {}){mark}", s.source, s.id);
    }
}

pub fn source(a: &SourceAnswer) -> String {
    let st = &a.statement;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}{}",
        st.title.as_deref().unwrap_or("(untitled statement)"),
        sample_suffix(st.is_sample())
    );
    let _ = writeln!(
        out,
        "{} · {} · {}",
        st.published
            .map_or_else(|| "undated".to_string(), |p| p.to_string()),
        st.language,
        st.source()
    );
    let _ = writeln!(out, "\n{}", st.body);
    for call in &a.calls {
        let hit = CallHit::from_call(call, SourceRef::of(st));
        let _ = writeln!(
            out,
            "\nCall: {} ({})",
            hit.headline(),
            call.date
                .map_or_else(|| "date unknown".into(), |d| d.to_string())
        );
    }
    out
}

pub fn stats(a: &StatsAnswer) -> String {
    let mut out = String::new();
    if a.statements == 0 {
        let _ = writeln!(out, "{}", crate::answers::EMPTY_INDEX_NOTE);
    }
    let _ = writeln!(out, "Statements: {}", a.statements);
    let _ = writeln!(out, "Calls:      {}", a.calls);
    let _ = writeln!(out, "People known: {}", a.people_known);
    let _ = writeln!(
        out,
        "Index size: {:.1} MB, and {:.1} MB of statements kept beside it",
        a.index_bytes as f64 / 1_000_000.0,
        a.kept_bytes as f64 / 1_000_000.0
    );
    if let (Some(o), Some(n)) = (a.oldest, a.newest) {
        let _ = writeln!(out, "Published:  {o} to {n}");
    }
    if !a.languages.is_empty() {
        let langs: Vec<String> = a
            .languages
            .iter()
            .map(|(l, n)| format!("{l} {n}"))
            .collect();
        let _ = writeln!(out, "Languages:  {}", langs.join(", "));
    }
    out
}

pub fn ingest(r: &IngestReport) -> String {
    let mut out = String::new();
    for rej in &r.rejected {
        let _ = writeln!(out, "rejected {}: {}", rej.source, rej.reason);
    }
    for w in &r.warnings {
        let _ = writeln!(out, "skipped part of {}: {}", w.source, w.reason);
    }
    out.push_str(&ingest_summary(r));
    out
}

/// The closing line of an ingest or reindex report.
pub fn ingest_summary(r: &IngestReport) -> String {
    format!(
        "{} added, {} updated, {} unchanged, {} removed, {} rejected; {} found; {} in the index",
        r.added,
        r.updated,
        r.unchanged,
        r.removed,
        r.rejected.len(),
        plural(r.calls_found, "call", "calls"),
        plural(
            usize::try_from(r.statements_total).unwrap_or(usize::MAX),
            "statement",
            "statements"
        ),
    )
}

/// "1 call", "2 calls".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn sample_suffix(sample: bool) -> String {
    if sample {
        format!(" {SAMPLE_MARK}")
    } else {
        String::new()
    }
}

fn sample_note(out: &mut String, calls: &[CallHit]) {
    if calls.iter().any(CallHit::is_sample) {
        let _ = write!(out, "\n{SAMPLE_NOTE}");
    }
}

fn headline_of(s: &SourceRef) -> String {
    let date = s
        .published
        .map_or_else(|| "undated".to_string(), |p| p.to_string());
    match &s.title {
        Some(t) => format!("{t} ({date}, {})", s.language),
        None => format!("Statement of {date} ({})", s.language),
    }
}

/// Turns `**bold**` markers into terminal bold, for an interactive terminal.
pub fn terminal_bold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut bold = false;
    let mut parts = text.split("**").peekable();
    while let Some(part) = parts.next() {
        out.push_str(part);
        if parts.peek().is_some() {
            out.push_str(if bold { "\x1b[0m" } else { "\x1b[1m" });
            bold = !bold;
        }
    }
    if bold {
        out.push_str("\x1b[0m");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bold_markers_become_terminal_bold_and_are_always_closed() {
        assert_eq!(terminal_bold("a **b** c"), "a \x1b[1mb\x1b[0m c");
        assert_eq!(terminal_bold("a **b"), "a \x1b[1mb\x1b[0m");
        assert_eq!(terminal_bold("plain"), "plain");
    }
}
