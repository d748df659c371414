//! `vawdb import FILE`: import a JSON exchange document, or a CSV or XLSX measure table, all
//! or nothing.

use std::path::Path;

use domain::{
    exchange::{self, ImportDefaults},
    measure::MeasureState,
};
use store::{Author, ImportMode};

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
    let extension = file.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
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
    let table = if extension == "json" {
        None
    } else {
        let table = tabular::read_table(file, &tabular::ReadConfig { sheet: sheet.map(str::to_owned) })
            .map_err(|error| Failure::new(EXIT_INVALID_INPUT, error.to_string()))?;
        let rows = measure_table::read_measure_rows(&table)
            .map_err(|problems| invalid(problems.iter().map(ToString::to_string).collect()))?;
        Some(rows)
    };
    let document = match &table {
        Some(rows) => rows.document.clone(),
        None => {
            let text =
                std::fs::read(file).map_err(|error| Failure::general(format!("cannot read {shown}: {error}")))?;
            let text = String::from_utf8(text).map_err(|error| {
                Failure::new(
                    EXIT_INVALID_INPUT,
                    format!(
                        "{shown}: not UTF-8 text (byte {} is invalid); save the file as UTF-8",
                        error.utf8_error().valid_up_to()
                    ),
                )
            })?;
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            exchange::parse(text).map_err(|error| Failure::new(EXIT_INVALID_INPUT, format!("{shown}: {error}")))?
        }
    };

    let store = super::open_store(arguments).await?;
    super::load_reference(&store).await?;
    let catalogue = store.catalogue().await?;
    let valid = match exchange::validate(document, &catalogue, defaults) {
        Ok(valid) => valid,
        Err(problems) => {
            let lines = match &table {
                Some(rows) => rows.locate(&problems).iter().map(ToString::to_string).collect(),
                None => problems.iter().map(ToString::to_string).collect(),
            };
            return Err(invalid(lines));
        }
    };
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
    store.close().await;
    Ok(())
}
