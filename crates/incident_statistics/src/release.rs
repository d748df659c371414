//! The public release of incident statistics: a fixed catalogue of tables, each the forms of
//! violence crossed with one other dimension over every published year, protected together
//! so that nothing the public can ask for, alone or combined, gives away a small count.
//!
//! Why a fixed catalogue: a table builder that answers any rows, columns, filters and years
//! lets an attacker subtract one table from another (2018-2024 minus 2018-2023; all
//! nationalities minus all but one) until a small count stands alone, and no suppression
//! computed one table at a time can stop that. Here the public sees only the tables of the
//! catalogue and their slices, so every number it can ever read is one of a fixed, finite
//! set, and that set is audited as a whole before anything is shown.
//!
//! Why this catalogue: its tables share only the totals by form of violence. Tables that
//! share nothing but those totals constrain each other only through them (any set of such
//! tables with equal totals by form can be made from one set of records), so the attacker's
//! linear programme over every table of the catalogue at once is exact, and small enough to
//! solve. The catalogue is the forms of violence by each other dimension (State, reporting
//! source, sex, age group, nationality, immigration status, occupation, perpetrator, setting,
//! stage of the migration cycle, year).
//!
//! What it guarantees (see [`crate::audit`] and `docs/incident-statistics.md`): for every
//! withheld number and every small difference between two nested numbers, the values an
//! attacker cannot rule out span at least `k` whole numbers (`k` being the threshold), and
//! still at least `(k - 1) / 2` for an attacker told which withheld numbers are small.
//!
//! ```
//! use incident_statistics::{cube::{IncidentCube, PivotQuery}, dimension::{Classification, Dimension},
//!     record::{IncidentRecord, Period}, release::Release};
//! let classification = Classification::new(&reference::reference_data().unwrap().countries);
//! let mut codes = [0; 11];
//! codes[0] = classification.place("KEN").unwrap();
//! let record = IncidentRecord { codes, period: Period::year(2024), consent: true, reported_elsewhere: false };
//! let mut cube = IncidentCube::new();
//! cube.add_records(1, vec![record; 40]);
//! let release = Release::build(&cube, &classification, &|_| true, &|_| 0, 11);
//! let query = release.query(Dimension::ViolenceForm, Some(Dimension::Sex), vec![]);
//! let table = release.answer(&query).expect("forms by sex are in the catalogue");
//! assert_eq!(table.grand_total.count(), Some(40));
//! ```

use crate::{
    audit::{Knowledge, LinearRelease, Sum},
    cube::{Axis, CountTable, IncidentCube, PivotQuery},
    dimension::{Classification, Dimension},
    disclosure::{self, ProtectedTable, Shown, Suppression},
    upload_read::FIRST_YEAR,
};

/// The dimension every table of the catalogue is broken down by.
pub const CENTRE: Dimension = Dimension::ViolenceForm;

/// The protected tables the public may read.
#[derive(Debug, Clone)]
pub struct Release {
    pub threshold: u64,
    /// The years the release covers: every year with a published incident.
    pub first_year: u16,
    pub last_year: u16,
    pub datasets_used: Vec<i64>,
    /// One table per dimension other than [`CENTRE`], in the order of [`Dimension::ALL`].
    views: Vec<View>,
    /// Whether each row total (a count by form of violence) is withheld: the same in every
    /// table.
    centre_withheld: Vec<bool>,
    grand_total_withheld: bool,
    /// How many rounds of auditing the release took, for benchmarks and reports.
    pub audit_rounds: usize,
    /// Set when even withholding every number but the zeros would let a count be narrowed:
    /// then no table is published.
    publishes_nothing: bool,
}

#[derive(Debug, Clone)]
struct View {
    other: Dimension,
    counts: CountTable,
    /// Row-major like `counts.cells`.
    withheld: Vec<bool>,
    column_withheld: Vec<bool>,
}

/// Why a table asked for is not in the release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unpublished {
    /// The table crosses two dimensions neither of which is the form of violence, or
    /// filters on a third.
    Combination(Vec<Dimension>),
    /// The years are not those of the release.
    Years { first_year: u16, last_year: u16 },
    /// So few incidents are published that no table can be shown without risk to the people
    /// counted.
    TooFewIncidents,
}

impl std::fmt::Display for Unpublished {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unpublished::Combination(dimensions) => {
                let names: Vec<String> = dimensions.iter().map(|dimension| dimension.label().to_lowercase()).collect();
                let listed = match names.split_last() {
                    Some((last, [])) => last.clone(),
                    Some((last, others)) => format!("{} and {last}", others.join(", ")),
                    None => String::new(),
                };
                write!(
                    formatter,
                    "{listed} cannot be combined in one published table: each crosses the form of violence with one other dimension"
                )
            }
            Unpublished::Years { first_year, last_year } => write!(
                formatter,
                "published tables cover every published year together ({first_year}-{last_year}); for single years, break a table down by year"
            ),
            Unpublished::TooFewIncidents => write!(
                formatter,
                "too few incidents are published for any table to be shown without risk to the people counted"
            ),
        }
    }
}

/// How many years after [`FIRST_YEAR`] a release looks for incidents in.
const YEARS_SEARCHED: u16 = 200;

/// The most rounds of auditing before everything not zero is withheld: a safe end that a
/// release of real data has not needed.
const MOST_AUDIT_ROUNDS: usize = 80;

impl Release {
    /// Builds and protects the catalogue from the datasets `visible` accepts, with counts
    /// below `threshold` withheld. `provider_state` gives the State of a dataset's provider,
    /// which counts not broken down by State are about.
    pub fn build(
        cube: &IncidentCube,
        classification: &Classification,
        visible: &dyn Fn(i64) -> bool,
        provider_state: &dyn Fn(i64) -> u16,
        threshold: u64,
    ) -> Release {
        // Every year an upload may give, to find those with incidents: a long year axis
        // keeps only the years with data.
        let everything = PivotQuery {
            rows: CENTRE,
            columns: Some(Dimension::Year),
            filters: Vec::new(),
            first_year: FIRST_YEAR,
            last_year: FIRST_YEAR + YEARS_SEARCHED,
        };
        let by_year = cube.pivot_consistent(&everything, classification, visible, provider_state);
        let years: Vec<u16> = (0..by_year.columns.codes.len())
            .filter(|column| by_year.column_total(*column) > 0)
            .map(|column| by_year.columns.codes[column])
            .collect();
        let first_year = years.first().copied().unwrap_or(FIRST_YEAR);
        let last_year = years.last().copied().unwrap_or(FIRST_YEAR);
        let mut datasets_used = Vec::new();
        let views: Vec<View> = Dimension::ALL
            .into_iter()
            .filter(|dimension| *dimension != CENTRE)
            .map(|other| {
                let query =
                    PivotQuery { rows: CENTRE, columns: Some(other), filters: Vec::new(), first_year, last_year };
                let counts = cube.pivot_consistent(&query, classification, visible, provider_state);
                datasets_used.extend(counts.datasets_used.iter().copied());
                let size = counts.cells.len();
                let width = counts.columns.codes.len();
                View { other, counts, withheld: vec![false; size], column_withheld: vec![false; width] }
            })
            .collect();
        datasets_used.sort_unstable();
        datasets_used.dedup();
        let forms = views[0].counts.rows.codes.len();
        let mut release = Release {
            threshold,
            first_year,
            last_year,
            datasets_used,
            views,
            centre_withheld: vec![false; forms],
            grand_total_withheld: false,
            audit_rounds: 0,
            publishes_nothing: false,
        };
        release.protect();
        release
    }

    /// A query for a table of the release: its years are the release's.
    pub fn query(&self, rows: Dimension, columns: Option<Dimension>, filters: Vec<(Dimension, u16)>) -> PivotQuery {
        PivotQuery { rows, columns, filters, first_year: self.first_year, last_year: self.last_year }
    }

    /// The published table for `query`, or why it is not published.
    pub fn answer(&self, query: &PivotQuery) -> Result<ProtectedTable, Unpublished> {
        if self.publishes_nothing {
            return Err(Unpublished::TooFewIncidents);
        }
        if query.first_year != self.first_year || query.last_year != self.last_year {
            return Err(Unpublished::Years { first_year: self.first_year, last_year: self.last_year });
        }
        let mut dimensions: Vec<Dimension> = vec![query.rows];
        dimensions.extend(query.columns);
        dimensions.extend(query.filters.iter().map(|(dimension, _)| *dimension));
        dimensions.sort_unstable();
        dimensions.dedup();
        let others: Vec<Dimension> = dimensions.iter().copied().filter(|dimension| *dimension != CENTRE).collect();
        if others.len() > 1 {
            return Err(Unpublished::Combination(dimensions));
        }
        // A table of forms alone is the row totals, the same in every table: take the first.
        let view = match others.first() {
            Some(other) => self.views.iter().find(|view| view.other == *other).expect("one table per dimension"),
            None => &self.views[0],
        };
        Ok(self.slice(view, query))
    }

    /// How many numbers of the whole release are withheld.
    pub fn withheld(&self) -> usize {
        let views: usize = self
            .views
            .iter()
            .map(|view| {
                view.withheld.iter().filter(|w| **w).count() + view.column_withheld.iter().filter(|w| **w).count()
            })
            .sum();
        views + self.centre_withheld.iter().filter(|w| **w).count() + usize::from(self.grand_total_withheld)
    }

    fn slice(&self, view: &View, query: &PivotQuery) -> ProtectedTable {
        let counts = &view.counts;
        let width = counts.columns.codes.len();
        let code_filter = |dimension: Dimension| {
            query.filters.iter().find(|(filtered, _)| *filtered == dimension).map(|(_, code)| *code)
        };
        // Positions along the form axis and along the other axis that the filters leave.
        let forms: Vec<usize> = (0..counts.rows.codes.len())
            .filter(|row| code_filter(CENTRE).is_none_or(|code| counts.rows.codes[*row] == code))
            .collect();
        let others: Vec<usize> = (0..width)
            .filter(|column| code_filter(view.other).is_none_or(|code| counts.columns.codes[*column] == code))
            .collect();
        let finest = |form: usize, other: usize| -> Shown {
            shown(counts.cell(form, other), view.withheld[form * width + other])
        };
        let centre = |form: usize| -> Shown {
            if others.len() == width {
                shown(counts.row_total(form), self.centre_withheld[form])
            } else {
                sum_of(others.iter().map(|other| finest(form, *other)))
            }
        };
        let column = |other: usize| -> Shown {
            if forms.len() == counts.rows.codes.len() {
                shown(counts.column_total(other), view.column_withheld[other])
            } else {
                sum_of(forms.iter().map(|form| finest(*form, other)))
            }
        };
        let grand = || -> Shown {
            match (forms.len() == counts.rows.codes.len(), others.len() == width) {
                (true, true) => shown(counts.grand_total(), self.grand_total_withheld),
                (true, false) => sum_of(others.iter().map(|other| column(*other))),
                (false, _) => sum_of(forms.iter().map(|form| centre(*form))),
            }
        };
        // The table in the orientation asked: rows along `query.rows`.
        let form_axis = Axis { dimension: Some(CENTRE), codes: forms.iter().map(|f| counts.rows.codes[*f]).collect() };
        let other_axis =
            Axis { dimension: Some(view.other), codes: others.iter().map(|o| counts.columns.codes[*o]).collect() };
        let one_column = Axis { dimension: None, codes: vec![0] };
        let (rows, columns, cells, row_totals, column_totals) = match (query.rows == CENTRE, query.columns) {
            (true, Some(columns)) if columns == view.other => (
                form_axis,
                other_axis,
                forms.iter().flat_map(|f| others.iter().map(move |o| (*f, *o))).map(|(f, o)| finest(f, o)).collect(),
                forms.iter().map(|f| centre(*f)).collect(),
                others.iter().map(|o| column(*o)).collect(),
            ),
            (false, Some(_)) => (
                other_axis,
                form_axis,
                others.iter().flat_map(|o| forms.iter().map(move |f| (*f, *o))).map(|(f, o)| finest(f, o)).collect(),
                others.iter().map(|o| column(*o)).collect(),
                forms.iter().map(|f| centre(*f)).collect(),
            ),
            (true, _) => {
                let totals: Vec<Shown> = forms.iter().map(|f| centre(*f)).collect();
                (form_axis, one_column, totals.clone(), totals, vec![grand()])
            }
            (false, None) => {
                let totals: Vec<Shown> = others.iter().map(|o| column(*o)).collect();
                (other_axis, one_column, totals.clone(), totals, vec![grand()])
            }
        };
        let withheld = cells
            .iter()
            .chain(&row_totals)
            .chain(&column_totals)
            .chain(std::iter::once(&grand()))
            .filter(|shown| **shown == Shown::Withheld)
            .count();
        ProtectedTable {
            rows,
            columns,
            cells,
            row_totals,
            column_totals,
            grand_total: grand(),
            threshold: Some(self.threshold),
            primary: withheld,
            secondary: 0,
        }
    }

    /// Withholds small counts, then whatever else the audit finds would let them be worked
    /// out, until the audit finds nothing.
    fn protect(&mut self) {
        let threshold = self.threshold;
        let small = |value: u64| value > 0 && value < threshold;
        for view in &mut self.views {
            let counts = &view.counts;
            let width = counts.columns.codes.len();
            // Start from each table's own cycles of withheld cells: a good first guess, which
            // the audit then checks against everything together.
            let pattern = disclosure::suppression_pattern(&disclosure::augmented(counts), self.threshold);
            let forms = counts.rows.codes.len();
            for (row, line) in pattern.iter().enumerate() {
                let withheld: Vec<bool> = line.iter().map(|suppression| *suppression != Suppression::None).collect();
                if row < forms {
                    view.withheld[row * width..(row + 1) * width].copy_from_slice(&withheld[..width]);
                    self.centre_withheld[row] |= withheld[width];
                } else {
                    view.column_withheld.copy_from_slice(&withheld[..width]);
                    self.grand_total_withheld |= withheld[width];
                }
            }
        }
        for (form, withheld) in self.centre_withheld.iter_mut().enumerate() {
            *withheld |= small(self.views[0].counts.row_total(form));
        }
        self.grand_total_withheld |= small(self.views[0].counts.grand_total());
        let mut certified = Certified::new();
        // Points of the attacker's region over the whole release, for each attacker, and the
        // withheld totals by form whose extremes are among them.
        let truth: Vec<f64> = self
            .views
            .iter()
            .flat_map(|view| view.counts.cells.iter())
            .filter(|v| **v > 0)
            .map(|v| *v as f64)
            .collect();
        let mut known: [Vec<Vec<f64>>; 2] = [vec![truth.clone()], vec![truth]];
        let mut explored: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
        loop {
            self.audit_rounds += 1;
            // Each table on its own, with its totals by form taken as known (every answer it
            // allows is one the whole release allows too), then the totals by form and the
            // grand total against every table at once.
            // The whole release is one large programme. It is solved for the totals by form
            // and the grand total, and once for the extremes of each withheld total by form:
            // the points it reaches are points of the attacker's region, which then widen
            // what each table, audited on its own with its totals by form taken as known,
            // leaves open.
            let joint = self.system(None);
            for (attacker, knowledge) in [(0usize, Knowledge::AtLeastOne), (1, Knowledge::Labels(self.threshold))] {
                let rows: Vec<usize> = (0..self.centre_withheld.len())
                    .filter(|row| self.centre_withheld[*row] && !explored[attacker].contains(row))
                    .collect();
                if rows.is_empty() {
                    continue;
                }
                let terms: Vec<Vec<usize>> = rows
                    .iter()
                    .map(|row| {
                        let width = self.views[0].counts.columns.codes.len();
                        (0..width)
                            .filter(|column| self.views[0].counts.cells[row * width + column] > 0)
                            .map(|column| {
                                self.views[0].counts.cells[..row * width + column].iter().filter(|v| **v > 0).count()
                            })
                            .collect()
                    })
                    .collect();
                let (_, reached) = joint.release.narrow_from(knowledge, &terms, f64::INFINITY, &known[attacker]);
                known[attacker].extend(reached);
                explored[attacker].extend(rows);
            }
            let mut findings: Vec<Located> = self
                .narrow_quantities(&joint, None, &mut certified, &known, 0)
                .into_iter()
                .map(|q| joint.quantities[q].at.clone())
                .collect();
            // The tables in parallel: each is its own programme.
            let systems: Vec<AuditSystem> = (0..self.views.len()).map(|view| self.system(Some(view))).collect();
            let offsets: Vec<usize> = self
                .views
                .iter()
                .scan(0, |offset, view| {
                    let start = *offset;
                    *offset += view.counts.cells.iter().filter(|value| **value > 0).count();
                    Some(start)
                })
                .collect();
            let threads = std::thread::available_parallelism().map_or(1, usize::from).clamp(1, 8);
            let chunk = systems.len().div_ceil(threads);
            let this = &*self;
            let (known_now, offsets_now) = (&known, &offsets);
            let results: Vec<(Vec<Located>, Certified)> = std::thread::scope(|scope| {
                let handles: Vec<_> = systems
                    .chunks(chunk)
                    .enumerate()
                    .map(|(part, systems)| {
                        let mut remembered = certified.clone();
                        scope.spawn(move || {
                            let mut found = Vec::new();
                            for (offset, system) in systems.iter().enumerate() {
                                let view = part * chunk + offset;
                                let narrow = this.narrow_quantities(
                                    system,
                                    Some(view),
                                    &mut remembered,
                                    known_now,
                                    offsets_now[view],
                                );
                                found.extend(narrow.into_iter().map(|q| system.quantities[q].at.clone()));
                            }
                            (found, remembered)
                        })
                    })
                    .collect();
                handles.into_iter().map(|handle| handle.join().expect("an audit does not panic")).collect()
            });
            for (found, remembered) in results {
                certified.extend(remembered);
                findings.extend(found);
            }
            if findings.is_empty() {
                return;
            }
            let mut changed = false;
            if self.audit_rounds < MOST_AUDIT_ROUNDS {
                for located in &findings {
                    changed |= self.widen(located);
                }
            }
            if !changed {
                // Nothing near the narrow counts is left to withhold: withhold everything
                // but the zeros, and if even that leaves a count narrow (too few incidents,
                // so that the zeros and the sizes of the withheld numbers tell too much),
                // publish nothing at all.
                if self.withhold_everything() {
                    continue;
                }
                self.publishes_nothing = true;
                return;
            }
        }
    }

    /// The counts of `system` that an attacker narrows too much: below `k - 1` apart when
    /// sure only that withheld numbers are at least 1, below `(k - 1) / 2` apart when told
    /// which withheld numbers are small. `known` holds, for each of the two attackers,
    /// points of the whole release's region (values of every hidden count of every table);
    /// `offset` is where this system's hidden counts start among them.
    ///
    /// Withholding more only widens what an attacker cannot rule out, so a count found wide
    /// once stays wide: `certified` remembers them (by scope and attacker), and each round
    /// checks only the others.
    fn narrow_quantities(
        &self,
        system: &AuditSystem,
        scope: Option<usize>,
        certified: &mut Certified,
        known: &[Vec<Vec<f64>>; 2],
        offset: usize,
    ) -> Vec<usize> {
        let small = |value: u64| value > 0 && value < self.threshold;
        let mut narrow = Vec::new();
        let size = system.release.truth.len();
        for (attacker, knowledge, width) in [
            (0u8, Knowledge::AtLeastOne, (self.threshold - 1) as f64),
            (1u8, Knowledge::Labels(self.threshold), ((self.threshold - 1) / 2) as f64),
        ] {
            let asked: Vec<usize> = (0..system.quantities.len())
                .filter(|q| attacker == 0 || small(system.release.value(&system.quantities[*q].terms)))
                .filter(|q| !certified.contains(&(scope, attacker, system.quantities[*q].terms.clone())))
                .collect();
            if asked.is_empty() {
                continue;
            }
            let points: Vec<Vec<f64>> =
                known[usize::from(attacker)].iter().map(|point| point[offset..offset + size].to_vec()).collect();
            let terms: Vec<Vec<usize>> = asked.iter().map(|q| system.quantities[*q].terms.clone()).collect();
            let found: Vec<usize> = system
                .release
                .narrow_from(knowledge, &terms, width, &points)
                .0
                .into_iter()
                .map(|found| asked[found.quantity])
                .collect();
            for q in &asked {
                if !found.contains(q) {
                    certified.insert((scope, attacker, system.quantities[*q].terms.clone()));
                }
            }
            narrow.extend(found);
        }
        narrow.sort_unstable();
        narrow.dedup();
        narrow
    }

    /// Withholds every number that is not zero; whether that withheld anything new.
    fn withhold_everything(&mut self) -> bool {
        let before = self.withheld();
        for view in &mut self.views {
            let width = view.counts.columns.codes.len();
            for (position, withheld) in view.withheld.iter_mut().enumerate() {
                *withheld |= view.counts.cells[position] > 0;
            }
            for column in 0..width {
                view.column_withheld[column] |= view.counts.column_total(column) > 0;
            }
        }
        for form in 0..self.centre_withheld.len() {
            self.centre_withheld[form] |= self.views[0].counts.row_total(form) > 0;
        }
        self.grand_total_withheld |= self.views[0].counts.grand_total() > 0;
        self.withheld() > before
    }

    /// Withholds one more number near a count found too narrow; whether anything changed.
    fn widen(&mut self, quantity: &Located) -> bool {
        // The cheapest published cell on a line through the count: in its table, or for a
        // count by form alone in every table.
        let views: Vec<usize> = match quantity.view {
            Some(view) => vec![view],
            None => (0..self.views.len()).collect(),
        };
        let mut changed = false;
        if quantity.view.is_none() {
            let counts = self.views[0].counts.clone();
            let centre_withheld = self.centre_withheld.clone();
            let published = |row: &usize| !centre_withheld[*row] && counts.row_total(*row) > 0;
            if quantity.rows.len() == self.centre_withheld.len() {
                // The grand total is the sum of the totals by form, and in every table the sum
                // of its column totals: withholding cells never widens it. It widens when one
                // total by form is withheld, and in each table one column total.
                let smallest =
                    (0..self.centre_withheld.len()).filter(published).min_by_key(|row| counts.row_total(*row));
                if let Some(row) = smallest {
                    self.centre_withheld[row] = true;
                    changed = true;
                }
                for view in &mut self.views {
                    let counts = &view.counts;
                    let width = counts.columns.codes.len();
                    let hides_one =
                        (0..width).any(|column| view.column_withheld[column] && counts.column_total(column) > 0);
                    if hides_one {
                        continue;
                    }
                    let smallest = (0..width)
                        .filter(|column| counts.column_total(*column) > 0)
                        .min_by_key(|column| counts.column_total(*column));
                    if let Some(column) = smallest {
                        view.column_withheld[column] = true;
                        changed = true;
                    }
                }
                if changed {
                    return true;
                }
            }
            // A total by form moves only against another one: withhold the smallest other
            // total by form that is still published.
            let other = (0..self.centre_withheld.len())
                .filter(|row| !quantity.rows.contains(row) && published(row))
                .min_by_key(|row| counts.row_total(*row));
            if let Some(row) = other {
                self.centre_withheld[row] = true;
                changed = true;
            }
        }
        for view_position in views {
            let view = &self.views[view_position];
            let counts = &view.counts;
            let width = counts.columns.codes.len();
            let on_line = |row: usize, column: usize| {
                quantity.rows.contains(&row) || (quantity.view.is_some() && quantity.columns.contains(&column))
            };
            let cheapest = (0..counts.rows.codes.len())
                .flat_map(|row| (0..width).map(move |column| (row, column)))
                .filter(|(row, column)| {
                    let position = row * width + column;
                    !view.withheld[position] && counts.cells[position] > 0 && on_line(*row, *column)
                })
                .min_by_key(|(row, column)| counts.cell(*row, *column));
            if let Some((row, column)) = cheapest {
                self.views[view_position].withheld[row * width + column] = true;
                changed = true;
                continue;
            }
            // No cell left on its lines: withhold the totals of those lines.
            for column in &quantity.columns {
                if quantity.view == Some(view_position) && !self.views[view_position].column_withheld[*column] {
                    self.views[view_position].column_withheld[*column] = true;
                    changed = true;
                }
            }
            for row in &quantity.rows {
                if !self.centre_withheld[*row] {
                    self.centre_withheld[*row] = true;
                    changed = true;
                }
            }
            // A column total whose cells and itself are all withheld is still worked out from
            // the grand total and the other column totals: like a total by form, it moves
            // only against another one, so withhold the smallest other that is published.
            if !changed && quantity.view == Some(view_position) && !quantity.columns.is_empty() {
                let view = &self.views[view_position];
                let other = (0..width)
                    .filter(|column| {
                        !quantity.columns.contains(column)
                            && !view.column_withheld[*column]
                            && view.counts.column_total(*column) > 0
                    })
                    .min_by_key(|column| view.counts.column_total(*column));
                if let Some(column) = other {
                    self.views[view_position].column_withheld[column] = true;
                    changed = true;
                }
            }
        }
        if !changed && !self.grand_total_withheld {
            self.grand_total_withheld = true;
            changed = true;
        }
        changed
    }

    /// The release as the attacker's linear programme, with the counts to protect. For one
    /// table (`Some(view)`), its totals by form and its grand total are taken as known and
    /// its own counts are protected; for the whole release (`None`), every table is in the
    /// programme and the totals by form and the grand total are protected.
    fn system(&self, scope: Option<usize>) -> AuditSystem {
        let mut release = LinearRelease::default();
        let mut quantities = Vec::new();
        let in_scope = |view: usize| scope.is_none_or(|only| only == view);
        // One hidden count per cell that is not zero, in every table of the scope.
        let mut hidden: Vec<Vec<Option<usize>>> = Vec::new();
        for (position, view) in self.views.iter().enumerate() {
            let positions = view
                .counts
                .cells
                .iter()
                .map(|value| {
                    (*value > 0 && in_scope(position)).then(|| {
                        release.truth.push(*value);
                        release.truth.len() - 1
                    })
                })
                .collect();
            hidden.push(positions);
        }
        let forms = self.centre_withheld.len();
        let row_terms = |view: usize, row: usize| -> Vec<usize> {
            let width = self.views[view].counts.columns.codes.len();
            (0..width).filter_map(|column| hidden[view][row * width + column]).collect()
        };
        let centre_withheld = |row: usize| scope.is_none() && self.centre_withheld[row];
        let grand_withheld = scope.is_none() && self.grand_total_withheld;
        let first_view = scope.unwrap_or(0);
        for (view_position, view) in self.views.iter().enumerate() {
            if !in_scope(view_position) {
                continue;
            }
            let counts = &view.counts;
            let width = counts.columns.codes.len();
            let mut column_terms: Vec<Vec<usize>> = vec![Vec::new(); width];
            let all: Vec<usize> = hidden[view_position].iter().flatten().copied().collect();
            let columns_of: Vec<Vec<usize>> =
                (0..width).map(|column| counts_in_column(&hidden[view_position], width, column)).collect();
            for row in 0..forms {
                let row_total = row_terms(view_position, row);
                for column in 0..width {
                    let position = row * width + column;
                    let Some(term) = hidden[view_position][position] else { continue };
                    column_terms[column].push(term);
                    release.sums.push(Sum { terms: vec![term], withheld: view.withheld[position] });
                    if scope.is_none() {
                        continue;
                    }
                    let cell = Located { view: Some(view_position), rows: vec![row], columns: vec![column] };
                    if view.withheld[position] {
                        quantities.push(Quantity { terms: vec![term], at: cell.clone() });
                    }
                    // Small differences between the cell and the totals it is part of.
                    for container in [&row_total, &columns_of[column], &all] {
                        self.push_difference(&release, &mut quantities, container, &[term], &cell);
                    }
                }
            }
            for (column, terms) in column_terms.into_iter().enumerate() {
                if terms.is_empty() {
                    continue;
                }
                if scope.is_some() {
                    let located = Located { view: Some(view_position), rows: Vec::new(), columns: vec![column] };
                    if view.column_withheld[column] {
                        quantities.push(Quantity { terms: terms.clone(), at: located.clone() });
                    }
                    self.push_difference(&release, &mut quantities, &all, &terms, &located);
                }
                release.sums.push(Sum { terms, withheld: view.column_withheld[column] });
            }
            // The totals by form and the grand total, in every table; withheld ones are the
            // same unknown number in every table.
            for row in 0..forms {
                let terms = row_terms(view_position, row);
                if terms.is_empty() {
                    continue;
                }
                if centre_withheld(row) && view_position != first_view {
                    release.equal.push((row_terms(first_view, row), terms.clone()));
                }
                release.sums.push(Sum { terms, withheld: centre_withheld(row) });
            }
            if !all.is_empty() {
                release.sums.push(Sum { terms: all, withheld: grand_withheld });
            }
        }
        if scope.is_none() {
            let all: Vec<usize> = hidden[0].iter().flatten().copied().collect();
            for row in 0..forms {
                let terms = row_terms(0, row);
                if terms.is_empty() {
                    continue;
                }
                let located = Located { view: None, rows: vec![row], columns: Vec::new() };
                if self.centre_withheld[row] {
                    quantities.push(Quantity { terms: terms.clone(), at: located.clone() });
                }
                self.push_difference(&release, &mut quantities, &all, &terms, &located);
            }
            if self.grand_total_withheld && !all.is_empty() {
                quantities.push(Quantity {
                    terms: all,
                    at: Located { view: None, rows: (0..forms).collect(), columns: Vec::new() },
                });
            }
        }
        AuditSystem { release, quantities }
    }

    /// Adds the difference between a total and a part of it as a count to protect when it is
    /// small, whether either side is withheld or not: two published numbers with a small
    /// difference give that count away, and the audit must find it.
    fn push_difference(
        &self,
        release: &LinearRelease,
        quantities: &mut Vec<Quantity>,
        container: &[usize],
        part: &[usize],
        located: &Located,
    ) {
        let difference: Vec<usize> = container.iter().copied().filter(|term| !part.contains(term)).collect();
        let value = release.value(&difference);
        if value > 0 && value < self.threshold {
            quantities.push(Quantity { terms: difference, at: located.clone() });
        }
    }
}

fn counts_in_column(hidden: &[Option<usize>], width: usize, column: usize) -> Vec<usize> {
    hidden.iter().skip(column).step_by(width).flatten().copied().collect()
}

fn shown(value: u64, withheld: bool) -> Shown {
    if withheld { Shown::Withheld } else { Shown::Count(value) }
}

/// The sum of published numbers, withheld when any of them is.
fn sum_of(values: impl Iterator<Item = Shown>) -> Shown {
    let mut total = 0;
    for value in values {
        match value {
            Shown::Count(count) => total += count,
            Shown::Withheld => return Shown::Withheld,
        }
    }
    Shown::Count(total)
}

/// Where a protected count lies: its table (none for counts by form alone, which are in
/// every table) and the rows and columns of its lines.
#[derive(Debug, Clone)]
struct Located {
    view: Option<usize>,
    rows: Vec<usize>,
    columns: Vec<usize>,
}

/// A count to protect: the hidden counts it adds up, and where it lies.
#[derive(Debug, Clone)]
struct Quantity {
    terms: Vec<usize>,
    at: Located,
}

/// Counts found wide enough, by scope, attacker and hidden counts.
type Certified = std::collections::HashSet<(Option<usize>, u8, Vec<usize>)>;

struct AuditSystem {
    release: LinearRelease,
    quantities: Vec<Quantity>,
}
