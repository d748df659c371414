//! The schema: the same on both databases, migrated forward, never opened by an older vawdb.

use std::collections::BTreeMap;

use sqlx::{AnyConnection, Connection, Row};
use store::{LATEST_SCHEMA_VERSION, Location, Store, StoreError, scratch::ScratchDatabase};

use crate::support::postgres_server_url;

async fn sqlite_columns(path: &std::path::Path) -> BTreeMap<String, Vec<String>> {
    let mut connection = AnyConnection::connect(&format!("sqlite://{}", path.display())).await.unwrap();
    let rows = sqlx::query("SELECT m.name AS table_name, p.name AS column_name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' ORDER BY m.name, p.name")
        .fetch_all(&mut connection)
        .await
        .unwrap();
    group(rows.iter().map(|row| (row.get::<String, _>("table_name"), row.get::<String, _>("column_name"))))
}

async fn postgres_columns(url: &str) -> BTreeMap<String, Vec<String>> {
    let mut connection = AnyConnection::connect(url).await.unwrap();
    let rows = sqlx::query("SELECT table_name::text AS table_name, column_name::text AS column_name FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, column_name")
        .fetch_all(&mut connection)
        .await
        .unwrap();
    group(rows.iter().map(|row| (row.get::<String, _>("table_name"), row.get::<String, _>("column_name"))))
}

fn group(pairs: impl Iterator<Item = (String, String)>) -> BTreeMap<String, Vec<String>> {
    let mut tables: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (table, column) in pairs {
        tables.entry(table).or_default().push(column);
    }
    tables
}

#[tokio::test]
async fn sqlite_and_postgres_have_the_same_tables_and_columns() {
    sqlx::any::install_default_drivers();
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("vawdb.sqlite");
    Store::open(&Location::SqliteFile(path.clone())).await.unwrap().close().await;
    let database = ScratchDatabase::create(&postgres_server_url()).await.expect("PostgreSQL is reachable");
    let Location::Postgres(url) = database.location() else { unreachable!() };
    Store::open(&database.location()).await.unwrap().close().await;

    let sqlite = sqlite_columns(&path).await;
    let postgres = postgres_columns(&url).await;
    database.drop_database().await.unwrap();
    assert!(sqlite.contains_key("measures") && sqlite.contains_key("change_log"), "{sqlite:?}");
    assert_eq!(sqlite, postgres);
}

#[tokio::test]
async fn a_store_from_a_newer_vawdb_is_refused_and_left_untouched() {
    sqlx::any::install_default_drivers();
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("vawdb.sqlite");
    let store = Store::open(&Location::SqliteFile(path.clone())).await.unwrap();
    assert_eq!(store.schema_version().await.unwrap(), LATEST_SCHEMA_VERSION);
    store.close().await;

    let mut connection = AnyConnection::connect(&format!("sqlite://{}", path.display())).await.unwrap();
    sqlx::query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from the future', '2030-01-01T00:00:00.000000Z')")
        .execute(&mut connection)
        .await
        .unwrap();
    connection.close().await.unwrap();

    let error = Store::open(&Location::SqliteFile(path.clone())).await.unwrap_err();
    assert!(matches!(error, StoreError::SchemaTooNew { found: 999, .. }), "{error}");
    assert!(error.to_string().contains("newer version of vawdb"), "{error}");

    let mut connection = AnyConnection::connect(&format!("sqlite://{}", path.display())).await.unwrap();
    let versions: i64 =
        sqlx::query("SELECT COUNT(*) AS n FROM schema_migrations").fetch_one(&mut connection).await.unwrap().get("n");
    assert_eq!(
        versions,
        LATEST_SCHEMA_VERSION + 1,
        "opening the newer store wrote nothing: the known migrations and the one from the future"
    );
}

#[tokio::test]
async fn reopening_an_sqlite_store_keeps_its_data_and_applies_no_migration_twice() {
    let directory = tempfile::tempdir().unwrap();
    let location = Location::SqliteFile(directory.path().join("vawdb.sqlite"));
    let store = Store::open(&location).await.unwrap();
    crate::support::load_reference(&store).await;
    let countries = store.catalogue().await.unwrap().countries().len();
    let changes = store.change_count().await.unwrap();
    store.close().await;

    let reopened = Store::open(&location).await.unwrap();
    assert_eq!(reopened.catalogue().await.unwrap().countries().len(), countries);
    assert_eq!(reopened.change_count().await.unwrap(), changes);
    assert_eq!(reopened.schema_version().await.unwrap(), LATEST_SCHEMA_VERSION);
}
