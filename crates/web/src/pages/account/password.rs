//! `POST /account/password`: changes the signed-in user's own password.
//!
//! The current password is asked for again, so that someone at an unattended browser cannot
//! take the account over. Every session of the account ends; this browser gets a new one.

use axum::{
    Form,
    extract::State,
    http::{StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use credentials::{PasswordHash, SecretToken, token_digest};
use domain::account::check_new_password;
use serde::Deserialize;
use store::Author;

use super::account_page::AccountPage;
use crate::{
    csrf::check_session_token,
    error::PageError,
    page_context::PageContext,
    pages::rendering::render,
    session::{SESSION_COOKIE, SESSION_LIFETIME_SECONDS, SignedIn, set_cookie},
    state::AppState,
};

#[derive(Deserialize)]
pub(crate) struct PasswordForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
    #[serde(default)]
    new_password_again: String,
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    context: PageContext,
    signed_in: SignedIn,
    Form(form): Form<PasswordForm>,
) -> Result<Response, PageError> {
    check_session_token(&signed_in, &form.csrf_token)?;
    let account = &signed_in.account;
    let stored = state.store().password_hash(account.id).await?.map(PasswordHash::from_stored);
    let current = form.current_password.clone();
    let current_matches = tokio::task::spawn_blocking(move || stored.is_some_and(|hash| hash.verify(&current)))
        .await
        .map_err(PageError::internal)?;
    let problem = if !current_matches {
        Some("The current password is wrong.".to_owned())
    } else if form.new_password != form.new_password_again {
        Some("The two new passwords differ.".to_owned())
    } else {
        check_new_password(&form.new_password).err().map(|message| format!("New password: {message}."))
    };
    if let Some(message) = problem {
        let mut page = AccountPage::of(&state, &context, &signed_in).await?;
        page.message = Some(message);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&state, &context, "account.html", page)?).into_response());
    }
    let new_password = form.new_password.clone();
    let hash =
        tokio::task::spawn_blocking(move || PasswordHash::new(&new_password)).await.map_err(PageError::internal)?;
    let author = Author::account(account);
    state.store().set_password_hash(&account.username, hash.as_str(), &author).await?;
    let token = SecretToken::generate();
    state
        .store()
        .open_session(
            account.id,
            &token_digest(token.as_str()),
            SecretToken::generate().as_str(),
            SESSION_LIFETIME_SECONDS,
        )
        .await?;
    let mut response = Redirect::to(&context.address("/account?changed=true")).into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        set_cookie(SESSION_COOKIE, token.as_str(), SESSION_LIFETIME_SECONDS, state.config().secure_cookies),
    );
    Ok(response)
}
