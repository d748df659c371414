//! Unpublished measures never reach the public: not through pages, lists, counts or the API.

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
    let app = TestApp::with_demo().await;
    let before_home = app.page("/").await;
    app.import(DRAFT, MeasureState::Draft).await;
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
    let list = app.page("/measures?country=FJI").await;
    assert!(list.contains("No measure matches"));
    let api = app.json("/api/v1/measures?type=protection.services.shelters&per_page=1000").await;
    assert!(!api.to_string().contains("Unpublished shelter"));
    let countries = app.page("/countries").await;
    assert!(countries.contains(r#"<a href="/countries/FJI">Fiji</a></th>"#));
    assert!(
        crate::support::between(&countries, r#"<a href="/countries/FJI">Fiji</a>"#, "</tr>")
            .contains(r#"<td class="number">0</td>"#)
    );
    assert_eq!(app.page("/").await, before_home, "the home page's counts are unchanged");
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
    let list = app.page("/measures?country=FJI").await;
    assert!(list.contains("Unpublished shelter for migrant women in Fiji"));
}
