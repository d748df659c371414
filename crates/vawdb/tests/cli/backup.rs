//! `vawdb backup` and `vawdb restore`: a backup taken during writes is a consistent store, and
//! a restored store holds everything the original held: measures of every state, accounts,
//! statistics, the change log and the replies' documents.

use std::{
    path::Path,
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicUsize, Ordering},
    },
};

use store::{Location, NewReplyDocument, Store};

use crate::support::Workspace;

fn measure_document(n: usize) -> String {
    format!(
        r#"{{"format": "vawdb-exchange/1", "measures": [{{"id": "ken-backup-{n}", "country": "KEN", "year": 2025,
        "classification": {{"type": ["protection.services.hotlines"]}},
        "text": {{"en": {{"title": "Hotline {n}", "description": "Written while a backup ran."}}}}}}]}}"#
    )
}

/// Everything a person can read back from a data folder with the commands vawdb has.
fn everything(workspace: &Workspace, data: &Path) -> Vec<String> {
    [vec!["export", "--include-unpublished"], vec!["user", "list"], vec!["statistics", "list"]]
        .into_iter()
        .map(|arguments| {
            let run = workspace.run_on(data, &arguments);
            run.assert_success();
            run.stdout
        })
        .collect()
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap()
}

/// The change log, entry by entry, and the documents' bytes of the store in `data`.
fn change_log_and_documents(data: &Path) -> (Vec<String>, Vec<(String, Vec<u8>)>) {
    runtime().block_on(async {
        let store = Store::open(&Location::SqliteFile(data.join("vawdb.sqlite"))).await.unwrap();
        let log = store.changes_after(0, 1_000_000).await.unwrap().iter().map(|entry| format!("{entry:?}")).collect();
        let documents = store
            .reply_document_digests()
            .await
            .unwrap()
            .into_iter()
            .map(|digest| {
                let bytes = std::fs::read(data.join("documents").join(&digest)).unwrap();
                (digest, bytes)
            })
            .collect();
        store.close().await;
        (log, documents)
    })
}

#[test]
fn a_backup_taken_during_writes_restores_to_a_consistent_store_and_a_quiet_one_to_the_same_store() {
    let workspace = Workspace::new();
    workspace.run(&["demo", "--no-serve"]).assert_success();
    let mut add = workspace.command(&[
        "user",
        "add",
        "--username",
        "editor@un.example",
        "--name",
        "An Editor",
        "--role",
        "editor",
        "--password-stdin",
    ]);
    add.stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
    let mut child = add.spawn().unwrap();
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), b"correct horse battery staple\n").unwrap();
    assert!(child.wait().unwrap().success());
    let records = workspace.path("incidents.csv");
    workspace
        .run(&["statistics", "generate", "--records", "500", "--seed", "3", "--output", records.to_str().unwrap()])
        .assert_success();
    workspace
        .run(&["statistics", "import", records.to_str().unwrap(), "--provider", "Helpline", "--country", "KEN"])
        .assert_success();
    // A reply's document, kept as the web application keeps it: the file, then the record.
    let document = b"%PDF-1.4\nThe reply of Kenya to the note verbale.\n".to_vec();
    let digest = credentials::content_digest(&document);
    std::fs::create_dir_all(workspace.path("data/documents")).unwrap();
    std::fs::write(workspace.path("data/documents").join(&digest), &document).unwrap();
    runtime().block_on(async {
        let store = Store::open(&Location::SqliteFile(workspace.path("data/vawdb.sqlite"))).await.unwrap();
        let reply = store.submissions("2009").await.unwrap().remove(0).submission;
        let kept = NewReplyDocument {
            file_name: "reply.pdf".into(),
            content_type: "application/pdf".into(),
            sha256: digest.clone(),
            size_bytes: document.len() as i64,
        };
        store.record_reply(&reply, &[kept], &store::Author::process("test")).await.unwrap();
        store.close().await;
    });

    // Measures are imported one at a time while the backup runs.
    let stop = Arc::new(AtomicBool::new(false));
    let written = Arc::new(AtomicUsize::new(0));
    let writer = {
        let (stop, written) = (stop.clone(), written.clone());
        let data = workspace.path("data");
        let folder = workspace.directory.path().to_owned();
        std::thread::spawn(move || {
            let mut n = 0;
            while !stop.load(Ordering::SeqCst) || n < 3 {
                let file = folder.join(format!("measure-{n}.json"));
                std::fs::write(&file, measure_document(n)).unwrap();
                let output = std::process::Command::new(env!("CARGO_BIN_EXE_vawdb"))
                    .env_remove("VAWDB_DATA_DIR")
                    .env_remove("VAWDB_DATABASE_URL")
                    .arg("--data-dir")
                    .arg(&data)
                    .arg("import")
                    .arg(&file)
                    .output()
                    .unwrap();
                assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
                n += 1;
                written.store(n, Ordering::SeqCst);
            }
        })
    };
    while written.load(Ordering::SeqCst) < 2 {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let during = workspace.path("during.vawdb-backup");
    let backup = workspace.run(&["backup", during.to_str().unwrap()]);
    stop.store(true, Ordering::SeqCst);
    writer.join().unwrap();
    backup.assert_success();
    let total = written.load(Ordering::SeqCst);

    let restored = workspace.path("restored-during");
    let run = workspace.run_on(&restored, &["restore", during.to_str().unwrap()]);
    run.assert_success();
    // The snapshot holds the measures written before it and none after: a prefix of them.
    let exported: serde_json::Value = serde_json::from_str(&everything(&workspace, &restored)[0]).unwrap();
    let mut kept: Vec<usize> = exported["measures"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|measure| measure["id"].as_str()?.strip_prefix("ken-backup-")?.parse().ok())
        .collect();
    kept.sort_unstable();
    assert!(kept.len() >= 2 && kept.len() <= total, "{} of {total} measures", kept.len());
    assert_eq!(kept, (0..kept.len()).collect::<Vec<_>>(), "the backup holds measures written after a later one");
    let (log, documents) = change_log_and_documents(&restored);
    assert_eq!(documents, [(digest.clone(), document)]);
    assert!(log.len() > 100, "{} changes", log.len());

    // Once writes have stopped, a backup restores to the very same store.
    let quiet = workspace.path("quiet.vawdb-backup");
    workspace.run(&["backup", quiet.to_str().unwrap()]).assert_success();
    let again = workspace.path("restored-quiet");
    workspace.run_on(&again, &["restore", quiet.to_str().unwrap()]).assert_success();
    assert_eq!(everything(&workspace, &again), everything(&workspace, &workspace.path("data")));
    assert_eq!(change_log_and_documents(&again), change_log_and_documents(&workspace.path("data")));

    // The restored store serves its documents.
    assert!(again.join("documents").join(&digest).is_file());
}

#[test]
fn a_damaged_backup_or_a_used_folder_is_refused_and_nothing_is_created() {
    let workspace = Workspace::new();
    workspace.run(&["init"]).assert_success();
    let file = workspace.path("store.vawdb-backup");
    workspace.run(&["backup", file.to_str().unwrap()]).assert_success();
    let exists = workspace.run(&["backup", file.to_str().unwrap()]);
    assert_eq!(exists.code, 3);
    assert!(exists.stderr.contains("exists already"), "{}", exists.stderr);

    let used = workspace.run(&["restore", file.to_str().unwrap()]);
    assert_eq!(used.code, 3);
    assert!(used.stderr.contains("exists and is not empty; restore into a new folder"), "{}", used.stderr);

    // The store entry is changed in the middle: its bytes no longer match the manifest.
    let mut bytes = std::fs::read(&file).unwrap();
    let middle = bytes.len() / 3;
    bytes[middle] ^= 0x55;
    let damaged = workspace.path("damaged.vawdb-backup");
    std::fs::write(&damaged, bytes).unwrap();
    let target = workspace.path("from-damaged");
    let run = workspace.run_on(&target, &["restore", damaged.to_str().unwrap()]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(run.stderr.contains("damaged.vawdb-backup: "), "{}", run.stderr);
    assert!(!target.exists());
    let leftovers: Vec<_> = std::fs::read_dir(workspace.directory.path())
        .unwrap()
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with(".vawdb-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    let not_a_backup = workspace.write("notes.txt", "not a backup");
    let target = workspace.path("from-notes");
    let run = workspace.run_on(&target, &["restore", not_a_backup.to_str().unwrap()]);
    assert_eq!(run.code, 3);
    assert!(run.stderr.contains("notes.txt: not a vawdb backup"), "{}", run.stderr);
}
