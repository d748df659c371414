//! A temporary SQLite store with the reference data and the 2009 demo cycle, and its search
//! index.

use std::path::PathBuf;

use domain::{
    exchange::{self, ImportDefaults},
    language::Language,
    measure::MeasureState,
};
use search::{SearchIndex, SearchRequest, SearchResults};
use store::{Author, ImportMode, Location, Store};

pub struct Demo {
    pub store: Store,
    pub index: SearchIndex,
    pub folder: PathBuf,
    pub _directory: tempfile::TempDir,
}

pub fn no_progress(_: u64, _: u64) {}

impl Demo {
    pub async fn new() -> Demo {
        let directory = tempfile::tempdir().unwrap();
        let store = Store::open(&Location::SqliteFile(directory.path().join("vawdb.sqlite"))).await.unwrap();
        let data = reference::reference_data().unwrap();
        store.load_reference(&data, &Author::process("test"), &no_progress).await.unwrap();
        import(&store, reference::DEMO_2009_JSON, MeasureState::Published).await;
        let folder = directory.path().join("search");
        let (index, _) = SearchIndex::open(&folder, &store, &no_progress).await.unwrap();
        Demo { store, index, folder, _directory: directory }
    }

    pub fn search(&self, request: &SearchRequest) -> SearchResults {
        self.index.search(request).unwrap()
    }

    pub fn text(&self, text: &str) -> SearchResults {
        let mut request = SearchRequest::text(text, Language::English);
        request.per_page = 1000;
        self.search(&request)
    }
}

pub async fn import(store: &Store, json: &str, state: MeasureState) {
    let catalogue = store.catalogue().await.unwrap();
    let valid = exchange::validate(exchange::parse(json).unwrap(), &catalogue, ImportDefaults { state }).unwrap();
    store.import(&valid, &Author::process("test"), ImportMode::Commit, &no_progress).await.unwrap();
}
