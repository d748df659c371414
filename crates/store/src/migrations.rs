//! Versioned schema migrations, one SQL file per version and database engine.

use sqlx::{AnyConnection, AnyPool, Connection, Row};

use crate::{error::StoreError, location::Backend, time_format};

struct Migration {
    version: i64,
    name: &'static str,
    sqlite: &'static str,
    postgres: &'static str,
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "initial",
        sqlite: include_str!("../migrations/sqlite/0001_initial.sql"),
        postgres: include_str!("../migrations/postgres/0001_initial.sql"),
    },
    Migration {
        version: 2,
        name: "term_alt_labels",
        sqlite: include_str!("../migrations/sqlite/0002_term_alt_labels.sql"),
        postgres: include_str!("../migrations/postgres/0002_term_alt_labels.sql"),
    },
    Migration {
        version: 3,
        name: "accounts",
        sqlite: include_str!("../migrations/sqlite/0003_accounts.sql"),
        postgres: include_str!("../migrations/postgres/0003_accounts.sql"),
    },
    Migration {
        version: 4,
        name: "measure_transitions",
        sqlite: include_str!("../migrations/sqlite/0004_measure_transitions.sql"),
        postgres: include_str!("../migrations/postgres/0004_measure_transitions.sql"),
    },
    Migration {
        version: 5,
        name: "cycle_addressees_and_documents",
        sqlite: include_str!("../migrations/sqlite/0005_cycle_addressees_and_documents.sql"),
        postgres: include_str!("../migrations/postgres/0005_cycle_addressees_and_documents.sql"),
    },
    Migration {
        version: 6,
        name: "api_tokens",
        sqlite: include_str!("../migrations/sqlite/0006_api_tokens.sql"),
        postgres: include_str!("../migrations/postgres/0006_api_tokens.sql"),
    },
    Migration {
        version: 7,
        name: "incident_statistics",
        sqlite: include_str!("../migrations/sqlite/0007_incident_statistics.sql"),
        postgres: include_str!("../migrations/postgres/0007_incident_statistics.sql"),
    },
    Migration {
        version: 8,
        name: "measure_text_origin",
        sqlite: include_str!("../migrations/sqlite/0008_measure_text_origin.sql"),
        postgres: include_str!("../migrations/postgres/0008_measure_text_origin.sql"),
    },
    Migration {
        version: 9,
        name: "shared_state",
        sqlite: include_str!("../migrations/sqlite/0009_shared_state.sql"),
        postgres: include_str!("../migrations/postgres/0009_shared_state.sql"),
    },
];

/// The schema version this build of vawdb writes.
pub const LATEST_SCHEMA_VERSION: i64 = MIGRATIONS[MIGRATIONS.len() - 1].version;

const CREATE_MIGRATIONS_TABLE: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

pub(crate) async fn current_version(connection: &mut AnyConnection) -> Result<i64, StoreError> {
    sqlx::query(CREATE_MIGRATIONS_TABLE).execute(&mut *connection).await?;
    let row = sqlx::query("SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations")
        .fetch_one(&mut *connection)
        .await?;
    Ok(row.try_get::<i64, _>("version")?)
}

/// Applies every migration newer than the store's version, each in its own transaction.
pub(crate) async fn migrate(pool: &AnyPool, backend: Backend) -> Result<(), StoreError> {
    let mut connection = pool.acquire().await?;
    let found = current_version(&mut connection).await?;
    if found > LATEST_SCHEMA_VERSION {
        return Err(StoreError::SchemaTooNew { found, supported: LATEST_SCHEMA_VERSION });
    }
    for migration in MIGRATIONS.iter().filter(|migration| migration.version > found) {
        let script = match backend {
            Backend::Sqlite => migration.sqlite,
            Backend::Postgres => migration.postgres,
        };
        let mut transaction = connection.begin().await?;
        sqlx::raw_sql(script).execute(&mut *transaction).await?;
        sqlx::query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)")
            .bind(migration.version)
            .bind(migration.name)
            .bind(time_format::now())
            .execute(&mut *transaction)
            .await?;
        transaction.commit().await?;
        tracing::info!(version = migration.version, name = migration.name, "applied schema migration");
    }
    Ok(())
}
