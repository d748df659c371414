//! Reading a file of measures as it is uploaded or named on the command line (a JSON exchange
//! document, or a CSV or XLSX measure table) and checking every record against the
//! catalogue, so that the import page, the API and `vawdb import` refuse the same files for
//! the same reasons.
//!
//! A table is checked a row at a time: each row becomes a record, is checked and becomes a
//! measure, and the row and the record are dropped, so that a file of 100,000 measures is held
//! once as measures rather than three times over as cells, records and measures.

use std::path::Path;

use domain::{
    catalogue::Catalogue,
    exchange::{self, ImportDefaults, MeasureChecker, Problem, ValidDocument},
    message::Message,
    status_table::Table,
};

use crate::read::{MeasureColumns, RowProblem};

/// A file whose every record was read and checked, ready for the store.
#[derive(Debug, Clone)]
pub struct CheckedUpload {
    pub document: ValidDocument,
    /// For a table, the file's row number of each measure; `None` for a JSON document.
    pub rows: Option<Vec<usize>>,
}

impl CheckedUpload {
    /// Where the measure at `position` of the document came from: `row 4` or `measures[3]`.
    pub fn measure_place(&self, position: usize) -> String {
        match self.rows.as_ref().and_then(|rows| rows.get(position)) {
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
    File(Message),
    /// Rows, columns and values of a table.
    Rows(Vec<RowProblem>),
    /// Records and fields of a JSON exchange document.
    Records(Vec<Problem>),
}

/// A file read, not yet checked against the catalogue: a JSON document's records, or a
/// table whose header names measure-table columns.
#[derive(Debug, Clone)]
pub struct ReadUpload {
    content: Content,
}

#[derive(Debug, Clone)]
enum Content {
    Document(exchange::ExchangeDocument),
    /// The rows under the header, and what the header says they hold.
    Table {
        columns: MeasureColumns,
        table: Table,
    },
}

/// Reads `bytes`, the contents of a file named `file_name`, by its extension: `.json`, or a
/// table that `tabular` reads (the sheet `sheet` of a workbook, or its first).
pub fn read_upload(file_name: &str, bytes: &[u8], sheet: Option<&str>) -> Result<ReadUpload, UploadRefusal> {
    let extension = Path::new(file_name).extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    if extension == "json" {
        let text = std::str::from_utf8(bytes).map_err(|error| {
            let byte = error.valid_up_to();
            let english = format!("not UTF-8 text (byte {byte} is invalid): save it as UTF-8");
            UploadRefusal::File(Message::new("problem-file-not-utf8", english).text("byte", byte.to_string()))
        })?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let document = exchange::parse(text).map_err(|error| UploadRefusal::File(error.message()))?;
        return Ok(ReadUpload { content: Content::Document(document) });
    }
    let table_config = tabular::ReadConfig { sheet: sheet.map(str::to_owned), ..tabular::ReadConfig::default() };
    let mut table = tabular::read_table_bytes(file_name, bytes, &table_config)
        .map_err(|error| UploadRefusal::File(error.message()))?;
    let Some(header) = table.rows.first() else {
        return Err(UploadRefusal::Rows(vec![RowProblem {
            row: 1,
            column: None,
            value: None,
            message: Message::new("problem-file-empty-table", "the file is empty: the first row must name the columns"),
        }]));
    };
    let columns = MeasureColumns::from_header(header).map_err(UploadRefusal::Rows)?;
    table.rows.remove(0);
    if table.rows.iter().all(|row| row.cells.iter().all(|cell| cell.trim().is_empty())) {
        return Err(UploadRefusal::File(Message::new(
            "problem-table-no-measures",
            "there is no measure under the header row",
        )));
    }
    Ok(ReadUpload { content: Content::Table { columns, table } })
}

impl ReadUpload {
    /// Checks every record against `catalogue`; a table's problems name rows and columns.
    pub fn check(self, catalogue: &Catalogue, defaults: ImportDefaults) -> Result<CheckedUpload, UploadRefusal> {
        match self.content {
            Content::Document(document) => match exchange::validate(document, catalogue, defaults) {
                Ok(document) => Ok(CheckedUpload { document, rows: None }),
                Err(problems) => Err(UploadRefusal::Records(problems)),
            },
            Content::Table { columns, table } => {
                let mut checker = MeasureChecker::new(catalogue, defaults);
                let mut problems = Vec::new();
                let mut rows = Vec::new();
                for row in table.rows {
                    let Some(record) = columns.record(row, &mut problems) else { continue };
                    rows.push(record.place.number);
                    problems.extend(checker.push(record.entry).iter().map(|problem| record.place.locate(problem)));
                }
                match checker.finish() {
                    Ok(measures) if problems.is_empty() => {
                        let document = ValidDocument { measures, ..ValidDocument::default() };
                        Ok(CheckedUpload { document, rows: Some(rows) })
                    }
                    _ => Err(UploadRefusal::Rows(problems)),
                }
            }
        }
    }
}
