//! `GET /search/export.csv`, `.xlsx` and `.json`: every measure a search finds, whatever the
//! number, with the same parameters as `/search` (its page is ignored).
//!
//! CSV and JSON are streamed: the measures are read from the store 500 at a time and sent as
//! they are written, so an export of the whole database needs no more memory than one batch.
//! An XLSX workbook is a zip whose parts must be complete before it is written, so it is built
//! whole (off the async threads) and sent. The search index holds published measures only,
//! so an export can never hold anything else.

use axum::{
    body::{Body, Bytes},
    extract::{RawQuery, State},
    http::header,
    response::{IntoResponse, Response},
};
use domain::{catalogue::Catalogue, measure::Measure};
use measure_table::{CsvRows, cells};
use store::Visibility;

use crate::{
    error::PageError, list_params::parse_pairs, page_context::PageContext, search_params::search_params,
    state::AppState,
};

/// Measures read from the store at a time.
const BATCH: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ExportFormat {
    Csv,
    Xlsx,
    Json,
}

impl ExportFormat {
    fn content_type(self) -> &'static str {
        match self {
            ExportFormat::Csv => "text/csv; charset=utf-8",
            ExportFormat::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ExportFormat::Json => "application/json",
        }
    }

    fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
            ExportFormat::Json => "json",
        }
    }
}

pub(crate) async fn csv(state: State<AppState>, context: PageContext, query: RawQuery) -> Result<Response, PageError> {
    export(state, context, query, ExportFormat::Csv).await
}

pub(crate) async fn xlsx(state: State<AppState>, context: PageContext, query: RawQuery) -> Result<Response, PageError> {
    export(state, context, query, ExportFormat::Xlsx).await
}

pub(crate) async fn json(state: State<AppState>, context: PageContext, query: RawQuery) -> Result<Response, PageError> {
    export(state, context, query, ExportFormat::Json).await
}

async fn export(
    State(state): State<AppState>,
    context: PageContext,
    RawQuery(query): RawQuery,
    format: ExportFormat,
) -> Result<Response, PageError> {
    let catalogue = state.catalogue().await?;
    let pairs = parse_pairs(query.as_deref());
    let params = search_params(&pairs, &catalogue, context.language, search::MAX_PER_PAGE)?;
    let ids = state.search_index().all_matches(&params.request)?;
    let body = match format {
        ExportFormat::Xlsx => {
            let mut rows = Vec::with_capacity(ids.len());
            for batch in ids.chunks(BATCH) {
                for record in state.store().measures_by_ids(batch, Visibility::PublishedOnly).await? {
                    rows.push(cells(&record.measure, &|measure| country_code(&catalogue, measure)));
                }
            }
            let bytes = tokio::task::spawn_blocking(move || measure_table::xlsx(&rows))
                .await
                .map_err(PageError::internal)?
                .map_err(PageError::internal)?;
            Body::from(bytes)
        }
        ExportFormat::Csv | ExportFormat::Json => Body::from_stream(stream(state.clone(), catalogue, &ids, format)),
    };
    let filename = format!("vawdb-measures.{}", format.extension());
    Ok((
        [
            (header::CONTENT_TYPE, format.content_type().to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{filename}\"")),
        ],
        body,
    )
        .into_response())
}

/// The export's bytes, batch by batch, produced as the client reads them.
fn stream(
    state: AppState,
    catalogue: std::sync::Arc<Catalogue>,
    ids: &[i64],
    format: ExportFormat,
) -> impl futures_util::Stream<Item = Result<Bytes, store::StoreError>> + use<> {
    let batches: Vec<Vec<i64>> = ids.chunks(BATCH).map(<[i64]>::to_vec).collect();
    let total = batches.len();
    futures_util::stream::unfold(0usize, move |position| {
        let state = state.clone();
        let catalogue = catalogue.clone();
        let batch = batches.get(position).cloned();
        async move {
            if position > total {
                return None;
            }
            let Some(batch) = batch else {
                // The end: close the JSON document (or write an empty export whole).
                let closing = match (format, position) {
                    (ExportFormat::Json, 0) => {
                        Bytes::from_static(b"{\"format\": \"vawdb-exchange/1\", \"measures\": []}\n")
                    }
                    (ExportFormat::Json, _) => Bytes::from_static(b"\n]}\n"),
                    (_, 0) => Bytes::from(CsvRows::with_header().into_bytes()),
                    _ => Bytes::new(),
                };
                return Some((Ok(closing), position + 1));
            };
            let records = match state.store().measures_by_ids(&batch, Visibility::PublishedOnly).await {
                Ok(records) => records,
                Err(error) => return Some((Err(error), total + 1)),
            };
            let bytes = match format {
                ExportFormat::Csv => {
                    let mut rows = if position == 0 { CsvRows::with_header() } else { CsvRows::continuing() };
                    for record in &records {
                        rows.push(&cells(&record.measure, &|measure| country_code(&catalogue, measure)));
                    }
                    rows.into_bytes()
                }
                ExportFormat::Json | ExportFormat::Xlsx => {
                    let mut text = if position == 0 {
                        String::from("{\"format\": \"vawdb-exchange/1\", \"measures\": [\n")
                    } else {
                        String::from(",\n")
                    };
                    // Written as the exchange format writes measures, so that the file imports back.
                    let measures: Vec<Measure> = records.into_iter().map(|record| record.measure).collect();
                    let document = domain::exchange::to_document(&[], &[], &measures, &catalogue);
                    let lines: Vec<String> = document
                        .measures
                        .iter()
                        .map(|entry| serde_json::to_string(entry).expect("an exchange record serialises"))
                        .collect();
                    text.push_str(&lines.join(",\n"));
                    text.into_bytes()
                }
            };
            Some((Ok(Bytes::from(bytes)), position + 1))
        }
    })
}

fn country_code(catalogue: &Catalogue, measure: &Measure) -> String {
    measure
        .country
        .map(|m49| catalogue.country(m49).map_or_else(|| m49.to_string(), |country| country.iso3.clone()))
        .unwrap_or_default()
}
