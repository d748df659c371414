//! `GET /api/v1/instruments`: the conventions and protocols with their number of parties.

use axum::{Json, extract::State};
use domain::treaty::parties_as_at;
use serde::Deserialize;
use store::TreatyActionFilter;
use utoipa::IntoParams;

use crate::{
    api::{
        params::{ApiQuery, DateText, LanguageCode, LanguageParam},
        views::instruments::{InstrumentView, InstrumentsResponse},
    },
    error::ApiError,
    state::AppState,
    treaty_views,
};

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct InstrumentsParams {
    /// Count parties as at this date (YYYY-MM-DD); today by default.
    #[param(inline, value_type = Option<DateText>)]
    as_at: Option<String>,
    /// The language of titles.
    #[param(inline, value_type = Option<LanguageCode>)]
    lang: Option<String>,
}

/// Lists the instruments, each with its number of parties as at a date.
#[utoipa::path(
    get,
    operation_id = "list_instruments",
    path = "/api/v1/instruments",
    params(InstrumentsParams),
    responses(
        (status = 200, description = "The instruments", body = InstrumentsResponse),
        (status = 400, description = "A parameter cannot be read", body = crate::error::ErrorBody),
    ),
    tag = "treaties"
)]
pub(crate) async fn list(
    State(state): State<AppState>,
    ApiQuery(params): ApiQuery<InstrumentsParams>,
) -> Result<Json<InstrumentsResponse>, ApiError> {
    let language = LanguageParam { lang: params.lang }.language()?;
    let date = treaty_views::as_at_or_today(params.as_at)?;
    let catalogue = state.catalogue().await?;
    let actions = state.store().treaty_actions(&TreatyActionFilter::default()).await?;
    Ok(Json(InstrumentsResponse {
        instruments: catalogue
            .instruments()
            .iter()
            .map(|instrument| {
                InstrumentView::new(instrument, language, date, parties_as_at(&actions, instrument, date).len())
            })
            .collect(),
    }))
}
