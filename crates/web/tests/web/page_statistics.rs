//! `/statistics`: uploads by data providers, publication by editors, and tables that show the
//! public only published data with small counts withheld, in every page and download.

use axum::http::StatusCode;
use domain::{account::Role, country::M49};

use crate::support::{Browser, TestApp, readable};

const PASSWORD: &str = "correct horse battery staple";
const HEADER: &str = "state,source,sex,nationality,form,perpetrator,year,consent,reported_elsewhere";

/// Records of incidents in Saudi Arabia reported by a victim service: `(form, perpetrator,
/// how many, consent, already reported elsewhere)`.
fn records(groups: &[(&str, &str, usize, bool, bool)]) -> Vec<u8> {
    let mut text = format!("{HEADER}\n");
    for (form, perpetrator, count, consent, elsewhere) in groups {
        for _ in 0..*count {
            let yes_no = |flag: bool| if flag { "yes" } else { "no" };
            text.push_str(&format!(
                "SAU,VICTIM_SERVICE,F,PHL,{form},{perpetrator},2024,{},{}\n",
                yes_no(*consent),
                yes_no(*elsewhere)
            ));
        }
    }
    text.into_bytes()
}

/// 79 counted incidents, one cell of them (rape by a recruiter) only 4; 8 more that count
/// nowhere.
fn kenya_file() -> Vec<u8> {
    records(&[
        ("PHYSICAL_ASSAULT", "EMPLOYER", 40, true, false),
        ("PHYSICAL_ASSAULT", "RECRUITER", 20, true, false),
        ("RAPE", "EMPLOYER", 15, true, false),
        ("RAPE", "RECRUITER", 4, true, false),
        ("RAPE", "EMPLOYER", 5, false, false),
        ("RAPE", "EMPLOYER", 3, true, true),
    ])
}

/// The public table: the public release covers every published year together.
const TABLE: &str = "rows=form&columns=perpetrator";
/// The same table whole, for those who may see it: any years.
const WHOLE: &str = "rows=form&columns=perpetrator&from=2020&to=2025&view=whole";

struct Fixture {
    app: TestApp,
    provider: Browser,
    editor: Browser,
}

async fn fixture() -> Fixture {
    let app = TestApp::with_demo().await;
    app.add_account("stats@kenya.example", Role::DataProvider { country: M49::new(404).unwrap() }, PASSWORD).await;
    app.add_account("stats@nepal.example", Role::DataProvider { country: M49::new(524).unwrap() }, PASSWORD).await;
    app.add_account("editor@un.example", Role::Editor, PASSWORD).await;
    app.add_account("fp@kenya.example", Role::FocalPoint { country: M49::new(404).unwrap() }, PASSWORD).await;
    let provider = app.signed_in("stats@kenya.example", PASSWORD).await;
    let editor = app.signed_in("editor@un.example", PASSWORD).await;
    Fixture { app, provider, editor }
}

async fn upload(app: &TestApp, browser: &Browser, file_name: &str, bytes: &[u8]) -> crate::support::Response {
    let token = app.csrf_token(browser).await;
    app.post_multipart(
        browser,
        "/statistics/datasets",
        &[("csrf_token", &token), ("provider", "Kenya Migrant Workers Helpline"), ("threshold", "11")],
        Some((file_name, bytes)),
    )
    .await
}

async fn uploaded_dataset(fixture: &Fixture) -> i64 {
    let response = upload(&fixture.app, &fixture.provider, "helpline-2024.csv", &kenya_file()).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let location = response.headers["location"].to_str().unwrap().to_owned();
    location.rsplit('=').next().unwrap().parse().unwrap()
}

async fn publish(fixture: &Fixture, dataset: i64) {
    let token = fixture.app.csrf_token(&fixture.editor).await;
    let response = fixture
        .app
        .post_form(
            &fixture.editor,
            &format!("/statistics/datasets/{dataset}/state"),
            &[("csrf_token", &token), ("state", "published")],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
}

fn csv_cells(bytes: &[u8]) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes);
    reader
        .records()
        .map(|row| row.unwrap().iter().map(|cell| cell.trim_start_matches('\u{feff}').to_owned()).collect())
        .collect()
}

#[tokio::test]
async fn a_draft_dataset_reaches_no_public_table_page_or_download() {
    let fixture = fixture().await;
    uploaded_dataset(&fixture).await;
    let app = &fixture.app;
    let page = app.page(&format!("/statistics?{TABLE}")).await;
    assert!(page.contains("No published data matches this table yet"), "{page}");
    for download in ["table.csv", "table.sdmx.csv", "table.sdmx2.csv"] {
        let response = app.get(&format!("/statistics/{download}?{TABLE}")).await;
        assert_eq!(response.status, StatusCode::OK);
        let cells = csv_cells(&response.bytes);
        assert!(
            cells.iter().flatten().all(|cell| cell.parse::<u64>().map_or(true, |n| n == 0)),
            "{download} counts a draft: {cells:?}"
        );
    }
    let xlsx = app.get(&format!("/statistics/table.xlsx?{TABLE}")).await;
    assert_eq!(xlsx.status, StatusCode::OK);
    let country = app.page("/countries/SAU").await;
    assert!(country.contains("Incident statistics") && country.contains("No published data"), "{country}");
    // A focal point is not the provider: the published (empty) table, and no whole one.
    let focal_point = app.signed_in("fp@kenya.example", PASSWORD).await;
    let whole = app.get_as(&focal_point, &format!("/statistics?{WHOLE}")).await;
    assert_eq!(whole.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get(&format!("/statistics/table.csv?{WHOLE}")).await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_provider_sees_the_whole_table_of_their_own_state_only() {
    let fixture = fixture().await;
    uploaded_dataset(&fixture).await;
    let app = &fixture.app;
    let whole = app.get_as(&fixture.provider, &format!("/statistics/table.csv?{WHOLE}")).await;
    assert_eq!(whole.status, StatusCode::OK);
    let cells = csv_cells(&whole.bytes);
    let rape = cells.iter().find(|row| row[0] == "Rape").unwrap();
    assert_eq!(rape[1..4], ["15".to_owned(), "0".into(), "4".into()], "employer, household, recruiter: {rape:?}");
    let totals = cells.iter().find(|row| row[0] == "Total").unwrap();
    assert_eq!(totals.last().unwrap(), "79", "no consent and reported elsewhere are not counted: {totals:?}");
    // Nepal's provider sees nothing of Kenya's datasets, whole or not.
    let nepal = app.signed_in("stats@nepal.example", PASSWORD).await;
    let theirs = app.get_as(&nepal, &format!("/statistics/table.csv?{WHOLE}")).await;
    let totals = csv_cells(&theirs.bytes).into_iter().find(|row| row[0] == "Total").unwrap();
    assert_eq!(totals.last().unwrap(), "0");
    // The datasets page says what was left out and why.
    let datasets = app.page_as(&fixture.provider, "/statistics/datasets").await;
    assert!(datasets.contains("5 without consent and 3 already reported elsewhere"), "{datasets}");
    assert!(!app.page_as(&nepal, "/statistics/datasets").await.contains("helpline-2024.csv"));
}

#[tokio::test]
async fn once_published_the_public_table_withholds_the_small_count_everywhere() {
    let fixture = fixture().await;
    let dataset = uploaded_dataset(&fixture).await;
    publish(&fixture, dataset).await;
    let app = &fixture.app;
    let csv = app.get(&format!("/statistics/table.csv?{TABLE}")).await;
    let cells = csv_cells(&csv.bytes);
    let rape = cells.iter().find(|row| row[0] == "Rape").unwrap();
    assert_eq!(rape[3], "x", "the 4 is withheld: {rape:?}");
    assert!(!cells.iter().flatten().any(|cell| cell == "4"), "{cells:?}");
    // Enough else is withheld that the 4 cannot be worked out from the totals.
    let withheld = cells.iter().flatten().filter(|cell| *cell == "x").count();
    assert!(withheld >= 4, "{cells:?}");
    let totals = cells.iter().find(|row| row[0] == "Total").unwrap();
    assert_eq!(totals.last().unwrap(), "79");
    for (download, version) in [("table.sdmx.csv", "1.0.0"), ("table.sdmx2.csv", "2.0.0")] {
        let sdmx = app.get(&format!("/statistics/{download}?{TABLE}")).await;
        let content_type = format!("application/vnd.sdmx.data+csv; version={version}; charset=utf-8");
        assert_eq!(sdmx.headers["content-type"], content_type.as_str());
        let rows = csv_cells(&sdmx.bytes);
        let column = |id: &str| rows[0].iter().position(|name| name == id).unwrap();
        let (value, confidentiality, status) = (column("OBS_VALUE"), column("CONF_STATUS"), column("OBS_STATUS"));
        assert!(
            rows.iter().any(|row| row[confidentiality] == "C" && row[status] == "Q" && row[value].is_empty()),
            "{download} withholds: {rows:?}"
        );
        assert!(!rows.iter().any(|row| row[value] == "4"), "{download} shows the 4: {rows:?}");
    }
    let page = app.get(&format!("/statistics?{TABLE}")).await.body;
    crate::support::assert_valid_html("/statistics", &page);
    assert!(
        crate::support::readable(&page).contains(r#"<li><span dir="auto">Kenya Migrant Workers Helpline</span> (<a href="/countries/KEN#statistics-heading">Kenya</a>)</li>"#),
        "the table names who provided what it counts: {}",
        crate::support::between(&page, "Counted", "</section>")
    );
    // Every picture and download the page links to is served: the links keep the table, not
    // years the public release does not publish.
    for link in ["chart.svg?", "table.csv?", "table.xlsx?", "table.sdmx.csv?", "table.sdmx2.csv?"] {
        let found = page.find(link).unwrap_or_else(|| panic!("the page links to {link}"));
        let start = page[..found].rfind('"').unwrap() + 1;
        let end = found + page[found..].find('"').unwrap();
        let address = page[start..end].replace("&amp;", "&").replace("&#x2f;", "/");
        assert_eq!(app.get(&address).await.status, StatusCode::OK, "{address}");
    }
    assert!(page.contains("chart.svg?rows=form"), "the chart sits beside the table");
    let chart = app.get(&format!("/statistics/chart.svg?{TABLE}")).await;
    assert_eq!(chart.headers["content-type"], "image/svg+xml; charset=utf-8");
    // With two forms and two perpetrators, the 4 hides only in a block of four withheld cells:
    // the bars show the rows' totals as withheld parts.
    assert!(chart.body.contains("Rape: 19 in withheld cells"), "{}", chart.body);
    assert!(!chart.body.contains("Recruiter: 4"), "the withheld 4 is not drawn");
    assert!(readable(&page).contains("withheld to protect the people counted"));
    let with_map = app.get("/statistics?rows=nationality&columns=form").await.body;
    assert!(with_map.contains("map.svg?rows=nationality"), "a map of nationalities");
    let map = app.get("/statistics/map.svg?rows=nationality&columns=form").await.body;
    assert!(map.contains("world-map") && map.contains("data-m49=\"608\""), "the Philippines is on the map");
    assert!(map.contains("Philippines: 79 incidents"), "{map}");
    assert_eq!(app.get(&format!("/statistics/map.svg?{TABLE}")).await.status, StatusCode::BAD_REQUEST);
    let country = app.page("/countries/SAU").await;
    assert!(country.contains("Physical assault") && country.contains("79"), "{country}");
    // Withdrawn, it is gone again.
    let token = app.csrf_token(&fixture.editor).await;
    app.post_form(
        &fixture.editor,
        &format!("/statistics/datasets/{dataset}/state"),
        &[("csrf_token", &token), ("state", "withdrawn")],
    )
    .await;
    let totals = csv_cells(&app.get(&format!("/statistics/table.csv?{TABLE}")).await.bytes)
        .into_iter()
        .find(|row| row[0] == "Total")
        .unwrap();
    assert_eq!(totals.last().unwrap(), "0");
}

#[tokio::test]
async fn identifying_columns_and_future_periods_are_refused_and_nothing_is_written() {
    let fixture = fixture().await;
    let app = &fixture.app;
    let named = b"state,source,Full name,Phone,year,consent,reported_elsewhere\nSAU,POLICE,A,1,2024,yes,no\n";
    let response = upload(app, &fixture.provider, "named.csv", named).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = readable(&response.body);
    assert!(text.contains("named.csv, row 1, column Full name"), "{text}");
    assert!(text.contains("named.csv, row 1, column Phone"), "{text}");
    assert!(text.contains("Nothing has been written"), "{text}");
    let future = format!("{HEADER}\nSAU,POLICE,F,PHL,RAPE,EMPLOYER,2099,yes,no\n");
    let response = upload(app, &fixture.provider, "future.csv", future.as_bytes()).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(readable(&response.body).contains("future.csv, row 2, column year"), "{}", readable(&response.body));
    let counts = b"state,form,year,count\nSAU,,2024,10\nSAU,RAPE,2024,8\nSAU,PHYSICAL_ASSAULT,2024,7\n";
    let response = upload(app, &fixture.provider, "counts.csv", counts).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(readable(&response.body).contains("contradicts the total of 10 in row 2"));
    // A provider reading Russian is told the same in Russian, the dimension by its Russian name.
    let token = app.csrf_token(&fixture.provider).await;
    let fields = [("csrf_token", token.as_str()), ("provider", "Kenya Migrant Workers Helpline"), ("threshold", "11")];
    let russian = app
        .post_multipart(&fixture.provider, "/statistics/datasets?lang=ru", &fields, Some(("counts.csv", counts)))
        .await;
    assert_eq!(russian.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = readable(&russian.body);
    assert!(text.contains("counts.csv, строка 4, столбец count"), "{text}");
    assert!(text.contains("по признаку «Форма насилия» в строках 3, 4 составляет 15"), "{text}");
    assert!(!text.contains("contradicts"), "{text}");
    let named = app
        .post_multipart(&fixture.provider, "/statistics/datasets?lang=ru", &fields, Some(("named.csv", named)))
        .await;
    assert!(
        readable(&named.body).contains("по-видимому, в этом столбце содержатся имена"),
        "{}",
        readable(&named.body)
    );
    assert!(fixture.app.store.statistics_datasets().await.unwrap().is_empty());
    // The same file twice is one dataset.
    uploaded_dataset(&fixture).await;
    let again = upload(app, &fixture.provider, "helpline-2024.csv", &kenya_file()).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(fixture.app.store.statistics_datasets().await.unwrap().len(), 1);
}

#[tokio::test]
async fn only_editors_publish_and_only_providers_upload_with_their_form_token() {
    let fixture = fixture().await;
    let dataset = uploaded_dataset(&fixture).await;
    let app = &fixture.app;
    let token = app.csrf_token(&fixture.provider).await;
    let by_provider = app
        .post_form(
            &fixture.provider,
            &format!("/statistics/datasets/{dataset}/state"),
            &[("csrf_token", &token), ("state", "published")],
        )
        .await;
    assert_eq!(by_provider.status, StatusCode::FORBIDDEN);
    let forged = app
        .post_form(
            &fixture.editor,
            &format!("/statistics/datasets/{dataset}/state"),
            &[("csrf_token", "forged"), ("state", "published")],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let editor_upload = upload(app, &fixture.editor, "editor.csv", &kenya_file()).await;
    assert_eq!(editor_upload.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get("/statistics/datasets").await.status, StatusCode::SEE_OTHER, "the public is sent to sign in");
    let listed = app.page_as(&fixture.editor, "/statistics/datasets").await;
    assert!(listed.contains("helpline-2024.csv") && listed.contains("Publish"), "{listed}");
    let row = crate::support::between(&listed, "helpline-2024.csv", "</tr>");
    assert!(listed.contains("<th scope=\"col\">Publication threshold (k)</th>"), "the k column says what k is");
    assert!(row.contains(">draft</span>"), "{row}");
    let stored = app.store.statistics_dataset(dataset).await.unwrap().unwrap();
    let day = domain::date::Date::parse(&stored.uploaded_at[..10]).unwrap();
    let written =
        format!("{}, {} UTC", day.to_un_style_in(domain::language::Language::English), &stored.uploaded_at[11..16]);
    assert!(row.contains(&written), "the upload time as people write it ({written}): {row}");
    assert!(!row.contains(&stored.uploaded_at[..19]), "not as the store keeps it: {row}");
    let chinese = app.page_as(&fixture.editor, "/statistics/datasets?lang=zh").await;
    assert!(chinese.contains("事件记录") && chinese.contains("协调世界时"), "the kind and the time are in Chinese");
    assert_eq!(app.store.statistics_dataset(dataset).await.unwrap().unwrap().state, store::DatasetState::Draft);
}

#[tokio::test]
async fn a_bad_parameter_is_named() {
    let app = TestApp::with_demo().await;
    for (query, named) in [
        ("rows=colour", "&#x27;rows&#x27;:"),
        ("sex=Z", "&#x27;sex&#x27;:"),
        ("from=2099", "&#x27;from&#x27;:"),
        ("view=secret", "&#x27;view&#x27;:"),
    ] {
        let response = app.get(&format!("/statistics?{query}")).await;
        assert_eq!(response.status, StatusCode::BAD_REQUEST, "{query}");
        assert!(readable(&response.body).contains(named), "{query}: {}", readable(&response.body));
    }
    // A table the public release does not publish is refused with the reason, in every
    // download, and explained on the page.
    for (query, named) in [
        ("rows=sex&columns=age_group", "rows, columns and filters:"),
        ("rows=form&columns=perpetrator&sex=F", "rows, columns and filters:"),
        ("rows=form&columns=sex&from=2015&to=2016", "from and to:"),
    ] {
        for download in ["table.csv", "table.xlsx", "table.sdmx.csv", "chart.svg"] {
            let response = app.get(&format!("/statistics/{download}?{query}")).await;
            assert_eq!(response.status, StatusCode::BAD_REQUEST, "{download}?{query}");
            assert!(readable(&response.body).contains(named), "{download}?{query}: {}", readable(&response.body));
        }
        let page = app.get(&format!("/statistics?{query}")).await;
        assert_eq!(page.status, StatusCode::OK, "{query}");
        assert!(page.body.contains("id=\"unpublished\""), "{query}: the page says why");
        assert!(!page.body.contains("<table class=\"pivot\""), "{query}: and shows no table");
    }
    // The same dimension twice is the one-way table by it, not an error.
    assert_eq!(app.get("/statistics?rows=form&columns=form").await.status, StatusCode::OK);
    let structure = app.get("/statistics/structure.xml").await;
    assert_eq!(structure.status, StatusCode::OK);
    assert!(structure.body.contains("DSD_VAW_MW_INCIDENTS") && structure.body.contains("CL_VIOLENCE_FORM"));
}
