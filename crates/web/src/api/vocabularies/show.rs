//! `GET /api/v1/vocabularies/{code}`: one thesaurus with its terms.

use axum::{
    Json,
    extract::{Path, State},
};

use crate::{
    api::{
        params::{ApiQuery, LanguageParam, VocabularyCode},
        views::vocabularies::VocabularyView,
    },
    error::ApiError,
    state::AppState,
};

/// One vocabulary, terms in display order with their parents and depth.
#[utoipa::path(
    get,
    operation_id = "show_vocabulary",
    path = "/api/v1/vocabularies/{code}",
    params(("code" = inline(VocabularyCode), Path, description = "The vocabulary's code", example = "type"), LanguageParam),
    responses(
        (status = 200, description = "The vocabulary", body = VocabularyView),
        (status = 400, description = "A parameter cannot be read", body = crate::error::ErrorBody),
        (status = 404, description = "No such vocabulary", body = crate::error::ErrorBody),
    ),
    tag = "reference"
)]
pub(crate) async fn show(
    State(state): State<AppState>,
    Path(code): Path<String>,
    ApiQuery(params): ApiQuery<LanguageParam>,
) -> Result<Json<VocabularyView>, ApiError> {
    let language = params.language()?;
    let catalogue = state.catalogue().await?;
    let thesaurus =
        catalogue.thesaurus(&code).ok_or_else(|| ApiError::not_found(format!("no vocabulary with code '{code}'")))?;
    Ok(Json(VocabularyView::new(thesaurus, language)))
}
