//! Reading a file of measures as it is uploaded or named on the command line (a JSON exchange
//! document, or a CSV or XLSX measure table) and checking every record against the
//! catalogue, so that the import page, the API and `vawdb import` refuse the same files for
//! the same reasons.

use std::path::Path;

use domain::{
    catalogue::Catalogue,
    exchange::{self, ImportDefaults, Problem, ValidDocument},
};

use crate::read::{MeasureRows, RowOrigins, RowProblem, read_measure_rows};

/// A file whose every record was read and checked, ready for the store.
#[derive(Debug, Clone)]
pub struct CheckedUpload {
    pub document: ValidDocument,
    /// For a table, the rows its measures came from; `None` for a JSON document.
    pub rows: Option<RowOrigins>,
}

impl CheckedUpload {
    /// Where the measure at `position` of the document came from: `row 4` or `measures[3]`.
    pub fn measure_place(&self, position: usize) -> String {
        match self.rows.as_ref().and_then(|rows| rows.rows.get(position)) {
            Some(row) => format!("row {row}"),
            None => format!("measures[{position}]"),
        }
    }
}

/// Why a file of measures was refused, placed as precisely as the file allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadRefusal {
    /// The file as a whole: not UTF-8, not JSON, not the kind of file its name says, no
    /// measure in it. The message does not name the file; the caller does.
    File(String),
    /// Rows, columns and values of a table.
    Rows(Vec<RowProblem>),
    /// Records and fields of a JSON exchange document.
    Records(Vec<Problem>),
}

/// A file read into exchange records, not yet checked against the catalogue.
#[derive(Debug, Clone)]
pub struct ReadUpload {
    document: exchange::ExchangeDocument,
    rows: Option<RowOrigins>,
}

/// Reads `bytes`, the contents of a file named `file_name`, by its extension: `.json`, or a
/// table that `tabular` reads (the sheet `sheet` of a workbook, or its first).
pub fn read_upload(file_name: &str, bytes: &[u8], sheet: Option<&str>) -> Result<ReadUpload, UploadRefusal> {
    let extension = Path::new(file_name).extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    if extension == "json" {
        let text = std::str::from_utf8(bytes).map_err(|error| {
            UploadRefusal::File(format!("not UTF-8 text (byte {} is invalid): save it as UTF-8", error.valid_up_to()))
        })?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let document = exchange::parse(text).map_err(|error| UploadRefusal::File(error.to_string()))?;
        return Ok(ReadUpload { document, rows: None });
    }
    let table_config = tabular::ReadConfig { sheet: sheet.map(str::to_owned), ..tabular::ReadConfig::default() };
    let table = tabular::read_table_bytes(file_name, bytes, &table_config).map_err(|error| {
        let message = error.to_string();
        UploadRefusal::File(message.strip_prefix(&format!("{file_name}: ")).unwrap_or(&message).to_owned())
    })?;
    let MeasureRows { document, origins } = read_measure_rows(table).map_err(UploadRefusal::Rows)?;
    if document.measures.is_empty() {
        return Err(UploadRefusal::File("there is no measure under the header row".into()));
    }
    Ok(ReadUpload { document, rows: Some(origins) })
}

impl ReadUpload {
    /// Checks every record against `catalogue`; a table's problems name rows and columns.
    pub fn check(self, catalogue: &Catalogue, defaults: ImportDefaults) -> Result<CheckedUpload, UploadRefusal> {
        match exchange::validate(self.document, catalogue, defaults) {
            Ok(document) => {
                let mut rows = self.rows;
                if let Some(rows) = &mut rows {
                    rows.forget_cells();
                }
                Ok(CheckedUpload { document, rows })
            }
            Err(problems) => Err(match &self.rows {
                Some(rows) => UploadRefusal::Rows(rows.locate(&problems)),
                None => UploadRefusal::Records(problems),
            }),
        }
    }
}
