//! `GET /api/v1/openapi.json`: the API describes itself, every route included, in a document
//! that openapi-spec-validator accepts and that the server keeps to, as schemathesis checks by
//! sending it requests made from the document, anonymously and with an API token.

use std::{
    path::Path,
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use domain::account::Role;

use crate::support::{TestApp, test_python};

const PASSWORD: &str = "correct horse battery staple";

#[tokio::test]
async fn the_openapi_document_describes_every_api_route() {
    let app = TestApp::with_demo().await;
    let document = app.json("/api/v1/openapi.json").await;
    assert!(document["openapi"].as_str().unwrap().starts_with("3."));
    let mut paths: Vec<&str> = document["paths"].as_object().unwrap().keys().map(String::as_str).collect();
    paths.sort();
    assert_eq!(
        paths,
        [
            "/api/v1/countries",
            "/api/v1/countries/{code}",
            "/api/v1/countries/{code}/treaties",
            "/api/v1/cycles",
            "/api/v1/cycles/{code}",
            "/api/v1/cycles/{code}/treaty-parties",
            "/api/v1/imports",
            "/api/v1/instruments",
            "/api/v1/instruments/{code}",
            "/api/v1/measures",
            "/api/v1/measures/{id}",
            "/api/v1/search",
            "/api/v1/vocabularies",
            "/api/v1/vocabularies/{code}",
        ]
    );
    // Each operation has its own id, as OpenAPI requires (code generators name functions by it).
    let mut operation_ids: Vec<&str> = document["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|operations| operations.as_object().unwrap().values())
        .map(|operation| operation["operationId"].as_str().expect("every operation has an id"))
        .collect();
    let count = operation_ids.len();
    operation_ids.sort_unstable();
    operation_ids.dedup();
    assert_eq!(operation_ids.len(), count, "operation ids repeat: {operation_ids:?}");
    let parameters = document["paths"]["/api/v1/measures"]["get"]["parameters"].as_array().unwrap();
    let names: Vec<&str> = parameters.iter().map(|p| p["name"].as_str().unwrap()).collect();
    for name in ["country", "region", "type", "form", "keyword", "stage", "page", "per_page", "lang"] {
        assert!(names.contains(&name), "{name} is documented");
    }
    for schema in ["MeasureView", "CountryView", "CycleResponse", "ErrorBody"] {
        assert!(document["components"]["schemas"][schema].is_object(), "{schema}");
    }
    // Every documented path answers, so the document does not promise what is not there.
    for path in [
        "/api/v1/countries",
        "/api/v1/countries/THA",
        "/api/v1/cycles",
        "/api/v1/cycles/2009",
        "/api/v1/measures",
        "/api/v1/vocabularies",
        "/api/v1/vocabularies/type",
    ] {
        app.json(path).await;
    }
}

#[tokio::test]
async fn openapi_spec_validator_finds_the_served_document_valid() {
    let python = test_python(&["openapi_spec_validator"]);
    let app = TestApp::with_demo().await;
    let response = app.get("/api/v1/openapi.json").await;
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("openapi.json");
    std::fs::write(&file, &response.bytes).unwrap();
    let output = Command::new(&python)
        .args(["-m", "openapi_spec_validator", "--validation-errors", "all", "--subschema-errors", "all"])
        .arg(&file)
        .current_dir(folder.path())
        .output()
        .expect("openapi-spec-validator starts");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && stdout.contains(": OK"),
        "openapi-spec-validator refuses the document:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The checks schemathesis makes of every response: no 5xx; status, content type, headers
/// and body as the document says; a required parameter left out, a method the path does not
/// have and (with a token) a request without it are refused. Left out are the two checks that
/// a value the schema allows is accepted and one it does not is refused: a code of the right
/// shape that names nothing in the catalogue is a documented 400 (the schema cannot list the
/// catalogue, which grows), and an empty value counts as no value, as on the site's forms.
const CHECKS: &str = "not_a_server_error,status_code_conformance,content_type_conformance,\
                      response_headers_conformance,response_schema_conformance,\
                      missing_required_header,unsupported_method,ignored_auth";

/// How long one run of schemathesis may take before the test fails, so that the test with
/// its two runs stays under three minutes; a run takes about 15 seconds on an idle two-core
/// machine.
const RUN_LIMIT: Duration = Duration::from_secs(80);

/// What one run of schemathesis printed, and how many test cases it ran.
struct Run {
    passed: bool,
    cases: u64,
    output: String,
}

/// Runs schemathesis against the document served at `base`, with `token` as bearer token if
/// given, with a fixed seed and 40 examples per operation and phase, so that a run is short and
/// the same each time; it is killed (and the test fails) after [`RUN_LIMIT`].
fn schemathesis(python: &Path, base: &str, token: Option<&str>) -> Run {
    let folder = tempfile::tempdir().unwrap();
    let output_file = folder.path().join("output.txt");
    let junit = folder.path().join("junit.xml");
    let mut command = Command::new(python);
    command
        .args(["-m", "schemathesis.cli", "run", &format!("{base}/api/v1/openapi.json")])
        .args(["--checks", &CHECKS.split_whitespace().collect::<String>()])
        .args(["--phases", "examples,coverage,fuzzing"])
        .args(["--max-examples", "40", "--seed", "20090601", "--workers", "2"])
        .args(["--request-timeout", "20", "--generation-database", "none", "--no-color"])
        .args(["--report", "junit", "--report-junit-path"])
        .arg(&junit);
    if let Some(token) = token {
        command.args(["--header", &format!("Authorization: Bearer {token}")]);
    }
    // Hypothesis and schemathesis write their files in the working folder: a temporary one.
    let log = std::fs::File::create(&output_file).unwrap();
    let mut child = command
        .current_dir(folder.path())
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .spawn()
        .expect("schemathesis starts");
    let deadline = Instant::now() + RUN_LIMIT;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if Instant::now() > deadline {
            child.kill().unwrap();
            child.wait().unwrap();
            break None;
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    let output = std::fs::read_to_string(&output_file).unwrap();
    let Some(status) = status else {
        panic!("schemathesis ran longer than {RUN_LIMIT:?}:\n{output}");
    };
    let report = std::fs::read_to_string(&junit).unwrap_or_default();
    let cases = cases_run(&output);
    Run { passed: status.success() && !report.contains("<failure") && !report.contains("<error"), cases, output }
}

/// The number of test cases schemathesis says it generated, from the line under "Test
/// cases:" in its summary ("1182 generated, 1182 passed").
fn cases_run(output: &str) -> u64 {
    output
        .lines()
        .skip_while(|line| line.trim() != "Test cases:")
        .nth(1)
        .and_then(|line| line.trim().split(" generated").next()?.parse().ok())
        .unwrap_or_else(|| panic!("schemathesis printed no count of test cases:\n{output}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schemathesis_finds_the_api_keeps_to_its_document_anonymously_and_with_a_token() {
    let python = test_python(&["schemathesis"]);
    let app = TestApp::with_demo().await;
    app.add_account("editor@un.example", Role::Editor, PASSWORD).await;
    let token = app.api_token("editor@un.example", PASSWORD, "measures:import").await;
    let base = app.listen().await;
    let started = Instant::now();
    let runs = tokio::task::spawn_blocking(move || {
        [
            ("anonymously", schemathesis(&python, &base, None)),
            ("with a token", schemathesis(&python, &base, Some(&token))),
        ]
    })
    .await
    .unwrap();
    for (how, run) in &runs {
        eprintln!("schemathesis, run {how}:\n{}", run.output);
        assert!(run.passed, "schemathesis, run {how}, found responses that break the document:\n{}", run.output);
        // Fourteen operations with at least a few cases each: a run that tested nothing fails.
        assert!(run.cases >= 100, "schemathesis, run {how}, ran only {} test cases:\n{}", run.cases, run.output);
    }
    // With the token the import is tried for real: a token that did not work would leave it
    // answering 401 alone, which schemathesis reports as a failed authentication.
    assert!(!runs[1].1.output.contains("Authentication failed"), "the token was refused:\n{}", runs[1].1.output);
    eprintln!(
        "schemathesis ran {} test cases anonymously and {} with a token in {:.0?}",
        runs[0].1.cases,
        runs[1].1.cases,
        started.elapsed()
    );
}
