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
