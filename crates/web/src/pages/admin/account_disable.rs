//! `POST /admin/accounts/{username}/disable`: disables an account and ends its sessions.

use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Redirect, Response},
};
use domain::account::Username;
use serde::Deserialize;
use store::Author;

use super::account_fields::{NewAccountFields, refuse};
use crate::{
    csrf::check_session_token, error::PageError, page_context::PageContext, session::Administrator, state::AppState,
};

#[derive(Deserialize)]
pub(crate) struct DisableForm {
    #[serde(default)]
    csrf_token: String,
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    context: PageContext,
    admin: Administrator,
    Path(username): Path<String>,
    Form(form): Form<DisableForm>,
) -> Result<Response, PageError> {
    check_session_token(&admin.0, &form.csrf_token)?;
    let username = Username::parse(&username)
        .map_err(|_| PageError::translated(axum::http::StatusCode::NOT_FOUND, "error-no-such-account"))?;
    if username == admin.0.account.username {
        let message = "You cannot disable your own account: ask another administrator.".to_owned();
        return refuse(&state, &context, &admin, NewAccountFields::default(), message).await;
    }
    let author = Author::account(&admin.0.account);
    match state.store().disable_account(&username, &author).await {
        Ok(_) => Ok(Redirect::to(&context.address("/admin/accounts")).into_response()),
        Err(error) => Err(error.into()),
    }
}
