//! `GET /instruments/{code}/parties.svg`: a step chart of the number of parties over time.

use axum::{
    extract::{Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use charts::StepChart;
use domain::treaty::party_count_steps;
use store::TreatyActionFilter;

use crate::{error::PageError, page_context::PageContext, state::AppState, treaty_views::today};

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    Path(code): Path<String>,
) -> Result<Response, PageError> {
    let language = context.language;
    let messages = state.messages();
    let catalogue = state.catalogue().await?;
    let Some(instrument) = catalogue.instrument(&code) else {
        return Ok((StatusCode::NOT_FOUND, "no such instrument").into_response());
    };
    let actions = state
        .store()
        .treaty_actions(&TreatyActionFilter { instruments: vec![instrument.code.clone()], country: None })
        .await?;
    let steps = party_count_steps(&actions, instrument);
    let first_year = instrument.adopted_on.year();
    let last_year = today().year() + 1;
    let step_years = ((last_year - first_year) / 8).max(1);
    let chart = StepChart {
        title: messages.text(
            language,
            "instrument-chart-title",
            &[("instrument", instrument.titles.best(language).to_owned().into())],
        ),
        description: match steps.last() {
            Some((date, count)) => messages.text(
                language,
                "instrument-chart-description",
                &[
                    ("year", first_year.to_string().into()),
                    ("count", i64::try_from(*count).unwrap_or(i64::MAX).into()),
                    ("date", date.to_un_style_in(language).into()),
                ],
            ),
            None => messages.text(language, "instrument-chart-no-party", &[]),
        },
        points: steps.iter().map(|(date, count)| (date.as_fractional_year(), *count as f64)).collect(),
        x_range: (f64::from(first_year), f64::from(last_year)),
        x_ticks: (first_year..=last_year)
            .step_by(usize::try_from(step_years).unwrap_or(1))
            .map(|year| (f64::from(year), year.to_string()))
            .collect(),
    };
    Ok(([(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, "no-cache")], chart.to_svg()).into_response())
}
