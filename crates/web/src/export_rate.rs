//! How often an anonymous client may download an export of search results: each address has a
//! small allowance that refills with time, so that nobody can keep the server building exports
//! of the whole database. Signed-in people are not limited.

use std::{
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

/// Exports an address may download in a burst.
const BURST: f64 = 20.0;

/// How long it takes for one more export to be allowed.
const REFILL_EVERY: Duration = Duration::from_secs(3);

/// Addresses kept at most; past this, the addresses whose allowance is full are forgotten.
const MOST_ADDRESSES: usize = 100_000;

/// Each address's allowance of exports.
#[derive(Default)]
pub(crate) struct ExportRate {
    allowances: Mutex<HashMap<String, Allowance>>,
}

#[derive(Debug, Clone, Copy)]
struct Allowance {
    left: f64,
    at: Instant,
}

/// The address has used its allowance; it may try again after this long.
#[derive(Debug)]
pub(crate) struct ExportRateExceeded {
    pub(crate) retry_after: Duration,
}

impl ExportRate {
    /// Takes one export from `address`'s allowance, or says how long to wait for one.
    pub(crate) fn take(&self, address: &str) -> Result<(), ExportRateExceeded> {
        self.take_at(address, Instant::now())
    }

    fn take_at(&self, address: &str, now: Instant) -> Result<(), ExportRateExceeded> {
        let mut allowances = self.allowances.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if allowances.len() >= MOST_ADDRESSES && !allowances.contains_key(address) {
            allowances.retain(|_, allowance| refilled(*allowance, now) < BURST);
        }
        let allowance = allowances.entry(address.to_owned()).or_insert(Allowance { left: BURST, at: now });
        let left = refilled(*allowance, now);
        if left >= 1.0 {
            *allowance = Allowance { left: left - 1.0, at: now };
            Ok(())
        } else {
            *allowance = Allowance { left, at: now };
            Err(ExportRateExceeded { retry_after: REFILL_EVERY.mul_f64(1.0 - left) })
        }
    }
}

fn refilled(allowance: Allowance, now: Instant) -> f64 {
    let elapsed = now.saturating_duration_since(allowance.at);
    (allowance.left + elapsed.as_secs_f64() / REFILL_EVERY.as_secs_f64()).min(BURST)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_gets_its_burst_then_one_export_per_refill_and_others_are_not_affected() {
        let rate = ExportRate::default();
        let start = Instant::now();
        for _ in 0..20 {
            rate.take_at("192.0.2.1", start).unwrap();
        }
        let refused = rate.take_at("192.0.2.1", start).unwrap_err();
        assert_eq!(refused.retry_after, REFILL_EVERY);
        rate.take_at("192.0.2.2", start).unwrap();
        let later = start + REFILL_EVERY;
        rate.take_at("192.0.2.1", later).unwrap();
        assert!(rate.take_at("192.0.2.1", later).is_err());
    }
}
