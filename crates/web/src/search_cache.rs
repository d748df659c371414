//! Answers to recent API searches, as the JSON bytes sent, keyed by the request's query string
//! exactly as it came (two strings that differ in any byte are two searches: the parameters'
//! order matters where one is repeated) and by what the answer was computed from (the index
//! snapshot's last change and the catalogue's), so that a cached answer is never older than a
//! fresh one would be. The cache holds at most its budget of bytes; when a new answer would
//! pass it, or the index or the catalogue moves on, it is emptied.

use std::{collections::HashMap, sync::Mutex};

use axum::body::Bytes;

/// Answers larger than this are not kept: a deep export-sized page would push out many
/// ordinary ones.
const LARGEST_ANSWER: usize = 256 * 1024;

pub(crate) struct SearchCache {
    budget: usize,
    inner: Mutex<Inner>,
}

/// What an answer was computed from: the index snapshot's last change and the catalogue's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Generation {
    pub(crate) index_change: i64,
    pub(crate) catalogue_change: i64,
}

impl Generation {
    /// Whether `self` is older in either part than `other`.
    fn is_older_than(self, other: Generation) -> bool {
        self.index_change < other.index_change || self.catalogue_change < other.catalogue_change
    }
}

#[derive(Default)]
struct Inner {
    generation: Generation,
    answers: HashMap<String, Bytes>,
    bytes: usize,
}

impl SearchCache {
    /// A cache of at most `budget` bytes of answers; 0 keeps none.
    pub(crate) fn new(budget: usize) -> SearchCache {
        SearchCache { budget, inner: Mutex::new(Inner::default()) }
    }

    pub(crate) fn get(&self, key: &str, generation: Generation) -> Option<Bytes> {
        if self.budget == 0 {
            return None;
        }
        let inner = self.inner.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if inner.generation != generation {
            return None;
        }
        inner.answers.get(key).cloned()
    }

    pub(crate) fn put(&self, key: String, generation: Generation, answer: Bytes) {
        if answer.len() > LARGEST_ANSWER.min(self.budget) {
            return;
        }
        let mut inner = self.inner.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if generation.is_older_than(inner.generation) {
            // A slow search finishing after the index moved on: its answer is not kept, and
            // the newer answers stay.
            return;
        }
        if inner.generation != generation {
            inner.answers.clear();
            inner.bytes = 0;
            inner.generation = generation;
        }
        let size = key.len() + answer.len();
        if let Some(replaced) = inner.answers.remove(&key) {
            inner.bytes -= key.len() + replaced.len();
        }
        if inner.bytes + size > self.budget {
            inner.answers.clear();
            inner.bytes = 0;
        }
        inner.bytes += size;
        inner.answers.insert(key, answer);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn generation(index_change: i64) -> Generation {
        Generation { index_change, catalogue_change: 1 }
    }

    #[test]
    fn an_answer_is_found_again_only_for_the_same_query_and_generation_and_within_the_budget() {
        let cache = SearchCache::new(1000);
        cache.put("q=trafficking&country=THA".to_owned(), generation(5), Bytes::from_static(b"{\"total\":3}"));
        assert_eq!(cache.get("q=trafficking&country=THA", generation(5)).as_deref(), Some(&b"{\"total\":3}"[..]));
        assert_eq!(cache.get("country=THA&q=trafficking", generation(5)), None, "another query string");
        assert_eq!(cache.get("q=trafficking&country=THA", generation(6)), None, "a newer snapshot is never answered");

        cache.put("other".to_owned(), generation(6), Bytes::from(vec![b'x'; 900]));
        assert_eq!(cache.get("q=trafficking&country=THA", generation(5)), None, "a new generation empties the cache");
        cache.put("late".to_owned(), generation(5), Bytes::from_static(b"{}"));
        assert_eq!(cache.get("late", generation(5)), None, "an answer of an older snapshot is not kept");
        assert!(cache.get("other", generation(6)).is_some(), "and the newer answers stay");

        cache.put("other".to_owned(), generation(6), Bytes::from(vec![b'z'; 900]));
        cache.put("third".to_owned(), generation(6), Bytes::from(vec![b'y'; 50]));
        assert!(cache.get("third", generation(6)).is_some(), "replacing an answer frees what it took");
        cache.put("fourth".to_owned(), generation(6), Bytes::from(vec![b'w'; 100]));
        assert_eq!(cache.get("other", generation(6)), None, "passing the budget empties the cache");
        assert!(cache.get("fourth", generation(6)).is_some());
        assert_eq!(SearchCache::new(0).get("fourth", generation(6)), None);
    }
}
