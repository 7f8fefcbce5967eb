//! `readout` as a user runs it, for the tests that check what a restarted process finds.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

/// `readout --index INDEX`, with no log filter from the environment.
pub fn readout(index: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_readout"));
    cmd.arg("--index").arg(index).env_remove("RUST_LOG");
    cmd
}

/// The JSON a `--json` run printed; fails the test with both outputs when it is not JSON.
pub fn json_of(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {} / {}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}
