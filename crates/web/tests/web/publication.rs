//! Unpublished measures never reach the public: not through pages, lists, counts, the API,
//! search results, facet counts, exports or the OpenAPI document.

use domain::measure::MeasureState;

use crate::support::TestApp;

const DRAFT: &str = r#"{
  "format": "vawdb-exchange/1",
  "measures": [{
    "id": "draft-fiji-shelter",
    "country": "FJI",
    "classification": {"type": ["protection.services.shelters"]},
    "text": {"en": {"title": "Unpublished shelter for migrant women in Fiji", "description": "A draft that only editors may see."}}
  }]
}"#;

#[tokio::test]
async fn a_draft_is_absent_from_every_public_path() {
    for state in [MeasureState::Draft, MeasureState::Submitted, MeasureState::Withdrawn] {
        absent_from_every_public_path(state).await;
    }
}

async fn absent_from_every_public_path(state: MeasureState) {
    let app = TestApp::with_demo().await;
    let before_home = app.page("/").await;
    let before_search = app.json("/api/v1/search?per_page=1").await;
    app.import(DRAFT, state).await;
    let record = app
        .store
        .measure_by_external_id(&domain::measure::ExternalId::parse("draft-fiji-shelter").unwrap())
        .await
        .unwrap()
        .unwrap();

    assert_eq!(app.get(&format!("/measures/{}", record.id)).await.status, 404);
    assert_eq!(app.get(&format!("/api/v1/measures/{}", record.id)).await.status, 404);
    let fiji = app.page("/countries/FJI").await;
    assert!(fiji.contains("No measure of this country has been published yet."));
    assert!(!fiji.contains("Unpublished shelter"));
    let list = app.page("/search?country=FJI").await;
    assert!(list.contains("No measure found"), "{list}");
    let api = app.json("/api/v1/measures?type=protection.services.shelters&per_page=1000").await;
    assert!(!api.to_string().contains("Unpublished shelter"));
    let countries = app.page("/countries").await;
    assert!(!countries.contains(">Fiji</a>"), "a country with a draft only is not among those with measures");
    let every = app.page("/countries?all=1").await;
    assert!(
        crate::support::between(&every, r#"<a href="/countries/FJI">Fiji</a>"#, "</tr>")
            .contains(r#"<td class="number">0</td>"#)
    );
    let map = app.get("/countries/map.svg").await.body;
    assert!(!map.contains("Fiji"), "nor shaded on the map");
    assert_eq!(app.page("/").await, before_home, "the home page's counts are unchanged");

    let search = app.json("/api/v1/search?q=unpublished+shelter").await;
    assert!(!search.to_string().contains("draft-fiji-shelter"), "{state:?}: {search}");
    let everything = app.json("/api/v1/search?per_page=1").await;
    assert_eq!(everything["total"], before_search["total"], "{state:?}: the total is unchanged");
    assert_eq!(everything["facets"], before_search["facets"], "{state:?}: every facet count is unchanged");
    assert_eq!(app.json("/api/v1/search?country=FJI").await["total"], 0);
    assert!(!app.page("/search?q=unpublished").await.contains("Unpublished shelter"));
    for export in ["/search/export.csv", "/search/export.json", "/search/export.csv?country=FJI"] {
        assert!(!app.get(export).await.body.contains("draft-fiji-shelter"), "{state:?}: {export}");
    }
    let term = app.page("/vocabularies/type/protection.services.shelters").await;
    assert!(!term.contains("Unpublished shelter"), "{state:?}");
    let openapi = app.get("/api/v1/openapi.json").await.body;
    assert!(!openapi.contains("draft-fiji-shelter") && !openapi.contains("Unpublished shelter"), "{state:?}");
}

#[tokio::test]
async fn publishing_the_draft_makes_it_visible() {
    let app = TestApp::with_demo().await;
    app.import(DRAFT, MeasureState::Draft).await;
    app.import(
        &DRAFT.replace(r#""country": "FJI","#, r#""country": "FJI", "state": "published","#),
        MeasureState::Draft,
    )
    .await;
    let list = app.page("/search?country=FJI").await;
    assert!(list.contains("Unpublished shelter for migrant women in Fiji"));
}
