//! `GET /api/v1/vocabularies` and `GET /api/v1/vocabularies/{code}`.

use crate::support::TestApp;

#[tokio::test]
async fn vocabularies_come_with_hierarchical_terms_in_six_languages() {
    let app = TestApp::with_demo().await;
    let all = app.json("/api/v1/vocabularies").await;
    let codes: Vec<&str> =
        all["vocabularies"].as_array().unwrap().iter().map(|v| v["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["type", "form", "keyword", "stage"]);
    let stage = app.json("/api/v1/vocabularies/stage?lang=zh").await;
    insta::assert_json_snapshot!("vocabulary_stage_zh", stage);
    let types = app.json("/api/v1/vocabularies/type").await;
    let deep = types["terms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["code"] == "legislation.immigration.foreign-workers")
        .unwrap();
    assert_eq!(deep["depth"], 2);
    assert_eq!(deep["parent"], "legislation.immigration");
    assert_eq!(app.get("/api/v1/vocabularies/colour").await.status, 404);
}
