//! `vawdb init`: create or migrate the store and load the reference data.

use crate::{cli::StoreArguments, failure::Failure};

pub(crate) async fn run(arguments: &StoreArguments) -> Result<(), Failure> {
    let store = super::open_store(arguments).await?;
    let summary = super::load_reference(&store).await?;
    println!(
        "The store is ready (schema version {}): {} reference records created, {} updated, {} already up to date.",
        store.schema_version().await?,
        summary.created,
        summary.updated,
        summary.unchanged
    );
    store.close().await;
    Ok(())
}
