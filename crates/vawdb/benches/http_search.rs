//! How many searches a second `vawdb serve` answers over HTTP on loopback, with 100,000
//! published measures: a mix of more than 1,000 distinct searches (words and phrases in the
//! six UN languages, facet filters alone and with text, deep pages) and one search asked again
//! and again, each loaded by `wrk` with 32 connections. Beside each, the same searches asked of
//! the search index in the same process, on as many threads as the machine has cores, so that
//! what HTTP adds is a visible ratio. The mix is served with the server's cache of recent
//! answers turned off, so that every request is searched; the one search is served as a
//! server runs by default, from that cache. Targets on 2 cores: 1,500 requests a second with p99
//! within 25 ms on the mix, 10,000 requests a second on the one search.
//!
//! Run with `cargo bench -p vawdb --bench http_search`. `VAWDB_BENCH_MEASURES` sets the number
//! of synthetic measures (100,000 by default), `VAWDB_BENCH_SECONDS` how long each load lasts
//! (20), `VAWDB_BENCH_DATA_DIR` a data folder to keep the store in (and to reuse when it
//! holds one already) for profiling the server by hand. `wrk` is installed from Debian's
//! packages when it is missing.
//!
//! The measures are the search benchmark's synthetic corpus (`crates/search/benches/search`),
//! imported as exchange documents through `Store::import`; the server is the `vawdb` binary,
//! started on the data folder, and its answers are checked against the in-process search
//! before anything is timed.

#[path = "../../search/benches/search/corpus.rs"]
mod corpus;
#[allow(dead_code, reason = "the search benchmark's query types; this one builds its own mix from them")]
#[path = "../../search/benches/search/queries.rs"]
mod queries;
#[path = "../../search/benches/search/words.rs"]
mod words;

use std::{
    collections::BTreeSet,
    io::{BufRead, BufReader, Read, Write},
    net::TcpStream,
    path::Path,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use domain::{
    catalogue::Catalogue,
    country::{M49, UnStatus},
    exchange::{self, ImportDefaults, ValidDocument},
    language::Language,
    measure::MeasureState,
};
use search::SearchIndex;
use store::{Author, ImportMode, Location, Store};

use crate::{
    corpus::{Choices, Lexicon, Sequence},
    queries::{BenchQuery, Kind, PER_PAGE, Text},
};

const VAWDB: &str = env!("CARGO_BIN_EXE_vawdb");

/// Measures per exchange document imported.
const CHUNK: usize = 5000;
/// Connections `wrk` keeps open.
const CONNECTIONS: usize = 32;
/// The distinct searches the mix must have at least.
const MIX_SIZE: usize = 1000;

const MIX_REQUESTS_TARGET: f64 = 1500.0;
const MIX_P99_TARGET_MS: f64 = 25.0;
const ONE_QUERY_REQUESTS_TARGET: f64 = 10_000.0;
/// The search asked again and again: the issue's own example.
const ONE_QUERY: &str = "/api/v1/search?q=trafficking";

fn setting(name: &str, default: usize) -> usize {
    match std::env::var(name) {
        Ok(value) => value.trim().replace('_', "").parse().ok().filter(|n| *n > 0).unwrap_or_else(|| {
            panic!("{name} must be a positive whole number, not '{value}'");
        }),
        Err(_) => default,
    }
}

fn main() {
    let measures_wanted = setting("VAWDB_BENCH_MEASURES", 100_000);
    let seconds = setting("VAWDB_BENCH_SECONDS", 20);
    ensure_wrk();
    let directory = tempfile::tempdir().expect("a temporary directory");
    // A data folder to keep (and to reuse when it already holds a store), for profiling the
    // server by hand on the same measures.
    let data = std::env::var_os("VAWDB_BENCH_DATA_DIR")
        .map_or_else(|| directory.path().join("data"), std::path::PathBuf::from);
    let reuse = data.join("vawdb.sqlite").exists();
    std::fs::create_dir_all(&data).expect("the data folder is made");
    let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);

    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let measured = runtime.block_on(async {
        let store = if reuse {
            println!("store: reusing {}", data.display());
            Store::open(&Location::SqliteFile(data.join("vawdb.sqlite"))).await.expect("the SQLite store opens")
        } else {
            load_store(&data, measures_wanted).await
        };
        let catalogue = store.catalogue().await.expect("the catalogue reads");
        let start = Instant::now();
        let (index, _) =
            SearchIndex::open(&data.join("search"), &store, &|_, _| {}).await.expect("the search index builds");
        println!("search index built in {:.1} s", start.elapsed().as_secs_f64());
        let deep_page = u32::try_from((100 * measures_wanted / 100_000).max(2)).unwrap_or(100);
        let mix = mix(&catalogue, deep_page);
        println!("mix: {} distinct searches ({})", mix.len(), kinds(&mix));
        let totals: Vec<u64> =
            mix.iter().map(|query| index.search(&query.request()).expect("a search of the mix runs").total).collect();
        let in_process = InProcess::measure(&index, &mix, cores, Duration::from_secs(seconds as u64));
        drop(index);
        store.close().await;
        (mix, totals, in_process)
    });
    let (mix, totals, in_process) = measured;
    drop(runtime);

    // The mix is served with no answer cache: every request is searched.
    let server = Server::start(&data, &["--search-cache-mb", "0"]);
    let started = Instant::now();
    server.wait_for_search();
    println!("server: searchable {:.1} s after its start", started.elapsed().as_secs_f64());
    check_answers(&server, &mix, &totals);

    let paths = data.join("bench-paths.txt");
    std::fs::write(&paths, mix.iter().map(|query| url(query) + "\n").collect::<String>())
        .expect("the paths are written");
    let script = directory.path().join("mix.lua");
    std::fs::write(&script, WRK_SCRIPT).expect("the wrk script is written");
    let mix_load = wrk(&server, &[("VAWDB_BENCH_PATHS", paths.as_path())], Some(&script), "/", seconds);
    let one_uncached = wrk(&server, &[], None, ONE_QUERY, seconds);
    let resident = server.resident_mb();
    drop(server);
    // The one search as a server runs by default, with its cache of recent answers.
    let server = Server::start(&data, &[]);
    server.wait_for_search();
    let one_load = wrk(&server, &[], None, ONE_QUERY, seconds);
    drop(server);

    println!();
    println!(
        "{measures_wanted} measures; {CONNECTIONS} connections from wrk on {cores} cores shared with the server; \
         {seconds} s each; server resident {resident:.0} MB"
    );
    println!(
        "{:<34} {:>12} {:>9} {:>9}   {:<28} {:>16}",
        "load", "requests/s", "p50 ms", "p99 ms", "target", "in-process req/s"
    );
    let verdict = |met: bool| if met { "met" } else { "MISSED" };
    println!(
        "{:<34} {:>12.0} {:>9.2} {:>9.2}   {:<28} {:>16.0}",
        "mix over HTTP",
        mix_load.requests_per_second,
        mix_load.p50_ms,
        mix_load.p99_ms,
        format!(
            ">= {MIX_REQUESTS_TARGET:.0}/s, p99 <= {MIX_P99_TARGET_MS:.0} ms: {}",
            verdict(mix_load.requests_per_second >= MIX_REQUESTS_TARGET && mix_load.p99_ms <= MIX_P99_TARGET_MS)
        ),
        in_process.mix_requests_per_second,
    );
    println!(
        "{:<34} {:>12.0} {:>9.2} {:>9.2}   {:<28} {:>16.0}",
        format!("one search ({ONE_QUERY})").chars().take(34).collect::<String>(),
        one_load.requests_per_second,
        one_load.p50_ms,
        one_load.p99_ms,
        format!(
            ">= {ONE_QUERY_REQUESTS_TARGET:.0}/s: {}",
            verdict(one_load.requests_per_second >= ONE_QUERY_REQUESTS_TARGET)
        ),
        in_process.one_requests_per_second,
    );
    println!(
        "{:<34} {:>12.0} {:>9.2} {:>9.2}   {:<28} {:>16.0}",
        "one search, answer cache off",
        one_uncached.requests_per_second,
        one_uncached.p50_ms,
        one_uncached.p99_ms,
        "(for comparison)",
        in_process.one_requests_per_second,
    );
    println!(
        "in process, one thread a core: mix p50 {:.2} ms, p99 {:.2} ms; HTTP answers {:.0}% of the in-process rate on \
         the mix and {:.0}% on the one search",
        in_process.mix_p50_ms,
        in_process.mix_p99_ms,
        100.0 * mix_load.requests_per_second / in_process.mix_requests_per_second,
        100.0 * one_uncached.requests_per_second / in_process.one_requests_per_second,
    );
}

/// A store in `data` with the reference data, the 2009 demo cycle and `wanted` synthetic
/// measures, all published.
async fn load_store(data: &Path, wanted: usize) -> Store {
    let start = Instant::now();
    let author = Author::process("HTTP search benchmark");
    let no_progress = |_: u64, _: u64| {};
    let store = Store::open(&Location::SqliteFile(data.join("vawdb.sqlite"))).await.expect("the SQLite store opens");
    let reference = reference::reference_data().expect("the shipped reference data reads");
    store.load_reference(&reference, &author, &no_progress).await.expect("the reference data loads");
    let defaults = ImportDefaults { state: MeasureState::Published };
    let demo = validate(reference::DEMO_2009_JSON, &store, defaults).await;
    store.import(&demo, &author, ImportMode::Commit, &no_progress).await.expect("the demo cycle imports");
    let catalogue = store.catalogue().await.expect("the catalogue reads");
    let choices = Choices::new(&catalogue);
    let lexicons: Vec<Lexicon> = Language::ALL.into_iter().map(Lexicon::new).collect();
    let mut first = 0;
    while first < wanted {
        let count = CHUNK.min(wanted - first);
        let json = serde_json::to_string(&corpus::document(first, count, &choices, &lexicons))
            .expect("an exchange document serialises");
        let valid = validate(&json, &store, defaults).await;
        store.import(&valid, &author, ImportMode::Commit, &no_progress).await.expect("a chunk of measures imports");
        first += count;
    }
    println!("store: {wanted} synthetic measures and the demo cycle loaded in {:.1} s", start.elapsed().as_secs_f64());
    store
}

async fn validate(json: &str, store: &Store, defaults: ImportDefaults) -> ValidDocument {
    let catalogue = store.catalogue().await.expect("the catalogue reads");
    let document = exchange::parse(json).unwrap_or_else(|error| panic!("a generated document does not parse: {error}"));
    exchange::validate(document, &catalogue, defaults)
        .unwrap_or_else(|problems| panic!("a generated document has {} problems", problems.len()))
}

/// The mix: every word and phrase of the corpus's word lists in all six languages, facet
/// filters alone and combined with text, and deep pages, each search once.
fn mix(catalogue: &Catalogue, deep_page: u32) -> Vec<BenchQuery> {
    let mut sequence = Sequence::new(0x4854_5450);
    let member_states: Vec<M49> = catalogue
        .countries()
        .iter()
        .filter(|country| country.un_status == UnStatus::MemberState)
        .map(|country| country.m49)
        .collect();
    let codes = |vocabulary: &str| -> Vec<String> {
        let thesaurus = catalogue.thesaurus(vocabulary).expect("the vocabulary exists");
        thesaurus.terms().iter().map(|term| term.code.to_string()).collect()
    };
    let vocabularies: Vec<(&str, Vec<String>)> =
        ["type", "form", "keyword", "stage"].into_iter().map(|vocabulary| (vocabulary, codes(vocabulary))).collect();
    let regions: [u16; 10] = [419, 2, 142, 150, 9, 202, 145, 35, 151, 39];
    let blank = |kind: Kind| BenchQuery {
        kind,
        text: None,
        countries: Vec::new(),
        regions: Vec::new(),
        terms: Vec::new(),
        years: None,
        page: 1,
    };
    let mut words = Vec::new();
    let mut phrases = Vec::new();
    for language in Language::ALL {
        for entry in words::entries(language) {
            if entry.contains(' ') {
                phrases.push((*entry).to_owned());
            } else {
                words.push((*entry).to_owned());
            }
        }
    }

    let mut queries = Vec::new();
    for word in &words {
        queries.push(BenchQuery { text: Some(Text::Word(word.clone())), ..blank(Kind::Word) });
    }
    for phrase in &phrases {
        queries.push(BenchQuery { text: Some(Text::Phrase(phrase.clone())), ..blank(Kind::Phrase) });
    }
    for number in 0..250 {
        let mut query = blank(Kind::FacetsOnly);
        let (vocabulary, terms) = &vocabularies[number % vocabularies.len()];
        query.terms.push(((*vocabulary).to_owned(), terms[sequence.below(terms.len())].clone()));
        match number % 5 {
            1 => query.regions.push(M49::new(regions[sequence.below(regions.len())]).expect("an M49 code")),
            2 => query.countries.push(member_states[sequence.below(member_states.len())]),
            3 => query.years = Some((2005 + sequence.below(10) as i32, 2016 + sequence.below(10) as i32)),
            4 => {
                let (other, terms) = &vocabularies[(number + 1) % vocabularies.len()];
                query.terms.push(((*other).to_owned(), terms[sequence.below(terms.len())].clone()));
            }
            _ => {}
        }
        queries.push(query);
    }
    for number in 0..250 {
        let mut query = blank(Kind::TextAndFacets);
        query.text = Some(Text::Word(words[sequence.below(words.len())].clone()));
        let (vocabulary, terms) = &vocabularies[number % vocabularies.len()];
        query.terms.push(((*vocabulary).to_owned(), terms[sequence.below(terms.len())].clone()));
        if number % 2 == 0 {
            query.regions.push(M49::new(regions[sequence.below(regions.len())]).expect("an M49 code"));
        } else {
            query.countries.push(member_states[sequence.below(member_states.len())]);
        }
        queries.push(query);
    }
    for number in 0..100u32 {
        let mut query = blank(Kind::DeepPage);
        if number % 2 == 1 {
            query.text = Some(Text::Word(words[sequence.below(20)].clone()));
        }
        query.page = deep_page + number;
        queries.push(query);
    }
    let mut seen = BTreeSet::new();
    queries.retain(|query| seen.insert(url(query)));
    assert!(queries.len() >= MIX_SIZE, "the mix has {} distinct searches, fewer than {MIX_SIZE}", queries.len());
    queries
}

fn kinds(mix: &[BenchQuery]) -> String {
    Kind::ALL
        .into_iter()
        .map(|kind| format!("{} {}", mix.iter().filter(|query| query.kind == kind).count(), kind.name()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The API address of a search.
fn url(query: &BenchQuery) -> String {
    let mut pairs: Vec<(String, String)> = Vec::new();
    match &query.text {
        Some(Text::Word(word)) => pairs.push(("q".to_owned(), word.clone())),
        Some(Text::Phrase(phrase)) => pairs.push(("q".to_owned(), format!("\"{phrase}\""))),
        None => {}
    }
    pairs.extend(query.countries.iter().map(|m49| ("country".to_owned(), m49.to_string())));
    pairs.extend(query.regions.iter().map(|m49| ("region".to_owned(), m49.to_string())));
    pairs.extend(query.terms.iter().map(|(vocabulary, term)| (vocabulary.clone(), term.clone())));
    if let Some((from, to)) = query.years {
        pairs.push(("year_from".to_owned(), from.to_string()));
        pairs.push(("year_to".to_owned(), to.to_string()));
    }
    if query.page > 1 {
        pairs.push(("page".to_owned(), query.page.to_string()));
    }
    pairs.push(("per_page".to_owned(), PER_PAGE.to_string()));
    let query_string: Vec<String> =
        pairs.iter().map(|(name, value)| format!("{}={}", percent_encoded(name), percent_encoded(value))).collect();
    format!("/api/v1/search?{}", query_string.join("&"))
}

fn percent_encoded(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Asks the server every search of the mix once and compares its total with the search index
/// read in process (`totals`), so that no search is timed that answers an error or another
/// search than the one meant.
fn check_answers(server: &Server, mix: &[BenchQuery], totals: &[u64]) {
    for (query, expected) in mix.iter().zip(totals) {
        let path = url(query);
        let (status, body) = server.get(&path);
        assert_eq!(status, 200, "{path} answered {status}: {}", String::from_utf8_lossy(&body));
        let answer: serde_json::Value = serde_json::from_slice(&body).expect("a search answers JSON");
        assert_eq!(answer["total"].as_u64(), Some(*expected), "{path}: the server and the index disagree");
    }
    let matching = totals.iter().filter(|total| **total > 0).count();
    println!("server: all {} searches of the mix answer as the index does ({matching} find something)", mix.len());
}

/// Figures from the search index read in the same process.
struct InProcess {
    mix_requests_per_second: f64,
    mix_p50_ms: f64,
    mix_p99_ms: f64,
    one_requests_per_second: f64,
}

impl InProcess {
    fn measure(index: &SearchIndex, mix: &[BenchQuery], threads: usize, duration: Duration) -> InProcess {
        let requests: Vec<_> = mix.iter().map(BenchQuery::request).collect();
        for request in &requests {
            std::hint::black_box(index.search(request).expect("a search of the mix runs"));
        }
        let (mix_requests_per_second, mut times) = Self::load(index, &requests, threads, duration);
        times.sort_unstable();
        let one = BenchQuery { text: Some(Text::Word("trafficking".to_owned())), ..mix[0].clone() };
        let one = vec![one.request()];
        let (one_requests_per_second, _) = Self::load(index, &one, threads, duration);
        InProcess {
            mix_requests_per_second,
            mix_p50_ms: percentile(&times, 0.50),
            mix_p99_ms: percentile(&times, 0.99),
            one_requests_per_second,
        }
    }

    /// Runs `requests` in turn on `threads` threads for `duration`: requests a second, and
    /// every request's time.
    fn load(
        index: &SearchIndex,
        requests: &[search::SearchRequest],
        threads: usize,
        duration: Duration,
    ) -> (f64, Vec<Duration>) {
        let start = Instant::now();
        let times: Vec<Duration> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|thread| {
                    scope.spawn(move || {
                        let mut times = Vec::new();
                        let mut position = thread * requests.len() / threads;
                        while start.elapsed() < duration {
                            let began = Instant::now();
                            std::hint::black_box(index.search(&requests[position]).expect("a search runs"));
                            times.push(began.elapsed());
                            position = (position + 1) % requests.len();
                        }
                        times
                    })
                })
                .collect();
            workers.into_iter().flat_map(|worker| worker.join().expect("a search thread ends")).collect()
        });
        (times.len() as f64 / start.elapsed().as_secs_f64(), times)
    }
}

fn percentile(sorted: &[Duration], fraction: f64) -> f64 {
    let position = ((sorted.len() as f64 * fraction).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[position].as_secs_f64() * 1000.0
}

/// Each wrk thread reads the paths and starts at its own place in them, so that the
/// connections ask different searches at once.
const WRK_SCRIPT: &str = r#"
local paths = {}
for line in io.lines(os.getenv("VAWDB_BENCH_PATHS")) do paths[#paths + 1] = line end
local position = 0
function init(args)
  position = math.random(#paths)
end
function request()
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end
"#;

/// What `wrk` measured.
struct Load {
    requests_per_second: f64,
    p50_ms: f64,
    p99_ms: f64,
}

fn wrk(server: &Server, environment: &[(&str, &Path)], script: Option<&Path>, path: &str, seconds: usize) -> Load {
    let mut command = Command::new("wrk");
    command.args(["-t2", &format!("-c{CONNECTIONS}"), &format!("-d{seconds}s"), "--latency"]);
    if let Some(script) = script {
        command.arg("-s").arg(script);
    }
    for (name, value) in environment {
        command.env(name, value);
    }
    command.arg(format!("http://{}{path}", server.address));
    let output = command.output().expect("wrk runs");
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(output.status.success(), "wrk failed: {text}{}", String::from_utf8_lossy(&output.stderr));
    assert!(!text.contains("Non-2xx"), "the server answered errors under load:\n{text}");
    let requests_per_second = text
        .lines()
        .find_map(|line| line.trim().strip_prefix("Requests/sec:"))
        .and_then(|value| value.trim().parse().ok())
        .unwrap_or_else(|| panic!("wrk printed no requests/sec:\n{text}"));
    let latency = |label: &str| {
        text.lines()
            .find_map(|line| line.trim().strip_prefix(label).map(|value| milliseconds(value.trim())))
            .unwrap_or_else(|| panic!("wrk printed no {label} latency:\n{text}"))
    };
    Load { requests_per_second, p50_ms: latency("50%"), p99_ms: latency("99%") }
}

/// A wrk duration ("812.00us", "3.52ms", "1.02s") in milliseconds.
fn milliseconds(value: &str) -> f64 {
    let (number, scale) = if let Some(number) = value.strip_suffix("us") {
        (number, 0.001)
    } else if let Some(number) = value.strip_suffix("ms") {
        (number, 1.0)
    } else if let Some(number) = value.strip_suffix('s') {
        (number, 1000.0)
    } else {
        panic!("wrk wrote a latency without a unit: {value}")
    };
    number.parse::<f64>().unwrap_or_else(|_| panic!("wrk wrote a latency that is not a number: {value}")) * scale
}

fn ensure_wrk() {
    let present = |program: &str| {
        Command::new("sh").args(["-c", &format!("command -v {program}")]).output().is_ok_and(|out| out.status.success())
    };
    if present("wrk") {
        return;
    }
    println!("wrk is missing; installing it from Debian's packages");
    let installed = Command::new("apt-get")
        .args(["install", "-y", "wrk"])
        .env("DEBIAN_FRONTEND", "noninteractive")
        .status()
        .is_ok_and(|status| status.success())
        || (Command::new("apt-get").arg("update").status().is_ok_and(|status| status.success())
            && Command::new("apt-get")
                .args(["install", "-y", "wrk"])
                .env("DEBIAN_FRONTEND", "noninteractive")
                .status()
                .is_ok_and(|status| status.success()));
    assert!(installed && present("wrk"), "wrk is needed for this benchmark and could not be installed with apt-get");
}

/// `vawdb serve` on a data folder, stopped when dropped.
struct Server {
    child: Child,
    address: String,
}

impl Server {
    fn start(data: &Path, options: &[&str]) -> Server {
        let mut child = Command::new(VAWDB)
            .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
            .arg(data)
            .args(options)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("vawdb serve starts");
        let mut lines = BufReader::new(child.stdout.take().expect("the server's output")).lines();
        let address = loop {
            let line = lines.next().expect("the server says where it serves").expect("a line of output");
            if let Some(rest) = line.split("http://").nth(1) {
                break rest.split('/').next().expect("an address").to_owned();
            }
        };
        std::thread::spawn(move || for _ in lines {});
        Server { child, address }
    }

    fn wait_for_search(&self) {
        let deadline = Instant::now() + Duration::from_secs(600);
        while self.get("/api/v1/search?per_page=1").0 != 200 {
            assert!(Instant::now() < deadline, "the search index was not usable in ten minutes");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// `GET path`: the status and the body (the API answers with a length, not chunks).
    fn get(&self, path: &str) -> (u16, Vec<u8>) {
        let mut stream = TcpStream::connect(&self.address).expect("the server accepts");
        write!(stream, "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n", self.address)
            .expect("the request is sent");
        let mut bytes = Vec::new();
        stream.read_to_end(&mut bytes).expect("the response is read");
        let end_of_head = bytes.windows(4).position(|window| window == b"\r\n\r\n").expect("a response head");
        let head = String::from_utf8_lossy(&bytes[..end_of_head]).to_ascii_lowercase();
        let status = head.split(' ').nth(1).and_then(|code| code.parse().ok()).unwrap_or(0);
        (status, bytes[end_of_head + 4..].to_vec())
    }

    fn resident_mb(&self) -> f64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).expect("the server's status");
        let line = status.lines().find(|line| line.starts_with("VmRSS")).expect("a resident size");
        line.split_whitespace().nth(1).and_then(|kb| kb.parse::<f64>().ok()).expect("a size in kB") / 1024.0
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
