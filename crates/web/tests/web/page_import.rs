//! `/import`: uploading measures in CSV, XLSX and JSON, checked row by row before anything is
//! written.

use axum::http::StatusCode;
use domain::{
    account::Role,
    country::M49,
    measure::{ExternalId, MeasureState},
};

use crate::support::{Browser, TestApp, hidden_value, readable};

const PASSWORD: &str = "correct horse battery staple";

/// A row in the measure table's columns; `values` by column name.
fn row(values: &[(&str, &str)]) -> Vec<String> {
    let mut cells = vec![String::new(); measure_table::COLUMNS.len()];
    for (column, value) in values {
        let position = measure_table::COLUMNS.iter().position(|name| name == column).unwrap();
        cells[position] = (*value).to_owned();
    }
    cells
}

fn shelters(id: &str, country: &str, kind: &str) -> Vec<String> {
    row(&[
        ("id", id),
        ("country", country),
        ("type", kind),
        ("title_en", "Shelters for returning women migrant workers"),
        ("description_en", "Opened in Nairobi and Mombasa."),
    ])
}

fn csv(rows: &[Vec<String>]) -> Vec<u8> {
    let mut writer = measure_table::CsvRows::with_header();
    for cells in rows {
        writer.push(cells);
    }
    writer.into_bytes()
}

async fn focal_point() -> (TestApp, Browser, String) {
    let app = TestApp::with_demo().await;
    app.add_account("fp@kenya.example", Role::FocalPoint { country: M49::new(404).unwrap() }, PASSWORD).await;
    let browser = app.signed_in("fp@kenya.example", PASSWORD).await;
    let token = app.csrf_token(&browser).await;
    (app, browser, token)
}

#[tokio::test]
async fn a_bad_row_is_named_and_nothing_is_written_until_the_checked_file_is_confirmed() {
    let (app, browser, token) = focal_point().await;
    let changes = app.store.change_count().await.unwrap();
    let bad = measure_table::xlsx(&[
        shelters("ken-shelters", "KEN", "protection.services.shelters"),
        shelters("ken-hotline", "KEN", "protection.servces.hotlines"),
    ])
    .unwrap();
    let check = [("csrf_token", token.as_str()), ("action", "check")];
    let response = app.post_multipart(&browser, "/import", &check, Some(("measures.xlsx", &bad))).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = readable(&response.body);
    assert!(text.contains("measures.xlsx, row 3, column type"), "{text}");
    assert!(text.contains("protection.servces.hotlines"), "the value: {text}");
    assert!(text.contains("Nothing has been written"), "{text}");
    assert_eq!(app.store.change_count().await.unwrap(), changes);

    let good = measure_table::xlsx(&[
        shelters("ken-shelters", "KEN", "protection.services.shelters"),
        shelters("ken-hotline", "KEN", "protection.services.hotlines"),
    ])
    .unwrap();
    let checked = app.post_multipart(&browser, "/import", &check, Some(("measures.xlsx", &good))).await;
    assert_eq!(checked.status, StatusCode::OK);
    assert!(readable(&checked.body).contains("Importing it will create 2, change 0 and leave 0 unchanged"));
    assert_eq!(app.store.change_count().await.unwrap(), changes, "a check writes nothing");

    let upload_token = hidden_value(&checked.body, "upload_token");
    let confirm = [("csrf_token", token.as_str()), ("action", "import"), ("upload_token", upload_token.as_str())];
    let imported = app.post_multipart(&browser, "/import", &confirm, None).await;
    assert_eq!(imported.status, StatusCode::OK, "{}", imported.body);
    assert!(readable(&imported.body).contains("Created 2, changed 0, unchanged 0"));
    let stored = app.store.measure_by_external_id(&ExternalId::parse("ken-hotline").unwrap()).await.unwrap().unwrap();
    assert_eq!(stored.measure.state, MeasureState::Draft);
    assert_eq!(stored.measure.country, Some(M49::new(404).unwrap()));
    let again = app.post_multipart(&browser, "/import", &confirm, None).await;
    assert_eq!(again.status, StatusCode::CONFLICT, "a checked file imports once");

    let twice = app
        .post_multipart(
            &browser,
            "/import",
            &[("csrf_token", token.as_str()), ("action", "import")],
            Some(("measures.xlsx", &good)),
        )
        .await;
    assert!(readable(&twice.body).contains("Created 0, changed 0, unchanged 2"), "importing again changes nothing");
    let work = readable(&app.get_as(&browser, "/work").await.body);
    assert!(work.contains("Shelters for returning women migrant workers") && work.contains("draft"), "{work}");
}

#[tokio::test]
async fn a_focal_point_imports_only_their_own_states_drafts() {
    let (app, browser, token) = focal_point().await;
    let mut published = shelters("ken-published", "KEN", "protection.services.shelters");
    published[1] = "published".into();
    let file = csv(&[shelters("phl-shelters", "PHL", "protection.services.shelters"), published]);
    let check = [("csrf_token", token.as_str()), ("action", "check")];
    let response = app.post_multipart(&browser, "/import", &check, Some(("measures.csv", &file))).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = readable(&response.body);
    // Each refused row is named with its measure's id.
    let row_2 = text.find("measures.csv, row 2").expect("row 2 is named");
    let row_3 = text.find("measures.csv, row 3").expect("row 3 is named");
    assert!(text[row_2..row_3].contains("phl-shelters"), "{text}");
    assert!(text[row_2..row_3].contains("a focal point imports their own State"), "{text}");
    assert!(text[row_3..].contains("ken-published") && text[row_3..].contains("focal points import drafts"), "{text}");
}

#[tokio::test]
async fn files_that_are_not_what_they_say_are_refused_with_a_reason() {
    let (app, browser, token) = focal_point().await;
    let check = [("csrf_token", token.as_str()), ("action", "check")];
    let mut good_row = shelters("ken-cafe", "KEN", "protection.services.shelters");
    good_row[13] = "Café-shelters for returning women".into();
    let mut latin1 = String::from_utf8(csv(&[good_row.clone()])).unwrap().replace('\u{feff}', "").into_bytes();
    latin1.extend_from_slice(b"ken-2,,KEN,,,,,,protection.services.shelters,,,,,Caf\xe9,Caf\xe9 au lait\r\n");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.write_string(0, 0, "id").unwrap();
    sheet.write_formula(1, 0, "=CONCATENATE(\"ken-\",\"x\")").unwrap();
    let formula = workbook.save_to_buffer().unwrap();
    let cases: [(&str, Vec<u8>, StatusCode, &str); 6] = [
        ("latin1.csv", latin1, StatusCode::UNPROCESSABLE_ENTITY, "not UTF-8 text"),
        ("formula.xlsx", formula, StatusCode::UNPROCESSABLE_ENTITY, "holds a formula"),
        ("renamed.xlsx", b"id,country\nx,KEN\n".to_vec(), StatusCode::UNPROCESSABLE_ENTITY, "is not an XLSX workbook"),
        (
            "workbook.csv",
            measure_table::xlsx(&[good_row.clone()]).unwrap(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "name it .xlsx",
        ),
        ("notes.docx", b"PK\x03\x04".to_vec(), StatusCode::UNPROCESSABLE_ENTITY, "files are not read"),
        ("with-bom.csv", csv(&[good_row.clone()]), StatusCode::OK, "will create 1"),
    ];
    for (name, bytes, status, message) in cases {
        let response = app.post_multipart(&browser, "/import", &check, Some((name, &bytes))).await;
        assert_eq!(response.status, status, "{name}: {}", readable(&response.body));
        assert!(readable(&response.body).contains(message), "{name}: {}", readable(&response.body));
    }

    let huge = vec![b'a'; 51 * 1024 * 1024];
    let response = app.post_multipart(&browser, "/import", &check, Some(("huge.csv", &huge))).await;
    assert_eq!(response.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(response.body.contains("larger than 50 MB"), "{}", response.body);
    assert!(
        app.store.measures_by_external_ids(&[ExternalId::parse("ken-cafe").unwrap()]).await.unwrap().is_empty(),
        "only checked"
    );
}

#[tokio::test]
async fn importing_needs_a_session_its_token_and_a_role_that_imports_measures() {
    let (app, browser, _) = focal_point().await;
    let file = csv(&[shelters("ken-x", "KEN", "protection.services.shelters")]);
    let forged = app
        .post_multipart(&browser, "/import", &[("csrf_token", "forged"), ("action", "import")], Some(("m.csv", &file)))
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let anonymous =
        app.post_multipart(&Browser::default(), "/import", &[("action", "import")], Some(("m.csv", &file))).await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    app.add_account("stats@kenya.example", Role::DataProvider { country: M49::new(404).unwrap() }, PASSWORD).await;
    let provider = app.signed_in("stats@kenya.example", PASSWORD).await;
    assert_eq!(app.get_as(&provider, "/import").await.status, StatusCode::FORBIDDEN);
    assert!(app.store.measures_by_external_ids(&[ExternalId::parse("ken-x").unwrap()]).await.unwrap().is_empty());
    for template in ["/import/template.csv", "/import/template.xlsx", "/import/template.json"] {
        assert_eq!(app.get(template).await.status, StatusCode::OK, "{template}");
    }
}

#[tokio::test]
async fn the_templates_import_as_they_are() {
    let app = TestApp::with_demo().await;
    app.add_account("editor@un.example", Role::Editor, PASSWORD).await;
    let browser = app.signed_in("editor@un.example", PASSWORD).await;
    let token = app.csrf_token(&browser).await;
    for (path, name) in
        [("/import/template.csv", "t.csv"), ("/import/template.xlsx", "t.xlsx"), ("/import/template.json", "t.json")]
    {
        let template = app.get(path).await.bytes;
        let response = app
            .post_multipart(
                &browser,
                "/import",
                &[("csrf_token", token.as_str()), ("action", "check")],
                Some((name, &template)),
            )
            .await;
        assert_eq!(response.status, StatusCode::OK, "{path}: {}", readable(&response.body));
    }
}

#[tokio::test]
async fn a_refused_file_is_explained_in_the_pages_language() {
    let (app, browser, token) = focal_point().await;
    let bad = csv(&[
        shelters("ken-shelters", "KEN", "protection.servces.hotlines"),
        row(&[("id", "ken-nothing"), ("country", "KEN"), ("year_from", "20x8")]),
    ]);
    let check = [("csrf_token", token.as_str()), ("action", "check")];
    let french = app.post_multipart(&browser, "/import?lang=fr", &check, Some(("mesures.csv", &bad))).await;
    assert_eq!(french.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = readable(&french.body);
    assert!(text.contains("mesures.csv, ligne 2, colonne type"), "the place is in French: {text}");
    // French sets guillemets apart with no-break spaces.
    let unknown = "code inconnu «\u{a0}protection.servces.hotlines\u{a0}» dans le vocabulaire «\u{a0}type\u{a0}» (Type de mesure)";
    assert!(text.contains(unknown), "{text}");
    assert!(text.contains("vouliez-vous dire «\u{a0}protection.services.hotlines\u{a0}»"), "{text}");
    assert!(text.contains("avec quatre chiffres, par exemple 2008"), "the year's problem is in French: {text}");
    assert!(!text.contains("unknown code") && !text.contains("did you mean"), "no English is left: {text}");

    let arabic = app.post_multipart(&browser, "/import?lang=ar", &check, Some(("mesures.csv", &bad))).await;
    assert!(!arabic.body.contains(r#"lang="en" dir="ltr">unknown"#), "the problem is not shown as English");
    assert!(readable(&arabic.body).contains("رمز غير معروف"), "{}", readable(&arabic.body));
}
