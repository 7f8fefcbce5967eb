//! Moderator commands: `/reindex`, `/ingest`, `/remove`, `/stats`. Each is hidden from members without
//! Manage Server in Discord's UI and checked server-side by [`checks::moderator`]; every use is
//! logged with the user's id.

use std::time::{Duration, Instant};

use poise::serenity_prelude as serenity;

use crate::answers::{AnswerError, Cancel, Command, IngestReport, Progress, Stop};
use crate::discord::checks;
use crate::discord::render::{render_error, render_ingest, render_notice, render_progress};
use crate::discord::respond::{self, Kind, Responder, SHUTTING_DOWN};
use crate::discord::text::escape_markdown;
use crate::discord::{Context, Error};

/// Progress edits are at most this frequent (Discord rate-limits message edits).
const PROGRESS_EVERY: Duration = Duration::from_secs(2);
/// The moderator's last word on a reindex the shutdown stopped.
pub const REINDEX_CANCELLED: &str =
    "Reindex cancelled: the bot is shutting down; the previous index is kept.";

/// Rebuild the index from the source folders (moderators)
///
/// Queries keep being answered from the old index until the new one is committed.
#[poise::command(
    slash_command,
    default_member_permissions = "MANAGE_GUILD",
    check = "checks::moderator"
)]
pub async fn reindex(ctx: Context<'_>) -> Result<(), Error> {
    let data = ctx.data();
    let user_id = ctx.author().id.get();
    let mut responder = Responder::new(ctx);
    let Some(_guard) = data.inflight.enter() else {
        return responder.send(&render_notice(SHUTTING_DOWN), vec![]).await;
    };
    responder.defer(true).await?;
    tracing::info!(user_id, "reindex started");

    let (progress_tx, mut progress_rx) = tokio::sync::watch::channel(None::<Progress>);
    let engine = data.engine.clone();
    let cancel = Cancel::new();
    let engine_cancel = cancel.clone();
    let task = tokio::task::spawn_blocking(move || {
        engine.reindex_until(
            &|p| {
                progress_tx.send_replace(Some(p));
            },
            &engine_cancel,
        )
    });
    tokio::pin!(task);
    let stopping = data.inflight.stopping();
    tokio::pin!(stopping);
    let mut stop_asked = false;
    let mut handed_over = false;
    let mut last_edit: Option<Instant> = None;
    let result = loop {
        tokio::select! {
            done = &mut task => break done?,
            () = &mut stopping, if !stop_asked => {
                stop_asked = true;
                match cancel.cancel() {
                    Stop::Cancelled => tracing::info!(user_id, "shutting down: cancelling the reindex"),
                    Stop::Committing => tracing::info!(user_id, "shutting down: the reindex is committing; waiting for it"),
                }
            }
            // The token nears expiry: from now on the report goes to a channel message, even
            // while no progress comes (a long commit).
            () = tokio::time::sleep_until(responder.edit_deadline().into()), if !handed_over => {
                handed_over = true;
                last_edit = Some(Instant::now());
                let progress = (*progress_rx.borrow()).unwrap_or(Progress { done: 0, total: 0 });
                if let Err(e) = responder.send(&render_progress("Reindexing", progress), vec![]).await {
                    tracing::warn!(error = %e, "reindex progress message failed");
                }
            }
            changed = progress_rx.changed(), if !stop_asked => {
                if changed.is_err() {
                    // The engine dropped the sender: it is finishing.
                    break (&mut task).await?;
                }
                let progress = *progress_rx.borrow_and_update();
                let due = last_edit.is_none_or(|at| at.elapsed() >= PROGRESS_EVERY);
                if let (Some(progress), true) = (progress, due) {
                    last_edit = Some(Instant::now());
                    if let Err(e) = responder.send(&render_progress("Reindexing", progress), vec![]).await {
                        tracing::warn!(error = %e, "reindex progress edit failed");
                    }
                }
            }
        }
    };
    let reply = match result {
        Ok(mut report) => {
            tracing::info!(
                user_id,
                added = report.added,
                updated = report.updated,
                removed = report.removed,
                rejected = report.rejected.len(),
                statements = report.statements_total,
                "reindex finished"
            );
            without_server_paths(&mut report, &data.settings.sources.dirs);
            render_ingest(&report, "Reindex finished")
        }
        Err(AnswerError::Cancelled) => {
            tracing::warn!(
                user_id,
                "reindex cancelled by the shutdown; the old index is kept"
            );
            render_notice(REINDEX_CANCELLED)
        }
        Err(error) => {
            tracing::warn!(user_id, %error, "reindex failed");
            render_error(&error)
        }
    };
    responder.send(&reply, vec![]).await
}

/// Names files as a moderator knows them — relative to their source folder, else by file
/// name — never by the server's full paths.
fn without_server_paths(report: &mut IngestReport, dirs: &[std::path::PathBuf]) {
    let shorten = |source: &mut String| {
        let path = std::path::Path::new(source.as_str());
        let short = dirs
            .iter()
            .find_map(|dir| path.strip_prefix(dir).ok())
            .filter(|rest| !rest.as_os_str().is_empty())
            .or_else(|| path.file_name().map(std::path::Path::new))
            .map(|p| p.display().to_string());
        if let Some(short) = short {
            *source = short;
        }
    };
    for r in report.rejected.iter_mut().chain(report.warnings.iter_mut()) {
        shorten(&mut r.source);
    }
}

/// Add one statement file to the index (moderators)
///
/// Supported: .txt, .md, .json, .jsonl and .html files up to the configured size.
#[poise::command(
    slash_command,
    default_member_permissions = "MANAGE_GUILD",
    check = "checks::moderator"
)]
pub async fn ingest(
    ctx: Context<'_>,
    #[description = "A statement file: .txt, .md, .json, .jsonl or .html"]
    file: serenity::Attachment,
) -> Result<(), Error> {
    let data = ctx.data();
    let user_id = ctx.author().id.get();
    let mut responder = Responder::new(ctx);
    let Some(_guard) = data.inflight.enter() else {
        return responder.send(&render_notice(SHUTTING_DOWN), vec![]).await;
    };
    responder.defer(true).await?;
    let name = file.filename.clone();
    tracing::info!(user_id, file = %name, size = file.size, "ingest requested");

    let bytes = match data.downloader.fetch(&file.url, u64::from(file.size)).await {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::warn!(user_id, file = %name, %error, "ingest refused");
            let text = format!("Cannot ingest {}: {error}.", escape_markdown(&name));
            return responder.send(&render_notice(&text), vec![]).await;
        }
    };
    let file_name = name.clone();
    let result = respond::blocking(&data.engine, move |engine| {
        engine.ingest_bytes(&file_name, &bytes)
    })
    .await?;
    let reply = match result {
        Ok(report) => {
            tracing::info!(
                user_id,
                file = %name,
                added = report.added,
                updated = report.updated,
                rejected = report.rejected.len(),
                "ingest finished"
            );
            render_ingest(&report, "Ingest finished")
        }
        Err(error) => {
            tracing::warn!(user_id, file = %name, %error, "ingest failed");
            render_error(&error)
        }
    };
    responder.send(&reply, vec![]).await
}

/// Remove one statement and its calls from the index for good (moderators)
///
/// The statement goes from the index and from the statements Readout keeps; a file in the
/// source folders that holds it brings it back at the next reindex.
#[poise::command(
    slash_command,
    default_member_permissions = "MANAGE_GUILD",
    check = "checks::moderator"
)]
pub async fn remove(
    ctx: Context<'_>,
    #[description = "The statement's id (shown by /source and /topic)"] id: String,
) -> Result<(), Error> {
    let data = ctx.data();
    let user_id = ctx.author().id.get();
    let mut responder = Responder::new(ctx);
    let Some(_guard) = data.inflight.enter() else {
        return responder.send(&render_notice(SHUTTING_DOWN), vec![]).await;
    };
    responder.defer(true).await?;
    let wanted = id.clone();
    let result = respond::blocking(&data.engine, move |engine| engine.remove(&wanted)).await?;
    let reply = match result {
        Ok(_) => {
            tracing::info!(user_id, statement = %id, "statement removed");
            render_notice(&format!(
                "Removed statement `{}` and its calls. A file in the source folders that holds it brings it back at the next /reindex.",
                escape_markdown(&id)
            ))
        }
        Err(error) => {
            tracing::warn!(user_id, statement = %id, %error, "remove failed");
            render_error(&error)
        }
    };
    responder.send(&reply, vec![]).await
}

/// What the index holds (moderators)
#[poise::command(
    slash_command,
    default_member_permissions = "MANAGE_GUILD",
    check = "checks::moderator"
)]
pub async fn stats(ctx: Context<'_>) -> Result<(), Error> {
    tracing::info!(user_id = ctx.author().id.get(), "stats requested");
    respond::answer(ctx, Command::Stats, Kind::Admin).await
}
