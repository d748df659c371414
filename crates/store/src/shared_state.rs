//! What the web application keeps between requests besides sessions, held in the store so
//! that every instance on one database sees the same: files waiting for their uploader to
//! confirm an import, and each anonymous address's allowance of exports. Neither is a record
//! of the domain, so neither is in the change log.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sqlx::Row;

use crate::{connection::Store, error::StoreError, location::Backend};

/// A file that passed its dry run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingUpload {
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// A budget that refills with time: `burst` uses at once, then one more every `refill_every`.
#[derive(Debug, Clone, Copy)]
pub struct Allowance {
    pub burst: f64,
    pub refill_every: Duration,
}

/// The allowance is used up; one more use is allowed after this long.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AllowanceExceeded {
    pub retry_after: Duration,
}

impl Store {
    /// Keeps `bytes` for `account` under `token_digest` for `kept_for`, replacing any file the
    /// account had waiting; files whose time is up are removed on the way.
    pub async fn keep_pending_upload(
        &self,
        account: i64,
        token_digest: &str,
        file_name: &str,
        bytes: &[u8],
        kept_for: Duration,
    ) -> Result<(), StoreError> {
        let now = unix_seconds(SystemTime::now());
        let kept_until = now + i64::try_from(kept_for.as_secs()).unwrap_or(i64::MAX / 2);
        let mut transaction = self.begin_write().await?;
        sqlx::query("DELETE FROM pending_uploads WHERE kept_until <= $1").bind(now).execute(&mut *transaction).await?;
        // Two checks by one account at once: the later one replaces the earlier.
        sqlx::query(
            "INSERT INTO pending_uploads (account_id, token_digest, file_name, bytes, kept_until) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (account_id) DO UPDATE SET token_digest = excluded.token_digest, file_name = excluded.file_name, \
             bytes = excluded.bytes, kept_until = excluded.kept_until",
        )
        .bind(account)
        .bind(token_digest)
        .bind(file_name)
        .bind(bytes)
        .bind(kept_until)
        .execute(&mut *transaction)
        .await?;
        transaction.commit().await?;
        Ok(())
    }

    /// Takes the file `account` has waiting under `token_digest`, if its time is not up: it is
    /// removed, so a file is imported once whichever instance the confirmation reaches.
    pub async fn take_pending_upload(
        &self,
        account: i64,
        token_digest: &str,
    ) -> Result<Option<PendingUpload>, StoreError> {
        let now = unix_seconds(SystemTime::now());
        // One statement that deletes and returns: of two confirmations at once (a double
        // click, two instances), exactly one gets the file.
        let row = sqlx::query(
            "DELETE FROM pending_uploads WHERE account_id = $1 AND token_digest = $2 AND kept_until > $3 RETURNING file_name, bytes",
        )
        .bind(account)
        .bind(token_digest)
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some(PendingUpload { file_name: row.try_get("file_name")?, bytes: row.try_get("bytes")? }))
    }

    /// Takes one use from `address`'s export allowance, or says how long to wait for one.
    /// Addresses whose allowance has refilled are forgotten on the way.
    pub async fn take_export_allowance(
        &self,
        address: &str,
        allowance: Allowance,
    ) -> Result<Result<(), AllowanceExceeded>, StoreError> {
        let now_ms = unix_milliseconds(SystemTime::now());
        let refill_ms = allowance.refill_every.as_secs_f64() * 1000.0;
        let full_after_ms = (allowance.burst * refill_ms) as i64;
        let mut transaction = self.begin_write().await?;
        sqlx::query("DELETE FROM export_allowances WHERE counted_at_ms < $1")
            .bind(now_ms - full_after_ms)
            .execute(&mut *transaction)
            .await?;
        // The address's row exists before it is read, locked on PostgreSQL, so that two
        // instances counting the same address at once wait for each other.
        sqlx::query(
            "INSERT INTO export_allowances (address, exports_left, counted_at_ms) VALUES ($1, $2, $3) ON CONFLICT (address) DO NOTHING",
        )
        .bind(address)
        .bind(allowance.burst)
        .bind(now_ms)
        .execute(&mut *transaction)
        .await?;
        let lock = match self.backend() {
            Backend::Sqlite => "",
            Backend::Postgres => " FOR UPDATE",
        };
        let row =
            sqlx::query(&format!("SELECT exports_left, counted_at_ms FROM export_allowances WHERE address = $1{lock}"))
                .bind(address)
                .fetch_optional(&mut *transaction)
                .await?;
        let left = match &row {
            Some(row) => {
                let (left, at): (f64, i64) = (row.try_get("exports_left")?, row.try_get("counted_at_ms")?);
                (left + (now_ms - at).max(0) as f64 / refill_ms).min(allowance.burst)
            }
            None => allowance.burst,
        };
        let (outcome, left) = if left >= 1.0 {
            (Ok(()), left - 1.0)
        } else {
            (Err(AllowanceExceeded { retry_after: allowance.refill_every.mul_f64(1.0 - left) }), left)
        };
        sqlx::query(
            "INSERT INTO export_allowances (address, exports_left, counted_at_ms) VALUES ($1, $2, $3) \
             ON CONFLICT (address) DO UPDATE SET exports_left = excluded.exports_left, counted_at_ms = excluded.counted_at_ms",
        )
        .bind(address)
        .bind(left)
        .bind(now_ms)
        .execute(&mut *transaction)
        .await?;
        transaction.commit().await?;
        Ok(outcome)
    }
}

fn unix_seconds(time: SystemTime) -> i64 {
    time.duration_since(UNIX_EPOCH).map_or(0, |since| i64::try_from(since.as_secs()).unwrap_or(i64::MAX))
}

fn unix_milliseconds(time: SystemTime) -> i64 {
    time.duration_since(UNIX_EPOCH).map_or(0, |since| i64::try_from(since.as_millis()).unwrap_or(i64::MAX))
}
