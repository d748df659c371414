//! Attacks on what the public can read of incident statistics, by an attacker who knows the
//! method and the threshold, sees that zeros are shown, asks for any table any number of
//! times and combines every answer in one linear programme.
//!
//! Three attacks, each on random incident data with many seeds: (a) one table at a time with
//! its own totals; (b) a random sequence of 200 requests over differing rows, columns,
//! filters and years, all in one programme; (c) the averaging attack, which asks for one
//! target through as many different tables as it can (year ranges that differ by its year,
//! every value of another dimension as a filter) and adds them up. They are run against
//! tables protected one at a time, answered for any request (what vawdb served before the
//! release), where they must find counts, and against the release, where they must find none.
//!
//! A count is learnt when the values the attacker cannot rule out span fewer than `k` whole
//! numbers (`k - 1` apart), or fewer than `(k - 1) / 2 + 1` for an attacker told which
//! withheld numbers are below the threshold.

use incident_statistics::{
    audit::{Knowledge, LinearRelease, Narrow, Sum},
    cube::{IncidentCube, PivotQuery},
    dimension::{CODED_DIMENSIONS, Classification, Dimension},
    disclosure::{self, ProtectedTable, Shown},
    record::{IncidentRecord, Period},
    release::Release,
};

const THRESHOLD: u64 = 11;
const FIRST_YEAR: u16 = 2021;

/// The dimensions the random data varies in, with the most codes each takes.
const VARYING: [(Dimension, u16); 4] =
    [(Dimension::ViolenceForm, 4), (Dimension::Perpetrator, 3), (Dimension::Sex, 2), (Dimension::Year, 4)];

fn classification() -> Classification {
    Classification::new(&reference::reference_data().expect("reference data").countries)
}

/// A generator that gives the same cases on every run.
struct Seeded(u64);

impl Seeded {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound.max(1)
    }
}

/// Random incident data over a few codes of four dimensions, with many small cells.
struct Case {
    cube: IncidentCube,
    /// How many codes each varying dimension takes in this case.
    sizes: [u16; 4],
    /// Counts by every combination of the varying codes: the attacker's unknowns.
    atoms: Vec<u64>,
}

impl Case {
    fn random(classification: &Classification, seed: u64) -> Case {
        let mut random = Seeded(seed);
        let sizes = VARYING.map(|(_, most)| 2 + random.below(u64::from(most) - 1) as u16);
        let records = 15 + random.below(260) as usize;
        let atom_count: usize = sizes.iter().map(|size| usize::from(*size)).product();
        let mut atoms = vec![0u64; atom_count];
        // A skewed mix, so that some cells are large and many are small.
        let weights: Vec<u64> = (0..atom_count).map(|_| 1 + random.below(8).pow(2)).collect();
        let total_weight: u64 = weights.iter().sum();
        let mut base = [0u16; CODED_DIMENSIONS];
        for dimension in Dimension::CODED {
            let position = dimension.coded_position().unwrap();
            base[position] = match dimension {
                Dimension::RefArea => classification.place("KEN").unwrap(),
                Dimension::Source => 0,
                other => classification.codes(other).find("_U").unwrap(),
            };
        }
        let mut list = Vec::new();
        for _ in 0..records {
            let mut pick = random.below(total_weight);
            let mut atom = 0;
            while pick >= weights[atom] {
                pick -= weights[atom];
                atom += 1;
            }
            atoms[atom] += 1;
            let codes = decompose(atom, &sizes);
            let mut record_codes = base;
            let mut year = FIRST_YEAR;
            for (position, (dimension, _)) in VARYING.iter().enumerate() {
                match dimension.coded_position() {
                    Some(coded) => record_codes[coded] = codes[position],
                    None => year = FIRST_YEAR + codes[position],
                }
            }
            list.push(IncidentRecord {
                codes: record_codes,
                period: Period::year(year),
                consent: true,
                reported_elsewhere: false,
            });
        }
        let mut cube = IncidentCube::new();
        cube.add_records(1, list);
        Case { cube, sizes, atoms }
    }

    fn last_year(&self) -> u16 {
        FIRST_YEAR + self.sizes[3] - 1
    }

    /// The atoms a number of a served table adds up: those matching the fixed codes (by
    /// varying dimension, `None` for any) and the years.
    fn atoms_of(&self, fixed: [Option<u16>; 4], first_year: u16, last_year: u16) -> u128 {
        let mut mask = 0u128;
        for atom in 0..self.atoms.len() {
            let codes = decompose(atom, &self.sizes);
            let year = FIRST_YEAR + codes[3];
            if year < first_year || year > last_year {
                continue;
            }
            if fixed.iter().zip(codes).all(|(wanted, code)| wanted.is_none_or(|wanted| wanted == code)) {
                mask |= 1 << atom;
            }
        }
        mask
    }
}

fn decompose(mut atom: usize, sizes: &[u16; 4]) -> [u16; 4] {
    let mut codes = [0u16; 4];
    for position in (0..4).rev() {
        let size = usize::from(sizes[position]);
        codes[position] = (atom % size) as u16;
        atom /= size;
    }
    codes
}

fn varying_position(dimension: Dimension) -> Option<usize> {
    VARYING.iter().position(|(varying, _)| *varying == dimension)
}

/// A random request over the varying dimensions: rows, columns or none, filters on others,
/// a range of years.
fn random_request(case: &Case, random: &mut Seeded, release_years: Option<(u16, u16)>) -> PivotQuery {
    let dimensions: Vec<Dimension> = VARYING.iter().map(|(dimension, _)| *dimension).collect();
    let rows = dimensions[random.below(4) as usize];
    let columns = match random.below(5) {
        0 => None,
        _ => {
            let others: Vec<Dimension> = dimensions.iter().copied().filter(|d| *d != rows).collect();
            Some(others[random.below(others.len() as u64) as usize])
        }
    };
    let mut filters = Vec::new();
    for (position, (dimension, _)) in VARYING.iter().enumerate().take(3) {
        if *dimension != rows && Some(*dimension) != columns && random.below(4) == 0 {
            filters.push((*dimension, random.below(u64::from(case.sizes[position])) as u16));
        }
    }
    let (first_year, last_year) = match release_years {
        Some(years) if random.below(2) == 0 => years,
        _ => {
            let first = FIRST_YEAR + random.below(u64::from(case.sizes[3])) as u16;
            let last = first + random.below(u64::from(case.last_year() - first + 1)) as u16;
            (first, last)
        }
    };
    PivotQuery { rows, columns, filters, first_year, last_year }
}

/// Every number of a served table as the atoms it adds up, with whether it is withheld.
fn numbers(case: &Case, query: &PivotQuery, table: &ProtectedTable) -> Vec<(u128, Shown)> {
    let mut fixed = [None; 4];
    for (dimension, code) in &query.filters {
        fixed[varying_position(*dimension).unwrap()] = Some(*code);
    }
    let (first, last) = (query.first_year, query.last_year);
    let with = |fixed: [Option<u16>; 4], dimension: Option<Dimension>, code: u16| -> ([Option<u16>; 4], u16, u16) {
        let mut fixed = fixed;
        match dimension {
            Some(Dimension::Year) => return (fixed, code, code),
            Some(dimension) => fixed[varying_position(dimension).unwrap()] = Some(code),
            None => {}
        }
        (fixed, first, last)
    };
    let mask = |(fixed, first, last): ([Option<u16>; 4], u16, u16)| case.atoms_of(fixed, first, last);
    let mut out = Vec::new();
    let one_way = table.columns.dimension.is_none();
    for (row, row_code) in table.rows.codes.iter().enumerate() {
        let (row_fixed, row_first, row_last) = with(fixed, table.rows.dimension, *row_code);
        if !one_way {
            for (column, column_code) in table.columns.codes.iter().enumerate() {
                let (cell_fixed, first_year, last_year) = with(row_fixed, table.columns.dimension, *column_code);
                let (first_year, last_year) = (first_year.max(row_first), last_year.min(row_last));
                out.push((case.atoms_of(cell_fixed, first_year, last_year), table.cell(row, column)));
            }
        }
        out.push((mask((row_fixed, row_first, row_last)), table.row_totals[row]));
    }
    if !one_way {
        for (column, column_code) in table.columns.codes.iter().enumerate() {
            out.push((mask(with(fixed, table.columns.dimension, *column_code)), table.column_totals[column]));
        }
    }
    out.push((mask((fixed, first, last)), table.grand_total));
    out
}

/// What the attacks found over some cases.
#[derive(Debug, Default)]
struct Findings {
    cases: usize,
    numbers_read: usize,
    counts_attacked: usize,
    /// Counts learnt to a range narrower than the protection interval, by an attacker
    /// sure only that withheld numbers are at least 1.
    learnt: usize,
    /// Counts learnt exactly.
    exact: usize,
    /// Counts narrowed below half the threshold by an attacker told which withheld numbers
    /// are small.
    learnt_with_labels: usize,
    /// The most an attack narrowed a count: the protection width minus the smallest width
    /// found (0 when nothing was narrowed).
    largest_gain: f64,
    /// Ranges of 2 or less holding the truth, under the guess that every withheld number is
    /// below the threshold: reported, not a guarantee (the guess is false wherever a larger
    /// number is withheld).
    guessed_within_two: usize,
}

impl Findings {
    fn add(&mut self, other: &Findings) {
        self.cases += other.cases;
        self.numbers_read += other.numbers_read;
        self.counts_attacked += other.counts_attacked;
        self.learnt += other.learnt;
        self.exact += other.exact;
        self.learnt_with_labels += other.learnt_with_labels;
        self.largest_gain = self.largest_gain.max(other.largest_gain);
        self.guessed_within_two += other.guessed_within_two;
    }
}

/// One linear programme over everything read: which counts it narrows.
fn attack(case: &Case, read: &[(u128, Shown)]) -> Findings {
    let mut distinct: Vec<(u128, bool)> = Vec::new();
    for (mask, shown) in read {
        let withheld = *shown == Shown::Withheld;
        if let Shown::Count(count) = shown {
            let truth: u64 = (0..case.atoms.len()).filter(|a| mask & (1 << a) != 0).map(|a| case.atoms[a]).sum();
            assert_eq!(*count, truth, "a published number is the true count");
        }
        if !distinct.contains(&(*mask, withheld)) {
            distinct.push((*mask, withheld));
        }
    }
    let terms = |mask: u128| -> Vec<usize> { (0..case.atoms.len()).filter(|a| mask & (1 << a) != 0).collect() };
    let release = LinearRelease {
        truth: case.atoms.clone(),
        sums: distinct
            .iter()
            .map(|(mask, withheld)| if *withheld { Sum::withheld(terms(*mask)) } else { Sum::published(terms(*mask)) })
            .collect(),
        equal: Vec::new(),
    };
    let value = |mask: u128| release.value(&terms(mask));
    // What must stay unknown: every withheld number, and every small difference between two
    // numbers read, one inside the other.
    let mut protected: Vec<u128> = Vec::new();
    for (mask, withheld) in &distinct {
        if *withheld && value(*mask) > 0 && !protected.contains(mask) {
            protected.push(*mask);
        }
    }
    for (outer, _) in &distinct {
        for (inner, _) in &distinct {
            let difference = outer & !inner;
            if inner & outer == *inner && difference != 0 {
                let count = value(difference);
                if count > 0 && count < THRESHOLD && !protected.contains(&difference) {
                    protected.push(difference);
                }
            }
        }
    }
    let quantities: Vec<Vec<usize>> = protected.iter().map(|mask| terms(*mask)).collect();
    let width = (THRESHOLD - 1) as f64;
    let narrow = release.narrow(Knowledge::AtLeastOne, &quantities, width);
    let small: Vec<usize> = (0..protected.len()).filter(|q| value(protected[*q]) < THRESHOLD).collect();
    let small_quantities: Vec<Vec<usize>> = small.iter().map(|q| quantities[*q].clone()).collect();
    let labelled = release.narrow(Knowledge::Labels(THRESHOLD), &small_quantities, ((THRESHOLD - 1) / 2) as f64);
    let guessed = release.narrow(Knowledge::BelowThreshold(THRESHOLD), &small_quantities, 2.5);
    let gain = |found: &[Narrow], width: f64| found.iter().map(|n| width - n.width()).fold(0.0, f64::max);
    Findings {
        cases: 1,
        numbers_read: read.len(),
        counts_attacked: protected.len(),
        learnt: narrow.len(),
        exact: narrow.iter().filter(|n| n.width() < 0.5).count(),
        learnt_with_labels: labelled.len(),
        largest_gain: gain(&narrow, width).max(gain(&labelled, ((THRESHOLD - 1) / 2) as f64)),
        guessed_within_two: guessed.iter().filter(|n| n.holds_truth()).count(),
    }
}

/// Asks `requests` of `serve` and attacks the answers together.
fn attack_requests(
    case: &Case,
    requests: &[PivotQuery],
    serve: &dyn Fn(&PivotQuery) -> Option<ProtectedTable>,
) -> Findings {
    let mut read = Vec::new();
    for query in requests {
        if let Some(table) = serve(query) {
            read.extend(numbers(case, query, &table));
        }
    }
    attack(case, &read)
}

/// Attack (a): each table alone.
fn attack_tables_one_at_a_time(
    case: &Case,
    requests: &[PivotQuery],
    serve: &dyn Fn(&PivotQuery) -> Option<ProtectedTable>,
) -> Findings {
    let mut findings = Findings::default();
    for query in requests {
        if let Some(table) = serve(query) {
            findings.add(&attack(case, &numbers(case, query, &table)));
        }
    }
    findings.cases = 1;
    findings
}

/// Attack (c): one target cell asked for through every table that holds it or differs from
/// one that does by it alone.
fn averaging_requests(case: &Case, random: &mut Seeded, release_years: (u16, u16)) -> Vec<PivotQuery> {
    let form = random.below(u64::from(case.sizes[0])) as u16;
    let year = FIRST_YEAR + random.below(u64::from(case.sizes[3])) as u16;
    let mut requests = Vec::new();
    let table = |rows, columns, filters: Vec<(Dimension, u16)>, first_year, last_year| PivotQuery {
        rows,
        columns,
        filters,
        first_year,
        last_year,
    };
    for first in FIRST_YEAR..=year {
        for last in [year.saturating_sub(1), year] {
            if first <= last {
                requests.push(table(Dimension::ViolenceForm, Some(Dimension::Sex), vec![], first, last));
                requests.push(table(Dimension::Sex, None, vec![(Dimension::ViolenceForm, form)], first, last));
            }
        }
    }
    for perpetrator in 0..case.sizes[1] {
        requests.push(table(
            Dimension::ViolenceForm,
            Some(Dimension::Sex),
            vec![(Dimension::Perpetrator, perpetrator)],
            year,
            year,
        ));
        requests.push(table(
            Dimension::Sex,
            Some(Dimension::Year),
            vec![(Dimension::ViolenceForm, form), (Dimension::Perpetrator, perpetrator)],
            FIRST_YEAR,
            case.last_year(),
        ));
    }
    requests.push(table(Dimension::ViolenceForm, Some(Dimension::Sex), vec![], release_years.0, release_years.1));
    requests.push(table(Dimension::ViolenceForm, Some(Dimension::Year), vec![], release_years.0, release_years.1));
    requests.push(table(
        Dimension::ViolenceForm,
        Some(Dimension::Perpetrator),
        vec![],
        release_years.0,
        release_years.1,
    ));
    requests
}

fn release_of(case: &Case, classification: &Classification) -> Release {
    Release::build(&case.cube, classification, &|_| true, &|_| 0, THRESHOLD)
}

fn naive(case: &Case, classification: &Classification) -> impl Fn(&PivotQuery) -> Option<ProtectedTable> {
    move |query: &PivotQuery| Some(disclosure::protect(&case.cube.pivot(query, classification, &|_| true), THRESHOLD))
}

fn run(cases: u64, seed: u64, serve_release: bool) -> [Findings; 3] {
    let classification = classification();
    let mut totals = [Findings::default(), Findings::default(), Findings::default()];
    for number in 0..cases {
        let case = Case::random(&classification, seed + number);
        let release = release_of(&case, &classification);
        let years = (release.first_year, release.last_year);
        let from_release = |query: &PivotQuery| release.answer(query).ok();
        let naive = naive(&case, &classification);
        let serve: &dyn Fn(&PivotQuery) -> Option<ProtectedTable> = if serve_release { &from_release } else { &naive };
        let mut random = Seeded(seed.wrapping_mul(31) + number);
        let requests: Vec<PivotQuery> = (0..200).map(|_| random_request(&case, &mut random, Some(years))).collect();
        totals[0].add(&attack_tables_one_at_a_time(&case, &requests[..20], serve));
        totals[1].add(&attack_requests(&case, &requests, serve));
        totals[2].add(&attack_requests(&case, &averaging_requests(&case, &mut random, years), serve));
    }
    totals
}

fn report(name: &str, findings: &[Findings; 3]) {
    for (attack, found) in ["one table at a time", "200 requests together", "averaging"].iter().zip(findings) {
        println!(
            "{name}, {attack}: {} cases, {} numbers read, {} counts attacked, {} learnt ({} exactly), {} learnt by an attacker told which are small, largest gain {:.1}, {} guessed within 2",
            found.cases,
            found.numbers_read,
            found.counts_attacked,
            found.learnt,
            found.exact,
            found.learnt_with_labels,
            found.largest_gain,
            found.guessed_within_two
        );
    }
}

#[test]
fn the_attacks_learn_counts_from_tables_protected_one_at_a_time() {
    let findings = run(6, 7_000, false);
    report("tables protected one at a time", &findings);
    for (attack, found) in ["one table", "many requests", "averaging"].iter().zip(&findings) {
        assert!(found.learnt > 0, "the {attack} attack should find counts in tables protected one at a time");
        assert!(found.exact > 0, "the {attack} attack should find some counts exactly");
    }
}

#[test]
fn no_attack_learns_a_count_from_the_release() {
    // 1,050 cases in all: 350 random data sets, each attacked three ways.
    let findings = run(350, 1, true);
    report("the release", &findings);
    for (attack, found) in ["one table", "many requests", "averaging"].iter().zip(&findings) {
        assert!(found.numbers_read > 0, "the {attack} attack read nothing: the release served no table");
        assert_eq!(found.learnt, 0, "the {attack} attack learnt counts from the release: {found:?}");
        assert_eq!(found.learnt_with_labels, 0, "the {attack} attack, told which are small, learnt counts: {found:?}");
    }
}

#[test]
fn a_row_whose_withheld_cells_add_up_to_two_gives_nothing_away() {
    // As found on the site: a row "34, x, x, 36" tells that both withheld cells are 1.
    let classification = classification();
    let mut base = [0u16; CODED_DIMENSIONS];
    for dimension in Dimension::CODED {
        base[dimension.coded_position().unwrap()] = match dimension {
            Dimension::RefArea => classification.place("KEN").unwrap(),
            Dimension::Source => 0,
            other => classification.codes(other).find("_U").unwrap(),
        };
    }
    let sex = Dimension::Sex.coded_position().unwrap();
    let form = Dimension::ViolenceForm.coded_position().unwrap();
    let mut records = Vec::new();
    let mut add = |form_code: &str, sex_code: &str, count: usize| {
        let mut codes = base;
        codes[form] = classification.codes(Dimension::ViolenceForm).find(form_code).unwrap();
        codes[sex] = classification.codes(Dimension::Sex).find(sex_code).unwrap();
        records.extend(vec![
            IncidentRecord {
                codes,
                period: Period::year(2016),
                consent: true,
                reported_elsewhere: false
            };
            count
        ]);
    };
    add("DENIAL_OF_RESOURCES", "F", 34);
    add("DENIAL_OF_RESOURCES", "M", 1);
    add("DENIAL_OF_RESOURCES", "_U", 1);
    add("RAPE", "F", 120);
    add("RAPE", "M", 15);
    add("RAPE", "_U", 12);
    add("PHYSICAL_ASSAULT", "F", 80);
    add("PHYSICAL_ASSAULT", "M", 30);
    add("PHYSICAL_ASSAULT", "_U", 14);
    let mut cube = IncidentCube::new();
    cube.add_records(1, records);
    let query = PivotQuery {
        rows: Dimension::ViolenceForm,
        columns: Some(Dimension::Sex),
        filters: vec![],
        first_year: 2016,
        last_year: 2016,
    };
    let old = disclosure::protect(&cube.pivot(&query, &classification, &|_| true), THRESHOLD);
    let denial = old
        .rows
        .codes
        .iter()
        .position(|code| classification.codes(Dimension::ViolenceForm).get(*code).id == "DENIAL_OF_RESOURCES")
        .unwrap();
    assert_eq!(
        (old.cell(denial, 0), old.cell(denial, 1), old.cell(denial, 2), old.row_totals[denial]),
        (Shown::Count(34), Shown::Withheld, Shown::Withheld, Shown::Count(36)),
        "a table protected on its own shows the row that gives its cells away"
    );
    let release = Release::build(&cube, &classification, &|_| true, &|_| 0, THRESHOLD);
    let table = release.answer(&release.query(Dimension::ViolenceForm, Some(Dimension::Sex), vec![])).unwrap();
    let row = table
        .rows
        .codes
        .iter()
        .position(|code| classification.codes(Dimension::ViolenceForm).get(*code).id == "DENIAL_OF_RESOURCES")
        .unwrap();
    let shown: Vec<Shown> = (0..3).map(|column| table.cell(row, column)).chain([table.row_totals[row]]).collect();
    let withheld = shown.iter().filter(|shown| **shown == Shown::Withheld).count();
    assert!(withheld >= 3, "the release withholds more of the row: {shown:?}");
}

#[test]
fn tables_that_differ_by_one_year_are_not_both_served() {
    let classification = classification();
    // The first random data set large enough for the release to publish tables.
    let (case, release) = (99..200)
        .map(|seed| {
            let case = Case::random(&classification, seed);
            let release = release_of(&case, &classification);
            (case, release)
        })
        .find(|(_, release)| release.answer(&release.query(Dimension::ViolenceForm, None, vec![])).is_ok())
        .expect("some data set is large enough to publish");
    let query = |first_year, last_year| PivotQuery {
        rows: Dimension::ViolenceForm,
        columns: Some(Dimension::Sex),
        filters: vec![],
        first_year,
        last_year,
    };
    let whole = release.answer(&query(release.first_year, release.last_year));
    let one_less = release.answer(&query(release.first_year, release.last_year - 1));
    assert!(whole.is_ok(), "the release's own years are served");
    assert!(one_less.is_err(), "a range one year shorter is refused, so nothing can be subtracted");
    let naive = naive(&case, &classification);
    let totals = (
        naive(&query(release.first_year, release.last_year)).unwrap().grand_total,
        naive(&query(release.first_year, release.last_year - 1)).unwrap().grand_total,
    );
    assert!(
        matches!(totals, (Shown::Count(_), Shown::Count(_))),
        "tables protected one at a time give the last year away by subtraction: {totals:?}"
    );
}

#[test]
fn a_realistic_data_set_is_published_with_most_of_its_numbers() {
    // 20,000 generated records over eleven years, as `vawdb statistics generate` makes them.
    // Their release used to withhold every number after 81 rounds of audit: a withheld grand
    // total was widened by withholding cells, which never widens it, one cell a table a round.
    let classification = classification();
    let mut cube = incident_statistics::cube::IncidentCube::new();
    cube.add_records(
        1,
        incident_statistics::generator::IncidentGenerator::new(2026, &classification, 2025).take(20_000),
    );
    let release = Release::build(&cube, &classification, &|_| true, &|_| 0, THRESHOLD);
    let table = release
        .answer(&release.query(Dimension::ViolenceForm, Some(Dimension::Sex), vec![]))
        .expect("a data set of 20,000 incidents is large enough to publish");
    assert!(table.grand_total.count().is_some_and(|total| total > 15_000), "{:?}", table.grand_total);
    // Every number the release has that is not zero, shown or withheld: the cells and column
    // totals of each of its tables, the totals by form and the grand total.
    let not_zero = |shown: &Shown| !matches!(shown, Shown::Count(0));
    let every_number: usize = Dimension::ALL
        .into_iter()
        .filter(|dimension| *dimension != Dimension::ViolenceForm)
        .map(|other| {
            let table = release.answer(&release.query(Dimension::ViolenceForm, Some(other), vec![])).unwrap();
            table.cells.iter().filter(|shown| not_zero(shown)).count()
                + table.column_totals.iter().filter(|shown| not_zero(shown)).count()
        })
        .sum::<usize>()
        + table.row_totals.iter().filter(|shown| not_zero(shown)).count()
        + 1;
    assert!(
        release.withheld() * 2 < every_number,
        "{} of about {every_number} numbers are withheld: the release should keep most of them",
        release.withheld()
    );
    assert!(release.audit_rounds < 40, "{} rounds of audit", release.audit_rounds);
}
