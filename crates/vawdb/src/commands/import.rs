//! `vawdb import FILE`: import a JSON exchange document, or a CSV or XLSX measure table, all
//! or nothing.

use std::path::Path;

use domain::{exchange::ImportDefaults, measure::MeasureState};
use measure_table::{UploadRefusal, read_upload};
use store::{Author, Backend, ImportMode};

use crate::{
    cli::{StateArgument, StoreArguments},
    failure::{EXIT_INVALID_INPUT, Failure},
    progress::Progress,
};

/// How many problems are printed before the rest are only counted.
const PROBLEMS_SHOWN: usize = 50;

pub(crate) async fn run(
    arguments: &StoreArguments,
    file: &Path,
    state: StateArgument,
    dry_run: bool,
    sheet: Option<&str>,
) -> Result<(), Failure> {
    let shown = file.display();
    let defaults = ImportDefaults {
        state: match state {
            StateArgument::Draft => MeasureState::Draft,
            StateArgument::Submitted => MeasureState::Submitted,
            StateArgument::Published => MeasureState::Published,
        },
    };
    let invalid = |lines: Vec<String>| {
        let mut message = format!("{shown} is invalid; nothing was written.");
        for line in lines.iter().take(PROBLEMS_SHOWN) {
            message.push_str(&format!("\n  {shown}, {line}"));
        }
        if lines.len() > PROBLEMS_SHOWN {
            message.push_str(&format!("\n  … and {} more problems", lines.len() - PROBLEMS_SHOWN));
        }
        Failure::new(EXIT_INVALID_INPUT, message)
    };
    let refused = |refusal: UploadRefusal| match refusal {
        UploadRefusal::File(message) => Failure::new(EXIT_INVALID_INPUT, format!("{shown}: {message}")),
        UploadRefusal::Rows(problems) => invalid(problems.iter().map(ToString::to_string).collect()),
        UploadRefusal::Records(problems) => invalid(problems.iter().map(ToString::to_string).collect()),
    };
    // The file is read before the store is opened, so that a bad file changes nothing, not
    // even by creating a store.
    let bytes = std::fs::read(file).map_err(|error| Failure::general(format!("cannot read {shown}: {error}")))?;
    let upload = read_upload(&shown.to_string(), &bytes, sheet).map_err(refused)?;
    // What was read holds every cell; the file's bytes are not needed again.
    drop(bytes);
    let store = super::open_store(arguments).await?;
    super::load_reference(&store).await?;
    let catalogue = store.catalogue().await?;
    let valid = upload.check(&catalogue, defaults).map_err(refused)?.document;
    let mode = if dry_run { ImportMode::DryRun } else { ImportMode::Commit };
    let progress = Progress::new("importing");
    let summary =
        store.import(&valid, &Author::process("cli:import"), mode, &|done, total| progress.update(done, total)).await?;
    progress.finish();
    let verb = if dry_run { "would create" } else { "created" };
    println!(
        "{shown}: {verb} {}, {} {}, {} unchanged{}.",
        summary.created,
        if dry_run { "would update" } else { "updated" },
        summary.updated,
        summary.unchanged,
        if dry_run { " (dry run: nothing was written)" } else { "" }
    );
    let written = (summary.created + summary.updated) as u64;
    if mode == ImportMode::Commit && written >= REBUILD_AFTER_WRITING && store.backend() == Backend::Sqlite {
        // A running server would apply so many changes one batch at a time, and a server
        // started later would build its index before searches answer: building it now, beside
        // the one in use, makes the import searchable when this command ends (a running server
        // switches to it within a second). On PostgreSQL each server has its own data folder,
        // which is not this command's, and follows the change log itself.
        let folder = arguments.search_folder();
        let progress = Progress::new("search index");
        let rebuilt = search::rebuild(&folder, &store, &|done, total| progress.update(done, total)).await;
        progress.finish();
        match rebuilt {
            Ok(report) => println!("{shown}: searchable: {} published measures indexed.", report.measures),
            Err(error) => eprintln!(
                "{shown}: imported, but the search index was not rebuilt ({error}); a server catches up on its \
                 own, or run `vawdb reindex`."
            ),
        }
    }
    store.close().await;
    Ok(())
}

/// Records written (measures, cycles, replies) from which an import into an SQLite store
/// builds the search index itself rather than leave the changes to the server's follower.
const REBUILD_AFTER_WRITING: u64 = 1000;
