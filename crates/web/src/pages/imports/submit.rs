//! `POST /import`: checks an uploaded file (a dry run that writes nothing and shows what would
//! be created, changed and refused, row by row) or imports it, all or nothing.

use axum::{
    extract::{Multipart, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use domain::account::Role;
use store::{Author, ImportMode};

use super::import_page::{ImportOutcome, ImportPage, ProblemView};
use crate::{
    csrf::check_session_token,
    error::PageError,
    measure_import::{MAX_UPLOAD_BYTES, check_and_import, no_file_chosen},
    page_context::PageContext,
    pages::{components::uploads::read_upload_form, rendering::render},
    session::SignedIn,
    state::AppState,
};

pub(crate) async fn submit(
    State(state): State<AppState>,
    context: PageContext,
    signed_in: SignedIn,
    multipart: Multipart,
) -> Result<Response, PageError> {
    // The place is taken before the upload is read: reading it is what takes the memory.
    let _place = state.heavy_requests().enter().await?;
    let mut form = read_upload_form(multipart, &["csrf_token", "action", "upload_token"], MAX_UPLOAD_BYTES).await?;
    check_session_token(&signed_in, form.field("csrf_token"))?;
    let role = signed_in.account.role;
    if matches!(role, Role::DataProvider { .. }) {
        return Err(PageError::translated(axum::http::StatusCode::FORBIDDEN, "error-providers-import-no-measures"));
    }
    let author = Author::account(&signed_in.account);
    let file = form.file.take();
    let (file_name, bytes, mode) = match (form.field("action"), file) {
        ("check", Some((name, bytes))) => (name, bytes, ImportMode::DryRun),
        ("import", Some((name, bytes))) => (name, bytes, ImportMode::Commit),
        ("import", None) => {
            let pending = crate::pending_uploads::take(state.store(), signed_in.account.id, form.field("upload_token"))
                .await?
                .ok_or_else(|| PageError::translated(StatusCode::CONFLICT, "error-checked-file-expired"))?;
            (pending.file_name, pending.bytes, ImportMode::Commit)
        }
        (_, None) => {
            return Err(PageError::domain(StatusCode::UNPROCESSABLE_ENTITY, no_file_chosen()));
        }
        (other, _) => {
            let problem = crate::list_params::problems::not_one_of(other, "check, import");
            return Err(crate::list_params::error("action", problem).into());
        }
    };
    let outcome = check_and_import(&state, role, &author, &file_name, &bytes, mode).await?;
    let (status, outcome) = match outcome {
        Ok(summary) => {
            let upload_token = match mode {
                ImportMode::DryRun => {
                    Some(crate::pending_uploads::keep(state.store(), signed_in.account.id, &file_name, &bytes).await?)
                }
                ImportMode::Commit => None,
            };
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
            let catalogue = state.catalogue().await?;
            let problems = problems
                .iter()
                .map(|problem| ProblemView::of(problem, state.messages(), &catalogue, context.language))
                .collect();
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
