//! `vawdb reindex`: rebuild the search index from the store into a new folder and swap it in,
//! and opening the index for the server (rebuilding it when it is missing or unreadable).

use std::path::Path;

use search::{Opened, SearchIndex};
use store::Store;

use crate::{cli::StoreArguments, failure::Failure, progress::Progress};

pub(crate) async fn run(store_arguments: &StoreArguments) -> Result<(), Failure> {
    let store = super::open_store(store_arguments).await?;
    let folder = store_arguments.search_folder();
    let progress = Progress::new("search index");
    let report = search::rebuild(&folder, &store, &|done, total| progress.update(done, total))
        .await
        .map_err(Failure::general)?;
    progress.finish();
    println!(
        "Indexed {} published measures (up to change {}) into {}; a running server switches to it within a second.",
        report.measures,
        report.change,
        folder.join(&report.index_name).display()
    );
    if report.removed > 0 {
        println!("Removed {} old index folder(s).", report.removed);
    }
    store.close().await;
    Ok(())
}

/// Opens the search index for serving, with a progress bar if it must be built.
pub(crate) async fn open_search_index(folder: &Path, store: &Store) -> Result<SearchIndex, Failure> {
    let progress = Progress::new("search index");
    let (index, opened) = SearchIndex::open(folder, store, &|done, total| progress.update(done, total))
        .await
        .map_err(Failure::general)?;
    progress.finish();
    match opened {
        Opened::Rebuilt { reason, measures } => {
            tracing::info!("search index built ({reason}): {measures} published measures");
        }
        Opened::Existing { changes_applied } => {
            tracing::info!("search index opened; {changes_applied} new changes applied");
        }
    }
    Ok(index)
}
