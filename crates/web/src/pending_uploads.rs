//! Files checked by a dry run and waiting for the person who uploaded them to confirm the
//! import: kept in memory, one per account, for half an hour.
//!
//! Nothing here is the store: a pending upload that is lost (a restart) only means choosing
//! the file again.

use std::{
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

/// How long a checked file waits for its import.
const KEPT_FOR: Duration = Duration::from_secs(30 * 60);

/// A file that passed its dry run.
#[derive(Debug, Clone)]
pub(crate) struct PendingUpload {
    pub(crate) token: String,
    pub(crate) file_name: String,
    pub(crate) bytes: Vec<u8>,
    checked_at: Instant,
}

#[derive(Debug, Default)]
pub(crate) struct PendingUploads(Mutex<HashMap<i64, PendingUpload>>);

impl PendingUploads {
    /// Keeps `bytes` for `account`, replacing any file it had waiting; returns its token.
    pub(crate) fn keep(&self, account: i64, file_name: String, bytes: Vec<u8>) -> String {
        let token = credentials::SecretToken::generate().as_str().to_owned();
        let mut uploads = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        uploads.retain(|_, upload| upload.checked_at.elapsed() < KEPT_FOR);
        uploads.insert(account, PendingUpload { token: token.clone(), file_name, bytes, checked_at: Instant::now() });
        token
    }

    /// Takes the file `account` has waiting under `token`, if it has not expired.
    pub(crate) fn take(&self, account: i64, token: &str) -> Option<PendingUpload> {
        let mut uploads = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let matches = uploads.get(&account).is_some_and(|upload| {
            credentials::secrets_match(token, &upload.token) && upload.checked_at.elapsed() < KEPT_FOR
        });
        if matches { uploads.remove(&account) } else { None }
    }
}
