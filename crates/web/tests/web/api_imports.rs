//! `POST /api/v1/imports` with API tokens made on the account page.

use axum::{
    body::Body,
    http::{Request, StatusCode},
};
use domain::{
    account::{Role, Username},
    country::M49,
    measure::ExternalId,
};
use store::Author;

use crate::support::{Browser, Response, TestApp, readable};

const PASSWORD: &str = "correct horse battery staple";

fn table(id: &str, country: &str) -> Vec<u8> {
    let mut cells = vec![String::new(); measure_table::COLUMNS.len()];
    cells[0] = id.to_owned();
    cells[2] = country.to_owned();
    cells[8] = "protection.services.hotlines".to_owned();
    cells[13] = "Hotline".to_owned();
    cells[14] = "Answered day and night.".to_owned();
    let mut rows = measure_table::CsvRows::with_header();
    rows.push(&cells);
    rows.into_bytes()
}

async fn import(app: &TestApp, token: Option<&str>, query: &str, body: Vec<u8>) -> Response {
    let mut request = Request::post(format!("/api/v1/imports?{query}"));
    if let Some(token) = token {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    app.send(request.body(Body::from(body)).unwrap()).await
}

async fn token_for(app: &TestApp, browser: &Browser) -> String {
    let csrf = app.csrf_token(browser).await;
    let fields =
        [("csrf_token", csrf.as_str()), ("name", "national system"), ("scope", "measures:import"), ("days", "90")];
    let issued = app.post_form(browser, "/account/tokens", &fields).await;
    assert_eq!(issued.status, StatusCode::OK, "{}", readable(&issued.body));
    crate::support::between(&issued.body, "<code id=\"issued-token\">", "</code>").to_owned()
}

#[tokio::test]
async fn a_token_imports_as_its_accounts_role_allows() {
    let app = TestApp::with_demo().await;
    app.add_account("fp@kenya.example", Role::FocalPoint { country: M49::new(404).unwrap() }, PASSWORD).await;
    let browser = app.signed_in("fp@kenya.example", PASSWORD).await;
    let token = token_for(&app, &browser).await;
    assert_eq!(token.len(), 64);

    let dry = import(&app, Some(&token), "file_name=m.csv&dry_run=true", table("ken-hotline", "KEN")).await;
    assert_eq!(dry.status, StatusCode::OK, "{}", dry.body);
    assert_eq!(dry.json()["created"], 1);
    assert_eq!(dry.json()["dry_run"], true);
    assert!(app.store.measure_by_external_id(&ExternalId::parse("ken-hotline").unwrap()).await.unwrap().is_none());

    let done = import(&app, Some(&token), "file_name=m.csv", table("ken-hotline", "KEN")).await;
    assert_eq!(done.json()["created"], 1);
    let history = app.store.changes_for("measure", "ken-hotline").await.unwrap();
    assert!(history[0].author.starts_with("fp@kenya.example (API token "), "{}", history[0].author);

    let other = import(&app, Some(&token), "file_name=m.csv", table("phl-hotline", "PHL")).await;
    assert_eq!(other.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(other.json()["problems"][0]["message"].as_str().unwrap().contains("own State"), "{}", other.body);
    let bad = import(&app, Some(&token), "file_name=m.csv", b"id,colour\nx,red\n".to_vec()).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.json()["problems"][0]["place"], "m.csv, row 1, column B");
    assert_eq!(bad.json()["problems"][0]["value"], "colour");

    let account = readable(&app.get_as(&browser, "/account").await.body);
    assert!(account.contains("national system") && account.contains("measures:import"), "{account}");
    assert!(!account.contains(&token), "a token is shown only once");
}

#[tokio::test]
async fn no_token_a_wrong_one_a_revoked_one_or_a_disabled_account_is_refused() {
    let app = TestApp::with_demo().await;
    app.add_account("editor@un.example", Role::Editor, PASSWORD).await;
    let browser = app.signed_in("editor@un.example", PASSWORD).await;
    let token = token_for(&app, &browser).await;
    let none = import(&app, None, "file_name=m.csv", table("x-1", "KEN")).await;
    assert_eq!(none.status, StatusCode::UNAUTHORIZED);
    assert!(none.json()["error"]["message"].as_str().unwrap().contains("Bearer"));
    let wrong = import(&app, Some(&"0".repeat(64)), "file_name=m.csv", table("x-1", "KEN")).await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    let no_name = import(&app, Some(&token), "dry_run=true", table("x-1", "KEN")).await;
    assert_eq!(no_name.status, StatusCode::BAD_REQUEST);
    assert_eq!(no_name.json()["error"]["parameter"], "file_name");

    let csrf = app.csrf_token(&browser).await;
    let id = app
        .store
        .api_tokens_of(app.store.account(&Username::parse("editor@un.example").unwrap()).await.unwrap().unwrap().id)
        .await
        .unwrap()[0]
        .id;
    let revoked = app.post_form(&browser, &format!("/account/tokens/{id}/revoke"), &[("csrf_token", &csrf)]).await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    assert_eq!(
        import(&app, Some(&token), "file_name=m.csv", table("x-1", "KEN")).await.status,
        StatusCode::UNAUTHORIZED
    );

    let second = token_for(&app, &browser).await;
    assert_eq!(
        import(&app, Some(&second), "file_name=m.csv&dry_run=true", table("x-1", "KEN")).await.status,
        StatusCode::OK
    );
    app.store.disable_account(&Username::parse("editor@un.example").unwrap(), &Author::process("test")).await.unwrap();
    assert_eq!(
        import(&app, Some(&second), "file_name=m.csv&dry_run=true", table("x-1", "KEN")).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_token_needs_a_name_and_a_scope_and_the_api_document_describes_it() {
    let app = TestApp::with_demo().await;
    app.add_account("editor@un.example", Role::Editor, PASSWORD).await;
    let browser = app.signed_in("editor@un.example", PASSWORD).await;
    let csrf = app.csrf_token(&browser).await;
    let refused = app
        .post_form(&browser, "/account/tokens", &[("csrf_token", csrf.as_str()), ("name", "x"), ("days", "90")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(readable(&refused.body).contains("Scopes: choose what the token may do."));
    let document = app.json("/api/v1/openapi.json").await;
    assert!(document["paths"]["/api/v1/imports"]["post"].is_object());
    assert_eq!(document["components"]["securitySchemes"]["api_token"]["scheme"], "bearer");
}

/// A table of `rows` hotlines of Kenya, as a national system would send.
fn large_table(rows: usize) -> Vec<u8> {
    let mut table = measure_table::CsvRows::with_header();
    for n in 0..rows {
        let mut cells = vec![String::new(); measure_table::COLUMNS.len()];
        cells[0] = format!("ken-load-{n}");
        cells[2] = "KEN".to_owned();
        cells[8] = "protection.services.hotlines".to_owned();
        cells[13] = format!("Hotline {n}");
        cells[14] = "Answered day and night in Swahili and English.".to_owned();
        table.push(&cells);
    }
    table.into_bytes()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn small_writes_while_a_large_import_runs_queue_or_answer_503_never_500() {
    let app = std::sync::Arc::new(TestApp::with_demo().await);
    app.add_account("fp@kenya.example", Role::FocalPoint { country: M49::new(404).unwrap() }, PASSWORD).await;
    let browser = app.signed_in("fp@kenya.example", PASSWORD).await;
    let token = token_for(&app, &browser).await;
    let csrf = app.csrf_token(&browser).await;

    let importing = {
        let app = app.clone();
        let token = token.clone();
        tokio::spawn(async move { import(&app, Some(&token), "file_name=load.csv", large_table(10_000)).await })
    };
    // The writes start once the import is under way.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let mut writes = Vec::new();
    for n in 0..50 {
        let app = app.clone();
        let cookie = browser.cookie_header();
        let csrf = csrf.clone();
        writes.push(tokio::spawn(async move {
            if n % 2 == 0 {
                // A failed sign-in is a write: the attempt is counted against the name.
                let mut stranger = Browser::default();
                app.sign_in(&mut stranger, &format!("nobody-{n}@example.org"), "wrong", "").await
            } else {
                let body = form_urlencoded::Serializer::new(String::new())
                    .extend_pairs([
                        ("csrf_token", csrf.as_str()),
                        ("name", &format!("system {n}")),
                        ("scope", "measures:import"),
                        ("days", "30"),
                    ])
                    .finish();
                let request = Request::post("/account/tokens")
                    .header("cookie", cookie)
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(Body::from(body))
                    .unwrap();
                app.send(request).await
            }
        }));
    }
    let mut answers: std::collections::BTreeMap<u16, usize> = std::collections::BTreeMap::new();
    for write in writes {
        let response = write.await.unwrap();
        assert!(
            !response.status.is_server_error() || response.status == StatusCode::SERVICE_UNAVAILABLE,
            "a small write answered {}: {}",
            response.status,
            readable(&response.body)
        );
        if response.status == StatusCode::SERVICE_UNAVAILABLE {
            assert!(response.headers.contains_key("retry-after"), "503 without Retry-After");
        }
        *answers.entry(response.status.as_u16()).or_default() += 1;
    }
    let imported = importing.await.unwrap();
    assert_eq!(imported.status, StatusCode::OK, "{}", imported.body);
    assert_eq!(imported.json()["created"], 10_000);
    eprintln!("answers to 50 small writes during the import: {answers:?}");
    let done: usize = answers.iter().filter(|(status, _)| **status < 500).map(|(_, count)| count).sum();
    assert!(done >= 25, "most small writes should queue behind the import and go through: {answers:?}");
}

/// An XLSX workbook of one cell whose text is `megabytes` MiB of one letter: a file of a few
/// hundred kilobytes that inflates to the whole text.
fn workbook_bomb(megabytes: usize) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut workbook = rust_xlsxwriter::Workbook::new();
    workbook.add_worksheet().write(0, 0, "x").unwrap();
    let original = workbook.save_to_buffer().unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(original)).unwrap();
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).unwrap();
        let name = entry.name().unwrap().into_owned();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        writer.start_file(name.as_str(), options).unwrap();
        if name == "xl/sharedStrings.xml" {
            writer.write_all(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>").unwrap();
            let block = vec![b'a'; 1024 * 1024];
            for _ in 0..megabytes {
                writer.write_all(&block).unwrap();
            }
            writer.write_all(b"</t></si></sst>").unwrap();
        } else {
            writer.write_all(&bytes).unwrap();
        }
    }
    writer.finish().unwrap().into_inner()
}

#[tokio::test]
async fn a_workbook_that_inflates_to_a_huge_cell_is_refused_with_a_short_answer_naming_the_part() {
    let app = TestApp::with_demo().await;
    app.add_account("fp@kenya.example", Role::FocalPoint { country: M49::new(404).unwrap() }, PASSWORD).await;
    let browser = app.signed_in("fp@kenya.example", PASSWORD).await;
    let token = token_for(&app, &browser).await;
    let bomb = workbook_bomb(64);
    assert!(bomb.len() < 1024 * 1024, "{} bytes", bomb.len());
    let refused = import(&app, Some(&token), "file_name=m.xlsx&dry_run=true", bomb).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
    assert!(refused.bytes.len() < 4096, "an answer of {} bytes", refused.bytes.len());
    let problem = &refused.json()["problems"][0];
    assert_eq!(problem["place"], "m.xlsx");
    assert!(
        problem["message"]
            .as_str()
            .unwrap()
            .starts_with("refused: its part 'xl/sharedStrings.xml' holds a text or tag of more than 320 KiB"),
        "{}",
        refused.body
    );
}

#[tokio::test]
async fn an_import_while_every_place_for_heavy_requests_is_taken_answers_503_and_writes_nothing() {
    use tower::ServiceExt;
    let limits = web::HeavyRequestLimits { at_once: 1, longest_wait: std::time::Duration::from_millis(100) };
    let app = TestApp::with_demo_and_config(web::WebConfig { heavy_requests: limits, ..Default::default() }).await;
    app.add_account("editor@un.example", Role::Editor, PASSWORD).await;
    let browser = app.signed_in("editor@un.example", PASSWORD).await;
    let token = token_for(&app, &browser).await;
    let export = app.router.clone().oneshot(Request::get("/search/export.xlsx").body(Body::empty()).unwrap());
    let export = export.await.unwrap();
    let refused = import(&app, Some(&token), "file_name=m.csv", table("heavy-1", "KEN")).await;
    assert_eq!(refused.status, StatusCode::SERVICE_UNAVAILABLE, "{}", refused.body);
    assert_eq!(refused.headers["retry-after"], "5");
    assert!(refused.json()["error"]["message"].as_str().unwrap().contains("busy"), "{}", refused.body);
    let id = ExternalId::parse("heavy-1").unwrap();
    assert!(
        app.store.measures_by_external_ids(std::slice::from_ref(&id)).await.unwrap().is_empty(),
        "nothing was written"
    );
    drop(export);
    let imported = import(&app, Some(&token), "file_name=m.csv", table("heavy-1", "KEN")).await;
    assert_eq!(imported.status, StatusCode::OK, "{}", imported.body);
    assert_eq!(app.store.measures_by_external_ids(&[id]).await.unwrap().len(), 1);
}
