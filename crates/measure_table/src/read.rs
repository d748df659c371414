//! Reading measures from a table in the columns of [`crate::COLUMNS`]: the first row names
//! the columns (in any order, any subset that includes `id`), each further row is a measure.
//!
//! A row becomes a record of the exchange format, which `domain::exchange::validate` then
//! checks like any other import; its problems are turned back into row, column and value.

use std::{collections::BTreeMap, fmt};

use domain::{
    exchange::{ExchangeDocument, FORMAT, MeasureEntry, Problem, TextEntry},
    status_table::Table,
};

use crate::{COLUMNS, VOCABULARY_COLUMNS};

/// A measure table read into an exchange document, with the row each measure came from.
#[derive(Debug, Clone)]
pub struct MeasureRows {
    pub document: ExchangeDocument,
    pub origins: RowOrigins,
}

/// Where each measure of a table came from: its row, and its row's cells, so that a problem
/// the exchange format's checks find can be shown with the row, column and value.
#[derive(Debug, Clone, Default)]
pub struct RowOrigins {
    /// The file's row number of `document.measures[i]`.
    pub rows: Vec<usize>,
    /// The non-empty cells of each measure's row, by position in [`COLUMNS`]. Kept this
    /// compactly because a table of 100,000 measures has millions of cells.
    cells: Vec<Box<[(u8, Box<str>)]>>,
}

/// One thing wrong in one row (and column) of a measure table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    pub row: usize,
    pub column: Option<String>,
    /// What the cell holds, when the problem is in one cell.
    pub value: Option<String>,
    pub message: String,
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

/// Reads the rows of `table`, freeing each row once it is read; problems of shape (an unknown
/// column, a year that is not a number) are reported for every row at once.
pub fn read_measure_rows(table: Table) -> Result<MeasureRows, Vec<RowProblem>> {
    let Some(header) = table.rows.first() else {
        return Err(vec![RowProblem {
            row: 1,
            column: None,
            value: None,
            message: "the file is empty: the first row must name the columns".into(),
        }]);
    };
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
                message: "not a column of the measure table; the columns are listed in the template".into(),
            });
        } else if names[..position].contains(name) {
            problems.push(RowProblem {
                row: header.number,
                column: Some(name.clone()),
                value: None,
                message: "this column comes twice".into(),
            });
        }
    }
    if !names.iter().any(|name| name == "id") {
        problems.push(RowProblem {
            row: header.number,
            column: None,
            value: None,
            message: "there is no id column: every measure needs its stable id".into(),
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    let mut document = ExchangeDocument {
        format: FORMAT.to_owned(),
        cycles: Vec::new(),
        submissions: Vec::new(),
        measures: Vec::new(),
    };
    let mut origins = RowOrigins::default();
    // The column of the measure table each of the file's columns is.
    let positions: Vec<Option<u8>> = names
        .iter()
        .map(|name| COLUMNS.iter().position(|column| column == name).map(|at| u8::try_from(at).expect("37 columns")))
        .collect();
    for row in table.rows.into_iter().skip(1) {
        if row.cells.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let mut cells: Vec<(u8, Box<str>)> = positions
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
                        row: row.number,
                        column: Some(name.to_owned()),
                        value: Some(value.to_owned()),
                        message: "a year is written with four digits, such as 2008".into(),
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
        document.measures.push(MeasureEntry {
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
        });
        origins.rows.push(row.number);
        origins.cells.push(cells.0);
    }
    if problems.is_empty() { Ok(MeasureRows { document, origins }) } else { Err(problems) }
}

impl RowOrigins {
    /// The problems the exchange format's checks found, by row, column and value.
    pub fn locate(&self, problems: &[Problem]) -> Vec<RowProblem> {
        problems
            .iter()
            .map(|problem| {
                let position = problem.measure_position.unwrap_or(0);
                let row = self.rows.get(position).copied().unwrap_or(0);
                let column = column_of(&problem.field);
                let value = column.as_ref().and_then(|column| {
                    let cells = self.cells.get(position)?;
                    cell_named(cells, column).map(str::to_owned)
                });
                RowProblem { row, column, value, message: problem.message.clone() }
            })
            .collect()
    }

    /// Lets go of the cells, once every measure passed the checks and only rows are needed.
    pub fn forget_cells(&mut self) {
        self.cells = Vec::new();
    }
}

/// One row's non-empty cells, sorted by column.
struct Cells(Box<[(u8, Box<str>)]>);

impl Cells {
    fn get(&self, name: &str) -> Option<&str> {
        cell_named(&self.0, name)
    }
}

fn cell_named<'a>(cells: &'a [(u8, Box<str>)], name: &str) -> Option<&'a str> {
    let position = u8::try_from(COLUMNS.iter().position(|column| *column == name)?).ok()?;
    let at = cells.binary_search_by_key(&position, |(column, _)| *column).ok()?;
    Some(&cells[at].1)
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
