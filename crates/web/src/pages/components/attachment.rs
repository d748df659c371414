//! A file to download: the response that makes a browser save its body under a name.

use axum::{
    http::header,
    response::{IntoResponse, Response},
};

/// `body` as a file named `file_name` (which must hold no double quote), of `content_type`.
pub(crate) fn attachment(content_type: &str, file_name: &str, body: impl IntoResponse) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file_name}\"")),
        ],
        body,
    )
        .into_response()
}
