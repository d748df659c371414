//! API tokens: an account's keys for machine clients, each with its scopes and expiry.

use sqlx::Row;

use crate::{
    accounts::AccountRecord,
    change_log::{self, Author, ChangedEntity},
    connection::Store,
    error::{Record, StoreError},
    sql::Sql,
    time_format,
};

/// A token as its owner sees it in a list (never the token itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiTokenRecord {
    pub id: i64,
    pub name: String,
    /// Scope codes, such as `measures:import`.
    pub scopes: Vec<String>,
    pub created_at: String,
    pub expires_at: String,
    pub revoked_at: Option<String>,
    pub last_used_at: Option<String>,
}

/// A live token's account and scopes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiClientRecord {
    pub account: AccountRecord,
    pub token_id: i64,
    pub scopes: Vec<String>,
}

impl Store {
    /// Records a token for `account_id`, valid for `lifetime_days` days.
    pub async fn create_api_token(
        &self,
        account_id: i64,
        token_digest: &str,
        name: &str,
        scopes: &[&str],
        lifetime_days: u64,
        author: &Author,
    ) -> Result<ApiTokenRecord, StoreError> {
        let mut transaction = self.begin_write().await?;
        let mut sql =
            Sql::new("INSERT INTO api_tokens (token_digest, user_id, name, scopes, created_at, expires_at) VALUES (");
        sql.bind_text(token_digest)
            .push(", ")
            .bind_int(account_id)
            .push(", ")
            .bind_text(name.trim())
            .push(", ")
            .bind_text(scopes.join(" "))
            .push(", ")
            .bind_text(time_format::now())
            .push(", ")
            .bind_text(time_format::seconds_from_now(lifetime_days * 24 * 60 * 60))
            .push(") RETURNING id");
        let id: i64 = sql.query().fetch_one(&mut *transaction).await?.try_get("id")?;
        change_log::record(
            &mut transaction,
            author,
            ChangedEntity::ApiToken,
            &id.to_string(),
            None,
            Some(&serde_json::json!({"user_id": account_id, "name": name.trim(), "scopes": scopes})),
        )
        .await?;
        transaction.commit().await?;
        self.api_tokens_of(account_id)
            .await?
            .into_iter()
            .find(|token| token.id == id)
            .ok_or_else(|| StoreError::corrupt("a token just created cannot be read back"))
    }

    /// An account's tokens, newest first.
    pub async fn api_tokens_of(&self, account_id: i64) -> Result<Vec<ApiTokenRecord>, StoreError> {
        let mut sql = Sql::new("SELECT * FROM api_tokens WHERE user_id = ");
        sql.bind_int(account_id).push(" ORDER BY id DESC");
        let rows = sql.query().fetch_all(&self.pool).await?;
        rows.iter()
            .map(|row| {
                Ok(ApiTokenRecord {
                    id: row.try_get("id")?,
                    name: row.try_get("name")?,
                    scopes: row.try_get::<String, _>("scopes")?.split_whitespace().map(str::to_owned).collect(),
                    created_at: row.try_get("created_at")?,
                    expires_at: row.try_get("expires_at")?,
                    revoked_at: row.try_get("revoked_at")?,
                    last_used_at: row.try_get("last_used_at")?,
                })
            })
            .collect()
    }

    /// Revokes one of an account's tokens; a token of another account is not found.
    pub async fn revoke_api_token(&self, account_id: i64, token_id: i64, author: &Author) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        let mut sql = Sql::new("UPDATE api_tokens SET revoked_at = ");
        sql.bind_text(time_format::now())
            .push(" WHERE revoked_at IS NULL AND id = ")
            .bind_int(token_id)
            .push(" AND user_id = ")
            .bind_int(account_id);
        if sql.query().execute(&mut *transaction).await?.rows_affected() == 0 {
            return Err(StoreError::NotFound(Record::ApiToken(token_id)));
        }
        change_log::record(
            &mut transaction,
            author,
            ChangedEntity::ApiToken,
            &token_id.to_string(),
            Some(&serde_json::json!({"revoked": false})),
            Some(&serde_json::json!({"revoked": true})),
        )
        .await?;
        transaction.commit().await?;
        Ok(())
    }

    /// The account and scopes of a token that is live (not expired, not revoked, of an account
    /// not disabled), noting that it was used.
    pub async fn api_client(&self, token_digest: &str) -> Result<Option<ApiClientRecord>, StoreError> {
        let now = time_format::now();
        let mut sql = Sql::new(
            "SELECT u.*, t.id AS token_id, t.scopes FROM api_tokens t JOIN users u ON u.id = t.user_id \
             WHERE t.revoked_at IS NULL AND u.disabled_at IS NULL AND t.token_digest = ",
        );
        sql.bind_text(token_digest).push(" AND t.expires_at > ").bind_text(&now);
        let Some(row) = sql.query().fetch_optional(&self.pool).await? else {
            return Ok(None);
        };
        let token_id: i64 = row.try_get("token_id")?;
        let mut touch = Sql::new("UPDATE api_tokens SET last_used_at = ");
        touch.bind_text(&now).push(" WHERE id = ").bind_int(token_id);
        touch.query().execute(&self.pool).await?;
        Ok(Some(ApiClientRecord {
            account: crate::accounts::account_from_row(&row)?,
            token_id,
            scopes: row.try_get::<String, _>("scopes")?.split_whitespace().map(str::to_owned).collect(),
        }))
    }
}
