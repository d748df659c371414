//! Checking and importing an uploaded file of measures (CSV, XLSX or JSON), for the import
//! pages: read the file, check every record, check that the person may write each measure,
//! and hand the result to the store, as a dry run or for real, all or nothing.

use std::path::Path;

use domain::{
    account::Role,
    exchange::{self, ImportDefaults, ValidDocument},
    measure::MeasureState,
    workflow::{MeasureAccess, may_import},
};
use measure_table::{MeasureRows, read_measure_rows};
use store::{Author, ImportMode, ImportSummary, StoreError};

use crate::state::AppState;

/// The largest file accepted, in bytes.
pub(crate) const MAX_UPLOAD_BYTES: usize = 50 * 1024 * 1024;

/// One thing wrong with an upload, placed as precisely as the file allows.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct UploadProblem {
    /// `row 4, column type`, `measures[2] (id "x"), field text.en.title`, or the file.
    pub(crate) place: String,
    pub(crate) value: Option<String>,
    pub(crate) message: String,
}

/// Reads, checks and (in `ImportMode::Commit`) imports `bytes`, uploaded as `file_name`.
pub(crate) async fn check_and_import(
    state: &AppState,
    role: Role,
    author: &Author,
    file_name: &str,
    bytes: &[u8],
    mode: ImportMode,
) -> Result<Result<ImportSummary, Vec<UploadProblem>>, StoreError> {
    let (valid, rows) = match read(state, file_name, bytes).await? {
        Ok(read) => read,
        Err(problems) => return Ok(Err(problems)),
    };
    let problems = authorization_problems(state, role, &valid, rows.as_ref()).await?;
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let summary = state.store().import(&valid, author, mode, &|_, _| {}).await?;
    Ok(Ok(summary))
}

fn file_problem(file_name: &str, message: impl Into<String>) -> UploadProblem {
    UploadProblem { place: file_name.to_owned(), value: None, message: message.into() }
}

async fn read(
    state: &AppState,
    file_name: &str,
    bytes: &[u8],
) -> Result<Result<(ValidDocument, Option<MeasureRows>), Vec<UploadProblem>>, StoreError> {
    let extension = Path::new(file_name).extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let catalogue = state.catalogue().await?;
    let defaults = ImportDefaults { state: MeasureState::Draft };
    if extension == "json" {
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text.strip_prefix('\u{feff}').unwrap_or(text),
            Err(error) => {
                return Ok(Err(vec![file_problem(
                    file_name,
                    format!("not UTF-8 text (byte {} is invalid): save it as UTF-8", error.valid_up_to()),
                )]));
            }
        };
        let document = match exchange::parse(text) {
            Ok(document) => document,
            Err(error) => return Ok(Err(vec![file_problem(file_name, error.to_string())])),
        };
        return Ok(match exchange::validate(document, &catalogue, defaults) {
            Ok(valid) => Ok((valid, None)),
            Err(problems) => Err(problems
                .into_iter()
                .map(|problem| UploadProblem {
                    place: format!("{}, {}", problem.record, problem.field),
                    value: None,
                    message: problem.message,
                })
                .collect()),
        });
    }
    let table = match tabular::read_table_bytes(file_name, bytes, &tabular::ReadConfig::default()) {
        Ok(table) => table,
        Err(error) => {
            let message = error.to_string();
            let message = message.strip_prefix(&format!("{file_name}: ")).unwrap_or(&message).to_owned();
            return Ok(Err(vec![file_problem(file_name, message)]));
        }
    };
    let rows = match read_measure_rows(&table) {
        Ok(rows) => rows,
        Err(problems) => return Ok(Err(problems.iter().map(|problem| placed(file_name, problem)).collect())),
    };
    if rows.document.measures.is_empty() {
        return Ok(Err(vec![file_problem(file_name, "there is no measure under the header row")]));
    }
    Ok(match exchange::validate(rows.document.clone(), &catalogue, defaults) {
        Ok(valid) => Ok((valid, Some(rows))),
        Err(problems) => Err(rows.locate(&problems).iter().map(|problem| placed(file_name, problem)).collect()),
    })
}

fn placed(file_name: &str, problem: &measure_table::RowProblem) -> UploadProblem {
    let mut place = format!("{file_name}, row {}", problem.row);
    if let Some(column) = &problem.column {
        place.push_str(&format!(", column {column}"));
    }
    UploadProblem { place, value: problem.value.clone(), message: problem.message.clone() }
}

async fn authorization_problems(
    state: &AppState,
    role: Role,
    valid: &ValidDocument,
    rows: Option<&MeasureRows>,
) -> Result<Vec<UploadProblem>, StoreError> {
    let mut problems = Vec::new();
    if !role.is_secretariat() && (!valid.cycles.is_empty() || !valid.submissions.is_empty()) {
        problems.push(UploadProblem {
            place: "cycles and submissions".into(),
            value: None,
            message: "only the secretariat imports reporting cycles and replies".into(),
        });
    }
    let ids: Vec<_> = valid.measures.iter().map(|measure| measure.external_id.clone()).collect();
    let stored = state.store().measures_by_external_ids(&ids).await?;
    for (position, measure) in valid.measures.iter().enumerate() {
        let incoming = MeasureAccess { state: measure.state, country: measure.country };
        let existing = stored
            .iter()
            .find(|record| record.measure.external_id == measure.external_id)
            .map(|record| MeasureAccess { state: record.measure.state, country: record.measure.country });
        if let Err(message) = may_import(role, incoming, existing) {
            let place = match rows.and_then(|rows| rows.rows.get(position)) {
                Some(row) => format!("row {row}"),
                None => format!("measures[{position}]"),
            };
            problems.push(UploadProblem {
                place: format!("{place} (id {})", measure.external_id),
                value: None,
                message: message.to_owned(),
            });
        }
    }
    Ok(problems)
}
