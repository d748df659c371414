//! `GET /api/v1/cycles` and `GET /api/v1/cycles/{code}`.

use crate::support::TestApp;

#[tokio::test]
async fn the_cycle_counts_replies_as_at_its_date_or_any_other() {
    let app = TestApp::with_demo().await;
    let cycles = app.json("/api/v1/cycles").await;
    insta::assert_json_snapshot!("cycles", cycles);
    let cycle = app.json("/api/v1/cycles/2009").await;
    assert_eq!(cycle["member_states_responded"], 28);
    assert_eq!(cycle["organizations_responded"], 9);
    assert_eq!(cycle["replies"].as_array().unwrap().len(), 37);
    let earlier = app.json("/api/v1/cycles/2009?as_at=2009-05-31").await;
    assert_eq!(earlier["member_states_responded"], 0);
    assert_eq!(earlier["replies"][0]["received_by_as_at"], false);
    let bad = app.get("/api/v1/cycles/2009?as_at=yesterday").await;
    assert_eq!(bad.status, 400);
    assert_eq!(bad.json()["error"]["parameter"], "as_at");
}
