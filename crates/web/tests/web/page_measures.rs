//! `GET /measures` and `GET /measures/{id}`.

use crate::support::{TestApp, address, between};

#[tokio::test]
async fn the_list_filters_by_type_including_narrower_types_and_shows_the_count() {
    let app = TestApp::with_demo().await;
    let html = app.page("/measures?type=training&per_page=100").await;
    // 13 States (paragraph 17), and training by IOM (two), ILO and UNIFEM (one each).
    assert!(
        html.contains(r#"<h2 id="results-heading">17 measures</h2>"#),
        "{}",
        between(&html, "<h2 id=\"results-heading\">", "</h2>")
    );
    assert!(
        html.contains("><bdi>Training and capacity-building</bdi> <span aria-hidden=\"true\">×</span>"),
        "the active filter is shown with a way to remove it"
    );
    assert!(html.contains(r#"<option dir="auto" value="training" selected>"#), "the form shows the current filter");
}

#[tokio::test]
async fn filters_combine_and_keep_their_state_in_the_address() {
    let app = TestApp::with_demo().await;
    let html = app.page("/measures?type=training&keyword=migrant-women&lang=fr").await;
    // Five States' training, and three by IOM, ILO and UNIFEM, whose keywords (women migrant
    // workers, migrant domestic workers) are narrower terms of "migrant women".
    assert!(html.contains("8 mesures"), "{}", between(&html, "<h2 id=\"results-heading\">", "</h2>"));
    for state in ["Allemagne", "Danemark", "Équateur", "Suède", "Thaïlande"] {
        assert!(html.contains(&format!(">{state}</a>")), "{state}");
    }
    assert!(
        html.contains(r#"href="/measures?keyword=migrant-women&amp;lang=fr""#),
        "removing one filter keeps the other and the language"
    );
}

#[tokio::test]
async fn pages_link_to_each_other_and_past_the_end_is_empty() {
    let app = TestApp::with_demo().await;
    let first = app.page("/measures").await;
    assert!(first.contains("Page 1 of 10"), "184 measures at 20 a page");
    assert!(first.contains(r#"<a href="/measures?sort=country&amp;page=2" rel="next">"#));
    let second = app.page("/measures?sort=country&page=2").await;
    assert!(second.contains(r#"<a href="/measures?sort=country" rel="prev">"#));
    assert!(second.contains(r#"aria-current="page" aria-label="Page 2">2</a>"#));
    let beyond = app.page("/measures?page=500").await;
    assert!(beyond.contains("No published measure matches these filters."));
}

#[tokio::test]
async fn a_bad_parameter_is_a_400_page_that_names_it() {
    let app = TestApp::with_demo().await;
    for (uri, parameter) in [
        ("/measures?type=legislation.penall", "type"),
        ("/measures?country=XYZ", "country"),
        ("/measures?page=abc", "page"),
        ("/measures?year_from=2010&year_to=2005", "year_to"),
        ("/measures?per_page=5000", "per_page"),
    ] {
        let response = app.get(uri).await;
        assert_eq!(response.status, 400, "{uri}");
        assert!(response.body.contains(&format!("parameter &#x27;{parameter}&#x27;")), "{uri}: {}", response.body);
        crate::support::assert_valid_html(uri, &response.body);
    }
}

#[tokio::test]
async fn a_measure_page_shows_the_text_classification_and_effectiveness() {
    let app = TestApp::with_demo().await;
    let list = app.page("/measures?country=RUS&type=monitoring").await;
    let href = address(between(&list, "<h3><a href=\"", "\""));
    let html = app.page(&href).await;
    assert!(html.contains("<h1>Compliance with labour law and crimes against migrant workers</h1>"));
    assert!(
        html.contains("better compliance with its labour laws had helped to reduce crimes against migrant workers")
    );
    assert!(html.contains(r#"<a href="/measures?type=monitoring">Monitoring and evaluation</a>"#));
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
            &app.page("/measures?country=SWE&type=legislation.domestic-work").await,
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
    let list = app.page("/measures?country=ESP&type=prevention.awareness&lang=es").await;
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
    let list = app.page("/measures?country=RUS&type=monitoring&lang=fr").await;
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
    let list = app.page("/measures?country=RUS&type=monitoring").await;
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
