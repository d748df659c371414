//! `GET /cycles/{code}/report`: the report compiled from published data, and its downloads.

use domain::measure::MeasureState;

use crate::support::{TestApp, between, readable};

#[tokio::test]
async fn the_report_page_shows_live_lists_and_footnotes() {
    let app = TestApp::with_demo().await;
    let html = app.page("/cycles/2009/report").await;
    assert!(html.contains("<p class=\"symbol\" dir=\"ltr\">A/64/152</p>"));
    assert!(html.contains("<article class=\"report\" lang=\"en\" dir=\"ltr\">"));
    assert!(html.contains("<bdi>Distr.: General</bdi><br><bdi>16 July 2009</bdi><br><bdi>Original: English</bdi>"));
    let paragraph_6 = between(&html, "<p id=\"para-6\">", "</p>");
    assert!(paragraph_6.contains("(Belarus, Chile, Czech Republic, Ecuador, El Salvador, Germany, Ghana, Hungary, Japan, Mexico, Paraguay, Qatar, Romania, Russian Federation, Spain, Sweden, Thailand, Turkey and Turkmenistan)"), "{paragraph_6}");
    assert!(html.contains("<sup><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup>"));
    assert!(html.contains("Replies were received from Azerbaijan, Belarus, Chile,"));
    assert!(html.contains(r#"<a href="/cycles/2009/report?format=docx">Word document</a>"#));
}

#[tokio::test]
async fn the_report_downloads_as_word_pdf_and_markdown() {
    let app = TestApp::with_demo().await;
    let docx = app.get("/cycles/2009/report?format=docx").await;
    assert_eq!(docx.status, 200);
    assert_eq!(docx.headers["content-type"], "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assert_eq!(docx.headers["content-disposition"], "attachment; filename=\"report-2009.docx\"");
    assert!(docx.bytes.starts_with(b"PK"), "a ZIP archive");
    let pdf = app.get("/cycles/2009/report?format=pdf").await;
    assert_eq!(pdf.headers["content-type"], "application/pdf");
    assert!(pdf.bytes.starts_with(b"%PDF"));
    let markdown = app.get("/cycles/2009/report?format=markdown").await;
    assert!(
        markdown.body.starts_with("United Nations  \nGeneral Assembly\n\nA/64/152\n\n"),
        "{}",
        &markdown.body[..200]
    );
    assert!(markdown.body.contains("\n# Violence against women migrant workers\n"));
    let bad = app.get("/cycles/2009/report?format=odt").await;
    assert_eq!(bad.status, 400);
    assert!(readable(&bad.body).contains("Parameter &#x27;format&#x27;"));
    assert_eq!(app.get("/cycles/1999/report").await.status, 404);
}

#[tokio::test]
async fn a_draft_measure_does_not_reach_the_report() {
    let app = TestApp::with_demo().await;
    let draft = r#"{"format": "vawdb-exchange/1", "submissions": [{"cycle": "2009", "actor": "FJI", "received_on": "2009-05-01"}],
      "measures": [{"id": "draft-fji-training", "country": "FJI", "cycle": "2009", "classification": {"type": ["training"]}, "text": {"en": {"title": "Draft", "description": "Not yet published."}}}]}"#;
    app.import(draft, MeasureState::Draft).await;
    let html = app.page("/cycles/2009/report").await;
    let paragraph_17 = between(&html, "<p id=\"para-17\">", "</p>");
    assert!(!paragraph_17.contains("Fiji"), "the draft training measure is not counted: {paragraph_17}");
    assert!(between(&html, "<li id=\"fn-1\"", "</li>").contains("Fiji"), "the reply, which is public, is");
}

#[tokio::test]
async fn word_and_pdf_downloads_wait_for_a_place_among_heavy_requests_and_the_page_does_not() {
    use axum::body::Body;
    use tower::ServiceExt;
    let limits = web::HeavyRequestLimits { at_once: 1, longest_wait: std::time::Duration::from_millis(100) };
    let app = TestApp::with_demo_and_config(web::WebConfig { heavy_requests: limits, ..Default::default() }).await;
    // An export whose body is not read yet holds the only place.
    let export =
        app.router.clone().oneshot(axum::http::Request::get("/search/export.xlsx").body(Body::empty()).unwrap());
    let export = export.await.unwrap();
    for format in ["docx", "pdf"] {
        let refused = app.get(&format!("/cycles/2009/report?format={format}&lang=ar")).await;
        assert_eq!(refused.status, 503, "{format}");
        assert_eq!(refused.headers["retry-after"], "5", "{format}");
    }
    assert_eq!(app.get("/cycles/2009/report").await.status, 200, "the page itself is not a heavy request");
    drop(export);
    let pdf = app.get("/cycles/2009/report?format=pdf").await;
    assert_eq!(pdf.status, 200);
    assert!(pdf.bytes.starts_with(b"%PDF"));
}

#[tokio::test]
async fn the_report_page_in_another_language_is_the_report_in_that_language() {
    let app = TestApp::with_demo().await;
    let french = app.page("/cycles/2009/report?lang=fr").await;
    assert!(french.contains("<article class=\"report\" lang=\"fr\" dir=\"ltr\">"), "the report is in French");
    assert!(french.contains("<p class=\"organization\">Nations Unies</p>"));
    assert!(french.contains("<bdi>Distr. générale</bdi><br><bdi>16 juillet 2009</bdi><br><bdi>Français</bdi>"));
    let note = between(&french, "<li id=\"fn-1\"", "</li>");
    assert!(
        readable(note).contains("l&#x27;Allemagne, l&#x27;Azerbaïdjan, le Bélarus")
            || note.contains("l'Allemagne, l'Azerbaïdjan, le Bélarus"),
        "{note}"
    );
    let arabic = app.page("/cycles/2009/report?lang=ar").await;
    assert!(arabic.contains("<article class=\"report\" lang=\"ar\" dir=\"rtl\">"));
    assert!(arabic.contains("<p class=\"organ\">الجمعية العامة</p>"));
    let word = app.get("/cycles/2009/report?format=docx&lang=es").await;
    assert_eq!(word.status, 200);
    let text = report::docx::text(&word.bytes).unwrap();
    assert!(text.contains("Alemania, Azerbaiyán, Belarús"), "the Word download is the Spanish report");
}
