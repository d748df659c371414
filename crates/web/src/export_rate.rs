//! How often an anonymous client may download an export of search results: each address has a
//! small allowance that refills with time, so that nobody can keep the server building exports
//! of the whole database. Signed-in people are not limited. The allowances are kept in the
//! store, so an address has one allowance whichever instance its requests reach.

use std::time::Duration;

use store::{Allowance, AllowanceExceeded, Store, StoreError};

/// The address has used its allowance; it may try again after `retry_after`.
pub(crate) type ExportRateExceeded = AllowanceExceeded;

/// Exports an address may download in a burst, and how long it takes for one more.
pub(crate) const EXPORT_ALLOWANCE: Allowance = Allowance { burst: 20.0, refill_every: Duration::from_secs(3) };

/// Takes one export from `address`'s allowance, or says how long to wait for one.
pub(crate) async fn take(store: &Store, address: &str) -> Result<Result<(), ExportRateExceeded>, StoreError> {
    store.take_export_allowance(address, EXPORT_ALLOWANCE).await
}
