//! The local chat: the same commands as Discord, typed in a terminal and answered as text.
//! No token, no network: it runs on the local index.

use std::io::{self, BufRead, Write};

use crate::answers::{AnswerError, Command, Engine, question};
use crate::render::text;

pub const GREETING: &str = "Readout chat. Try /who-called Aliyev, /topic COP29, /recent, /help, \
     or a question (\"who called Aliyev last week?\"); /quit to leave.";

/// One line answered as text: a slash command, or a question in plain words read by the
/// question reader (its answer starts with how it was read).
pub fn answer_line(engine: &Engine, line: &str) -> Result<String, AnswerError> {
    let line = line.trim();
    if line.starts_with('/') {
        let max = engine.settings().search.max_query_chars;
        let answer = Command::parse(line, max).and_then(|c| engine.run(&c))?;
        return Ok(text::render(&answer));
    }
    let today = chrono::Local::now().date_naive();
    let answered = question::answer(engine, line, today)?;
    Ok(format!(
        "{}\n\n{}",
        answered.heading,
        text::render(&answered.answer)
    ))
}

/// Answers each line of `input` until `/quit` or the end. Plain text is a question.
/// With `styled`, matched words are shown in bold with terminal escapes instead of `**`.
pub fn run(
    engine: &Engine,
    input: impl BufRead,
    mut output: impl Write,
    prompt: bool,
    styled: bool,
) -> io::Result<()> {
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
        let reply = match answer_line(engine, line) {
            Ok(reply) => reply,
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
