//! `/search/export.{csv,xlsx,json}`: every measure a search finds, in three formats.

use axum::http::StatusCode;
use calamine::{Data, Reader, Xlsx};
use domain::{
    exchange::{self, ImportDefaults},
    measure::MeasureState,
};

use crate::support::TestApp;

fn csv_rows(bytes: &[u8]) -> Vec<csv::StringRecord> {
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a byte order mark, for Excel");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header = reader.headers().unwrap().clone();
    assert_eq!(header.iter().collect::<Vec<_>>(), measure_table::COLUMNS);
    reader.records().map(Result::unwrap).collect()
}

fn many_measures(count: usize) -> String {
    let measures: Vec<String> = (0..count)
        .map(|n| {
            format!(
                r#"{{"id": "bulk-{n}", "country": "PHL", "classification": {{"type": ["training"]}},
                    "text": {{"en": {{"title": "Bulk training {n}", "description": "Training number {n}."}}}}}}"#
            )
        })
        .collect();
    format!(r#"{{"format": "vawdb-exchange/1", "measures": [{}]}}"#, measures.join(","))
}

#[tokio::test]
async fn an_export_holds_every_measure_the_search_finds_past_any_page_size() {
    let app = TestApp::with_demo().await;
    app.import(&many_measures(1_100), MeasureState::Published).await;
    let total = app.json("/api/v1/search?country=PHL&per_page=1").await["total"].as_u64().unwrap();
    assert!(total >= 1_100, "{total}");

    let csv = app.get("/search/export.csv?country=PHL&page=3").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(csv.headers["content-type"], "text/csv; charset=utf-8");
    assert_eq!(csv.headers["content-disposition"], "attachment; filename=\"vawdb-measures.csv\"");
    let rows = csv_rows(&csv.bytes);
    assert_eq!(rows.len() as u64, total, "every match, whatever the page asked for");
    assert!(rows.iter().all(|row| &row[2] == "PHL" && &row[1] == "published"));
    let ids: std::collections::BTreeSet<&str> = rows.iter().map(|row| row.get(0).unwrap()).collect();
    assert_eq!(ids.len() as u64, total, "no measure twice across the batches");

    let json = app.get("/search/export.json?country=PHL").await;
    assert_eq!(json.headers["content-type"], "application/json");
    let document = exchange::parse(&json.body).expect("the JSON export is an exchange document");
    let catalogue = app.store.catalogue().await.unwrap();
    let valid = exchange::validate(document, &catalogue, ImportDefaults { state: MeasureState::Draft })
        .expect("and it imports back");
    assert_eq!(valid.measures.len() as u64, total);

    let xlsx = app.get("/search/export.xlsx?country=PHL").await;
    let mut workbook = Xlsx::new(std::io::Cursor::new(xlsx.bytes)).unwrap();
    let sheet = workbook.worksheet_range("measures").unwrap();
    assert_eq!(sheet.height() as u64, total + 1, "a header and a row per measure");
}

#[tokio::test]
async fn exported_cells_never_run_as_formulas() {
    let app = TestApp::with_demo().await;
    let hostile = r#"{"format": "vawdb-exchange/1", "measures": [{"id": "hostile", "country": "FJI",
        "classification": {"type": ["training"]},
        "text": {"en": {"title": "=HYPERLINK(\"http://evil.example\",\"Click\")", "description": "+cmd|' /C calc'!A0", "effectiveness": "@SUM(1)"}}}]}"#;
    app.import(hostile, MeasureState::Published).await;

    let rows = csv_rows(&app.get("/search/export.csv?country=FJI").await.bytes);
    let row = rows.iter().find(|row| &row[0] == "hostile").unwrap();
    assert_eq!(&row[13], "'=HYPERLINK(\"http://evil.example\",\"Click\")");
    assert_eq!(&row[14], "'+cmd|' /C calc'!A0");
    assert_eq!(&row[15], "'@SUM(1)");

    let xlsx = app.get("/search/export.xlsx?country=FJI").await;
    let mut workbook = Xlsx::new(std::io::Cursor::new(xlsx.bytes)).unwrap();
    let sheet = workbook.worksheet_range("measures").unwrap();
    let row = (1..sheet.height()).find(|row| sheet.get((*row, 0)) == Some(&Data::String("hostile".into()))).unwrap();
    assert_eq!(
        sheet.get((row, 13)),
        Some(&Data::String("=HYPERLINK(\"http://evil.example\",\"Click\")".into())),
        "kept as text"
    );
    let formulas = workbook.worksheet_formula("measures").unwrap();
    assert!(formulas.used_cells().all(|(_, _, formula)| formula.is_empty()), "no cell is a formula");
}

#[tokio::test]
async fn drafts_are_never_exported_and_an_empty_export_is_still_a_valid_file() {
    let app = TestApp::with_demo().await;
    let draft = r#"{"format": "vawdb-exchange/1", "measures": [{"id": "secret-draft", "country": "FJI",
        "classification": {"type": ["training"]}, "text": {"en": {"title": "Zanzibarine workshop", "description": "Not public yet."}}}]}"#;
    for state in [MeasureState::Draft, MeasureState::Submitted, MeasureState::Withdrawn] {
        app.import(draft, state).await;
        let csv = app.get("/search/export.csv?q=zanzibarine").await;
        assert_eq!(csv_rows(&csv.bytes).len(), 0, "{state:?}");
        let json = app.get("/search/export.json?q=zanzibarine").await;
        assert_eq!(exchange::parse(&json.body).unwrap().measures.len(), 0, "{state:?}");
        let all = app.get("/search/export.json").await;
        assert!(!all.body.contains("secret-draft"), "{state:?}");
    }
    let bad = app.get("/search/export.csv?country=ATLANTIS").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("country"), "{}", bad.body);
    let page = app.page("/search?q=training").await;
    assert!(page.contains("Download these"), "the search page offers the export");
}

#[tokio::test]
async fn exports_past_the_places_for_heavy_requests_answer_503_until_a_place_is_freed() {
    use axum::body::Body;
    use tower::ServiceExt;
    let limits = web::HeavyRequestLimits { at_once: 1, longest_wait: std::time::Duration::from_millis(100) };
    let app = TestApp::with_demo_and_config(web::WebConfig { heavy_requests: limits, ..Default::default() }).await;
    // An export whose body is not read yet holds its place, as a slow client's would.
    let request = |uri: &str| axum::http::Request::get(uri).body(Body::empty()).unwrap();
    let first = app.router.clone().oneshot(request("/search/export.xlsx")).await.unwrap();
    assert_eq!(first.status(), StatusCode::OK);
    for uri in ["/search/export.xlsx?lang=fr", "/search/export.csv", "/search/export.json"] {
        let refused = app.get(uri).await;
        assert_eq!(refused.status, StatusCode::SERVICE_UNAVAILABLE, "GET {uri}");
        assert_eq!(refused.headers["retry-after"], "5", "GET {uri}");
    }
    let french = app.get("/search/export.csv?lang=fr").await;
    assert!(french.body.contains("Le serveur traite d’autres importations"), "{}", french.body);
    // Pages that are not heavy do not wait.
    assert_eq!(app.get("/search?q=training").await.status, StatusCode::OK);
    // The first export completes whole, and its place is then free.
    let bytes = axum::body::to_bytes(first.into_body(), 64 * 1024 * 1024).await.unwrap();
    let mut workbook = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    assert_eq!(workbook.worksheet_range("measures").unwrap().height(), 185, "a header and the 184 measures");
    assert_eq!(app.get("/search/export.csv").await.status, StatusCode::OK);
    // A client that goes away frees its place too.
    let abandoned = app.router.clone().oneshot(request("/search/export.xlsx")).await.unwrap();
    assert_eq!(app.get("/search/export.csv").await.status, StatusCode::SERVICE_UNAVAILABLE);
    drop(abandoned);
    assert_eq!(app.get("/search/export.csv").await.status, StatusCode::OK);
}

#[tokio::test]
async fn an_anonymous_address_gets_a_burst_of_exports_then_429_and_signed_in_people_are_not_limited() {
    let app = TestApp::with_demo().await;
    for number in 1..=20 {
        assert_eq!(app.get("/search/export.csv?country=FJI").await.status, StatusCode::OK, "export {number}");
    }
    let refused = app.get("/search/export.csv?country=FJI&lang=es").await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    let seconds: u64 = refused.headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=3).contains(&seconds), "{seconds}");
    assert!(refused.body.contains("Se han descargado demasiadas exportaciones"), "{}", refused.body);
    app.add_account("editor", domain::account::Role::Editor, "a long enough password").await;
    let editor = app.signed_in("editor", "a long enough password").await;
    for _ in 0..25 {
        assert_eq!(app.get_as(&editor, "/search/export.csv?country=FJI").await.status, StatusCode::OK);
    }
}
