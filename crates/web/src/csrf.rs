//! Protection against cross-site request forgery, in two layers.
//!
//! Every form that changes something carries a hidden `csrf_token`. Signed in, it must equal
//! the token of the session (kept in the store, never in a cookie a script could read).
//! Before signing in there is no session, so the sign-in form's token must equal the
//! `vawdb_csrf` cookie set with the form: a page on another site can neither read nor set it.
//! Underneath, [`refuse_cross_site_posts`] turns away any state-changing request whose
//! `Origin` (or, without one, `Sec-Fetch-Site`) says it comes from another site.

use axum::{
    extract::Request,
    http::{HeaderMap, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use credentials::secrets_match;

use crate::{
    error::PageError,
    session::{SignedIn, cookie},
};

/// The cookie that carries the sign-in form's token.
pub(crate) const SIGN_IN_COOKIE: &str = "vawdb_csrf";

/// The catalogue message of a refused form: it expired or did not come from this site.
const REFUSED: &str = "error-form-refused";

/// Checks the token a signed-in user's form carried.
pub(crate) fn check_session_token(signed_in: &SignedIn, given: &str) -> Result<(), PageError> {
    if secrets_match(given, &signed_in.csrf_token) {
        Ok(())
    } else {
        Err(PageError::translated(axum::http::StatusCode::FORBIDDEN, REFUSED))
    }
}

/// Checks the token the sign-in form carried against its cookie.
pub(crate) fn check_sign_in_token(headers: &HeaderMap, given: &str) -> Result<(), PageError> {
    match cookie(headers, SIGN_IN_COOKIE) {
        Some(expected) if secrets_match(given, expected) => Ok(()),
        _ => Err(PageError::translated(axum::http::StatusCode::FORBIDDEN, REFUSED)),
    }
}

/// Refuses state-changing requests that a browser says come from another site.
pub(crate) async fn refuse_cross_site_posts(request: Request, next: Next) -> Response {
    if !matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        && comes_from_another_site(request.headers())
    {
        return (StatusCode::FORBIDDEN, "cross-site request refused").into_response();
    }
    next.run(request).await
}

fn comes_from_another_site(headers: &HeaderMap) -> bool {
    let host = headers.get(header::HOST).and_then(|value| value.to_str().ok());
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|value| value.to_str().ok()) {
        // "null" is what a sandboxed frame or a privacy-sensitive redirect sends.
        let origin_host = origin.split_once("://").map(|(_, rest)| rest);
        return match (origin_host, host) {
            (Some(origin_host), Some(host)) => !origin_host.eq_ignore_ascii_case(host),
            _ => true,
        };
    }
    headers
        .get("sec-fetch-site")
        .and_then(|value| value.to_str().ok())
        .is_some_and(|site| site == "cross-site" || site == "same-site")
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.insert(*name, HeaderValue::from_static(value));
        }
        headers
    }

    #[test]
    fn only_requests_from_this_site_pass() {
        assert!(!comes_from_another_site(&headers(&[("host", "127.0.0.1:8080"), ("origin", "http://127.0.0.1:8080")])));
        assert!(comes_from_another_site(&headers(&[("host", "127.0.0.1:8080"), ("origin", "https://evil.example")])));
        assert!(comes_from_another_site(&headers(&[("host", "127.0.0.1:8080"), ("origin", "null")])));
        assert!(comes_from_another_site(&headers(&[("sec-fetch-site", "cross-site")])));
        assert!(!comes_from_another_site(&headers(&[("sec-fetch-site", "same-origin")])));
        assert!(!comes_from_another_site(&headers(&[])), "clients that are not browsers send neither");
    }
}
