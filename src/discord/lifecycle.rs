//! Graceful shutdown: stop taking new work, let answers in flight finish.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use tokio::sync::Notify;

#[derive(Default)]
pub struct InFlight {
    closed: AtomicBool,
    count: AtomicUsize,
    idle: Notify,
}

/// Held while one answer is being produced.
pub struct Guard<'a>(&'a InFlight);

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        if self.0.count.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.0.idle.notify_waiters();
        }
    }
}

impl InFlight {
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts one unit of work, or `None` once shutdown has begun.
    pub fn enter(&self) -> Option<Guard<'_>> {
        // Count first, then check: `drain` closes first, then waits for the count, so no unit
        // can slip in unseen between the two.
        self.count.fetch_add(1, Ordering::SeqCst);
        let guard = Guard(self);
        if self.closed.load(Ordering::SeqCst) {
            None
        } else {
            Some(guard)
        }
    }

    /// Refuses new work and waits until the work in flight is done, or `limit` has passed.
    /// Returns how many units were still running when it gave up.
    pub async fn drain(&self, limit: Duration) -> usize {
        self.closed.store(true, Ordering::SeqCst);
        let wait = async {
            loop {
                let idle = self.idle.notified();
                if self.count.load(Ordering::SeqCst) == 0 {
                    return;
                }
                idle.await;
            }
        };
        let _ = tokio::time::timeout(limit, wait).await;
        self.count.load(Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn drain_waits_for_work_and_refuses_new_work() {
        let inflight = std::sync::Arc::new(InFlight::new());
        let guard_owner = inflight.clone();
        let (started_tx, started_rx) = tokio::sync::oneshot::channel();
        let (finish_tx, finish_rx) = tokio::sync::oneshot::channel::<()>();
        let worker = tokio::spawn(async move {
            let _guard = guard_owner.enter();
            let _ = started_tx.send(());
            let _ = finish_rx.await;
        });
        let _ = started_rx.await;
        let drainer = {
            let inflight = inflight.clone();
            tokio::spawn(async move { inflight.drain(Duration::from_secs(30)).await })
        };
        tokio::task::yield_now().await;
        assert!(
            inflight.enter().is_none(),
            "new work is refused once draining"
        );
        let _ = finish_tx.send(());
        let _ = worker.await;
        assert_eq!(drainer.await.ok(), Some(0));
    }
}
