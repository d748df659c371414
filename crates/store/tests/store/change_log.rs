//! The change log: append-only, written in the same transaction as the change.

use sqlx::{AnyConnection, Connection};
use store::{Location, Store, scratch::ScratchDatabase};

use crate::support::{load_demo, postgres_server_url};

/// Loads data at `location`, then tries to rewrite and erase the log behind the store's back.
async fn refuses_updates_and_deletes(location: Location, url: String) {
    let store = Store::open(&location).await.unwrap();
    crate::support::load_reference(&store).await;
    let count = store.change_count().await.unwrap();

    let mut connection = AnyConnection::connect(&url).await.unwrap();
    let update =
        sqlx::query("UPDATE change_log SET author = 'someone else'").execute(&mut connection).await.unwrap_err();
    assert!(update.to_string().contains("append-only"), "{update}");
    let delete = sqlx::query("DELETE FROM change_log").execute(&mut connection).await.unwrap_err();
    assert!(delete.to_string().contains("append-only"), "{delete}");
    connection.close().await.unwrap();
    assert_eq!(store.change_count().await.unwrap(), count);
    store.close().await;
}

#[tokio::test]
async fn the_change_log_cannot_be_edited_or_deleted_on_sqlite() {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("vawdb.sqlite");
    refuses_updates_and_deletes(Location::SqliteFile(path.clone()), format!("sqlite://{}", path.display())).await;
}

#[tokio::test]
async fn the_change_log_cannot_be_edited_or_deleted_on_postgres() {
    let database = ScratchDatabase::create(&postgres_server_url()).await.expect("PostgreSQL is reachable");
    let location = database.location();
    let Location::Postgres(url) = location.clone() else { unreachable!() };
    refuses_updates_and_deletes(location, url).await;
    database.drop_database().await.unwrap();
}

async fn changes_after_reads_the_outbox_in_order(store: Store) {
    load_demo(&store).await;
    let mut after = 0;
    let mut seen = 0;
    loop {
        let batch = store.changes_after(after, 100).await.unwrap();
        if batch.is_empty() {
            break;
        }
        assert!(batch.windows(2).all(|pair| pair[0].id < pair[1].id));
        assert!(batch[0].id > after);
        after = batch.last().unwrap().id;
        seen += batch.len();
    }
    assert_eq!(seen as i64, store.change_count().await.unwrap());
    let measure_history = store.changes_for("measure", "2009-BLR-training").await.unwrap();
    assert_eq!(measure_history.len(), 1);
    assert_eq!(measure_history[0].action, "create");
    assert_eq!(measure_history[0].author, "test");
}
crate::on_both_databases!(changes_after_reads_the_outbox_in_order_test, super::changes_after_reads_the_outbox_in_order);
