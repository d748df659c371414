//! `vawdb demo`: initialize, load the 2009 demo cycle, and serve.

use domain::{
    exchange::{self, ImportDefaults},
    measure::MeasureState,
};
use store::{Author, ImportMode};

use crate::{
    cli::{ServeArguments, StoreArguments},
    failure::{EXIT_INVALID_INPUT, Failure},
    progress::Progress,
};

pub(crate) async fn run(
    store_arguments: &StoreArguments,
    no_serve: bool,
    serve: &ServeArguments,
) -> Result<(), Failure> {
    let listener = if no_serve { None } else { Some(super::serve::listen(serve).await?) };
    let store = super::open_store(store_arguments).await?;
    super::load_reference(&store).await?;

    let invalid =
        |message: String| Failure::new(EXIT_INVALID_INPUT, format!("the shipped demo cycle is invalid: {message}"));
    let document = exchange::parse(reference::DEMO_2009_JSON).map_err(|error| invalid(error.to_string()))?;
    let catalogue = store.catalogue().await?;
    let valid = exchange::validate(document, &catalogue, ImportDefaults { state: MeasureState::Published })
        .map_err(|problems| invalid(problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")))?;
    let progress = Progress::new("demo cycle 2009");
    let summary = store
        .import(&valid, &Author::process("demo"), ImportMode::Commit, &|done, total| progress.update(done, total))
        .await?;
    progress.finish();
    println!(
        "The 2009 demo cycle (A/64/152) is loaded: {} records created, {} updated, {} already there.",
        summary.created, summary.updated, summary.unchanged
    );
    match listener {
        Some(listener) => {
            let opening = super::reindex::IndexOpening::BuildBeforeServing;
            super::serve::serve(listener, store, store_arguments, serve, opening).await
        }
        None => {
            store.close().await;
            Ok(())
        }
    }
}
