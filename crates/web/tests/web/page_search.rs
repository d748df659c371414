//! `GET /search`, the keyword pages and the country page's search box.

use domain::measure::MeasureState;

use crate::support::{TestApp, address, between};

/// The `href` of the first link whose text starts with `label`, within `html`.
fn link_to(html: &str, label: &str) -> String {
    let at = html.find(&format!(">{label}")).unwrap_or_else(|| panic!("no link '{label}'"));
    let start = html[..at].rfind("href=\"").unwrap() + "href=\"".len();
    let end = start + html[start..].find('"').unwrap();
    address(&html[start..end])
}

fn result_count(html: &str) -> String {
    between(html, "<h2 id=\"results-heading\" aria-live=\"polite\">", "</h2>").to_owned()
}

#[tokio::test]
async fn text_is_found_highlighted_and_counted() {
    let app = TestApp::with_demo().await;
    let html = app.page("/search?q=trafficking").await;
    let api = app.json("/api/v1/search?q=trafficking").await;
    let total = api["total"].as_u64().unwrap();
    assert!(total > 20, "{total}");
    assert_eq!(result_count(&html), format!("{total} measures found"));
    assert!(html.contains("<mark>trafficking</mark>"), "the word found is marked");
    assert!(
        html.contains(r#"<input id="search-q" name="q" type="search" value="trafficking""#),
        "the box keeps the text"
    );
    let pages = total.div_ceil(20);
    assert!(html.contains(&format!("Page 1 of {pages}")), "{}", between(&html, "<nav class=\"pagination\"", "</nav>"));
    assert!(html.contains(&format!(r#"<a href="/search?q=trafficking&amp;page={pages}" aria-label="Page {pages}">"#)));
}

#[tokio::test]
async fn facet_links_add_and_remove_filters_and_keep_everything_in_the_address() {
    let app = TestApp::with_demo().await;
    let html = app.page("/search?q=training").await;
    let facet = link_to(between(&html, "id=\"facet-keyword\"", "</section>"), "Migrant women");
    assert!(facet.contains("q=training") && facet.contains("keyword=migrant-women"), "{facet}");
    let filtered = app.page(&facet).await;
    // The keyword facet is still offered with its other values, and the value chosen is
    // marked.
    assert!(filtered.contains(r#"aria-current="true" class="selected""#));
    let chip = between(&filtered, "<ul class=\"active-filters\"", "</ul>").to_owned();
    assert!(chip.contains("Migrant women"), "{chip}");
    let api = app.json(&format!("/api/v1{facet}")).await;
    assert_eq!(result_count(&filtered), format!("{} measures found", api["total"]));
    // Removing the chip goes back to the search without the keyword.
    let title = chip.find("title=\"Remove filter: Migrant women\"").expect("the chip removes the keyword");
    let start = chip[..title].rfind("href=\"").unwrap() + "href=\"".len();
    let removal = address(&chip[start..start + chip[start..].find('"').unwrap()]);
    assert_eq!(removal, "/search?q=training");
}

#[tokio::test]
async fn a_russian_word_finds_english_measures_through_the_keyword_and_says_so() {
    let app = TestApp::with_demo().await;
    let html = app.page("/search?q=%D0%BC%D0%B8%D0%B3%D1%80%D0%B0%D0%BD%D1%82%D0%BA%D0%B8").await;
    assert!(html.contains("Also showing measures tagged:"), "the matched term is shown");
    assert!(html.contains(">Migrant women (Keyword"), "{}", between(&html, "class=\"named-terms\"", "</p>"));
    let keyword = app.json("/api/v1/search?keyword=migrant-women").await;
    assert_eq!(result_count(&html), format!("{} measures found", keyword["total"]));
}

#[tokio::test]
async fn the_keyword_page_names_the_term_in_every_language_and_lists_its_measures() {
    let app = TestApp::with_demo().await;
    let html = app.page("/vocabularies/keyword/migrant-women").await;
    assert!(html.contains("<h1>Migrant women</h1>"));
    for name in ["Femmes migrantes", "Mujeres migrantes", "Женщины-мигранты", "移民妇女", "المهاجرات", "Мигрантки"]
    {
        assert!(html.contains(name), "{name}");
    }
    assert!(html.contains(">Women migrant workers</a>"), "narrower terms are linked");
    let total = app.json("/api/v1/search?keyword=migrant-women").await["total"].as_u64().unwrap();
    assert!(html.contains(&format!("<h2>{total} measures</h2>")));
    assert!(html.contains(r#"href="/search?keyword=migrant-women""#));
    assert!(app.page("/vocabularies/keyword").await.contains(r#"href="/vocabularies/keyword/migrant-women""#));
    assert_eq!(app.get("/vocabularies/keyword/no-such-term").await.status, 404);
}

#[tokio::test]
async fn the_country_page_searches_within_the_country() {
    let app = TestApp::with_demo().await;
    let html = app.page("/countries/THA").await;
    let form = between(&html, "<form method=\"get\" action=\"/search\" role=\"search\"", "</form>");
    assert!(form.contains(r#"<input type="hidden" name="country" value="THA">"#), "{form}");
    let api = app.json("/api/v1/search?country=THA&q=training").await;
    assert!(api["total"].as_u64().unwrap() > 0);
    assert!(api["hits"].as_array().unwrap().iter().all(|hit| hit["country"] == "THA"));
}

#[tokio::test]
async fn bad_parameters_get_a_page_that_names_them_and_a_page_past_the_end_says_so() {
    let app = TestApp::with_demo().await;
    let long = "a".repeat(10_000);
    for (uri, parameter) in [
        (format!("/search?q={long}"), "q"),
        ("/search?year_from=2009&year_to=2000".to_owned(), "year_to"),
        ("/search?keyword=no-such-term".to_owned(), "keyword"),
        ("/search?page=abc".to_owned(), "page"),
        ("/search?sort=random".to_owned(), "sort"),
        ("/search?country=XXX".to_owned(), "country"),
    ] {
        let response = app.get(&uri).await;
        assert_eq!(response.status, 400, "{parameter}");
        assert!(
            response.body.contains(&format!("Parameter &#x27;{parameter}&#x27;")),
            "{parameter}: {}",
            response.body
        );
    }
    for uri in ["/search?q=%22unbalanced", "/search?q=%28%28+AND+OR", "/search?q=-"] {
        assert_eq!(app.get(uri).await.status, 200, "{uri}");
    }
    let html = app.page("/search?page=99999").await;
    assert!(html.contains("There is no page 99,999: the results end at page 10."), "{html}");
}

#[tokio::test]
async fn a_draft_is_not_found_counted_or_suggested() {
    let app = TestApp::with_demo().await;
    let before = app.json("/api/v1/search").await;
    app.import(
        r#"{"format": "vawdb-exchange/1", "measures": [{"id": "test-okapi", "country": "CHL", "cycle": "2009",
            "classification": {"type": ["training"], "keyword": ["refugee-women"]},
            "text": {"en": {"title": "Okapi training", "description": "Okapi."}}}]}"#,
        MeasureState::Draft,
    )
    .await;
    assert!(app.page("/search?q=okapi").await.contains("No measure found"));
    assert_eq!(app.json("/api/v1/search?q=oka").await["total"], 0);
    let after = app.json("/api/v1/search").await;
    assert_eq!(after["facets"], before["facets"]);
    assert_eq!(after["total"], before["total"]);
}

#[tokio::test]
async fn while_the_index_is_being_built_searches_answer_503_in_the_readers_language_and_other_pages_work() {
    let app = TestApp::with_demo_and_search_index_being_built().await;
    for uri in ["/search?q=trafficking", "/search?q=traite&lang=fr", "/api/v1/search?q=trafficking"] {
        let response = app.get(uri).await;
        assert_eq!(response.status, 503, "GET {uri}: {}", response.body);
        assert!(response.headers.contains_key("retry-after"), "GET {uri}");
    }
    let french = app.get("/search?q=traite&lang=fr").await;
    assert!(french.body.contains("en cours de reconstruction"), "{}", french.body);
    let api = app.get("/api/v1/search?q=trafficking").await.json();
    assert!(api["error"]["message"].as_str().unwrap().contains("rebuilt"), "{api}");
    // Nothing that does not search waits for the index.
    for uri in ["/", "/countries/THA", "/api/v1/measures"] {
        assert_eq!(app.get(uri).await.status, 200, "GET {uri}");
    }
    // The old list address still answers, with its way to the search page.
    assert_eq!(app.get("/measures?country=THA").await.status, 301);
}
