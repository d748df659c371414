//! `POST /api/v1/imports`: imports measures sent by a machine client with an API token, as a
//! dry run or for real, all or nothing, with the same checks as the import page.

use axum::{
    Json,
    body::Bytes,
    extract::State,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde::Deserialize;
use store::{Author, ImportMode};

use crate::{
    api::{
        params::{ApiQuery, FileBytes, ImportFileName},
        views::imports::{ImportProblems, ImportResponse, ProblemView},
    },
    api_client::{ApiClient, SCOPE_IMPORT},
    error::ApiError,
    measure_import::check_and_import,
    state::AppState,
};

#[derive(Deserialize)]
pub(crate) struct ImportQuery {
    /// The file's name; its extension says how to read it.
    #[serde(default)]
    file_name: String,
    #[serde(default)]
    dry_run: bool,
}

/// Imports a measure table (`.csv`, `.xlsx`) or an exchange document (`.json`) sent as the
/// request body. Needs an API token with the `measures:import` scope; a focal point's token
/// imports their own State's drafts only.
#[utoipa::path(
    post,
    operation_id = "create_import",
    path = "/api/v1/imports",
    params(
        ("file_name" = inline(ImportFileName), Query, description = "The file's name; its extension, .csv, .tsv, .xlsx or .json, says how to read it", example = "measures.csv"),
        ("dry_run" = Option<bool>, Query, description = "Check and count, write nothing"),
    ),
    request_body(
        content = inline(FileBytes),
        description = "The file's bytes",
        content_type = "application/octet-stream",
        example = json!("id,country,type,title_en,description_en\nexample-hotline,KEN,protection.services.hotlines,Hotline,Answered day and night.\n")
    ),
    responses(
        (status = 200, description = "Imported (or, in a dry run, what would be)", body = ImportResponse),
        (status = 400, description = "A parameter cannot be read, or file_name is missing", body = crate::error::ErrorBody),
        (status = 401, description = "No live API token", body = crate::error::ErrorBody),
        (status = 403, description = "The token lacks the measures:import scope", body = crate::error::ErrorBody),
        (status = 413, description = "The file is larger than 50 MiB", body = String, content_type = "text/plain"),
        (status = 422, description = "The file has problems; nothing was written", body = ImportProblems),
    ),
    security(("api_token" = [])),
    tag = "measures"
)]
pub(crate) async fn create(
    State(state): State<AppState>,
    client: ApiClient,
    ApiQuery(query): ApiQuery<ImportQuery>,
    body: Bytes,
) -> Result<Response, ApiError> {
    client.require(SCOPE_IMPORT)?;
    let _place = state.heavy_requests().enter().await?;
    if query.file_name.trim().is_empty() {
        return Err(ApiError::bad_parameter("file_name", "give the file's name, such as measures.csv"));
    }
    let account = &client.0.account;
    let author =
        Author { label: format!("{} (API token {})", account.username, client.0.token_id), user_id: Some(account.id) };
    let mode = if query.dry_run { ImportMode::DryRun } else { ImportMode::Commit };
    match check_and_import(&state, account.role, &author, query.file_name.trim(), &body, mode).await? {
        Ok(summary) => Ok(Json(ImportResponse {
            dry_run: query.dry_run,
            created: summary.created,
            updated: summary.updated,
            unchanged: summary.unchanged,
        })
        .into_response()),
        Err(problems) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            Json(ImportProblems { problems: problems.into_iter().map(ProblemView::from).collect() }),
        )
            .into_response()),
    }
}
