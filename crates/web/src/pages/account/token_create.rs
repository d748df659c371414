//! `POST /account/tokens`: makes an API token for the signed-in account, shown once.

use axum::{
    Form,
    extract::State,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use credentials::{SecretToken, token_digest};
use serde::Serialize;
use store::Author;

use super::account_page::AccountPage;
use crate::{
    api_client::SCOPES, csrf::check_session_token, error::PageError, page_context::PageContext,
    pages::rendering::render, session::SignedIn, state::AppState,
};

/// The lifetimes offered, in days.
const LIFETIMES: [u64; 3] = [30, 90, 365];

#[derive(Serialize)]
struct IssuedToken<'a> {
    name: &'a str,
    token: &'a str,
    scopes: String,
    days: u64,
}

pub(crate) async fn submit(
    State(state): State<AppState>,
    context: PageContext,
    signed_in: SignedIn,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let field = |name: &str| pairs.iter().find(|(key, _)| key == name).map_or("", |(_, value)| value.trim());
    check_session_token(&signed_in, field("csrf_token"))?;
    let scopes: Vec<&str> = pairs
        .iter()
        .filter(|(key, _)| key == "scope")
        .filter_map(|(_, value)| SCOPES.iter().find(|(code, _)| code == value).map(|(code, _)| *code))
        .collect();
    let name = field("name");
    let days: u64 = field("days").parse().unwrap_or(0);
    let problem = if name.is_empty() || name.chars().count() > 100 {
        Some("Token name: say what the token is for, in up to 100 characters.")
    } else if scopes.is_empty() {
        Some("Scopes: choose what the token may do.")
    } else if !LIFETIMES.contains(&days) {
        Some("Valid for: choose 30, 90 or 365 days.")
    } else {
        None
    };
    if let Some(message) = problem {
        let mut page = AccountPage::of(&state, &context, &signed_in).await?;
        page.message = Some(message.to_owned());
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&state, &context, "account.html", page)?).into_response());
    }
    let token = SecretToken::generate();
    let account = &signed_in.account;
    let author = Author::account(account);
    state.store().create_api_token(account.id, &token_digest(token.as_str()), name, &scopes, days, &author).await?;
    let page = IssuedToken { name, token: token.as_str(), scopes: scopes.join(", "), days };
    let mut response = render(&state, &context, "token_issued.html", page)?.into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, "no-store".parse().expect("a valid header value"));
    Ok(response)
}
