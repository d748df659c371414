//! How much memory vawdb's heavy work takes on 100,000 measures: importing a 100,000-row CSV
//! measure table with `vawdb import`, and a server answering an XLSX, CSV and JSON export of
//! every measure (one at a time, then four at once). Beside each figure, the same work done
//! by the `sqlite3` shell (importing the CSV file into a table, writing the table out as CSV),
//! as a floor for what reading and writing those bytes takes. Targets: the import under 250 MB
//! at its peak; an XLSX export adding under 100 MB to the server's resident memory.
//!
//! Run with `cargo bench -p vawdb --bench heavy_requests`. `VAWDB_BENCH_MEASURES` sets the
//! number of measures (100,000 by default). The measure table is made by repeating, under new
//! ids, the rows of the 2009 demo cycle as `/search/export.csv` writes them, in English only.
//!
//! Peak memory is read from Linux: `/usr/bin/time` (maximum resident set) for a command, and
//! for the server its `VmHWM` after resetting it through `/proc/PID/clear_refs` just before the
//! request.

use std::{
    io::{BufRead, BufReader, Read, Write},
    net::TcpStream,
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

const VAWDB: &str = env!("CARGO_BIN_EXE_vawdb");
const IMPORT_TARGET_MB: f64 = 250.0;
const XLSX_EXPORT_TARGET_MB: f64 = 100.0;

fn main() {
    let measures: usize = std::env::var("VAWDB_BENCH_MEASURES")
        .ok()
        .map(|value| value.replace('_', "").parse().expect("VAWDB_BENCH_MEASURES is a whole number"))
        .unwrap_or(100_000);
    let directory = tempfile::tempdir().unwrap();
    let data = directory.path().join("data");
    let data_argument = data.display().to_string();
    run(&[VAWDB, "demo", "--no-serve", "--data-dir", &data_argument]);

    // The table: the demo's rows as the export writes them, repeated under new ids.
    let template = {
        let server = Server::start(&data);
        server.wait_for_search();
        server.get_text("/search/export.csv").1
    };
    let table = directory.path().join("measures.csv");
    write_table(&template, measures, &table);
    let table_mb = megabytes(std::fs::metadata(&table).unwrap().len());
    println!("measure table: {measures} rows, {table_mb:.1} MB");

    let table_argument = table.display().to_string();
    let import = measured(&[VAWDB, "import", &table_argument, "--state", "published", "--data-dir", &data_argument]);
    let sqlite_file = directory.path().join("competitor.sqlite").display().to_string();
    let sqlite_import = measured(&["sqlite3", &sqlite_file, &format!(".import --csv {table_argument} measures")]);
    println!();
    println!("{:<44} {:>10} {:>10} {:>8}", "work", "peak MB", "seconds", "target");
    let verdict = |peak: f64, target: f64| if peak < target { "met" } else { "MISSED" };
    println!(
        "{:<44} {:>10.0} {:>10.1} {:>8}",
        "vawdb import (CSV, all or nothing)",
        import.peak_mb,
        import.seconds,
        verdict(import.peak_mb, IMPORT_TARGET_MB)
    );
    println!("{:<44} {:>10.0} {:>10.1}", "sqlite3 .import --csv", sqlite_import.peak_mb, sqlite_import.seconds);
    println!("  ratio vawdb / sqlite3: {:.1}x the memory", import.peak_mb / sqlite_import.peak_mb);

    let server = Server::start(&data);
    server.wait_for_search();
    let (_, body) = server.get_text("/api/v1/search?per_page=1");
    let total: serde_json::Value = serde_json::from_str(&body).unwrap();
    println!("server: {} published measures searchable, {:.0} MB resident", total["total"], server.resident_mb());
    for (label, path) in [
        ("export of every measure, XLSX", "/search/export.xlsx"),
        ("export of every measure, CSV", "/search/export.csv"),
        ("export of every measure, JSON", "/search/export.json"),
    ] {
        let before = server.resident_mb();
        server.reset_peak();
        let started = Instant::now();
        let (status, body) = server.get(path);
        let seconds = started.elapsed().as_secs_f64();
        assert_eq!(status, 200, "GET {path}");
        let added = server.peak_mb() - before;
        let target = if path.ends_with("xlsx") { verdict(added, XLSX_EXPORT_TARGET_MB) } else { "" };
        println!(
            "{:<44} {:>10.0} {:>10.1} {:>8}   (+{added:.0} MB over {before:.0} MB; {:.1} MB sent)",
            label,
            server.peak_mb(),
            seconds,
            target,
            megabytes(body.len() as u64)
        );
    }
    let before = server.resident_mb();
    server.reset_peak();
    let started = Instant::now();
    let statuses: Vec<u16> = std::thread::scope(|scope| {
        let requests: Vec<_> = (0..4).map(|_| scope.spawn(|| server.get("/search/export.xlsx").0)).collect();
        requests.into_iter().map(|request| request.join().unwrap()).collect()
    });
    println!(
        "{:<44} {:>10.0} {:>10.1}            (+{:.0} MB; answers {statuses:?})",
        "four XLSX exports at once",
        server.peak_mb(),
        started.elapsed().as_secs_f64(),
        server.peak_mb() - before
    );
    drop(server);
    let out = directory.path().join("competitor.csv").display().to_string();
    let sqlite_export =
        measured(&["sqlite3", "-csv", "-header", &sqlite_file, &format!(".output {out}"), "SELECT * FROM measures;"]);
    println!(
        "{:<44} {:>10.0} {:>10.1}",
        "sqlite3 -csv SELECT * (the table as CSV)", sqlite_export.peak_mb, sqlite_export.seconds
    );
}

struct Measured {
    peak_mb: f64,
    seconds: f64,
}

/// Runs a command under `/usr/bin/time`, which reports its maximum resident set.
fn measured(command: &[&str]) -> Measured {
    let started = Instant::now();
    let output = Command::new("/usr/bin/time").arg("-f").arg("peak-kb %M").args(command).output().unwrap();
    let seconds = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{command:?} failed: {stderr}");
    let kilobytes: f64 = stderr
        .lines()
        .find_map(|line| line.strip_prefix("peak-kb "))
        .and_then(|value| value.trim().parse().ok())
        .unwrap_or_else(|| panic!("no peak from /usr/bin/time: {stderr}"));
    Measured { peak_mb: kilobytes / 1024.0, seconds }
}

fn run(command: &[&str]) {
    let output = Command::new(command[0]).args(&command[1..]).output().unwrap();
    assert!(output.status.success(), "{command:?} failed: {}", String::from_utf8_lossy(&output.stderr));
}

fn write_table(template: &str, measures: usize, path: &Path) {
    let mut reader = csv::Reader::from_reader(template.trim_start_matches('\u{feff}').as_bytes());
    let header = reader.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(!rows.is_empty(), "the demo export has rows");
    let mut writer = csv::Writer::from_path(path).unwrap();
    writer.write_record(&header).unwrap();
    // English only, as most national lists are: the other languages' columns are left empty.
    let english_or_shared =
        |name: &str| !["_fr", "_es", "_ru", "_ar", "_zh"].iter().any(|suffix| name.ends_with(suffix));
    let keep: Vec<bool> = header.iter().map(english_or_shared).collect();
    for number in 0..measures {
        let row = &rows[number % rows.len()];
        let id = format!("bench-{number}");
        let cells = row.iter().zip(&keep).skip(1).map(|(cell, kept)| if *kept { cell } else { "" });
        writer.write_record(std::iter::once(id.as_str()).chain(cells)).unwrap();
    }
    writer.flush().unwrap();
}

/// The body of a response sent in chunks (`Transfer-Encoding: chunked`), joined.
fn unchunked(mut body: &[u8]) -> Vec<u8> {
    let mut joined = Vec::new();
    loop {
        let line_end = body.windows(2).position(|window| window == b"\r\n").expect("a chunk size line");
        let size_text = std::str::from_utf8(&body[..line_end]).unwrap();
        let size = usize::from_str_radix(size_text.split(';').next().unwrap().trim(), 16).unwrap();
        if size == 0 {
            return joined;
        }
        let start = line_end + 2;
        joined.extend_from_slice(&body[start..start + size]);
        body = &body[start + size + 2..];
    }
}

fn megabytes(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

/// `vawdb serve` on a free port of this machine.
struct Server {
    child: Child,
    address: String,
}

impl Server {
    fn start(data: &Path) -> Server {
        let mut child = Command::new(VAWDB)
            .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
            .arg(data)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let address = loop {
            let line = lines.next().expect("the server says where it serves").unwrap();
            if let Some(rest) = line.split("http://").nth(1) {
                break rest.split('/').next().unwrap().to_owned();
            }
        };
        // The rest of its output is not read; keep the pipe drained so the server never blocks.
        std::thread::spawn(move || for _ in lines {});
        Server { child, address }
    }

    fn wait_for_search(&self) {
        let deadline = Instant::now() + Duration::from_secs(600);
        while self.get("/api/v1/search?per_page=1").0 != 200 {
            assert!(Instant::now() < deadline, "the search index was not built in ten minutes");
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// `GET path`: the status and the body, its chunks joined.
    fn get(&self, path: &str) -> (u16, Vec<u8>) {
        let mut stream = TcpStream::connect(&self.address).unwrap();
        write!(stream, "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n", self.address).unwrap();
        let mut bytes = Vec::new();
        stream.read_to_end(&mut bytes).unwrap();
        let end_of_head = bytes.windows(4).position(|window| window == b"\r\n\r\n").expect("a response head");
        let head = String::from_utf8_lossy(&bytes[..end_of_head]).to_ascii_lowercase();
        let status = head.split(' ').nth(1).and_then(|code| code.parse().ok()).unwrap_or(0);
        let body = &bytes[end_of_head + 4..];
        let body = if head.contains("transfer-encoding: chunked") { unchunked(body) } else { body.to_vec() };
        (status, body)
    }

    fn get_text(&self, path: &str) -> (u16, String) {
        let (status, body) = self.get(path);
        (status, String::from_utf8(body).expect("a text response"))
    }

    fn status_field_mb(&self, field: &str) -> f64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        let line = status.lines().find(|line| line.starts_with(field)).unwrap();
        let kilobytes: f64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
        kilobytes / 1024.0
    }

    fn resident_mb(&self) -> f64 {
        self.status_field_mb("VmRSS:")
    }

    fn peak_mb(&self) -> f64 {
        self.status_field_mb("VmHWM:")
    }

    /// Makes the server's peak resident memory start again from what it holds now.
    fn reset_peak(&self) {
        let path = PathBuf::from(format!("/proc/{}/clear_refs", self.child.id()));
        std::fs::write(&path, "5")
            .unwrap_or_else(|error| panic!("cannot reset the peak ({}): {error}", path.display()));
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
