//! `vawdb statistics import|list|set-state|generate`: incident statistics datasets from the
//! command line, read and checked exactly as the upload page does.

use std::{io::Write, path::Path};

use incident_statistics::{
    dimension::Classification,
    disclosure::MINIMUM_THRESHOLD,
    generator::IncidentGenerator,
    table_export::{record_cells, record_columns},
    upload_read::{UploadContext, read_upload},
};
use store::{Author, DatasetState, NewStatisticsDataset, StoreError};

use crate::{
    cli::{DatasetStateArgument, StatisticsCommand, StoreArguments},
    failure::{EXIT_INVALID_INPUT, Failure},
    progress::Progress,
};

/// How many problems are printed before the rest are only counted.
const PROBLEMS_SHOWN: usize = 50;

pub(crate) async fn run(arguments: &StoreArguments, command: StatisticsCommand) -> Result<(), Failure> {
    match command {
        StatisticsCommand::Import { file, provider, country, threshold, publish, sheet } => {
            import(arguments, &file, &provider, &country, threshold, publish, sheet).await
        }
        StatisticsCommand::List => list(arguments).await,
        StatisticsCommand::SetState { dataset, state } => set_state(arguments, dataset, state).await,
        StatisticsCommand::Generate { records, seed, output } => generate(arguments, records, seed, &output).await,
    }
}

fn invalid(place: &str, message: impl std::fmt::Display) -> Failure {
    Failure::new(EXIT_INVALID_INPUT, format!("{place}: {message}"))
}

async fn import(
    arguments: &StoreArguments,
    file: &Path,
    provider: &str,
    country: &str,
    threshold: u64,
    publish: bool,
    sheet: Option<String>,
) -> Result<(), Failure> {
    let shown = file.display().to_string();
    if provider.trim().is_empty() {
        return Err(invalid("--provider", "give the organisation the data comes from"));
    }
    if threshold < MINIMUM_THRESHOLD {
        return Err(invalid("--threshold", format!("the threshold is at least {MINIMUM_THRESHOLD}")));
    }
    let store = super::open_store(arguments).await?;
    super::load_reference(&store).await?;
    let catalogue = store.catalogue().await?;
    let found = catalogue
        .country_by_code(country.trim())
        .ok_or_else(|| invalid("--country", format!("no country or area has the code {country:?}")))?;
    let classification = Classification::new(catalogue.countries());
    let provider_state = classification
        .place(&found.iso3)
        .ok_or_else(|| invalid("--country", format!("{country} is not a place incidents are counted in")))?;
    let bytes = std::fs::read(file).map_err(|error| Failure::general(format!("cannot read {shown}: {error}")))?;
    let table =
        tabular::read_table_bytes(&shown, &bytes, &tabular::ReadConfig { sheet, ..tabular::ReadConfig::default() })
            .map_err(|error| Failure::new(EXIT_INVALID_INPUT, error.to_string()))?;
    let today = time::OffsetDateTime::now_utc().date();
    let context = UploadContext {
        classification: &classification,
        provider_state,
        today_year: u16::try_from(today.year()).unwrap_or(u16::MAX),
        today_month: u8::from(today.month()),
    };
    let upload = read_upload(&table, &context).map_err(|problems| {
        let mut message = format!("{shown} is invalid; nothing was written.");
        for problem in problems.iter().take(PROBLEMS_SHOWN) {
            message.push_str(&format!("\n  {shown}, {problem}"));
        }
        if problems.len() > PROBLEMS_SHOWN {
            message.push_str(&format!("\n  … and {} more problems", problems.len() - PROBLEMS_SHOWN));
        }
        Failure::new(EXIT_INVALID_INPUT, message)
    })?;
    let digest = credentials::content_digest(&bytes);
    let file_name = file.file_name().map_or_else(|| shown.clone(), |name| name.to_string_lossy().into_owned());
    let dataset = NewStatisticsDataset {
        provider_country: found.m49.get(),
        provider: provider.trim(),
        file_name: &file_name,
        file_digest: &digest,
        threshold,
        state: if publish { DatasetState::Published } else { DatasetState::Draft },
    };
    let written = match store
        .add_statistics_dataset(&dataset, &upload, &classification, &Author::process("cli:statistics"))
        .await
    {
        Ok(written) => written,
        Err(error @ (StoreError::Duplicate(_) | StoreError::OutOfRange(_))) => {
            return Err(Failure::from(error).about(&shown));
        }
        Err(error) => return Err(error.into()),
    };
    println!(
        "{shown}: dataset {} written with {} {} ({}).",
        written.id,
        written.row_count,
        written.kind.as_str(),
        written.state.as_str()
    );
    Ok(())
}

async fn list(arguments: &StoreArguments) -> Result<(), Failure> {
    let store = super::open_store(arguments).await?;
    let datasets = store.statistics_datasets().await?;
    if datasets.is_empty() {
        println!("No statistics datasets.");
    }
    for dataset in datasets {
        println!(
            "{:>5}  {:<9}  {:<7}  {:>9} rows  k={:<3}  M49 {:>3}  {}  ({})",
            dataset.id,
            dataset.state.as_str(),
            dataset.kind.as_str(),
            dataset.row_count,
            dataset.threshold,
            dataset.provider_country,
            dataset.provider,
            dataset.file_name
        );
    }
    Ok(())
}

async fn set_state(arguments: &StoreArguments, dataset: i64, state: DatasetStateArgument) -> Result<(), Failure> {
    let store = super::open_store(arguments).await?;
    let state = match state {
        DatasetStateArgument::Draft => DatasetState::Draft,
        DatasetStateArgument::Published => DatasetState::Published,
        DatasetStateArgument::Withdrawn => DatasetState::Withdrawn,
    };
    if store.statistics_dataset(dataset).await?.is_none() {
        return Err(invalid("DATASET", format!("there is no dataset {dataset}")));
    }
    let changed = store.set_statistics_dataset_state(dataset, state, &Author::process("cli:statistics")).await?;
    println!("Dataset {} is {}.", changed.id, changed.state.as_str());
    Ok(())
}

async fn generate(arguments: &StoreArguments, records: u64, seed: u64, output: &Path) -> Result<(), Failure> {
    let store = super::open_store(arguments).await?;
    super::load_reference(&store).await?;
    let classification = Classification::new(store.catalogue().await?.countries());
    let last_year = u16::try_from(time::OffsetDateTime::now_utc().year() - 1).unwrap_or(2025);
    let shown = output.display();
    let file =
        std::fs::File::create(output).map_err(|error| Failure::general(format!("cannot create {shown}: {error}")))?;
    let mut writer = csv::Writer::from_writer(std::io::BufWriter::new(file));
    let failed = |error: csv::Error| Failure::general(format!("cannot write {shown}: {error}"));
    writer.write_record(record_columns()).map_err(failed)?;
    let progress = Progress::new("records");
    for (position, record) in IncidentGenerator::new(seed, &classification, last_year)
        .take(usize::try_from(records).unwrap_or(usize::MAX))
        .enumerate()
    {
        writer.write_record(record_cells(&record, &classification)).map_err(failed)?;
        if position % 10_000 == 0 {
            progress.update(position as u64, records);
        }
    }
    progress.finish();
    writer.flush().map_err(|error| Failure::general(format!("cannot write {shown}: {error}")))?;
    println!("{shown}: {records} records (seed {seed}).");
    let _ = std::io::stdout().flush();
    Ok(())
}
