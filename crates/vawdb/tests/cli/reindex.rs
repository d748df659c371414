//! `vawdb reindex` and the search index the server keeps.

use crate::support::{Server, Workspace};

fn index_folders(workspace: &Workspace) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(workspace.path("data").join("search"))
        .unwrap()
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("index-"))
        .collect();
    names.sort();
    names
}

#[test]
fn reindex_builds_a_new_index_swaps_it_in_and_removes_the_old_one() {
    let workspace = Workspace::new();
    workspace.run(&["demo", "--no-serve"]).assert_success();
    let first = workspace.run(&["reindex"]);
    first.assert_success();
    assert!(first.stdout.contains("Indexed 184 published measures"), "{}", first.stdout);
    let folders = index_folders(&workspace);
    assert_eq!(folders.len(), 1);
    let current = std::fs::read_to_string(workspace.path("data").join("search").join("CURRENT")).unwrap();
    assert_eq!(current, folders[0]);

    let second = workspace.run(&["reindex"]);
    second.assert_success();
    assert!(second.stdout.contains("Removed 1 old index folder(s)."), "{}", second.stdout);
    let now = index_folders(&workspace);
    assert_eq!(now.len(), 1);
    assert_ne!(now, folders);
}

#[test]
fn the_server_rebuilds_a_deleted_index_and_switches_to_a_reindexed_one_while_serving() {
    let workspace = Workspace::new();
    let server = Server::start(workspace.command(&["demo", "--listen", "127.0.0.1:0"]));
    let (status, body) = server.get("/api/v1/search?q=trafficking");
    assert_eq!(status, 200);
    let before: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert!(before["total"].as_u64().unwrap() > 20);
    let served_folder = index_folders(&workspace);

    // A reindex by another process while the server runs: the server keeps answering, then
    // switches to the new index and removes its old one.
    workspace.run(&["reindex"]).assert_success();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let (status, body) = server.get("/api/v1/search?q=trafficking");
        assert_eq!(status, 200);
        let now: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(now["total"], before["total"]);
        let folders = index_folders(&workspace);
        if folders.len() == 1 && folders != served_folder {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the server did not switch: {folders:?}");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    drop(server);

    // Deleted while stopped: the server answers at once and rebuilds the index meanwhile;
    // until it is done searches answer 503 (never 500, never an empty result), then the same
    // as before.
    std::fs::remove_dir_all(workspace.path("data").join("search")).unwrap();
    let server = Server::start(workspace.command(&["serve", "--listen", "127.0.0.1:0"]));
    // Pages that do not search answer while the index is rebuilt.
    assert_eq!(server.get("/countries/THA").0, 200);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let rebuilt = loop {
        let (status, body) = server.get("/api/v1/search?q=trafficking");
        if status == 200 {
            break serde_json::from_str::<serde_json::Value>(&body).unwrap();
        }
        assert_eq!(status, 503, "{body}");
        assert!(body.contains("rebuilt"), "{body}");
        assert!(std::time::Instant::now() < deadline, "the server did not build its index");
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert_eq!(rebuilt["total"], before["total"]);
}
