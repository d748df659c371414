//! Project automation. `cargo xtask test` makes sure what the test suite needs is installed
//! and running (PostgreSQL, Chromium and its driver, office tools, a Python with sdmx1,
//! schemathesis and openapi-spec-validator, Java with the W3C Nu HTML Checker), then runs
//! every test of the workspace.
//! It never skips a test for want of a service: if it cannot provide one, it stops and says
//! what is missing.

use std::{
    net::{TcpStream, ToSocketAddrs},
    path::{Path, PathBuf},
    process::{Command, ExitCode, Stdio},
    thread,
    time::{Duration, Instant},
};

const POSTGRES_URL_VARIABLE: &str = "VAWDB_TEST_POSTGRES_URL";
const DEFAULT_POSTGRES_URL: &str = "postgres://postgres@127.0.0.1:5432/test";
const PYTHON_VARIABLE: &str = "VAWDB_TEST_PYTHON";
const NU_CHECKER_VARIABLE: &str = "VAWDB_TEST_NU_CHECKER";

/// The W3C Nu HTML Checker, as the npm registry publishes it (the `vnu-jar` package), pinned
/// by version and by the SHA-1 the registry gives for its tarball: a newer checker may find
/// more, which should be a change of this file, not of the day it was downloaded.
const NU_CHECKER_TARBALL: &str = "https://registry.npmjs.org/vnu-jar/-/vnu-jar-26.9.27.tgz";
const NU_CHECKER_SHA1: &str = "80a35dd6f8f7230132811a6ee8bd4257a119fb14";

/// The Python packages the tests use, by their name on PyPI (with the version where it is
/// pinned) and the module they import as: sdmx1 reads the statistics' SDMX exports back as
/// the field's clients would; openapi-spec-validator checks the API's OpenAPI document and
/// schemathesis checks the API against it. The two are pinned because a new release may
/// check more and fail a test that passed, which should be a change of this file, not of the
/// day the venv was made.
const PYTHON_PACKAGES: &[(&str, &str)] = &[
    ("sdmx1", "sdmx"),
    ("schemathesis==4.32.5", "schemathesis"),
    ("openapi-spec-validator==0.9.0", "openapi_spec_validator"),
];

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let result = match arguments.first().map(String::as_str) {
        Some("test") => test(&arguments[1..]),
        Some("-h" | "--help") | None => {
            println!("{HELP}");
            Ok(())
        }
        Some(other) => Err(format!("unknown task '{other}'\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

const HELP: &str = "\
Usage: cargo xtask <TASK>

Tasks:
  test [ARGS]   Install or start what the tests need (PostgreSQL, Chromium and
                chromedriver, LibreOffice Writer and poppler-utils, a Python
                virtual environment with sdmx1, schemathesis and
                openapi-spec-validator in target/test-venv, Java and the
                W3C Nu HTML Checker in target/nu-checker), then run
                `cargo nextest run --workspace [ARGS]` (or `cargo test` where
                cargo-nextest is not installed) and `cargo test --doc`.

Environment:
  VAWDB_TEST_POSTGRES_URL   the PostgreSQL server the tests use
                            (default postgres://postgres@127.0.0.1:5432/test)
  VAWDB_TEST_PYTHON         a Python that has sdmx1, schemathesis and
                            openapi-spec-validator, used instead of making
                            target/test-venv
  VAWDB_TEST_NU_CHECKER     the W3C Nu HTML Checker's vnu.jar, used instead of
                            downloading it to target/nu-checker";

fn test(extra: &[String]) -> Result<(), String> {
    let postgres_url = std::env::var(POSTGRES_URL_VARIABLE).unwrap_or_else(|_| DEFAULT_POSTGRES_URL.to_owned());
    ensure_postgres(&postgres_url)?;
    ensure_chromium()?;
    ensure_office_tools()?;
    let python = ensure_python_packages()?;
    let nu_checker = ensure_nu_checker()?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let started = Instant::now();
    let run_tests = |arguments: &[&str]| {
        Command::new(&cargo)
            .args(arguments)
            .args(extra)
            .env(POSTGRES_URL_VARIABLE, &postgres_url)
            .env(PYTHON_VARIABLE, &python)
            .env(NU_CHECKER_VARIABLE, &nu_checker)
            .status()
            .map_err(|error| format!("cannot run cargo: {error}"))
    };
    // nextest runs every test in its own process, as many at once as there are cores, across
    // all test binaries; `cargo test` runs one binary after another. Doc tests are not run by
    // nextest and get their own `cargo test --doc`.
    let status = if nextest_installed(&cargo) {
        run_tests(&["nextest", "run", "--workspace", "--no-fail-fast"])?
    } else {
        eprintln!("xtask: cargo-nextest is not installed; running the tests with cargo test");
        run_tests(&["test", "--workspace", "--no-fail-fast", "--all-targets"])?
    };
    let doc_status = run_tests(&["test", "--workspace", "--doc"])?;
    eprintln!("xtask: the tests took {} s", started.elapsed().as_secs());
    match (status.success(), doc_status.success()) {
        (true, true) => Ok(()),
        (false, _) => Err(format!("the test suite failed ({status})")),
        (true, false) => Err(format!("the documentation examples failed ({doc_status})")),
    }
}

/// Whether `cargo nextest` can be run.
fn nextest_installed(cargo: &str) -> bool {
    Command::new(cargo)
        .args(["nextest", "--version"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// Host and port of a `postgres://user@host:port/database` URL.
fn host_and_port(url: &str) -> Result<(String, u16), String> {
    let rest = url.split_once("://").map(|(_, rest)| rest).ok_or_else(|| format!("'{url}' is not a URL"))?;
    let authority = rest.split('/').next().unwrap_or(rest);
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
    let (host, port) = host_port.rsplit_once(':').unwrap_or((host_port, "5432"));
    Ok((host.to_owned(), port.parse().map_err(|_| format!("'{port}' is not a port in {url}"))?))
}

fn reachable(host: &str, port: u16) -> bool {
    (host, port)
        .to_socket_addrs()
        .map(|mut addresses| {
            addresses.any(|address| TcpStream::connect_timeout(&address, Duration::from_secs(2)).is_ok())
        })
        .unwrap_or(false)
}

fn wait_until_reachable(host: &str, port: u16, limit: Duration) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if reachable(host, port) {
            return true;
        }
        thread::sleep(Duration::from_millis(250));
    }
    false
}

fn run(program: &str, arguments: &[&str]) -> Result<(), String> {
    eprintln!("xtask: running {program} {}", arguments.join(" "));
    let status =
        Command::new(program).args(arguments).status().map_err(|error| format!("cannot run {program}: {error}"))?;
    if status.success() { Ok(()) } else { Err(format!("{program} {} failed ({status})", arguments.join(" "))) }
}

fn installed(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .map(|output| output.status.success())
        .unwrap_or(false)
}

fn apt_install(packages: &[&str]) -> Result<(), String> {
    if !installed("apt-get") {
        return Err(format!(
            "{} must be installed, and there is no apt-get here to install it with",
            packages.join(" ")
        ));
    }
    // Another installation (the machine's own updates, say) may hold the package lock for a
    // while; wait for it rather than fail.
    let lock_wait = "DPkg::Lock::Timeout=600";
    run("apt-get", &["-o", lock_wait, "update", "-qq"])?;
    let mut arguments = vec!["-o", lock_wait, "install", "-y", "-qq", "--no-install-recommends"];
    arguments.extend(packages);
    run("apt-get", &arguments)
}

/// The PostgreSQL clusters Debian's tools know, as (version, name).
fn debian_clusters() -> Vec<(String, String)> {
    let Ok(output) = Command::new("pg_lsclusters").arg("--no-header").output() else { return Vec::new() };
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| {
            let mut fields = line.split_whitespace();
            Some((fields.next()?.to_owned(), fields.next()?.to_owned()))
        })
        .collect()
}

/// Makes sure a PostgreSQL server answers at the tests' URL: starts an installed cluster, or
/// installs one from Debian's packages, with trust authentication on the loopback address.
fn ensure_postgres(url: &str) -> Result<(), String> {
    let (host, port) = host_and_port(url)?;
    if reachable(&host, port) {
        return ensure_test_database(url);
    }
    let local = host == "127.0.0.1" || host == "localhost" || host == "::1";
    if !local {
        return Err(format!("PostgreSQL does not answer at {host}:{port}, and it is not on this machine to start it"));
    }
    eprintln!("xtask: PostgreSQL does not answer at {host}:{port}; starting it");
    let mut installed_now = false;
    if debian_clusters().is_empty() {
        apt_install(&["postgresql"])?;
        installed_now = true;
    }
    for (version, name) in debian_clusters() {
        if installed_now {
            trust_loopback(&version, &name)?;
        }
        // An already running cluster makes this fail harmlessly; reachability decides below.
        let _ = run("pg_ctlcluster", &["--skip-systemctl-redirect", &version, &name, "start"]);
    }
    if !wait_until_reachable(&host, port, Duration::from_secs(60)) {
        return Err(format!(
            "PostgreSQL still does not answer at {host}:{port} after starting it; see `pg_lsclusters` and its log"
        ));
    }
    ensure_test_database(url)
}

/// Lets the tests connect over the loopback address without a password, as on the
/// development machines, by putting a trust rule first in the cluster's pg_hba.conf.
fn trust_loopback(version: &str, name: &str) -> Result<(), String> {
    let path = format!("/etc/postgresql/{version}/{name}/pg_hba.conf");
    let current = std::fs::read_to_string(&path).map_err(|error| format!("cannot read {path}: {error}"))?;
    let rules = "host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n";
    if !current.starts_with(rules) {
        std::fs::write(&path, format!("{rules}{current}")).map_err(|error| format!("cannot write {path}: {error}"))?;
    }
    Ok(())
}

/// Creates the database the URL names if it does not exist.
fn ensure_test_database(url: &str) -> Result<(), String> {
    if !installed("psql") {
        // Without psql the tests themselves will say whether the database is there.
        return Ok(());
    }
    let (server, database) = url.rsplit_once('/').ok_or_else(|| format!("'{url}' names no database"))?;
    let query = format!("SELECT 1 FROM pg_database WHERE datname = '{}'", database.replace('\'', "''"));
    let output = Command::new("psql")
        .args([&format!("{server}/postgres"), "-tAc", &query])
        .output()
        .map_err(|error| format!("cannot run psql: {error}"))?;
    if !output.status.success() {
        return Err(format!(
            "cannot query the PostgreSQL server at {server}: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    if String::from_utf8_lossy(&output.stdout).trim() != "1" {
        run(
            "psql",
            &[&format!("{server}/postgres"), "-c", &format!("CREATE DATABASE \"{}\"", database.replace('"', ""))],
        )?;
    }
    Ok(())
}

/// Makes sure headless Chromium and chromedriver are installed, from Debian's packages.
fn ensure_chromium() -> Result<(), String> {
    let present = |path: &str| Path::new(path).exists();
    if present("/usr/bin/chromium") && present("/usr/bin/chromedriver") {
        return Ok(());
    }
    eprintln!("xtask: installing Chromium and chromedriver for the browser tests");
    apt_install(&["chromium", "chromium-driver"])?;
    if present("/usr/bin/chromium") && present("/usr/bin/chromedriver") {
        Ok(())
    } else {
        Err("Chromium or chromedriver is still missing after installing chromium and chromium-driver".to_owned())
    }
}

/// Makes sure LibreOffice (to open the Word reports the tests write) and poppler's pdftotext
/// (to read PDF files) are installed, from Debian's packages.
fn ensure_office_tools() -> Result<(), String> {
    if installed("soffice") && installed("pdftotext") {
        return Ok(());
    }
    eprintln!("xtask: installing LibreOffice Writer and poppler-utils for the report tests");
    apt_install(&["libreoffice-writer-nogui", "poppler-utils"])?;
    if installed("soffice") && installed("pdftotext") {
        Ok(())
    } else {
        Err("soffice or pdftotext is still missing after installing libreoffice-writer-nogui and poppler-utils"
            .to_owned())
    }
}

/// Makes sure Java runs and the W3C Nu HTML Checker is at hand, and returns the path of its
/// `vnu.jar` for [`NU_CHECKER_VARIABLE`]: the one that variable names already, or one
/// downloaded from the npm registry to `target/nu-checker` and checked against its SHA-1.
fn ensure_nu_checker() -> Result<PathBuf, String> {
    if !installed("java") {
        eprintln!("xtask: installing Java for the W3C Nu HTML Checker");
        apt_install(&["default-jre-headless"])?;
    }
    if let Some(jar) = std::env::var_os(NU_CHECKER_VARIABLE).map(PathBuf::from) {
        return if jar.is_file() {
            Ok(jar)
        } else {
            Err(format!("{NU_CHECKER_VARIABLE}={} is not a file; point it at vnu.jar or unset it", jar.display()))
        };
    }
    let folder = std::path::absolute(target_directory().join("nu-checker"))
        .map_err(|error| format!("cannot resolve the target folder: {error}"))?;
    let jar = folder.join("vnu.jar");
    let stamp = folder.join("sha1");
    if jar.is_file() && std::fs::read_to_string(&stamp).is_ok_and(|sha1| sha1.trim() == NU_CHECKER_SHA1) {
        return Ok(jar);
    }
    for (program, package) in [("curl", "curl"), ("tar", "tar"), ("sha1sum", "coreutils")] {
        if !installed(program) {
            apt_install(&[package])?;
        }
    }
    std::fs::create_dir_all(&folder).map_err(|error| format!("cannot make {}: {error}", folder.display()))?;
    let tarball = folder.join("vnu-jar.tgz");
    let tarball_text = tarball.display().to_string();
    run("curl", &["-fsSL", "--retry", "3", "-o", &tarball_text, NU_CHECKER_TARBALL])?;
    let output =
        Command::new("sha1sum").arg(&tarball).output().map_err(|error| format!("cannot run sha1sum: {error}"))?;
    let digest = String::from_utf8_lossy(&output.stdout).split_whitespace().next().unwrap_or("").to_owned();
    if digest != NU_CHECKER_SHA1 {
        return Err(format!("{NU_CHECKER_TARBALL} has SHA-1 {digest}, not {NU_CHECKER_SHA1}"));
    }
    let folder_text = folder.display().to_string();
    run("tar", &["-xzf", &tarball_text, "-C", &folder_text, "--strip-components=3", "package/build/dist/vnu.jar"])?;
    std::fs::remove_file(&tarball).map_err(|error| format!("cannot remove {tarball_text}: {error}"))?;
    std::fs::write(&stamp, NU_CHECKER_SHA1).map_err(|error| format!("cannot write {}: {error}", stamp.display()))?;
    Ok(jar)
}

/// The workspace's target folder, where the tests' virtual environment is kept.
fn target_directory() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"))
}

/// Whether `python` runs and can import every module of [`PYTHON_PACKAGES`].
fn imports_python_packages(python: &Path) -> bool {
    let imports: Vec<String> = PYTHON_PACKAGES.iter().map(|(_, module)| format!("import {module}")).collect();
    Command::new(python)
        .args(["-c", &imports.join("; ")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// Makes sure there is a Python with the packages the tests use, and returns its path for
/// [`PYTHON_VARIABLE`]: the one that variable names already, or the one of a virtual
/// environment in `target/test-venv`, made with `python3 -m venv` and filled by pip when
/// missing. The system's Python is left as it is, since Debian's refuses pip installs.
fn ensure_python_packages() -> Result<PathBuf, String> {
    let packages: Vec<&str> = PYTHON_PACKAGES.iter().map(|(package, _)| *package).collect();
    if let Some(python) = std::env::var_os(PYTHON_VARIABLE).map(PathBuf::from) {
        return if imports_python_packages(&python) {
            Ok(python)
        } else {
            Err(format!(
                "{PYTHON_VARIABLE}={} lacks {}; install them into it or unset it",
                python.display(),
                packages.join(" ")
            ))
        };
    }
    // The tests run in their crates' folders, so the path they are given must be absolute.
    let venv = std::path::absolute(target_directory().join("test-venv"))
        .map_err(|error| format!("cannot resolve the target folder: {error}"))?;
    let python = venv.join("bin/python");
    if imports_python_packages(&python) {
        return Ok(python);
    }
    eprintln!("xtask: making {} with {} for the tests", venv.display(), packages.join(" "));
    if !installed("python3") {
        apt_install(&["python3", "python3-venv"])?;
    }
    let venv_text = venv.to_str().ok_or_else(|| format!("{} is not UTF-8", venv.display()))?;
    let python_text = python.to_str().ok_or_else(|| format!("{} is not UTF-8", python.display()))?;
    // Debian's python3 makes no virtual environment without the python3-venv package; a
    // half-made one is cleared on the second try.
    if run("python3", &["-m", "venv", venv_text]).is_err() {
        apt_install(&["python3-venv"])?;
        run("python3", &["-m", "venv", "--clear", venv_text])?;
    }
    let mut arguments = vec!["-m", "pip", "install", "--quiet"];
    arguments.extend(&packages);
    run(python_text, &arguments)?;
    if imports_python_packages(&python) {
        Ok(python)
    } else {
        Err(format!("{} still cannot import {} after pip installed them", python.display(), packages.join(" ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_host_and_port_from_postgres_urls() {
        assert_eq!(host_and_port("postgres://postgres@127.0.0.1:5432/test").unwrap(), ("127.0.0.1".to_owned(), 5432));
        assert_eq!(host_and_port("postgres://u:p@db.example/x").unwrap(), ("db.example".to_owned(), 5432));
        assert!(host_and_port("not a url").is_err());
    }
}
