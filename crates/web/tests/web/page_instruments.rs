//! `GET /instruments`, `GET /instruments/{code}`, its chart, and the country page's treaty
//! status.

use crate::support::{TestApp, between, readable};

#[tokio::test]
async fn the_instrument_list_gives_counts_as_at_a_date_and_says_which_are_complete() {
    let app = TestApp::with_demo().await;
    let html = app.page("/instruments?as_at=2009-06-01").await;
    let untoc = between(&html, ">United Nations Convention against Transnational Organized Crime</a>", "</tr>");
    assert!(untoc.contains(r#"<td class="number">149</td>"#), "{untoc}");
    assert!(untoc.contains("Complete up to 17 May 2013"));
    let c111 = between(&html, ">Discrimination (Employment and Occupation) Convention, 1958 (No. 111)</a>", "</tr>");
    assert!(c111.contains("at least"), "partial records give lower bounds: {c111}");
}

#[tokio::test]
async fn an_instrument_page_lists_its_parties_as_at_a_date_with_a_chart() {
    let app = TestApp::with_demo().await;
    let html = app.page("/instruments/untoc-trafficking?as_at=2009-06-01").await;
    assert!(html.contains("As at 1 June 2009, 130 States had become parties."));
    assert!(
        html.contains(
            r#"<a href="/instruments/untoc">United Nations Convention against Transnational Organized Crime</a>"#
        ),
        "the parent convention"
    );
    let azerbaijan = between(&html, r#"<a href="/countries/AZE">Azerbaijan</a></th>"#, "</tr>");
    assert!(
        azerbaijan.contains("<td>ratification</td><td>30 October 2003</td><td>12 December 2000</td>"),
        "{azerbaijan}"
    );
    assert!(html.contains(r#"<img class="chart" src="/instruments/untoc-trafficking/parties.svg""#));
    assert!(
        html.contains(r#"<a href="/countries/CZE">Czech Republic</a>, 10 December 2002"#),
        "a signatory that was not yet a party, by its 2009 name"
    );

    let chart = app.get("/instruments/untoc-trafficking/parties.svg").await;
    assert_eq!(chart.status, 200);
    assert_eq!(chart.headers["content-type"], "image/svg+xml");
    assert!(chart.body.contains("<title id=") && chart.body.contains("Parties to Protocol to Prevent"));
    assert_eq!(app.get("/instruments/nothing/parties.svg").await.status, 404);
    assert_eq!(app.get("/instruments/nothing").await.status, 404);
    let bad = app.get("/instruments/untoc?as_at=June").await;
    assert_eq!(bad.status, 400);
    assert!(readable(&bad.body).contains("Parameter &#x27;as_at&#x27;"));
}

#[tokio::test]
async fn a_country_page_shows_its_treaty_status_as_at_a_date() {
    let app = TestApp::with_demo().await;
    let html = app.page("/countries/COL?as_at=2009-06-01").await;
    assert!(html.contains("Treaty status as at 1 June 2009"));
    let row = |title: &str| between(&html, &format!(">{title}</a></th>"), "</tr>").to_owned();
    assert_eq!(
        row("United Nations Convention against Transnational Organized Crime"),
        "<td>Party since 4 August 2004 (ratification)</td>"
    );
    assert!(row("Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime").contains("Not a party"));
    assert!(
        row("Migration for Employment Convention (Revised), 1949 (No. 97)").contains("No action recorded"),
        "partial ILO records do not say 'not a party'"
    );
}

/// The status table to download is the depositary's own layout: read back by the importer,
/// it adds nothing, in CSV as in XLSX.
#[tokio::test]
async fn the_status_table_downloads_in_the_untc_layout_and_imports_back_unchanged() {
    use domain::{status_table::read_untc_table, treaty::BatchConfig};
    let app = TestApp::with_demo().await;
    let html = app.page("/instruments/untoc?as_at=2009-06-01").await;
    assert!(html.contains(r#"<a href="/instruments/untoc/status.csv?as_at=2009-06-01">"#), "the page links the table");
    let data = reference::reference_data().unwrap();
    let names = reference::country_name_index(&data.countries).unwrap();
    let code = domain::treaty::InstrumentCode::parse("untoc").unwrap();
    for extension in ["csv", "xlsx"] {
        let download = app.get(&format!("/instruments/untoc/status.{extension}?as_at=2009-06-01")).await;
        assert_eq!(download.status, 200, "{extension}");
        assert_eq!(
            download.headers["content-disposition"],
            format!("attachment; filename=\"untoc-status-2009-06-01.{extension}\"")
        );
        let table =
            tabular::read_table_bytes(&format!("status.{extension}"), &download.bytes, &tabular::ReadConfig::default())
                .unwrap();
        assert_eq!(
            table.rows[0].cells,
            ["Participant", "Signature", "Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)"]
        );
        let read = read_untc_table(&table, &code, &names).unwrap();
        let consents = table.rows.iter().skip(1).filter(|row| !row.cells[2].is_empty()).count();
        assert_eq!(consents, 149, "the 149 parties of June 2009, each with its date");
        let outcome = app
            .store
            .import_treaty_actions(
                &read.actions,
                &store::Author::process("test"),
                store::ImportMode::DryRun,
                BatchConfig::default(),
            )
            .await
            .unwrap();
        assert!(
            matches!(outcome, store::TreatyImport::Done { added: 0, ref changed, .. } if changed.is_empty()),
            "{extension}: {outcome:?}"
        );
    }
    assert_eq!(app.get("/instruments/nothing/status.csv").await.status, 404);
}
