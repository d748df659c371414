//! `POST /admin/accounts/{username}/password`: gives an account a new generated password,
//! shown once, and ends its sessions and lock.

use axum::{
    Form,
    extract::{Path, State},
    response::Response,
};
use credentials::{PasswordHash, generate_password};
use domain::account::Username;
use serde::Deserialize;
use store::Author;

use super::password_issued::issued;
use crate::{
    csrf::check_session_token, error::PageError, page_context::PageContext, session::Administrator, state::AppState,
};

#[derive(Deserialize)]
pub(crate) struct ResetForm {
    #[serde(default)]
    csrf_token: String,
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    context: PageContext,
    admin: Administrator,
    Path(username): Path<String>,
    Form(form): Form<ResetForm>,
) -> Result<Response, PageError> {
    check_session_token(&admin.0, &form.csrf_token)?;
    let username = Username::parse(&username)
        .map_err(|_| PageError::translated(axum::http::StatusCode::NOT_FOUND, "error-no-such-account"))?;
    let password = generate_password();
    let to_hash = password.clone();
    let hash = tokio::task::spawn_blocking(move || PasswordHash::new(&to_hash)).await.map_err(PageError::internal)?;
    let author = Author::account(&admin.0.account);
    match state.store().set_password_hash(&username, hash.as_str(), &author).await {
        Ok(account) => issued(&state, &context, &account.username, &password, "reset"),
        Err(error) => Err(error.into()),
    }
}
