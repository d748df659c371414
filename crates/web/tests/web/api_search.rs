//! `GET /api/v1/search`.

use crate::support::TestApp;

#[tokio::test]
async fn a_french_label_finds_tagged_measures_with_highlights_and_facets() {
    let app = TestApp::with_demo().await;
    let json = app.json("/api/v1/search?q=travailleuses+migrantes&per_page=5").await;
    assert!(json["total"].as_u64().unwrap() >= 48, "{}", json["total"]);
    assert_eq!(json["per_page"], 5);
    assert_eq!(json["hits"].as_array().unwrap().len(), 5);
    assert!(json["named_terms"].as_array().unwrap().iter().any(|term| term["code"] == "women-migrant-workers"));
    for hit in json["hits"].as_array().unwrap() {
        let text = hit["snippet"]["text"].as_str().unwrap();
        for range in hit["snippet"]["highlights"].as_array().unwrap() {
            let (start, end) = (range[0].as_u64().unwrap() as usize, range[1].as_u64().unwrap() as usize);
            assert!(text.is_char_boundary(start) && text.is_char_boundary(end) && start < end);
        }
    }
    let keyword = json["facets"]["terms"]["keyword"].as_array().unwrap();
    assert!(
        keyword.iter().any(|value| value["value"] == "women-migrant-workers" && value["count"].as_u64().unwrap() > 0)
    );
}

#[tokio::test]
async fn facet_counts_agree_with_the_measure_list() {
    let app = TestApp::with_demo().await;
    let json = app.json("/api/v1/search?type=training").await;
    for country in json["facets"]["country"].as_array().unwrap().iter().take(5) {
        let list =
            app.json(&format!("/api/v1/measures?type=training&country={}", country["value"].as_str().unwrap())).await;
        assert_eq!(country["count"], list["total"], "{country}");
    }
    for kind in json["facets"]["actor_kind"].as_array().unwrap() {
        let list =
            app.json(&format!("/api/v1/measures?type=training&actor_kind={}", kind["value"].as_str().unwrap())).await;
        assert_eq!(kind["count"], list["total"], "{kind}");
    }
    let list = app.json("/api/v1/measures?type=training").await;
    assert_eq!(json["total"], list["total"]);
}

#[tokio::test]
async fn errors_name_the_parameter_and_the_search_is_in_the_openapi_document() {
    let app = TestApp::with_demo().await;
    let response = app.get("/api/v1/search?year_from=2010&year_to=2001").await;
    assert_eq!(response.status, 400);
    assert_eq!(response.json()["error"]["parameter"], "year_to");
    let response = app.get(&format!("/api/v1/search?q={}", "x".repeat(501))).await;
    assert_eq!(response.json()["error"]["parameter"], "q");
    let document = app.json("/api/v1/openapi.json").await;
    let parameters = document["paths"]["/api/v1/search"]["get"]["parameters"].as_array().unwrap();
    assert!(parameters.iter().any(|parameter| parameter["name"] == "q"));
}
