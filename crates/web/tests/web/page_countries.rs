//! `GET /countries` and `GET /countries/{code}`.

use crate::support::{TestApp, between};

#[tokio::test]
async fn the_country_list_has_every_member_state_by_region_with_counts() {
    let app = TestApp::with_demo().await;
    let html = app.page("/countries").await;
    assert_eq!(html.matches("<td>Member State</td>").count(), 193);
    assert_eq!(html.matches("<td>Observer State</td>").count(), 2);
    let thailand = between(&html, r#"<a href="/countries/THA">Thailand</a>"#, "</tr>");
    // Eleven measures of Thailand itself and one by IOM in Thailand.
    assert!(thailand.contains(r#"<td class="number">12</td>"#), "{thailand}");
    for region in ["Africa", "Americas", "Asia", "Europe", "Oceania"] {
        assert!(html.contains(&format!(">{region}</h2>")), "{region}");
    }
}

#[tokio::test]
async fn a_country_page_groups_measures_by_type_of_measure() {
    let app = TestApp::with_demo().await;
    let html = app.page("/countries/THA").await;
    assert!(html.contains("<h1>Thailand</h1>"));
    assert!(html.contains("the Kingdom of Thailand"));
    assert!(html.contains("12 published measures"));
    let legislation = between(&html, ">Legislation and the justice system <small>", "</section>");
    assert!(legislation.contains("Law on the employment of foreign workers"));
    assert!(!legislation.contains("Migrant health strategy"), "the health strategy is a policy");
    assert!(html.contains(r#"<a href="/measures?country=THA&amp;type=policies">All measures of this type</a>"#));
    assert!(html.contains(
        r#"<a href="/measures?region=142">Asia</a> › <a href="/measures?region=035">South-eastern Asia</a>"#
    ));
}

#[tokio::test]
async fn a_renamed_country_shows_its_former_names_and_dates() {
    let app = TestApp::with_demo().await;
    let html = app.page("/countries/TUR").await;
    assert!(html.contains("<h1>Türkiye</h1>"));
    assert!(html.contains("Turkey (English), until 1 June 2022"));
    let czechia = app.page("/countries/203").await;
    assert!(czechia.contains("the Czech Republic (English), until 5 July 2016"));
}

#[tokio::test]
async fn a_country_with_no_measures_says_so_and_an_unknown_code_is_a_404() {
    let app = TestApp::with_demo().await;
    let html = app.page("/countries/FJI").await;
    assert!(html.contains("No measure of this country has been published yet."));
    assert_eq!(app.get("/countries/XYZ").await.status, 404);
}
