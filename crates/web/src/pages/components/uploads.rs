//! Reading a form posted as `multipart/form-data` with one file, and the answer to an upload
//! that could not be read.

use std::collections::HashMap;

use axum::{
    extract::{Multipart, multipart::MultipartError},
    http::StatusCode,
};

use crate::error::PageError;

/// A posted form: its text fields by name and the file chosen in its `file` field.
#[derive(Debug, Default)]
pub(crate) struct UploadForm {
    fields: HashMap<String, String>,
    /// The file's name and contents; `None` when no file was chosen.
    pub(crate) file: Option<(String, Vec<u8>)>,
}

impl UploadForm {
    /// The text field `name`, empty when the form did not send it.
    pub(crate) fn field(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", String::as_str)
    }
}

/// Reads every part of `multipart`: the text fields named in `field_names` (others are
/// ignored) and the file of the `file` field. A body past `limit` bytes is refused as too
/// large.
pub(crate) async fn read_upload_form(
    mut multipart: Multipart,
    field_names: &[&str],
    limit: usize,
) -> Result<UploadForm, PageError> {
    let error = |error: MultipartError| multipart_error(&error, limit);
    let mut form = UploadForm::default();
    while let Some(field) = multipart.next_field().await.map_err(error)? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            let file_name = field.file_name().unwrap_or_default().to_owned();
            let bytes = field.bytes().await.map_err(error)?;
            if !file_name.is_empty() {
                form.file = Some((file_name, bytes.to_vec()));
            }
        } else if field_names.contains(&name.as_str()) {
            let text = field.text().await.map_err(error)?;
            form.fields.insert(name, text);
        }
    }
    Ok(form)
}

/// An upload that could not be read, as a page error; too large when past `limit` bytes.
pub(crate) fn multipart_error(error: &MultipartError, limit: usize) -> PageError {
    if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
        let megabytes = limit / (1024 * 1024);
        let english = format!("The file is larger than {megabytes} MB: split it into several files.");
        PageError::domain(
            StatusCode::PAYLOAD_TOO_LARGE,
            domain::message::Message::new("error-upload-too-large", english).number("megabytes", megabytes),
        )
    } else {
        upload_unreadable(error)
    }
}

/// An upload whose parts cannot be read, as a page error.
pub(crate) fn upload_unreadable(error: &MultipartError) -> PageError {
    let details = error.body_text();
    let english = format!("The upload could not be read: {details}");
    PageError::domain(
        StatusCode::BAD_REQUEST,
        domain::message::Message::new("error-upload-unreadable", english).text("details", details),
    )
}
