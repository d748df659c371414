//! `GET /measures` (the old list address, now a redirect to the search page), browsing the
//! search page without text, and `GET /measures/{id}`.

use crate::support::{TestApp, address, between};

#[tokio::test]
async fn the_old_list_address_sends_its_filters_language_and_page_on_to_the_search_page() {
    let app = TestApp::with_demo().await;
    for (old, new) in [
        ("/measures", "/search"),
        (
            "/measures?type=training&keyword=migrant-women&lang=fr",
            "/search?type=training&keyword=migrant-women&lang=fr",
        ),
        ("/measures?country=THA&sort=year&page=2&per_page=5", "/search?country=THA&sort=year&page=2&per_page=5"),
        ("/measures?actor=IOM", "/search?actor=IOM"),
    ] {
        let response = app.get(old).await;
        assert_eq!(response.status, 301, "GET {old}");
        assert_eq!(response.headers["location"], new, "GET {old}");
    }
    let french = app.page("/search?type=training&keyword=migrant-women&lang=fr").await;
    assert!(french.contains("8 mesures trouvées"), "{}", between(&french, "<h2 id=\"results-heading\"", "</h2>"));
}

#[tokio::test]
async fn browsing_without_text_filters_by_type_including_narrower_types() {
    let app = TestApp::with_demo().await;
    let html = app.page("/search?type=training&per_page=100").await;
    // 13 States (paragraph 17), and training by IOM (two), ILO and UNIFEM (one each).
    assert!(html.contains("17 measures found"), "{}", between(&html, "<h2 id=\"results-heading\"", "</h2>"));
    assert!(
        html.contains("><bdi>Training and capacity-building</bdi> <span aria-hidden=\"true\">×</span>"),
        "the active filter is shown with a way to remove it"
    );
    assert_eq!(html.matches("<li class=\"measure-card\">").count(), 17);
}

#[tokio::test]
async fn filters_combine_and_keep_their_state_in_the_address() {
    let app = TestApp::with_demo().await;
    let html = app.page("/search?type=training&keyword=migrant-women&lang=fr").await;
    // Five States' training, and three by IOM, ILO and UNIFEM, whose keywords (women migrant
    // workers, migrant domestic workers) are narrower terms of "migrant women".
    for state in ["Allemagne", "Danemark", "Équateur", "Suède", "Thaïlande"] {
        assert!(html.contains(&format!(">{state}</a>")), "{state}");
    }
    assert!(
        html.contains(r#"href="/search?keyword=migrant-women&amp;lang=fr""#),
        "removing one filter keeps the other and the language"
    );
}

#[tokio::test]
async fn an_actors_link_lists_that_actors_measures_only() {
    let app = TestApp::with_demo().await;
    let html = app.page("/search?actor=IOM&per_page=100").await;
    let count: usize = between(&html, "<h2 id=\"results-heading\" aria-live=\"polite\">", " measures found")
        .parse()
        .unwrap_or_else(|_| panic!("{}", between(&html, "<h2 id=\"results-heading\"", "</h2>")));
    assert!(count >= 2, "IOM has measures in the 2009 report");
    assert_eq!(html.matches("<li class=\"measure-card\">").count(), count);
    assert!(
        html.matches("International Organization for Migration").count() > count,
        "every card names IOM as the actor, and so does the active filter"
    );
    assert!(html.contains("><bdi>International Organization for Migration</bdi> <span aria-hidden=\"true\">×</span>"));
    let everything = app.page("/search?per_page=100").await;
    assert!(everything.contains("184 measures found"));
    let unknown = app.get("/search?actor=NOBODY").await;
    assert_eq!(unknown.status, 400);
    assert!(unknown.body.contains("Parameter &#x27;actor&#x27;: unknown actor &#x27;NOBODY&#x27;"), "{}", unknown.body);
    // The problem is told in the page's language, not as English.
    let spanish = app.get("/search?actor=NOBODY&lang=es").await;
    assert_eq!(spanish.status, 400);
    assert!(spanish.body.contains("Parámetro «actor»: actor desconocido «NOBODY»"), "{}", spanish.body);
    let chinese = app.get("/search?country=XYZ&lang=zh").await;
    assert_eq!(chinese.status, 400);
    assert!(chinese.body.contains("参数“country”：未知国家“XYZ”"), "{}", chinese.body);
    assert!(!chinese.body.contains(r#"lang="en" dir="ltr""#), "the problem is not marked as English: {}", chinese.body);
}

#[tokio::test]
async fn pages_link_to_each_other_and_past_the_end_says_so() {
    let app = TestApp::with_demo().await;
    let first = app.page("/search").await;
    assert!(first.contains("Page 1 of 10"), "184 measures at 20 a page");
    assert!(first.contains(r#"<a href="/search?page=2" rel="next">"#));
    let second = app.page("/search?sort=country&page=2").await;
    assert!(second.contains(r#"<a href="/search?sort=country" rel="prev">"#));
    assert!(second.contains(r#"aria-current="page" aria-label="Page 2">2</a>"#));
}

#[tokio::test]
async fn a_measure_page_shows_the_text_classification_and_effectiveness() {
    let app = TestApp::with_demo().await;
    let list = app.page("/search?country=RUS&type=monitoring").await;
    let href = address(between(&list, "<h3><a href=\"", "\""));
    let html = app.page(&href).await;
    assert!(html.contains("<h1>Compliance with labour law and crimes against migrant workers</h1>"));
    assert!(
        html.contains("better compliance with its labour laws had helped to reduce crimes against migrant workers")
    );
    assert!(html.contains(r#"<a href="/search?type=monitoring">Monitoring and evaluation</a>"#));
    assert!(html.contains(r#"<a href="/countries/RUS">Russian Federation</a>"#));
    assert!(
        html.contains(r#"<a href="https://undocs.org/A/64/152">A/64/152</a>, para. 8"#),
        "the source links to the report"
    );
    assert!(html.contains(
        r#"<a href="/cycles/2009" lang="en" dir="ltr">A/64/152: Violence against women migrant workers</a>"#
    ));

    let without = app
        .page(&address(between(
            &app.page("/search?country=SWE&type=legislation.domestic-work").await,
            "<h3><a href=\"",
            "\"",
        )))
        .await;
    assert!(without.contains("No evidence of effectiveness was reported."));
}

#[tokio::test]
async fn text_missing_in_the_page_language_is_shown_in_its_original_language_and_marked() {
    let app = TestApp::with_demo().await;
    app.import(
        r#"{"format": "vawdb-exchange/1", "measures": [{"id": "esp-english-only", "country": "ESP", "cycle": "2009",
            "classification": {"type": ["prevention.awareness"]},
            "text": {"en": {"title": "Campaign only in English", "description": "Posters in bus stations.", "origin": "original"}}}]}"#,
        domain::measure::MeasureState::Published,
    )
    .await;
    let list = app.page("/search?country=ESP&type=prevention.awareness&lang=es").await;
    let before_title = &list[..list.find("Campaign only in English</a>").expect("the English-only measure is listed")];
    let card_title = &before_title[before_title.rfind("<h3>").unwrap()..];
    assert!(card_title.contains(r#" lang="en" dir="ltr">"#), "{card_title}");
    let href = address(between(card_title, "<a href=\"", "\""));
    let html = app.page(&href).await;
    assert!(html.contains(r#"<html lang="es" dir="ltr">"#));
    assert!(html.contains(r#"<h1 lang="en" dir="ltr">Campaign only in English</h1>"#));
    assert!(html.contains("Original: inglés"), "the original's language is named");
}

#[tokio::test]
async fn a_translation_is_shown_in_the_page_language_and_marked_unofficial() {
    let app = TestApp::with_demo().await;
    let list = app.page("/search?country=RUS&type=monitoring&lang=fr").await;
    let href = address(between(&list, "<h3><a href=\"", "\""));
    let html = app.page(&href).await;
    assert!(html.contains(r#"<html lang="fr" dir="ltr">"#));
    let heading = between(&html, "<h1", "</h1>");
    assert!(!heading.contains("lang="), "the French text needs no language of its own: {heading}");
    assert!(
        html.contains("Traduction non officielle, qui n&#x27;émane pas de l&#x27;Organisation des Nations Unies."),
        "{html}"
    );
    assert!(html.contains("Original : anglais"));
    // The English original is one link away.
    assert!(html.contains("lang=en"), "a link to the original");
    let english = app.page(&href.replace("lang=fr", "lang=en")).await;
    assert!(!english.contains("Unofficial translation"), "the original is not marked as a translation");
}

#[tokio::test]
async fn a_missing_or_malformed_measure_id_is_a_404() {
    let app = TestApp::with_demo().await;
    for uri in ["/measures/999999", "/measures/abc", "/measures/-1"] {
        let response = app.get(uri).await;
        assert_eq!(response.status, 404, "{uri}");
        assert!(response.body.contains("There is no published measure at this address."));
    }
}

#[tokio::test]
async fn a_measure_says_when_it_was_reported_and_not_when_its_record_was_imported() {
    let app = TestApp::with_demo().await;
    let list = app.page("/search?country=RUS&type=monitoring").await;
    assert!(list.contains("Reported in A/64/152 (2009)"), "cards say which report");
    let href = address(between(&list, "<h3><a href=\"", "\""));
    let html = app.page(&href).await;
    assert!(!html.contains("Last updated"), "the import date reads as the measure's date");
    assert!(html.contains("<dt>Period</dt><dd><span class=\"muted\">Not stated in the source</span></dd>"));
    assert!(html.contains("Reported in A/64/152 (2009)"));
    let citation = between(&html, "<p class=\"citation\">", "</p>");
    assert!(
        citation.starts_with("Database on violence against women migrant workers, “Compliance with labour law and crimes against migrant workers”, measure "),
        "{citation}"
    );
    assert!(citation.contains(&format!("Available at http://localhost{href}?lang=en (accessed ")), "{citation}");
    let search = app.page("/search?q=compliance+labour").await;
    assert!(search.contains("Reported in A/64/152 (2009)"), "search results say which report");
    let arabic = app.page(&format!("{href}?lang=ar")).await;
    assert!(
        arabic.contains("وردت في الوثيقة \u{2068}A/64/152\u{2069} (\u{2068}2009\u{2069})"),
        "{}",
        between(&arabic, "<p class=\"meta\">", "</p>")
    );
}
