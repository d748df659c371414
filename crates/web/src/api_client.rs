//! Machine clients of the API: a bearer token (`Authorization: Bearer <token>`) stands for an
//! account and a set of scopes. Only writes need one; reading the public API needs none.

use axum::{
    extract::{FromRequestParts, State},
    http::{StatusCode, header, request::Parts},
};
use credentials::token_digest;
use store::ApiClientRecord;

use crate::{error::ApiError, state::AppState};

/// The scope that lets a token import measures, as its account's role allows.
pub(crate) const SCOPE_IMPORT: &str = "measures:import";

/// Every scope a token can carry, with what it allows.
pub(crate) const SCOPES: [(&str, &str); 1] =
    [(SCOPE_IMPORT, "import measures (dry run or for real), as your role allows")];

/// A request made with a live token.
#[derive(Debug, Clone)]
pub(crate) struct ApiClient(pub(crate) ApiClientRecord);

impl ApiClient {
    /// Refuses the request unless the token carries `scope`.
    pub(crate) fn require(&self, scope: &str) -> Result<(), ApiError> {
        if self.0.scopes.iter().any(|granted| granted == scope) {
            Ok(())
        } else {
            Err(ApiError::with_status(StatusCode::FORBIDDEN, format!("this token does not carry the scope {scope}")))
        }
    }
}

impl FromRequestParts<AppState> for ApiClient {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<ApiClient, ApiError> {
        let State(state): State<AppState> = State(state.clone());
        let unauthorized = |message: &str| ApiError::with_status(StatusCode::UNAUTHORIZED, message);
        let value = parts
            .headers
            .get(header::AUTHORIZATION)
            .ok_or_else(|| unauthorized("send an API token: Authorization: Bearer <token>"))?;
        let token = value
            .to_str()
            .ok()
            .and_then(|value| value.strip_prefix("Bearer "))
            .map(str::trim)
            .ok_or_else(|| unauthorized("the Authorization header must read: Bearer <token>"))?;
        match state.store().api_client(&token_digest(token)).await? {
            Some(client) => Ok(ApiClient(client)),
            None => Err(unauthorized("this token is unknown, revoked or expired, or its account is disabled")),
        }
    }
}
