//! One file per command, and what they share: opening the store and loading reference data.

mod backup;
mod demo;
mod export;
mod import;
mod init;
mod reindex;
mod report;
mod restore;
mod serve;
mod statistics;
mod treaty;
mod user;

use store::{Author, Location, ReferenceSummary, Store};

use crate::{
    cli::{Arguments, Command, StoreArguments},
    failure::{EXIT_INVALID_INPUT, EXIT_STORE_REFUSED, Failure},
    progress::Progress,
};

pub(crate) async fn run(arguments: Arguments) -> Result<(), Failure> {
    match arguments.command {
        Command::Init => init::run(&arguments.store).await,
        Command::Demo { no_serve, serve } => demo::run(&arguments.store, no_serve, &serve).await,
        Command::Serve { serve } => serve::run(&arguments.store, &serve).await,
        Command::Import { file, state, dry_run, sheet } => {
            import::run(&arguments.store, &file, state, dry_run, sheet.as_deref()).await
        }
        Command::Reindex => reindex::run(&arguments.store).await,
        Command::Treaty(command) => treaty::run(&arguments.store, command).await,
        Command::Report(report_arguments) => report::run(&arguments.store, report_arguments).await,
        Command::User(command) => user::run(&arguments.store, command).await,
        Command::Statistics(command) => statistics::run(&arguments.store, command).await,
        Command::Backup { file } => backup::run(&arguments.store, &file).await,
        Command::Restore { file } => restore::run(&arguments.store, &file).await,
        Command::Export { output, cycle, include_unpublished } => {
            export::run(&arguments.store, output.as_deref(), cycle.as_deref(), include_unpublished).await
        }
    }
}

/// Opens the store the arguments point to, creating the data folder for SQLite.
pub(crate) async fn open_store(arguments: &StoreArguments) -> Result<Store, Failure> {
    let location = match &arguments.database_url {
        Some(url) => Location::from_url(url).map_err(|message| Failure::new(EXIT_STORE_REFUSED, message))?,
        None => {
            std::fs::create_dir_all(&arguments.data_dir).map_err(|error| {
                Failure::general(format!("cannot create the data folder {}: {error}", arguments.data_dir.display()))
            })?;
            Location::SqliteFile(arguments.data_dir.join("vawdb.sqlite"))
        }
    };
    tracing::info!("opening the store: {location}");
    Ok(Store::open(&location).await?)
}

/// Brings the store's reference data in line with the data this vawdb ships.
pub(crate) async fn load_reference(store: &Store) -> Result<ReferenceSummary, Failure> {
    let data = reference::reference_data()
        .map_err(|error| Failure::new(EXIT_INVALID_INPUT, format!("the shipped reference data is invalid: {error}")))?;
    let progress = Progress::new("reference data");
    let summary =
        store.load_reference(&data, &Author::process("init"), &|done, total| progress.update(done, total)).await?;
    progress.finish();
    if summary.created + summary.updated > 0 {
        tracing::info!(
            "reference data: {} created, {} updated, {} unchanged",
            summary.created,
            summary.updated,
            summary.unchanged
        );
    }
    Ok(summary)
}
