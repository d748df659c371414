//! `POST /cycles/{code}/replies`: records a reply to a cycle (who, when, in which language)
//! with the documents that came with it. Each document is stored once in the data folder,
//! named by its SHA-256, and refused when its content is not what its name says.

use axum::{
    extract::{Multipart, Path, State, multipart::MultipartError},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use domain::{
    actor::ActorCode,
    cycle::{CycleCode, Submission},
    date::Date,
    language::Language,
};
use store::{Author, NewReplyDocument, StoreError};

use crate::{
    csrf::check_session_token, error::PageError, page_context::PageContext, session::Secretariat, state::AppState,
};

/// The largest document accepted, in bytes.
pub(crate) const MAX_DOCUMENT_BYTES: usize = 50 * 1024 * 1024;

/// What a document's name says it is, the content type it is served with, and how its first
/// bytes start.
const DOCUMENT_KINDS: &[(&str, &str, &[u8])] = &[
    ("pdf", "application/pdf", b"%PDF-"),
    ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b"PK\x03\x04"),
    ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b"PK\x03\x04"),
    ("odt", "application/vnd.oasis.opendocument.text", b"PK\x03\x04"),
    ("doc", "application/msword", b"\xD0\xCF\x11\xE0"),
    ("txt", "text/plain; charset=utf-8", b""),
];

pub(crate) async fn submit(
    State(state): State<AppState>,
    context: PageContext,
    secretariat: Secretariat,
    Path(code): Path<String>,
    mut multipart: Multipart,
) -> Result<Response, PageError> {
    let mut fields = std::collections::BTreeMap::new();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    while let Some(field) = multipart.next_field().await.map_err(|error| upload_error(&error))? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "documents" {
            let file_name = field.file_name().unwrap_or_default().to_owned();
            let bytes = field.bytes().await.map_err(|error| upload_error(&error))?;
            if !file_name.is_empty() {
                files.push((file_name, bytes.to_vec()));
            }
        } else {
            fields.insert(name, field.text().await.map_err(|error| upload_error(&error))?.trim().to_owned());
        }
    }
    let field = |name: &str| fields.get(name).map_or("", String::as_str);
    check_session_token(&secretariat.0, field("csrf_token"))?;
    let unprocessable = |message: String| PageError::with_status(StatusCode::UNPROCESSABLE_ENTITY, message);
    let no_such_cycle = || PageError::translated(StatusCode::NOT_FOUND, "error-no-such-cycle");
    let cycle = CycleCode::parse(&code).map_err(|_| no_such_cycle())?;
    if state.store().cycle(&code).await?.is_none() {
        return Err(no_such_cycle());
    }
    let refused = |parameter: &str, message| PageError::from(crate::list_params::error(parameter, message));
    let actor = ActorCode::parse(field("actor"))
        .map_err(|_| refused("actor", crate::list_params::problems::unknown_actor(field("actor"))))?;
    let received_on = Date::parse(field("received_on")).map_err(|error| refused("received_on", error.message()))?;
    if received_on > crate::treaty_views::today() {
        return Err(PageError::translated(StatusCode::UNPROCESSABLE_ENTITY, "error-reply-received-after-today"));
    }
    let language = match field("language") {
        "" => None,
        code => Some(Language::from_code(code).ok_or_else(|| {
            refused("language", crate::list_params::problems::not_one_of(code, &Language::all_codes()))
        })?),
    };
    let mut documents = Vec::new();
    for (file_name, bytes) in &files {
        if bytes.len() > MAX_DOCUMENT_BYTES {
            let megabytes = MAX_DOCUMENT_BYTES / (1024 * 1024);
            let english = format!("documents: {file_name} is larger than {megabytes} MB");
            let message = domain::message::Message::new("error-reply-document-too-large", english)
                .text("file", file_name.as_str())
                .number("megabytes", megabytes);
            return Err(PageError::domain(StatusCode::PAYLOAD_TOO_LARGE, message));
        }
        let extension =
            std::path::Path::new(file_name).extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
        let (_, content_type, magic) = DOCUMENT_KINDS.iter().find(|(kind, ..)| *kind == extension).ok_or_else(|| {
            let english = format!(
                "documents: {file_name}: only PDF, Word (.docx, .doc), OpenDocument (.odt), XLSX and text files are kept"
            );
            let message = domain::message::Message::new("error-reply-document-kind", english).text("file", file_name.as_str());
            PageError::domain(StatusCode::UNPROCESSABLE_ENTITY, message)
        })?;
        let is_text = extension == "txt";
        if (!is_text && !bytes.starts_with(magic)) || (is_text && std::str::from_utf8(bytes).is_err()) {
            let english = format!("documents: {file_name}: its content is not a .{extension} file");
            let message = domain::message::Message::new("error-reply-document-content", english)
                .text("file", file_name.as_str())
                .text("extension", extension.as_str());
            return Err(PageError::domain(StatusCode::UNPROCESSABLE_ENTITY, message));
        }
        let sha256 = credentials::content_digest(bytes);
        let folder = state.documents_folder();
        let path = folder.join(&sha256);
        if !path.exists() {
            std::fs::create_dir_all(&folder).map_err(PageError::internal)?;
            // Written under a temporary name and renamed, so a crash never leaves half a file
            // under a checksum's name.
            let partial = folder.join(format!("{sha256}.partial"));
            std::fs::write(&partial, bytes)
                .and_then(|()| std::fs::rename(&partial, &path))
                .map_err(PageError::internal)?;
        }
        documents.push(NewReplyDocument {
            file_name: file_name.chars().filter(|c| !c.is_control() && *c != '/' && *c != '\\').collect(),
            content_type: (*content_type).to_owned(),
            sha256,
            size_bytes: i64::try_from(bytes.len()).unwrap_or(i64::MAX),
        });
    }
    let note = Some(field("note").to_owned()).filter(|note| !note.is_empty());
    let submission = Submission { cycle, actor, received_on, language, note };
    let account = &secretariat.0.account;
    let author = Author::account(account);
    match state.store().record_reply(&submission, &documents, &author).await {
        Ok(()) => Ok(Redirect::to(&context.address(&format!("/cycles/{code}/replies"))).into_response()),
        Err(error @ StoreError::NotFound(_)) => Err(match error.message() {
            Some(message) => PageError::domain(StatusCode::UNPROCESSABLE_ENTITY, message),
            None => unprocessable(error.to_string()),
        }),
        Err(error) => Err(error.into()),
    }
}

fn upload_error(error: &MultipartError) -> PageError {
    if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
        let megabytes = MAX_DOCUMENT_BYTES / (1024 * 1024);
        let english = format!("A document is larger than {megabytes} MB.");
        PageError::domain(
            StatusCode::PAYLOAD_TOO_LARGE,
            domain::message::Message::new("error-document-too-large", english).number("megabytes", megabytes),
        )
    } else {
        crate::pages::components::uploads::upload_unreadable(error)
    }
}
