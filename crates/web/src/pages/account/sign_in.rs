//! `POST /sign-in`: checks a username and password, and opens a session.
//!
//! Every attempt is recorded. Five failures in a row lock the account for a minute, then for
//! twice as long after each further failure, up to an hour; a locked account's password is
//! not even checked, so guessing gets nowhere while the lock lasts. Whether a username exists
//! is never told: an unknown user gets the wrong-password answer after as much work.

use axum::{
    Form,
    extract::State,
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use credentials::{PasswordHash, SecretToken, spend_time_like_a_verification, token_digest};
use domain::account::Username;
use serde::Deserialize;
use store::SignInOutcome;

use super::sign_in_page::{FormState, render_form, safe_next};
use crate::{
    csrf::{SIGN_IN_COOKIE, check_sign_in_token},
    error::PageError,
    page_context::PageContext,
    session::{ClientAddress, SESSION_COOKIE, SESSION_LIFETIME_SECONDS, clear_cookie, set_cookie},
    state::AppState,
};

#[derive(Deserialize)]
pub(crate) struct SignInForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    next: String,
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    context: PageContext,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
    Form(form): Form<SignInForm>,
) -> Result<Response, PageError> {
    check_sign_in_token(&headers, &form.csrf_token)?;
    let store = state.store();
    let messages = state.messages();
    let language = context.language;
    let wrong = messages.text(language, "sign-in-wrong", &[]);
    let locked = |until: Option<&str>| locked_message(messages, language, until);
    let refuse = |status: StatusCode, message: &str| {
        let shown = FormState { next: &form.next, username: &form.username, message: Some(message) };
        render_form(&state, &context, &headers, &shown, status)
    };

    let account = match Username::parse(&form.username) {
        Ok(username) => store.account(&username).await?,
        Err(_) => None,
    };
    let Some(account) = account else {
        let password = form.password.clone();
        tokio::task::spawn_blocking(move || spend_time_like_a_verification(&password))
            .await
            .map_err(PageError::internal)?;
        // What was typed is kept as typed, cut to a username's length.
        let typed: String = form.username.trim().chars().take(Username::MAX_CHARS).collect();
        // A name that is no account is locked after as many failures as an account is, and
        // answered in the same words, so that no answer tells whether the account exists.
        if let Some(until) = store.unknown_username_locked_until(&typed).await? {
            store.record_sign_in_event(&typed, None, SignInOutcome::Locked, &address).await?;
            return refuse(StatusCode::TOO_MANY_REQUESTS, &locked(Some(&until)));
        }
        store.record_sign_in_event(&typed, None, SignInOutcome::UnknownUser, &address).await?;
        if let Some(until) = store.unknown_username_locked_until(&typed).await? {
            let message = format!("{wrong} {}", locked(Some(&until)));
            return refuse(StatusCode::TOO_MANY_REQUESTS, &message);
        }
        return refuse(StatusCode::UNAUTHORIZED, &wrong);
    };
    let username = account.username.as_str();
    if account.is_locked() {
        // As long as a refused unknown name takes, so that the time does not tell either.
        let password = form.password.clone();
        tokio::task::spawn_blocking(move || spend_time_like_a_verification(&password))
            .await
            .map_err(PageError::internal)?;
        store.record_sign_in_event(username, Some(account.id), SignInOutcome::Locked, &address).await?;
        return refuse(StatusCode::TOO_MANY_REQUESTS, &locked(account.locked_until.as_deref()));
    }
    let hash = store.password_hash(account.id).await?.map(PasswordHash::from_stored);
    let password = form.password.clone();
    let matches = tokio::task::spawn_blocking(move || hash.is_some_and(|hash| hash.verify(&password)))
        .await
        .map_err(PageError::internal)?;
    if !matches {
        let after = store.record_failed_sign_in(account.id).await?;
        store.record_sign_in_event(username, Some(account.id), SignInOutcome::WrongPassword, &address).await?;
        if after.is_locked() {
            let message = format!("{wrong} {}", locked(after.locked_until.as_deref()));
            return refuse(StatusCode::TOO_MANY_REQUESTS, &message);
        }
        return refuse(StatusCode::UNAUTHORIZED, &wrong);
    }
    if account.is_disabled() {
        store.record_sign_in_event(username, Some(account.id), SignInOutcome::Disabled, &address).await?;
        return refuse(StatusCode::FORBIDDEN, &messages.text(language, "sign-in-disabled", &[]));
    }

    let token = SecretToken::generate();
    let csrf_token = SecretToken::generate();
    store
        .open_session(account.id, &token_digest(token.as_str()), csrf_token.as_str(), SESSION_LIFETIME_SECONDS)
        .await?;
    store.record_sign_in_event(username, Some(account.id), SignInOutcome::SignedIn, &address).await?;
    let secure = state.config().secure_cookies;
    let mut response = Redirect::to(&context.address(&safe_next(&form.next))).into_response();
    let cookies = response.headers_mut();
    cookies.append(header::SET_COOKIE, set_cookie(SESSION_COOKIE, token.as_str(), SESSION_LIFETIME_SECONDS, secure));
    cookies.append(header::SET_COOKIE, clear_cookie(SIGN_IN_COOKIE, secure));
    Ok(response)
}

fn locked_message(
    messages: &crate::i18n::Messages,
    language: domain::language::Language,
    until: Option<&str>,
) -> String {
    // Stored times read `2026-11-29T02:13:05.123456Z`; people read `02:13 UTC`.
    match until.and_then(|until| until.get(11..16)) {
        Some(time) => messages.text(language, "sign-in-locked", &[("time", time.into())]),
        None => messages.text(language, "sign-in-locked-later", &[]),
    }
}
