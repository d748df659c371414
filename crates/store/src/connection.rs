//! Opening a store on SQLite or PostgreSQL.

use std::{str::FromStr, sync::Arc, time::Duration};

use sqlx::{
    AnyPool, ConnectOptions, Executor,
    any::{AnyConnectOptions, AnyPoolOptions},
};

use crate::{
    change_signal::ChangeSignal,
    error::StoreError,
    location::{Backend, Location},
    migrations,
};

/// An open store. Cloning is cheap: clones share one connection pool.
#[derive(Debug, Clone)]
pub struct Store {
    pub(crate) pool: AnyPool,
    backend: Backend,
    pub(crate) signal: Arc<ChangeSignal>,
    location: Arc<Location>,
}

impl Store {
    /// Opens the store at `location`, creating it if it does not exist and bringing an older
    /// schema up to date. A store written by a newer vawdb is refused, untouched.
    pub async fn open(location: &Location) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let backend = match location {
            Location::SqliteFile(_) => Backend::Sqlite,
            Location::Postgres(_) => Backend::Postgres,
        };
        let open_error = |source| StoreError::open(location.to_string(), &source);
        let options =
            AnyConnectOptions::from_str(&location.connect_url()).map_err(open_error)?.disable_statement_logging();
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 4 } else { 8 })
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |connection, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers go on while a write commits; foreign keys are off in
                        // SQLite unless asked for on every connection.
                        connection.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;").await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .map_err(open_error)?;
        migrations::migrate(&pool, backend).await?;
        let signal = Arc::new(match location {
            Location::SqliteFile(_) => ChangeSignal::local(),
            Location::Postgres(url) => ChangeSignal::listening(url.clone()),
        });
        Ok(Store { pool, backend, signal, location: Arc::new(location.clone()) })
    }

    /// Where the store lives: what another process opens to reach the same store.
    pub fn location(&self) -> &Location {
        &self.location
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Begins a transaction that will write. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`), waiting for it up to the busy timeout: a deferred transaction that
    /// read first would be refused at its first write, without waiting, whenever another
    /// writer had committed since it began, and the request would fail when it could have
    /// queued.
    pub(crate) async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, StoreError> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }

    /// The schema version the store is at.
    pub async fn schema_version(&self) -> Result<i64, StoreError> {
        let mut connection = self.pool.acquire().await?;
        migrations::current_version(&mut connection).await
    }

    /// Closes every connection; the store cannot be used afterwards.
    pub async fn close(&self) {
        self.signal.stop();
        self.pool.close().await;
    }
}
