//! A limit on the requests that take much memory or processor time (exports, imports, report
//! downloads): a few run at once, the next ones wait briefly in line, and the rest are answered
//! 503 with `Retry-After` rather than letting the server run out of memory.

use std::{sync::Arc, time::Duration};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// How many heavy requests run at once and how long one waits for its turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeavyRequestLimits {
    /// Heavy requests served at the same time.
    pub at_once: usize,
    /// How long a heavy request waits for a place before it is answered 503.
    pub longest_wait: Duration,
}

impl Default for HeavyRequestLimits {
    /// One per core (two at least), each waiting up to 10 seconds: a 100,000-measure export
    /// takes a few seconds, so a short queue absorbs a burst without holding clients long.
    fn default() -> HeavyRequestLimits {
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get);
        HeavyRequestLimits { at_once: cores.max(2), longest_wait: Duration::from_secs(10) }
    }
}

/// The places heavy requests take in turn.
pub(crate) struct HeavyRequests {
    places: Arc<Semaphore>,
    longest_wait: Duration,
}

/// A heavy request's place, given back when dropped: a streamed download keeps it in its body,
/// so the place is held until the last byte is sent or the client goes away.
#[derive(Debug)]
pub(crate) struct HeavyPlace(#[allow(dead_code, reason = "held for its drop")] OwnedSemaphorePermit);

/// There was no place for a heavy request within the longest wait.
#[derive(Debug)]
pub(crate) struct TooManyHeavyRequests;

impl HeavyRequests {
    pub(crate) fn new(limits: HeavyRequestLimits) -> HeavyRequests {
        HeavyRequests { places: Arc::new(Semaphore::new(limits.at_once.max(1))), longest_wait: limits.longest_wait }
    }

    /// Waits for a place, at most the longest wait.
    pub(crate) async fn enter(&self) -> Result<HeavyPlace, TooManyHeavyRequests> {
        match tokio::time::timeout(self.longest_wait, self.places.clone().acquire_owned()).await {
            Ok(Ok(permit)) => Ok(HeavyPlace(permit)),
            // The semaphore is never closed, so only the wait can run out.
            Ok(Err(_)) | Err(_) => {
                tracing::warn!("a heavy request was refused: every place was taken for the longest wait");
                Err(TooManyHeavyRequests)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_request_past_the_places_waits_then_is_refused_and_a_freed_place_is_taken() {
        let limits = HeavyRequestLimits { at_once: 1, longest_wait: Duration::from_millis(50) };
        let requests = HeavyRequests::new(limits);
        let first = requests.enter().await.unwrap();
        assert!(requests.enter().await.is_err());
        drop(first);
        assert!(requests.enter().await.is_ok());
    }
}
