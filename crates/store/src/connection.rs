//! Opening a store on SQLite or PostgreSQL.

use std::{fmt, path::PathBuf, str::FromStr, time::Duration};

use sqlx::{
    AnyPool, ConnectOptions, Executor,
    any::{AnyConnectOptions, AnyPoolOptions},
};

use crate::{error::StoreError, migrations};

/// Where a store lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// An embedded SQLite database in this file, created if missing.
    SqliteFile(PathBuf),
    /// A PostgreSQL database, by URL: `postgres://user@host:5432/database`.
    Postgres(String),
}

impl Location {
    /// Reads a database URL: `postgres://…`, `postgresql://…` or `sqlite://path`.
    pub fn from_url(url: &str) -> Result<Location, String> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Location::Postgres(url.to_owned()))
        } else if let Some(path) = url.strip_prefix("sqlite://") {
            Ok(Location::SqliteFile(PathBuf::from(path)))
        } else {
            Err(format!(
                "'{url}' is not a database URL: use postgres://user@host:port/database or sqlite://path/to/file"
            ))
        }
    }

    fn connect_url(&self) -> String {
        match self {
            Location::SqliteFile(path) => format!("sqlite://{}?mode=rwc", path.display()),
            Location::Postgres(url) => url.clone(),
        }
    }
}

impl fmt::Display for Location {
    /// Shows the location without any password the URL may hold.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::SqliteFile(path) => write!(f, "SQLite file {}", path.display()),
            Location::Postgres(url) => {
                let shown = match (url.find("://"), url.rfind('@')) {
                    (Some(scheme_end), Some(at)) if at > scheme_end => {
                        let credentials = &url[scheme_end + 3..at];
                        let user = credentials.split(':').next().unwrap_or("");
                        format!("{}{user}{}", &url[..scheme_end + 3], &url[at..])
                    }
                    _ => url.clone(),
                };
                write!(f, "PostgreSQL database {shown}")
            }
        }
    }
}

/// Which database engine a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// An open store. Cloning is cheap: clones share one connection pool.
#[derive(Debug, Clone)]
pub struct Store {
    pub(crate) pool: AnyPool,
    backend: Backend,
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
        let open_error = |source| StoreError::Open { location: location.to_string(), source };
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
        let store = Store { pool, backend };
        migrations::migrate(&store).await?;
        Ok(store)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The schema version the store is at.
    pub async fn schema_version(&self) -> Result<i64, StoreError> {
        let mut connection = self.pool.acquire().await?;
        migrations::current_version(&mut connection).await
    }

    /// Closes every connection; the store cannot be used afterwards.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_show_in_a_location() {
        let location = Location::from_url("postgres://vawdb:s3cret@db.example:5432/vawdb").unwrap();
        assert_eq!(location.to_string(), "PostgreSQL database postgres://vawdb@db.example:5432/vawdb");
        assert!(Location::from_url("mysql://x").is_err());
    }
}
