//! `GET /api/v1/countries` and `GET /api/v1/countries/{code}`.

use crate::support::TestApp;

#[tokio::test]
async fn the_country_list_holds_193_member_states() {
    let app = TestApp::with_demo().await;
    let all = app.json("/api/v1/countries").await;
    let countries = all["countries"].as_array().unwrap();
    assert_eq!(all["total"], countries.len());
    assert_eq!(countries.iter().filter(|c| c["un_status"] == "member_state").count(), 193);
    let members = app.json("/api/v1/countries?un_status=member_state").await;
    assert_eq!(members["total"], 193);
}

#[tokio::test]
async fn a_country_has_its_names_regions_and_former_names() {
    let app = TestApp::with_demo().await;
    let turkiye = app.json("/api/v1/countries/TUR").await;
    insta::assert_json_snapshot!("country_TUR", turkiye);
    let in_french = app.json("/api/v1/countries/kr?lang=fr").await;
    assert_eq!(in_french["name"], "République de Corée");
    assert_eq!(in_french["english_article"], "the");
}

#[tokio::test]
async fn bad_parameters_and_unknown_codes_are_json_errors() {
    let app = TestApp::with_demo().await;
    let bad = app.get("/api/v1/countries?un_status=everyone").await;
    assert_eq!(bad.status, 400);
    assert_eq!(bad.json()["error"]["parameter"], "un_status");
    let lang = app.get("/api/v1/countries?lang=de").await;
    assert_eq!(lang.status, 400);
    assert_eq!(lang.json()["error"]["parameter"], "lang");
    let missing = app.get("/api/v1/countries/XYZ").await;
    assert_eq!(missing.status, 404);
    assert_eq!(missing.json()["error"]["status"], 404);
    let no_route = app.get("/api/v1/nothing").await;
    assert_eq!(no_route.status, 404);
    assert!(no_route.json()["error"]["message"].as_str().unwrap().contains("/api/v1/nothing"));
}
