//! Errors as the user sees them: an HTML page for the site, a JSON body for the API.
//!
//! Handlers return `Result<_, PageError>` or `Result<_, ApiError>` and build errors with the
//! helper constructors; internal details are logged, never shown. Store errors are given
//! their status here and only here ([`store_status`]), so handlers can pass them on with `?`.

use axum::{
    Json,
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use serde::Serialize;
use store::StoreError;

use crate::list_params::ParamError;

/// An error answered with an HTML page. The response carries a [`PageErrorDetails`]
/// extension, from which the pages' layer renders the error page in the site's layout and
/// the request's language.
#[derive(Debug)]
pub(crate) struct PageError {
    status: StatusCode,
    message: String,
    /// The catalogue message that says `message` in every language, when there is one.
    message_key: Option<&'static str>,
    /// The domain's message that says `message` in every language, when there is one (boxed,
    /// so that the error a handler returns stays small).
    domain_message: Option<Box<DomainMessage>>,
    /// Where to send the browser instead of showing an error page.
    redirect: Option<String>,
    /// When to ask the client to try again (`Retry-After`), in seconds.
    retry_after_seconds: Option<u64>,
}

/// What the error page shows.
#[derive(Debug, Clone)]
pub(crate) struct PageErrorDetails {
    /// The message as the handler wrote it: English, for the errors that have no catalogue
    /// message (the details of a bad parameter).
    pub(crate) message: String,
    /// The catalogue message to show instead, in the page's language.
    pub(crate) message_key: Option<&'static str>,
    /// The domain's message to show instead, in the page's language.
    pub(crate) domain_message: Option<Box<DomainMessage>>,
}

/// One of the domain's messages, and the query parameter it is about, if it is about one.
#[derive(Debug, Clone)]
pub(crate) struct DomainMessage {
    pub(crate) message: domain::message::Message,
    pub(crate) parameter: Option<String>,
}

impl PageError {
    pub(crate) fn not_found(what: impl Into<String>) -> PageError {
        PageError::with_status(StatusCode::NOT_FOUND, what)
    }

    pub(crate) fn with_status(status: StatusCode, message: impl Into<String>) -> PageError {
        PageError {
            status,
            message: message.into(),
            message_key: None,
            domain_message: None,
            redirect: None,
            retry_after_seconds: None,
        }
    }

    /// An error whose message is one of the domain's, shown in the page's language.
    pub(crate) fn domain(status: StatusCode, message: domain::message::Message) -> PageError {
        PageError {
            message: message.english().to_owned(),
            domain_message: Some(Box::new(DomainMessage { message, parameter: None })),
            ..PageError::with_status(status, "")
        }
    }

    /// An error whose message is the catalogue message `key`, shown in the page's language.
    pub(crate) fn translated(status: StatusCode, key: &'static str) -> PageError {
        PageError { message_key: Some(key), ..PageError::with_status(status, key) }
    }

    pub(crate) fn forbidden(message: impl Into<String>) -> PageError {
        PageError::with_status(StatusCode::FORBIDDEN, message)
    }

    pub(crate) fn is_forbidden(&self) -> bool {
        self.status == StatusCode::FORBIDDEN
    }

    pub(crate) fn bad_request(message: impl Into<String>) -> PageError {
        PageError::with_status(StatusCode::BAD_REQUEST, message)
    }

    /// Sends a visitor who is not signed in to the sign-in page, which brings them back to
    /// `back_to` afterwards; the sign-in page takes the language `back_to` asks for.
    pub(crate) fn sign_in_needed(back_to: &str) -> PageError {
        let mut query = form_urlencoded::Serializer::new(String::new());
        query.append_pair("next", back_to);
        let asked = back_to.split_once('?').and_then(|(_, pairs)| {
            form_urlencoded::parse(pairs.as_bytes()).find(|(name, _)| name == "lang").map(|(_, value)| value)
        });
        if let Some(language) = asked {
            query.append_pair("lang", &language);
        }
        let query = query.finish();
        PageError {
            status: StatusCode::SEE_OTHER,
            message: "Sign in to open this page.".into(),
            message_key: None,
            domain_message: None,
            redirect: Some(format!("/sign-in?{query}")),
            retry_after_seconds: None,
        }
    }

    pub(crate) fn internal(error: impl std::fmt::Display) -> PageError {
        tracing::error!(%error, "request failed");
        PageError::translated(StatusCode::INTERNAL_SERVER_ERROR, "error-internal")
    }
}

impl From<StoreError> for PageError {
    fn from(error: StoreError) -> PageError {
        match store_status(&error) {
            StatusCode::INTERNAL_SERVER_ERROR => PageError::internal(error),
            StatusCode::SERVICE_UNAVAILABLE => {
                tracing::warn!(%error, "request refused: the database is busy");
                PageError {
                    retry_after_seconds: Some(1),
                    ..PageError::translated(StatusCode::SERVICE_UNAVAILABLE, "error-busy")
                }
            }
            status => PageError::with_status(status, error.to_string()),
        }
    }
}

impl From<minijinja::Error> for PageError {
    fn from(error: minijinja::Error) -> PageError {
        PageError::internal(format!("{error:#}"))
    }
}

impl From<crate::heavy_requests::TooManyHeavyRequests> for PageError {
    fn from(_: crate::heavy_requests::TooManyHeavyRequests) -> PageError {
        PageError {
            retry_after_seconds: Some(HEAVY_RETRY_AFTER_SECONDS),
            ..PageError::translated(StatusCode::SERVICE_UNAVAILABLE, "error-heavy-requests")
        }
    }
}

impl From<crate::export_rate::ExportRateExceeded> for PageError {
    fn from(exceeded: crate::export_rate::ExportRateExceeded) -> PageError {
        PageError {
            retry_after_seconds: Some(exceeded.retry_after.as_secs().max(1)),
            ..PageError::translated(StatusCode::TOO_MANY_REQUESTS, "error-export-rate")
        }
    }
}

impl From<ParamError> for PageError {
    fn from(error: ParamError) -> PageError {
        let message = error.message.english().to_owned();
        let domain_message = DomainMessage { message: error.message, parameter: Some(error.parameter) };
        PageError {
            message,
            domain_message: Some(Box::new(domain_message)),
            ..PageError::with_status(StatusCode::BAD_REQUEST, "")
        }
    }
}

impl From<search::SearchError> for PageError {
    fn from(error: search::SearchError) -> PageError {
        match error {
            search::SearchError::InvalidParameter { parameter, message } => {
                PageError::bad_request(format!("parameter '{parameter}': {message}"))
            }
            search::SearchError::Damaged | search::SearchError::Building => PageError {
                retry_after_seconds: Some(1),
                ..PageError::translated(StatusCode::SERVICE_UNAVAILABLE, "error-search-rebuilding")
            },
            other => PageError::internal(other),
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        if let Some(location) = self.redirect {
            return axum::response::Redirect::to(&location).into_response();
        }
        let mut response = (self.status, self.message.clone()).into_response();
        if let Some(seconds) = self.retry_after_seconds {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response.extensions_mut().insert(PageErrorDetails {
            message: self.message,
            message_key: self.message_key,
            domain_message: self.domain_message,
        });
        response
    }
}

/// An error answered with a JSON body: `{"error": {"status": 400, "parameter": "country", "message": "..."}}`.
#[derive(Debug)]
pub(crate) struct ApiError {
    status: StatusCode,
    parameter: Option<String>,
    message: String,
    /// When to ask the client to try again (`Retry-After`), in seconds.
    retry_after_seconds: Option<u64>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct ErrorBody {
    error: ErrorDetail,
}

#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct ErrorDetail {
    /// The HTTP status code.
    status: u16,
    /// The query or path parameter at fault, if one is.
    #[serde(skip_serializing_if = "Option::is_none")]
    parameter: Option<String>,
    message: String,
}

impl ApiError {
    pub(crate) fn not_found(what: impl Into<String>) -> ApiError {
        ApiError::with_status(StatusCode::NOT_FOUND, what)
    }

    pub(crate) fn with_status(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError { status, parameter: None, message: message.into(), retry_after_seconds: None }
    }

    pub(crate) fn bad_parameter(parameter: &str, message: impl Into<String>) -> ApiError {
        ApiError { parameter: Some(parameter.to_owned()), ..ApiError::with_status(StatusCode::BAD_REQUEST, message) }
    }

    pub(crate) fn internal(error: impl std::fmt::Display) -> ApiError {
        tracing::error!(%error, "API request failed");
        ApiError::with_status(StatusCode::INTERNAL_SERVER_ERROR, "internal error; it has been logged")
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> ApiError {
        match store_status(&error) {
            StatusCode::INTERNAL_SERVER_ERROR => ApiError::internal(error),
            StatusCode::SERVICE_UNAVAILABLE => {
                tracing::warn!(%error, "API request refused: the database is busy");
                ApiError {
                    retry_after_seconds: Some(1),
                    ..ApiError::with_status(StatusCode::SERVICE_UNAVAILABLE, BUSY_MESSAGE)
                }
            }
            status => ApiError::with_status(status, error.to_string()),
        }
    }
}

impl From<search::SearchError> for ApiError {
    fn from(error: search::SearchError) -> ApiError {
        match error {
            search::SearchError::InvalidParameter { parameter, message } => {
                ApiError::bad_parameter(&parameter, message)
            }
            search::SearchError::Damaged | search::SearchError::Building => ApiError {
                retry_after_seconds: Some(1),
                ..ApiError::with_status(StatusCode::SERVICE_UNAVAILABLE, SEARCH_REBUILDING_MESSAGE)
            },
            other => ApiError::internal(other),
        }
    }
}

impl From<crate::heavy_requests::TooManyHeavyRequests> for ApiError {
    fn from(_: crate::heavy_requests::TooManyHeavyRequests) -> ApiError {
        ApiError {
            retry_after_seconds: Some(HEAVY_RETRY_AFTER_SECONDS),
            ..ApiError::with_status(StatusCode::SERVICE_UNAVAILABLE, HEAVY_REQUESTS_MESSAGE)
        }
    }
}

impl From<ParamError> for ApiError {
    fn from(error: ParamError) -> ApiError {
        ApiError::bad_parameter(&error.parameter, String::from(error.message))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            error: ErrorDetail { status: self.status.as_u16(), parameter: self.parameter, message: self.message },
        };
        let mut response = (self.status, Json(body)).into_response();
        if let Some(seconds) = self.retry_after_seconds {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// What a search answers while a damaged index is rebuilt from the store.
const SEARCH_REBUILDING_MESSAGE: &str = "Search is being rebuilt from the store; try again in a minute.";

/// What a heavy request answers when the server is busy with as many as it takes at once.
const HEAVY_REQUESTS_MESSAGE: &str =
    "The server is busy with other imports, exports and report downloads; try again in a few seconds.";

/// When a heavy request refused for want of a place is asked to come back: about the time an
/// export of a large search takes.
const HEAVY_RETRY_AFTER_SECONDS: u64 = 5;

/// What a busy database answers, instead of the driver's words.
const BUSY_MESSAGE: &str = "The database is busy; try again in a moment.";

/// The status each store error answers with. A refusal the person can act on shows the
/// store's message; a failure of the store is 500 and logged, its details never shown.
fn store_status(error: &StoreError) -> StatusCode {
    match error {
        StoreError::NotFound(_) => StatusCode::NOT_FOUND,
        StoreError::Duplicate(_)
        | StoreError::StaleVersion { .. }
        | StoreError::InvalidTransition { .. }
        | StoreError::NotAllowed(_) => StatusCode::CONFLICT,
        // A number too large to keep came with the request, so it is the request's to fix.
        StoreError::OutOfRange(_) => StatusCode::UNPROCESSABLE_ENTITY,
        StoreError::Busy(_) => StatusCode::SERVICE_UNAVAILABLE,
        StoreError::SchemaTooNew { .. }
        | StoreError::Open { .. }
        | StoreError::Corrupt(_)
        | StoreError::Database(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
