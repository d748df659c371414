//! The JSON shapes of an import's outcome: what it wrote, or the problems that refused it.

use serde::Serialize;
use utoipa::ToSchema;

use crate::measure_import::{UploadPlace, UploadProblem};

#[derive(Serialize, ToSchema)]
pub(crate) struct ImportResponse {
    pub(crate) dry_run: bool,
    pub(crate) created: usize,
    pub(crate) updated: usize,
    pub(crate) unchanged: usize,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct ImportProblems {
    /// Every problem found; nothing was written.
    pub(crate) problems: Vec<ProblemView>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct ProblemView {
    #[schema(example = "measures.csv, row 4, column type")]
    pub(crate) place: String,
    pub(crate) value: Option<String>,
    pub(crate) message: String,
}

impl From<UploadProblem> for ProblemView {
    fn from(problem: UploadProblem) -> ProblemView {
        let place = match problem.place {
            UploadPlace::File(file) => file,
            UploadPlace::Row { file, row, column: None } => format!("{file}, row {row}"),
            UploadPlace::Row { file, row, column: Some(column) } => format!("{file}, row {row}, column {column}"),
            UploadPlace::Record(record) => record,
            UploadPlace::CyclesAndReplies => "cycles and submissions".to_owned(),
        };
        ProblemView { place, value: problem.value, message: problem.message.to_string() }
    }
}
