//! `GET /import`: the form to upload measures in CSV, XLSX or JSON, with the column list and
//! the templates.

use axum::{extract::State, response::Html};
use serde::Serialize;

use super::render;
use crate::{error::PageError, page_context::PageContext, session::SignedIn, state::AppState};

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

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    signed_in: SignedIn,
) -> Result<Html<String>, PageError> {
    if matches!(signed_in.account.role, domain::account::Role::DataProvider { .. }) {
        return Err(PageError::forbidden(
            "Data providers provide statistics; measures are imported by focal points and editors.",
        ));
    }
    render(&state, &context, "import.html", ImportPage::new(&signed_in, None))
}
