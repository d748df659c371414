//! Files checked by a dry run and waiting for the person who uploaded them to confirm the
//! import: one per account, for half an hour, kept in the store so that the confirmation may
//! reach any instance serving the same database. The token the form carries is a random
//! secret; the store keeps only its SHA-256 digest.

use std::time::Duration;

use store::{PendingUpload, Store, StoreError};

/// How long a checked file waits for its import.
const KEPT_FOR: Duration = Duration::from_secs(30 * 60);

/// Keeps `bytes` for `account`, replacing any file it had waiting; returns its token.
pub(crate) async fn keep(store: &Store, account: i64, file_name: &str, bytes: &[u8]) -> Result<String, StoreError> {
    let token = credentials::SecretToken::generate().as_str().to_owned();
    store.keep_pending_upload(account, &credentials::token_digest(&token), file_name, bytes, KEPT_FOR).await?;
    Ok(token)
}

/// Takes the file `account` has waiting under `token`, if it has not expired.
pub(crate) async fn take(store: &Store, account: i64, token: &str) -> Result<Option<PendingUpload>, StoreError> {
    if token.is_empty() {
        return Ok(None);
    }
    store.take_pending_upload(account, &credentials::token_digest(token)).await
}
