//! Reading an upload: a table of incident records (one row per incident) or of counts (a
//! `count` column and any subset of the dimensions), checked row by row and refused whole.
//!
//! The reader refuses what could identify a person before anything else: a column whose name
//! says it holds names, contact details, dates of birth, exact dates or free text, and any
//! cell that looks like an e-mail address, a phone number or a date.

use std::{
    collections::{BTreeMap, HashMap},
    fmt,
};

use domain::{
    language::Labels,
    message::Message,
    status_table::{Table, TableRow},
    text::grouped,
};

use crate::{
    dimension::{CODED_DIMENSIONS, Classification, Dimension},
    record::{CountRow, IncidentRecord, Period},
};

/// One thing wrong in one row and column of an upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadProblem {
    pub row: usize,
    pub column: String,
    /// What the cell holds; empty for a problem with a whole column.
    pub value: String,
    pub message: Message,
}

impl fmt::Display for UploadProblem {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "row {}, column {}", self.row, self.column)?;
        if !self.value.is_empty() {
            write!(formatter, " (value {:?})", self.value)?;
        }
        write!(formatter, ": {}", self.message)
    }
}

/// What an upload holds once read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Upload {
    Records(Vec<IncidentRecord>),
    Counts(Vec<CountRow>),
}

impl Upload {
    pub fn len(&self) -> usize {
        match self {
            Upload::Records(records) => records.len(),
            Upload::Counts(rows) => rows.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What the reader needs besides the table.
#[derive(Debug, Clone, Copy)]
pub struct UploadContext<'a> {
    pub classification: &'a Classification,
    /// The provider's State, which records without a `state` column are taken to be about.
    pub provider_state: u16,
    /// Today's year and month: no period may lie after it.
    pub today_year: u16,
    pub today_month: u8,
}

/// The columns an upload may have besides the dimensions.
pub const PERIOD_COLUMNS: [&str; 3] = ["year", "quarter", "month"];
pub const RECORD_FLAG_COLUMNS: [&str; 2] = ["consent", "reported_elsewhere"];
pub const COUNT_COLUMN: &str = "count";

/// The oldest year an upload may give.
pub const FIRST_YEAR: u16 = 1990;

/// Reads `table`, whose first row names the columns. Every problem in the file is reported;
/// when there is any, nothing is returned to be written.
pub fn read_upload(table: &Table, context: &UploadContext<'_>) -> Result<Upload, Vec<UploadProblem>> {
    let Some(header) = table.rows.first() else {
        return Err(vec![problem(
            1,
            "-",
            "",
            Message::new("problem-file-empty-table", "the file is empty: the first row must name the columns"),
        )]);
    };
    let columns = read_header(header)?;
    let is_counts = columns.contains(&Column::Count);
    let mut problems = Vec::new();
    let required: Vec<Column> = if is_counts {
        vec![Column::Period(0)]
    } else {
        vec![Column::Period(0), Column::Flag(0), Column::Flag(1), Column::Dimension(Dimension::Source)]
    };
    for column in required {
        if !columns.contains(&column) {
            problems.push(problem(
                header.number,
                column.name(),
                "",
                Message::new("problem-statistics-column-missing", "this column is required and missing"),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut records = Vec::new();
    let mut counts = Vec::new();
    let mut count_rows = Vec::new();
    for row in table.rows.iter().skip(1) {
        if row.cells.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let before = problems.len();
        let parsed = read_row(row, &columns, context, is_counts, &mut problems);
        if problems.len() > before {
            continue;
        }
        match parsed {
            ParsedRow::Record(record) => records.push(record),
            ParsedRow::Count(count) => {
                counts.push(count);
                count_rows.push(row.number);
            }
        }
    }
    if problems.is_empty() && is_counts {
        problems.extend(contradictions(&counts, &count_rows, context.classification));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if is_counts {
        if counts.is_empty() {
            return Err(vec![problem(
                header.number,
                "-",
                "",
                Message::new("problem-statistics-no-counts", "the file has no rows of counts"),
            )]);
        }
        Ok(Upload::Counts(counts))
    } else {
        if records.is_empty() {
            return Err(vec![problem(
                header.number,
                "-",
                "",
                Message::new("problem-statistics-no-records", "the file has no incident records"),
            )]);
        }
        Ok(Upload::Records(records))
    }
}

/// Why a column name, once lower-cased, looks like it holds identifying data, if it does.
pub fn identifying_column(name: &str) -> Option<&'static str> {
    let name = name.trim().to_lowercase();
    let words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).collect();
    let has = |word: &str| words.contains(&word);
    let joined = words.concat();
    if has("name")
        || has("names")
        || joined.contains("firstname")
        || joined.contains("surname")
        || has("nom")
        || has("nombre")
    {
        Some("names")
    } else if ["phone", "telephone", "tel", "mobile", "cell", "whatsapp"].iter().any(|word| has(word))
        || joined.contains("phone")
    {
        Some("phone numbers")
    } else if ["email", "mail", "address", "contact", "street", "postcode", "zip"].iter().any(|word| has(word))
        || joined.contains("email")
    {
        Some("contact details")
    } else if joined.contains("birth") || has("dob") || has("born") {
        Some("dates of birth")
    } else if has("age") && !has("group") {
        Some("exact ages (give an age_group instead)")
    } else if has("date") || joined.contains("date") || has("day") {
        Some("exact dates (give the year, and the quarter or month if known)")
    } else if ["passport", "identity", "nin", "ssn", "case", "file", "id"].iter().any(|word| has(word)) {
        Some("identity or case numbers")
    } else if [
        "notes",
        "note",
        "comment",
        "comments",
        "description",
        "narrative",
        "story",
        "details",
        "remarks",
        "text",
        "summary",
    ]
    .iter()
    .any(|word| has(word))
    {
        Some("free text")
    } else {
        None
    }
}

/// Why a cell looks like identifying data, if it does: an e-mail address, a phone number or
/// an exact date.
pub fn identifying_value(value: &str) -> Option<&'static str> {
    let value = value.trim();
    if value.contains('@') && value.contains('.') {
        return Some("an e-mail address");
    }
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let phone_like = value.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c));
    if phone_like && digits >= 7 && !looks_like_date(value) {
        return Some("a phone number");
    }
    if looks_like_date(value) {
        return Some("an exact date");
    }
    None
}

fn looks_like_date(value: &str) -> bool {
    let parts: Vec<&str> = value.split(['-', '/', '.']).collect();
    if parts.len() != 3
        || !parts.iter().all(|part| !part.is_empty() && part.len() <= 4 && part.chars().all(|c| c.is_ascii_digit()))
    {
        return false;
    }
    parts.iter().any(|part| part.len() == 4) || parts.iter().all(|part| part.len() == 2)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Dimension(Dimension),
    /// 0 year, 1 quarter, 2 month.
    Period(usize),
    /// 0 consent, 1 reported elsewhere.
    Flag(usize),
    Count,
}

impl Column {
    fn name(self) -> &'static str {
        match self {
            Column::Dimension(dimension) => dimension.column(),
            Column::Period(position) => PERIOD_COLUMNS[position],
            Column::Flag(position) => RECORD_FLAG_COLUMNS[position],
            Column::Count => COUNT_COLUMN,
        }
    }
}

fn read_header(header: &TableRow) -> Result<Vec<Column>, Vec<UploadProblem>> {
    let mut problems = Vec::new();
    let mut columns = Vec::new();
    for cell in &header.cells {
        let name = cell.trim().to_lowercase().replace([' ', '-'], "_");
        let column = if let Some(position) = PERIOD_COLUMNS.iter().position(|column| *column == name) {
            Some(Column::Period(position))
        } else if let Some(position) = RECORD_FLAG_COLUMNS.iter().position(|column| *column == name) {
            Some(Column::Flag(position))
        } else if name == COUNT_COLUMN {
            Some(Column::Count)
        } else {
            Dimension::from_column(&name).filter(|d| *d != Dimension::Year).map(Column::Dimension)
        };
        match column {
            Some(column) if columns.contains(&column) => {
                problems.push(problem(
                    header.number,
                    cell,
                    "",
                    Message::new("problem-statistics-column-twice", "this column is named twice"),
                ));
            }
            Some(column) => columns.push(column),
            None => {
                let message = match identifying_column(cell) {
                    Some(kind) => identifying_column_message(kind),
                    None => {
                        let columns = Dimension::CODED
                            .iter()
                            .map(|d| d.column())
                            .chain(PERIOD_COLUMNS)
                            .chain(RECORD_FLAG_COLUMNS)
                            .collect::<Vec<_>>()
                            .join(", ");
                        Message::new(
                            "problem-statistics-unknown-column",
                            format!(
                                "vawdb does not read a column of this name; the columns are {columns}, and {COUNT_COLUMN} for counts"
                            ),
                        )
                        .text("columns", columns)
                        .text("count", COUNT_COLUMN)
                    }
                };
                problems.push(problem(header.number, cell, "", message));
            }
        }
    }
    if problems.is_empty() { Ok(columns) } else { Err(problems) }
}

enum ParsedRow {
    Record(IncidentRecord),
    Count(CountRow),
}

fn read_row(
    row: &TableRow,
    columns: &[Column],
    context: &UploadContext<'_>,
    is_counts: bool,
    problems: &mut Vec<UploadProblem>,
) -> ParsedRow {
    let mut codes: [Option<u16>; CODED_DIMENSIONS] = [None; CODED_DIMENSIONS];
    let mut period_parts: [Option<u16>; 3] = [None; 3];
    let mut flags = [false; 2];
    let mut count = 0;
    for (position, column) in columns.iter().enumerate() {
        let value = row.cells.get(position).map(|cell| cell.trim()).unwrap_or("");
        let mut report = |message: Message| problems.push(problem(row.number, column.name(), value, message));
        if *column != Column::Count
            && let Some(kind) = identifying_value(value)
        {
            report(identifying_value_message(kind));
            continue;
        }
        match column {
            Column::Dimension(dimension) => {
                if value.is_empty() {
                    if !is_counts {
                        report(Message::new(
                            "problem-statistics-code-required",
                            "every record needs a code here (use _U for unknown)",
                        ));
                    }
                    continue;
                }
                let list = context.classification.codes(*dimension);
                match list.find(value) {
                    Some(code) => codes[dimension.coded_position().unwrap_or(0)] = Some(code),
                    None => report(unknown_code_message(*dimension, &list.describe())),
                }
            }
            Column::Period(part) => {
                if value.is_empty() {
                    if *part == 0 {
                        report(Message::new("problem-statistics-year-required", "the year is required"));
                    }
                    continue;
                }
                let (low, high) = [(FIRST_YEAR, 9999), (1, 4), (1, 12)][*part];
                match value.parse::<u16>() {
                    Ok(number) if (low..=high).contains(&number) => period_parts[*part] = Some(number),
                    _ => report(
                        Message::new(
                            "problem-statistics-number-range",
                            format!("give a whole number from {low} to {high}"),
                        )
                        .text("low", low.to_string())
                        .text("high", high.to_string()),
                    ),
                }
            }
            Column::Flag(flag) => match value.to_lowercase().as_str() {
                "yes" | "y" | "true" | "1" => flags[*flag] = true,
                "no" | "n" | "false" | "0" => flags[*flag] = false,
                _ => report(Message::new("problem-statistics-yes-or-no", "give yes or no")),
            },
            Column::Count => match value.parse::<i64>() {
                Ok(number) if number < 0 => {
                    report(Message::new("problem-statistics-negative-count", "a count cannot be negative"));
                }
                Ok(number) => count = number.unsigned_abs(),
                Err(_) => report(Message::new("problem-statistics-count-not-whole", "a count must be a whole number")),
            },
        }
    }
    let period = period_of(row.number, period_parts, context, problems);
    if is_counts {
        return ParsedRow::Count(CountRow { codes, period, count });
    }
    let mut record_codes = [0u16; CODED_DIMENSIONS];
    for (position, dimension) in Dimension::CODED.iter().enumerate() {
        record_codes[position] = match codes[position] {
            Some(code) => code,
            None if *dimension == Dimension::RefArea => context.provider_state,
            None => context.classification.codes(*dimension).find(crate::dimension::UNKNOWN).unwrap_or(0),
        };
    }
    ParsedRow::Record(IncidentRecord { codes: record_codes, period, consent: flags[0], reported_elsewhere: flags[1] })
}

fn period_of(
    row: usize,
    parts: [Option<u16>; 3],
    context: &UploadContext<'_>,
    problems: &mut Vec<UploadProblem>,
) -> Period {
    let narrow = |value: Option<u16>| value.and_then(|v| u8::try_from(v).ok());
    let mut period =
        Period { year: parts[0].unwrap_or(FIRST_YEAR), quarter: narrow(parts[1]), month: narrow(parts[2]) };
    if let (Some(quarter), Some(month)) = (period.quarter, period.month)
        && (month - 1) / 3 + 1 != quarter
    {
        problems.push(problem(
            row,
            "quarter",
            &quarter.to_string(),
            Message::new(
                "problem-statistics-month-not-in-quarter",
                format!("month {month} is not in quarter {quarter}"),
            )
            .number("month", month)
            .number("quarter", quarter),
        ));
    }
    if let Some(month) = period.month {
        period.quarter = Some((month - 1) / 3 + 1);
    }
    if parts[0].is_some() && period.is_after(context.today_year, context.today_month) {
        let column = if period.month.is_some() && parts[2].is_some() {
            "month"
        } else if parts[1].is_some() {
            "quarter"
        } else {
            "year"
        };
        problems.push(problem(row, column, &period.sdmx(), {
            let today = format!("{}-{:02}", context.today_year, context.today_month);
            Message::new("problem-statistics-future-period", format!("this period is in the future (today is {today})"))
                .text("today", today)
        }));
    }
    period
}

/// Rows of counts that contradict each other: the same combination twice, or a breakdown
/// whose counts add up to more than the total given for it (or, when the breakdown covers
/// every code, to anything but the total).
fn contradictions(counts: &[CountRow], rows: &[usize], classification: &Classification) -> Vec<UploadProblem> {
    let mut problems = Vec::new();
    let mut by_key: HashMap<(Period, [Option<u16>; CODED_DIMENSIONS]), usize> = HashMap::new();
    for (position, count) in counts.iter().enumerate() {
        if let Some(first) = by_key.insert((count.period, count.codes), position) {
            problems.push(problem(
                rows[position],
                COUNT_COLUMN,
                &count.count.to_string(),
                Message::new(
                    "problem-statistics-duplicate-count",
                    format!("row {} already gives a count for the same combination and period", rows[first]),
                )
                .text("row", rows[first].to_string()),
            ));
        }
    }
    // For each total and each dimension it is not broken down by: the rows that break it
    // down by that dimension alone.
    let mut breakdowns: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for (position, count) in counts.iter().enumerate() {
        for dimension in 0..CODED_DIMENSIONS {
            if count.codes[dimension].is_some() {
                let mut parent = count.codes;
                parent[dimension] = None;
                if let Some(total) = by_key.get(&(count.period, parent)) {
                    breakdowns.entry((*total, dimension)).or_default().push(position);
                }
            }
        }
    }
    for ((total, dimension), parts) in breakdowns {
        let sum: u64 = parts.iter().map(|part| counts[*part].count).sum();
        let expected = counts[total].count;
        let complete = parts.len() == classification.codes(Dimension::CODED[dimension]).len();
        if sum > expected || (complete && sum != expected) {
            let last = *parts.iter().max().unwrap_or(&total);
            let listed = parts.iter().map(|part| rows[*part].to_string()).collect::<Vec<_>>().join(", ");
            problems.push(problem(
                rows[last],
                COUNT_COLUMN,
                &counts[last].count.to_string(),
                Message::new(
                    "problem-statistics-breakdown-contradicts-total",
                    format!(
                        "the counts by {} in rows {listed} add up to {}, which contradicts the total of {} in row {}",
                        Dimension::CODED[dimension].label().to_lowercase(),
                        grouped(usize::try_from(sum).unwrap_or(usize::MAX)),
                        grouped(usize::try_from(expected).unwrap_or(usize::MAX)),
                        rows[total]
                    ),
                )
                .labels("dimension", dimension_labels(Dimension::CODED[dimension]))
                .text("rows", listed.clone())
                .number("sum", sum)
                .number("total", expected)
                .text("row", rows[total].to_string()),
            ));
        }
    }
    problems.sort_by_key(|problem| problem.row);
    problems
}

fn problem(row: usize, column: &str, value: &str, message: Message) -> UploadProblem {
    UploadProblem { row, column: column.to_owned(), value: value.to_owned(), message }
}

/// A dimension's names, for a message that names it in running text: English writes it in lower
/// case there; the other languages keep the heading's capitals, which their names of States
/// need ("État", "Estado").
fn dimension_labels(dimension: Dimension) -> Labels {
    use domain::language::Language;
    Language::ALL.into_iter().fold(Labels::new(), |labels, language| match language {
        Language::English => labels.with(language, dimension.label().to_lowercase()),
        _ => labels.with(language, dimension.label_in(language)),
    })
}

/// Why a cell or a filter does not name a code of `dimension`; `allowed` says which do.
pub fn unknown_code_message(dimension: Dimension, allowed: &str) -> Message {
    Message::new(
        "problem-statistics-unknown-code",
        format!("unknown code for {}; use {allowed}", dimension.label().to_lowercase()),
    )
    .labels("dimension", dimension_labels(dimension))
    .text("allowed", allowed)
}

/// The refusal of a column whose name says it holds identifying data of the kind `kind` (as
/// [`identifying_column`] names it).
fn identifying_column_message(kind: &'static str) -> Message {
    let id = match kind {
        "names" => "problem-identifying-column-names",
        "phone numbers" => "problem-identifying-column-phone-numbers",
        "contact details" => "problem-identifying-column-contact-details",
        "dates of birth" => "problem-identifying-column-dates-of-birth",
        "free text" => "problem-identifying-column-free-text",
        "identity or case numbers" => "problem-identifying-column-case-numbers",
        _ if kind.starts_with("exact ages") => "problem-identifying-column-exact-ages",
        _ => "problem-identifying-column-exact-dates",
    };
    Message::new(
        id,
        format!(
            "this column looks like it holds {kind}; vawdb stores no names, contact details, dates of birth, exact dates, case numbers or free text: remove the column"
        ),
    )
}

/// The refusal of a cell that holds identifying data of the kind `kind` (as
/// [`identifying_value`] names it).
fn identifying_value_message(kind: &'static str) -> Message {
    let id = match kind {
        "an e-mail address" => "problem-identifying-value-email",
        "a phone number" => "problem-identifying-value-phone",
        _ => "problem-identifying-value-date",
    };
    Message::new(id, format!("this looks like {kind}; vawdb stores no contact details or exact dates"))
}
