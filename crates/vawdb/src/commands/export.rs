//! `vawdb export`: write cycles, replies and measures as a JSON exchange document.

use std::{io::Write, path::Path};

use domain::{cycle::CycleCode, exchange};
use store::{ExportQuery, Visibility};

use crate::{
    cli::StoreArguments,
    failure::{EXIT_INVALID_INPUT, Failure},
};

pub(crate) async fn run(
    arguments: &StoreArguments,
    output: Option<&Path>,
    cycle: Option<&str>,
    include_unpublished: bool,
) -> Result<(), Failure> {
    let cycle = cycle
        .map(CycleCode::parse)
        .transpose()
        .map_err(|message| Failure::new(EXIT_INVALID_INPUT, format!("--cycle: {message}")))?;
    let store = super::open_store(arguments).await?;
    let catalogue = store.catalogue().await?;
    if let Some(code) = &cycle
        && catalogue.cycle(code.as_str()).is_none()
    {
        return Err(Failure::new(EXIT_INVALID_INPUT, format!("--cycle: there is no reporting cycle '{code}'")));
    }
    let visibility = if include_unpublished { Visibility::All } else { Visibility::PublishedOnly };
    let (cycles, submissions, measures) = store.export(&ExportQuery { visibility, cycle }).await?;
    let document = exchange::to_document(&cycles, &submissions, &measures, &catalogue);
    let mut json = serde_json::to_string_pretty(&document).map_err(Failure::general)?;
    json.push('\n');
    match output {
        Some(path) => {
            // Written beside the target and renamed over it, so a failed export never leaves half a file.
            let partial = path.with_extension("json.partial");
            std::fs::write(&partial, &json)
                .map_err(|error| Failure::general(format!("cannot write {}: {error}", partial.display())))?;
            std::fs::rename(&partial, path)
                .map_err(|error| Failure::general(format!("cannot write {}: {error}", path.display())))?;
            eprintln!(
                "{}: {} cycles, {} replies, {} measures",
                path.display(),
                cycles.len(),
                submissions.len(),
                measures.len()
            );
        }
        None => std::io::stdout().write_all(json.as_bytes()).map_err(Failure::general)?,
    }
    store.close().await;
    Ok(())
}
