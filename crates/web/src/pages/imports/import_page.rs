//! What the import page shows: the form, and after a check or an import what happened. The
//! form's address and the upload both render it.

use serde::Serialize;

use crate::session::SignedIn;

#[derive(Serialize)]
pub(super) struct ImportPage {
    pub(super) csrf_token: String,
    pub(super) columns: &'static [&'static str],
    pub(super) max_megabytes: usize,
    /// After a check or an import: what happened.
    pub(super) outcome: Option<ImportOutcome>,
}

#[derive(Serialize)]
pub(super) struct ImportOutcome {
    pub(super) file_name: String,
    pub(super) committed: bool,
    pub(super) created: usize,
    pub(super) updated: usize,
    pub(super) unchanged: usize,
    pub(super) problems: Vec<crate::measure_import::UploadProblem>,
    /// Set after a successful check: the token that imports the checked file.
    pub(super) upload_token: Option<String>,
}

impl ImportPage {
    pub(super) fn new(signed_in: &SignedIn, outcome: Option<ImportOutcome>) -> ImportPage {
        ImportPage {
            csrf_token: signed_in.csrf_token.clone(),
            columns: &measure_table::COLUMNS,
            max_megabytes: crate::measure_import::MAX_UPLOAD_BYTES / (1024 * 1024),
            outcome,
        }
    }
}
