//! `GET /statistics/chart.svg` and `/statistics/map.svg`: the bar chart and the map of the
//! table the statistics page shows, with the same parameters and the same protection, as SVG
//! images the page shows with `<img>`.

use std::collections::HashMap;

use axum::{
    extract::{Query, State},
    http::header,
    response::{IntoResponse, Response},
};
use charts::{Bar, MapCount, MapValue, StackedBars, WorldMap};
use domain::{catalogue::Catalogue, language::Language};
use incident_statistics::{
    cube::Axis,
    dimension::{Classification, Dimension},
    disclosure::{ProtectedTable, Shown},
};

use super::table_title::table_title;
use crate::{error::PageError, session::Visitor, state::AppState, statistics_view};

pub(crate) async fn chart(
    State(state): State<AppState>,
    visitor: Visitor,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let (snapshot, request, answer) = statistics_view::answer_request(&state, &visitor, &params).await?;
    let classification = snapshot.classification;
    Ok(svg(bar_chart(&answer.table, &classification, &table_title(&request, &classification))))
}

pub(crate) async fn map(
    State(state): State<AppState>,
    visitor: Visitor,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let (snapshot, request, answer) = statistics_view::answer_request(&state, &visitor, &params).await?;
    let classification = snapshot.classification;
    let catalogue = state.catalogue().await?;
    let title = table_title(&request, &classification);
    let drawn = world_map(&answer.table, &classification, &catalogue, Language::English, &title).ok_or_else(|| {
        PageError::bad_request("rows or columns: a map needs a table by State (state) or by nationality (nationality)")
    })?;
    Ok(svg(drawn))
}

fn svg(body: String) -> Response {
    ([(header::CONTENT_TYPE, "image/svg+xml; charset=utf-8"), (header::CACHE_CONTROL, "no-store")], body)
        .into_response()
}

fn bar_chart(table: &ProtectedTable, classification: &Classification, title: &str) -> String {
    let width = table.columns.codes.len();
    let one_way = table.columns.dimension.is_none();
    StackedBars {
        title: title.to_owned(),
        series: (0..width).map(|column| table.columns.label(column, classification)).collect(),
        bars: (0..table.rows.codes.len())
            .map(|row| Bar {
                label: table.rows.label(row, classification),
                total: table.row_totals[row].count(),
                segments: if one_way {
                    vec![table.row_totals[row].count()]
                } else {
                    (0..width).map(|column| table.cell(row, column).count()).collect()
                },
            })
            .collect(),
    }
    .to_svg()
}

/// A map of the totals along the table's side that is by State or by nationality.
fn world_map(
    table: &ProtectedTable,
    classification: &Classification,
    catalogue: &Catalogue,
    language: Language,
    title: &str,
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
        .collect();
    Some(WorldMap { title: format!("Map: {title}"), value_label: "incidents".into(), values }.to_svg())
}
