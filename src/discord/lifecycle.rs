//! Graceful shutdown: stop taking new work, let answers in flight finish, and tell long work
//! (a reindex) to stop early rather than hold the process for minutes.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use tokio::sync::{Notify, watch};

#[derive(Default)]
pub struct InFlight {
    closed: AtomicBool,
    count: AtomicUsize,
    idle: Notify,
    /// Set once the shutdown begins; long work listens for it.
    stopping: watch::Sender<bool>,
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

    /// Completes once the shutdown has begun (at once if it has).
    pub async fn stopping(&self) {
        let mut stopping = self.stopping.subscribe();
        // The sender lives as long as `self`: an error cannot happen while this is borrowed.
        let _ = stopping.wait_for(|stop| *stop).await;
    }

    /// Refuses new work and tells long work to stop. Idempotent.
    pub fn close(&self) {
        self.closed.store(true, Ordering::SeqCst);
        self.stopping.send_replace(true);
    }

    /// [`Self::close`], then waits until the work in flight is done, or `limit` has passed.
    /// Returns how many units were still running when it gave up.
    pub async fn drain(&self, limit: Duration) -> usize {
        self.close();
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

    #[tokio::test]
    async fn long_work_hears_the_shutdown() {
        let inflight = std::sync::Arc::new(InFlight::new());
        let listener = {
            let inflight = inflight.clone();
            tokio::spawn(async move { inflight.stopping().await })
        };
        tokio::task::yield_now().await;
        assert!(!listener.is_finished(), "no shutdown yet");
        assert_eq!(inflight.drain(Duration::from_secs(1)).await, 0);
        let heard = tokio::time::timeout(Duration::from_secs(5), listener).await;
        assert!(matches!(heard, Ok(Ok(()))), "the shutdown was not heard");
    }
}
