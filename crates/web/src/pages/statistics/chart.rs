//! `GET /statistics/chart.svg` and `/statistics/map.svg`: the bar chart and the map of the
//! table the statistics page shows, with the same parameters and the same protection, as SVG
//! images the page shows with `<img>`.

use std::collections::HashMap;

use axum::{
    extract::{Query, State},
    http::header,
    response::{IntoResponse, Response},
};
use charts::{Bar, MapCount, MapValue, StackedBars, Wording, WorldMap};
use domain::{catalogue::Catalogue, language::Language};
use incident_statistics::{
    cube::Axis,
    dimension::{Classification, Dimension},
    disclosure::{ProtectedTable, Shown},
};

use super::table_title::table_title;
use crate::pages::components::chart_wording::{chart_layout, wording};
use crate::{
    error::PageError, i18n::Messages, page_context::PageContext, session::Visitor, state::AppState, statistics_view,
};

pub(crate) async fn chart(
    State(state): State<AppState>,
    context: PageContext,
    visitor: Visitor,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let mut params = without_language(params);
    let layout = chart_layout(params.remove("layout").as_deref())?;
    let (snapshot, request, answer) = statistics_view::answer_request(&state, &visitor, &params).await?;
    let classification = snapshot.classification;
    let language = context.language;
    let title = table_title(&request, &classification, state.messages(), language);
    let wording = wording(state.messages(), language);
    Ok(svg(bar_chart(&answer.table, &classification, &title, language, wording, layout)))
}

pub(crate) async fn map(
    State(state): State<AppState>,
    context: PageContext,
    visitor: Visitor,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let mut params = without_language(params);
    let layout = chart_layout(params.remove("layout").as_deref())?;
    let (snapshot, request, answer) = statistics_view::answer_request(&state, &visitor, &params).await?;
    let classification = snapshot.classification;
    let catalogue = state.catalogue().await?;
    let language = context.language;
    let title = table_title(&request, &classification, state.messages(), language);
    let drawn = world_map(&answer.table, &classification, &catalogue, state.messages(), language, &title, layout)
        .ok_or_else(|| {
            PageError::from(crate::list_params::error("rows", crate::list_params::problems::map_needs_states()))
        })?;
    Ok(svg(drawn))
}

fn svg(body: String) -> Response {
    ([(header::CONTENT_TYPE, "image/svg+xml; charset=utf-8"), (header::CACHE_CONTROL, "no-store")], body)
        .into_response()
}

/// The query without `lang`, which chooses the chart's language and is no table parameter.
fn without_language(mut params: HashMap<String, String>) -> HashMap<String, String> {
    params.remove("lang");
    params
}

fn bar_chart(
    table: &ProtectedTable,
    classification: &Classification,
    title: &str,
    language: Language,
    wording: Wording,
    layout: charts::ChartLayout,
) -> String {
    let width = table.columns.codes.len();
    let one_way = table.columns.dimension.is_none();
    StackedBars {
        title: title.to_owned(),
        series: (0..width).map(|column| table.columns.label_in(column, classification, language)).collect(),
        bars: (0..table.rows.codes.len())
            .map(|row| Bar {
                label: table.rows.label_in(row, classification, language),
                total: table.row_totals[row].count(),
                segments: if one_way {
                    vec![table.row_totals[row].count()]
                } else {
                    (0..width).map(|column| table.cell(row, column).count()).collect()
                },
            })
            .collect(),
        wording,
        layout,
    }
    .to_svg()
}

/// A map of the totals along the table's side that is by State or by nationality.
fn world_map(
    table: &ProtectedTable,
    classification: &Classification,
    catalogue: &Catalogue,
    messages: &Messages,
    language: Language,
    title: &str,
    layout: charts::ChartLayout,
) -> Option<String> {
    let is_place = |axis: &Axis| matches!(axis.dimension, Some(Dimension::RefArea | Dimension::Nationality));
    let (axis, totals) = if is_place(&table.rows) {
        (&table.rows, &table.row_totals)
    } else if is_place(&table.columns) {
        (&table.columns, &table.column_totals)
    } else {
        return None;
    };
    let values = (0..axis.codes.len())
        .filter_map(|position| {
            let iso3 = axis.code(position, classification);
            let country = catalogue.countries().iter().find(|country| country.iso3 == iso3)?;
            Some(MapValue {
                m49: country.m49.get(),
                name: country.short_name(language).to_owned(),
                shown: match totals[position] {
                    Shown::Count(count) => MapCount::Count(count),
                    Shown::Withheld => MapCount::Suppressed,
                },
            })
        })
        .collect::<Vec<MapValue>>();
    let wording = wording(messages, language);
    let description = map_description(&values, &wording, messages, language);
    Some(
        WorldMap {
            title: messages.text(language, "statistics-map-title", &[("title", title.into())]),
            value_label: messages.text(language, "statistics-map-value-label", &[]),
            values,
            wording,
            description: Some(description),
            layout,
        }
        .to_svg(),
    )
}

/// The map in words: what it shades, the highest count and how many are withheld, so that
/// the most important facts do not depend on the colours.
fn map_description(values: &[MapValue], wording: &Wording, messages: &Messages, language: Language) -> String {
    let counted: Vec<(u64, &MapValue)> = values
        .iter()
        .filter_map(|value| match value.shown {
            MapCount::Count(count) => Some((count, value)),
            MapCount::Suppressed => None,
        })
        .collect();
    let withheld = values.len() - counted.len();
    let highest = counted.iter().fold(None::<(u64, &MapValue)>, |best, (count, value)| match best {
        Some((top, _)) if top >= *count => best,
        _ => Some((*count, value)),
    });
    let mut sentences = vec![messages.text(language, "statistics-map-description", &[])];
    if let Some((count, value)) = highest {
        sentences.push(messages.text(
            language,
            "statistics-map-description-highest",
            &[
                ("countries", wording.count(counted.len() as u64).into()),
                ("highest", value.name.clone().into()),
                ("count", wording.count(count).into()),
            ],
        ));
    }
    if withheld > 0 {
        sentences.push(messages.text(
            language,
            "statistics-map-description-withheld",
            &[("withheld", wording.count(withheld as u64).into())],
        ));
    }
    sentences.join(" ")
}
