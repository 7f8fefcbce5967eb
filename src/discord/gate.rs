//! Engine calls made for interactions run a few at a time. A burst of hundreds of queries then
//! waits its turn on the async side (cheap) instead of hundreds of blocking threads taking the
//! CPU from the few threads that must acknowledge every interaction within Discord's 3 seconds;
//! an interaction that has to wait is acknowledged ("thinking…") at once.

use std::sync::Arc;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

pub struct Gate(Arc<Semaphore>);

/// The right to run one engine call; move it into the blocking task so that it is given back
/// when the call ends, whatever happens to the task that waited for it.
pub struct Turn {
    _permit: Option<OwnedSemaphorePermit>,
}

impl Gate {
    /// As many calls at a time as there are cores (at least two).
    pub fn new() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Self::with_permits(cores.max(2))
    }

    pub fn with_permits(permits: usize) -> Self {
        Self(Arc::new(Semaphore::new(permits.max(1))))
    }

    /// A turn now, or `None` when every turn is taken.
    pub fn try_now(&self) -> Option<Turn> {
        self.0
            .clone()
            .try_acquire_owned()
            .ok()
            .map(|p| Turn { _permit: Some(p) })
    }

    /// Waits for a turn.
    pub async fn wait(&self) -> Turn {
        // The semaphore is never closed; were it, the call would simply run ungated.
        Turn {
            _permit: self.0.clone().acquire_owned().await.ok(),
        }
    }
}

impl Default for Gate {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn turns_are_given_back_when_dropped() {
        let gate = Gate::with_permits(2);
        let first = gate.try_now();
        let second = gate.try_now();
        assert!(first.is_some() && second.is_some());
        assert!(gate.try_now().is_none(), "a third call must wait");
        drop(first);
        let third = tokio::time::timeout(std::time::Duration::from_secs(5), gate.wait()).await;
        assert!(third.is_ok(), "a turn given back is taken again");
        assert!(gate.try_now().is_none(), "the third holds the freed turn");
    }
}
