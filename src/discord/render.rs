//! Answer -> [`Reply`]: pure functions, no Discord calls. Every piece of statement or user text
//! is markdown-escaped, and every reply passes through [`limits::fit`].

use crate::answers::{
    Answer, AnswerError, CallHit, IngestReport, Progress, RecentAnswer, SourceAnswer, SourceRef,
    StatsAnswer, TopicAnswer, TopicHit, WhoCalledAnswer,
};

use super::limits::{self, is_embed_url};
use super::reply::{Embed, PagePosition, Reply};
use super::text::{escape_markdown, is_markdown_special, truncate_markdown, truncate_plain};

/// Longest piece of a statement shown per page of `/source`, counted after escaping.
const SOURCE_PAGE_CHARS: usize = 3500;
/// Above this many items one embed per item would pass Discord's 10-embed limit.
const MAX_ITEM_EMBEDS: usize = 10;
const EVIDENCE_CHARS: usize = 600;
/// Before the title of a call or statement only the sample corpus reports.
const SAMPLE_TITLE: &str = "[Sample] ";
/// In the footer of a sample: why it must not be cited.
const SAMPLE_FOOTER: &str = "Sample written for the demo: not a real statement · ";

/// The whole answer path's last step: what the bot sends for an answer (first page of a source).
pub fn render_answer(answer: &Answer) -> Reply {
    let reply = match answer {
        Answer::Topic(a) => topic(a),
        Answer::WhoCalled(a) => who_called(a),
        Answer::Recent(a) => recent(a),
        Answer::Source(a) => return render_source_page(a, 0),
        Answer::Stats(a) => stats(a),
        Answer::Ingest(r) => return render_ingest(r, "Index updated"),
        Answer::Help(text) => help(text),
    };
    limits::fit(reply)
}

/// A new call in a watching channel; edited in place when another source reports it.
pub fn render_watch_post(call: &CallHit) -> Reply {
    let content = if call.sources.len() > 1 {
        format!("New call, reported by {} sources:", call.sources.len())
    } else {
        "New call:".to_string()
    };
    limits::fit(Reply {
        content,
        embeds: vec![call_embed(call, None)],
        ..Reply::default()
    })
}

/// What the asker should change, privately; faults on our side are not detailed to users.
pub fn render_error(error: &AnswerError) -> Reply {
    let text = if error.is_user_error() {
        // The message can quote what the user typed: shown as written, never as markup.
        format!("⚠️ {}", escape_markdown(&error.to_string()))
    } else {
        "⚠️ Something went wrong on our side; it has been logged. Please try again later."
            .to_string()
    };
    limits::fit(Reply::text(text).ephemeral())
}

/// A short private notice (denials, cooldowns, shutdown).
pub fn render_notice(text: &str) -> Reply {
    limits::fit(Reply::text(format!("⚠️ {text}")).ephemeral())
}

pub fn render_progress(what: &str, progress: Progress) -> Reply {
    let text = if progress.total == 0 {
        format!("⏳ {what}…")
    } else {
        format!("⏳ {what}… {}/{} files", progress.done, progress.total)
    };
    limits::fit(Reply::text(text).ephemeral())
}

/// An ingest or reindex report.
pub fn render_ingest(report: &IngestReport, title: &str) -> Reply {
    let rejected = problem_list(&report.rejected);
    let skipped = problem_list(&report.warnings);
    let embed = Embed {
        title: title.to_string(),
        ..Embed::default()
    }
    .field("Added", report.added.to_string(), true)
    .field("Updated", report.updated.to_string(), true)
    .field("Unchanged", report.unchanged.to_string(), true)
    .field("Removed", report.removed.to_string(), true)
    .field("Calls found", report.calls_found.to_string(), true)
    .field(
        "Statements in the index",
        report.statements_total.to_string(),
        true,
    )
    .field(
        format!("Rejected ({})", report.rejected.len()),
        rejected,
        false,
    );
    // Bad lines of a file that otherwise landed (JSON Lines): each one named.
    let embed = if report.warnings.is_empty() {
        embed
    } else {
        embed.field(
            format!("Skipped ({})", report.warnings.len()),
            skipped,
            false,
        )
    };
    limits::fit(
        Reply {
            embeds: vec![embed],
            ..Reply::default()
        }
        .ephemeral(),
    )
}

/// "• file: reason" lines, the first ten, then how many more.
fn problem_list(problems: &[crate::answers::Rejection]) -> String {
    let mut list = problems
        .iter()
        .take(10)
        .map(|r| {
            format!(
                "• {}: {}",
                escape_markdown(&r.source),
                escape_markdown(&r.reason)
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    let more = problems.len().saturating_sub(10);
    if more > 0 {
        list.push_str(&format!("\n…and {more} more"));
    }
    list
}

/// One page of a whole statement; long statements are split at paragraph or word breaks.
pub fn render_source_page(answer: &SourceAnswer, page: usize) -> Reply {
    let st = &answer.statement;
    let chunks = split_escaped(&st.body, SOURCE_PAGE_CHARS);
    let pages = chunks.len().max(1);
    let page = page.min(pages - 1);
    let sample = st.is_sample();
    let mut embed = Embed {
        title: sample_title(sample, title_of(&SourceRef::of(st))),
        url: st.url.clone().filter(|u| !sample && is_embed_url(u)),
        description: chunks.get(page).cloned().unwrap_or_default(),
        footer: sample_footer(
            sample,
            format!("id {} · part {}/{}", st.id, page + 1, pages),
        ),
        ..Embed::default()
    };
    if page == 0 {
        let calls = answer
            .calls
            .iter()
            .map(|c| {
                let hit = CallHit::from_call(c, SourceRef::of(st));
                format!(
                    "• {} ({})",
                    escape_markdown(&hit.headline()),
                    call_date(&hit)
                )
            })
            .collect::<Vec<_>>()
            .join("\n");
        embed = embed
            .field(
                "Published",
                st.published.map_or("unknown".into(), |d| d.to_string()),
                true,
            )
            .field("Language", escape_markdown(&st.language), true)
            .field("Source", source_link(&SourceRef::of(st)), false)
            .field("Calls reported", calls, false);
    }
    let position = (pages > 1).then_some(PagePosition { page, pages });
    limits::fit(Reply {
        embeds: vec![embed],
        position,
        ..Reply::default()
    })
}

fn topic(a: &TopicAnswer) -> Reply {
    let query = truncate_markdown(&escape_markdown(&a.request.query), 200);
    let filters = filters(
        a.request.since,
        a.request.until,
        a.request.language.as_deref(),
    );
    if a.hits.is_empty() {
        return Reply::text(format!(
            "No statements match “{query}”{filters}. Try fewer or other words, or a wider date range."
        ));
    }
    let position = position(a.request.page, a.page_size, a.total);
    let mut content = format!(
        "Statements about “{query}”{filters}: {} found{}.",
        a.total,
        page_note(position)
    );
    if let Some(widened) = a.widened {
        content.push('\n');
        content.push_str(widened.note());
    }
    let embeds = if a.hits.len() > MAX_ITEM_EMBEDS {
        vec![compact_embed(
            a.hits.iter().map(|h| (title_of(&h.source), topic_line(h))),
        )]
    } else {
        a.hits.iter().map(topic_embed).collect()
    };
    Reply {
        content,
        embeds,
        position,
        ephemeral: false,
    }
}

fn topic_embed(hit: &TopicHit) -> Embed {
    let sample = hit.source.sample;
    Embed {
        title: sample_title(sample, title_of(&hit.source)),
        url: hit
            .source
            .url
            .clone()
            .filter(|u| !sample && is_embed_url(u)),
        description: hit.excerpt.to_markdown_with(escape_markdown),
        footer: sample_footer(
            sample,
            format!("id {} · /source for the whole statement", hit.source.id),
        ),
        ..Embed::default()
    }
    .field(
        "Date",
        hit.source
            .published
            .map_or("unknown".into(), |d| d.to_string()),
        true,
    )
    .field("Language", escape_markdown(&hit.source.language), true)
    .field("Source", source_link(&hit.source), false)
}

fn topic_line(hit: &TopicHit) -> String {
    let date = hit
        .source
        .published
        .map_or("unknown date".into(), |d| d.to_string());
    let excerpt = truncate_markdown(&hit.excerpt.to_markdown_with(escape_markdown), 500);
    format!("{date} · {}\n{excerpt}", source_link(&hit.source))
}

fn who_called(a: &WhoCalledAnswer) -> Reply {
    let person = escape_markdown(&a.person);
    let with = a
        .request
        .with
        .as_deref()
        .map(|w| format!(" with **{}**", escape_markdown(w)))
        .unwrap_or_default();
    let about = if a.topics.is_empty() {
        String::new()
    } else {
        format!(" about **{}**", escape_markdown(&a.topics.join(" and ")))
    };
    let with = format!("{with}{about}");
    let filters = filters(a.request.since, a.request.until, None);
    let unknown = if a.known_person {
        String::new()
    } else {
        format!("\n“{person}” is not in the people list; the name was matched as written.")
    };
    if a.calls.is_empty() {
        return Reply::text(format!(
            "No calls found involving **{person}**{with}{filters}.{unknown}"
        ));
    }
    let position = position(a.request.page, a.page_size, a.total);
    let content = format!(
        "Calls involving **{person}**{with}{filters}: {} found{}.{unknown}",
        a.total,
        page_note(position)
    );
    let embeds = if a.calls.len() > MAX_ITEM_EMBEDS {
        vec![compact_embed(
            a.calls
                .iter()
                .map(|c| (escape_markdown(&c.headline()), call_line(c))),
        )]
    } else {
        a.calls
            .iter()
            .map(|c| call_embed(c, Some(&a.person)))
            .collect()
    };
    Reply {
        content,
        embeds,
        position,
        ephemeral: false,
    }
}

fn recent(a: &RecentAnswer) -> Reply {
    if a.calls.is_empty() {
        return Reply::text("No calls in the index yet.");
    }
    let content = format!(
        "The {} latest calls ({} in the index):",
        a.calls.len(),
        a.total
    );
    let embeds = if a.calls.len() > MAX_ITEM_EMBEDS {
        vec![compact_embed(
            a.calls
                .iter()
                .map(|c| (escape_markdown(&c.headline()), call_line(c))),
        )]
    } else {
        a.calls.iter().map(|c| call_embed(c, None)).collect()
    };
    Reply {
        content,
        embeds,
        ..Reply::default()
    }
}

/// One call as an embed; `person` is whose point of view the direction is told from.
fn call_embed(call: &CallHit, person: Option<&str>) -> Embed {
    let others = match person {
        Some(p) => call.counterparts(p),
        None => call.participants.iter().map(String::as_str).collect(),
    };
    let others = others
        .iter()
        .map(|n| escape_markdown(n))
        .collect::<Vec<_>>()
        .join(", ");
    let topics = call
        .topics
        .iter()
        .map(|t| escape_markdown(t))
        .collect::<Vec<_>>()
        .join(", ");
    let sample = call.is_sample();
    Embed {
        title: sample_title(sample, escape_markdown(&call.headline())),
        url: call
            .sources
            .iter()
            .filter(|s| !s.sample)
            .find_map(|s| s.url.clone().filter(|u| is_embed_url(u))),
        description: truncate_markdown(&escape_markdown(&call.evidence), EVIDENCE_CHARS),
        footer: call
            .sources
            .first()
            .map(|s| {
                sample_footer(
                    sample,
                    format!("id {} · /source for the whole statement", s.id),
                )
            })
            .unwrap_or_default(),
        ..Embed::default()
    }
    .field("Date", call_date(call), true)
    .field(
        if person.is_some() {
            "With"
        } else {
            "Participants"
        },
        others,
        true,
    )
    .field("Direction", direction(call, person), true)
    .field("Topics", topics, false)
    .field(
        if call.sources.len() > 1 {
            "Sources"
        } else {
            "Source"
        },
        sources_list(&call.sources),
        false,
    )
}

fn call_line(call: &CallHit) -> String {
    format!(
        "{}{} · {}",
        if call.is_sample() { SAMPLE_TITLE } else { "" },
        call_date(call),
        sources_list(&call.sources).replace('\n', " · ")
    )
}

/// Who placed the call, as the statement tells it.
fn direction(call: &CallHit, person: Option<&str>) -> String {
    let esc = |s: &str| escape_markdown(s);
    match (call.caller.as_deref(), call.recipient.as_deref(), person) {
        (Some(c), _, Some(p)) if c == p => format!("Outgoing: {} placed the call", esc(c)),
        (Some(c), _, Some(_)) => format!("Incoming: {} placed the call", esc(c)),
        (None, Some(r), Some(p)) if r == p => "Incoming".to_string(),
        (Some(c), _, None) => format!("{} placed the call", esc(c)),
        _ => "Not stated".to_string(),
    }
}

fn call_date(call: &CallHit) -> String {
    match call.date {
        Some(d) => d.to_string(),
        None if call.month().is_some() => call.date_label(),
        None => call
            .sources
            .iter()
            .find_map(|s| s.published)
            .map_or("date unknown".into(), |d| format!("published {d}")),
    }
}

fn stats(a: &StatsAnswer) -> Reply {
    let languages = a
        .languages
        .iter()
        .take(12)
        .map(|(l, n)| format!("{} {n}", escape_markdown(l)))
        .collect::<Vec<_>>();
    let range = match (a.oldest, a.newest) {
        (Some(o), Some(n)) => format!("{o} – {n}"),
        _ => "none".to_string(),
    };
    let embed = Embed {
        title: "Index statistics".into(),
        description: if a.statements == 0 {
            escape_markdown(crate::answers::EMPTY_INDEX_NOTE)
        } else {
            String::new()
        },
        ..Embed::default()
    }
    .field("Statements", a.statements.to_string(), true)
    .field("Calls", a.calls.to_string(), true)
    .field("People known", a.people_known.to_string(), true)
    .field("Index size", human_bytes(a.index_bytes), true)
    .field("Kept statements", human_bytes(a.kept_bytes), true)
    .field("Dates", range, true)
    .field("Languages", languages.join(" · "), false);
    Reply {
        embeds: vec![embed],
        ..Reply::default()
    }
    .ephemeral()
}

fn help(text: &str) -> Reply {
    // A code block shows the usage lines as typed; backticks inside would end it early.
    Reply::text(format!("```\n{}\n```", text.replace('`', "'"))).ephemeral()
}

/// One embed with a field per item, for pages longer than the embed limit allows.
fn compact_embed(items: impl Iterator<Item = (String, String)>) -> Embed {
    items.fold(Embed::default(), |embed, (name, value)| {
        embed.field(name, value, false)
    })
}

/// The statement's title, else the name of the file it came from.
fn title_of(source: &SourceRef) -> String {
    let title = source.title.as_deref().filter(|t| !t.trim().is_empty());
    escape_markdown(title.unwrap_or_else(|| file_name(&source.source)))
}

/// The last segment of a path: server paths are nobody's business on Discord.
fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\'])
        .find(|s| !s.is_empty())
        .unwrap_or(path)
}

fn sample_title(sample: bool, title: String) -> String {
    if sample {
        format!("{SAMPLE_TITLE}{title}")
    } else {
        title
    }
}

fn sample_footer(sample: bool, footer: String) -> String {
    if sample {
        format!("{SAMPLE_FOOTER}{footer}")
    } else {
        footer
    }
}

/// A markdown link when the source has a usable URL, else its file name, escaped. A sample is
/// never linked (its address is on a reserved example domain) and says what it is.
fn source_link(source: &SourceRef) -> String {
    if source.sample {
        let label = truncate_plain(source.title.as_deref().unwrap_or(&source.id), 80);
        return format!("{} (sample, invented)", escape_markdown(&label));
    }
    match source.url.as_deref().filter(|u| is_embed_url(u)) {
        Some(url) => {
            let label = truncate_plain(source.title.as_deref().unwrap_or(url), 80);
            let url = url.replace('(', "%28").replace(')', "%29");
            format!("[{}]({url})", escape_markdown(&label))
        }
        None => escape_markdown(file_name(&source.source)),
    }
}

fn sources_list(sources: &[SourceRef]) -> String {
    sources
        .iter()
        .take(5)
        .map(source_link)
        .collect::<Vec<_>>()
        .join("\n")
}

fn filters(
    since: Option<chrono::NaiveDate>,
    until: Option<chrono::NaiveDate>,
    language: Option<&str>,
) -> String {
    let mut parts = Vec::new();
    if let Some(s) = since {
        parts.push(format!("since {s}"));
    }
    if let Some(u) = until {
        parts.push(format!("until {u}"));
    }
    if let Some(l) = language {
        // Escaped like all user text: a code span would show pings and links as typed.
        parts.push(format!("in {}", truncate_markdown(&escape_markdown(l), 40)));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
}

fn position(page: usize, page_size: usize, total: usize) -> Option<PagePosition> {
    let pages = total.div_ceil(page_size.max(1));
    (pages > 1).then_some(PagePosition {
        page: page.min(pages - 1),
        pages,
    })
}

fn page_note(position: Option<PagePosition>) -> String {
    position
        .map(|p| format!(", page {}/{}", p.page + 1, p.pages))
        .unwrap_or_default()
}

fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["B", "KB", "MB", "GB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

/// Splits text into escaped chunks of at most `max` characters, at a paragraph break when one
/// is in the second half of the chunk, else at a word break, else anywhere.
fn split_escaped(text: &str, max: usize) -> Vec<String> {
    let mut chunks = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        let (mut end, mut len) = (0, 0);
        let (mut paragraph, mut word) = (None, None);
        for (i, c) in rest.char_indices() {
            let width = if is_markdown_special(c) { 2 } else { 1 };
            if len + width > max {
                break;
            }
            len += width;
            end = i + c.len_utf8();
            if c == '\n' {
                paragraph = Some(end);
            } else if c.is_whitespace() {
                word = Some(end);
            }
        }
        let cut = if end == rest.len() {
            end
        } else {
            paragraph
                .filter(|&p| p > end / 2)
                .or(word.filter(|&w| w > end / 2))
                .unwrap_or(end)
        };
        // `max` below 2 could make no progress on a special character.
        let cut = if cut == 0 {
            rest.chars().next().map_or(rest.len(), char::len_utf8)
        } else {
            cut
        };
        chunks.push(escape_markdown(rest[..cut].trim_end()));
        rest = rest[cut..].trim_start();
    }
    chunks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Excerpt, TopicRequest, WhoCalledRequest};
    use crate::model::{PublishedDate, Statement};
    use chrono::NaiveDate;

    fn source(id: &str) -> SourceRef {
        SourceRef {
            id: id.into(),
            title: Some(format!("Readout {id}")),
            source: format!("corpus/{id}.txt"),
            url: None,
            path: Some(format!("corpus/{id}.txt")),
            published: NaiveDate::from_ymd_opt(2024, 6, 20).map(PublishedDate::day),
            language: "en".into(),
            sample: false,
        }
    }

    fn blinken_call() -> CallHit {
        CallHit {
            participants: vec!["Antony Blinken".into(), "Ilham Aliyev".into()],
            caller: Some("Antony Blinken".into()),
            recipient: Some("Ilham Aliyev".into()),
            date: NaiveDate::from_ymd_opt(2024, 6, 20),
            topics: vec!["COP29".into()],
            concepts: vec![],
            evidence: "Blinken called Aliyev about *peace* @everyone".into(),
            sources: vec![source("s1")],
        }
    }

    fn who_answer(total: usize, calls: Vec<CallHit>) -> WhoCalledAnswer {
        WhoCalledAnswer {
            request: WhoCalledRequest {
                person: "Aliyev".into(),
                ..Default::default()
            },
            person: "Ilham Aliyev".into(),
            known_person: true,
            topics: vec![],
            total,
            page_size: 5,
            calls,
        }
    }

    #[test]
    fn who_called_shows_caller_date_direction_and_source() {
        let reply = render_answer(&Answer::WhoCalled(who_answer(1, vec![blinken_call()])));
        let embed = &reply.embeds[0];
        assert_eq!(embed.title, "Antony Blinken called Ilham Aliyev");
        let field = |name: &str| {
            embed
                .fields
                .iter()
                .find(|f| f.name == name)
                .map(|f| f.value.as_str())
        };
        assert_eq!(field("Date"), Some("2024-06-20"));
        assert_eq!(field("With"), Some("Antony Blinken"));
        assert_eq!(
            field("Direction"),
            Some("Incoming: Antony Blinken placed the call")
        );
        assert_eq!(
            field("Source"),
            Some("s1.txt"),
            "a file source shows its name only"
        );
        // Statement text is escaped: no live markdown, no mention syntax.
        assert!(embed.description.contains(r"\*peace\*"));
        assert!(embed.description.contains(r"\@everyone"));
        assert!(reply.position.is_none());
    }

    #[test]
    fn a_sample_call_says_so_and_links_nowhere() {
        let mut call = blinken_call();
        call.sources[0].sample = true;
        call.sources[0].url = Some("https://samples.readout.example/01".into());
        let reply = render_answer(&Answer::WhoCalled(who_answer(1, vec![call])));
        let embed = &reply.embeds[0];
        assert!(embed.title.starts_with("[Sample] "), "{}", embed.title);
        assert_eq!(embed.url, None);
        assert!(embed.footer.contains("not a real statement"));
        let source = embed.fields.iter().find(|f| f.name == "Source");
        assert!(source.is_some_and(|f| f.value.contains("sample, invented")));
        let real = render_answer(&Answer::WhoCalled(who_answer(1, vec![blinken_call()])));
        assert!(!real.embeds[0].title.contains("Sample"));
    }

    #[test]
    fn stats_of_an_empty_index_say_it_is_empty() {
        let reply = render_answer(&Answer::Stats(StatsAnswer::default()));
        assert!(reply.embeds[0].description.contains("index is empty"));
        let full = StatsAnswer {
            statements: 3,
            ..StatsAnswer::default()
        };
        let reply = render_answer(&Answer::Stats(full));
        assert!(reply.embeds[0].description.is_empty());
    }

    #[test]
    fn long_results_get_a_page_position() {
        let calls = vec![blinken_call(); 5];
        let reply = render_answer(&Answer::WhoCalled(who_answer(12, calls)));
        assert_eq!(reply.position, Some(PagePosition { page: 0, pages: 3 }));
        assert!(reply.content.contains("page 1/3"));
    }

    #[test]
    fn more_items_than_embeds_fold_into_fields() {
        let calls = vec![blinken_call(); 25];
        let mut answer = who_answer(25, calls);
        answer.page_size = 25;
        let reply = render_answer(&Answer::WhoCalled(answer));
        assert_eq!(reply.embeds.len(), 1);
        assert_eq!(reply.embeds[0].fields.len(), 25);
    }

    #[test]
    fn topic_hits_highlight_and_escape() {
        let answer = TopicAnswer {
            request: TopicRequest {
                query: "COP29 **x**".into(),
                ..Default::default()
            },
            total: 1,
            page_size: 5,
            hits: vec![TopicHit {
                source: source("s2"),
                score: 1.0,
                excerpt: Excerpt {
                    text: "the COP29 summit_2".into(),
                    highlights: std::iter::once(4..9).collect(),
                },
            }],
            fuzzy: false,
            widened: None,
        };
        let reply = render_answer(&Answer::Topic(answer));
        assert!(reply.content.contains(r"COP29 \*\*x\*\*"));
        assert_eq!(reply.embeds[0].description, r"the **COP29** summit\_2");
    }

    #[test]
    fn whole_statement_is_split_into_pages_that_fit() {
        let body = (0..400)
            .map(|i| format!("Sentence {i} about the *treaty*."))
            .collect::<Vec<_>>()
            .join(" ");
        let answer = SourceAnswer {
            statement: Statement {
                id: "abc".into(),
                title: None,
                url: None,
                path: Some("x.txt".into()),
                published: None,
                language: "en".into(),
                body: body.clone(),
            },
            calls: vec![],
            concepts: Default::default(),
        };
        let first = render_source_page(&answer, 0);
        let pages = first.position.map(|p| p.pages).unwrap_or(1);
        assert!(pages > 1);
        let mut rebuilt = Vec::new();
        for page in 0..pages {
            let reply = render_source_page(&answer, page);
            let embed = &reply.embeds[0];
            assert!(embed.description.chars().count() <= limits::DESCRIPTION_CHARS);
            assert!(
                !embed.description.ends_with('…'),
                "page {page} was cut, not split"
            );
            rebuilt.push(embed.description.replace('\\', ""));
        }
        assert_eq!(rebuilt.join(" "), body);
    }

    #[test]
    fn file_sources_show_only_their_name() {
        assert_eq!(file_name("/srv/readout/corpus/a_b.txt"), "a_b.txt");
        assert_eq!(file_name(r"C:\corpus\x.md"), "x.md");
        assert_eq!(file_name("plain.txt"), "plain.txt");
        let mut untitled = source("s3");
        untitled.title = None;
        assert_eq!(title_of(&untitled), "s3.txt");
    }

    /// A call as long as a real one can get: long evidence, names, five sources with long URLs.
    fn heavy_call(i: usize) -> CallHit {
        let mut call = blinken_call();
        call.evidence = format!(
            "{i} {}",
            "The ministers discussed the corridor. ".repeat(40)
        );
        call.participants = vec![format!("Person {i} {}", "Long-Name ".repeat(10)); 2];
        call.topics = (0..8)
            .map(|t| format!("topic {t} {}", "x".repeat(30)))
            .collect();
        call.sources = (0..5)
            .map(|s| SourceRef {
                url: Some(format!("https://example.gov/{}/{s}", "path".repeat(60))),
                title: Some("A very long statement title ".repeat(5)),
                ..source(&format!("s{i}-{s}"))
            })
            .collect();
        call
    }

    fn assert_fits(reply: &Reply) {
        let broken = limits::violations(reply);
        assert!(broken.is_empty(), "{broken:?}");
    }

    #[test]
    fn recent_25_shows_all_25_within_the_limits() {
        let calls: Vec<CallHit> = (0..25).map(heavy_call).collect();
        let reply = render_answer(&Answer::Recent(RecentAnswer { total: 99, calls }));
        assert_fits(&reply);
        assert!(reply.content.contains("The 25 latest calls"));
        let shown: usize = reply.embeds.iter().map(|e| e.fields.len()).sum();
        assert_eq!(shown, 25, "every call is shown: {reply:?}");
    }

    #[test]
    fn a_page_of_15_topic_hits_shows_all_15() {
        let hits: Vec<TopicHit> = (0..15)
            .map(|i| TopicHit {
                source: heavy_call(i).sources[0].clone(),
                score: 1.0,
                excerpt: Excerpt {
                    text: "COP29 ".repeat(200),
                    highlights: std::iter::once(0..5).collect(),
                },
            })
            .collect();
        let answer = TopicAnswer {
            request: TopicRequest {
                query: "COP29".into(),
                ..Default::default()
            },
            total: 33,
            page_size: 15,
            hits,
            fuzzy: false,
            widened: None,
        };
        let reply = render_answer(&Answer::Topic(answer));
        assert_fits(&reply);
        assert!(reply.content.contains("33 found"));
        let shown: usize = reply.embeds.iter().map(|e| e.fields.len()).sum();
        assert_eq!(shown, 15, "every hit is shown");
    }

    #[test]
    fn ten_heavy_calls_keep_ten_embeds() {
        let calls: Vec<CallHit> = (0..10).map(heavy_call).collect();
        let reply = render_answer(&Answer::Recent(RecentAnswer { total: 10, calls }));
        assert_fits(&reply);
        assert_eq!(reply.embeds.len(), 10);
    }

    /// Text a hostile statement can hold: pings, markdown, code fences, links, long words, scripts.
    fn hostile(i: usize) -> String {
        let word = "w".repeat(300);
        format!(
            "{i} @everyone @here <@&123> <@456> <#789> **bold** __u__ ~~s~~ ||spoiler|| `code` \
             ```rust\nfn x() {{}}\n``` [link](https://evil.example) # heading > quote {word} \
             Алиев علييف \u{202e}阿利耶夫 Əliyev 🙂 "
        )
    }

    fn hostile_source(i: usize) -> SourceRef {
        SourceRef {
            title: Some(hostile(i).repeat(3)),
            url: Some(format!("https://example.gov/{}", "a".repeat(3000))),
            ..source(&format!("h{i}"))
        }
    }

    fn hostile_call(i: usize) -> CallHit {
        CallHit {
            participants: vec![hostile(i), format!("@everyone {}", "Я".repeat(300))],
            caller: Some(hostile(i)),
            recipient: None,
            date: None,
            topics: vec![hostile(i); 5],
            concepts: vec![],
            evidence: hostile(i).repeat(40),
            sources: (0..6).map(|s| hostile_source(i * 10 + s)).collect(),
        }
    }

    /// Every mention form Discord reads appears only escaped.
    fn assert_no_live_mentions(reply: &Reply) {
        let mut texts = vec![reply.content.clone()];
        for e in &reply.embeds {
            texts.extend([e.title.clone(), e.description.clone(), e.footer.clone()]);
            for f in &e.fields {
                texts.extend([f.name.clone(), f.value.clone()]);
            }
        }
        for text in texts {
            for (at, _) in text.match_indices('@').chain(text.match_indices("```")) {
                let escaped = text[..at].chars().rev().take_while(|&c| c == '\\').count() % 2 == 1;
                assert!(escaped, "live markup at {at} in {text:?}");
            }
        }
    }

    #[test]
    fn every_answer_type_from_hostile_statements_fits_and_shows_text_escaped() {
        let calls: Vec<CallHit> = (0..25).map(hostile_call).collect();
        let hits: Vec<TopicHit> = (0..15)
            .map(|i| TopicHit {
                source: hostile_source(i),
                score: 1.0,
                excerpt: Excerpt {
                    text: hostile(i).repeat(40),
                    highlights: std::iter::once(0..1).collect(),
                },
            })
            .collect();
        let long_body = format!("{} {}", hostile(0).repeat(30), "x".repeat(10_000));
        let statement = Statement {
            id: "hostile".into(),
            title: Some(hostile(1)),
            url: Some("https://example.gov/h".into()),
            path: Some("h.txt".into()),
            published: None,
            language: hostile(2),
            body: long_body,
        };
        let mut replies = Vec::new();
        for n in [1, 5, 10, 11, 25] {
            replies.push(render_answer(&Answer::Recent(RecentAnswer {
                total: 99,
                calls: calls[..n].to_vec(),
            })));
            let mut who = who_answer(99, calls[..n].to_vec());
            who.person = hostile(3);
            who.request.person = hostile(4).repeat(20);
            who.request.with = Some(hostile(5));
            who.known_person = false;
            replies.push(render_answer(&Answer::WhoCalled(who)));
        }
        for n in [1, 10, 15] {
            replies.push(render_answer(&Answer::Topic(TopicAnswer {
                request: TopicRequest {
                    query: hostile(6).repeat(30),
                    language: Some(hostile(7)),
                    ..Default::default()
                },
                total: 99,
                page_size: n,
                hits: hits[..n].to_vec(),
                fuzzy: true,
                widened: None,
            })));
        }
        let source = SourceAnswer {
            statement,
            calls: vec![],
            concepts: Default::default(),
        };
        let first = render_source_page(&source, 0);
        let pages = first.position.map_or(1, |p| p.pages);
        assert!(pages > 1);
        replies.extend((0..pages).map(|p| render_source_page(&source, p)));
        replies.push(render_answer(&Answer::Stats(StatsAnswer {
            statements: 1,
            languages: (0..40u64).map(|i| (hostile(i as usize), i)).collect(),
            ..StatsAnswer::default()
        })));
        // Help is our own text in a code block: only its size is checked.
        let help = render_answer(&Answer::Help(hostile(8).repeat(50)));
        assert!(limits::violations(&help).is_empty());
        replies.push(render_ingest(
            &IngestReport {
                rejected: (0..30)
                    .map(|i| crate::answers::Rejection {
                        source: hostile(i),
                        reason: hostile(i + 1).repeat(5),
                    })
                    .collect(),
                ..IngestReport::default()
            },
            "Index updated",
        ));
        replies.push(render_watch_post(&calls[0]));
        replies.push(render_error(&AnswerError::BadDate { value: hostile(9) }));
        for reply in &replies {
            let broken = limits::violations(reply);
            assert!(broken.is_empty(), "{broken:?}");
            assert_no_live_mentions(reply);
            // Pings are off on every way a reply leaves, whatever the text says.
            for json in [
                serde_json::to_value(reply.to_response_message(vec![])),
                serde_json::to_value(reply.to_edit(vec![])),
                serde_json::to_value(reply.to_message()),
            ] {
                let json = json.unwrap_or_default();
                assert_eq!(
                    json["allowed_mentions"]["parse"],
                    serde_json::json!([]),
                    "{json}"
                );
            }
        }
    }

    #[test]
    fn errors_are_private_and_say_what_to_change() {
        let reply = render_error(&AnswerError::QueryTooLong {
            len: 6000,
            max: 300,
        });
        assert!(reply.ephemeral);
        assert!(reply.content.contains("300"));
    }
}
