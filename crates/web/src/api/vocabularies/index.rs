//! `GET /api/v1/vocabularies`: every thesaurus with its terms.

use axum::{Json, extract::State};

use crate::{
    api::{
        params::{ApiQuery, LanguageParam},
        views::vocabularies::{VocabulariesResponse, VocabularyView},
    },
    error::ApiError,
    state::AppState,
};

/// Lists the controlled vocabularies (type of measure, form of violence, keyword or target
/// group, stage of the migration cycle) with their terms.
#[utoipa::path(
    get,
    operation_id = "list_vocabularies",
    path = "/api/v1/vocabularies",
    params(LanguageParam),
    responses(
        (status = 200, description = "The vocabularies", body = VocabulariesResponse),
        (status = 400, description = "A parameter cannot be read", body = crate::error::ErrorBody),
    ),
    tag = "reference"
)]
pub(crate) async fn list(
    State(state): State<AppState>,
    ApiQuery(params): ApiQuery<LanguageParam>,
) -> Result<Json<VocabulariesResponse>, ApiError> {
    let language = params.language()?;
    let catalogue = state.catalogue().await?;
    Ok(Json(VocabulariesResponse {
        vocabularies: catalogue.thesauri().iter().map(|thesaurus| VocabularyView::new(thesaurus, language)).collect(),
    }))
}
