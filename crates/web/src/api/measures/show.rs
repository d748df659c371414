//! `GET /api/v1/measures/{id}`: one published measure.

use axum::{
    Json,
    extract::{Path, State},
};
use store::Visibility;

use crate::{
    api::{
        params::{ApiQuery, LanguageParam},
        views::measures::MeasureView,
    },
    error::ApiError,
    state::AppState,
};

/// One published measure, by its store id.
#[utoipa::path(
    get,
    operation_id = "show_measure",
    path = "/api/v1/measures/{id}",
    params(("id" = i64, Path, minimum = 1, description = "The measure's id"), LanguageParam),
    responses(
        (status = 200, description = "The measure", body = MeasureView),
        (status = 400, description = "A parameter cannot be read", body = crate::error::ErrorBody),
        (status = 404, description = "No published measure has this id", body = crate::error::ErrorBody),
    ),
    tag = "measures"
)]
pub(crate) async fn show(
    State(state): State<AppState>,
    Path(id): Path<String>,
    ApiQuery(params): ApiQuery<LanguageParam>,
) -> Result<Json<MeasureView>, ApiError> {
    let language = params.language()?;
    let not_found = || ApiError::not_found(format!("no published measure with id '{id}'"));
    let number: i64 = id.parse().map_err(|_| not_found())?;
    let record = state.store().measure(number, Visibility::PublishedOnly).await?.ok_or_else(not_found)?;
    let catalogue = state.catalogue().await?;
    Ok(Json(MeasureView::new(&record, &catalogue, language)))
}
