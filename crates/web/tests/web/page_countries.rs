//! `GET /countries` and `GET /countries/{code}`.

use crate::support::{TestApp, between};

#[tokio::test]
async fn the_country_list_shows_the_countries_with_measures_and_every_one_when_asked() {
    let app = TestApp::with_demo().await;
    let html = app.page("/countries").await;
    // The demo's 28 responding States, and the countries where organizations reported work.
    let listed = html.matches("<tr id=").count() + html.matches("<tr>\n").count();
    assert!(html.contains("<td>Member State</td>"));
    assert!(!html.contains(">Fiji</a>"), "Fiji has no published measure");
    let thailand = between(&html, r#"<a href="/countries/THA">Thailand</a>"#, "</tr>");
    // Eleven measures of Thailand itself and one by IOM in Thailand, linked to their search.
    assert!(thailand.contains(r#"<a href="/search?country=THA">12</a>"#), "{thailand}");
    assert!(thailand.contains("<td>Asia</td>"), "{thailand}");
    let shown = between(&html, r#"<p role="status" id="countries-shown">"#, "</p>");
    let count: usize = shown.split_whitespace().next().unwrap().parse().unwrap();
    assert!((28..60).contains(&count), "{shown} ({listed} rows)");
    assert_eq!(html.matches(r#"<th scope="row">"#).count(), count);

    let every = app.page("/countries?all=1").await;
    assert_eq!(every.matches("<td>Member State</td>").count(), 193);
    assert_eq!(every.matches("<td>Observer State</td>").count(), 2);
    assert!(every.contains(">Fiji</a>"));
    assert!(every.contains(r#"<input id="country-all" name="all" type="checkbox" value="1" checked>"#));
}

#[tokio::test]
async fn the_country_list_is_filtered_by_a_name_in_any_language_and_by_region() {
    let app = TestApp::with_demo().await;
    // Typed without the accent, in French, on the English page.
    let html = app.page("/countries?name=equateur").await;
    assert_eq!(html.matches(r#"<th scope="row">"#).count(), 1, "{}", between(&html, "<tbody>", "</tbody>"));
    assert!(html.contains(">Ecuador</a>"));
    let french = app.page("/countries?name=emirats&all=1&lang=fr").await;
    assert!(french.contains(">Émirats arabes unis</a>"), "{}", between(&french, "<tbody>", "</tbody>"));
    let americas = app.page("/countries?region=019").await;
    assert!(americas.contains(">Chile</a>") && !americas.contains(">Thailand</a>"));
    let none = app.page("/countries?name=atlantis").await;
    assert!(none.contains("No country or area matches."));
    let bad = app.get("/countries?region=999").await;
    assert_eq!(bad.status, 400);
    assert!(bad.body.contains("region"), "{}", bad.body);
}

#[tokio::test]
async fn the_country_list_jumps_to_letters_and_has_a_map_of_the_measures() {
    let app = TestApp::with_demo().await;
    let html = app.page("/countries?all=1").await;
    let letters = between(&html, r#"<nav aria-label="Jump to a letter" class="letters">"#, "</nav>");
    assert!(letters.contains(r##"<a href="#letter-1">A</a>"##), "{letters}");
    assert!(letters.contains(">Z</a>"), "{letters}");
    assert!(html.contains(r#"<tr id="letter-1">"#));
    assert!(html.contains(r#"<img class="world-map" src="/countries/map.svg""#));
    let map = app.get("/countries/map.svg").await;
    assert_eq!(map.status, 200);
    let svg = map.body.clone();
    assert!(svg.contains("<title>Thailand: 12 measures</title>"), "{}", &svg[..svg.len().min(600)]);
    assert!(!svg.contains("Fiji:"), "a country without measures is not shaded");
    assert!(html.contains(r#"<source media="(max-width: 40rem)" srcset="/countries/map.svg?layout=narrow">"#));
    let narrow = app.get("/countries/map.svg?layout=narrow").await.body;
    assert!(narrow.contains(r#"<g class="legend" font-size="28""#), "the phone's legend is large enough to read");
    assert_eq!(app.get("/countries/map.svg?layout=tall").await.status, 400);
    let arabic = app.get("/countries/map.svg?lang=ar").await.body;
    assert!(arabic.contains("تايلند"), "the map's names are in the page's language");
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
    assert!(html.contains(r#"<a href="/search?country=THA&amp;type=policies">All measures of this type</a>"#));
    assert!(
        html.contains(r#"<a href="/search?region=142">Asia</a> › <a href="/search?region=035">South-eastern Asia</a>"#)
    );
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

#[tokio::test]
async fn a_country_page_picks_the_date_of_its_treaty_table() {
    let app = TestApp::with_demo().await;
    let html = app.page("/countries/THA?lang=fr").await;
    let form = between(
        &html,
        r#"<form method="get" action="/countries/THA#treaties-heading" class="inline-form">"#,
        "</form>",
    );
    assert!(form.contains(r#"<input type="hidden" name="lang" value="fr">"#), "{form}");
    assert!(form.contains(r#"<input id="as-at" name="as_at" type="date" value=""#), "{form}");
    let earlier = app.page("/countries/THA?as_at=2009-06-01").await;
    assert!(earlier.contains(r#"<input id="as-at" name="as_at" type="date" value="2009-06-01">"#));
    assert!(earlier.contains("1 June 2009"));
}
