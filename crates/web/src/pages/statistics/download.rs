//! `GET /statistics/table.csv`, `.xlsx`, `.sdmx.csv` (SDMX-CSV 1.0) and `.sdmx2.csv`
//! (SDMX-CSV 2.0): the table the statistics page shows, with the same parameters and the same
//! protection, as a file.

use std::collections::HashMap;

use axum::{
    extract::{Query, State},
    http::header,
    response::{IntoResponse, Response},
};
use incident_statistics::table_export::{self, DownloadWording};

use super::table_title::{table_title, withheld_note_in};
use crate::{error::PageError, page_context::PageContext, session::Visitor, state::AppState, statistics_view};

pub(crate) async fn csv(
    state: State<AppState>,
    context: PageContext,
    visitor: Visitor,
    params: Query<HashMap<String, String>>,
) -> Result<Response, PageError> {
    download(state, context, visitor, params, Format::Csv).await
}

pub(crate) async fn xlsx(
    state: State<AppState>,
    context: PageContext,
    visitor: Visitor,
    params: Query<HashMap<String, String>>,
) -> Result<Response, PageError> {
    download(state, context, visitor, params, Format::Xlsx).await
}

pub(crate) async fn sdmx(
    state: State<AppState>,
    context: PageContext,
    visitor: Visitor,
    params: Query<HashMap<String, String>>,
) -> Result<Response, PageError> {
    download(state, context, visitor, params, Format::SdmxCsv).await
}

pub(crate) async fn sdmx_v2(
    state: State<AppState>,
    context: PageContext,
    visitor: Visitor,
    params: Query<HashMap<String, String>>,
) -> Result<Response, PageError> {
    download(state, context, visitor, params, Format::SdmxCsvV2).await
}

#[derive(Clone, Copy)]
enum Format {
    Csv,
    Xlsx,
    SdmxCsv,
    SdmxCsvV2,
}

async fn download(
    State(state): State<AppState>,
    context: PageContext,
    visitor: Visitor,
    Query(mut params): Query<HashMap<String, String>>,
    format: Format,
) -> Result<Response, PageError> {
    params.remove("lang");
    let (snapshot, request, answer) = statistics_view::answer_request(&state, &visitor, &params).await?;
    let classification = snapshot.classification;
    let language = context.language;
    let wording = DownloadWording {
        language,
        withheld_note: answer
            .table
            .threshold
            .map(|threshold| withheld_note_in(state.messages(), language, threshold))
            .unwrap_or_default(),
    };
    let name = format!(
        "incidents-{}-{}-{}-{}{}",
        request.query.rows.column(),
        request.query.columns.map_or("total", |d| d.column()),
        request.query.first_year,
        request.query.last_year,
        if request.whole { "-whole" } else { "" }
    );
    let (content_type, extension, bytes) = match format {
        Format::Csv => {
            ("text/csv; charset=utf-8", "csv", table_export::table_csv(&answer.table, &classification, &wording))
        }
        Format::Xlsx => (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
            table_export::table_xlsx(
                &answer.table,
                &classification,
                &table_title(&request, &classification, state.messages(), language),
                &wording,
            )
            .map_err(PageError::internal)?,
        ),
        Format::SdmxCsv => (
            "application/vnd.sdmx.data+csv; version=1.0.0; charset=utf-8",
            "sdmx.csv",
            table_export::table_sdmx_csv(&answer.table, &request.query, &classification),
        ),
        Format::SdmxCsvV2 => (
            "application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8",
            "sdmx2.csv",
            table_export::table_sdmx_csv_v2(&answer.table, &request.query, &classification),
        ),
    };
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}.{extension}\"")),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        bytes,
    )
        .into_response())
}
