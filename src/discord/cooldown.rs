//! Per-user cooldown between queries, so one user cannot keep the engine busy for everyone.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Entries older than the period are dropped once the map holds this many users.
const PRUNE_ABOVE: usize = 10_000;

pub struct Cooldowns {
    period: Duration,
    last: Mutex<HashMap<u64, Instant>>,
}

impl Cooldowns {
    /// A zero period disables the cooldown.
    pub fn new(period: Duration) -> Self {
        Self {
            period,
            last: Mutex::new(HashMap::new()),
        }
    }

    /// Records a query by `user` at `now`, or returns how long they still have to wait.
    pub fn try_start(&self, user: u64, now: Instant) -> Result<(), Duration> {
        if self.period.is_zero() {
            return Ok(());
        }
        // A poisoned lock only means another query panicked mid-update; the map is still usable.
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&at) = last.get(&user) {
            let since = now.saturating_duration_since(at);
            if since < self.period {
                return Err(self.period - since);
            }
        }
        if last.len() >= PRUNE_ABOVE {
            let period = self.period;
            last.retain(|_, at| now.saturating_duration_since(*at) < period);
        }
        last.insert(user, now);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_query_within_the_period_waits() {
        let c = Cooldowns::new(Duration::from_secs(2));
        let t0 = Instant::now();
        assert!(c.try_start(1, t0).is_ok());
        assert_eq!(
            c.try_start(1, t0 + Duration::from_millis(500)),
            Err(Duration::from_millis(1500))
        );
        assert!(c.try_start(2, t0).is_ok(), "other users are not affected");
        assert!(c.try_start(1, t0 + Duration::from_secs(2)).is_ok());
    }

    #[test]
    fn zero_disables() {
        let c = Cooldowns::new(Duration::ZERO);
        let t0 = Instant::now();
        assert!(c.try_start(1, t0).is_ok());
        assert!(c.try_start(1, t0).is_ok());
    }
}
