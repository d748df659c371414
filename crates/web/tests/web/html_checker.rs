//! Every page, public and signed in, in a left-to-right and a right-to-left language, passes
//! the W3C Nu HTML Checker with no error: the checker browsers' makers and assistive
//! technologies are tested against, stricter than the parser of `support::assert_valid_html`
//! (it knows which attributes and roles each element may have).
//!
//! It needs Java and the checker's `vnu.jar`, named by `VAWDB_TEST_NU_CHECKER`; `cargo xtask
//! test` installs both. Without them the test fails, it does not skip.

use std::process::Command;

use axum::http::StatusCode;
use domain::{account::Role, country::M49};

use crate::support::TestApp;

const PASSWORD: &str = "correct horse battery staple";

/// The public pages: one of each kind.
const PUBLIC_PAGES: &[&str] = &[
    "/",
    "/search",
    "/search?q=trafficking&country=THA&type=training",
    "/search?actor=IOM",
    "/measures/1",
    "/countries",
    "/countries?all=1&name=e",
    "/countries/THA",
    "/countries/THA?as_at=2009-06-01",
    "/cycles",
    "/cycles/2009",
    "/cycles/2009/report",
    "/instruments",
    "/instruments/untoc",
    "/vocabularies/type",
    "/vocabularies/keyword/migrant-women",
    "/statistics",
    "/about",
    "/sign-in",
    "/measures/999999",
];

/// The pages of the signed-in forms, with the role that sees them.
const SIGNED_IN_PAGES: &[(&str, &str)] = &[
    ("fp@kenya.example", "/measures/new"),
    ("fp@kenya.example", "/work"),
    ("fp@kenya.example", "/import"),
    ("fp@kenya.example", "/account"),
    ("editor@un.example", "/measures/new"),
    ("editor@un.example", "/measures/1/edit"),
    ("editor@un.example", "/measures/1/history"),
    ("editor@un.example", "/cycles/new"),
    ("editor@un.example", "/cycles/2009/replies"),
    ("editor@un.example", "/statistics/datasets"),
    ("admin@un.example", "/admin/accounts"),
    ("admin@un.example", "/admin/audit"),
    ("stats@kenya.example", "/statistics/datasets"),
];

#[tokio::test]
async fn every_page_passes_the_w3c_nu_html_checker_in_english_and_arabic() {
    let jar = std::env::var("VAWDB_TEST_NU_CHECKER").unwrap_or_else(|_| {
        panic!("VAWDB_TEST_NU_CHECKER names no vnu.jar: run the tests with `cargo xtask test`, which installs it")
    });
    assert!(std::path::Path::new(&jar).is_file(), "VAWDB_TEST_NU_CHECKER={jar} is not a file");
    let app = TestApp::with_demo().await;
    let kenya = M49::new(404).unwrap();
    for (username, role) in [
        ("fp@kenya.example", Role::FocalPoint { country: kenya }),
        ("editor@un.example", Role::Editor),
        ("admin@un.example", Role::Administrator),
        ("stats@kenya.example", Role::DataProvider { country: kenya }),
    ] {
        app.add_account(username, role, PASSWORD).await;
    }
    let folder = tempfile::tempdir().unwrap();
    let mut written = Vec::new();
    let mut write = |name: String, body: &str| {
        let path = folder.path().join(format!("{:03}.html", written.len()));
        std::fs::write(&path, body).unwrap();
        written.push((path, name));
    };
    for language in ["en", "ar"] {
        for page in PUBLIC_PAGES {
            let uri = with_language(page, language);
            let response = app.get(&uri).await;
            assert!(response.status == StatusCode::OK || *page == "/measures/999999", "GET {uri}: {}", response.status);
            write(uri, &response.body);
        }
        let mut browsers = std::collections::BTreeMap::new();
        for (username, page) in SIGNED_IN_PAGES {
            if !browsers.contains_key(username) {
                browsers.insert(*username, app.signed_in(username, PASSWORD).await);
            }
            let uri = with_language(page, language);
            let response = app.get_as(&browsers[username], &uri).await;
            assert_eq!(response.status, StatusCode::OK, "GET {uri} as {username}");
            write(format!("{uri} as {username}"), &response.body);
        }
        // A refused form, with its problems beside the fields.
        let editor = &browsers["editor@un.example"];
        let token = app.csrf_token(editor).await;
        let uri = with_language("/measures", language);
        let refused = app.post_form(editor, &uri, &[("csrf_token", &token), ("year_from", "twenty")]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        write(format!("POST {uri} (refused)"), &refused.body);
    }

    let output = Command::new("java")
        .args(["-jar", &jar, "--errors-only", "--format", "json", "--stdout"])
        .args(written.iter().map(|(path, _)| path))
        .output()
        .unwrap_or_else(|error| panic!("cannot run java (cargo xtask test installs it): {error}"));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|error| {
        panic!("the checker wrote no JSON ({error}): {}", String::from_utf8_lossy(&output.stderr))
    });
    let errors: Vec<String> = report["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|message| message["type"] != "info")
        .map(|message| {
            let url = message["url"].as_str().unwrap_or("");
            let page = written
                .iter()
                .find(|(path, _)| url.ends_with(&path.file_name().unwrap().to_string_lossy().to_string()))
                .map_or(url, |(_, name)| name.as_str());
            format!(
                "{page}, line {}: {} ({})",
                message["lastLine"],
                message["message"].as_str().unwrap_or(""),
                message["extract"].as_str().unwrap_or("").trim()
            )
        })
        .collect();
    assert!(written.len() > 60, "only {} pages were checked", written.len());
    assert!(errors.is_empty(), "the Nu HTML Checker finds {} errors:\n{}", errors.len(), errors.join("\n"));
}

fn with_language(page: &str, language: &str) -> String {
    let separator = if page.contains('?') { '&' } else { '?' };
    format!("{page}{separator}lang={language}")
}
