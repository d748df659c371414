//! `GET /api/v1/openapi.json`: the API describes itself, every route included.

use crate::support::TestApp;

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
