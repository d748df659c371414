//! `GET /api/v1/measures` and `GET /api/v1/measures/{id}`.

use std::collections::BTreeSet;

use crate::support::TestApp;

#[tokio::test]
async fn measures_filter_page_and_count_like_the_site() {
    let app = TestApp::with_demo().await;
    let penal = app.json("/api/v1/measures?type=legislation.penal&actor_kind=member_state&per_page=100").await;
    let states: BTreeSet<&str> =
        penal["measures"].as_array().unwrap().iter().map(|m| m["country"]["iso3"].as_str().unwrap()).collect();
    assert_eq!(states.len(), 19, "paragraph 6 lists 19 States");
    assert_eq!(penal["total"], 20, "Turkey reported two penal measures");

    let paged = app.json("/api/v1/measures?per_page=50&page=4").await;
    assert_eq!(paged["total"], 184);
    assert_eq!(paged["pages"], 4);
    assert_eq!(paged["measures"].as_array().unwrap().len(), 34);

    let any_of = app.json("/api/v1/measures?type=budgets&type=protection.education").await;
    assert_eq!(any_of["total"], 2, "repeated vocabulary parameters match any of their values");
}

#[tokio::test]
async fn a_measure_in_json() {
    let app = TestApp::with_demo().await;
    let list = app.json("/api/v1/measures?country=KOR&type=budgets").await;
    let id = list["measures"][0]["id"].as_i64().unwrap();
    let measure = app.json(&format!("/api/v1/measures/{id}")).await;
    insta::assert_json_snapshot!("measure_KOR_budget", measure, {
        ".id" => "[id]",
        ".url" => "[url]",
        ".updated_at" => "[timestamp]",
    });
}

#[tokio::test]
async fn every_bad_parameter_is_a_400_naming_it() {
    let app = TestApp::with_demo().await;
    for (query, parameter) in [
        ("type=nothing", "type"),
        ("region=999", "region"),
        ("actor=NOBODY", "actor"),
        ("actor_kind=robot", "actor_kind"),
        ("cycle=1999", "cycle"),
        ("year_from=nineteen", "year_from"),
        ("year_from=2010&year_to=2000", "year_to"),
        ("implementation=maybe", "implementation"),
        ("sort=random", "sort"),
        ("page=0", "page"),
        ("per_page=1001", "per_page"),
        ("lang=xx", "lang"),
    ] {
        let response = app.get(&format!("/api/v1/measures?{query}")).await;
        assert_eq!(response.status, 400, "{query}");
        assert_eq!(response.json()["error"]["parameter"], parameter, "{query}");
    }
    let huge = "x".repeat(10_000);
    assert_eq!(app.get(&format!("/api/v1/measures?type={huge}")).await.status, 400);
    assert_eq!(
        app.get(&format!("/api/v1/measures?utm_source={huge}")).await.status,
        200,
        "unknown parameters are ignored"
    );
}
