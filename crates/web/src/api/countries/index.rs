//! `GET /api/v1/countries`: every country and area of UN M49.

use axum::{Json, extract::State};
use domain::country::UnStatus;
use serde::Deserialize;
use utoipa::IntoParams;

use crate::{
    api::{
        params::{ApiQuery, LanguageCode, UnStatusCode},
        views::countries::{CountriesResponse, CountryView},
    },
    error::ApiError,
    state::AppState,
};

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct CountriesParams {
    /// Only countries with this UN status: `member_state`, `observer_state` or `other`.
    #[param(inline, value_type = Option<UnStatusCode>)]
    un_status: Option<String>,
    /// The language of names: `ar`, `zh`, `en`, `fr`, `ru` or `es`.
    #[param(inline, value_type = Option<LanguageCode>)]
    lang: Option<String>,
}

/// Lists the countries and areas of UN M49, in M49 order.
#[utoipa::path(
    get,
    operation_id = "list_countries",
    path = "/api/v1/countries",
    params(CountriesParams),
    responses(
        (status = 200, description = "The countries and areas", body = CountriesResponse),
        (status = 400, description = "A parameter cannot be read", body = crate::error::ErrorBody),
    ),
    tag = "reference"
)]
pub(crate) async fn list(
    State(state): State<AppState>,
    ApiQuery(params): ApiQuery<CountriesParams>,
) -> Result<Json<CountriesResponse>, ApiError> {
    let language = crate::api::params::LanguageParam { lang: params.lang }.language()?;
    let status = match params.un_status.as_deref() {
        None | Some("") => None,
        Some(text) => Some(UnStatus::parse(text).ok_or_else(|| {
            ApiError::bad_parameter("un_status", format!("'{text}' is not one of: member_state, observer_state, other"))
        })?),
    };
    let catalogue = state.catalogue().await?;
    let countries: Vec<CountryView> = catalogue
        .countries()
        .iter()
        .filter(|country| status.is_none_or(|status| country.un_status == status))
        .map(|country| CountryView::new(country, &catalogue, language))
        .collect();
    Ok(Json(CountriesResponse { total: countries.len(), countries }))
}
