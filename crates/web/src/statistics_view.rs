//! What the statistics pages and downloads share: reading a pivot from the address, deciding
//! which datasets the visitor's table may count and whether it is protected, and the table as
//! a template shows it.
//!
//! **Rule:** a table counts published datasets and is a table of the public release (the
//! forms of violence by one other dimension over every published year, protected together;
//! see `incident_statistics::release`), unless the visitor asks for the whole table
//! (`view=whole`) and may see one: editors and administrators see every dataset not
//! withdrawn; a data provider sees the datasets of their own State's providers and nothing
//! else. Nobody else can ask for a whole table, and nobody gets a public table that is not
//! in the release.

use std::collections::HashMap;

use domain::{account::Role, language::Language};
use incident_statistics::{
    cube::PivotQuery,
    dimension::{Classification, Dimension},
    disclosure::{self, ProtectedTable, Shown},
    release::Unpublished,
    table_export::WITHHELD_MARK,
    upload_read::{FIRST_YEAR, unknown_code_message},
};
use serde::Serialize;
use store::DatasetState;

use crate::{
    error::PageError, list_params::problems, session::Visitor, state::AppState, statistics_cache::StatisticsSnapshot,
};

/// A pivot as asked for in the address.
#[derive(Debug, Clone)]
pub(crate) struct StatisticsRequest {
    pub(crate) query: PivotQuery,
    pub(crate) whole: bool,
    /// Whether the address names the years; a public table otherwise covers the release's.
    pub(crate) years_given: bool,
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

/// A pivot answered for one visitor: the table as shown, and which datasets it counts.
pub(crate) struct StatisticsAnswer {
    pub(crate) table: ProtectedTable,
    pub(crate) datasets_used: Vec<i64>,
    /// Datasets of counts left out of a whole table, with the dimensions they lack.
    pub(crate) datasets_left_out: Vec<(i64, Vec<Dimension>)>,
}

/// What a request gets: a table, or the reason the public release has no such table.
pub(crate) enum Answer {
    Table(Box<StatisticsAnswer>),
    Unpublished(Unpublished),
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
                PageError::from(crate::list_params::error(name, problems::not_a_dimension(text, &dimension_names())))
            }),
        }
    };
    let rows = dimension("rows", DEFAULT_ROWS)?.unwrap_or(DEFAULT_ROWS);
    let columns = dimension("columns", DEFAULT_COLUMNS)?;
    // The same dimension twice is the one-way table by it.
    let columns = columns.filter(|columns| *columns != rows);
    let today = crate::treaty_views::today();
    let this_year = u16::try_from(today.year()).unwrap_or(u16::MAX);
    let year = |name: &str, default: u16| -> Result<u16, PageError> {
        match value(name) {
            "" => Ok(default),
            text => text.parse::<u16>().ok().filter(|year| (FIRST_YEAR..=this_year).contains(year)).ok_or_else(|| {
                PageError::from(crate::list_params::error(
                    name,
                    problems::not_a_statistics_year(text, FIRST_YEAR, this_year),
                ))
            }),
        }
    };
    let last_year = year("to", this_year)?;
    let first_year = year("from", last_year.saturating_sub(9).max(FIRST_YEAR))?;
    if first_year > last_year {
        return Err(crate::list_params::error("from", problems::from_after_to(first_year, last_year)).into());
    }
    let mut filters = Vec::new();
    for dimension in Dimension::CODED {
        let text = value(dimension.column());
        if text.is_empty() {
            continue;
        }
        let code = classification.codes(dimension).find(text).ok_or_else(|| {
            let allowed = classification.codes(dimension).describe();
            PageError::from(crate::list_params::error(dimension.column(), unknown_code_message(dimension, &allowed)))
        })?;
        filters.push((dimension, code));
    }
    let years_given = !value("from").is_empty() || !value("to").is_empty();
    let whole = match value("view") {
        "" | "public" => false,
        "whole" => true,
        other => return Err(crate::list_params::error("view", problems::not_one_of(other, "public, whole")).into()),
    };
    let mut pairs: Vec<(String, String)> = vec![
        ("rows".into(), rows.column().into()),
        ("columns".into(), columns.map_or("none", Dimension::column).into()),
    ];
    // Links keep the years only when the address named them: a public table without them
    // covers the release's years, which links must not pin to today's defaults.
    if years_given {
        pairs.push(("from".into(), first_year.to_string()));
        pairs.push(("to".into(), last_year.to_string()));
    }
    for (dimension, code) in &filters {
        pairs.push((dimension.column().into(), classification.codes(*dimension).get(*code).id.clone()));
    }
    if whole {
        pairs.push(("view".into(), "whole".into()));
    }
    Ok(StatisticsRequest {
        query: PivotQuery { rows, columns, filters, first_year, last_year },
        whole,
        years_given,
        pairs,
    })
}

/// Answers a request for `audience`: a table of the public release, or the whole table of
/// the datasets the audience may see whole.
pub(crate) async fn answer(
    snapshot: &StatisticsSnapshot,
    request: &StatisticsRequest,
    audience: Audience,
) -> Result<Answer, PageError> {
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
        return Ok(Answer::Table(Box::new(StatisticsAnswer {
            table: disclosure::unprotected(&counts),
            datasets_used: counts.datasets_used,
            datasets_left_out: counts.datasets_left_out,
        })));
    }
    let release = snapshot.release().await;
    let mut query = request.query.clone();
    if !request.years_given {
        query.first_year = release.first_year;
        query.last_year = release.last_year;
    }
    Ok(match release.answer(&query) {
        Ok(table) => Answer::Table(Box::new(StatisticsAnswer {
            table,
            datasets_used: release.datasets_used.clone(),
            datasets_left_out: Vec::new(),
        })),
        Err(unpublished) => Answer::Unpublished(unpublished),
    })
}

/// A request read from the address and answered for `visitor`, for the pictures and
/// downloads: a table the release does not publish is a bad request that says why.
pub(crate) async fn answer_request(
    state: &AppState,
    visitor: &Visitor,
    params: &HashMap<String, String>,
) -> Result<(StatisticsSnapshot, StatisticsRequest, StatisticsAnswer), PageError> {
    let (snapshot, request, answer) = read_and_answer(state, visitor, params).await?;
    match answer {
        Answer::Table(answer) => Ok((snapshot, request, *answer)),
        Answer::Unpublished(unpublished) => Err(unpublished_error(&unpublished)),
    }
}

/// A request read from the address and answered for `visitor`.
pub(crate) async fn read_and_answer(
    state: &AppState,
    visitor: &Visitor,
    params: &HashMap<String, String>,
) -> Result<(StatisticsSnapshot, StatisticsRequest, Answer), PageError> {
    let snapshot = snapshot(state).await?;
    let request = read_request(params, &snapshot.classification)?;
    let answer = answer(&snapshot, &request, Audience::of(visitor)).await?;
    Ok((snapshot, request, answer))
}

/// The error that names the parameters a table outside the release was asked with.
pub(crate) fn unpublished_error(unpublished: &Unpublished) -> PageError {
    let parameters = match unpublished {
        Unpublished::Combination(_) => "rows, columns and filters",
        Unpublished::Years { .. } => "from and to",
        Unpublished::TooFewIncidents => "the published datasets",
    };
    PageError::bad_request(format!("{parameters}: {unpublished}"))
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
    fn of(shown: Shown, language: Language) -> CellView {
        match shown {
            Shown::Count(count) => CellView { text: grouped(count, language), withheld: false },
            Shown::Withheld => CellView { text: WITHHELD_MARK.to_owned(), withheld: true },
        }
    }
}

/// A count with thousands separators, as the UN writes them in `language`.
pub(crate) fn grouped(number: u64, language: Language) -> String {
    locale_format::LocaleFormat::of(language).number(i64::try_from(number).unwrap_or(i64::MAX))
}

impl TableView {
    pub(crate) fn of(table: &ProtectedTable, classification: &Classification, language: Language) -> TableView {
        // A one-way table's single column is its total: it is shown once.
        let width = if table.columns.dimension.is_none() { 0 } else { table.columns.codes.len() };
        let heading = |dimension: Option<Dimension>| dimension.map_or("", |d| d.label_in(language)).to_owned();
        TableView {
            row_heading: heading(table.rows.dimension),
            column_heading: heading(table.columns.dimension),
            columns: (0..width).map(|column| table.columns.label_in(column, classification, language)).collect(),
            rows: (0..table.rows.codes.len())
                .map(|row| RowView {
                    label: table.rows.label_in(row, classification, language),
                    cells: (0..width).map(|column| CellView::of(table.cell(row, column), language)).collect(),
                    total: CellView::of(table.row_totals[row], language),
                })
                .collect(),
            totals: table.column_totals.iter().take(width).map(|shown| CellView::of(*shown, language)).collect(),
            grand_total: CellView::of(table.grand_total, language),
            withheld: table.withheld(),
            threshold: table.threshold,
        }
    }
}

/// The dimensions' parameter names, for error messages.
pub(crate) fn dimension_names() -> String {
    Dimension::ALL.iter().map(|dimension| dimension.column()).collect::<Vec<_>>().join(", ")
}
