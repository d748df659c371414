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

/// When a server that finds no usable search index starts answering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum IndexOpening {
    /// Build the index first, with a progress bar, then serve: for a store just filled, whose
    /// first visitor will search.
    BuildBeforeServing,
    /// Serve at once and build the index in the background; searches answer 503 until it is
    /// built, every other page works. A large store's index takes a while to build, and the
    /// site should not be down meanwhile.
    BuildWhileServing,
}

/// Opens the search index for serving, building it if it is missing or unreadable, before or
/// while serving as `opening` says.
pub(crate) async fn open_search_index(
    folder: &Path,
    store: &Store,
    opening: IndexOpening,
) -> Result<SearchIndex, Failure> {
    let (index, opened) = match opening {
        IndexOpening::BuildBeforeServing => {
            let progress = Progress::new("search index");
            let opened = SearchIndex::open(folder, store, &|done, total| progress.update(done, total)).await;
            progress.finish();
            opened
        }
        IndexOpening::BuildWhileServing => SearchIndex::open_while_building(folder, store).await,
    }
    .map_err(Failure::general)?;
    match opened {
        Opened::Rebuilt { reason, measures } => {
            tracing::info!("search index built ({reason}): {measures} published measures");
        }
        Opened::Building { reason } => {
            println!("The search index is being built ({reason}); searches answer once it is done.");
        }
        Opened::Existing { changes_applied } => {
            tracing::info!("search index opened; {changes_applied} new changes applied");
        }
    }
    Ok(index)
}
