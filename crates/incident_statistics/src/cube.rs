//! The incident cube: every counted record as one column of code positions per dimension,
//! with the uploaded counts beside them, answering pivots by a scan of a few columns.
//!
//! The cube is derived from the store and can be rebuilt from it at any time. Records are
//! appended a dataset at a time, so each dataset is one contiguous range of rows and a pivot
//! skips the datasets its reader may not see without looking at their rows.

use std::collections::{BTreeMap, HashMap};

use domain::language::Language;

use crate::{
    dimension::{CODED_DIMENSIONS, Classification, Dimension},
    record::{CountRow, IncidentRecord},
};

/// A pivot: the dimension of the rows and of the columns (none for a single column of
/// totals), filters of one code each, and a range of years.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PivotQuery {
    pub rows: Dimension,
    pub columns: Option<Dimension>,
    pub filters: Vec<(Dimension, u16)>,
    pub first_year: u16,
    pub last_year: u16,
}

/// The values along one side of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Axis {
    /// `None` for the single column of a one-way table.
    pub dimension: Option<Dimension>,
    /// Code positions, or years for [`Dimension::Year`].
    pub codes: Vec<u16>,
}

impl Axis {
    /// The label of the value at `position` in `language`.
    pub fn label_in(&self, position: usize, classification: &Classification, language: Language) -> String {
        match self.dimension {
            None => crate::dimension::phrase("Incidents", language).to_owned(),
            Some(Dimension::Year) => self.codes[position].to_string(),
            Some(dimension) => classification.codes(dimension).get(self.codes[position]).name(language).to_owned(),
        }
    }

    /// The English label of the value at `position`.
    pub fn label(&self, position: usize, classification: &Classification) -> String {
        match self.dimension {
            None => "Incidents".to_owned(),
            Some(Dimension::Year) => self.codes[position].to_string(),
            Some(dimension) => classification.codes(dimension).get(self.codes[position]).label.clone(),
        }
    }

    /// The SDMX code of the value at `position`.
    pub fn code(&self, position: usize, classification: &Classification) -> String {
        match self.dimension {
            None => crate::dimension::TOTAL.to_owned(),
            Some(Dimension::Year) => self.codes[position].to_string(),
            Some(dimension) => classification.codes(dimension).get(self.codes[position]).id.clone(),
        }
    }
}

/// True counts of a pivot, before any protection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountTable {
    pub rows: Axis,
    pub columns: Axis,
    /// Row-major: `cells[row * columns.codes.len() + column]`.
    pub cells: Vec<u64>,
    /// The datasets whose data is in the table.
    pub datasets_used: Vec<i64>,
    /// Datasets of counts that could be seen but are not broken down by every dimension the
    /// pivot needs, with the dimensions they lack.
    pub datasets_left_out: Vec<(i64, Vec<Dimension>)>,
}

impl CountTable {
    pub fn cell(&self, row: usize, column: usize) -> u64 {
        self.cells[row * self.columns.codes.len() + column]
    }

    pub fn row_total(&self, row: usize) -> u64 {
        (0..self.columns.codes.len()).map(|column| self.cell(row, column)).sum()
    }

    pub fn column_total(&self, column: usize) -> u64 {
        (0..self.rows.codes.len()).map(|row| self.cell(row, column)).sum()
    }

    pub fn grand_total(&self) -> u64 {
        self.cells.iter().sum()
    }
}

/// How many records of a dataset were kept out of every count, and why.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LeftOut {
    pub without_consent: u64,
    pub reported_elsewhere: u64,
}

#[derive(Debug, Clone)]
struct RecordRange {
    dataset: i64,
    start: usize,
    end: usize,
}

/// Counted records by column, and uploaded counts, of any number of datasets.
#[derive(Debug, Clone)]
pub struct IncidentCube {
    /// One column per coded dimension, then the year.
    columns: Vec<Vec<u16>>,
    ranges: Vec<RecordRange>,
    counts: BTreeMap<i64, Vec<CountRow>>,
    left_out: HashMap<i64, LeftOut>,
}

impl Default for IncidentCube {
    fn default() -> IncidentCube {
        IncidentCube::new()
    }
}

/// Axes longer than this leave out the values no visible record or count has.
const LONG_AXIS: usize = 20;

impl IncidentCube {
    pub fn new() -> IncidentCube {
        IncidentCube {
            columns: vec![Vec::new(); CODED_DIMENSIONS + 1],
            ranges: Vec::new(),
            counts: BTreeMap::new(),
            left_out: HashMap::new(),
        }
    }

    /// Adds a dataset of records. Records without consent, or already reported through
    /// another provider, are counted as left out and kept out of the columns.
    pub fn add_records(&mut self, dataset: i64, records: impl IntoIterator<Item = IncidentRecord>) {
        let start = self.len();
        let mut left_out = LeftOut::default();
        for record in records {
            if !record.consent {
                left_out.without_consent += 1;
                continue;
            }
            if record.reported_elsewhere {
                left_out.reported_elsewhere += 1;
                continue;
            }
            for (position, code) in record.codes.iter().enumerate() {
                self.columns[position].push(*code);
            }
            self.columns[CODED_DIMENSIONS].push(record.period.year);
        }
        self.ranges.push(RecordRange { dataset, start, end: self.len() });
        self.left_out.insert(dataset, left_out);
    }

    /// Adds a dataset of counts.
    pub fn add_counts(&mut self, dataset: i64, rows: Vec<CountRow>) {
        self.counts.insert(dataset, rows);
    }

    /// Whether a dataset has been added.
    pub fn contains(&self, dataset: i64) -> bool {
        self.counts.contains_key(&dataset) || self.ranges.iter().any(|range| range.dataset == dataset)
    }

    /// The number of counted records.
    pub fn len(&self) -> usize {
        self.columns.first().map_or(0, Vec::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0 && self.counts.is_empty()
    }

    /// How many records of `dataset` count in no table.
    pub fn left_out(&self, dataset: i64) -> LeftOut {
        self.left_out.get(&dataset).copied().unwrap_or_default()
    }

    /// Counts incidents of the datasets `visible` accepts, by the query's rows and columns.
    pub fn pivot(
        &self,
        query: &PivotQuery,
        classification: &Classification,
        visible: &dyn Fn(i64) -> bool,
    ) -> CountTable {
        let rows = full_axis(Some(query.rows), query, classification);
        let columns = full_axis(query.columns, query, classification);
        let width = columns.codes.len();
        let mut cells = vec![0u64; rows.codes.len() * width];
        let mut datasets_used = Vec::new();
        let visible_ranges: Vec<&RecordRange> =
            self.ranges.iter().filter(|range| range.end > range.start && visible(range.dataset)).collect();
        datasets_used.extend(visible_ranges.iter().map(|range| range.dataset));
        self.scan_records(&visible_ranges, query, width, &mut cells);
        let mut datasets_left_out = Vec::new();
        for (dataset, rows_of_counts) in &self.counts {
            if !visible(*dataset) {
                continue;
            }
            match add_counts(rows_of_counts, query, width, &mut cells) {
                Ok(()) => datasets_used.push(*dataset),
                Err(missing) => datasets_left_out.push((*dataset, missing)),
            }
        }
        datasets_used.sort_unstable();
        datasets_used.dedup();
        let table = CountTable { rows, columns, cells, datasets_used, datasets_left_out };
        trim_long_axes(table)
    }

    /// Counts incidents like [`IncidentCube::pivot`], but takes every visible dataset of
    /// counts through one breakdown, whatever the query: its most detailed one, with what it
    /// does not break down by counted as unknown (and the State as its provider's). Tables of
    /// different dimensions then count the same incidents and share their totals exactly,
    /// which the public release needs: two tables that disagreed on a total would give away
    /// their difference.
    pub fn pivot_consistent(
        &self,
        query: &PivotQuery,
        classification: &Classification,
        visible: &dyn Fn(i64) -> bool,
        provider_state: &dyn Fn(i64) -> u16,
    ) -> CountTable {
        let rows = full_axis(Some(query.rows), query, classification);
        let columns = full_axis(query.columns, query, classification);
        let width = columns.codes.len();
        let mut cells = vec![0u64; rows.codes.len() * width];
        let visible_ranges: Vec<&RecordRange> =
            self.ranges.iter().filter(|range| range.end > range.start && visible(range.dataset)).collect();
        let mut datasets_used: Vec<i64> = visible_ranges.iter().map(|range| range.dataset).collect();
        self.scan_records(&visible_ranges, query, width, &mut cells);
        let unknown: Vec<u16> = Dimension::CODED
            .iter()
            .map(|dimension| classification.codes(*dimension).find(crate::dimension::UNKNOWN).unwrap_or(0))
            .collect();
        for (dataset, rows_of_counts) in &self.counts {
            if !visible(*dataset) {
                continue;
            }
            let granularity =
                |row: &CountRow| u8::from(row.period.quarter.is_some()) + u8::from(row.period.month.is_some());
            let Some((level, grain)) = rows_of_counts
                .iter()
                .map(|row| (row.level(), granularity(row)))
                .min_by_key(|(level, grain)| (std::cmp::Reverse(level.count_ones()), *level, *grain))
            else {
                continue;
            };
            datasets_used.push(*dataset);
            let state = provider_state(*dataset);
            let code = |row: &CountRow, position: usize| -> u16 {
                row.codes[position].unwrap_or(if Dimension::CODED[position] == Dimension::RefArea {
                    state
                } else {
                    unknown[position]
                })
            };
            let position_of = |dimension: Dimension, row: &CountRow| -> usize {
                match dimension.coded_position() {
                    Some(position) => usize::from(code(row, position)),
                    None => usize::from(row.period.year - query.first_year),
                }
            };
            for row in rows_of_counts.iter().filter(|row| row.level() == level && granularity(row) == grain) {
                if row.period.year < query.first_year || row.period.year > query.last_year {
                    continue;
                }
                let matches = query.filters.iter().all(|(dimension, wanted)| match dimension.coded_position() {
                    Some(position) => code(row, position) == *wanted,
                    None => row.period.year == *wanted,
                });
                if !matches {
                    continue;
                }
                let row_position = position_of(query.rows, row);
                let column_position = query.columns.map_or(0, |dimension| position_of(dimension, row));
                cells[row_position * width + column_position] += row.count;
            }
        }
        datasets_used.sort_unstable();
        datasets_used.dedup();
        trim_long_axes(CountTable { rows, columns, cells, datasets_used, datasets_left_out: Vec::new() })
    }

    fn scan_records(&self, ranges: &[&RecordRange], query: &PivotQuery, width: usize, cells: &mut [u64]) {
        let total: usize = ranges.iter().map(|range| range.end - range.start).sum();
        if total == 0 {
            return;
        }
        let threads = std::thread::available_parallelism().map_or(1, usize::from).clamp(1, 8);
        let threads = if total < 200_000 { 1 } else { threads };
        // Cut the visible rows into `threads` pieces of about equal size.
        let share = total.div_ceil(threads);
        let mut pieces: Vec<Vec<(usize, usize)>> = vec![Vec::new(); threads];
        let mut piece = 0;
        let mut filled = 0;
        for range in ranges {
            let mut start = range.start;
            while start < range.end {
                let take = (share - filled).min(range.end - start);
                pieces[piece].push((start, start + take));
                start += take;
                filled += take;
                if filled == share && piece + 1 < threads {
                    piece += 1;
                    filled = 0;
                }
            }
        }
        let scan = Scan::new(&self.columns, query);
        let cell_count = cells.len();
        let partials: Vec<Vec<u64>> = std::thread::scope(|scope| {
            let handles: Vec<_> = pieces
                .iter()
                .map(|piece| {
                    let scan = &scan;
                    scope.spawn(move || {
                        let mut partial = vec![0u64; cell_count];
                        for (start, end) in piece {
                            scan.count(*start, *end, width, &mut partial);
                        }
                        partial
                    })
                })
                .collect();
            handles.into_iter().map(|handle| handle.join().expect("a pivot scan does not panic")).collect()
        });
        for partial in partials {
            for (cell, add) in cells.iter_mut().zip(partial) {
                *cell += add;
            }
        }
    }
}

/// The columns a scan reads, with the offsets that turn a code into a cell position.
struct Scan<'a> {
    years: &'a [u16],
    first_year: u16,
    last_year: u16,
    rows: &'a [u16],
    row_base: u16,
    columns: Option<(&'a [u16], u16)>,
    filters: Vec<(&'a [u16], u16)>,
}

impl<'a> Scan<'a> {
    fn new(data: &'a [Vec<u16>], query: &PivotQuery) -> Scan<'a> {
        let column_of = |dimension: Dimension| -> &'a [u16] {
            match dimension.coded_position() {
                Some(position) => &data[position],
                None => &data[CODED_DIMENSIONS],
            }
        };
        let base = |dimension: Dimension| if dimension == Dimension::Year { query.first_year } else { 0 };
        Scan {
            years: &data[CODED_DIMENSIONS],
            first_year: query.first_year,
            last_year: query.last_year,
            rows: column_of(query.rows),
            row_base: base(query.rows),
            columns: query.columns.map(|dimension| (column_of(dimension), base(dimension))),
            filters: query
                .filters
                .iter()
                .filter(|(dimension, _)| *dimension != Dimension::Year)
                .map(|(dimension, code)| (column_of(*dimension), *code))
                .collect(),
        }
    }

    fn count(&self, start: usize, end: usize, width: usize, cells: &mut [u64]) {
        let years = &self.years[start..end];
        let rows = &self.rows[start..end];
        let filters: Vec<(&[u16], u16)> =
            self.filters.iter().map(|(column, code)| (&column[start..end], *code)).collect();
        let (first, last) = (self.first_year, self.last_year);
        let keep = |i: usize| -> bool {
            let year = years[i];
            year >= first && year <= last && filters.iter().all(|(column, code)| column[i] == *code)
        };
        match self.columns {
            Some((columns, column_base)) => {
                let columns = &columns[start..end];
                for i in 0..years.len() {
                    if keep(i) {
                        let row = usize::from(rows[i] - self.row_base);
                        let column = usize::from(columns[i] - column_base);
                        cells[row * width + column] += 1;
                    }
                }
            }
            None => {
                for i in 0..years.len() {
                    if keep(i) {
                        cells[usize::from(rows[i] - self.row_base)] += 1;
                    }
                }
            }
        }
    }
}

fn full_axis(dimension: Option<Dimension>, query: &PivotQuery, classification: &Classification) -> Axis {
    let codes = match dimension {
        None => vec![0],
        Some(Dimension::Year) => (query.first_year..=query.last_year).collect(),
        Some(dimension) => {
            (0..classification.codes(dimension).len()).filter_map(|code| u16::try_from(code).ok()).collect()
        }
    };
    Axis { dimension, codes }
}

/// Adds one dataset's counts at the coarsest level that breaks them down by every dimension
/// the query needs; the dimensions it lacks when it has no such level.
fn add_counts(rows: &[CountRow], query: &PivotQuery, width: usize, cells: &mut [u64]) -> Result<(), Vec<Dimension>> {
    let mut needed: u16 = 0;
    for dimension in
        [Some(query.rows), query.columns].into_iter().flatten().chain(query.filters.iter().map(|(d, _)| *d))
    {
        if let Some(position) = dimension.coded_position() {
            needed |= 1 << position;
        }
    }
    let granularity = |row: &CountRow| u8::from(row.period.quarter.is_some()) + u8::from(row.period.month.is_some());
    let best = rows
        .iter()
        .map(|row| (row.level(), granularity(row)))
        .filter(|(level, _)| level & needed == needed)
        .min_by_key(|(level, granularity)| (level.count_ones(), *granularity));
    let Some((level, grain)) = best else {
        let available = rows.iter().fold(0u16, |all, row| all | row.level());
        let missing = Dimension::CODED
            .iter()
            .enumerate()
            .filter(|(position, _)| needed & (1 << position) != 0 && available & (1 << position) == 0)
            .map(|(_, dimension)| *dimension)
            .collect::<Vec<_>>();
        return Err(if missing.is_empty() { vec![query.rows] } else { missing });
    };
    let position_of = |dimension: Dimension, row: &CountRow| -> usize {
        match dimension.coded_position() {
            Some(position) => usize::from(row.codes[position].unwrap_or(0)),
            None => usize::from(row.period.year - query.first_year),
        }
    };
    for row in rows.iter().filter(|row| row.level() == level && granularity(row) == grain) {
        if row.period.year < query.first_year || row.period.year > query.last_year {
            continue;
        }
        let matches = query.filters.iter().all(|(dimension, code)| match dimension.coded_position() {
            Some(position) => row.codes[position] == Some(*code),
            None => row.period.year == *code,
        });
        if !matches {
            continue;
        }
        let row_position = position_of(query.rows, row);
        let column_position = query.columns.map_or(0, |dimension| position_of(dimension, row));
        cells[row_position * width + column_position] += row.count;
    }
    Ok(())
}

fn trim_long_axes(table: CountTable) -> CountTable {
    let width = table.columns.codes.len();
    let keep_rows: Vec<usize> = (0..table.rows.codes.len())
        .filter(|row| table.rows.codes.len() <= LONG_AXIS || table.row_total(*row) > 0)
        .collect();
    let keep_columns: Vec<usize> =
        (0..width).filter(|column| width <= LONG_AXIS || table.column_total(*column) > 0).collect();
    let cells = keep_rows
        .iter()
        .flat_map(|row| keep_columns.iter().map(move |column| (*row, *column)))
        .map(|(row, column)| table.cell(row, column))
        .collect();
    CountTable {
        rows: Axis {
            dimension: table.rows.dimension,
            codes: keep_rows.iter().map(|row| table.rows.codes[*row]).collect(),
        },
        columns: Axis {
            dimension: table.columns.dimension,
            codes: keep_columns.iter().map(|column| table.columns.codes[*column]).collect(),
        },
        cells,
        datasets_used: table.datasets_used,
        datasets_left_out: table.datasets_left_out,
    }
}
