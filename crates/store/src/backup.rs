//! A consistent copy of a whole SQLite store, taken while the store serves.

use std::path::Path;

use sqlx::Row;

use crate::{
    Store,
    error::{Refusal, StoreError},
    location::Backend,
    sql::Sql,
};

impl Store {
    /// Writes a copy of the whole store to `path`, a file that must not exist yet, with
    /// SQLite's `VACUUM INTO`. The copy is read in one transaction, so it holds every write
    /// committed before it began (those still in the write-ahead log included) and none
    /// after, while other connections go on reading and writing.
    pub async fn snapshot_into(&self, path: &Path) -> Result<(), StoreError> {
        if self.backend() != Backend::Sqlite {
            return Err(StoreError::NotAllowed(Refusal::SnapshotNeedsSqlite));
        }
        let mut sql = Sql::new("VACUUM INTO ");
        sql.bind_text(path.to_string_lossy().into_owned());
        sql.query().execute(&self.pool).await?;
        Ok(())
    }

    /// The SHA-256 digest of every document the store's replies hold, each once, in the
    /// order they were first kept.
    pub async fn reply_document_digests(&self) -> Result<Vec<String>, StoreError> {
        let rows = Sql::new("SELECT sha256 FROM reply_documents GROUP BY sha256 ORDER BY MIN(id)")
            .query()
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(|row| Ok(row.try_get("sha256")?)).collect()
    }
}
