//! The local chat: the same commands as Discord, typed in a terminal and answered as text.
//! No token, no network: it runs on the local index.

use std::io::{self, BufRead, Write};

use crate::answers::{Command, Engine};
use crate::render::text;

pub const GREETING: &str =
    "Readout chat. Try /who-called Aliyev, /topic COP29, /recent, /help; /quit to leave.";

/// Answers each line of `input` until `/quit` or the end. Plain text is a topic search.
/// With `styled`, matched words are shown in bold with terminal escapes instead of `**`.
pub fn run(
    engine: &Engine,
    input: impl BufRead,
    mut output: impl Write,
    prompt: bool,
    styled: bool,
) -> io::Result<()> {
    let max = engine.settings().search.max_query_chars;
    if prompt {
        writeln!(output, "{GREETING}")?;
    }
    let mut lines = input.lines();
    loop {
        if prompt {
            write!(output, "readout> ")?;
            output.flush()?;
        }
        let Some(line) = lines.next() else { break };
        let line = line?;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if matches!(line, "/quit" | "/exit" | "/q") {
            break;
        }
        let command = if line.starts_with('/') {
            Command::parse(line, max)
        } else {
            Command::parse(&format!("/topic {line}"), max)
        };
        let reply = match command.and_then(|c| engine.run(&c)) {
            Ok(answer) => text::render(&answer),
            Err(e) if e.is_user_error() => e.to_string(),
            Err(e) => {
                tracing::error!(error = %e, "chat command failed");
                format!("Sorry, that failed: {e}")
            }
        };
        let reply = if styled {
            text::terminal_bold(&reply)
        } else {
            reply
        };
        writeln!(output, "{reply}\n")?;
    }
    Ok(())
}
