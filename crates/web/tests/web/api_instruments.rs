//! `GET /api/v1/instruments`, `/api/v1/instruments/{code}`, `/api/v1/countries/{code}/treaties`
//! and `/api/v1/cycles/{code}/treaty-parties`.

use crate::support::TestApp;

fn names(value: &serde_json::Value) -> Vec<&str> {
    value.as_array().unwrap().iter().map(|country| country["name"].as_str().unwrap()).collect()
}

#[tokio::test]
async fn instruments_give_their_party_counts_as_at_a_date() {
    let app = TestApp::with_demo().await;
    let list = app.json("/api/v1/instruments?as_at=2009-06-01").await;
    let counts: Vec<(String, u64, bool)> = list["instruments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["code"].as_str().unwrap().to_owned(),
                i["party_count"].as_u64().unwrap(),
                i["count_is_complete"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        counts[..4],
        [
            ("untoc".to_owned(), 149, true),
            ("untoc-trafficking".to_owned(), 130, true),
            ("untoc-smuggling".to_owned(), 119, true),
            ("icrmw".to_owned(), 41, true)
        ]
    );
    let icrmw = app.json("/api/v1/instruments/icrmw?as_at=2009-06-01").await;
    assert_eq!(icrmw["parties"].as_array().unwrap().len(), 41);
    insta::assert_json_snapshot!("instrument_icrmw_2009", icrmw["instrument"]);
}

#[tokio::test]
async fn a_country_profile_tells_party_signatory_not_party_and_unknown_apart() {
    let app = TestApp::with_demo().await;
    let profile = app.json("/api/v1/countries/THA/treaties?as_at=2009-06-01").await;
    let standing =
        |code: &str| profile["treaties"].as_array().unwrap().iter().find(|t| t["instrument"] == code).unwrap().clone();
    assert_eq!(standing("untoc")["standing"], "signatory");
    assert_eq!(standing("untoc")["date"], "2000-12-13");
    assert_eq!(standing("cedaw")["standing"], "party");
    assert_eq!(standing("cedaw")["action"], "accession");
    assert_eq!(standing("icrmw")["standing"], "not_party");
    assert_eq!(standing("ilo-c097")["standing"], "no_record");
    let later = app.json("/api/v1/countries/THA/treaties?as_at=2014-01-01").await;
    assert_eq!(later["treaties"][0]["standing"], "party", "Thailand ratified UNTOC on 17 October 2013");
}

#[tokio::test]
async fn the_respondents_of_a_cycle_group_by_the_instruments_they_joined() {
    let app = TestApp::with_demo().await;
    let all_three =
        app.json("/api/v1/cycles/2009/treaty-parties?instruments=untoc,untoc-trafficking,untoc-smuggling").await;
    assert_eq!(all_three["as_at"], "2009-06-01", "the cycle's own date by default");
    assert_eq!(all_three["parties"].as_array().unwrap().len(), 21);
    assert_eq!(names(&all_three["parties"])[..3], ["Azerbaijan", "Belarus", "Chile"]);
    let two = app.json("/api/v1/cycles/2009/treaty-parties?instruments=untoc&instruments=untoc-trafficking").await;
    let with_two: Vec<&str> =
        names(&two["parties"]).into_iter().filter(|name| !names(&all_three["parties"]).contains(name)).collect();
    assert_eq!(with_two, ["Colombia", "Qatar"]);
    let c182 = app.json("/api/v1/cycles/2009/treaty-parties?instruments=ilo-c182").await;
    assert!(!c182["unknown"].as_array().unwrap().is_empty(), "partial records make some respondents unknown");
    for (query, parameter) in
        [("instruments=nothing", "instruments"), ("", "instruments"), ("instruments=untoc&as_at=2009-13-01", "as_at")]
    {
        let response = app.get(&format!("/api/v1/cycles/2009/treaty-parties?{query}")).await;
        assert_eq!(response.status, 400, "{query}");
        assert_eq!(response.json()["error"]["parameter"], parameter, "{query}");
    }
}
