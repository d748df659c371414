//! Reading measures from a table in the columns of [`crate::COLUMNS`]: the first row names
//! the columns (in any order, any subset that includes `id`), each further row is a measure.
//!
//! A row becomes a record of the exchange format, which `domain::exchange::MeasureChecker`
//! then checks like any other import's; its problems are turned back into row, column and
//! value. Rows are read one at a time, so that a large table is never held twice.

use std::{collections::BTreeMap, fmt};

use domain::{
    exchange::{MeasureEntry, Problem, TextEntry},
    message::Message,
    status_table::TableRow,
};

use crate::{COLUMNS, VOCABULARY_COLUMNS};

/// One thing wrong in one row (and column) of a measure table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    pub row: usize,
    pub column: Option<String>,
    /// What the cell holds, when the problem is in one cell.
    pub value: Option<String>,
    pub message: Message,
}

impl fmt::Display for RowProblem {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "row {}", self.row)?;
        if let Some(column) = &self.column {
            write!(formatter, ", column {column}")?;
        }
        if let Some(value) = &self.value {
            write!(formatter, " (value {})", domain::text::quoted_prefix(value))?;
        }
        write!(formatter, ": {}", self.message)
    }
}

/// The columns of the measure table that a file's header row names, in the file's order.
#[derive(Debug, Clone)]
pub struct MeasureColumns {
    /// For each of the file's columns, its place in [`COLUMNS`] (`None` for an unnamed one).
    positions: Vec<Option<u8>>,
}

/// One row of a measure table read as an exchange-format record, and where it came from.
#[derive(Debug)]
pub struct RowRecord {
    pub entry: MeasureEntry,
    pub place: RowPlace,
}

/// A row's number and its cells, kept to show the value of any problem the checks of the
/// row's record find.
#[derive(Debug)]
pub struct RowPlace {
    /// The file's row number.
    pub number: usize,
    cells: Cells,
}

impl MeasureColumns {
    /// Reads the header row: every named column must be one of [`COLUMNS`], none twice, and
    /// `id` must be there.
    pub fn from_header(header: &TableRow) -> Result<MeasureColumns, Vec<RowProblem>> {
        let mut problems = Vec::new();
        let names: Vec<String> = header.cells.iter().map(|cell| cell.trim().to_ascii_lowercase()).collect();
        for (position, name) in names.iter().enumerate() {
            if name.is_empty() {
                continue;
            }
            if !COLUMNS.contains(&name.as_str()) {
                problems.push(RowProblem {
                    row: header.number,
                    column: Some(crate::column_letter(position)),
                    value: Some(header.cells[position].clone()),
                    message: Message::new(
                        "problem-table-unknown-column",
                        "not a column of the measure table; the columns are listed in the template",
                    ),
                });
            } else if names[..position].contains(name) {
                problems.push(RowProblem {
                    row: header.number,
                    column: Some(name.clone()),
                    value: None,
                    message: Message::new("problem-table-column-twice", "this column comes twice"),
                });
            }
        }
        if !names.iter().any(|name| name == "id") {
            problems.push(RowProblem {
                row: header.number,
                column: None,
                value: None,
                message: Message::new(
                    "problem-table-no-id-column",
                    "there is no id column: every measure needs its stable id",
                ),
            });
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let positions = names
            .iter()
            .map(|name| {
                COLUMNS.iter().position(|column| column == name).map(|at| u8::try_from(at).expect("37 columns"))
            })
            .collect();
        Ok(MeasureColumns { positions })
    }

    /// The record of one row, taking the row's cells; `None` for a blank row. Problems of
    /// shape (a year that is not a number) are added to `problems`, and the record is still
    /// given, without that value, so that its other problems are found too.
    pub fn record(&self, row: TableRow, problems: &mut Vec<RowProblem>) -> Option<RowRecord> {
        if row.cells.iter().all(|cell| cell.trim().is_empty()) {
            return None;
        }
        let number = row.number;
        let mut cells: Vec<(u8, Box<str>)> = self
            .positions
            .iter()
            .zip(row.cells)
            .filter_map(|(position, value)| {
                let trimmed = value.trim();
                match position {
                    Some(position) if !trimmed.is_empty() => Some((*position, Box::from(trimmed))),
                    _ => None,
                }
            })
            .collect();
        cells.sort_by_key(|(position, _)| *position);
        let cells = Cells(cells.into_boxed_slice());
        let text_of = |name: &str| cells.get(name).map(str::to_owned);
        let mut year = |name: &str| -> Option<i32> {
            let value = cells.get(name)?;
            match value.parse::<i32>() {
                Ok(year) => Some(year),
                Err(_) => {
                    problems.push(RowProblem {
                        row: number,
                        column: Some(name.to_owned()),
                        value: Some(value.to_owned()),
                        message: Message::new(
                            "problem-table-not-a-year",
                            "a year is written with four digits, such as 2008",
                        ),
                    });
                    None
                }
            }
        };
        let year_from = year("year_from");
        let year_to = year("year_to");
        let mut classification = BTreeMap::new();
        for vocabulary in VOCABULARY_COLUMNS {
            if let Some(value) = cells.get(vocabulary) {
                let terms: Vec<String> =
                    value.split(';').map(str::trim).filter(|term| !term.is_empty()).map(str::to_owned).collect();
                classification.insert(vocabulary.to_owned(), terms);
            }
        }
        let mut text = BTreeMap::new();
        for language in ["en", "fr", "es", "ru", "ar", "zh"] {
            let title = text_of(&format!("title_{language}"));
            let description = text_of(&format!("description_{language}"));
            let effectiveness = text_of(&format!("effectiveness_{language}"));
            let origin = text_of(&format!("origin_{language}"));
            if title.is_some() || description.is_some() || effectiveness.is_some() {
                text.insert(
                    language.to_owned(),
                    TextEntry {
                        title: title.unwrap_or_default(),
                        description: description.unwrap_or_default(),
                        effectiveness,
                        origin,
                    },
                );
            }
        }
        let entry = MeasureEntry {
            id: text_of("id").unwrap_or_default(),
            country: text_of("country"),
            actor: text_of("actor"),
            cycle: text_of("cycle"),
            year: year_from,
            year_to: year_to.filter(|to| Some(*to) != year_from),
            implementation: text_of("implementation"),
            state: text_of("state"),
            classification,
            text,
            source: text_of("source"),
        };
        Some(RowRecord { entry, place: RowPlace { number, cells } })
    }
}

impl RowPlace {
    /// A problem the exchange format's checks found in this row's record, by row, column and
    /// value.
    pub fn locate(&self, problem: &Problem) -> RowProblem {
        let column = column_of(&problem.field);
        let value = column.as_ref().and_then(|column| self.cells.get(column)).map(str::to_owned);
        RowProblem { row: self.number, column, value, message: problem.message.clone() }
    }
}

/// One row's non-empty cells, by position in [`COLUMNS`], sorted: kept this compactly because
/// a table of 100,000 measures has millions of cells.
#[derive(Debug)]
struct Cells(Box<[(u8, Box<str>)]>);

impl Cells {
    fn get(&self, name: &str) -> Option<&str> {
        let position = u8::try_from(COLUMNS.iter().position(|column| *column == name)?).ok()?;
        let at = self.0.binary_search_by_key(&position, |(column, _)| *column).ok()?;
        Some(&self.0[at].1)
    }
}

/// The table column an exchange-format field comes from: `classification.type[1]` is `type`,
/// `text.fr.title` is `title_fr`, `year` is `year_from`.
fn column_of(field: &str) -> Option<String> {
    let base = field.split('[').next().unwrap_or(field);
    let parts: Vec<&str> = base.split('.').collect();
    match parts.as_slice() {
        ["classification", vocabulary] => Some((*vocabulary).to_owned()),
        ["text", language, part] => Some(format!("{part}_{language}")),
        ["text", language] => Some(format!("title_{language}")),
        ["text"] => Some("title_en".to_owned()),
        ["year"] => Some("year_from".to_owned()),
        [single] if COLUMNS.contains(single) => Some((*single).to_owned()),
        _ => None,
    }
}
