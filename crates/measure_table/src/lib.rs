//! Measures as rows of a table: the columns of vawdb's CSV and XLSX exports, in a fixed order
//! documented in `docs/measure-table.md`.
//!
//! One row per measure; vocabulary terms by code, several joined with `; `; a title,
//! description, effectiveness and origin (original or translation) column for each of the six UN languages. Any cell that a
//! spreadsheet would read as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage
//! return) is written with a leading apostrophe in CSV, and always as text in XLSX, so that
//! opening an export never runs what someone typed into a measure.
//!
//! ```
//! use measure_table::{COLUMNS, neutralise};
//!
//! assert_eq!(COLUMNS[0], "id");
//! assert_eq!(neutralise("=HYPERLINK(\"http://evil.example\")"), "'=HYPERLINK(\"http://evil.example\")");
//! assert_eq!(neutralise("-5% in 2009"), "'-5% in 2009");
//! assert_eq!(neutralise("Kenya"), "Kenya");
//! ```

mod read;
mod upload;

use std::borrow::Cow;

use domain::{language::Language, measure::Measure};

pub use read::{MeasureColumns, RowPlace, RowProblem, RowRecord};
pub use upload::{CheckedUpload, ReadUpload, UploadRefusal, read_upload};

/// The vocabularies with a column each, in column order.
pub const VOCABULARY_COLUMNS: [&str; 4] = ["type", "form", "keyword", "stage"];

/// The column names, in order.
pub const COLUMNS: [&str; 37] = [
    "id",
    "state",
    "country",
    "actor",
    "cycle",
    "year_from",
    "year_to",
    "implementation",
    "type",
    "form",
    "keyword",
    "stage",
    "source",
    "title_en",
    "description_en",
    "effectiveness_en",
    "origin_en",
    "title_fr",
    "description_fr",
    "effectiveness_fr",
    "origin_fr",
    "title_es",
    "description_es",
    "effectiveness_es",
    "origin_es",
    "title_ru",
    "description_ru",
    "effectiveness_ru",
    "origin_ru",
    "title_ar",
    "description_ar",
    "effectiveness_ar",
    "origin_ar",
    "title_zh",
    "description_zh",
    "effectiveness_zh",
    "origin_zh",
];

/// The languages with text columns, in column order.
const TEXT_LANGUAGES: [Language; 6] =
    [Language::English, Language::French, Language::Spanish, Language::Russian, Language::Arabic, Language::Chinese];

/// A measure's cells, in [`COLUMNS`] order, not yet neutralised. `country_code` gives the
/// code the `country` column shows (ISO alpha-3 where there is one).
pub fn cells(measure: &Measure, country_code: &dyn Fn(&Measure) -> String) -> Vec<String> {
    let mut cells = Vec::with_capacity(COLUMNS.len());
    cells.push(measure.external_id.to_string());
    cells.push(measure.state.as_str().to_owned());
    cells.push(country_code(measure));
    cells.push(measure.actor.to_string());
    cells.push(measure.cycle.as_ref().map(ToString::to_string).unwrap_or_default());
    cells.push(measure.years.map(|years| years.from().to_string()).unwrap_or_default());
    cells.push(measure.years.map(|years| years.to().to_string()).unwrap_or_default());
    cells.push(measure.implementation.as_str().to_owned());
    for vocabulary in VOCABULARY_COLUMNS {
        cells.push(measure.classification.terms(vocabulary).map(ToString::to_string).collect::<Vec<_>>().join("; "));
    }
    cells.push(measure.source.clone().unwrap_or_default());
    for language in TEXT_LANGUAGES {
        match measure.texts.get(&language) {
            Some(text) => {
                cells.push(text.title.clone());
                cells.push(text.description.clone());
                cells.push(text.effectiveness.clone().unwrap_or_default());
                cells.push(text.origin.map(|origin| origin.as_str().to_owned()).unwrap_or_default());
            }
            None => cells.extend([String::new(), String::new(), String::new(), String::new()]),
        }
    }
    cells
}

/// A column's letter as a spreadsheet shows it: 0 is A, 26 is AA.
pub fn column_letter(position: usize) -> String {
    let mut letters = String::new();
    let mut n = position + 1;
    while n > 0 {
        letters.insert(0, char::from(b'A' + u8::try_from((n - 1) % 26).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    letters
}

/// A cell as a spreadsheet may safely read it: text that would start a formula gets a
/// leading apostrophe (OWASP's advice for CSV injection).
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

/// Writes CSV: the header row, then one row per call to [`CsvRows::push`], into any buffer,
/// so that a large export can be sent in pieces.
pub struct CsvRows {
    writer: csv::Writer<Vec<u8>>,
}

impl CsvRows {
    /// A writer that starts with a UTF-8 byte order mark (so that Excel reads the accents and
    /// scripts right) and the header row.
    pub fn with_header() -> CsvRows {
        let mut rows = CsvRows { writer: csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec()) };
        rows.writer.write_record(COLUMNS).expect("writing to memory cannot fail");
        rows
    }

    /// A writer for further rows, without header.
    pub fn continuing() -> CsvRows {
        CsvRows { writer: csv::Writer::from_writer(Vec::new()) }
    }

    pub fn push(&mut self, cells: &[String]) {
        self.writer
            .write_record(cells.iter().map(|cell| neutralise(cell).into_owned()))
            .expect("writing to memory cannot fail");
    }

    /// The bytes written so far.
    pub fn into_bytes(self) -> Vec<u8> {
        self.writer.into_inner().expect("flushing to memory cannot fail")
    }
}

/// Why an XLSX workbook could not be made.
#[derive(Debug)]
pub struct XlsxError(pub String);

impl std::fmt::Display for XlsxError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.0)
    }
}

/// The rows an XLSX sheet holds, header included.
pub const XLSX_ROWS_PER_SHEET: usize = 1_048_576;

/// A workbook with the header row and `rows`, every cell written as text, the header bold and
/// frozen. Past the rows one sheet can hold, the rows go on in further sheets.
pub fn xlsx(rows: &[Vec<String>]) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = XlsxRows::new()?;
    for cells in rows {
        workbook.push(cells)?;
    }
    let mut bytes = Vec::new();
    workbook.finish(&mut bytes)?;
    Ok(bytes)
}

/// An XLSX workbook of measure rows written one row at a time, in little memory whatever the
/// number of rows: each row goes to a temporary file as it is pushed (rust_xlsxwriter's
/// constant-memory mode), and the workbook is zipped from those files into any writer at the
/// end. What [`xlsx`] makes, for exports too large to hold.
///
/// ```
/// let mut workbook = measure_table::XlsxRows::new().unwrap();
/// workbook.push(&vec![String::from("m-1"); measure_table::COLUMNS.len()]).unwrap();
/// let mut bytes = Vec::new();
/// workbook.finish(&mut bytes).unwrap();
/// assert!(bytes.starts_with(b"PK"));
/// ```
pub struct XlsxRows {
    workbook: rust_xlsxwriter::Workbook,
    bold: rust_xlsxwriter::Format,
    /// Rows written to the current sheet, header included.
    rows_in_sheet: usize,
    sheets: usize,
}

impl XlsxRows {
    /// A workbook with one sheet holding the header row, its rows kept in the system's
    /// temporary folder.
    pub fn new() -> Result<XlsxRows, XlsxError> {
        XlsxRows::with_workbook(rust_xlsxwriter::Workbook::new())
    }

    /// A workbook whose rows are kept in `folder` while it is written: a folder on disk,
    /// where the system's temporary folder may be in memory (Debian 13 mounts `/tmp` as
    /// tmpfs), which would defeat the point.
    pub fn in_folder(folder: &std::path::Path) -> Result<XlsxRows, XlsxError> {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        workbook.set_tempdir(folder)?;
        XlsxRows::with_workbook(workbook)
    }

    fn with_workbook(workbook: rust_xlsxwriter::Workbook) -> Result<XlsxRows, XlsxError> {
        let bold = rust_xlsxwriter::Format::new().set_bold();
        let mut rows = XlsxRows { workbook, bold, rows_in_sheet: 0, sheets: 0 };
        rows.add_sheet()?;
        Ok(rows)
    }

    /// Writes one measure's cells (see [`cells`]) as the next row.
    pub fn push(&mut self, cells: &[String]) -> Result<(), XlsxError> {
        if self.rows_in_sheet == XLSX_ROWS_PER_SHEET {
            self.add_sheet()?;
        }
        let row = u32::try_from(self.rows_in_sheet).expect("rows per sheet fit in u32");
        let sheet = self.current_sheet()?;
        for (column, cell) in cells.iter().enumerate() {
            if !cell.is_empty() {
                let column = u16::try_from(column).expect("37 columns");
                sheet.write_string(row, column, cell)?;
            }
        }
        self.rows_in_sheet += 1;
        Ok(())
    }

    /// Zips the workbook into `writer`, which need not be seekable (an HTTP response will do).
    pub fn finish(mut self, writer: impl std::io::Write + Send) -> Result<(), XlsxError> {
        self.workbook.save_to_writer(writer).map_err(XlsxError::from)
    }

    fn add_sheet(&mut self) -> Result<(), XlsxError> {
        self.sheets += 1;
        let name = if self.sheets == 1 { "measures".to_owned() } else { format!("measures {}", self.sheets) };
        let bold = self.bold.clone();
        let sheet = self.workbook.add_worksheet_with_constant_memory()?;
        sheet.set_name(name)?;
        for (column, name) in COLUMNS.iter().enumerate() {
            let column = u16::try_from(column).expect("37 columns");
            sheet.write_string_with_format(0, column, *name, &bold)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        self.rows_in_sheet = 1;
        Ok(())
    }

    fn current_sheet(&mut self) -> Result<&mut rust_xlsxwriter::Worksheet, XlsxError> {
        self.workbook.worksheet_from_index(self.sheets - 1).map_err(XlsxError::from)
    }
}

impl From<rust_xlsxwriter::XlsxError> for XlsxError {
    fn from(error: rust_xlsxwriter::XlsxError) -> XlsxError {
        XlsxError(error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use calamine::{Data, Reader, Xlsx};

    use super::*;

    #[test]
    fn a_csv_row_keeps_its_text_and_defuses_formulas() {
        let mut rows = CsvRows::with_header();
        let mut cells = vec![String::new(); COLUMNS.len()];
        let last = COLUMNS.len() - 1;
        cells[last - 2] = "=1+1".to_owned();
        cells[last - 1] = "Tirana, \"Albania\"".to_owned();
        cells[last] = "@SUM(A1)".to_owned();
        rows.push(&cells);
        let text = String::from_utf8(rows.into_bytes()).unwrap();
        assert!(text.starts_with("\u{feff}id,state,country,"));
        assert!(text.ends_with(",'=1+1,\"Tirana, \"\"Albania\"\"\",'@SUM(A1)\n"), "{text}");
    }

    #[test]
    fn a_workbook_written_row_by_row_in_a_folder_holds_every_row_and_leaves_nothing_there() {
        let folder = std::env::temp_dir().join(format!("measure-table-rows-{}", std::process::id()));
        std::fs::create_dir_all(&folder).unwrap();
        let mut workbook = XlsxRows::in_folder(&folder).unwrap();
        for number in 0..2_000 {
            let mut cells = vec![String::new(); COLUMNS.len()];
            cells[0] = format!("m-{number}");
            workbook.push(&cells).unwrap();
        }
        let mut bytes = Vec::new();
        workbook.finish(&mut bytes).unwrap();
        let mut read = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        let range = read.worksheet_range("measures").unwrap();
        assert_eq!(range.height(), 2_001, "the header and every row");
        assert_eq!(range.get((2_000, 0)), Some(&Data::String("m-1999".into())));
        assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 0, "the rows' files are gone");
        std::fs::remove_dir(&folder).unwrap();
    }

    #[test]
    fn an_xlsx_export_holds_text_cells_that_are_never_formulas() {
        let mut cells = vec![String::new(); COLUMNS.len()];
        cells[0] = "m-1".into();
        cells[13] = "=HYPERLINK(\"http://evil.example\",\"click\")".into();
        let bytes = xlsx(&[cells]).unwrap();
        let mut workbook = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        let range = workbook.worksheet_range("measures").unwrap();
        assert_eq!(range.get((0, 13)), Some(&Data::String("title_en".into())));
        assert_eq!(range.get((1, 13)), Some(&Data::String("=HYPERLINK(\"http://evil.example\",\"click\")".into())));
        let formulas = workbook.worksheet_formula("measures").unwrap();
        assert!(formulas.used_cells().all(|(_, _, formula)| formula.is_empty()), "no cell is a formula");
    }
}
