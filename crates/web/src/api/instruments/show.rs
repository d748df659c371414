//! `GET /api/v1/instruments/{code}`: one instrument and its parties as at a date.

use axum::{
    Json,
    extract::{Path, State},
};
use domain::treaty::statuses_as_at;
use serde::Deserialize;
use store::TreatyActionFilter;
use utoipa::IntoParams;

use crate::{
    api::{
        params::{ApiQuery, DateText, InstrumentCode, LanguageCode, LanguageParam},
        views::{
            common::CountryRef,
            instruments::{InstrumentResponse, InstrumentView, PartyView},
        },
    },
    error::ApiError,
    state::AppState,
    treaty_views,
};

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct InstrumentParams {
    /// The parties as at this date (YYYY-MM-DD); today by default.
    #[param(inline, value_type = Option<DateText>)]
    as_at: Option<String>,
    /// The language of titles and names.
    #[param(inline, value_type = Option<LanguageCode>)]
    lang: Option<String>,
}

/// One instrument with the list of its parties as at a date.
#[utoipa::path(
    get,
    operation_id = "show_instrument",
    path = "/api/v1/instruments/{code}",
    params(("code" = inline(InstrumentCode), Path, description = "The instrument's code", example = "untoc"), InstrumentParams),
    responses(
        (status = 200, description = "The instrument and its parties", body = InstrumentResponse),
        (status = 400, description = "A parameter cannot be read", body = crate::error::ErrorBody),
        (status = 404, description = "No such instrument", body = crate::error::ErrorBody),
    ),
    tag = "treaties"
)]
pub(crate) async fn show(
    State(state): State<AppState>,
    Path(code): Path<String>,
    ApiQuery(params): ApiQuery<InstrumentParams>,
) -> Result<Json<InstrumentResponse>, ApiError> {
    let language = LanguageParam { lang: params.lang }.language()?;
    let date = treaty_views::as_at_or_today(params.as_at)?;
    let catalogue = state.catalogue().await?;
    let instrument =
        catalogue.instrument(&code).ok_or_else(|| ApiError::not_found(format!("no instrument with code '{code}'")))?;
    let actions = state
        .store()
        .treaty_actions(&TreatyActionFilter { instruments: vec![instrument.code.clone()], country: None })
        .await?;
    let parties: Vec<PartyView> = statuses_as_at(&actions, instrument, date)
        .into_iter()
        .filter_map(|(m49, status)| {
            let (action, since) = status.party_since?;
            let country = catalogue.country(m49)?;
            Some(PartyView {
                country: CountryRef::as_at(country, language, date),
                action: action.as_str().to_owned(),
                date: since.to_string(),
                signed_on: status.signed_on.map(|d| d.to_string()),
            })
        })
        .collect();
    Ok(Json(InstrumentResponse { instrument: InstrumentView::new(instrument, language, date, parties.len()), parties }))
}
