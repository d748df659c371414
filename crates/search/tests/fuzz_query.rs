//! A fuzz target for the search text reader and the queries built from it: mutated search
//! texts (quotes of every script, operators, control and combining characters, long words)
//! run against the 2009 demo index for a bounded time. Any panic, any error other than a
//! refused `q`, or a malformed highlight fails the run and prints the input and the seed.
//!
//! `cargo test -p search --test fuzz_query` runs it for 15 seconds; `VAWDB_FUZZ_SECONDS` and
//! `VAWDB_FUZZ_SEED` change the time and replay a run.

use std::{
    panic::{AssertUnwindSafe, catch_unwind},
    time::{Duration, Instant, SystemTime, UNIX_EPOCH},
};

use domain::{
    exchange::{self, ImportDefaults},
    language::Language,
    measure::MeasureState,
};
use search::{SearchError, SearchIndex, SearchRequest, SearchResults, query_text::QueryText};
use store::{Author, ImportMode, Location, Store};

const SEEDS: &[&str] = &[
    "migrant women",
    "\"domestic workers\"",
    "travailleuses migrantes",
    "мигрантки",
    "移民妇女遭受暴力",
    "العاملات المهاجرات",
    "training OR campaign -police",
    "training -\"no such phrase\"",
    "(\u{1ba93}training OR campaign -police((OR.* )((( ANa\"bD OR ))AND OR ))))\u{11d3c}𜻧é",
    "NOT trafficking",
    "\"unbalanced",
    "a\"b\"c\"",
    "((( AND OR )))",
    "-",
    "--x",
    "traff",
    "*:* ^2 ~1 field:value [a TO b]",
    "",
];

const PIECES: &[&str] = &[
    "\"", "“", "”", "«", "»", "„", "「", "」", "-", "OR", "NOT", "AND", "||", "&&", "+", "*", "?", "\\", "(", ")", ":",
    "^", "~", "/", ".*", "[", "]", "{", "}", " ", "\t", "\n", "\u{3000}", "\u{200f}", "\u{200d}", "\u{0301}", "\u{0}",
    "\u{feff}", "🙂", "移民", "妇女", "ال", "мигр", "é", "ß", "İ", "ﬁ", "Ⅻ", "٣", "women", "migrant", "x",
];

/// The one test this binary holds, by the name test runners list and filter by.
const TEST_NAME: &str = "fuzz_the_search_text";

fn main() {
    // Answer test runners as libtest would: `--list` (cargo-nextest asks first) lists the one
    // test; a name filter that does not match it runs nothing.
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    if arguments.iter().any(|argument| argument == "--list") {
        if !arguments.iter().any(|argument| argument == "--ignored") {
            println!("{TEST_NAME}: test");
        }
        return;
    }
    if let Some(filter) = arguments.iter().find(|argument| !argument.starts_with('-')) {
        let exact = arguments.iter().any(|argument| argument == "--exact");
        if (exact && filter != TEST_NAME) || !TEST_NAME.contains(filter.as_str()) {
            return;
        }
    }
    let seconds: u64 = std::env::var("VAWDB_FUZZ_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(15);
    let seed: u64 = std::env::var("VAWDB_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| SystemTime::now().duration_since(UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64) | 1);
    println!("fuzzing the search text for {seconds} s with VAWDB_FUZZ_SEED={seed}");
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let directory = tempfile::tempdir().unwrap();
    let index = runtime.block_on(demo_index(directory.path()));

    let mut random = Random(seed);
    let mut corpus: Vec<String> = SEEDS.iter().map(|s| (*s).to_owned()).collect();
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut runs = 0u64;
    while Instant::now() < deadline {
        let text = mutate(&corpus, &mut random);
        let outcome = catch_unwind(AssertUnwindSafe(|| check(&index, &text)));
        match outcome {
            Ok(Ok(interesting)) => {
                if interesting && corpus.len() < 500 {
                    corpus.push(text);
                }
            }
            Ok(Err(problem)) => fail(&text, seed, &problem),
            Err(_) => fail(&text, seed, "a panic"),
        }
        runs += 1;
    }
    println!("{runs} search texts run, {} kept in the corpus, no failure", corpus.len());
    assert!(runs > 100, "too few runs to mean anything: {runs}");
}

fn fail(text: &str, seed: u64, problem: &str) -> ! {
    eprintln!("FAILED on {text:?} (VAWDB_FUZZ_SEED={seed}): {problem}");
    std::process::exit(1);
}

/// Runs one text; says whether it found something (worth keeping to mutate further).
fn check(index: &SearchIndex, text: &str) -> Result<bool, String> {
    let first = QueryText::parse(text);
    if first != QueryText::parse(text) {
        return Err("reading the same text twice gave two results".into());
    }
    if text.chars().count() > search::query_text::MAX_QUERY_CHARS && first.is_ok() {
        return Err("an over-long text was accepted".into());
    }
    let mut request = SearchRequest::text(text, Language::English);
    request.per_page = 5;
    match index.search(&request) {
        Ok(results) => {
            check_results(&results)?;
            Ok(results.total > 0 && !text.is_empty())
        }
        Err(SearchError::InvalidParameter { parameter, .. }) if parameter == "q" && first.is_err() => Ok(false),
        Err(error) => Err(format!("the search failed: {error}")),
    }
}

fn check_results(results: &SearchResults) -> Result<(), String> {
    if results.hits.len() > 5 || (results.hits.len() as u64) > results.total {
        return Err(format!("{} hits for a total of {}", results.hits.len(), results.total));
    }
    for hit in &results.hits {
        for highlighted in [&hit.title, &hit.snippet] {
            let mut previous_end = 0;
            for range in &highlighted.highlights {
                let valid = range.start < range.end
                    && range.start >= previous_end
                    && range.end <= highlighted.text.len()
                    && highlighted.text.is_char_boundary(range.start)
                    && highlighted.text.is_char_boundary(range.end);
                if !valid {
                    return Err(format!("a highlight {range:?} does not fit {:?}", highlighted.text));
                }
                previous_end = range.end;
            }
        }
    }
    Ok(())
}

fn mutate(corpus: &[String], random: &mut Random) -> String {
    let mut text: Vec<char> = corpus[random.below(corpus.len())].chars().collect();
    for _ in 0..=random.below(4) {
        match random.below(6) {
            0 | 1 => {
                let at = random.below(text.len() + 1);
                let piece = PIECES[random.below(PIECES.len())];
                text.splice(at..at, piece.chars());
            }
            2 if !text.is_empty() => {
                let start = random.below(text.len());
                let end = (start + 1 + random.below(8)).min(text.len());
                text.drain(start..end);
            }
            3 => {
                let other: Vec<char> = corpus[random.below(corpus.len())].chars().collect();
                let at = random.below(text.len() + 1);
                text.splice(at..at, other);
            }
            4 if random.below(50) == 0 => {
                // Now and then, something far too long.
                let word: String = PIECES[random.below(PIECES.len())].repeat(200 + random.below(2000));
                text.extend(word.chars());
            }
            _ => {
                let c = char::from_u32(random.below(0x3_0000) as u32).unwrap_or('x');
                let at = random.below(text.len() + 1);
                text.insert(at, c);
            }
        }
    }
    text.into_iter().collect()
}

/// xorshift64*: small, seedable, good enough to choose mutations.
struct Random(u64);

impl Random {
    fn below(&mut self, bound: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let value = self.0.wrapping_mul(0x2545_f491_4f6c_dd1d);
        if bound == 0 { 0 } else { (value % bound as u64) as usize }
    }
}

async fn demo_index(directory: &std::path::Path) -> SearchIndex {
    fn no_progress(_: u64, _: u64) {}
    let store = Store::open(&Location::SqliteFile(directory.join("vawdb.sqlite"))).await.unwrap();
    store.load_reference(&reference::reference_data().unwrap(), &Author::process("fuzz"), &no_progress).await.unwrap();
    let catalogue = store.catalogue().await.unwrap();
    let document = exchange::parse(reference::DEMO_2009_JSON).unwrap();
    let valid = exchange::validate(document, &catalogue, ImportDefaults { state: MeasureState::Published }).unwrap();
    store.import(&valid, &Author::process("fuzz"), ImportMode::Commit, &no_progress).await.unwrap();
    SearchIndex::open(&directory.join("search"), &store, &no_progress).await.unwrap().0
}
