//! Only published measures are searchable: drafts reach no result, count or facet.

use std::time::{Duration, Instant};

use domain::{language::Language, measure::MeasureState};
use search::SearchRequest;

use crate::support::{Demo, import};

fn measure(state: &str) -> String {
    format!(
        r#"{{"format": "vawdb-exchange/1", "measures": [{{
            "id": "test-zebrafinch", "country": "CHL", "cycle": "2009", "state": "{state}",
            "classification": {{"type": ["protection.services.hotlines"], "keyword": ["refugee-women"]}},
            "text": {{"en": {{"title": "Zebrafinch helpline", "description": "A zebrafinch helpline for refugee women."}}}}
        }}]}}"#
    )
}

async fn wait_until(demo: &Demo, query: &str, expected: u64) -> Duration {
    let start = Instant::now();
    loop {
        if demo.text(query).total == expected {
            return start.elapsed();
        }
        assert!(start.elapsed() < Duration::from_secs(5), "'{query}' did not reach {expected} hits");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drafts_are_never_found_or_counted_and_publishing_makes_a_measure_searchable_within_a_second() {
    let demo = Demo::new().await;
    let follower = demo.index.follow(demo.store.clone());
    let before = demo.search(&SearchRequest::everything(Language::English));

    import(&demo.store, &measure("draft"), MeasureState::Draft).await;
    tokio::time::sleep(demo.store.follow_interval() * 3).await;
    assert!(demo.index.applied_change() >= demo.store.last_change_id().await.unwrap());
    assert_eq!(demo.text("zebrafinch").total, 0);
    assert_eq!(demo.text("zebraf").total, 0, "no suggestion from a draft");
    let with_draft = demo.search(&SearchRequest::everything(Language::English));
    assert_eq!(with_draft.total, before.total);
    assert_eq!(with_draft.facets, before.facets, "a draft changes no facet count");

    import(&demo.store, &measure("published"), MeasureState::Draft).await;
    let took = wait_until(&demo, "zebrafinch", 1).await;
    assert!(took < Duration::from_secs(1), "the published measure took {took:?} to be searchable");
    let hit = &demo.text("zebrafinch").hits[0];
    assert_eq!(hit.title.text, "Zebrafinch helpline");

    import(&demo.store, &measure("withdrawn"), MeasureState::Draft).await;
    let took = wait_until(&demo, "zebrafinch", 0).await;
    assert!(took < Duration::from_secs(1), "the withdrawn measure stayed searchable for {took:?}");
    assert_eq!(demo.search(&SearchRequest::everything(Language::English)).facets, before.facets);
    follower.abort();
}
