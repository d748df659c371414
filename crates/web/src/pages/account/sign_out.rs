//! `POST /sign-out`: ends this browser's session.

use axum::{
    Form,
    extract::State,
    http::header,
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;
use store::SignInOutcome;

use crate::{
    csrf::check_session_token,
    error::PageError,
    page_context::PageContext,
    session::{ClientAddress, SESSION_COOKIE, SignedIn, clear_cookie},
    state::AppState,
};

#[derive(Deserialize)]
pub(crate) struct SignOutForm {
    #[serde(default)]
    csrf_token: String,
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    context: PageContext,
    signed_in: SignedIn,
    ClientAddress(address): ClientAddress,
    Form(form): Form<SignOutForm>,
) -> Result<Response, PageError> {
    check_session_token(&signed_in, &form.csrf_token)?;
    state.store().end_session(&signed_in.token_digest).await?;
    let account = &signed_in.account;
    state
        .store()
        .record_sign_in_event(account.username.as_str(), Some(account.id), SignInOutcome::SignedOut, &address)
        .await?;
    let mut response = Redirect::to(&context.address("/")).into_response();
    response.headers_mut().insert(header::SET_COOKIE, clear_cookie(SESSION_COOKIE, state.config().secure_cookies));
    Ok(response)
}
