//! Answers kept for the index generation they were computed on: a burst of one question (a
//! whole channel asking about the same call) is computed once, not once per user. A commit
//! makes a new generation, and answers of an older one are never given again.

use std::collections::VecDeque;
use std::sync::Mutex;

pub struct Memo<V> {
    entries: Mutex<VecDeque<(u64, String, V)>>,
    capacity: usize,
}

impl<V: Clone> Memo<V> {
    pub fn new(capacity: usize) -> Self {
        Self {
            entries: Mutex::new(VecDeque::new()),
            capacity: capacity.max(1),
        }
    }

    /// The answer kept for `key` on `generation`, if any.
    pub fn get(&self, generation: u64, key: &str) -> Option<V> {
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries
            .iter()
            .find(|(g, k, _)| *g == generation && k == key)
            .map(|(_, _, v)| v.clone())
    }

    /// Keeps `value`; answers of other generations go, and the oldest beyond the capacity.
    pub fn put(&self, generation: u64, key: String, value: V) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.retain(|(g, k, _)| *g == generation && *k != key);
        if entries.len() >= self.capacity {
            entries.pop_front();
        }
        entries.push_back((generation, key, value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_is_given_again_only_on_its_own_generation() {
        let memo = Memo::new(2);
        memo.put(1, "a".into(), 10);
        assert_eq!(memo.get(1, "a"), Some(10));
        assert_eq!(memo.get(2, "a"), None, "a commit made the answer stale");
        memo.put(2, "b".into(), 20);
        assert_eq!(memo.get(1, "a"), None, "older generations are dropped");
        memo.put(2, "c".into(), 30);
        memo.put(2, "d".into(), 40);
        assert_eq!(
            memo.get(2, "b"),
            None,
            "the oldest goes beyond the capacity"
        );
        assert_eq!(memo.get(2, "d"), Some(40));
    }
}
