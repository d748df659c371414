//! Headers on every response: no framing, no sniffing, scripts and styles from this site
//! only, HTTPS only from then on when the site is reached through HTTPS, and `Vary` for the
//! headers a page's language is chosen from, so that no cache serves one reader's language
//! to another.

use axum::{
    extract::{Request, State},
    http::{HeaderName, HeaderValue, header},
    middleware::Next,
    response::Response,
};

const HEADERS: &[(HeaderName, &str)] = &[
    (
        header::CONTENT_SECURITY_POLICY,
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ),
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    (header::X_FRAME_OPTIONS, "DENY"),
    (header::REFERRER_POLICY, "same-origin"),
];

/// Tells browsers to come back only through HTTPS for a year. Sent only with
/// `--secure-cookies`, which says users reach the site through HTTPS: over plain HTTP the
/// header would be ignored, and a site that answered both would lock out its HTTP users.
const STRICT_TRANSPORT_SECURITY: &str = "max-age=31536000";

pub(crate) async fn add(State(state): State<crate::state::AppState>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    for (name, value) in HEADERS {
        headers.insert(name.clone(), HeaderValue::from_static(value));
    }
    headers.append(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    if state.config().secure_cookies {
        headers.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static(STRICT_TRANSPORT_SECURITY));
    }
    response
}
