//! How fast vawdb's incident cube answers a pivot, disclosure control included, over
//! 5,000,000 generated incident records, compared with DuckDB and PostgreSQL answering the same
//! GROUP BY over the same records. Targets: a p50 within 300 ms; a p50 at most twice DuckDB's;
//! PostgreSQL's p50 at least 3 times vawdb's.
//!
//! Run with `cargo bench -p incident_statistics --bench pivot`. `VAWDB_BENCH_RECORDS` sets the
//! number of records (5,000,000 by default; 500,000 for a quick run), `VAWDB_BENCH_ROUNDS` the
//! timed runs of the pivot in each engine (20, after 2 warm-up runs), `VAWDB_BENCH_POSTGRES`
//! the PostgreSQL server (`postgres://postgres@127.0.0.1:5432/test`), on which a scratch
//! database is made and dropped.
//!
//! The pivot is one a researcher asks often: forms of violence by perpetrator, for women in
//! domestic work, 2018 to 2025, over the datasets the reader may see (all but every tenth,
//! standing for datasets not yet published). The records come from `IncidentGenerator` and are
//! added to the cube in datasets of 50,000, as providers upload them. DuckDB (the PyPI package,
//! run by `pivot/duckdb_pivot.py`, installed in a virtual environment under
//! `target/bench-venv` when the system's Python lacks it) and PostgreSQL load the same records
//! from one integer-coded CSV file.

use std::{
    collections::BTreeMap,
    fs::File,
    hint::black_box,
    io::{BufWriter, Read, Write},
    path::{Path, PathBuf},
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use incident_statistics::{
    cube::{CountTable, IncidentCube, PivotQuery},
    dimension::{Classification, Dimension},
    disclosure::{self, DEFAULT_THRESHOLD},
    generator::IncidentGenerator,
    record::IncidentRecord,
    release::Release,
};
use sqlx::{Connection, Executor, PgConnection};

/// The generator's seed and last year, so that every run counts the same records.
const SEED: u64 = 2026;
const LAST_YEAR: u16 = 2025;
/// Records per dataset, as one provider's upload.
const DATASET_SIZE: usize = 50_000;
/// Untimed runs before the timed ones, in every engine.
const WARM_UP: usize = 2;

/// The p50 vawdb must stay within, in milliseconds.
const P50_TARGET_MS: f64 = 300.0;
/// vawdb's p50 may be at most this many times DuckDB's.
const DUCKDB_TARGET: f64 = 2.0;
/// PostgreSQL's p50 must be at least this many times vawdb's.
const POSTGRES_TARGET: f64 = 3.0;

/// Whether a reader sees a dataset: every tenth stands for one not yet published.
fn visible(dataset: i64) -> bool {
    dataset % 10 != 0
}

fn setting(name: &str, default: usize) -> usize {
    match std::env::var(name) {
        Ok(value) => value.trim().replace('_', "").parse().ok().filter(|n| *n > 0).unwrap_or_else(|| {
            panic!("{name} must be a positive whole number, not '{value}'");
        }),
        Err(_) => default,
    }
}

fn seconds(duration: Duration) -> String {
    format!("{:.1} s", duration.as_secs_f64())
}

fn milliseconds(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// A number with thousands separators, as the UN writes them.
fn grouped(number: usize) -> String {
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

/// The machine's load average over the last minute, where the system tells it: other work on
/// the machine (a build) slows every engine down, and the figures should say so.
fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|text| text.split_whitespace().next().map(str::to_owned))
        .map(|load| format!(" (load average over the last minute {load})"))
        .unwrap_or_default()
}

/// The dataset of the record at `index`: datasets are numbered from 1 in upload order.
fn dataset_of(index: usize) -> i64 {
    i64::try_from(index / DATASET_SIZE + 1).expect("fewer datasets than i64 can number")
}

/// The pivot as every engine is asked it.
struct Pivot {
    query: PivotQuery,
    sex: u16,
    occupation: u16,
    /// The datasets the reader sees, for the SQL engines.
    visible: Vec<i64>,
    /// The number of datasets, seen or not.
    datasets: usize,
}

/// The GROUP BY both SQL engines run, with the same parameters: the visible datasets (as an
/// array of integers), the sex, the occupation, the first and the last year. The datasets are
/// joined as a table made of the bound array, so they are chosen at query time like the cube's
/// visibility closure. Of the equivalent forms tried, this was the fastest in DuckDB (against
/// an IN list of constants, `list_contains`, `= ANY` and a semi-join) and as fast as any in
/// PostgreSQL, where `unnest` must stand in the FROM clause: in a subquery's SELECT list it
/// keeps the plan from running in parallel.
fn statement(pivot: &Pivot) -> String {
    let rows = pivot.query.rows.column();
    let columns = pivot.query.columns.expect("the pivot has columns").column();
    format!(
        "SELECT {rows}, {columns}, count(*) FROM incident \
         JOIN unnest($1::integer[]) AS visible(dataset) USING (dataset) \
         WHERE sex = $2 AND occupation = $3 AND year BETWEEN $4 AND $5 GROUP BY {rows}, {columns}"
    )
}

/// Counts by row code and column code, zeros left out.
type Cells = BTreeMap<(u16, u16), u64>;

fn table_cells(table: &CountTable) -> Cells {
    let mut cells = Cells::new();
    for (row, row_code) in table.rows.codes.iter().enumerate() {
        for (column, column_code) in table.columns.codes.iter().enumerate() {
            let count = table.cell(row, column);
            if count > 0 {
                cells.insert((*row_code, *column_code), count);
            }
        }
    }
    cells
}

/// What an engine answered and how long each timed run took.
struct Run {
    cells: Cells,
    times_ms: Vec<f64>,
}

/// The median and the slowest of a set of timed runs.
#[derive(Clone, Copy)]
struct Figures {
    p50_ms: f64,
    max_ms: f64,
}

impl Figures {
    fn of(times_ms: &[f64]) -> Figures {
        let mut sorted = times_ms.to_vec();
        sorted.sort_by(f64::total_cmp);
        let rank = sorted.len().div_ceil(2).max(1);
        Figures { p50_ms: sorted[rank - 1], max_ms: sorted.last().copied().unwrap_or(0.0) }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let records_wanted = setting("VAWDB_BENCH_RECORDS", 5_000_000);
    let rounds = setting("VAWDB_BENCH_ROUNDS", 20);
    let postgres_url =
        std::env::var("VAWDB_BENCH_POSTGRES").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
    let directory = tempfile::tempdir().expect("a temporary directory");

    let data = reference::reference_data().expect("the shipped reference data reads");
    let classification = Classification::new(&data.countries);
    let start = Instant::now();
    let records: Vec<IncidentRecord> =
        IncidentGenerator::new(SEED, &classification, LAST_YEAR).take(records_wanted).collect();
    let counting = records.iter().filter(|record| record.counts()).count();
    let datasets = records.len().div_ceil(DATASET_SIZE);
    println!(
        "records: {} generated in {} (seed {SEED}, years 2015 to {LAST_YEAR}); {} count (consent given, not \
         reported elsewhere), in {} datasets of {}",
        grouped(records.len()),
        seconds(start.elapsed()),
        grouped(counting),
        grouped(datasets),
        grouped(DATASET_SIZE)
    );

    let start = Instant::now();
    let mut cube = IncidentCube::new();
    for (index, dataset) in records.chunks(DATASET_SIZE).enumerate() {
        cube.add_records(dataset_of(index * DATASET_SIZE), dataset.iter().copied());
    }
    println!(
        "vawdb: cube built by IncidentCube::add_records in {}, {} records in its columns",
        seconds(start.elapsed()),
        grouped(cube.len())
    );

    let codes = |dimension: Dimension, code: &str| {
        classification.codes(dimension).find(code).unwrap_or_else(|| panic!("{code} is a code of {dimension:?}"))
    };
    let (sex, occupation) = (codes(Dimension::Sex, "F"), codes(Dimension::Occupation, "DOMESTIC_WORK"));
    let pivot = Pivot {
        query: PivotQuery {
            rows: Dimension::ViolenceForm,
            columns: Some(Dimension::Perpetrator),
            filters: vec![(Dimension::Sex, sex), (Dimension::Occupation, occupation)],
            first_year: 2018,
            last_year: 2025,
        },
        sex,
        occupation,
        visible: (0..datasets).map(|index| dataset_of(index * DATASET_SIZE)).filter(|d| visible(*d)).collect(),
        datasets,
    };

    let (vawdb, pivot_alone, table) = time_vawdb(&cube, &pivot, &classification, rounds);

    // The public release of the visible datasets: built and audited once per publication,
    // then each public table is read from it.
    let start = Instant::now();
    let release = Release::build(
        &cube,
        &classification,
        &|dataset| pivot.visible.binary_search(&dataset).is_ok(),
        &|_| 0,
        DEFAULT_THRESHOLD,
    );
    let release_built = start.elapsed();
    println!(
        "vawdb: the public release (forms of violence by each of 11 dimensions, {}-{}) built and audited in {} ({} rounds of audit, {} numbers withheld)",
        release.first_year,
        release.last_year,
        seconds(release_built),
        release.audit_rounds,
        release.withheld()
    );
    let public_query = release.query(Dimension::ViolenceForm, Some(Dimension::Perpetrator), vec![]);
    let mut public_times = Vec::new();
    for run in 0..WARM_UP + rounds {
        let start = Instant::now();
        black_box(release.answer(&public_query).expect("forms by perpetrator are published"));
        if run >= WARM_UP {
            public_times.push(milliseconds(start.elapsed()));
        }
    }
    let public = Figures::of(&public_times);

    // Protection's own cost where it has work to do: a sparse table of nationality by State
    // for one rare form of violence in one year, full of small counts.
    let sparse_query = PivotQuery {
        rows: Dimension::Nationality,
        columns: Some(Dimension::RefArea),
        filters: vec![(Dimension::ViolenceForm, codes(Dimension::ViolenceForm, "FEMICIDE"))],
        first_year: 2024,
        last_year: 2024,
    };
    let sparse = cube.pivot(&sparse_query, &classification, &|_| true);
    let start = Instant::now();
    let protected = black_box(disclosure::protect(&sparse, DEFAULT_THRESHOLD));
    println!(
        "vawdb: protecting a sparse {} x {} table (nationality by State, femicide, 2024; {} incidents): {} cells \
         withheld as small counts, {} more so that they cannot be worked out, in {:.2} ms",
        sparse.rows.codes.len(),
        sparse.columns.codes.len(),
        grouped(usize::try_from(sparse.grand_total()).unwrap_or(usize::MAX)),
        protected.primary,
        protected.secondary,
        milliseconds(start.elapsed())
    );
    drop(cube);

    let csv = directory.path().join("incidents.csv");
    let start = Instant::now();
    let bytes = write_csv(&csv, &records);
    println!(
        "CSV: {} records written as integer codes, with their dataset, consent and reported-elsewhere flags, in {} \
         ({:.0} MB)",
        grouped(records.len()),
        seconds(start.elapsed()),
        bytes as f64 / 1e6
    );
    drop(records);

    let (duckdb, duckdb_version) = time_duckdb(&csv, &pivot, rounds);
    let (postgres, postgres_version) = time_postgres(&postgres_url, &csv, &pivot, rounds).await;

    println!();
    check_agreement(&table, &pivot, &[("DuckDB", &duckdb), ("PostgreSQL", &postgres)]);
    report(
        &pivot,
        rounds,
        &[
            ("vawdb: pivot + protect".to_owned(), vawdb),
            ("vawdb: pivot alone".to_owned(), pivot_alone),
            (format!("DuckDB {duckdb_version}: query alone"), Figures::of(&duckdb.times_ms)),
            (format!("PostgreSQL {postgres_version}: query alone"), Figures::of(&postgres.times_ms)),
            ("vawdb: public table from the release".to_owned(), public),
        ],
    );
    println!(
        "  vawdb public table (forms by perpetrator, read from the built release) <= {DUCKDB_TARGET} x DuckDB's p50: \
         {:.3} ms vs {:.2} ms: {}; the release itself is built once per publication, in {} ({:.1}x one DuckDB query)",
        public.p50_ms,
        Figures::of(&duckdb.times_ms).p50_ms,
        if public.p50_ms <= DUCKDB_TARGET * Figures::of(&duckdb.times_ms).p50_ms { "met" } else { "MISSED" },
        seconds(release_built),
        milliseconds(release_built) / Figures::of(&duckdb.times_ms).p50_ms
    );
}

/// Times the pivot and its protection together, and the pivot alone, over the same runs.
/// Returns both figures and the unprotected table of the last run.
fn time_vawdb(
    cube: &IncidentCube,
    pivot: &Pivot,
    classification: &Classification,
    rounds: usize,
) -> (Figures, Figures, CountTable) {
    let visible = |dataset: i64| visible(dataset);
    for _ in 0..WARM_UP {
        let table = cube.pivot(&pivot.query, classification, &visible);
        black_box(disclosure::protect(&table, DEFAULT_THRESHOLD));
    }
    let mut both = Vec::with_capacity(rounds);
    let mut alone = Vec::with_capacity(rounds);
    let mut last = None;
    for _ in 0..rounds {
        let start = Instant::now();
        let table = cube.pivot(&pivot.query, classification, &visible);
        let pivoted = start.elapsed();
        let protected = disclosure::protect(&table, DEFAULT_THRESHOLD);
        let total = start.elapsed();
        black_box(&protected);
        both.push(milliseconds(total));
        alone.push(milliseconds(pivoted));
        last = Some((table, protected));
    }
    let (table, protected) = last.expect("at least one timed run");
    println!(
        "vawdb: {rounds} timed pivots with protection (threshold {DEFAULT_THRESHOLD}: {} cells withheld as small \
         counts, {} more so that they cannot be worked out){}",
        protected.primary,
        protected.secondary,
        load()
    );
    (Figures::of(&both), Figures::of(&alone), table)
}

/// Writes every record, counting or not, one line each in upload order: the dataset, the code
/// positions, the year and the two flags as 1 or 0.
fn write_csv(path: &Path, records: &[IncidentRecord]) -> u64 {
    let file = File::create(path).expect("the CSV file can be created");
    let mut out = BufWriter::with_capacity(1 << 20, file);
    let mut header = vec!["dataset"];
    header.extend(Dimension::CODED.iter().map(|dimension| dimension.column()));
    header.extend(["year", "consent", "reported_elsewhere"]);
    writeln!(out, "{}", header.join(",")).expect("the CSV file is written");
    let mut line = String::with_capacity(80);
    for (index, record) in records.iter().enumerate() {
        use std::fmt::Write as _;
        line.clear();
        write!(line, "{}", dataset_of(index)).expect("writing to a string cannot fail");
        for code in record.codes {
            write!(line, ",{code}").expect("writing to a string cannot fail");
        }
        writeln!(line, ",{},{},{}", record.period.year, u8::from(record.consent), u8::from(record.reported_elsewhere))
            .expect("writing to a string cannot fail");
        out.write_all(line.as_bytes()).expect("the CSV file is written");
    }
    out.flush().expect("the CSV file is written");
    std::fs::metadata(path).map(|metadata| metadata.len()).unwrap_or(0)
}

/// The workspace's target folder, where the virtual environment for DuckDB is kept.
fn target_directory() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"))
}

/// A Python that can import duckdb: the system's, or one of a virtual environment made for it.
fn python_with_duckdb() -> PathBuf {
    let imports_duckdb = |python: &Path| {
        Command::new(python)
            .args(["-c", "import duckdb"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success())
    };
    let system = PathBuf::from("python3");
    if imports_duckdb(&system) {
        return system;
    }
    let venv = target_directory().join("bench-venv");
    let python = venv.join("bin/python");
    if imports_duckdb(&python) {
        return python;
    }
    println!("DuckDB: the system's Python lacks it; installing the duckdb package into {}", venv.display());
    let run = |command: &mut Command, what: &str| {
        let status = command.status().unwrap_or_else(|error| panic!("{what} cannot start: {error}"));
        assert!(status.success(), "{what} failed ({status}): the comparison with DuckDB cannot run");
    };
    run(Command::new("python3").arg("-m").arg("venv").arg(&venv), "python3 -m venv");
    run(Command::new(&python).args(["-m", "pip", "install", "--quiet", "duckdb"]), "pip install duckdb");
    python
}

/// Loads the CSV into DuckDB and times the pivot's GROUP BY there, in a Python process of its
/// own. Returns the run and DuckDB's version.
fn time_duckdb(csv: &Path, pivot: &Pivot, rounds: usize) -> (Run, String) {
    let python = python_with_duckdb();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/pivot/duckdb_pivot.py");
    let settings = serde_json::json!({
        "csv": csv,
        "code_columns": Dimension::CODED.iter().map(|dimension| dimension.column()).collect::<Vec<_>>(),
        "statement": statement(pivot),
        "sex": pivot.sex,
        "occupation": pivot.occupation,
        "first_year": pivot.query.first_year,
        "last_year": pivot.query.last_year,
        "visible": pivot.visible,
        "warm_up": WARM_UP,
        "rounds": rounds,
    });
    let mut child = Command::new(&python)
        .arg(&script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|error| panic!("{} cannot start: {error}", python.display()));
    child
        .stdin
        .take()
        .expect("the child's standard input is piped")
        .write_all(settings.to_string().as_bytes())
        .expect("the settings reach DuckDB's script");
    let output = child.wait_with_output().expect("DuckDB's script runs");
    assert!(output.status.success(), "DuckDB's script failed ({}); see its error above", output.status);
    let answer: serde_json::Value = serde_json::from_slice(&output.stdout).expect("DuckDB's script answers in JSON");
    let number = |value: &serde_json::Value| value.as_u64().expect("a whole number in DuckDB's answer");
    let cells = answer["rows"]
        .as_array()
        .expect("DuckDB's answer has rows")
        .iter()
        .map(|row| {
            let code = |position: usize| u16::try_from(number(&row[position])).expect("a code fits in u16");
            ((code(0), code(1)), number(&row[2]))
        })
        .filter(|(_, count)| *count > 0)
        .collect();
    let times_ms: Vec<f64> = answer["times_ms"]
        .as_array()
        .expect("DuckDB's answer has times")
        .iter()
        .map(|time| time.as_f64().expect("a time in milliseconds"))
        .collect();
    println!(
        "DuckDB: {} counting records loaded from the CSV into an in-memory table in {:.1} s ({} threads); \
         {rounds} timed queries{}",
        grouped(usize::try_from(number(&answer["loaded"])).unwrap_or(0)),
        answer["load_seconds"].as_f64().unwrap_or(0.0),
        answer["threads"],
        load()
    );
    let version = answer["version"].as_str().unwrap_or("").to_owned();
    (Run { cells, times_ms }, version)
}

/// Makes a scratch database on the PostgreSQL server at `server_url`, loads the CSV into it,
/// times the pivot's GROUP BY, and drops the database. Returns the run and the server's
/// version.
async fn time_postgres(server_url: &str, csv: &Path, pivot: &Pivot, rounds: usize) -> (Run, String) {
    let mut server = PgConnection::connect(server_url).await.unwrap_or_else(|error| {
        panic!(
            "POSTGRESQL IS NOT REACHABLE at {server_url} ({error}): the comparison with PostgreSQL cannot run. Start \
             PostgreSQL (`cargo xtask test` installs and starts one) or point VAWDB_BENCH_POSTGRES at a server."
        )
    });
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    // Digits only, so the name can be written into the statement: PostgreSQL takes no database
    // name as a bound parameter.
    let name = format!("vawdb_pivot_bench_{}_{nanos}", std::process::id());
    server.execute(format!("CREATE DATABASE {name}").as_str()).await.expect("a scratch database can be created");
    let base = match server_url.rfind('/') {
        Some(slash) if slash > "postgres://".len() => &server_url[..slash],
        _ => server_url,
    };
    let outcome = load_and_time_postgres(&format!("{base}/{name}"), csv, pivot, rounds).await;
    server
        .execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
        .await
        .expect("the scratch database can be dropped");
    server.close().await.ok();
    outcome.unwrap_or_else(|error| panic!("PostgreSQL: {error}"))
}

async fn load_and_time_postgres(url: &str, csv: &Path, pivot: &Pivot, rounds: usize) -> Result<(Run, String), String> {
    let error = |what: &'static str| move |error: sqlx::Error| format!("{what}: {error}");
    let mut connection = PgConnection::connect(url).await.map_err(error("connecting to the scratch database"))?;
    let version: String = sqlx::query_scalar("SHOW server_version")
        .fetch_one(&mut connection)
        .await
        .map_err(error("reading the version"))?;
    let version = version.split_whitespace().next().unwrap_or("").to_owned();
    let codes: Vec<String> =
        Dimension::CODED.iter().map(|dimension| format!("{} smallint NOT NULL", dimension.column())).collect();
    let kept: Vec<&str> = std::iter::once("dataset")
        .chain(Dimension::CODED.iter().map(|dimension| dimension.column()))
        .chain(["year"])
        .collect();
    let start = Instant::now();
    connection
        .execute(
            format!(
                "CREATE UNLOGGED TABLE incident_upload (dataset integer NOT NULL, {}, year smallint NOT NULL, \
                 consent smallint NOT NULL, reported_elsewhere smallint NOT NULL)",
                codes.join(", ")
            )
            .as_str(),
        )
        .await
        .map_err(error("creating the upload table"))?;
    let mut copy = connection
        .copy_in_raw("COPY incident_upload FROM STDIN (FORMAT csv, HEADER true)")
        .await
        .map_err(error("starting COPY"))?;
    let mut file = File::open(csv).map_err(|error| format!("opening the CSV: {error}"))?;
    let mut buffer = vec![0u8; 1 << 22];
    loop {
        let read = file.read(&mut buffer).map_err(|error| format!("reading the CSV: {error}"))?;
        if read == 0 {
            break;
        }
        copy.send(&buffer[..read]).await.map_err(error("sending the CSV"))?;
    }
    let copied = copy.finish().await.map_err(error("finishing COPY"))?;
    // Like the cube, which keeps records without consent or already reported elsewhere out of
    // its columns when a dataset is added, the load keeps them out of the table.
    for sql in [
        format!(
            "CREATE TABLE incident AS SELECT {} FROM incident_upload WHERE consent = 1 AND reported_elsewhere = 0",
            kept.join(", ")
        ),
        "DROP TABLE incident_upload".to_owned(),
        "VACUUM ANALYZE incident".to_owned(),
    ] {
        connection.execute(sql.as_str()).await.map_err(error("loading the incident table"))?;
    }
    let loaded: i64 = sqlx::query_scalar("SELECT count(*) FROM incident")
        .fetch_one(&mut connection)
        .await
        .map_err(error("counting the incident table"))?;
    let load_time = start.elapsed();
    let size: String = sqlx::query_scalar("SELECT pg_size_pretty(pg_table_size('incident'))")
        .fetch_one(&mut connection)
        .await
        .map_err(error("reading the table's size"))?;
    // sqlx prepares the statement once; after five runs PostgreSQL would switch to a generic
    // plan, which cannot see how many rows the bound filters keep, and so sorts the rows into
    // groups (spilling to disk) instead of hashing them, taking half as long again. Planning
    // every run with its parameters is what a tuned deployment would do for this query.
    connection.execute("SET plan_cache_mode = force_custom_plan").await.map_err(error("choosing custom plans"))?;
    let setting = |name: &'static str| format!("SELECT current_setting('{name}')");
    let mut settings = Vec::new();
    for name in ["max_parallel_workers_per_gather", "jit", "shared_buffers", "work_mem", "plan_cache_mode"] {
        let value: String = sqlx::query_scalar(setting(name).as_str())
            .fetch_one(&mut connection)
            .await
            .map_err(error("reading a setting"))?;
        settings.push(format!("{name} = {value}"));
    }
    println!(
        "PostgreSQL {version}: {} records copied in, {} counting ones kept in a table of {size}, vacuumed and analysed \
         in {} ({}; no index: the filters keep too many rows for one to help)",
        grouped(usize::try_from(copied).unwrap_or(0)),
        grouped(usize::try_from(loaded).unwrap_or(0)),
        seconds(load_time),
        settings.join(", ")
    );

    let statement = statement(pivot);
    let visible: Vec<i32> =
        pivot.visible.iter().map(|dataset| i32::try_from(*dataset).expect("a dataset fits in integer")).collect();
    let small = |value: u16| i16::try_from(value).expect("a code or year fits in smallint");
    let mut last = Vec::new();
    let mut times_ms = Vec::with_capacity(rounds);
    for round in 0..WARM_UP + rounds {
        let start = Instant::now();
        last = sqlx::query_as::<_, (i16, i16, i64)>(&statement)
            .bind(&visible)
            .bind(small(pivot.sex))
            .bind(small(pivot.occupation))
            .bind(small(pivot.query.first_year))
            .bind(small(pivot.query.last_year))
            .fetch_all(&mut connection)
            .await
            .map_err(error("running the pivot"))?;
        if round >= WARM_UP {
            times_ms.push(milliseconds(start.elapsed()));
        }
    }
    println!("PostgreSQL: {rounds} timed queries{}", load());
    connection.close().await.ok();
    let code = |value: i16| u16::try_from(value).expect("codes are not negative");
    let cells = last
        .into_iter()
        .filter(|(_, _, count)| *count > 0)
        .map(|(row, column, count)| ((code(row), code(column)), u64::try_from(count).unwrap_or(0)))
        .collect();
    Ok((Run { cells, times_ms }, version))
}

/// Compares the unprotected table's cells with each engine's rows, and stops the benchmark if
/// any differ: times of different answers mean nothing.
fn check_agreement(table: &CountTable, pivot: &Pivot, engines: &[(&str, &Run)]) {
    let ours = table_cells(table);
    let mut disagree = false;
    for (name, run) in engines {
        let differences: Vec<String> = ours
            .keys()
            .chain(run.cells.keys())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .filter(|key| ours.get(*key) != run.cells.get(*key))
            .map(|key| {
                format!("(row {}, column {}): vawdb {:?}, {name} {:?}", key.0, key.1, ours.get(key), run.cells.get(key))
            })
            .collect();
        if !differences.is_empty() {
            disagree = true;
            println!(
                "DISAGREE {name}: {} of the cells differ{}",
                differences.len(),
                differences.iter().take(10).map(|d| format!("\n    {d}")).collect::<String>()
            );
        }
    }
    assert!(!disagree, "the engines disagree on the pivot's counts; see DISAGREE above");
    println!(
        "agreement: vawdb, DuckDB and PostgreSQL count the same in all {} cells of the {} x {} table ({} non-zero; {} \
         incidents in all, from {} of {} datasets)",
        table.cells.len(),
        table.rows.codes.len(),
        table.columns.codes.len(),
        ours.len(),
        grouped(usize::try_from(table.grand_total()).unwrap_or(usize::MAX)),
        table.datasets_used.len(),
        pivot.datasets
    );
}

fn report(pivot: &Pivot, rounds: usize, engines: &[(String, Figures)]) {
    let query = &pivot.query;
    println!();
    println!(
        "pivot: {} by {}, sex F and occupation DOMESTIC_WORK, {} to {}, over the {} visible datasets; \
         {rounds} timed runs in each engine after {WARM_UP} warm-up runs",
        query.rows.label().to_lowercase(),
        query.columns.map_or("nothing", Dimension::label).to_lowercase(),
        query.first_year,
        query.last_year,
        pivot.visible.len()
    );
    println!(
        "  DuckDB and PostgreSQL have no disclosure control: their times are of the GROUP BY alone, and vawdb's first \
         line includes disclosure::protect. All three count only records with consent and not reported elsewhere, \
         kept out when loading (as the cube keeps them out of its columns), and choose the visible datasets at query \
         time."
    );
    println!("  {:<34} {:>9} {:>9} {:>16}", "engine", "p50 ms", "max ms", "p50 / vawdb's");
    let ours = engines[0].1;
    for (name, figures) in engines {
        println!(
            "  {name:<34} {:>9.2} {:>9.2} {:>15.2}x",
            figures.p50_ms,
            figures.max_ms,
            figures.p50_ms / ours.p50_ms
        );
    }
    let duckdb = engines[2].1;
    let postgres = engines[3].1;
    let verdict = |met: bool| if met { "met" } else { "MISSED" };
    println!();
    println!("targets");
    println!(
        "  vawdb p50 (pivot + protect) <= {P50_TARGET_MS} ms: {:.2} ms: {}",
        ours.p50_ms,
        verdict(ours.p50_ms <= P50_TARGET_MS)
    );
    println!(
        "  vawdb p50 <= {DUCKDB_TARGET} x DuckDB's p50: {:.2} ms vs {:.2} ms, vawdb takes {:.2}x DuckDB's time: {}",
        ours.p50_ms,
        duckdb.p50_ms,
        ours.p50_ms / duckdb.p50_ms,
        verdict(ours.p50_ms <= DUCKDB_TARGET * duckdb.p50_ms)
    );
    println!(
        "  PostgreSQL p50 >= {POSTGRES_TARGET} x vawdb's p50: {:.2} ms vs {:.2} ms, PostgreSQL takes {:.1}x vawdb's \
         time: {}",
        postgres.p50_ms,
        ours.p50_ms,
        postgres.p50_ms / ours.p50_ms,
        verdict(postgres.p50_ms >= POSTGRES_TARGET * ours.p50_ms)
    );
}
