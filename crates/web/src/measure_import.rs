//! Checking and importing an uploaded file of measures (CSV, XLSX or JSON), for the import
//! pages: read the file, check every record, check that the person may write each measure,
//! and hand the result to the store, as a dry run or for real, all or nothing.

use domain::{
    account::Role,
    exchange::ImportDefaults,
    measure::MeasureState,
    workflow::{MeasureAccess, may_import},
};
use measure_table::{CheckedUpload, UploadRefusal, read_upload};
use store::{Author, ImportMode, ImportSummary, StoreError};

use crate::state::AppState;

/// Stored measures read at a time to check who may change them.
const AUTHORIZATION_BATCH: usize = 1000;

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
    let upload = match read(state, file_name, bytes).await? {
        Ok(upload) => upload,
        Err(problems) => return Ok(Err(problems)),
    };
    let problems = authorization_problems(state, role, &upload).await?;
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let summary = state.store().import(&upload.document, author, mode, &|_, _| {}).await?;
    Ok(Ok(summary))
}

fn file_problem(file_name: &str, message: impl Into<String>) -> UploadProblem {
    UploadProblem { place: file_name.to_owned(), value: None, message: message.into() }
}

async fn read(
    state: &AppState,
    file_name: &str,
    bytes: &[u8],
) -> Result<Result<CheckedUpload, Vec<UploadProblem>>, StoreError> {
    let catalogue = state.catalogue().await?;
    let defaults = ImportDefaults { state: MeasureState::Draft };
    let checked = read_upload(file_name, bytes, None).and_then(|upload| upload.check(&catalogue, defaults));
    Ok(checked.map_err(|refusal| match refusal {
        UploadRefusal::File(message) => vec![file_problem(file_name, message)],
        UploadRefusal::Rows(problems) => problems.iter().map(|problem| placed(file_name, problem)).collect(),
        UploadRefusal::Records(problems) => problems
            .into_iter()
            .map(|problem| UploadProblem {
                place: format!("{}, {}", problem.record, problem.field),
                value: None,
                message: problem.message,
            })
            .collect(),
    }))
}

fn placed(file_name: &str, problem: &measure_table::RowProblem) -> UploadProblem {
    let mut place = format!("{file_name}, row {}", problem.row);
    if let Some(column) = &problem.column {
        place.push_str(&format!(", column {column}"));
    }
    // A huge cell is shown as a prefix with its length, so that it does not make a huge page.
    let value = problem.value.as_deref().map(|value| domain::text::shortened(value).into_owned());
    UploadProblem { place, value, message: problem.message.clone() }
}

async fn authorization_problems(
    state: &AppState,
    role: Role,
    upload: &CheckedUpload,
) -> Result<Vec<UploadProblem>, StoreError> {
    let valid = &upload.document;
    let mut problems = Vec::new();
    if !role.is_secretariat() && (!valid.cycles.is_empty() || !valid.submissions.is_empty()) {
        problems.push(UploadProblem {
            place: "cycles and submissions".into(),
            value: None,
            message: "only the secretariat imports reporting cycles and replies".into(),
        });
    }
    // The measures already stored are read a batch at a time, so that checking a file that
    // updates 100,000 measures never holds them all.
    for (batch_number, batch) in valid.measures.chunks(AUTHORIZATION_BATCH).enumerate() {
        let ids: Vec<_> = batch.iter().map(|measure| measure.external_id.clone()).collect();
        let stored: std::collections::HashMap<_, _> = state
            .store()
            .measures_by_external_ids(&ids)
            .await?
            .into_iter()
            .map(|record| {
                let access = MeasureAccess { state: record.measure.state, country: record.measure.country };
                (record.measure.external_id, access)
            })
            .collect();
        for (offset, measure) in batch.iter().enumerate() {
            let incoming = MeasureAccess { state: measure.state, country: measure.country };
            if let Err(message) = may_import(role, incoming, stored.get(&measure.external_id).copied()) {
                let place = upload.measure_place(batch_number * AUTHORIZATION_BATCH + offset);
                problems.push(UploadProblem {
                    place: format!("{place} (id {})", measure.external_id),
                    value: None,
                    message: message.to_owned(),
                });
            }
        }
    }
    Ok(problems)
}
