//! `GET /sign-in`: the sign-in form, which also shows why the last attempt failed.

use axum::{
    extract::{Query, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use serde::Deserialize;

use super::sign_in_page::{FormState, render_form, safe_next};
use crate::{error::PageError, page_context::PageContext, session::Visitor, state::AppState};

#[derive(Deserialize)]
pub(crate) struct SignInQuery {
    #[serde(default)]
    next: String,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    visitor: Visitor,
    headers: HeaderMap,
    Query(query): Query<SignInQuery>,
) -> Result<Response, PageError> {
    if visitor.signed_in().is_some() {
        return Ok(Redirect::to(&context.address(&safe_next(&query.next))).into_response());
    }
    render_form(
        &state,
        &context,
        &headers,
        &FormState { next: &query.next, username: "", message: None },
        StatusCode::OK,
    )
}
