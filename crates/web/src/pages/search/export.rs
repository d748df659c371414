//! `GET /search/export.csv`, `.xlsx` and `.json`: every measure a search finds, whatever the
//! number, with the same parameters as `/search` (its page is ignored).
//!
//! Every format is streamed: the measures are read from the store 500 at a time. CSV and JSON
//! are sent as they are written. An XLSX workbook is a zip whose parts must be complete before
//! it is zipped, so its rows are written to temporary files as they are read (off the async
//! threads), then zipped straight into the response; either way an export of the whole
//! database needs little more memory than one batch. An export is a heavy request (see
//! `heavy_requests`): it holds a place until its last byte is sent. An anonymous address has an
//! allowance of exports (see `export_rate`). The search index holds published measures only,
//! so an export can never hold anything else.

use axum::{
    body::{Body, Bytes},
    extract::{RawQuery, State},
    response::Response,
};
use domain::{catalogue::Catalogue, measure::Measure};
use measure_table::{CsvRows, cells};
use store::Visibility;

use crate::{
    error::PageError, heavy_requests::HeavyPlace, list_params::parse_pairs, page_context::PageContext,
    pages::components::attachment::attachment, search_params::search_params, session::ClientAddress, state::AppState,
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

pub(crate) async fn csv(
    state: State<AppState>,
    context: PageContext,
    address: ClientAddress,
    query: RawQuery,
) -> Result<Response, PageError> {
    export(state, context, address, query, ExportFormat::Csv).await
}

pub(crate) async fn xlsx(
    state: State<AppState>,
    context: PageContext,
    address: ClientAddress,
    query: RawQuery,
) -> Result<Response, PageError> {
    export(state, context, address, query, ExportFormat::Xlsx).await
}

pub(crate) async fn json(
    state: State<AppState>,
    context: PageContext,
    address: ClientAddress,
    query: RawQuery,
) -> Result<Response, PageError> {
    export(state, context, address, query, ExportFormat::Json).await
}

async fn export(
    State(state): State<AppState>,
    context: PageContext,
    ClientAddress(address): ClientAddress,
    RawQuery(query): RawQuery,
    format: ExportFormat,
) -> Result<Response, PageError> {
    let catalogue = state.catalogue().await?;
    let pairs = parse_pairs(query.as_deref());
    let params = search_params(&pairs, &catalogue, context.language, search::MAX_PER_PAGE)?;
    if context.viewer.is_none() {
        crate::export_rate::take(state.store(), &address).await??;
    }
    let place = state.heavy_requests().enter().await?;
    let ids = state.search_index().all_matches(&params.request)?;
    let body = match format {
        ExportFormat::Xlsx => Body::from_stream(xlsx_stream(state.clone(), catalogue, ids, place)),
        ExportFormat::Csv | ExportFormat::Json => {
            Body::from_stream(stream(state.clone(), catalogue, &ids, format, place))
        }
    };
    let filename = format!("vawdb-measures.{}", format.extension());
    Ok(attachment(format.content_type(), &filename, body))
}

/// The export's bytes, batch by batch, produced as the client reads them.
fn stream(
    state: AppState,
    catalogue: std::sync::Arc<Catalogue>,
    ids: &[i64],
    format: ExportFormat,
    place: HeavyPlace,
) -> impl futures_util::Stream<Item = Result<Bytes, store::StoreError>> + use<> {
    let batches: Vec<Vec<i64>> = ids.chunks(BATCH).map(<[i64]>::to_vec).collect();
    let total = batches.len();
    let place = std::sync::Arc::new(place);
    futures_util::stream::unfold(0usize, move |position| {
        // The stream holds the place until it is dropped: sent whole, or abandoned.
        let _place = place.clone();
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

/// Bytes of the zipped workbook sent at a time.
const XLSX_CHUNK: usize = 64 * 1024;

/// The XLSX export's bytes: a blocking task reads the measures batch by batch, writes their
/// rows to the workbook's temporary files, then zips the workbook into a channel the response
/// reads from. The task stops when the client goes away (the channel closes).
fn xlsx_stream(
    state: AppState,
    catalogue: std::sync::Arc<Catalogue>,
    ids: Vec<i64>,
    place: HeavyPlace,
) -> impl futures_util::Stream<Item = Result<Bytes, std::io::Error>> + use<> {
    let (sender, receiver) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(4);
    let runtime = tokio::runtime::Handle::current();
    tokio::task::spawn_blocking(move || {
        let written = write_xlsx(&runtime, &state, &catalogue, &ids, ChannelWriter::new(sender.clone()));
        if let Err(error) = written {
            // Most often the client went away; the export stops there.
            tracing::warn!(%error, "an XLSX export stopped before it was sent whole");
            let _ = sender.blocking_send(Err(std::io::Error::other(error)));
        }
    });
    futures_util::stream::unfold((receiver, place), |(mut receiver, place)| async move {
        receiver.recv().await.map(|chunk| (chunk, (receiver, place)))
    })
}

fn write_xlsx(
    runtime: &tokio::runtime::Handle,
    state: &AppState,
    catalogue: &Catalogue,
    ids: &[i64],
    writer: ChannelWriter,
) -> Result<(), String> {
    // The workbook's rows wait in the data folder, on disk, rather than in `/tmp`, which may
    // be memory.
    let folder = state.temporary_folder();
    std::fs::create_dir_all(&folder).map_err(|error| format!("{}: {error}", folder.display()))?;
    let mut workbook = measure_table::XlsxRows::in_folder(&folder).map_err(|error| error.to_string())?;
    for batch in ids.chunks(BATCH) {
        let records = runtime
            .block_on(state.store().measures_by_ids(batch, Visibility::PublishedOnly))
            .map_err(|error| error.to_string())?;
        for record in &records {
            let row = cells(&record.measure, &|measure| country_code(catalogue, measure));
            workbook.push(&row).map_err(|error| error.to_string())?;
        }
    }
    workbook.finish(writer).map_err(|error| error.to_string())
}

/// A writer into the response's channel, sending [`XLSX_CHUNK`] bytes at a time; it fails
/// once the response is gone, which stops the export.
struct ChannelWriter {
    sender: tokio::sync::mpsc::Sender<Result<Bytes, std::io::Error>>,
    buffer: Vec<u8>,
}

impl ChannelWriter {
    fn new(sender: tokio::sync::mpsc::Sender<Result<Bytes, std::io::Error>>) -> ChannelWriter {
        ChannelWriter { sender, buffer: Vec::with_capacity(XLSX_CHUNK) }
    }

    fn send_buffer(&mut self) -> std::io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(&mut self.buffer, Vec::with_capacity(XLSX_CHUNK)));
        self.sender
            .blocking_send(Ok(chunk))
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "the client went away"))
    }
}

impl std::io::Write for ChannelWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.buffer.extend_from_slice(bytes);
        if self.buffer.len() >= XLSX_CHUNK {
            self.send_buffer()?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.send_buffer()
    }
}

impl Drop for ChannelWriter {
    fn drop(&mut self) {
        // The zip writer flushes when it finishes; whatever is left goes out here.
        let _ = self.send_buffer();
    }
}

fn country_code(catalogue: &Catalogue, measure: &Measure) -> String {
    measure
        .country
        .map(|m49| catalogue.country(m49).map_or_else(|| m49.to_string(), |country| country.iso3.clone()))
        .unwrap_or_default()
}
