//! Answers to recent API searches, as the JSON bytes sent, keyed by the request's normalised
//! query and by what the answer was computed from (the index snapshot's last change and the
//! catalogue's), so that a cached answer is never older than a fresh one would be. The cache
//! holds at most its budget of bytes; when a new answer would pass it, or the index or the
//! catalogue moves on, it is emptied.

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
        if inner.generation != generation || inner.bytes + answer.len() + key.len() > self.budget {
            inner.answers.clear();
            inner.bytes = 0;
            inner.generation = generation;
        }
        inner.bytes += answer.len() + key.len();
        if let Some(replaced) = inner.answers.insert(key, answer) {
            inner.bytes -= replaced.len();
        }
    }
}

/// The cache key of a query string: its pairs sorted, so that the same search asked with its
/// parameters in another order is the same entry.
pub(crate) fn key_of(pairs: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = pairs.iter().collect();
    sorted.sort();
    let mut key = String::new();
    for (name, value) in sorted {
        key.push_str(name);
        key.push('=');
        key.push_str(value);
        key.push('\u{1f}');
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    fn generation(index_change: i64) -> Generation {
        Generation { index_change, catalogue_change: 1 }
    }

    #[test]
    fn an_answer_is_found_again_only_for_the_same_generation_and_within_the_budget() {
        let cache = SearchCache::new(1000);
        let key = key_of(&[("q".to_owned(), "trafficking".to_owned()), ("country".to_owned(), "THA".to_owned())]);
        let same = key_of(&[("country".to_owned(), "THA".to_owned()), ("q".to_owned(), "trafficking".to_owned())]);
        assert_eq!(key, same, "the order of the parameters does not matter");
        cache.put(key.clone(), generation(5), Bytes::from_static(b"{\"total\":3}"));
        assert_eq!(cache.get(&same, generation(5)).as_deref(), Some(&b"{\"total\":3}"[..]));
        assert_eq!(cache.get(&key, generation(6)), None, "a newer index snapshot is never answered from the cache");
        cache.put("other".to_owned(), generation(6), Bytes::from(vec![b'x'; 900]));
        assert_eq!(cache.get(&key, generation(5)), None, "moving on to a new generation empties the cache");
        cache.put("third".to_owned(), generation(6), Bytes::from(vec![b'y'; 200]));
        assert_eq!(cache.get("other", generation(6)), None, "passing the budget empties the cache");
        assert!(cache.get("third", generation(6)).is_some());
        assert_eq!(SearchCache::new(0).get("third", generation(6)), None);
    }
}
