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
    let mut page = match (details.message_key, &details.domain_message) {
        (Some(key), _) => {
            let message = state.messages().text(context.language, key, &[]);
            error_page(&state, &context, status, &message, true)
        }
        (None, Some(domain_message)) => match state.catalogue().await {
            Ok(catalogue) => {
                // The domain's messages are written to follow a field's name; alone on a page
                // they open a sentence.
                let message = state.messages().message(context.language, &domain_message.message, &catalogue);
                let message = match &domain_message.parameter {
                    Some(parameter) => state.messages().text(
                        context.language,
                        "problem-parameter",
                        &[("parameter", parameter.as_str().into()), ("details", message.into())],
                    ),
                    None => message,
                };
                let mut characters = message.chars();
                let message: String =
                    characters.next().map(|first| first.to_uppercase().chain(characters).collect()).unwrap_or_default();
                error_page(&state, &context, status, &message, true)
            }
            Err(_) => error_page(&state, &context, status, &details.message, false),
        },
        (None, None) => error_page(&state, &context, status, &details.message, false),
    };
    // When to come back (a busy server, an index being built, an export allowance used up)
    // is the handler's to say, and the page keeps it.
    if let Some(retry_after) = response.headers().get(axum::http::header::RETRY_AFTER) {
        page.headers_mut().insert(axum::http::header::RETRY_AFTER, retry_after.clone());
    }
    page
}

/// The statuses whose names the catalogues give; others show the standard English reason.
const NAMED_STATUSES: [u16; 11] = [400, 401, 403, 404, 409, 413, 415, 422, 429, 500, 503];

/// The error page. A message that is not `translated` is the handler's English (the details
/// of a parameter, a file's problem): on a page in another language it is marked as English
/// and isolated.
fn error_page(
    state: &AppState,
    context: &PageContext,
    status: StatusCode,
    message: &str,
    translated: bool,
) -> Response {
    #[derive(Serialize)]
    struct ErrorPage<'a> {
        status: u16,
        reason: String,
        reason_in_english: bool,
        message: &'a str,
        message_in_english: bool,
    }
    let named = NAMED_STATUSES.contains(&status.as_u16());
    let reason = if named {
        state.messages().text(context.language, &format!("error-status-{}", status.as_u16()), &[])
    } else {
        status.canonical_reason().unwrap_or("Error").to_owned()
    };
    let foreign = context.language != domain::language::Language::English;
    let page = ErrorPage {
        status: status.as_u16(),
        reason,
        reason_in_english: foreign && !named,
        message,
        message_in_english: foreign && !translated,
    };
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
    error_page(&state, &context, StatusCode::NOT_FOUND, &message, true)
}
