//! `POST /import`: checks an uploaded file (a dry run that writes nothing and shows what would
//! be created, changed and refused, row by row) or imports it, all or nothing.

use axum::{
    extract::{Multipart, State, multipart::MultipartError},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use domain::account::Role;
use store::{Author, ImportMode};

use super::import_page::{ImportOutcome, ImportPage};
use crate::{
    csrf::check_session_token,
    error::PageError,
    measure_import::{MAX_UPLOAD_BYTES, check_and_import},
    page_context::PageContext,
    pages::{components::uploads::multipart_error, rendering::render},
    session::SignedIn,
    state::AppState,
};

#[derive(Default)]
struct UploadForm {
    csrf_token: String,
    action: String,
    upload_token: String,
    file: Option<(String, Vec<u8>)>,
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    context: PageContext,
    signed_in: SignedIn,
    multipart: Multipart,
) -> Result<Response, PageError> {
    let form = read_form(multipart).await?;
    check_session_token(&signed_in, &form.csrf_token)?;
    let role = signed_in.account.role;
    if matches!(role, Role::DataProvider { .. }) {
        return Err(PageError::forbidden(
            "Data providers provide statistics; measures are imported by focal points and editors.",
        ));
    }
    let author = Author::account(&signed_in.account);
    let (file_name, bytes, mode) = match (form.action.as_str(), form.file) {
        ("check", Some((name, bytes))) => (name, bytes, ImportMode::DryRun),
        ("import", Some((name, bytes))) => (name, bytes, ImportMode::Commit),
        ("import", None) => {
            let pending = state.pending_uploads().take(signed_in.account.id, &form.upload_token).ok_or_else(|| {
                PageError::with_status(
                    StatusCode::CONFLICT,
                    "The checked file is no longer waiting (it is kept for 30 minutes): choose it again.",
                )
            })?;
            (pending.file_name, pending.bytes, ImportMode::Commit)
        }
        (_, None) => {
            return Err(PageError::with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                "file: choose a CSV, XLSX or JSON file",
            ));
        }
        (other, _) => return Err(PageError::bad_request(format!("action: {other:?} is neither check nor import"))),
    };
    let outcome = check_and_import(&state, role, &author, &file_name, &bytes, mode).await?;
    let (status, outcome) = match outcome {
        Ok(summary) => {
            let upload_token = (mode == ImportMode::DryRun)
                .then(|| state.pending_uploads().keep(signed_in.account.id, file_name.clone(), bytes));
            let outcome = ImportOutcome {
                file_name,
                committed: mode == ImportMode::Commit,
                created: summary.created,
                updated: summary.updated,
                unchanged: summary.unchanged,
                problems: Vec::new(),
                upload_token,
            };
            (StatusCode::OK, outcome)
        }
        Err(problems) => {
            let outcome = ImportOutcome {
                file_name,
                committed: false,
                created: 0,
                updated: 0,
                unchanged: 0,
                problems,
                upload_token: None,
            };
            (StatusCode::UNPROCESSABLE_ENTITY, outcome)
        }
    };
    let html = render(&state, &context, "import.html", ImportPage::new(&signed_in, Some(outcome)))?;
    Ok((status, html).into_response())
}

async fn read_form(mut multipart: Multipart) -> Result<UploadForm, PageError> {
    let mut form = UploadForm::default();
    while let Some(field) = multipart.next_field().await.map_err(|error| upload_error(&error))? {
        let name = field.name().unwrap_or_default().to_owned();
        match name.as_str() {
            "file" => {
                let file_name = field.file_name().unwrap_or_default().to_owned();
                let bytes = field.bytes().await.map_err(|error| upload_error(&error))?;
                if !file_name.is_empty() {
                    form.file = Some((file_name, bytes.to_vec()));
                }
            }
            "csrf_token" => form.csrf_token = field.text().await.map_err(|error| upload_error(&error))?,
            "action" => form.action = field.text().await.map_err(|error| upload_error(&error))?,
            "upload_token" => form.upload_token = field.text().await.map_err(|error| upload_error(&error))?,
            _ => {}
        }
    }
    Ok(form)
}

fn upload_error(error: &MultipartError) -> PageError {
    multipart_error(error, MAX_UPLOAD_BYTES)
}
