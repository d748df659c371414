//! Errors as the user sees them: an HTML page for the site, a JSON body for the API.
//!
//! Handlers return `Result<_, PageError>` or `Result<_, ApiError>` and build errors with the
//! helper constructors; internal details are logged, never shown.

use axum::{
    Json,
    http::StatusCode,
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
    /// Where to send the browser instead of showing an error page.
    redirect: Option<String>,
}

/// What the error page shows.
#[derive(Debug, Clone)]
pub(crate) struct PageErrorDetails {
    pub(crate) message: String,
}

impl PageError {
    pub(crate) fn not_found(what: impl Into<String>) -> PageError {
        PageError::with_status(StatusCode::NOT_FOUND, what)
    }

    pub(crate) fn with_status(status: StatusCode, message: impl Into<String>) -> PageError {
        PageError { status, message: message.into(), redirect: None }
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
    /// `back_to` afterwards.
    pub(crate) fn sign_in_needed(back_to: &str) -> PageError {
        let query = form_urlencoded::Serializer::new(String::new()).append_pair("next", back_to).finish();
        PageError {
            status: StatusCode::SEE_OTHER,
            message: "Sign in to open this page.".into(),
            redirect: Some(format!("/sign-in?{query}")),
        }
    }

    pub(crate) fn internal(error: impl std::fmt::Display) -> PageError {
        tracing::error!(%error, "request failed");
        PageError::with_status(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Something went wrong on our side; the error has been logged.",
        )
    }
}

impl From<StoreError> for PageError {
    fn from(error: StoreError) -> PageError {
        PageError::internal(error)
    }
}

impl From<minijinja::Error> for PageError {
    fn from(error: minijinja::Error) -> PageError {
        PageError::internal(format!("{error:#}"))
    }
}

impl From<ParamError> for PageError {
    fn from(error: ParamError) -> PageError {
        PageError::bad_request(error.to_string())
    }
}

impl From<search::SearchError> for PageError {
    fn from(error: search::SearchError) -> PageError {
        match error {
            search::SearchError::InvalidParameter { parameter, message } => {
                PageError::bad_request(ParamError { parameter, message }.to_string())
            }
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
        response.extensions_mut().insert(PageErrorDetails { message: self.message });
        response
    }
}

/// An error answered with a JSON body: `{"error": {"status": 400, "parameter": "country", "message": "..."}}`.
#[derive(Debug)]
pub(crate) struct ApiError {
    status: StatusCode,
    parameter: Option<String>,
    message: String,
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
        ApiError { status: StatusCode::NOT_FOUND, parameter: None, message: what.into() }
    }

    pub(crate) fn with_status(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError { status, parameter: None, message: message.into() }
    }

    pub(crate) fn bad_parameter(parameter: &str, message: impl Into<String>) -> ApiError {
        ApiError { status: StatusCode::BAD_REQUEST, parameter: Some(parameter.to_owned()), message: message.into() }
    }

    pub(crate) fn internal(error: impl std::fmt::Display) -> ApiError {
        tracing::error!(%error, "API request failed");
        ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            parameter: None,
            message: "internal error; it has been logged".into(),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> ApiError {
        ApiError::internal(error)
    }
}

impl From<search::SearchError> for ApiError {
    fn from(error: search::SearchError) -> ApiError {
        match error {
            search::SearchError::InvalidParameter { parameter, message } => {
                ApiError::bad_parameter(&parameter, message)
            }
            other => ApiError::internal(other),
        }
    }
}

impl From<ParamError> for ApiError {
    fn from(error: ParamError) -> ApiError {
        ApiError::bad_parameter(&error.parameter, error.message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            error: ErrorDetail { status: self.status.as_u16(), parameter: self.parameter, message: self.message },
        };
        (self.status, Json(body)).into_response()
    }
}
