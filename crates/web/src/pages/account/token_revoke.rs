//! `POST /account/tokens/{id}/revoke`: revokes one of the signed-in account's API tokens.

use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;
use store::Author;

use crate::{
    csrf::check_session_token, error::PageError, page_context::PageContext, session::SignedIn, state::AppState,
};

#[derive(Deserialize)]
pub(crate) struct RevokeForm {
    #[serde(default)]
    csrf_token: String,
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    context: PageContext,
    signed_in: SignedIn,
    Path(id): Path<String>,
    Form(form): Form<RevokeForm>,
) -> Result<Response, PageError> {
    check_session_token(&signed_in, &form.csrf_token)?;
    let id: i64 =
        id.parse().map_err(|_| PageError::translated(axum::http::StatusCode::NOT_FOUND, "error-no-such-token"))?;
    let account = &signed_in.account;
    let author = Author::account(account);
    match state.store().revoke_api_token(account.id, id, &author).await {
        Ok(()) => Ok(Redirect::to(&context.address("/account#tokens")).into_response()),
        Err(error) => Err(error.into()),
    }
}
