//! `GET /` and the layout every page shares.

use crate::support::TestApp;

#[tokio::test]
async fn the_home_page_gives_the_figures_and_the_latest_cycle() {
    let app = TestApp::with_demo().await;
    let html = app.page("/").await;
    assert!(html.contains("184 published measures"), "{html}");
    assert!(html.contains("A/64/152: Violence against women migrant workers"));
    assert!(html.contains("As at 1 June 2009, 28 Member States had responded."));
    assert!(html.contains(r#"<a href="/search?type=training">Training and capacity-building</a>"#));
    assert!(html.contains(r#"<option value="THA">Thailand</option>"#));
}

#[tokio::test]
async fn every_page_offers_the_six_languages_and_a_skip_link() {
    let app = TestApp::with_demo().await;
    let html = app.page("/countries/THA").await;
    assert!(html.contains(r##"<a class="skip-link" href="#main">"##));
    assert!(html.contains(r#"<main id="main""#));
    for (code, name) in [("ar", "العربية"), ("zh", "中文"), ("fr", "Français"), ("ru", "Русский"), ("es", "Español")]
    {
        assert!(
            html.contains(&format!(
                r#"<a href="/language/{code}?next=%2Fcountries%2FTHA" lang="{code}" hreflang="{code}">{name}</a>"#
            )),
            "{code}"
        );
    }
    assert!(html.contains(
        r#"<a href="/language/en?next=%2Fcountries%2FTHA" lang="en" hreflang="en" aria-current="true">English</a>"#
    ));
}

#[tokio::test]
async fn a_page_in_arabic_is_right_to_left_and_names_are_in_arabic() {
    let app = TestApp::with_demo().await;
    let html = app.page("/countries/THA?lang=ar").await;
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(html.contains("<h1>تايلند</h1>"), "{}", crate::support::between(&html, "<h1>", "</h1>"));
    assert!(html.contains(r#"href="/search?country=THA&amp;lang=ar""#), "links keep the language");
}

#[tokio::test]
async fn an_unknown_address_gets_the_error_page_with_a_404() {
    let app = TestApp::with_demo().await;
    let response = app.get("/no/such/page").await;
    assert_eq!(response.status, 404);
    crate::support::assert_valid_html("/no/such/page", &response.body);
    let html = crate::support::readable(&response.body);
    assert!(html.contains("There is no page at this address."));
    assert!(html.contains(r#"<a href="/">Go to the home page</a>"#));
}
