//! `POST /statistics/datasets/{id}/state`: an editor publishes a dataset (its counts then
//! enter public, protected tables), withdraws it, or sends it back to draft.

use axum::{
    Form,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;
use store::{Author, DatasetState};

use crate::{
    csrf::check_session_token, error::PageError, page_context::PageContext, session::Secretariat, state::AppState,
};

#[derive(Deserialize)]
pub(crate) struct StateForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    state: String,
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    context: PageContext,
    secretariat: Secretariat,
    Path(id): Path<i64>,
    Form(form): Form<StateForm>,
) -> Result<Response, PageError> {
    check_session_token(&secretariat.0, &form.csrf_token)?;
    let target = DatasetState::parse(form.state.trim()).ok_or_else(|| {
        let problem = crate::list_params::problems::not_one_of(&form.state, "draft, published, withdrawn");
        PageError::from(crate::list_params::error("state", problem))
    })?;
    let dataset = state
        .store()
        .statistics_dataset(id)
        .await?
        .ok_or_else(|| PageError::translated(StatusCode::NOT_FOUND, "error-no-such-dataset"))?;
    if dataset.state != target {
        state.store().set_statistics_dataset_state(id, target, &Author::account(&secretariat.0.account)).await?;
    }
    Ok(Redirect::to(&context.address("/statistics/datasets")).into_response())
}
