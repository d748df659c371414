//! The index's life: built when missing, rebuilt when unreadable, caught up when behind, and
//! swapped for a rebuilt one while searches go on.

use std::{
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
    time::Duration,
};

use domain::{language::Language, measure::MeasureState};
use search::{Opened, SearchIndex, SearchRequest};

use crate::support::{Demo, import, no_progress};

fn index_directories(folder: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("index-") || name.starts_with("building-"))
        .collect();
    names.sort();
    names
}

const ONE_MEASURE: &str = r#"{"format": "vawdb-exchange/1", "measures": [{
    "id": "test-quokka", "country": "AUS", "cycle": "2009",
    "classification": {"type": ["training"]},
    "text": {"en": {"title": "Quokka training", "description": "Training on quokka."}}
}]}"#;

#[tokio::test]
async fn a_deleted_index_is_rebuilt_on_open_with_the_same_results() {
    let demo = Demo::new().await;
    let before = demo.text("trafficking");
    let name = demo.index.index_name();
    drop(demo.index);
    std::fs::remove_dir_all(&demo.folder).unwrap();
    let (index, opened) = SearchIndex::open(&demo.folder, &demo.store, &no_progress).await.unwrap();
    assert!(matches!(opened, Opened::Rebuilt { measures: 184, .. }), "{opened:?}");
    assert_ne!(index.index_name(), name);
    let mut request = SearchRequest::text("trafficking", Language::English);
    request.per_page = 1000;
    let after = index.search(&request).unwrap();
    assert_eq!(after.total, before.total);
    assert_eq!(after.facets, before.facets);
}

#[tokio::test]
async fn a_corrupt_index_is_rebuilt_and_an_index_left_behind_catches_up() {
    let demo = Demo::new().await;
    let name = demo.index.index_name();
    drop(demo.index);

    // Closed while a measure was added: opening applies the change.
    import(&demo.store, ONE_MEASURE, MeasureState::Published).await;
    let (index, opened) = SearchIndex::open(&demo.folder, &demo.store, &no_progress).await.unwrap();
    assert_eq!(opened, Opened::Existing { changes_applied: 1 });
    assert_eq!(index.index_name(), name);
    assert_eq!(index.search(&SearchRequest::text("quokka", Language::English)).unwrap().total, 1);
    drop(index);

    // Opened again with nothing new: nothing to do.
    let (index, opened) = SearchIndex::open(&demo.folder, &demo.store, &no_progress).await.unwrap();
    assert_eq!(opened, Opened::Existing { changes_applied: 0 });
    drop(index);

    std::fs::write(demo.folder.join(&name).join("meta.json"), b"{ not json").unwrap();
    let (index, opened) = SearchIndex::open(&demo.folder, &demo.store, &no_progress).await.unwrap();
    assert!(
        matches!(&opened, Opened::Rebuilt { measures: 185, reason } if reason.contains("cannot be read")),
        "{opened:?}"
    );
    assert_eq!(index.search(&SearchRequest::text("quokka", Language::English)).unwrap().total, 1);
    assert_eq!(index_directories(&demo.folder), [index.index_name()], "the corrupt index is removed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn searches_go_on_while_reindex_builds_a_new_index_and_the_server_switches_to_it() {
    let demo = Demo::new().await;
    let old_name = demo.index.index_name();
    let follower = demo.index.follow(demo.store.clone());
    let stop = Arc::new(AtomicBool::new(false));
    let searches = Arc::new(AtomicU64::new(0));
    let searcher = {
        let index = demo.index.clone();
        let stop = stop.clone();
        let searches = searches.clone();
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                let results = index.search(&SearchRequest::everything(Language::English)).unwrap();
                assert!(results.total == 184 || results.total == 185, "a search saw {} measures", results.total);
                searches.fetch_add(1, Ordering::Relaxed);
            }
        })
    };
    // A change made while the rebuild runs reaches the new index too.
    let store = demo.store.clone();
    let change = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(5)).await;
        import(&store, ONE_MEASURE, MeasureState::Published).await;
    });
    let report = search::rebuild(&demo.folder, &demo.store, &no_progress).await.unwrap();
    change.await.unwrap();
    assert_ne!(report.index_name, old_name);

    let start = std::time::Instant::now();
    while demo.index.index_name() != report.index_name || demo.text("quokka").total != 1 {
        assert!(start.elapsed() < Duration::from_secs(5), "the server did not switch to the rebuilt index");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    stop.store(true, Ordering::Relaxed);
    searcher.join().expect("no search failed during the rebuild");
    assert!(searches.load(Ordering::Relaxed) > 10, "searches ran during the rebuild");
    assert_eq!(demo.text("").total, 185);
    assert_eq!(index_directories(&demo.folder), vec![report.index_name], "the old index is removed");
    follower.abort();
}

/// Overwrites `share` of every `.store`, `.term`, `.pos` and `.idx` file of the index
/// directory `directory`, from its middle on, with the bytes' complement, leaving each file's
/// last 64 bytes (tantivy's footer) intact.
fn damage_files(directory: &std::path::Path, share: f64) -> usize {
    use std::io::{Read, Seek, SeekFrom, Write};
    let mut damaged = 0;
    for entry in std::fs::read_dir(directory).unwrap().flatten() {
        let path = entry.path();
        let extension = path.extension().and_then(|extension| extension.to_str()).unwrap_or("");
        if !["store", "term", "pos", "idx"].contains(&extension) {
            continue;
        }
        let length = entry.metadata().unwrap().len();
        if length < 256 {
            continue;
        }
        let start = length / 2;
        let count = (((length - 64) as f64 * share) as u64).clamp(64, length - 64 - start);
        let mut file = std::fs::OpenOptions::new().read(true).write(true).open(&path).unwrap();
        let mut bytes = vec![0u8; count as usize];
        file.seek(SeekFrom::Start(start)).unwrap();
        file.read_exact(&mut bytes).unwrap();
        for byte in &mut bytes {
            *byte = !*byte;
        }
        file.seek(SeekFrom::Start(start)).unwrap();
        file.write_all(&bytes).unwrap();
        damaged += 1;
    }
    damaged
}

#[tokio::test]
async fn bytes_damaged_in_the_middle_of_index_files_are_found_when_opening_and_the_index_is_rebuilt() {
    let demo = Demo::new().await;
    let name = demo.index.index_name();
    let before = demo.text("trafficking").total;
    drop(demo.index);
    assert!(damage_files(&demo.folder.join(&name), 0.0) >= 3);
    let (index, opened) = SearchIndex::open(&demo.folder, &demo.store, &no_progress).await.unwrap();
    assert!(
        matches!(&opened, Opened::Rebuilt { measures: 184, reason } if reason.contains("fails its checksum")),
        "{opened:?}"
    );
    assert_eq!(index.search(&SearchRequest::text("trafficking", Language::English)).unwrap().total, before);
}

#[tokio::test]
async fn a_search_that_reads_damaged_bytes_answers_damaged_and_the_follower_rebuilds_the_index() {
    let demo = Demo::new().await;
    let words = [
        "trafficking",
        "violence",
        "domestic workers",
        "hotline",
        "training",
        "shelter",
        "law",
        "women",
        "traite",
        "violencia",
        "насилие",
        "الاتجار",
        "贩运",
        "recruitment",
        "\"migrant workers\"",
        "campaign",
    ];
    let expected: Vec<_> = words.iter().map(|word| demo.text(word).total).collect();
    assert!(damage_files(&demo.folder.join(demo.index.index_name()), 0.4) >= 3);
    let mut damaged = 0;
    for word in words {
        for language in Language::ALL {
            let mut request = SearchRequest::text(word, language);
            request.per_page = 1000;
            match demo.index.search(&request) {
                Ok(_) => {}
                Err(search::SearchError::Damaged) => damaged += 1,
                Err(other) => panic!("'{word}' answered {other}, not that the index is damaged"),
            }
        }
    }
    assert!(damaged > 0, "no search read the damaged bytes");
    assert!(demo.index.is_damaged());
    assert!(demo.index.repair_if_damaged(&demo.store).await.unwrap());
    assert!(!demo.index.is_damaged());
    let after: Vec<_> = words.iter().map(|word| demo.text(word).total).collect();
    assert_eq!(after, expected);
}

#[tokio::test]
async fn a_server_opening_a_damaged_index_searches_again_once_the_follower_has_built_it() {
    let demo = Demo::new().await;
    let name = demo.index.index_name();
    let before = demo.text("trafficking").total;
    drop(demo.index);
    assert!(damage_files(&demo.folder.join(&name), 0.0) >= 3);

    // Opening returns at once, before any build, and says the index is being built.
    let (index, opened) = SearchIndex::open_while_building(&demo.folder, &demo.store).await.unwrap();
    assert!(matches!(&opened, Opened::Building { reason } if reason.contains("fails its checksum")), "{opened:?}");
    assert!(index.is_building());
    let request = SearchRequest::text("trafficking", Language::English);
    assert!(matches!(index.search(&request), Err(search::SearchError::Building)));
    assert!(matches!(index.all_matches(&request), Err(search::SearchError::Building)));
    // Catching up does not fill the empty stand-in with the change log.
    assert_eq!(index.catch_up(&demo.store).await.unwrap(), 0);
    assert!(index.is_building());

    // A change made while the server waits for the index is searchable once it is built.
    import(&demo.store, ONE_MEASURE, MeasureState::Published).await;
    let follower = index.follow(demo.store.clone());
    let started = std::time::Instant::now();
    while index.is_building() {
        assert!(started.elapsed() < Duration::from_secs(60), "the follower never built the index");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    follower.abort();
    assert_eq!(index.search(&request).unwrap().total, before);
    assert_eq!(index.search(&SearchRequest::text("quokka", Language::English)).unwrap().total, 1);
    assert_ne!(index.index_name(), name);
    assert_eq!(index_directories(&demo.folder), [index.index_name()]);
}

#[tokio::test]
async fn a_server_opening_a_usable_index_does_not_wait_for_a_build() {
    let demo = Demo::new().await;
    let name = demo.index.index_name();
    drop(demo.index);
    import(&demo.store, ONE_MEASURE, MeasureState::Published).await;
    let (index, opened) = SearchIndex::open_while_building(&demo.folder, &demo.store).await.unwrap();
    assert_eq!(opened, Opened::Existing { changes_applied: 1 });
    assert!(!index.is_building());
    assert_eq!(index.index_name(), name);
    assert_eq!(index.search(&SearchRequest::text("quokka", Language::English)).unwrap().total, 1);
}
