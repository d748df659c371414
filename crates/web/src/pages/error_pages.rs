//! The error page that replaces a page handler's plain error body, and the answer to an
//! address that matches no route.

use axum::{
    extract::{Request, State},
    http::StatusCode,
    middleware::Next,
    response::{IntoResponse, Response},
};
use serde::Serialize;

use crate::{error::PageErrorDetails, page_context::PageContext, pages::rendering::render, state::AppState};

/// Replaces the plain body of an error from a page handler with the error page.
pub(crate) async fn render_error_pages(
    State(state): State<AppState>,
    context: PageContext,
    request: Request,
    next: Next,
) -> Response {
    let response = next.run(request).await;
    let Some(details) = response.extensions().get::<PageErrorDetails>().cloned() else {
        return response;
    };
    let status = response.status();
    error_page(&state, &context, status, &details.message)
}

fn error_page(state: &AppState, context: &PageContext, status: StatusCode, message: &str) -> Response {
    #[derive(Serialize)]
    struct ErrorPage<'a> {
        status: u16,
        reason: &'a str,
        message: &'a str,
    }
    let page = ErrorPage { status: status.as_u16(), reason: status.canonical_reason().unwrap_or("Error"), message };
    match render(state, context, "error.html", page) {
        Ok(html) => (status, html).into_response(),
        Err(_) => (status, message.to_owned()).into_response(),
    }
}

/// The answer to any address that matches no route.
pub(crate) async fn not_found(State(state): State<AppState>, context: PageContext, request: Request) -> Response {
    if request.uri().path().starts_with("/api/") {
        return crate::error::ApiError::not_found(format!("no API route at {}", request.uri().path())).into_response();
    }
    let message = state.messages().text(context.language, "error-no-such-page", &[]);
    error_page(&state, &context, StatusCode::NOT_FOUND, &message)
}
