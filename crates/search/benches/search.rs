//! How fast vawdb's search answers a realistic mix of queries, every facet counted, over
//! 100,000 published measures, compared with SQLite FTS5 and PostgreSQL full-text search
//! answering the same mix over the same measures. Targets: p99 within 10 ms with facet counts;
//! at least 10 times PostgreSQL's and 3 times SQLite FTS5's throughput on the mix.
//!
//! Run with `cargo bench -p search --bench search`. `VAWDB_BENCH_MEASURES` sets the number of
//! synthetic measures (100,000 by default; 10,000 for a quick run), `VAWDB_BENCH_ROUNDS` the
//! timed runs of the mix (5), `VAWDB_BENCH_POSTGRES` the PostgreSQL server
//! (`postgres://postgres@127.0.0.1:5432/test`), on which a scratch database is made and
//! dropped.
//!
//! The measures are loaded the way a user's are: as exchange documents through
//! `Store::import`, into an SQLite store, from which `SearchIndex::open` builds the index.

#[path = "search/corpus.rs"]
mod corpus;
#[path = "search/queries.rs"]
mod queries;
#[path = "search/sql.rs"]
mod sql;
#[path = "search/words.rs"]
mod words;

use std::{
    collections::BTreeMap,
    hint::black_box,
    time::{Duration, Instant},
};

use domain::{
    exchange::{self, ImportDefaults, ValidDocument},
    language::Language,
    measure::{Measure, MeasureState},
};
use search::{SearchIndex, SearchResults};
use store::{Author, ImportMode, Location, Store};

use crate::{
    corpus::{Choices, Lexicon},
    queries::{BenchQuery, Kind, QUERIES_PER_KIND},
    sql::{Engine, Tables},
};

/// Measures per exchange document imported.
const CHUNK: usize = 5000;

/// The p99 latency vawdb must stay within, in milliseconds.
const P99_TARGET_MS: f64 = 10.0;
/// How many times the SQL engines' throughput on the mix vawdb must reach.
const POSTGRES_TARGET: f64 = 10.0;
const FTS5_TARGET: f64 = 3.0;

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

#[tokio::main]
async fn main() {
    let measures_wanted = setting("VAWDB_BENCH_MEASURES", 100_000);
    let rounds = setting("VAWDB_BENCH_ROUNDS", 5);
    let postgres_url =
        std::env::var("VAWDB_BENCH_POSTGRES").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
    let directory = tempfile::tempdir().expect("a temporary directory");
    let author = Author::process("search benchmark");
    let no_progress = |_: u64, _: u64| {};

    // The store, with the reference data and the demo cycle that defines cycle 2009.
    let start = Instant::now();
    let store = Store::open(&Location::SqliteFile(directory.path().join("vawdb.sqlite")))
        .await
        .expect("the SQLite store opens");
    let data = reference::reference_data().expect("the shipped reference data reads");
    store.load_reference(&data, &author, &no_progress).await.expect("the reference data loads");
    let defaults = ImportDefaults { state: MeasureState::Published };
    let demo = validate(reference::DEMO_2009_JSON, &store, defaults).await;
    store.import(&demo, &author, ImportMode::Commit, &no_progress).await.expect("the demo cycle imports");
    println!(
        "store: reference data and the 2009 demo cycle ({} measures) loaded in {}",
        demo.measures.len(),
        seconds(start.elapsed())
    );

    // The synthetic measures, generated and imported chunk by chunk.
    let catalogue = store.catalogue().await.expect("the catalogue reads");
    let choices = Choices::new(&catalogue);
    let lexicons: Vec<Lexicon> = Language::ALL.into_iter().map(Lexicon::new).collect();
    let mut measures: Vec<Measure> = demo.measures;
    let (mut generating, mut importing) = (Duration::ZERO, Duration::ZERO);
    let mut first = 0;
    while first < measures_wanted {
        let count = CHUNK.min(measures_wanted - first);
        let start = Instant::now();
        let json = serde_json::to_string(&corpus::document(first, count, &choices, &lexicons))
            .expect("an exchange document serialises");
        generating += start.elapsed();
        let start = Instant::now();
        let valid = validate(&json, &store, defaults).await;
        store.import(&valid, &author, ImportMode::Commit, &no_progress).await.expect("a chunk of measures imports");
        importing += start.elapsed();
        measures.extend(valid.measures);
        first += count;
    }
    println!(
        "store: {} synthetic measures generated in {} and imported in {} ({:.0} a second; exchange documents of \
         {} measures, parsed, validated and written by Store::import)",
        grouped(measures_wanted),
        seconds(generating),
        seconds(importing),
        measures_wanted as f64 / importing.as_secs_f64(),
        grouped(CHUNK)
    );
    describe_corpus(&measures);

    let start = Instant::now();
    let (index, opened) = SearchIndex::open(&directory.path().join("search"), &store, &no_progress)
        .await
        .expect("the search index builds");
    println!("vawdb: search index built by SearchIndex::open in {} ({opened:?})", seconds(start.elapsed()));

    let tables = Tables::new(&catalogue, &measures);
    drop(measures);
    let start = Instant::now();
    let fts5 = Engine::sqlite(&directory.path().join("fts5.sqlite"), &tables).await;
    println!(
        "SQLite FTS5: {} measures loaded and indexed in {}",
        grouped(tables.measure_count()),
        seconds(start.elapsed())
    );
    let start = Instant::now();
    let postgres = Engine::postgres(&postgres_url, &tables).await;
    println!(
        "PostgreSQL: {} measures loaded and indexed (GIN, VACUUM ANALYZE) in {}",
        grouped(tables.measure_count()),
        seconds(start.elapsed())
    );

    // At 100,000 measures the deep page is page 500; smaller corpora go as deep in proportion.
    let deep_page = u32::try_from((500 * measures_wanted / 100_000).max(1)).unwrap_or(500);
    let mix = queries::mix(&catalogue, deep_page);
    println!();
    let problems = check_agreement(&index, &[&fts5, &postgres], &mix, &tables).await;

    let order = interleaved(&mix);
    let vawdb_times = time_vawdb(&index, &mix, &order, rounds);
    let fts5_times = time_sql(&fts5, &mix, &order, &tables, rounds).await;
    let postgres_times = time_sql(&postgres, &mix, &order, &tables, rounds).await;
    fts5.close().await;
    postgres.close().await;

    report(
        &mix,
        rounds,
        deep_page,
        &[("vawdb", &vawdb_times), ("SQLite FTS5", &fts5_times), ("PostgreSQL", &postgres_times)],
    );

    if !problems.is_empty() {
        panic!("the engines disagree on {} queries; see DISAGREE above", problems.len());
    }
}

/// Parses and validates an exchange document against the store's catalogue, as `vawdb import`
/// does.
async fn validate(json: &str, store: &Store, defaults: ImportDefaults) -> ValidDocument {
    let catalogue = store.catalogue().await.expect("the catalogue reads");
    let document = exchange::parse(json).unwrap_or_else(|error| panic!("a generated document does not parse: {error}"));
    exchange::validate(document, &catalogue, defaults).unwrap_or_else(|problems| {
        let first: Vec<String> = problems.iter().take(5).map(ToString::to_string).collect();
        panic!("a document has {} problems, such as:\n{}", problems.len(), first.join("\n"))
    })
}

fn describe_corpus(measures: &[Measure]) {
    let mut texts: BTreeMap<&str, usize> = BTreeMap::new();
    let (mut title_words, mut description_words, mut count) = (0, 0, 0);
    for measure in measures {
        for (language, text) in &measure.texts {
            *texts.entry(language.code()).or_default() += 1;
            if *language != Language::Chinese {
                title_words += text.title.split_whitespace().count();
                description_words += text.description.split_whitespace().count();
                count += 1;
            }
        }
    }
    let languages: Vec<String> = texts.iter().map(|(code, n)| format!("{code} {}", grouped(*n))).collect();
    println!(
        "corpus: {} measures; texts by language: {}; on average {:.1} words a title and {:.1} a description \
         (Chinese, written without spaces, not counted)",
        grouped(measures.len()),
        languages.join(", "),
        title_words as f64 / count as f64,
        description_words as f64 / count as f64
    );
}

/// The facet counts of vawdb's results, keyed as `facet/value`.
fn vawdb_facets(results: &SearchResults) -> BTreeMap<String, u64> {
    let facets = &results.facets;
    let mut counts = BTreeMap::new();
    let mut put = |key: String, count: u64| {
        if count > 0 {
            counts.insert(key, count);
        }
    };
    for value in &facets.countries {
        put(format!("country/{}", value.value.get()), value.count);
    }
    for value in &facets.regions {
        put(format!("region/{}", value.value.get()), value.count);
    }
    for (vocabulary, values) in &facets.terms {
        for value in values {
            put(format!("term/{vocabulary}/{}", value.value), value.count);
        }
    }
    for value in &facets.actor_kinds {
        put(format!("actor_kind/{}", value.value.as_str()), value.count);
    }
    for value in &facets.cycles {
        put(format!("cycle/{}", value.value.as_str()), value.count);
    }
    for value in &facets.implementation {
        put(format!("implementation/{}", value.value.as_str()), value.count);
    }
    for value in &facets.years {
        put(format!("year/{}", value.value), value.count);
    }
    counts
}

/// Asks every engine every query once and compares the answers. Where the meaning is the
/// same in every engine (filters only, and text chosen so that stemming and vocabulary labels
/// change nothing) totals and every facet count must be equal; for free text, where vawdb
/// stems, segments Chinese and also finds the measures tagged with a term the text names, the
/// totals are shown side by side. Returns the queries on which the engines disagree.
async fn check_agreement(index: &SearchIndex, engines: &[&Engine], mix: &[BenchQuery], tables: &Tables) -> Vec<String> {
    let mut problems = Vec::new();
    println!("matches per query, vawdb and the SQL engines side by side (free text: the engines differ by design)");
    println!(
        "  {:<16} {:<44} {:>8} {:>12} {:>12}  vawdb also finds the measures tagged",
        "kind", "query", "vawdb", engines[0].name, engines[1].name
    );
    let mut agreed: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    for query in mix {
        let results = index.search(&query.request()).unwrap_or_else(|error| panic!("vawdb: {query}: {error}"));
        let mut answers = Vec::new();
        for engine in engines {
            answers.push(engine.search(query, tables).await);
        }
        let must_agree = match query.kind {
            Kind::FacetsOnly | Kind::TextAndFacets => true,
            Kind::DeepPage => query.text.is_none(),
            Kind::Word | Kind::Phrase => false,
        };
        if !must_agree {
            let named: Vec<String> = results.named_terms.iter().map(|(v, t)| format!("{v}/{t}")).collect();
            println!(
                "  {:<16} {:<44} {:>8} {:>12} {:>12}  {}",
                query.kind.name(),
                query.to_string(),
                results.total,
                answers[0].total,
                answers[1].total,
                named.join(", ")
            );
            continue;
        }
        if query.kind == Kind::TextAndFacets && !results.named_terms.is_empty() {
            problems.push(format!("{query}: the text names vocabulary terms {:?}", results.named_terms));
            println!("  DISAGREE {query}: the text names a vocabulary term, so vawdb finds more by design");
        }
        let expected = vawdb_facets(&results);
        let entry = agreed.entry(query.kind.name()).or_default();
        entry.0 += 1;
        entry.2 += expected.len();
        let mut all_agree = true;
        for (engine, answer) in engines.iter().zip(&answers) {
            let found = sql::facet_counts(answer, tables);
            let total_agrees = answer.total as u64 == results.total;
            let differences: Vec<String> = expected
                .keys()
                .chain(found.keys())
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .filter(|key| expected.get(*key) != found.get(*key))
                .map(|key| format!("{key}: vawdb {:?}, {} {:?}", expected.get(key), engine.name, found.get(key)))
                .collect();
            let page_agrees = answer.ids.len() == results.hits.len();
            if !total_agrees || !differences.is_empty() || !page_agrees {
                all_agree = false;
                println!(
                    "  DISAGREE {} on {query}: total vawdb {} vs {}; page of {} vs {}; {} facet counts differ{}",
                    engine.name,
                    results.total,
                    answer.total,
                    results.hits.len(),
                    answer.ids.len(),
                    differences.len(),
                    differences.iter().take(5).map(|d| format!("\n      {d}")).collect::<String>()
                );
                problems.push(format!("{} on {query}", engine.name));
            }
        }
        if all_agree {
            entry.1 += 1;
        }
    }
    for (kind, (queries, agreeing, facet_values)) in agreed {
        println!(
            "  {kind}: {agreeing} of {queries} queries agree in every engine on the total, the page length and all \
             {facet_values} facet counts"
        );
    }
    println!();
    problems
}

/// The order queries are run in: one of each kind in turn, so that no kind runs with the
/// caches another has just warmed.
fn interleaved(mix: &[BenchQuery]) -> Vec<usize> {
    let mut order = Vec::with_capacity(mix.len());
    for number in 0..QUERIES_PER_KIND {
        for kind in Kind::ALL {
            let position = mix.iter().enumerate().filter(|(_, query)| query.kind == kind).nth(number);
            if let Some((position, _)) = position {
                order.push(position);
            }
        }
    }
    order
}

/// The time each query took on each timed run, by position in the mix.
type Times = Vec<Vec<Duration>>;

fn time_vawdb(index: &SearchIndex, mix: &[BenchQuery], order: &[usize], rounds: usize) -> Times {
    let requests: Vec<_> = mix.iter().map(BenchQuery::request).collect();
    for request in &requests {
        black_box(index.search(request).expect("a search of the mix runs"));
    }
    let mut times = vec![Vec::with_capacity(rounds); mix.len()];
    let start_all = Instant::now();
    for _ in 0..rounds {
        for &position in order {
            let start = Instant::now();
            black_box(index.search(&requests[position]).expect("a search of the mix runs"));
            times[position].push(start.elapsed());
        }
    }
    println!("vawdb: {} timed searches in {}{}", grouped(rounds * mix.len()), seconds(start_all.elapsed()), load());
    times
}

async fn time_sql(engine: &Engine, mix: &[BenchQuery], order: &[usize], tables: &Tables, rounds: usize) -> Times {
    for query in mix {
        black_box(engine.search(query, tables).await);
    }
    let mut times = vec![Vec::with_capacity(rounds); mix.len()];
    let start_all = Instant::now();
    for _ in 0..rounds {
        for &position in order {
            let start = Instant::now();
            black_box(engine.search(&mix[position], tables).await);
            times[position].push(start.elapsed());
        }
    }
    println!(
        "{}: {} timed searches in {}{}",
        engine.name,
        grouped(rounds * mix.len()),
        seconds(start_all.elapsed()),
        load()
    );
    times
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

/// Latency percentiles and throughput of a set of timed searches.
#[derive(Clone, Copy)]
struct Figures {
    p50_ms: f64,
    p99_ms: f64,
    per_second: f64,
}

impl Figures {
    fn of(times: &[Duration]) -> Figures {
        let mut sorted = times.to_vec();
        sorted.sort();
        let at = |fraction: f64| {
            let rank = ((fraction * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
            sorted[rank - 1].as_secs_f64() * 1000.0
        };
        let total: Duration = sorted.iter().sum();
        Figures { p50_ms: at(0.50), p99_ms: at(0.99), per_second: sorted.len() as f64 / total.as_secs_f64() }
    }
}

fn report(mix: &[BenchQuery], rounds: usize, deep_page: u32, engines: &[(&str, &Times)]) {
    let figures = |times: &Times, kind: Option<Kind>| {
        let samples: Vec<Duration> = mix
            .iter()
            .zip(times)
            .filter(|(query, _)| kind.is_none_or(|kind| query.kind == kind))
            .flat_map(|(_, times)| times.iter().copied())
            .collect();
        Figures::of(&samples)
    };
    let rows: Vec<(String, Option<Kind>)> = Kind::ALL
        .into_iter()
        .map(|kind| (kind.name().to_owned(), Some(kind)))
        .chain([("whole mix".to_owned(), None)])
        .collect();

    println!();
    println!(
        "latency in ms and searches a second, one search at a time: {rounds} timed runs of the {}-query mix \
         ({QUERIES_PER_KIND} per kind, deep page = page {deep_page} of 20) after one warm-up run",
        mix.len()
    );
    let mut header = format!("  {:<16}", "kind");
    for (name, _) in engines {
        header.push_str(&format!(" | {name:^26}"));
    }
    println!("{header}");
    let mut header = format!("  {:<16}", "");
    for _ in engines {
        header.push_str(&format!(" | {:>8} {:>8} {:>8}", "p50", "p99", "q/s"));
    }
    println!("{header}");
    for (label, kind) in &rows {
        let mut line = format!("  {label:<16}");
        for (_, times) in engines {
            let f = figures(times, *kind);
            line.push_str(&format!(" | {:>8.2} {:>8.2} {:>8.1}", f.p50_ms, f.p99_ms, f.per_second));
        }
        println!("{line}");
    }

    println!();
    println!("how many times faster vawdb is (SQL engine's figure / vawdb's; throughput: vawdb's / the engine's)");
    let mut header = format!("  {:<16}", "kind");
    for (name, _) in &engines[1..] {
        header.push_str(&format!(" | {:^26}", format!("than {name}")));
    }
    println!("{header}");
    let mut header = format!("  {:<16}", "");
    for _ in &engines[1..] {
        header.push_str(&format!(" | {:>8} {:>8} {:>8}", "p50", "p99", "q/s"));
    }
    println!("{header}");
    for (label, kind) in &rows {
        let ours = figures(engines[0].1, *kind);
        let mut line = format!("  {label:<16}");
        for (_, times) in &engines[1..] {
            let theirs = figures(times, *kind);
            line.push_str(&format!(
                " | {:>7.1}x {:>7.1}x {:>7.1}x",
                theirs.p50_ms / ours.p50_ms,
                theirs.p99_ms / ours.p99_ms,
                ours.per_second / theirs.per_second
            ));
        }
        println!("{line}");
    }

    let ours = figures(engines[0].1, None);
    let worst = Kind::ALL
        .into_iter()
        .map(|kind| (kind, figures(engines[0].1, Some(kind)).p99_ms))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .expect("there are kinds");
    let verdict = |met: bool| if met { "met" } else { "MISSED" };
    println!();
    println!("targets");
    println!(
        "  vawdb p99 with facet counts <= {P99_TARGET_MS} ms: whole mix {:.2} ms, slowest kind ({}) {:.2} ms: {}",
        ours.p99_ms,
        worst.0.name(),
        worst.1,
        verdict(worst.1 <= P99_TARGET_MS)
    );
    for ((name, times), target) in engines[1..].iter().zip([FTS5_TARGET, POSTGRES_TARGET]) {
        let theirs = figures(times, None);
        let speedup = ours.per_second / theirs.per_second;
        println!(
            "  >= {target}x {name}'s throughput on the mix: {speedup:.1}x (p50 {:.1}x, p99 {:.1}x): {}",
            theirs.p50_ms / ours.p50_ms,
            theirs.p99_ms / ours.p99_ms,
            verdict(speedup >= target)
        );
    }
}
