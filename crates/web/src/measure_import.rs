//! Checking and importing an uploaded file of measures (CSV, XLSX or JSON), for the import
//! pages: read the file, check every record, check that the person may write each measure,
//! and hand the result to the store, as a dry run or for real, all or nothing.

use domain::{
    account::Role,
    exchange::ImportDefaults,
    language::Language,
    measure::MeasureState,
    message::Message,
    workflow::{MeasureAccess, may_import},
};
use measure_table::{CheckedUpload, UploadRefusal, read_upload};
use store::{Author, ImportMode, ImportSummary, StoreError};

use crate::{i18n::Messages, state::AppState};

/// Stored measures read at a time to check who may change them.
const AUTHORIZATION_BATCH: usize = 1000;

/// The largest file accepted, in bytes.
pub(crate) const MAX_UPLOAD_BYTES: usize = 50 * 1024 * 1024;

/// One thing wrong with an upload, placed as precisely as the file allows.
#[derive(Debug, Clone)]
pub(crate) struct UploadProblem {
    pub(crate) place: UploadPlace,
    pub(crate) value: Option<String>,
    pub(crate) message: Message,
}

/// Where in an upload a problem is.
#[derive(Debug, Clone)]
pub(crate) enum UploadPlace {
    /// The file as a whole.
    File(String),
    /// A row of a table, and the column when the problem is in one cell.
    Row { file: String, row: usize, column: Option<String> },
    /// A record and field of a JSON document, as the exchange format names them:
    /// `measures[2] (id "x"), text.en.title`.
    Record(String),
    /// The reporting cycles and replies of a JSON document.
    CyclesAndReplies,
}

impl UploadPlace {
    /// The place in `language`, for the import page: "measures.csv, row 4, column type".
    pub(crate) fn in_language(&self, messages: &Messages, language: Language) -> String {
        match self {
            UploadPlace::File(file) => file.clone(),
            UploadPlace::Row { file, row, column: None } => messages.text(
                language,
                "upload-place-row",
                &[("file", file.as_str().into()), ("row", (*row as f64).into())],
            ),
            UploadPlace::Row { file, row, column: Some(column) } => messages.text(
                language,
                "upload-place-cell",
                &[("file", file.as_str().into()), ("row", (*row as f64).into()), ("column", column.as_str().into())],
            ),
            UploadPlace::Record(record) => record.clone(),
            UploadPlace::CyclesAndReplies => messages.text(language, "upload-place-cycles-and-replies", &[]),
        }
    }
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
    let problems = authorization_problems(state, role, file_name, &upload).await?;
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let summary = state.store().import(&upload.document, author, mode, &|_, _| {}).await?;
    Ok(Ok(summary))
}

/// Why a document's reporting cycles and replies are refused to anyone but the secretariat.
pub(crate) fn only_the_secretariat_imports_cycles() -> Message {
    Message::new("problem-import-cycles-by-secretariat", "only the secretariat imports reporting cycles and replies")
}

/// Why an import form sent without a file is refused.
pub(crate) fn no_file_chosen() -> Message {
    Message::new("problem-import-choose-a-file", "file: choose a CSV, XLSX or JSON file")
}

fn file_problem(file_name: &str, message: Message) -> UploadProblem {
    UploadProblem { place: UploadPlace::File(file_name.to_owned()), value: None, message }
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
                place: UploadPlace::Record(format!("{}, {}", problem.record, problem.field)),
                value: None,
                message: problem.message,
            })
            .collect(),
    }))
}

fn placed(file_name: &str, problem: &measure_table::RowProblem) -> UploadProblem {
    let place = UploadPlace::Row { file: file_name.to_owned(), row: problem.row, column: problem.column.clone() };
    // A huge cell is shown as a prefix with its length, so that it does not make a huge page.
    let value = problem.value.as_deref().map(|value| domain::text::shortened(value).into_owned());
    UploadProblem { place, value, message: problem.message.clone() }
}

async fn authorization_problems(
    state: &AppState,
    role: Role,
    file_name: &str,
    upload: &CheckedUpload,
) -> Result<Vec<UploadProblem>, StoreError> {
    let valid = &upload.document;
    let mut problems = Vec::new();
    if !role.is_secretariat() && (!valid.cycles.is_empty() || !valid.submissions.is_empty()) {
        problems.push(UploadProblem {
            place: UploadPlace::CyclesAndReplies,
            value: None,
            message: only_the_secretariat_imports_cycles(),
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
                let position = batch_number * AUTHORIZATION_BATCH + offset;
                let place = match upload.rows.as_ref().and_then(|rows| rows.get(position)) {
                    Some(row) => UploadPlace::Row { file: file_name.to_owned(), row: *row, column: None },
                    None => UploadPlace::Record(format!("measures[{position}] (id \"{}\")", measure.external_id)),
                };
                problems.push(UploadProblem { place, value: Some(measure.external_id.to_string()), message });
            }
        }
    }
    Ok(problems)
}
