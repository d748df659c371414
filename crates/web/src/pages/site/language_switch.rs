//! `GET /language/{code}?next=…`: the language switcher. It remembers the choice in a cookie
//! and goes back to the page it was used on, in that language.
//!
//! A plain link, not a form, so that it works without scripts and by keyboard; it changes
//! nothing but the reader's own preference, so it needs no CSRF token.

use axum::{
    extract::{Path, Query, State},
    http::header,
    response::{IntoResponse, Redirect, Response},
};
use domain::language::Language;
use serde::Deserialize;

use crate::{
    language_choice::language_cookie,
    link_with_language::{address_with_language, local_path},
    state::AppState,
};

#[derive(Deserialize)]
pub(crate) struct SwitchQuery {
    #[serde(default)]
    next: String,
}

pub(crate) async fn switch(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(query): Query<SwitchQuery>,
) -> Response {
    // An unknown code switches to English rather than failing: the menu only offers the six.
    let language = Language::from_code(&code).unwrap_or(Language::English);
    let back = local_path(&query.next).unwrap_or("/");
    let mut response = Redirect::to(&address_with_language(back, Some(language))).into_response();
    response.headers_mut().insert(header::SET_COOKIE, language_cookie(language, state.config().secure_cookies));
    response
}
