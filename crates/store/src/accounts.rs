//! Accounts, their sessions and the record of sign-in attempts.
//!
//! Password hashes and session tokens arrive here already hashed or digested (the
//! `credentials` crate makes them); the store never sees a password or a session cookie.

use domain::account::{Role, Username, lockout_seconds};
use serde_json::{Value, json};
use sqlx::{AnyConnection, Row};

use crate::{
    change_log::{self, Author, ChangedEntity},
    connection::Store,
    decode::optional_m49,
    error::{Record, StoreError},
    sql::Sql,
    time_format,
};

/// An account as stored, without its password hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountRecord {
    pub id: i64,
    pub username: Username,
    pub display_name: String,
    pub role: Role,
    pub created_at: String,
    pub disabled_at: Option<String>,
    /// Failed sign-ins since the last successful one.
    pub failed_sign_ins: i64,
    pub locked_until: Option<String>,
}

impl AccountRecord {
    pub fn is_disabled(&self) -> bool {
        self.disabled_at.is_some()
    }

    /// Whether failed sign-ins have locked the account at this moment.
    pub fn is_locked(&self) -> bool {
        self.locked_until.as_deref().is_some_and(|until| until > time_format::now().as_str())
    }
}

// This constructor lives with the accounts rather than with `Author` because the change log,
// which every module writes to, must not depend on any one kind of record.
impl Author {
    /// A change made by a signed-in account, logged under its username.
    pub fn account(account: &AccountRecord) -> Author {
        Author { label: account.username.to_string(), user_id: Some(account.id) }
    }
}

/// An account to create.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub username: Username,
    pub display_name: String,
    pub role: Role,
    /// An argon2id hash in PHC form.
    pub password_hash: String,
}

/// A session that has not expired, of an account that is not disabled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    pub account: AccountRecord,
    pub csrf_token: String,
    pub expires_at: String,
}

/// What happened at one sign-in attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignInOutcome {
    SignedIn,
    WrongPassword,
    UnknownUser,
    Locked,
    Disabled,
    SignedOut,
}

impl SignInOutcome {
    pub fn code(self) -> &'static str {
        match self {
            SignInOutcome::SignedIn => "signed_in",
            SignInOutcome::WrongPassword => "wrong_password",
            SignInOutcome::UnknownUser => "unknown_user",
            SignInOutcome::Locked => "locked",
            SignInOutcome::Disabled => "disabled",
            SignInOutcome::SignedOut => "signed_out",
        }
    }
}

/// One line of the sign-in record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignInEvent {
    pub id: i64,
    pub recorded_at: String,
    /// The username as it was typed, normalised.
    pub username: String,
    pub user_id: Option<i64>,
    pub outcome: String,
    pub address: String,
}

impl Store {
    /// Creates an account; a username that is taken or a State that does not exist is a
    /// conflict and writes nothing.
    pub async fn create_account(&self, account: &NewAccount, author: &Author) -> Result<AccountRecord, StoreError> {
        let mut transaction = self.begin_write().await?;
        if account_row(&mut transaction, &account.username).await?.is_some() {
            return Err(StoreError::Duplicate(Record::Account(account.username.to_string())));
        }
        if let Some(country) = account.role.country() {
            let mut sql = Sql::new("SELECT m49 FROM countries WHERE m49 = ");
            sql.bind_int(i64::from(country.get()));
            if sql.query().fetch_optional(&mut *transaction).await?.is_none() {
                return Err(StoreError::NotFound(Record::Country(country)));
            }
        }
        let mut sql = Sql::new(
            "INSERT INTO users (username, display_name, role, country_m49, password_hash, created_at) VALUES (",
        );
        sql.bind_text(account.username.as_str())
            .push(", ")
            .bind_text(account.display_name.trim())
            .push(", ")
            .bind_text(account.role.code())
            .push(", ");
        match account.role.country() {
            Some(country) => sql.bind_int(i64::from(country.get())),
            None => sql.push("NULL"),
        };
        sql.push(", ").bind_text(&account.password_hash).push(", ").bind_text(time_format::now()).push(")");
        sql.query().execute(&mut *transaction).await?;
        let created = account_row(&mut transaction, &account.username)
            .await?
            .ok_or_else(|| StoreError::corrupt("an account just created cannot be read back"))?;
        change_log::record(
            &mut transaction,
            author,
            ChangedEntity::Account,
            created.username.as_str(),
            None,
            Some(&logged(&created)),
        )
        .await?;
        transaction.commit().await?;
        Ok(created)
    }

    /// Every account, by username.
    pub async fn accounts(&self) -> Result<Vec<AccountRecord>, StoreError> {
        let rows = sqlx::query("SELECT * FROM users ORDER BY username").fetch_all(&self.pool).await?;
        rows.iter().map(account_from_row).collect()
    }

    pub async fn account(&self, username: &Username) -> Result<Option<AccountRecord>, StoreError> {
        let mut connection = self.pool.acquire().await?;
        account_row(&mut connection, username).await
    }

    pub async fn account_by_id(&self, id: i64) -> Result<Option<AccountRecord>, StoreError> {
        let mut sql = Sql::new("SELECT * FROM users WHERE id = ");
        sql.bind_int(id);
        sql.query().fetch_optional(&self.pool).await?.as_ref().map(account_from_row).transpose()
    }

    /// The stored password hash of an account, to check a password against.
    pub async fn password_hash(&self, account_id: i64) -> Result<Option<String>, StoreError> {
        let mut sql = Sql::new("SELECT password_hash FROM users WHERE id = ");
        sql.bind_int(account_id);
        let row = sql.query().fetch_optional(&self.pool).await?;
        Ok(match row {
            Some(row) => row.try_get("password_hash")?,
            None => None,
        })
    }

    /// Disables an account and ends its sessions. Its history stays.
    pub async fn disable_account(&self, username: &Username, author: &Author) -> Result<AccountRecord, StoreError> {
        let mut transaction = self.begin_write().await?;
        let before = account_row(&mut transaction, username)
            .await?
            .ok_or_else(|| StoreError::NotFound(Record::Account(username.to_string())))?;
        if before.is_disabled() {
            return Ok(before);
        }
        let mut sql = Sql::new("UPDATE users SET disabled_at = ");
        sql.bind_text(time_format::now()).push(" WHERE id = ").bind_int(before.id);
        sql.query().execute(&mut *transaction).await?;
        end_sessions_of(&mut transaction, before.id).await?;
        let after = account_row(&mut transaction, username)
            .await?
            .ok_or_else(|| StoreError::corrupt("a disabled account cannot be read back"))?;
        change_log::record(
            &mut transaction,
            author,
            ChangedEntity::Account,
            username.as_str(),
            Some(&logged(&before)),
            Some(&logged(&after)),
        )
        .await?;
        transaction.commit().await?;
        Ok(after)
    }

    /// Replaces an account's password hash, clears its failed sign-ins and lock, and ends its
    /// sessions, so that whoever knew the old password is signed out everywhere.
    pub async fn set_password_hash(
        &self,
        username: &Username,
        password_hash: &str,
        author: &Author,
    ) -> Result<AccountRecord, StoreError> {
        let mut transaction = self.begin_write().await?;
        let before = account_row(&mut transaction, username)
            .await?
            .ok_or_else(|| StoreError::NotFound(Record::Account(username.to_string())))?;
        let mut sql = Sql::new("UPDATE users SET password_hash = ");
        sql.bind_text(password_hash).push(", failed_sign_ins = 0, locked_until = NULL WHERE id = ").bind_int(before.id);
        sql.query().execute(&mut *transaction).await?;
        end_sessions_of(&mut transaction, before.id).await?;
        let after = account_row(&mut transaction, username)
            .await?
            .ok_or_else(|| StoreError::corrupt("an account cannot be read back"))?;
        let mut after_logged = logged(&after);
        after_logged["password_set_at"] = Value::String(time_format::now());
        change_log::record(
            &mut transaction,
            author,
            ChangedEntity::Account,
            username.as_str(),
            Some(&logged(&before)),
            Some(&after_logged),
        )
        .await?;
        transaction.commit().await?;
        Ok(after)
    }

    /// Counts a failed sign-in and locks the account for as long as the failures in a row
    /// earn ([`lockout_seconds`]). Returns the account as it now is.
    pub async fn record_failed_sign_in(&self, account_id: i64) -> Result<AccountRecord, StoreError> {
        let mut transaction = self.begin_write().await?;
        let mut sql = Sql::new("UPDATE users SET failed_sign_ins = failed_sign_ins + 1 WHERE id = ");
        sql.bind_int(account_id);
        sql.query().execute(&mut *transaction).await?;
        let mut sql = Sql::new("SELECT failed_sign_ins FROM users WHERE id = ");
        sql.bind_int(account_id);
        let failures: i64 = sql.query().fetch_one(&mut *transaction).await?.try_get("failed_sign_ins")?;
        let lock = lockout_seconds(u32::try_from(failures).unwrap_or(u32::MAX));
        if lock > 0 {
            let mut sql = Sql::new("UPDATE users SET locked_until = ");
            sql.bind_text(time_format::seconds_from_now(lock)).push(" WHERE id = ").bind_int(account_id);
            sql.query().execute(&mut *transaction).await?;
        }
        let mut sql = Sql::new("SELECT * FROM users WHERE id = ");
        sql.bind_int(account_id);
        let account = account_from_row(&sql.query().fetch_one(&mut *transaction).await?)?;
        transaction.commit().await?;
        Ok(account)
    }

    /// Opens a session for an account after a successful sign-in and clears its failures.
    pub async fn open_session(
        &self,
        account_id: i64,
        token_digest: &str,
        csrf_token: &str,
        lifetime_seconds: u64,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        let mut sql = Sql::new("UPDATE users SET failed_sign_ins = 0, locked_until = NULL WHERE id = ");
        sql.bind_int(account_id);
        sql.query().execute(&mut *transaction).await?;
        // Sessions that have run out are of no use to anyone: sweep them while here.
        let mut sql = Sql::new("DELETE FROM sessions WHERE expires_at < ");
        sql.bind_text(time_format::now());
        sql.query().execute(&mut *transaction).await?;
        let mut sql =
            Sql::new("INSERT INTO sessions (token_digest, user_id, csrf_token, created_at, expires_at) VALUES (");
        sql.bind_text(token_digest)
            .push(", ")
            .bind_int(account_id)
            .push(", ")
            .bind_text(csrf_token)
            .push(", ")
            .bind_text(time_format::now())
            .push(", ")
            .bind_text(time_format::seconds_from_now(lifetime_seconds))
            .push(")");
        sql.query().execute(&mut *transaction).await?;
        transaction.commit().await?;
        Ok(())
    }

    /// The live session with this token digest: not expired, of an account not disabled.
    pub async fn session(&self, token_digest: &str) -> Result<Option<SessionRecord>, StoreError> {
        let mut sql = Sql::new(
            "SELECT u.*, s.csrf_token, s.expires_at AS session_expires_at FROM sessions s JOIN users u ON u.id = s.user_id \
             WHERE u.disabled_at IS NULL AND s.token_digest = ",
        );
        sql.bind_text(token_digest).push(" AND s.expires_at > ").bind_text(time_format::now());
        let Some(row) = sql.query().fetch_optional(&self.pool).await? else {
            return Ok(None);
        };
        Ok(Some(SessionRecord {
            account: account_from_row(&row)?,
            csrf_token: row.try_get("csrf_token")?,
            expires_at: row.try_get("session_expires_at")?,
        }))
    }

    /// Ends one session (signing out).
    pub async fn end_session(&self, token_digest: &str) -> Result<(), StoreError> {
        let mut sql = Sql::new("DELETE FROM sessions WHERE token_digest = ");
        sql.bind_text(token_digest);
        sql.query().execute(&self.pool).await?;
        Ok(())
    }

    /// Adds a line to the sign-in record.
    pub async fn record_sign_in_event(
        &self,
        username: &str,
        user_id: Option<i64>,
        outcome: SignInOutcome,
        address: &str,
    ) -> Result<(), StoreError> {
        let mut sql =
            Sql::new("INSERT INTO sign_in_events (recorded_at, username, user_id, outcome, address) VALUES (");
        sql.bind_text(time_format::now()).push(", ").bind_text(username).push(", ");
        match user_id {
            Some(id) => sql.bind_int(id),
            None => sql.push("NULL"),
        };
        sql.push(", ").bind_text(outcome.code()).push(", ").bind_text(address).push(")");
        sql.query().execute(&self.pool).await?;
        Ok(())
    }

    /// When sign-ins under `username`, a name that is no account, stay refused: failed
    /// attempts under a name that does not exist lock it exactly as wrong passwords lock a real
    /// account (`domain::account::lockout_seconds`), so that the answers never tell whether an
    /// account exists. `None` while it is not locked. Attempts of the last day count.
    pub async fn unknown_username_locked_until(&self, username: &str) -> Result<Option<String>, StoreError> {
        let mut sql =
            Sql::new("SELECT COUNT(*) AS failures, MAX(recorded_at) AS latest FROM sign_in_events WHERE username = ");
        sql.bind_text(username)
            .push(" AND user_id IS NULL AND outcome = ")
            .bind_text(SignInOutcome::UnknownUser.code())
            .push(" AND recorded_at > ")
            .bind_text(time_format::seconds_ago(24 * 60 * 60));
        let row = sql.query().fetch_one(&self.pool).await?;
        let failures: i64 = row.try_get("failures")?;
        let latest: Option<String> = row.try_get("latest")?;
        let lock = lockout_seconds(u32::try_from(failures).unwrap_or(u32::MAX));
        let until = latest.filter(|_| lock > 0).and_then(|latest| time_format::seconds_after(&latest, lock));
        Ok(until.filter(|until| *until > time_format::now()))
    }

    /// The newest `limit` lines of the sign-in record, newest first.
    pub async fn sign_in_events(&self, limit: i64) -> Result<Vec<SignInEvent>, StoreError> {
        let mut sql = Sql::new("SELECT * FROM sign_in_events ORDER BY id DESC LIMIT ");
        sql.bind_int(limit);
        let rows = sql.query().fetch_all(&self.pool).await?;
        rows.iter()
            .map(|row| {
                Ok(SignInEvent {
                    id: row.try_get("id")?,
                    recorded_at: row.try_get("recorded_at")?,
                    username: row.try_get("username")?,
                    user_id: row.try_get("user_id")?,
                    outcome: row.try_get("outcome")?,
                    address: row.try_get("address")?,
                })
            })
            .collect()
    }
}

async fn account_row(connection: &mut AnyConnection, username: &Username) -> Result<Option<AccountRecord>, StoreError> {
    let mut sql = Sql::new("SELECT * FROM users WHERE username = ");
    sql.bind_text(username.as_str());
    sql.query().fetch_optional(&mut *connection).await?.as_ref().map(account_from_row).transpose()
}

async fn end_sessions_of(connection: &mut AnyConnection, account_id: i64) -> Result<(), StoreError> {
    let mut sql = Sql::new("DELETE FROM sessions WHERE user_id = ");
    sql.bind_int(account_id);
    sql.query().execute(&mut *connection).await?;
    Ok(())
}

/// An account as the change log keeps it: never the password hash.
fn logged(account: &AccountRecord) -> Value {
    json!({
        "username": account.username.as_str(),
        "display_name": account.display_name,
        "role": account.role.code(),
        "country": account.role.country().map(|country| country.to_string()),
        "disabled_at": account.disabled_at,
    })
}

pub(crate) fn account_from_row(row: &sqlx::any::AnyRow) -> Result<AccountRecord, StoreError> {
    let username: String = row.try_get("username")?;
    let role: String = row.try_get("role")?;
    let country = optional_m49(row.try_get("country_m49")?)?;
    Ok(AccountRecord {
        id: row.try_get("id")?,
        username: Username::parse(&username)
            .map_err(|error| StoreError::corrupt(format!("username {username:?}: {error}")))?,
        display_name: row.try_get("display_name")?,
        role: Role::from_parts(&role, country)
            .map_err(|error| StoreError::corrupt(format!("role of {username}: {error}")))?,
        created_at: row.try_get("created_at")?,
        disabled_at: row.try_get("disabled_at")?,
        failed_sign_ins: row.try_get("failed_sign_ins")?,
        locked_until: row.try_get("locked_until")?,
    })
}
