//! Throwaway PostgreSQL databases for tests and benchmarks: each run makes its own and drops it.

use std::sync::atomic::{AtomicU32, Ordering};

use sqlx::{AnyConnection, Connection, Executor};

use crate::{error::StoreError, location::Location};

/// The name every scratch database starts with, so leftovers of an interrupted run can be found.
pub const SCRATCH_PREFIX: &str = "vawdb_scratch_";

/// A PostgreSQL database created for one test or benchmark run.
#[derive(Debug)]
pub struct ScratchDatabase {
    server_url: String,
    name: String,
}

impl ScratchDatabase {
    /// Creates an empty database on the server that `server_url` points to (a URL to any
    /// existing database there, such as `postgres://postgres@127.0.0.1:5432/test`).
    pub async fn create(server_url: &str) -> Result<ScratchDatabase, StoreError> {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        sqlx::any::install_default_drivers();
        let nanos =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
        // The name is made of digits only, so it can be written into the statement safely:
        // PostgreSQL cannot take a database name as a bound parameter.
        let name =
            format!("{SCRATCH_PREFIX}{}_{}_{nanos}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed));
        let mut connection = connect(server_url).await?;
        connection.execute(format!("CREATE DATABASE {name}").as_str()).await?;
        connection.close().await?;
        Ok(ScratchDatabase { server_url: server_url.to_owned(), name })
    }

    pub fn location(&self) -> Location {
        let base = match self.server_url.rfind('/') {
            Some(slash) if slash > "postgres://".len() => &self.server_url[..slash],
            _ => self.server_url.as_str(),
        };
        Location::Postgres(format!("{base}/{}", self.name))
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Drops the database, closing any connection still open to it.
    pub async fn drop_database(self) -> Result<(), StoreError> {
        let mut connection = connect(&self.server_url).await?;
        connection.execute(format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name).as_str()).await?;
        connection.close().await?;
        Ok(())
    }
}

async fn connect(server_url: &str) -> Result<AnyConnection, StoreError> {
    AnyConnection::connect(server_url)
        .await
        .map_err(|source| StoreError::open(Location::Postgres(server_url.to_owned()).to_string(), &source))
}
