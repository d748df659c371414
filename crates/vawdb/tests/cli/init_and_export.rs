//! `vawdb init` and `vawdb export`.

use crate::support::Workspace;

#[test]
fn init_creates_the_store_and_a_second_init_changes_nothing() {
    let workspace = Workspace::new();
    let first = workspace.run(&["init"]);
    first.assert_success();
    assert!(workspace.path("data/vawdb.sqlite").exists());
    assert!(first.stdout.contains("reference records created, 0 updated, 0 already up to date"), "{}", first.stdout);
    let second = workspace.run(&["init"]);
    second.assert_success();
    assert!(second.stdout.contains(": 0 reference records created, 0 updated,"), "{}", second.stdout);
}

#[test]
fn export_writes_published_measures_and_reimports_as_unchanged() {
    let workspace = Workspace::new();
    workspace.run(&["demo", "--no-serve"]).assert_success();
    let file = workspace.path("export.json");
    let export = workspace.run(&["export", "--cycle", "2009", "-o", file.to_str().unwrap()]);
    export.assert_success();
    assert!(export.stderr.contains("1 cycles, 37 replies, 184 measures"), "{}", export.stderr);
    let document: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(document["format"], "vawdb-exchange/1");
    assert_eq!(document["measures"].as_array().unwrap().len(), 184);

    let again = workspace.run(&["import", file.to_str().unwrap()]);
    again.assert_success();
    assert!(again.stdout.contains("created 0, updated 0, 222 unchanged"), "{}", again.stdout);

    let unknown = workspace.run(&["export", "--cycle", "1999"]);
    assert_eq!(unknown.code, 3);
    assert!(unknown.stderr.contains("--cycle: there is no reporting cycle '1999'"));
}
