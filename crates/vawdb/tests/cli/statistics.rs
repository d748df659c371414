//! `vawdb statistics`: generated records import as one dataset; a file with identifying
//! columns is refused with its row and column, and nothing is written.

use crate::support::Workspace;

#[test]
fn generated_records_import_once_and_publish() {
    let workspace = Workspace::new();
    let file = workspace.path("incidents.csv");
    let generated = workspace.run(&[
        "statistics",
        "generate",
        "--records",
        "2000",
        "--seed",
        "7",
        "--output",
        file.to_str().unwrap(),
    ]);
    generated.assert_success();
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(text.lines().count(), 2001, "a header and 2,000 records");
    assert!(text.starts_with("state,source,sex,age_group,nationality"));
    let imported = workspace.run(&[
        "statistics",
        "import",
        file.to_str().unwrap(),
        "--provider",
        "Kenya Migrant Workers Helpline",
        "--country",
        "KEN",
    ]);
    imported.assert_success();
    assert!(imported.stdout.contains("dataset 1 written with 2000 records (draft)"), "{}", imported.stdout);
    let again =
        workspace.run(&["statistics", "import", file.to_str().unwrap(), "--provider", "Helpline", "--country", "KEN"]);
    assert_eq!(again.code, 3);
    assert!(again.stderr.contains("already uploaded as dataset 1"), "{}", again.stderr);
    workspace.run(&["statistics", "set-state", "1", "published"]).assert_success();
    let listed = workspace.run(&["statistics", "list"]);
    listed.assert_success();
    assert!(listed.stdout.contains("published") && listed.stdout.contains("2000 rows"), "{}", listed.stdout);
    // The same seed gives the same file.
    let second = workspace.path("again.csv");
    workspace
        .run(&["statistics", "generate", "--records", "2000", "--seed", "7", "--output", second.to_str().unwrap()])
        .assert_success();
    assert_eq!(std::fs::read_to_string(second).unwrap(), text);
}

#[test]
fn identifying_columns_are_refused_by_row_and_column() {
    let workspace = Workspace::new();
    let file = workspace.write(
        "named.csv",
        "state,source,survivor name,year,consent,reported_elsewhere\nSAU,POLICE,Someone,2024,yes,no\nSAU,POLICE,Other,2024-05-02,yes,no\n",
    );
    let run =
        workspace.run(&["statistics", "import", file.to_str().unwrap(), "--provider", "Police", "--country", "KEN"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(run.stderr.contains("named.csv, row 1, column survivor name"), "{}", run.stderr);
    assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    let listed = workspace.run(&["statistics", "list"]);
    assert!(listed.stdout.contains("No statistics datasets."), "{}", listed.stdout);
}
