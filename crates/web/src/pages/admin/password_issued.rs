//! The page that shows a generated password, once: after an account is created or its
//! password reset. It is never stored in clear and cannot be shown again.

use axum::{
    http::header,
    response::{IntoResponse, Response},
};
use domain::account::Username;
use serde::Serialize;

use crate::{error::PageError, page_context::PageContext, pages::rendering::render, state::AppState};

#[derive(Serialize)]
struct IssuedPage<'a> {
    username: &'a str,
    password: &'a str,
    what: &'a str,
}

pub(super) fn issued(
    state: &AppState,
    context: &PageContext,
    username: &Username,
    password: &str,
    what: &str,
) -> Result<Response, PageError> {
    let page = IssuedPage { username: username.as_str(), password, what };
    let mut response = render(state, context, "password_issued.html", page)?.into_response();
    // A password must not stay in a cache.
    response.headers_mut().insert(header::CACHE_CONTROL, "no-store".parse().expect("a valid header value"));
    Ok(response)
}
