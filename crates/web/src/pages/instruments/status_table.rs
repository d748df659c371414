//! `GET /instruments/{code}/status.csv` and `status.xlsx`: the instrument's status as at a date
//! (`?as_at=`, today by default) in the UN Treaty Collection's own columns, which `vawdb
//! treaty import --format untc` reads back unchanged.

use axum::{
    extract::{Path, RawQuery, State},
    response::Response,
};
use domain::{language::Language, status_table::untc_rows};
use store::TreatyActionFilter;

use crate::{
    error::PageError,
    list_params::parse_pairs,
    pages::components::attachment::attachment,
    state::AppState,
    treaty_views::{as_at, today},
};

pub(crate) async fn csv(state: State<AppState>, code: Path<String>, query: RawQuery) -> Result<Response, PageError> {
    let (file_name, rows) = status_rows(state, code, query).await?;
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    for row in &rows {
        writer.write_record(row).map_err(PageError::internal)?;
    }
    let bytes = writer.into_inner().map_err(PageError::internal)?;
    Ok(attachment("text/csv; charset=utf-8", &format!("{file_name}.csv"), bytes))
}

pub(crate) async fn xlsx(state: State<AppState>, code: Path<String>, query: RawQuery) -> Result<Response, PageError> {
    let (file_name, rows) = status_rows(state, code, query).await?;
    let bytes = workbook(&rows).map_err(PageError::internal)?;
    Ok(attachment(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &format!("{file_name}.xlsx"),
        bytes,
    ))
}

/// The file's name ("untoc-status-2009-06-01") and its rows, headings first.
async fn status_rows(
    State(state): State<AppState>,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<(String, Vec<Vec<String>>), PageError> {
    let catalogue = state.catalogue().await?;
    let instrument = catalogue
        .instrument(&code)
        .ok_or_else(|| PageError::translated(axum::http::StatusCode::NOT_FOUND, "error-no-such-instrument"))?;
    let date = as_at(&parse_pairs(query.as_deref()), today())?;
    let actions = state
        .store()
        .treaty_actions(&TreatyActionFilter { instruments: vec![instrument.code.clone()], country: None })
        .await?;
    // Participants are named as the depositary names them, in English, whatever the page's
    // language: the table is the depositary's, to be read back by the importer.
    let rows = untc_rows(&actions, instrument, date, |m49| {
        catalogue.country(m49).map(|country| country.name_as_at(Language::English, date).short_name.clone())
    });
    Ok((format!("{}-status-{date}", instrument.code), rows))
}

/// One sheet of text cells, the headings bold, as UNTC's own spreadsheets hold them.
fn workbook(rows: &[Vec<String>]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let sheet = workbook.add_worksheet();
    for (row_index, row) in rows.iter().enumerate() {
        let row_number = u32::try_from(row_index).unwrap_or(u32::MAX);
        for (column_index, cell) in row.iter().enumerate() {
            let column = u16::try_from(column_index).unwrap_or(u16::MAX);
            if row_index == 0 {
                sheet.write_string_with_format(row_number, column, cell, &bold)?;
            } else {
                sheet.write_string(row_number, column, cell)?;
            }
        }
    }
    workbook.save_to_buffer()
}
