//! `GET /api/v1/countries/{code}/treaties`: a State's treaty profile as at a date.

use axum::{
    Json,
    extract::{Path, Query, State},
};
use domain::treaty::{Standing, TreatyAction, status_as_at};
use serde::Deserialize;
use store::TreatyActionFilter;
use utoipa::IntoParams;

use crate::{
    api::{
        params::LanguageParam,
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
    as_at: Option<String>,
    /// The language of titles and names.
    lang: Option<String>,
}

/// A State's standing on every instrument as at a date.
#[utoipa::path(
    get,
    path = "/api/v1/countries/{code}/treaties",
    params(("code" = String, Path, description = "ISO 3166 alpha-3 or alpha-2 code, or M49 code", example = "AZE"), ProfileParams),
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
    Query(params): Query<ProfileParams>,
) -> Result<Json<TreatyProfile>, ApiError> {
    let language = LanguageParam { lang: params.lang }.language()?;
    let date = treaty_views::as_at(
        &params.as_at.map(|value| vec![("as_at".to_owned(), value)]).unwrap_or_default(),
        treaty_views::today(),
    )?;
    let catalogue = state.catalogue().await?;
    let country = catalogue
        .country_by_code(&code)
        .ok_or_else(|| ApiError::not_found(format!("no country or area with code '{code}'")))?;
    let actions = state
        .store()
        .treaty_actions(&TreatyActionFilter { instruments: Vec::new(), country: Some(country.m49) })
        .await?;
    let treaties = catalogue
        .instruments()
        .iter()
        .map(|instrument| {
            let own: Vec<&TreatyAction> =
                actions.iter().filter(|action| action.instrument == instrument.code).collect();
            let status = status_as_at(&own, instrument, date);
            TreatyStanding {
                instrument: instrument.code.to_string(),
                title: instrument.titles.best(language).to_owned(),
                standing: StandingView::new(&status, Standing::of(&status, instrument, date)),
            }
        })
        .collect();
    Ok(Json(TreatyProfile {
        country: CountryRef {
            iso3: country.iso3.clone(),
            m49: country.m49.to_string(),
            name: country.name_as_at(language, date).short_name.clone(),
        },
        as_at: date.to_string(),
        treaties,
    }))
}
