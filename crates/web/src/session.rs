//! Who is asking: the session cookie, looked up once per request, and the guards handlers use
//! to ask for a signed-in user or an administrator.
//!
//! A session is a random token in an `HttpOnly`, `SameSite=Lax` cookie; the store keeps only
//! its SHA-256 digest, with the account, an absolute expiry and the session's CSRF token.

use axum::{
    extract::{FromRequestParts, Request, State},
    http::{HeaderMap, HeaderValue, header, request::Parts},
    middleware::Next,
    response::Response,
};
use credentials::token_digest;
use store::{AccountRecord, SessionRecord};

use crate::{error::PageError, state::AppState};

/// The name of the session cookie.
pub(crate) const SESSION_COOKIE: &str = "vawdb_session";

/// How long a session lasts after signing in, whatever is done with it: a working day.
pub(crate) const SESSION_LIFETIME_SECONDS: u64 = 12 * 60 * 60;

/// The person behind a request: signed in, or a member of the public.
#[derive(Debug, Clone)]
pub(crate) enum Visitor {
    Public,
    SignedIn(SignedIn),
}

/// A signed-in account and its session.
#[derive(Debug, Clone)]
pub(crate) struct SignedIn {
    pub(crate) account: AccountRecord,
    /// The token every form posted in this session must carry.
    pub(crate) csrf_token: String,
    pub(crate) token_digest: String,
}

impl Visitor {
    pub(crate) fn signed_in(&self) -> Option<&SignedIn> {
        match self {
            Visitor::Public => None,
            Visitor::SignedIn(signed_in) => Some(signed_in),
        }
    }
}

/// Looks the session cookie up and puts the [`Visitor`] in the request's extensions. A cookie
/// for a session that has expired, ended or belongs to a disabled account makes a public
/// visitor.
pub(crate) async fn load(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let visitor = match cookie(request.headers(), SESSION_COOKIE) {
        Some(token) => {
            let digest = token_digest(token);
            match state.store().session(&digest).await {
                Ok(Some(SessionRecord { account, csrf_token, .. })) => {
                    Visitor::SignedIn(SignedIn { account, csrf_token, token_digest: digest })
                }
                Ok(None) => Visitor::Public,
                Err(error) => return axum::response::IntoResponse::into_response(PageError::internal(error)),
            }
        }
        None => Visitor::Public,
    };
    let signed_in = matches!(visitor, Visitor::SignedIn(_));
    request.extensions_mut().insert(visitor);
    let mut response = next.run(request).await;
    if signed_in {
        // A page made for one signed-in user must not be kept by a cache for someone else.
        response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    }
    response
}

impl<S: Send + Sync> FromRequestParts<S> for Visitor {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Visitor, Self::Rejection> {
        Ok(parts.extensions.get::<Visitor>().cloned().unwrap_or(Visitor::Public))
    }
}

/// A handler argument that lets only signed-in users through; others are sent to the sign-in
/// page, which brings them back here.
impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<SignedIn, PageError> {
        match Visitor::from_request_parts(parts, state).await {
            Ok(Visitor::SignedIn(signed_in)) => Ok(signed_in),
            _ => Err(PageError::sign_in_needed(parts.uri.path_and_query().map_or("/", |path| path.as_str()))),
        }
    }
}

/// A handler argument that lets only administrators through.
#[derive(Debug, Clone)]
pub(crate) struct Administrator(pub(crate) SignedIn);

impl<S: Send + Sync> FromRequestParts<S> for Administrator {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Administrator, PageError> {
        let signed_in = SignedIn::from_request_parts(parts, state).await?;
        if signed_in.account.role.is_administrator() {
            Ok(Administrator(signed_in))
        } else {
            Err(PageError::translated(axum::http::StatusCode::FORBIDDEN, "error-only-administrators"))
        }
    }
}

/// The value of cookie `name` in the request's `Cookie` headers.
pub(crate) fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
        .filter(|value| !value.is_empty())
}

/// A `Set-Cookie` value for a cookie scripts cannot read, sent back only to this site.
pub(crate) fn set_cookie(name: &str, value: &str, max_age_seconds: u64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::try_from(format!("{name}={value}; Path=/; Max-Age={max_age_seconds}; HttpOnly; SameSite=Lax{secure}"))
        .expect("cookie names and hex tokens are valid header text")
}

/// A `Set-Cookie` value that removes cookie `name`.
pub(crate) fn clear_cookie(name: &str, secure: bool) -> HeaderValue {
    set_cookie(name, "", 0, secure)
}

/// The address a request came from, as the sign-in record keeps it; `unknown` when the server
/// was not asked to keep connection details (as in tests that call the router directly).
#[derive(Debug, Clone)]
pub(crate) struct ClientAddress(pub(crate) String);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<ClientAddress, Self::Rejection> {
        let address = parts.extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>();
        Ok(ClientAddress(address.map_or_else(|| "unknown".to_owned(), |info| info.0.ip().to_string())))
    }
}

/// A handler argument that lets only the secretariat (editors and administrators) through.
#[derive(Debug, Clone)]
pub(crate) struct Secretariat(pub(crate) SignedIn);

impl<S: Send + Sync> FromRequestParts<S> for Secretariat {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Secretariat, PageError> {
        let signed_in = SignedIn::from_request_parts(parts, state).await?;
        if signed_in.account.role.is_secretariat() {
            Ok(Secretariat(signed_in))
        } else {
            Err(PageError::translated(axum::http::StatusCode::FORBIDDEN, "error-only-secretariat"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_secure_only_when_asked_and_are_read_back_by_name() {
        let plain = set_cookie(SESSION_COOKIE, "abc", 60, false);
        assert_eq!(plain, "vawdb_session=abc; Path=/; Max-Age=60; HttpOnly; SameSite=Lax");
        let secure = set_cookie(SESSION_COOKIE, "abc", 60, true);
        assert_eq!(secure, "vawdb_session=abc; Path=/; Max-Age=60; HttpOnly; SameSite=Lax; Secure");
        assert!(clear_cookie(SESSION_COOKIE, true).to_str().unwrap().contains("Max-Age=0"));

        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_static("other=1; vawdb_session=xyz; vawdb_csrf="));
        assert_eq!(cookie(&headers, SESSION_COOKIE), Some("xyz"));
        assert_eq!(cookie(&headers, "vawdb_csrf"), None, "an empty cookie is no cookie");
    }
}
