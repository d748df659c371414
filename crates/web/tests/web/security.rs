//! Escaping and security headers.

use domain::measure::MeasureState;

use crate::support::TestApp;

#[tokio::test]
async fn markup_in_data_is_escaped_everywhere_it_is_shown() {
    let app = TestApp::with_demo().await;
    let hostile = r#"{
      "format": "vawdb-exchange/1",
      "measures": [{
        "id": "hostile",
        "country": "FJI",
        "classification": {"type": ["training"]},
        "text": {"en": {"title": "<script>alert(1)</script>", "description": "\"><img src=x onerror=alert(2)>"}}
      }]
    }"#;
    app.import(hostile, MeasureState::Published).await;
    for uri in ["/search?country=FJI", "/countries/FJI"] {
        let response = app.get(uri).await;
        crate::support::assert_valid_html(uri, &response.body);
        let html = response.body;
        assert!(!html.contains("<script>alert(1)</script>"), "{uri}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"), "{uri}");
        assert!(!html.contains("<img src=x"), "{uri}");
    }
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = TestApp::with_demo().await;
    for uri in ["/", "/api/v1/countries", "/assets/style.css", "/nowhere"] {
        let response = app.get(uri).await;
        let csp = response.headers["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), "{uri}: {csp}");
        assert_eq!(response.headers["x-content-type-options"], "nosniff", "{uri}");
        assert_eq!(response.headers["x-frame-options"], "DENY", "{uri}");
    }
}

#[tokio::test]
async fn templates_use_no_inline_script_or_style() {
    let app = TestApp::with_demo().await;
    let html = app.page("/search").await;
    assert!(!html.contains("<script"), "the content security policy allows no inline script");
    assert!(!html.contains(" style="), "nor inline styles");
}
