//! What the statistics pages and downloads share: reading a pivot from the address, deciding
//! which datasets the visitor's table may count and whether it is protected, and the table as
//! a template shows it.
//!
//! **Rule:** a table counts published datasets and is protected, unless the visitor asks for
//! the whole table (`view=whole`) and may see one: editors and administrators see every
//! dataset not withdrawn; a data provider sees the datasets of their own State's providers
//! and nothing else. Nobody else can ask for a whole table.

use std::collections::HashMap;

use domain::account::Role;
use incident_statistics::{
    cube::{CountTable, PivotQuery},
    dimension::{Classification, Dimension},
    disclosure::{self, DEFAULT_THRESHOLD, ProtectedTable, Shown},
    table_export::WITHHELD_MARK,
    upload_read::FIRST_YEAR,
};
use serde::Serialize;
use store::DatasetState;

use crate::{error::PageError, session::Visitor, state::AppState, statistics_cache::StatisticsSnapshot};

/// A pivot as asked for in the address.
#[derive(Debug, Clone)]
pub(crate) struct StatisticsRequest {
    pub(crate) query: PivotQuery,
    pub(crate) whole: bool,
    /// The address's own pairs, to build links that keep the same table.
    pub(crate) pairs: Vec<(String, String)>,
}

/// Who is asking, as far as statistics go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Audience {
    Public,
    Secretariat,
    Provider { country: u16 },
}

impl Audience {
    pub(crate) fn of(visitor: &Visitor) -> Audience {
        match visitor.signed_in().map(|signed_in| signed_in.account.role) {
            Some(role) if role.is_secretariat() => Audience::Secretariat,
            Some(Role::DataProvider { country }) => Audience::Provider { country: country.get() },
            _ => Audience::Public,
        }
    }

    pub(crate) fn may_see_whole_tables(self) -> bool {
        self != Audience::Public
    }
}

/// A pivot answered for one visitor.
pub(crate) struct StatisticsAnswer {
    pub(crate) counts: CountTable,
    pub(crate) table: ProtectedTable,
}

/// The default dimensions of a new pivot.
const DEFAULT_ROWS: Dimension = Dimension::ViolenceForm;
const DEFAULT_COLUMNS: Dimension = Dimension::Perpetrator;

/// Reads the pivot from the address's parameters; a bad one is named in the error.
pub(crate) fn read_request(
    params: &HashMap<String, String>,
    classification: &Classification,
) -> Result<StatisticsRequest, PageError> {
    let value = |name: &str| params.get(name).map_or("", |value| value.trim());
    let dimension = |name: &str, default: Dimension| -> Result<Option<Dimension>, PageError> {
        match value(name) {
            "" => Ok(Some(default)),
            "none" if name == "columns" => Ok(None),
            text => Dimension::from_column(text).map(Some).ok_or_else(|| {
                PageError::bad_request(format!("{name}: {text:?} is not a dimension ({})", dimension_names()))
            }),
        }
    };
    let rows = dimension("rows", DEFAULT_ROWS)?.unwrap_or(DEFAULT_ROWS);
    let columns = dimension("columns", DEFAULT_COLUMNS)?;
    if columns == Some(rows) {
        return Err(PageError::bad_request("columns: choose a dimension other than the rows'"));
    }
    let today = crate::treaty_views::today();
    let this_year = u16::try_from(today.year()).unwrap_or(u16::MAX);
    let year = |name: &str, default: u16| -> Result<u16, PageError> {
        match value(name) {
            "" => Ok(default),
            text => text.parse::<u16>().ok().filter(|year| (FIRST_YEAR..=this_year).contains(year)).ok_or_else(|| {
                PageError::bad_request(format!("{name}: give a year from {FIRST_YEAR} to {this_year}, not {text:?}"))
            }),
        }
    };
    let last_year = year("to", this_year)?;
    let first_year = year("from", last_year.saturating_sub(9).max(FIRST_YEAR))?;
    if first_year > last_year {
        return Err(PageError::bad_request(format!("from: {first_year} is after to: {last_year}")));
    }
    let mut filters = Vec::new();
    for dimension in Dimension::CODED {
        let text = value(dimension.column());
        if text.is_empty() {
            continue;
        }
        let code = classification.codes(dimension).find(text).ok_or_else(|| {
            PageError::bad_request(format!(
                "{}: {text:?} is not a code of {}; use {}",
                dimension.column(),
                dimension.label().to_lowercase(),
                classification.codes(dimension).describe()
            ))
        })?;
        filters.push((dimension, code));
    }
    let whole = match value("view") {
        "" | "public" => false,
        "whole" => true,
        other => return Err(PageError::bad_request(format!("view: {other:?} is neither public nor whole"))),
    };
    let mut pairs: Vec<(String, String)> = vec![
        ("rows".into(), rows.column().into()),
        ("columns".into(), columns.map_or("none", Dimension::column).into()),
        ("from".into(), first_year.to_string()),
        ("to".into(), last_year.to_string()),
    ];
    for (dimension, code) in &filters {
        pairs.push((dimension.column().into(), classification.codes(*dimension).get(*code).id.clone()));
    }
    if whole {
        pairs.push(("view".into(), "whole".into()));
    }
    Ok(StatisticsRequest { query: PivotQuery { rows, columns, filters, first_year, last_year }, whole, pairs })
}

/// Answers a request for `audience`: the protected table of published datasets, or the
/// whole table of the datasets the audience may see whole.
pub(crate) async fn answer(
    snapshot: &StatisticsSnapshot,
    request: &StatisticsRequest,
    audience: Audience,
) -> Result<StatisticsAnswer, PageError> {
    if request.whole {
        let counts = match audience {
            Audience::Public => {
                return Err(PageError::forbidden(
                    "Whole tables are for editors and data providers: sign in, or ask for the published table.",
                ));
            }
            Audience::Secretariat => {
                snapshot.pivot(request.query.clone(), |dataset| dataset.state != DatasetState::Withdrawn).await
            }
            Audience::Provider { country } => {
                snapshot
                    .pivot(request.query.clone(), |dataset| {
                        dataset.state != DatasetState::Withdrawn && dataset.provider_country == country
                    })
                    .await
            }
        };
        let table = disclosure::unprotected(&counts);
        return Ok(StatisticsAnswer { counts, table });
    }
    let counts = snapshot.pivot(request.query.clone(), |dataset| dataset.state == DatasetState::Published).await;
    let threshold = snapshot
        .datasets
        .iter()
        .filter(|dataset| counts.datasets_used.contains(&dataset.id))
        .map(|dataset| dataset.threshold)
        .max()
        .unwrap_or(DEFAULT_THRESHOLD);
    let table = disclosure::protect(&counts, threshold);
    Ok(StatisticsAnswer { counts, table })
}

/// A request read from the address and answered for `visitor`: what every statistics page,
/// picture and download starts with.
pub(crate) async fn answer_request(
    state: &AppState,
    visitor: &Visitor,
    params: &HashMap<String, String>,
) -> Result<(StatisticsSnapshot, StatisticsRequest, StatisticsAnswer), PageError> {
    let snapshot = snapshot(state).await?;
    let request = read_request(params, &snapshot.classification)?;
    let answer = answer(&snapshot, &request, Audience::of(visitor)).await?;
    Ok((snapshot, request, answer))
}

/// The snapshot of the state's statistics, with errors as page errors.
pub(crate) async fn snapshot(state: &AppState) -> Result<StatisticsSnapshot, PageError> {
    Ok(state.statistics().snapshot(state.store()).await?)
}

/// A table as the template shows it.
#[derive(Debug, Serialize)]
pub(crate) struct TableView {
    pub(crate) row_heading: String,
    pub(crate) column_heading: String,
    pub(crate) columns: Vec<String>,
    pub(crate) rows: Vec<RowView>,
    pub(crate) totals: Vec<CellView>,
    pub(crate) grand_total: CellView,
    pub(crate) withheld: usize,
    pub(crate) threshold: Option<u64>,
}

#[derive(Debug, Serialize)]
pub(crate) struct RowView {
    pub(crate) label: String,
    pub(crate) cells: Vec<CellView>,
    pub(crate) total: CellView,
}

#[derive(Debug, Serialize)]
pub(crate) struct CellView {
    pub(crate) text: String,
    pub(crate) withheld: bool,
}

impl CellView {
    fn of(shown: Shown) -> CellView {
        match shown {
            Shown::Count(count) => CellView { text: grouped(count), withheld: false },
            Shown::Withheld => CellView { text: WITHHELD_MARK.to_owned(), withheld: true },
        }
    }
}

/// A number with thousands separators, as the UN writes them.
pub(crate) fn grouped(number: u64) -> String {
    let digits = number.to_string();
    let mut out = String::new();
    for (position, digit) in digits.chars().enumerate() {
        if position > 0 && (digits.len() - position).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

impl TableView {
    pub(crate) fn of(table: &ProtectedTable, classification: &Classification) -> TableView {
        // A one-way table's single column is its total: it is shown once.
        let width = if table.columns.dimension.is_none() { 0 } else { table.columns.codes.len() };
        TableView {
            row_heading: table.rows.dimension.map_or("", Dimension::label).to_owned(),
            column_heading: table.columns.dimension.map_or("", Dimension::label).to_owned(),
            columns: (0..width).map(|column| table.columns.label(column, classification)).collect(),
            rows: (0..table.rows.codes.len())
                .map(|row| RowView {
                    label: table.rows.label(row, classification),
                    cells: (0..width).map(|column| CellView::of(table.cell(row, column))).collect(),
                    total: CellView::of(table.row_totals[row]),
                })
                .collect(),
            totals: table.column_totals.iter().take(width).map(|shown| CellView::of(*shown)).collect(),
            grand_total: CellView::of(table.grand_total),
            withheld: table.withheld(),
            threshold: table.threshold,
        }
    }
}

/// The dimensions' parameter names, for error messages.
pub(crate) fn dimension_names() -> String {
    Dimension::ALL.iter().map(|dimension| dimension.column()).collect::<Vec<_>>().join(", ")
}
