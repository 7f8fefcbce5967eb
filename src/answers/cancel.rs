//! Cooperative cancellation of a long write (a reindex): the writer checks between batches and,
//! once asked to stop, drops everything it wrote since its last commit.
//!
//! A stop request and the start of the commit race on one atomic state, so exactly one of them
//! wins: either the write is dropped (the old index stays) or it commits whole. Whoever asked to
//! stop learns which, and can say so truthfully.

use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

const RUNNING: u8 = 0;
const CANCELLED: u8 = 1;
const COMMITTING: u8 = 2;

/// Shared between the one who may stop a write and the write itself.
#[derive(Debug, Clone, Default)]
pub struct Cancel(Arc<AtomicU8>);

/// What a stop request found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// The write will stop at its next check and drop its changes.
    Cancelled,
    /// Too late: the write is committing and will finish.
    Committing,
}

impl Cancel {
    pub fn new() -> Self {
        Self::default()
    }

    /// Asks the write to stop. Idempotent.
    pub fn cancel(&self) -> Stop {
        match self
            .0
            .compare_exchange(RUNNING, CANCELLED, Ordering::AcqRel, Ordering::Acquire)
        {
            Ok(_) | Err(CANCELLED) => Stop::Cancelled,
            Err(_) => Stop::Committing,
        }
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Acquire) == CANCELLED
    }

    /// Called by the write when it is about to commit: false when a stop came first (the write
    /// must then drop its changes), true when from now on a stop request is too late.
    pub fn begin_commit(&self) -> bool {
        match self
            .0
            .compare_exchange(RUNNING, COMMITTING, Ordering::AcqRel, Ordering::Acquire)
        {
            Ok(_) | Err(COMMITTING) => true,
            Err(_) => false,
        }
    }
}

/// For the write's own checks: `Err(Cancelled)` once a stop was asked.
pub(crate) fn check(cancel: &Cancel) -> Result<(), super::AnswerError> {
    if cancel.is_cancelled() {
        Err(super::AnswerError::Cancelled)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stop_before_the_commit_wins_and_one_after_is_too_late() {
        let early = Cancel::new();
        assert_eq!(early.cancel(), Stop::Cancelled);
        assert!(early.is_cancelled());
        assert!(!early.begin_commit(), "a cancelled write must not commit");
        assert_eq!(early.cancel(), Stop::Cancelled);

        let late = Cancel::new();
        assert!(late.begin_commit());
        assert_eq!(late.cancel(), Stop::Committing);
        assert!(!late.is_cancelled());
    }
}
