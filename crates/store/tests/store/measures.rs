//! Listing measures: visibility, filters, order and paging.

use domain::{
    actor::{ActorCode, ActorKind},
    country::M49,
    exchange::{self, ImportDefaults},
    measure::{ExternalId, MeasureState},
};
use store::{Author, ImportMode, MeasureQuery, MeasureSort, Page, Store, Visibility};

use crate::support::{load_demo, no_progress};

/// Imports the demo again with one measure back in draft.
async fn with_one_draft(store: &Store, external_id: &str) {
    let catalogue = store.catalogue().await.unwrap();
    let mut document = exchange::parse(reference::DEMO_2009_JSON).unwrap();
    document.measures.retain(|m| m.id == external_id);
    document.measures[0].state = Some("draft".into());
    let valid = exchange::validate(document, &catalogue, ImportDefaults { state: MeasureState::Published }).unwrap();
    store.import(&valid, &Author::process("test"), ImportMode::Commit, &no_progress).await.unwrap();
}

async fn drafts_are_invisible_to_the_public_through_every_query(store: Store) {
    load_demo(&store).await;
    let everything = store.summary(Visibility::All).await.unwrap();
    // The Swedish Work Environment Act is Sweden's only measure of its type: a draft of it
    // must leave no trace in public lists, counts or lookups.
    with_one_draft(&store, "2009-SWE-work-environment-act").await;
    let public = store.summary(Visibility::PublishedOnly).await.unwrap();
    assert_eq!(public.measures, everything.measures - 1);
    let draft = store
        .measure_by_external_id(&ExternalId::parse("2009-SWE-work-environment-act").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(draft.measure.state, MeasureState::Draft);
    assert!(store.measure(draft.id, Visibility::PublishedOnly).await.unwrap().is_none());
    assert!(store.measure(draft.id, Visibility::All).await.unwrap().is_some());

    let sweden = M49::new(752).unwrap();
    let public_counts = store.measure_counts_by_country(Visibility::PublishedOnly).await.unwrap();
    let all_counts = store.measure_counts_by_country(Visibility::All).await.unwrap();
    assert_eq!(public_counts[&sweden] + 1, all_counts[&sweden]);

    let mut query = MeasureQuery::all(Visibility::PublishedOnly);
    query.country = Some(sweden);
    let page = store.measures(&query, Page::new(1, 100)).await.unwrap();
    assert!(page.records.iter().all(|r| r.measure.state == MeasureState::Published));
    assert!(!page.records.iter().any(|r| r.id == draft.id));
}
crate::on_both_databases!(
    drafts_are_invisible_to_the_public_through_every_query_test,
    super::drafts_are_invisible_to_the_public_through_every_query
);

async fn pages_cover_every_measure_once_in_country_order(store: Store) {
    load_demo(&store).await;
    let query = MeasureQuery::all(Visibility::PublishedOnly);
    let first = store.measures(&query, Page::new(1, 25)).await.unwrap();
    let mut seen = Vec::new();
    for number in 1..=first.page_count() as u32 {
        let page = store.measures(&query, Page::new(number, 25)).await.unwrap();
        seen.extend(page.records.into_iter().map(|r| r.measure.external_id));
    }
    assert_eq!(seen.len() as i64, first.total);
    let unique: std::collections::BTreeSet<_> = seen.iter().collect();
    assert_eq!(unique.len(), seen.len());
    assert_eq!(first.records[0].measure.country, M49::new(31), "Azerbaijan comes first");
    let past_the_end = store.measures(&query, Page::new(1000, 25)).await.unwrap();
    assert!(past_the_end.records.is_empty());
    assert_eq!(past_the_end.total, first.total);
}
crate::on_both_databases!(
    pages_cover_every_measure_once_in_country_order_test,
    super::pages_cover_every_measure_once_in_country_order
);

async fn filters_by_region_actor_kind_and_year(store: Store) {
    load_demo(&store).await;
    let catalogue = store.catalogue().await.unwrap();
    let mut query = MeasureQuery::all(Visibility::PublishedOnly);
    query.region = M49::new(419);
    let latin_america = store.measures(&query, Page::new(1, 1000)).await.unwrap();
    assert!(latin_america.total > 0);
    for record in &latin_america.records {
        let country = catalogue.country(record.measure.country.unwrap()).unwrap();
        assert_eq!(country.subregion, M49::new(419), "{}", country.iso3);
    }

    let mut organizations = MeasureQuery::all(Visibility::PublishedOnly);
    organizations.actor_kind = Some(ActorKind::IntergovernmentalOrganization);
    let iom = store.measures(&organizations, Page::new(1, 1000)).await.unwrap();
    assert!(iom.total > 0);
    assert!(iom.records.iter().all(|r| r.measure.actor == ActorCode::parse("IOM").unwrap()));

    let mut in_2009 = MeasureQuery::all(Visibility::PublishedOnly);
    in_2009.year_from = Some(2009);
    in_2009.year_to = Some(2009);
    in_2009.sort = MeasureSort::YearDescending;
    let dated = store.measures(&in_2009, Page::new(1, 1000)).await.unwrap();
    let ids: Vec<&str> = dated.records.iter().map(|r| r.measure.external_id.as_str()).collect();
    // Equal years fall back to the id, so the order is stable from page to page.
    assert_eq!(ids, ["2009-ESP-immigrant-communities-gbv-plan", "2009-KOR-migrant-women-budget-2009"]);
}
crate::on_both_databases!(filters_by_region_actor_kind_and_year_test, super::filters_by_region_actor_kind_and_year);
