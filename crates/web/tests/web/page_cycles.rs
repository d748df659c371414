//! `GET /cycles`, `GET /cycles/{code}` and `GET /vocabularies/{code}`.

use crate::support::TestApp;

#[tokio::test]
async fn the_cycle_page_counts_replies_as_at_any_date() {
    let app = TestApp::with_demo().await;
    let list = app.page("/cycles").await;
    assert!(list.contains(
        r#"<a href="/cycles/2009" lang="en" dir="ltr">A/64/152: Violence against women migrant workers</a>"#
    ));
    assert!(list.contains("37 replies"));

    let html = app.page("/cycles/2009").await;
    assert!(html.contains("As at 1 June 2009, 28 Member States had responded."));
    assert!(html.contains(r#"<a href="/countries/CZE">Czech Republic</a>"#), "names as in force on the date counted");
    assert!(html.contains("International Organization for Migration"));
    assert!(
        html.contains(r#"<dd dir="ltr"><a href="https://undocs.org/A/64/152">A/64/152</a></dd>"#),
        "the report links to it"
    );
    assert!(
        html.contains(r#"General Assembly resolution <a href="https://undocs.org/A/RES/62/132">62/132</a>"#),
        "the mandate links to the resolution"
    );
    assert!(html.contains(r#"<a href="https://undocs.org/A/62/177">A/62/177</a>"#), "and the previous report");

    let before = app.page("/cycles/2009?as_at=2009-05-31").await;
    assert!(before.contains("As at 31 May 2009, no Member State had responded."));
    let later = app.page("/cycles/2009?as_at=2024-01-01").await;
    assert!(later.contains(r#"<a href="/countries/CZE">Czechia</a>"#));
    assert!(later.contains(r#"<a href="/countries/TUR">Türkiye</a>"#));
}

#[tokio::test]
async fn a_malformed_date_or_unknown_cycle_is_refused() {
    let app = TestApp::with_demo().await;
    let bad = app.get("/cycles/2009?as_at=1%20June%202009").await;
    assert_eq!(bad.status, 400);
    assert!(bad.body.contains("Parameter &#x27;as_at&#x27;"), "{}", bad.body);
    assert_eq!(app.get("/cycles/1999").await.status, 404);
}

#[tokio::test]
async fn a_vocabulary_page_is_a_tree_of_links_to_term_pages() {
    let app = TestApp::with_demo().await;
    let html = app.page("/vocabularies/type").await;
    assert!(html.contains(r#"<li class="depth-2"><a href="/vocabularies/type/legislation.immigration.foreign-workers">Employment of foreign workers</a>"#));
    let keywords = app.page("/vocabularies/keyword?lang=ru").await;
    assert!(keywords.contains(">Женщины-мигранты</a>"));
    assert_eq!(app.get("/vocabularies/nothing").await.status, 404);
}
