//! What can go wrong in the store.

/// An error from the store, worded for the person who has to fix it.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "the store was written by a newer version of vawdb (schema version {found}; this version knows up to {supported}); upgrade vawdb to open it"
    )]
    SchemaTooNew { found: i64, supported: i64 },
    #[error("cannot open the store at {location}: {source}")]
    Open { location: String, source: sqlx::Error },
    #[error("the store holds data this version cannot read: {0}")]
    Corrupt(String),
    #[error("{0}")]
    Conflict(String),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
}

impl StoreError {
    pub(crate) fn corrupt(what: impl Into<String>) -> StoreError {
        StoreError::Corrupt(what.into())
    }
}
