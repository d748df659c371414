//! `GET /countries/map.svg`: the world shaded by each country's number of published
//! measures, in the page's language.

use axum::{
    extract::{RawQuery, State},
    http::header,
    response::{IntoResponse, Response},
};
use charts::{MapCount, MapValue, WorldMap};
use store::Visibility;

use crate::{
    error::PageError,
    list_params::parse_pairs,
    page_context::PageContext,
    pages::components::chart_wording::{chart_layout, wording},
    state::AppState,
};

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let pairs = parse_pairs(query.as_deref());
    let layout = chart_layout(pairs.iter().find(|(name, _)| name == "layout").map(|(_, value)| value.as_str()))?;
    let catalogue = state.catalogue().await?;
    let counts = state.store().measure_counts_by_country(Visibility::PublishedOnly).await?;
    let language = context.language;
    let messages = state.messages();
    let values = catalogue
        .countries()
        .iter()
        .filter_map(|country| {
            let count = *counts.get(&country.m49)?;
            Some(MapValue {
                m49: country.m49.get(),
                name: country.short_name(language).to_owned(),
                shown: MapCount::Count(u64::try_from(count).unwrap_or(0)),
            })
        })
        .collect::<Vec<_>>();
    let description = messages.text(
        language,
        "countries-map-description",
        &[("count", domain::text::un_number(values.len() as u64).into())],
    );
    let svg = WorldMap {
        title: messages.text(language, "countries-map-title", &[]),
        value_label: messages.text(language, "countries-map-value-label", &[]),
        values,
        wording: charts::Wording {
            no_data: messages.text(language, "countries-map-no-measure", &[]),
            ..wording(messages, language)
        },
        description: Some(description),
        layout,
    }
    .to_svg();
    Ok(([(header::CONTENT_TYPE, "image/svg+xml; charset=utf-8"), (header::CACHE_CONTROL, "no-store")], svg)
        .into_response())
}
