//! The same commands on PostgreSQL, through `--database-url`.

use store::scratch::ScratchDatabase;

use crate::support::Workspace;

fn server_url() -> String {
    std::env::var("VAWDB_TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned())
}

#[tokio::test]
async fn demo_and_export_work_on_postgresql() {
    let server = server_url();
    let database = ScratchDatabase::create(&server).await.unwrap_or_else(|error| {
        panic!("PostgreSQL is needed and not reachable at {server}: {error}; `cargo xtask test` starts it")
    });
    let store::Location::Postgres(url) = database.location() else { unreachable!() };
    let workspace = Workspace::new();
    let demo = workspace.run(&["--database-url", &url, "demo", "--no-serve"]);
    let export = workspace.run(&["--database-url", &url, "export"]);
    database.drop_database().await.unwrap();
    demo.assert_success();
    export.assert_success();
    assert!(!workspace.path("data").exists(), "no SQLite store was made");
    let document: serde_json::Value = serde_json::from_str(&export.stdout).unwrap();
    assert_eq!(document["measures"].as_array().unwrap().len(), 184);
}

#[test]
fn a_database_url_that_is_not_one_is_refused() {
    let workspace = Workspace::new();
    let run = workspace.run(&["--database-url", "mysql://localhost/x", "init"]);
    assert_eq!(run.code, 4);
    assert!(run.stderr.contains("is not a database URL"), "{}", run.stderr);
}
