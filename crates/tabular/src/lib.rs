//! Reads a table from a file people have at hand: CSV (comma, semicolon or tab separated),
//! an XLSX workbook, or text copied from a web page, into a [`Table`] whose rows keep their
//! number in the file, so that every error can name the row.
//!
//! ```no_run
//! let table = tabular::read_table(std::path::Path::new("untoc-status.xlsx"), &tabular::ReadConfig::default())?;
//! println!("{} rows", table.rows.len());
//! # Ok::<(), tabular::TableFileError>(())
//! ```
//!
//! Files must be UTF-8 (a byte order mark is accepted); a workbook cell holding a formula is
//! refused, since what it shows depends on the program that last computed it.
//!
//! Files come from outside, so what they may make the reader allocate is bounded by
//! [`TableLimits`] before it is allocated: a workbook is inflated and counted within
//! [`bounded_zip`]'s limits before calamine opens it, its cells are read one by one rather than
//! into calamine's dense range, and no cell may hold more than 32,767 characters.

use std::{io::Read, path::Path};

use calamine::{Data, Reader, Xlsx};
use domain::{
    message::Message,
    status_table::{Table, TableRow},
    text::grouped,
};

/// Why a file could not be read as a table.
#[derive(Debug, thiserror::Error)]
pub enum TableFileError {
    #[error("{file}: cannot read the file: {source}")]
    Io { file: String, source: std::io::Error },
    #[error("{file}: not UTF-8 text (byte {byte} is invalid): save it as UTF-8")]
    NotUtf8 { file: String, byte: usize },
    #[error("{file}: line {line}: {message}")]
    Csv { file: String, line: u64, message: String },
    #[error("{file}: not a readable XLSX workbook: {message}")]
    Workbook { file: String, message: String },
    #[error("{file}: there is no sheet named '{sheet}' (the workbook has: {sheets})")]
    NoSuchSheet { file: String, sheet: String, sheets: String },
    #[error("{file}, sheet '{sheet}', cell {cell}: holds a formula ({formula}); save the sheet with values only")]
    Formula { file: String, sheet: String, cell: String, formula: String },
    #[error("{file}: it is named .xlsx but is not an XLSX workbook; save it from the spreadsheet program as .xlsx")]
    NamedXlsxButNotAWorkbook { file: String },
    #[error(
        "{file}: it is named .{extension} but is a workbook or another zip file; name it .xlsx if it is a workbook"
    )]
    WorkbookNamedAsText { file: String, extension: String },
    #[error("{file}: '{extension}' files are not read; use .csv, .tsv, .txt or .xlsx")]
    UnknownKind { file: String, extension: String },
    #[error("{file}: refused: {source}")]
    ArchiveTooLarge { file: String, source: bounded_zip::ZipLimitError },
    #[error("{file}, sheet '{sheet}': holds more than {} cells, the most a table may hold; split it into smaller files", grouped(*.limit))]
    TooManyCells { file: String, sheet: String, limit: usize },
    #[error(
        "{file}, sheet '{sheet}': its cells span {} rows and {} columns, more than the {} cells a table may hold",
        grouped(*.rows), grouped(*.columns), grouped(*.limit)
    )]
    SheetTooWide { file: String, sheet: String, rows: usize, columns: usize, limit: usize },
    #[error("{file}, {place}: holds {} characters, more than the {} a cell may hold", grouped(*.characters), grouped(*.limit))]
    CellTooLong { file: String, place: String, characters: usize, limit: usize },
}

impl TableFileError {
    /// What is wrong, without the file's name (which the page shows beside it), for a person in
    /// any language. The details a library gives (why a CSV line or a workbook cannot be read)
    /// are quoted as it words them.
    pub fn message(&self) -> Message {
        let english = self.to_string();
        let english = english.split_once(": ").map_or(english.as_str(), |(_, rest)| rest).to_owned();
        match self {
            TableFileError::Io { source, .. } => {
                Message::new("problem-file-unreadable", english).text("details", source.to_string())
            }
            TableFileError::NotUtf8 { byte, .. } => {
                Message::new("problem-file-not-utf8", english).text("byte", byte.to_string())
            }
            TableFileError::Csv { line, message, .. } => Message::new("problem-file-csv-line", english)
                .text("line", line.to_string())
                .text("details", message.as_str()),
            TableFileError::Workbook { message, .. } => {
                Message::new("problem-file-not-a-workbook", english).text("details", message.as_str())
            }
            TableFileError::NoSuchSheet { sheet, sheets, .. } => {
                let english = format!("there is no sheet named '{sheet}' (the workbook has: {sheets})");
                Message::new("problem-file-no-such-sheet", english)
                    .text("sheet", sheet.as_str())
                    .text("sheets", sheets.as_str())
            }
            TableFileError::Formula { sheet, cell, formula, .. } => {
                let english = format!(
                    "sheet '{sheet}', cell {cell}: holds a formula ({formula}); save the sheet with values only"
                );
                Message::new("problem-file-formula", english)
                    .text("sheet", sheet.as_str())
                    .text("cell", cell.as_str())
                    .text("formula", formula.as_str())
            }
            TableFileError::NamedXlsxButNotAWorkbook { .. } => {
                Message::new("problem-file-xlsx-not-a-workbook", english)
            }
            TableFileError::WorkbookNamedAsText { extension, .. } => {
                Message::new("problem-file-workbook-named-as-text", english).text("extension", extension.as_str())
            }
            TableFileError::UnknownKind { extension, .. } => {
                Message::new("problem-file-unknown-kind", english).text("extension", extension.as_str())
            }
            TableFileError::ArchiveTooLarge { source, .. } => {
                Message::new("problem-file-archive-refused", english).text("details", source.to_string())
            }
            TableFileError::TooManyCells { sheet, limit, .. } => {
                let english = format!(
                    "sheet '{sheet}': holds more than {} cells, the most a table may hold; split it into smaller files",
                    grouped(*limit)
                );
                Message::new("problem-file-too-many-cells", english)
                    .text("sheet", sheet.as_str())
                    .number("limit", *limit)
            }
            TableFileError::SheetTooWide { sheet, rows, columns, limit, .. } => {
                let english = format!(
                    "sheet '{sheet}': its cells span {} rows and {} columns, more than the {} cells a table may hold",
                    grouped(*rows),
                    grouped(*columns),
                    grouped(*limit)
                );
                Message::new("problem-file-sheet-too-wide", english)
                    .text("sheet", sheet.as_str())
                    .number("rows", *rows)
                    .number("columns", *columns)
                    .number("limit", *limit)
            }
            TableFileError::CellTooLong { place, characters, limit, .. } => {
                let english = format!(
                    "{place}: holds {} characters, more than the {} a cell may hold",
                    grouped(*characters),
                    grouped(*limit)
                );
                Message::new("problem-file-cell-too-long", english)
                    .text("place", place.as_str())
                    .number("characters", *characters)
                    .number("limit", *limit)
            }
        }
    }
}

/// How to read a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadConfig {
    /// The sheet of a workbook to read; the first one when `None`.
    pub sheet: Option<String>,
    pub limits: TableLimits,
}

/// How much a file may make the reader hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableLimits {
    /// What a workbook may inflate to.
    pub archive: bounded_zip::ZipLimits,
    /// The most cells a sheet may hold, counted over the rectangle its cells span, since the
    /// table gives every row as many cells as the widest one.
    pub cells: usize,
    /// The most characters in one cell: 32,767, as spreadsheet programs keep.
    pub cell_characters: usize,
}

impl Default for TableLimits {
    /// A table of 100,000 measures in the measure table's 37 columns is 3,700,000 cells.
    fn default() -> TableLimits {
        TableLimits { archive: bounded_zip::ZipLimits::WORKBOOK, cells: 4_000_000, cell_characters: 32_767 }
    }
}

/// Reads `path` by its extension: `.csv`, `.tsv`, `.txt` (text copied from a web page, cells
/// separated by tabs or runs of spaces) or `.xlsx`.
pub fn read_table(path: &Path, config: &ReadConfig) -> Result<Table, TableFileError> {
    let file = path.display().to_string();
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|mut handle| handle.read_to_end(&mut bytes))
        .map_err(|source| TableFileError::Io { file: file.clone(), source })?;
    read_table_bytes(&file, &bytes, config)
}

/// Reads the bytes of a file named `file` (an upload, say) by its extension, as
/// [`read_table`] does. A file whose bytes say it is something else than its extension says
/// (a workbook named `.csv`, text named `.xlsx`) is refused with a message that says so.
pub fn read_table_bytes(file: &str, bytes: &[u8], config: &ReadConfig) -> Result<Table, TableFileError> {
    let extension = Path::new(file).extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let is_zip = bytes.starts_with(b"PK\x03\x04");
    match extension.as_str() {
        "xlsx" if !is_zip => Err(TableFileError::NamedXlsxButNotAWorkbook { file: file.to_owned() }),
        "xlsx" => read_xlsx(file, bytes, config),
        "csv" | "tsv" | "txt" if is_zip => {
            Err(TableFileError::WorkbookNamedAsText { file: file.to_owned(), extension: extension.clone() })
        }
        "csv" => read_delimited(text_in(file, bytes)?, file, None, &config.limits),
        "tsv" => read_delimited(text_in(file, bytes)?, file, Some(b'\t'), &config.limits),
        "txt" => Ok(Table::from_pasted_text(text_in(file, bytes)?)),
        other => Err(TableFileError::UnknownKind { file: file.to_owned(), extension: other.to_owned() }),
    }
}

/// The file as UTF-8 text without a byte order mark.
pub fn read_text(path: &Path) -> Result<String, TableFileError> {
    let file = path.display().to_string();
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|mut handle| handle.read_to_end(&mut bytes))
        .map_err(|source| TableFileError::Io { file: file.clone(), source })?;
    text_of(&file, &bytes)
}

fn text_of(file: &str, bytes: &[u8]) -> Result<String, TableFileError> {
    text_in(file, bytes).map(str::to_owned)
}

/// The bytes as UTF-8 text without a byte order mark, not copied.
fn text_in<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, TableFileError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|error| TableFileError::NotUtf8 { file: file.to_owned(), byte: error.valid_up_to() })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Reads delimited text with `delimiter`, or, when it is `None`, the separator (comma,
/// semicolon or tab) seen most on the first line: spreadsheet programs set to French or
/// Spanish save "CSV" with semicolons.
pub fn read_delimited(
    text: &str,
    file: &str,
    delimiter: Option<u8>,
    limits: &TableLimits,
) -> Result<Table, TableFileError> {
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = delimiter.unwrap_or_else(|| {
        [b'\t', b';', b','].into_iter().max_by_key(|d| first_line.bytes().filter(|b| b == d).count()).unwrap_or(b',')
    });
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    // Lines are counted from one record's start to the next, so the whole file is read once
    // however many rows it has.
    let (mut counted_to, mut lines_before) = (0usize, 0usize);
    for record in reader.records() {
        let record = record.map_err(|error| TableFileError::Csv {
            file: file.to_owned(),
            line: error.position().map_or(0, |position| position.line()),
            message: error.to_string(),
        })?;
        // The line is counted from the record's byte offset: the reader's own line count skips
        // blank lines, and users look for the line their editor shows.
        let line = record.position().map_or(rows.len() + 1, |position| {
            let bytes = text.as_bytes();
            let mut start = usize::try_from(position.byte()).unwrap_or(text.len()).min(text.len());
            while start < bytes.len() && matches!(bytes[start], b'\n' | b'\r') {
                start += 1;
            }
            lines_before += bytes[counted_to..start.max(counted_to)].iter().filter(|byte| **byte == b'\n').count();
            counted_to = start.max(counted_to);
            lines_before + 1
        });
        if let Some((column, cell)) = record.iter().enumerate().find(|(_, cell)| cell.len() > limits.cell_characters)
            && cell.chars().count() > limits.cell_characters
        {
            return Err(TableFileError::CellTooLong {
                file: file.to_owned(),
                place: format!("line {line}, column {}", column + 1),
                characters: cell.chars().count(),
                limit: limits.cell_characters,
            });
        }
        rows.push(TableRow { number: line, cells: record.iter().map(|cell| cell.trim().to_owned()).collect() });
    }
    Ok(Table { rows })
}

fn read_xlsx(file: &str, bytes: &[u8], config: &ReadConfig) -> Result<Table, TableFileError> {
    let file = file.to_owned();
    let limits = &config.limits;
    match bounded_zip::BoundedArchive::open(bytes, &limits.archive) {
        Ok(_) => {}
        Err(bounded_zip::ZipLimitError::NotAnArchive { message }) => {
            return Err(TableFileError::Workbook { file, message });
        }
        Err(source) => return Err(TableFileError::ArchiveTooLarge { file, source }),
    }
    let mut workbook = Xlsx::new(std::io::Cursor::new(bytes)).map_err(|error: calamine::XlsxError| {
        TableFileError::Workbook { file: file.clone(), message: error.to_string() }
    })?;
    let sheets = workbook.sheet_names();
    let sheet = match &config.sheet {
        Some(wanted) => sheets.iter().find(|name| *name == wanted).cloned().ok_or_else(|| {
            TableFileError::NoSuchSheet { file: file.clone(), sheet: wanted.clone(), sheets: sheets.join(", ") }
        })?,
        None => sheets
            .first()
            .cloned()
            .ok_or_else(|| TableFileError::Workbook { file: file.clone(), message: "it has no sheet".into() })?,
    };
    let workbook_error =
        |error: calamine::XlsxError| TableFileError::Workbook { file: file.clone(), message: error.to_string() };
    let mut reader = match workbook.worksheet_cells_reader(&sheet) {
        Ok(reader) => reader,
        // A chart sheet holds no cells.
        Err(calamine::XlsxError::NotAWorksheet(_)) => return Ok(Table { rows: Vec::new() }),
        Err(error) => return Err(workbook_error(error)),
    };
    // Cells are kept as they come, sparse: calamine's own range would allocate the whole
    // rectangle a sheet declares before any limit could be checked.
    let mut cells: Vec<((u32, u32), String)> = Vec::new();
    let (mut top, mut bottom, mut left, mut right) = (u32::MAX, 0u32, u32::MAX, 0u32);
    while let Some(cell) = reader.next_cell_with_formula().map_err(workbook_error)? {
        let (row, column) = cell.pos;
        if let Some(formula) = cell.formula.filter(|formula| !formula.is_empty()) {
            return Err(TableFileError::Formula {
                file: file.clone(),
                sheet,
                cell: cell_name(row, column),
                formula: format!("={formula}"),
            });
        }
        if cell.value == calamine::DataRef::Empty {
            continue;
        }
        let text = cell_text(&Data::from(cell.value));
        if text.len() > limits.cell_characters && text.chars().count() > limits.cell_characters {
            return Err(TableFileError::CellTooLong {
                file: file.clone(),
                place: format!("sheet '{sheet}', cell {}", cell_name(row, column)),
                characters: text.chars().count(),
                limit: limits.cell_characters,
            });
        }
        if cells.len() == limits.cells {
            return Err(TableFileError::TooManyCells { file: file.clone(), sheet, limit: limits.cells });
        }
        (top, bottom, left, right) = (top.min(row), bottom.max(row), left.min(column), right.max(column));
        cells.push(((row, column), text));
    }
    if cells.is_empty() {
        return Ok(Table { rows: Vec::new() });
    }
    let (height, width) = ((bottom - top) as usize + 1, (right - left) as usize + 1);
    if height.saturating_mul(width) > limits.cells {
        return Err(TableFileError::SheetTooWide {
            file: file.clone(),
            sheet,
            rows: height,
            columns: width,
            limit: limits.cells,
        });
    }
    let mut rows: Vec<TableRow> = (0..height)
        .map(|index| TableRow { number: top as usize + index + 1, cells: vec![String::new(); width] })
        .collect();
    for ((row, column), text) in cells {
        rows[(row - top) as usize].cells[(column - left) as usize] = text;
    }
    Ok(Table { rows })
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(text) => text.trim().to_owned(),
        Data::Float(number) if number.fract() == 0.0 && number.abs() < 1e15 => format!("{}", *number as i64),
        Data::Float(number) => number.to_string(),
        Data::Int(number) => number.to_string(),
        Data::Bool(value) => value.to_string(),
        Data::DateTime(value) if value.is_datetime() => {
            let (year, month, day, ..) = value.to_ymd_hms_milli();
            domain::date::Date::from_calendar_date(i32::from(year), month, day)
                .map_or_else(|| value.to_string(), |date| date.to_string())
        }
        Data::DateTime(value) => value.to_string(),
        Data::DateTimeIso(text) => text.get(..10).unwrap_or(text).to_owned(),
        Data::DurationIso(text) => text.clone(),
        Data::Error(error) => format!("#{error:?}"),
    }
}

/// A cell's name as a spreadsheet shows it: row 0, column 1 is "B1".
pub fn cell_name(row: u32, column: u32) -> String {
    let mut letters = String::new();
    let mut n = column + 1;
    while n > 0 {
        let remainder = (n - 1) % 26;
        letters.insert(0, char::from(b'A' + u8::try_from(remainder).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    format!("{letters}{}", row + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_xlsxwriter::{Formula, Workbook};

    #[test]
    fn cells_are_named_as_spreadsheets_name_them() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(3, 1), "B4");
        assert_eq!(cell_name(9, 26), "AA10");
    }

    #[test]
    fn csv_with_a_byte_order_mark_and_semicolons_reads_with_line_numbers() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("status.csv");
        std::fs::write(&path, "\u{feff}Participant;Signature;Ratification\nAfghanistan;14 Dec 2000;24 Sep 2003\n\nBahrain;;7 Jun 2004 a\n").unwrap();
        let table = read_table(&path, &ReadConfig::default()).unwrap();
        assert_eq!(table.rows[0].cells, ["Participant", "Signature", "Ratification"]);
        assert_eq!(table.rows.last().unwrap().number, 4);
        assert_eq!(table.rows.last().unwrap().cells, ["Bahrain", "", "7 Jun 2004 a"]);
    }

    #[test]
    fn every_row_keeps_its_line_past_blank_lines_and_quoted_line_breaks() {
        let mut text = String::from("id,description\n");
        let mut expected = Vec::new();
        let mut line = 2;
        for n in 0..500 {
            if n % 7 == 0 {
                text.push('\n');
                line += 1;
            }
            expected.push(line);
            if n % 5 == 0 {
                text.push_str(&format!("m-{n},\"two\nlines\"\n"));
                line += 2;
            } else {
                text.push_str(&format!("m-{n},one line\n"));
                line += 1;
            }
        }
        let table = read_delimited(&text, "measures.csv", None, &TableLimits::default()).unwrap();
        let numbers: Vec<usize> = table.rows[1..].iter().map(|row| row.number).collect();
        assert_eq!(numbers, expected);
    }

    #[test]
    fn latin_1_text_is_refused_with_the_byte() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("status.csv");
        std::fs::write(&path, b"Participant\nC\xf4te d'Ivoire\n").unwrap();
        let error = read_table(&path, &ReadConfig::default()).unwrap_err();
        assert_eq!(
            error.to_string(),
            format!("{}: not UTF-8 text (byte 13 is invalid): save it as UTF-8", path.display())
        );
    }

    #[test]
    fn a_workbook_reads_with_dates_as_dates_and_formulas_are_refused() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("status.xlsx");
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet().set_name("Status").unwrap();
        sheet.write(0, 0, "Country").unwrap();
        sheet.write(0, 1, "Date").unwrap();
        sheet.write(1, 0, "Malawi").unwrap();
        let format = rust_xlsxwriter::Format::new().set_num_format("dd mmm yyyy");
        sheet
            .write_datetime_with_format(1, 1, rust_xlsxwriter::ExcelDateTime::from_ymd(1965, 3, 22).unwrap(), &format)
            .unwrap();
        workbook.save(&path).unwrap();
        let table = read_table(&path, &ReadConfig::default()).unwrap();
        assert_eq!(table.rows[1].cells, ["Malawi", "1965-03-22"]);
        let missing =
            read_table(&path, &ReadConfig { sheet: Some("Other".into()), ..ReadConfig::default() }).unwrap_err();
        assert!(
            missing.to_string().contains("there is no sheet named 'Other' (the workbook has: Status)"),
            "{missing}"
        );

        let mut with_formula = Workbook::new();
        let sheet = with_formula.add_worksheet();
        sheet.write(0, 0, "Country").unwrap();
        sheet.write_formula(3, 1, Formula::new("=HYPERLINK(\"http://x\")")).unwrap();
        with_formula.save(&path).unwrap();
        let error = read_table(&path, &ReadConfig::default()).unwrap_err();
        assert!(error.to_string().contains("cell B4: holds a formula (=HYPERLINK(\"http://x\"))"), "{error}");
    }

    /// A workbook with one text cell in A1, its shared strings replaced by `shared_strings`.
    fn workbook_with_shared_strings(shared_strings: &[u8]) -> Vec<u8> {
        use std::io::{Read, Write};
        let mut workbook = Workbook::new();
        workbook.add_worksheet().write(0, 0, "x").unwrap();
        let original = workbook.save_to_buffer().unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(original)).unwrap();
        let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for index in 0..archive.len() {
            let mut entry = archive.by_index(index).unwrap();
            let name = entry.name().unwrap().into_owned();
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).unwrap();
            writer.start_file(name.as_str(), options).unwrap();
            if name == "xl/sharedStrings.xml" {
                writer.write_all(shared_strings).unwrap();
            } else {
                writer.write_all(&bytes).unwrap();
            }
        }
        writer.finish().unwrap().into_inner()
    }

    fn shared_strings_of(text: &str) -> Vec<u8> {
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>{text}</t></si></sst>"
        )
        .into_bytes()
    }

    #[test]
    fn a_workbook_that_inflates_past_the_limits_is_refused_before_it_is_read() {
        let text = "a".repeat(3 * 1024 * 1024);
        let bomb = workbook_with_shared_strings(&shared_strings_of(&text));
        assert!(bomb.len() < 64 * 1024, "{} bytes", bomb.len());
        let config = ReadConfig {
            limits: TableLimits {
                archive: bounded_zip::ZipLimits {
                    entry_bytes: 1024 * 1024,
                    markup_run_bytes: u64::MAX,
                    ..bounded_zip::ZipLimits::WORKBOOK
                },
                ..TableLimits::default()
            },
            ..ReadConfig::default()
        };
        let error = read_table_bytes("measures.xlsx", &bomb, &config).unwrap_err();
        assert_eq!(
            error.to_string(),
            "measures.xlsx: refused: its part 'xl/sharedStrings.xml' decompresses to more than 1 MiB (the most one part may hold)"
        );
        // With the shipped limits the same cell is refused for its length, whatever its size.
        let error = read_table_bytes("measures.xlsx", &bomb, &ReadConfig::default()).unwrap_err();
        assert!(
            error.to_string().starts_with(
                "measures.xlsx: refused: its part 'xl/sharedStrings.xml' holds a text or tag of more than 320 KiB"
            ),
            "{error}"
        );
    }

    #[test]
    fn a_cell_longer_than_a_spreadsheet_allows_is_refused_with_its_place() {
        let bomb = workbook_with_shared_strings(&shared_strings_of(&"é".repeat(40_000)));
        let error = read_table_bytes("measures.xlsx", &bomb, &ReadConfig::default()).unwrap_err();
        assert_eq!(
            error.to_string(),
            "measures.xlsx, sheet 'Sheet1', cell A1: holds 40,000 characters, more than the 32,767 a cell may hold"
        );
        let csv = format!("id,description\nm-1,{}\n", "a".repeat(40_000));
        let error = read_table_bytes("measures.csv", csv.as_bytes(), &ReadConfig::default()).unwrap_err();
        assert_eq!(
            error.to_string(),
            "measures.csv, line 2, column 2: holds 40,000 characters, more than the 32,767 a cell may hold"
        );
    }

    #[test]
    fn a_sheet_spanning_more_cells_than_allowed_is_refused_without_allocating_them() {
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet().set_name("Status").unwrap();
        sheet.write(0, 0, "Country").unwrap();
        sheet.write(1_048_575, 16_383, "far").unwrap();
        let bytes = workbook.save_to_buffer().unwrap();
        let error = read_table_bytes("status.xlsx", &bytes, &ReadConfig::default()).unwrap_err();
        assert_eq!(
            error.to_string(),
            "status.xlsx, sheet 'Status': its cells span 1,048,576 rows and 16,384 columns, more than the 4,000,000 cells a table may hold"
        );
        let few = ReadConfig { limits: TableLimits { cells: 1, ..TableLimits::default() }, ..ReadConfig::default() };
        let error = read_table_bytes("status.xlsx", &bytes, &few).unwrap_err();
        assert_eq!(
            error.to_string(),
            "status.xlsx, sheet 'Status': holds more than 1 cells, the most a table may hold; split it into smaller files"
        );
    }

    #[test]
    fn a_tsv_file_is_split_on_tabs_whatever_its_header_holds() {
        let text = "Participant\tSignature, Succession to signature(d)\tRatification, Accession(a), Succession(d)\nKenya\t\t5 Jan 2005 a\n";
        let table = read_table_bytes("untoc.tsv", text.as_bytes(), &ReadConfig::default()).unwrap();
        assert_eq!(table.rows[0].cells.len(), 3);
        assert_eq!(table.rows[1].cells, ["Kenya", "", "5 Jan 2005 a"]);
    }
}
