//! `POST /measures/{id}/restore`: makes a measure's content what it was in an earlier version,
//! as a new version; its workflow state stays.

use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Redirect, Response},
};
use domain::{measure::Measure, workflow::MeasureAction};
use serde::Deserialize;
use store::Author;

use super::access::{keeps_the_state, measure_for};
use crate::{
    csrf::check_session_token, error::PageError, page_context::PageContext, session::SignedIn, state::AppState,
};

#[derive(Deserialize)]
pub(crate) struct RestoreForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    change_id: String,
    #[serde(default)]
    version: String,
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    context: PageContext,
    signed_in: SignedIn,
    Path(id): Path<String>,
    Form(form): Form<RestoreForm>,
) -> Result<Response, PageError> {
    check_session_token(&signed_in, &form.csrf_token)?;
    let record = measure_for(&state, Some(signed_in.account.role), &id, MeasureAction::Edit).await?;
    // A version that is not this measure's is what a stale or altered form sends: the form is
    // reloaded, as when it lost its version.
    let not_a_version = || PageError::translated(axum::http::StatusCode::BAD_REQUEST, "error-form-lost-version");
    let change_id: i64 = form.change_id.parse().map_err(|_| not_a_version())?;
    let version: i64 = form
        .version
        .parse()
        .map_err(|_| PageError::translated(axum::http::StatusCode::BAD_REQUEST, "error-form-lost-version"))?;
    let entries = state.store().changes_for("measure", record.measure.external_id.as_str()).await?;
    let earlier = entries
        .into_iter()
        .find(|entry| entry.id == change_id)
        .and_then(|entry| entry.after)
        .ok_or_else(not_a_version)?;
    let earlier: Measure = serde_json::from_value(earlier).map_err(PageError::internal)?;
    keeps_the_state(signed_in.account.role, &record.measure, &earlier)?;
    let author = Author::account(&signed_in.account);
    match state.store().restore_measure(record.id, &earlier, version, &author).await {
        Ok(_) => Ok(Redirect::to(&context.address(&format!("/measures/{}/history", record.id))).into_response()),
        Err(error) => Err(error.into()),
    }
}
