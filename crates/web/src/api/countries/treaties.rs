//! `GET /api/v1/countries/{code}/treaties`: a State's treaty profile as at a date.

use axum::{
    Json,
    extract::{Path, State},
};
use domain::treaty::{InstrumentStanding, standings_as_at};
use serde::Deserialize;
use store::TreatyActionFilter;
use utoipa::IntoParams;

use crate::{
    api::{
        params::{ApiQuery, CountryCode, DateText, LanguageCode, LanguageParam},
        views::{
            common::CountryRef,
            treaties::{StandingView, TreatyProfile, TreatyStanding},
        },
    },
    error::ApiError,
    state::AppState,
    treaty_views,
};

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ProfileParams {
    /// The status as at this date (YYYY-MM-DD); today by default.
    #[param(inline, value_type = Option<DateText>)]
    as_at: Option<String>,
    /// The language of titles and names.
    #[param(inline, value_type = Option<LanguageCode>)]
    lang: Option<String>,
}

/// A State's standing on every instrument as at a date.
#[utoipa::path(
    get,
    operation_id = "show_country_treaties",
    path = "/api/v1/countries/{code}/treaties",
    params(("code" = inline(CountryCode), Path, description = "ISO 3166 alpha-3 or alpha-2 code, or M49 code", example = "AZE"), ProfileParams),
    responses(
        (status = 200, description = "The treaty profile", body = TreatyProfile),
        (status = 400, description = "A parameter cannot be read", body = crate::error::ErrorBody),
        (status = 404, description = "No such country", body = crate::error::ErrorBody),
    ),
    tag = "treaties"
)]
pub(crate) async fn show(
    State(state): State<AppState>,
    Path(code): Path<String>,
    ApiQuery(params): ApiQuery<ProfileParams>,
) -> Result<Json<TreatyProfile>, ApiError> {
    let language = LanguageParam { lang: params.lang }.language()?;
    let date = treaty_views::as_at_or_today(params.as_at)?;
    let catalogue = state.catalogue().await?;
    let country = catalogue
        .country_by_code(&code)
        .ok_or_else(|| ApiError::not_found(format!("no country or area with code '{code}'")))?;
    let actions = state
        .store()
        .treaty_actions(&TreatyActionFilter { instruments: Vec::new(), country: Some(country.m49) })
        .await?;
    let treaties = standings_as_at(catalogue.instruments(), country.m49, &actions, date)
        .into_iter()
        .map(|InstrumentStanding { instrument, status, standing }| TreatyStanding {
            instrument: instrument.code.to_string(),
            title: instrument.titles.best(language).to_owned(),
            standing: StandingView::new(&status, standing),
        })
        .collect();
    Ok(Json(TreatyProfile { country: CountryRef::as_at(country, language, date), as_at: date.to_string(), treaties }))
}
