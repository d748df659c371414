//! The sign-in form as the form page and a failed sign-in both render it, and where a
//! successful sign-in may go next.

use axum::{
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};
use credentials::SecretToken;
use serde::Serialize;

use crate::{
    csrf::SIGN_IN_COOKIE,
    error::PageError,
    page_context::PageContext,
    pages::rendering::render,
    session::{cookie, set_cookie},
    state::AppState,
};

#[derive(Serialize)]
struct SignInPage<'a> {
    next: &'a str,
    username: &'a str,
    csrf_token: &'a str,
    message: Option<&'a str>,
}

/// What the form shows again after a failed attempt.
pub(super) struct FormState<'a> {
    pub(super) next: &'a str,
    pub(super) username: &'a str,
    pub(super) message: Option<&'a str>,
}

/// The form with a token, keeping the browser's sign-in token if it has one so that a form
/// open in another tab stays valid.
pub(super) fn render_form(
    state: &AppState,
    context: &PageContext,
    headers: &HeaderMap,
    form: &FormState<'_>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let token = match cookie(headers, SIGN_IN_COOKIE) {
        Some(token) if token.len() == 64 && token.bytes().all(|byte| byte.is_ascii_hexdigit()) => token.to_owned(),
        _ => SecretToken::generate().as_str().to_owned(),
    };
    let page = SignInPage { next: form.next, username: form.username, csrf_token: &token, message: form.message };
    let html = render(state, context, "sign_in.html", page)?;
    let mut response = (status, html).into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, set_cookie(SIGN_IN_COOKIE, &token, 2 * 60 * 60, state.config().secure_cookies));
    response.headers_mut().insert(header::CACHE_CONTROL, "no-store".parse().expect("a valid header value"));
    Ok(response)
}

/// Where to go after signing in: a path on this site, never another site (`//evil.example`,
/// `/\evil.example` and `https://…` all become the account page).
pub(super) fn safe_next(next: &str) -> String {
    crate::link_with_language::local_path(next).unwrap_or("/account").to_owned()
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_paths_on_this_site_are_followed() {
        assert_eq!(safe_next("/search?q=training"), "/search?q=training");
        for elsewhere in
            ["//evil.example", "/\\evil.example", "https://evil.example", "", "javascript:alert(1)", "/\nx"]
        {
            assert_eq!(safe_next(elsewhere), "/account", "{elsewhere:?}");
        }
    }
}
