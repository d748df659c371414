//! `POST /measures/{id}/transitions`: moves a measure through the workflow (submit, publish,
//! send back, withdraw, reopen).

use axum::{
    Form,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use domain::workflow::{MeasureAction, Transition};
use serde::Deserialize;
use store::Author;

use super::access::measure_for;
use crate::{
    csrf::check_session_token, error::PageError, list_params::problems, page_context::PageContext, session::SignedIn,
    state::AppState,
};

#[derive(Deserialize)]
pub(crate) struct TransitionForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    transition: String,
    #[serde(default)]
    comment: String,
    #[serde(default)]
    version: String,
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    context: PageContext,
    signed_in: SignedIn,
    Path(id): Path<String>,
    Form(form): Form<TransitionForm>,
) -> Result<Response, PageError> {
    check_session_token(&signed_in, &form.csrf_token)?;
    let transition = Transition::parse(&form.transition).ok_or_else(|| {
        let moves = Transition::ALL.map(Transition::code).join(", ");
        PageError::from(crate::list_params::error("transition", problems::not_one_of(&form.transition, &moves)))
    })?;
    let role = Some(signed_in.account.role);
    let record = measure_for(&state, role, &id, MeasureAction::Move(transition)).await?;
    let version: i64 = form
        .version
        .parse()
        .map_err(|_| PageError::translated(axum::http::StatusCode::BAD_REQUEST, "error-form-lost-version"))?;
    if transition.needs_comment() && form.comment.trim().is_empty() {
        return Err(PageError::translated(StatusCode::UNPROCESSABLE_ENTITY, "error-comment-needed"));
    }
    if form.comment.chars().count() > 4000 {
        return Err(PageError::translated(StatusCode::UNPROCESSABLE_ENTITY, "error-comment-too-long"));
    }
    let author = Author::account(&signed_in.account);
    match state.store().move_measure(record.id, transition, &form.comment, version, &author).await {
        Ok(_) => Ok(Redirect::to(&context.address(&format!("/measures/{}", record.id))).into_response()),
        Err(error) => Err(error.into()),
    }
}
