//! `/help`: the command list, built from the commands' own doc comments.

use crate::answers::Answer;
use crate::discord::render::render_answer;
use crate::discord::respond::Responder;
use crate::discord::{Context, Error};

const FOOTNOTE: &str =
    "Dates are YYYY-MM-DD, YYYY-MM or YYYY. Quotes search a phrase: \"peace treaty\".";

/// What each command does
#[poise::command(slash_command)]
pub async fn help(ctx: Context<'_>) -> Result<(), Error> {
    let mut lines = Vec::new();
    for command in &ctx.framework().options().commands {
        let options = command
            .parameters
            .iter()
            .map(|p| {
                if p.required {
                    p.name.to_string()
                } else {
                    format!("[{}]", p.name)
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        let usage = format!("/{} {options}", command.name);
        let description = command.description.as_deref().unwrap_or("");
        lines.push(format!("{:<44} {description}", usage.trim_end()));
    }
    lines.push(String::new());
    lines.push(FOOTNOTE.to_string());
    let reply = render_answer(&Answer::Help(lines.join("\n")));
    Responder::new(ctx).send(&reply, vec![]).await
}
