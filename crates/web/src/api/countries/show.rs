//! `GET /api/v1/countries/{code}`: one country by ISO alpha-3, alpha-2 or M49 code.

use axum::{
    Json,
    extract::{Path, State},
};

use crate::{
    api::{
        params::{ApiQuery, CountryCode, LanguageParam},
        views::countries::CountryView,
    },
    error::ApiError,
    state::AppState,
};

/// One country or area.
#[utoipa::path(
    get,
    operation_id = "show_country",
    path = "/api/v1/countries/{code}",
    params(("code" = inline(CountryCode), Path, description = "ISO 3166 alpha-3 or alpha-2 code, or M49 code", example = "TUR"), LanguageParam),
    responses(
        (status = 200, description = "The country", body = CountryView),
        (status = 400, description = "A parameter cannot be read", body = crate::error::ErrorBody),
        (status = 404, description = "No such country", body = crate::error::ErrorBody),
    ),
    tag = "reference"
)]
pub(crate) async fn show(
    State(state): State<AppState>,
    Path(code): Path<String>,
    ApiQuery(params): ApiQuery<LanguageParam>,
) -> Result<Json<CountryView>, ApiError> {
    let language = params.language()?;
    let catalogue = state.catalogue().await?;
    let country = catalogue
        .country_by_code(&code)
        .ok_or_else(|| ApiError::not_found(format!("no country or area with code '{code}'")))?;
    Ok(Json(CountryView::new(country, &catalogue, language)))
}
