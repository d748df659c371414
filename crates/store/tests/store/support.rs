//! What every store test needs: a fresh store on each database, with or without data.

use std::future::Future;

use domain::{
    exchange::{self, ImportDefaults},
    measure::MeasureState,
};
use store::{Author, ImportMode, Location, Store, scratch::ScratchDatabase};

/// The PostgreSQL server the tests use: `VAWDB_TEST_POSTGRES_URL`, or the development
/// machines' default.
pub fn postgres_server_url() -> String {
    std::env::var("VAWDB_TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned())
}

/// Runs `test` on a new store in a temporary SQLite file.
pub async fn with_sqlite<F, Fut>(test: F)
where
    F: FnOnce(Store) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let directory = tempfile::tempdir().expect("a temporary directory");
    let store =
        Store::open(&Location::SqliteFile(directory.path().join("vawdb.sqlite"))).await.expect("an SQLite store opens");
    let outcome = tokio::spawn(test(store)).await;
    drop(directory);
    if let Err(error) = outcome {
        std::panic::resume_unwind(error.into_panic());
    }
}

/// Runs `test` on a new store in a scratch PostgreSQL database, dropped afterwards.
pub async fn with_postgres<F, Fut>(test: F)
where
    F: FnOnce(Store) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let server = postgres_server_url();
    let database = ScratchDatabase::create(&server).await.unwrap_or_else(|error| {
        panic!("PostgreSQL is needed for this test and is not reachable at {server}: {error}. Start it, or run `cargo xtask test`, which starts it.")
    });
    let store = Store::open(&database.location()).await.expect("a PostgreSQL store opens");
    let outcome = tokio::spawn(test(store.clone())).await;
    store.close().await;
    database.drop_database().await.expect("the scratch database is dropped");
    if let Err(error) = outcome {
        std::panic::resume_unwind(error.into_panic());
    }
}

/// Declares a test that runs on both databases: `on_both_databases!(name, async_fn)`.
#[macro_export]
macro_rules! on_both_databases {
    ($name:ident, $test:path) => {
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                $crate::support::with_sqlite($test).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                $crate::support::with_postgres($test).await;
            }
        }
    };
}

pub fn no_progress(_: u64, _: u64) {}

/// Loads the shipped reference data.
pub async fn load_reference(store: &Store) {
    let data = reference::reference_data().expect("the shipped reference data reads");
    store.load_reference(&data, &Author::process("test"), &no_progress).await.expect("the reference data loads");
}

/// Loads the reference data and the 2009 demo cycle, published.
pub async fn load_demo(store: &Store) {
    load_reference(store).await;
    let document = exchange::parse(reference::DEMO_2009_JSON).expect("the demo file parses");
    let catalogue = store.catalogue().await.unwrap();
    let valid = exchange::validate(document, &catalogue, ImportDefaults { state: MeasureState::Published })
        .unwrap_or_else(|problems| {
            panic!(
                "the demo file is valid, but: {}",
                problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
            )
        });
    store.import(&valid, &Author::process("test"), ImportMode::Commit, &no_progress).await.expect("the demo imports");
}
