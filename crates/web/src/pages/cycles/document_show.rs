//! `GET /documents/{sha256}`: a document that came with a reply, for the secretariat, with
//! the content type it was checked to be, as a download.

use axum::{
    extract::{Path, State},
    response::Response,
};

use crate::{error::PageError, pages::components::attachment::attachment, session::Secretariat, state::AppState};

pub(crate) async fn show(
    State(state): State<AppState>,
    _secretariat: Secretariat,
    Path(sha256): Path<String>,
) -> Result<Response, PageError> {
    let not_found = || PageError::translated(axum::http::StatusCode::NOT_FOUND, "error-no-such-document");
    if sha256.len() != 64 || !sha256.bytes().all(|byte| byte.is_ascii_hexdigit() && !byte.is_ascii_uppercase()) {
        return Err(not_found());
    }
    let document = state.store().reply_document(&sha256).await?.ok_or_else(not_found)?;
    let bytes = tokio::fs::read(state.documents_folder().join(&sha256)).await.map_err(|error| {
        PageError::internal(format!("document {sha256} is recorded but its file cannot be read: {error}"))
    })?;
    if credentials::content_digest(&bytes) != sha256 {
        return Err(PageError::internal(format!("document {sha256}: the file no longer matches its checksum")));
    }
    let file_name: String =
        document.file_name.chars().filter(|c| c.is_ascii_graphic() && *c != '"' || *c == ' ').collect();
    Ok(attachment(&document.content_type, &file_name, bytes))
}
