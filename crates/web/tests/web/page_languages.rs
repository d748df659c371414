//! The language a page is shown in: `?lang=`, the switcher's cookie, the browser's
//! `Accept-Language`, and that links, forms and redirects keep the language chosen.

use axum::{body::Body, http::Request};

use crate::support::{Browser, TestApp, readable};

async fn page_with_headers(app: &TestApp, uri: &str, headers: &[(&str, &str)]) -> String {
    let mut request = Request::get(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = app.send(request.body(Body::empty()).unwrap()).await;
    assert_eq!(response.status, 200, "GET {uri}: {}", response.body);
    readable(&response.body)
}

#[tokio::test]
async fn the_query_wins_then_the_switchers_cookie_then_the_browser_then_english() {
    let app = TestApp::with_demo().await;
    let browser_prefers_french = [("accept-language", "fr-CH, fr;q=0.9, en;q=0.8")];
    let french = page_with_headers(&app, "/countries", &browser_prefers_french).await;
    assert!(french.contains(r#"<html lang="fr" dir="ltr">"#), "Accept-Language chooses French");
    // Links keep the language the page was shown in.
    assert!(french.contains(r#"href="/countries/THA?lang=fr""#), "links say the language");

    let cookie_says_russian = [("accept-language", "fr"), ("cookie", "vawdb_lang=ru")];
    let russian = page_with_headers(&app, "/countries", &cookie_says_russian).await;
    assert!(russian.contains(r#"<html lang="ru" dir="ltr">"#), "the cookie beats the browser");

    let english = page_with_headers(&app, "/countries?lang=en", &cookie_says_russian).await;
    assert!(english.contains(r#"<html lang="en" dir="ltr">"#), "the query beats the cookie");
    assert!(english.contains(r#"href="/countries/THA?lang=en""#), "English is kept over the Russian cookie");

    let plain = page_with_headers(&app, "/countries", &[]).await;
    assert!(plain.contains(r#"<html lang="en" dir="ltr">"#));
    assert!(plain.contains(r#"href="/countries/THA""#), "plain English keeps plain addresses");
}

#[tokio::test]
async fn an_unknown_language_or_a_malformed_header_falls_back_without_an_error() {
    let app = TestApp::with_demo().await;
    let unknown = page_with_headers(&app, "/countries?lang=xx", &[]).await;
    assert!(unknown.contains(r#"<html lang="en" dir="ltr">"#));
    let malformed = page_with_headers(&app, "/countries", &[("accept-language", ";;q=,,=;q=2, de")]).await;
    assert!(malformed.contains(r#"<html lang="en" dir="ltr">"#));
    let unknown_with_browser = page_with_headers(&app, "/countries?lang=xx", &[("accept-language", "ar")]).await;
    assert!(unknown_with_browser.contains(r#"<html lang="ar" dir="rtl">"#), "an unknown lang is passed over");
}

#[tokio::test]
async fn the_switcher_remembers_the_choice_and_comes_back_to_the_same_address() {
    let app = TestApp::with_demo().await;
    let html = app.page("/search?q=training&country=THA").await;
    // The switcher is in the header, before the navigation, on every page.
    let header = crate::support::between(&html, "<header", "</header>");
    assert!(
        header.contains(
            r#"<a href="/language/zh?next=%2Fsearch%3Fq%3Dtraining%26country%3DTHA" lang="zh" hreflang="zh">中文</a>"#
        ),
        "{header}"
    );
    let response = app.get("/language/zh?next=%2Fsearch%3Fq%3Dtraining%26country%3DTHA").await;
    assert_eq!(response.status, 303);
    assert_eq!(response.headers["location"], "/search?q=training&country=THA&lang=zh");
    let set_cookie = response.headers["set-cookie"].to_str().unwrap();
    assert!(set_cookie.starts_with("vawdb_lang=zh;") && set_cookie.contains("Max-Age=31536000"), "{set_cookie}");
    let mut browser = Browser::default();
    browser.keep_cookies(&response);
    let later = app.get_as(&browser, "/cycles").await;
    assert!(later.body.contains(r#"<html lang="zh" dir="ltr">"#), "the choice is remembered");
    // The switcher never sends anyone to another site.
    for elsewhere in ["//evil.example", "https%3A%2F%2Fevil.example", "%2F%5Cevil.example"] {
        let response = app.get(&format!("/language/fr?next={elsewhere}")).await;
        assert_eq!(response.headers["location"], "/?lang=fr", "{elsewhere}");
    }
}

#[tokio::test]
async fn every_page_names_its_versions_in_the_other_languages_for_search_engines() {
    let app = TestApp::with_demo().await;
    let html = app.page("/countries/THA?lang=fr").await;
    let head = crate::support::between(&html, "<head>", "</head>");
    for code in ["ar", "zh", "en", "fr", "ru", "es"] {
        assert!(
            head.contains(&format!(r#"<link rel="alternate" hreflang="{code}" href="/countries/THA?lang={code}">"#)),
            "{code}: {head}"
        );
    }
    assert!(head.contains(r#"<link rel="alternate" hreflang="x-default" href="/countries/THA">"#));
    let response = app.get("/countries/THA").await;
    assert!(response.headers["vary"].to_str().unwrap().contains("Accept-Language"));
}

#[tokio::test]
async fn signing_in_and_out_keeps_the_language() {
    let app = TestApp::with_demo().await;
    app.add_account("editor", domain::account::Role::Editor, "correct horse battery staple").await;
    // A page that needs signing in sends a French reader to the French sign-in page.
    let response = app.get("/work?lang=fr").await;
    assert_eq!(response.status, 303);
    let location = response.headers["location"].to_str().unwrap().to_owned();
    assert!(location.contains("lang=fr"), "{location}");
    let mut browser = Browser::default();
    let response = app.sign_in(&mut browser, "editor", "correct horse battery staple", "/work?lang=fr").await;
    assert_eq!(response.headers["location"], "/work?lang=fr");
    let html = app.page_as(&browser, "/work?lang=fr").await;
    assert!(html.contains(r#"<form method="post" action="/sign-out?lang=fr" class="inline-form">"#));
}
