//! The answer to an upload that could not be read.

use axum::{extract::multipart::MultipartError, http::StatusCode};

use crate::error::PageError;

/// An upload that could not be read, as a page error; too large when past `limit` bytes.
pub(crate) fn multipart_error(error: &MultipartError, limit: usize) -> PageError {
    if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
        PageError::with_status(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("The file is larger than {} MB: split it into several files.", limit / (1024 * 1024)),
        )
    } else {
        PageError::bad_request(format!("The upload could not be read: {}", error.body_text()))
    }
}
