//! Filters and facet counts, checked against the store's own SQL filters.

use domain::{
    actor::ActorKind,
    country::M49,
    language::Language,
    vocabulary::{TermCode, VocabularyCode},
};
use search::{SearchRequest, SearchSort};
use store::{MeasureQuery, Page, TermFilter, Visibility};

use crate::support::Demo;

fn term(vocabulary: &str, code: &str) -> (VocabularyCode, Vec<TermCode>) {
    (VocabularyCode::parse(vocabulary).unwrap(), vec![TermCode::parse(code).unwrap()])
}

async fn store_total(demo: &Demo, query: MeasureQuery) -> u64 {
    demo.store.measures(&query, Page::new(1, 1)).await.unwrap().total as u64
}

#[tokio::test]
async fn every_facet_count_is_the_number_of_measures_the_store_finds_with_that_filter() {
    let demo = Demo::new().await;
    let everything = demo.search(&SearchRequest::everything(Language::English));
    assert_eq!(everything.total, 184);
    let mut checked = 0;
    for (vocabulary, counts) in &everything.facets.terms {
        for count in counts {
            let mut query = MeasureQuery::all(Visibility::PublishedOnly);
            query.terms = vec![TermFilter { vocabulary: vocabulary.clone(), any_of: vec![count.value.clone()] }];
            assert_eq!(count.count, store_total(&demo, query).await, "{vocabulary}/{}", count.value);
            checked += 1;
        }
    }
    for count in &everything.facets.countries {
        let mut query = MeasureQuery::all(Visibility::PublishedOnly);
        query.country = Some(count.value);
        assert_eq!(count.count, store_total(&demo, query).await, "country {}", count.value);
        checked += 1;
    }
    for count in &everything.facets.regions {
        let mut query = MeasureQuery::all(Visibility::PublishedOnly);
        query.region = Some(count.value);
        assert_eq!(count.count, store_total(&demo, query).await, "region {}", count.value);
        checked += 1;
    }
    for count in &everything.facets.actor_kinds {
        let mut query = MeasureQuery::all(Visibility::PublishedOnly);
        query.actor_kind = Some(count.value);
        assert_eq!(count.count, store_total(&demo, query).await, "actor kind {:?}", count.value);
        checked += 1;
    }
    for count in &everything.facets.cycles {
        let mut query = MeasureQuery::all(Visibility::PublishedOnly);
        query.cycle = Some(count.value.clone());
        assert_eq!(count.count, store_total(&demo, query).await, "cycle {}", count.value);
        checked += 1;
    }
    assert!(checked > 100, "only {checked} facet values were checked");
    // Counts roll up: the broad term counts each measure once, however many narrower terms
    // it has.
    let keyword = everything.facets.terms.iter().find(|(v, _)| v.as_str() == "keyword").unwrap();
    let count = |code: &str| keyword.1.iter().find(|c| c.value.as_str() == code).map_or(0, |c| c.count);
    assert!(count("migrant-women") >= count("women-migrant-workers") + count("migrant-girls"));
}

#[tokio::test]
async fn migrant_women_and_training_gives_the_states_that_trained_on_migrant_women() {
    let demo = Demo::new().await;
    let catalogue = demo.store.catalogue().await.unwrap();
    let mut request = SearchRequest::everything(Language::English);
    request.per_page = 100;
    request.filters.terms = vec![term("keyword", "migrant-women"), term("type", "training")];
    let results = demo.search(&request);
    let mut query = MeasureQuery::all(Visibility::PublishedOnly);
    query.terms = vec![
        TermFilter {
            vocabulary: VocabularyCode::parse("keyword").unwrap(),
            any_of: vec![TermCode::parse("migrant-women").unwrap()],
        },
        TermFilter {
            vocabulary: VocabularyCode::parse("type").unwrap(),
            any_of: vec![TermCode::parse("training").unwrap()],
        },
    ];
    let expected = demo.store.measures(&query, Page::new(1, 100)).await.unwrap();
    assert_eq!(results.total, expected.total as u64);
    let mut found: Vec<String> = results
        .facets
        .countries
        .iter()
        .map(|count| catalogue.country(count.value).unwrap().short_name(Language::English).to_owned())
        .collect();
    found.sort();
    // A/64/152, para. 17: of the States that trained officials, those whose training
    // addressed migrant women (Denmark's shelter staff for women of ethnic minority
    // backgrounds, Ecuador's border areas, Germany's police on migration, Sweden's Migration
    // Board, Thailand's guidelines on migrant workers); para. 40: UNIFEM's training of
    // paralegals in Indonesia.
    assert_eq!(found, ["Denmark", "Ecuador", "Germany", "Indonesia", "Sweden", "Thailand"]);
}

#[tokio::test]
async fn a_chosen_facet_keeps_its_other_values_and_filters_the_other_facets() {
    let demo = Demo::new().await;
    let chile = M49::new(152).unwrap();
    let mut request = SearchRequest::everything(Language::English);
    request.filters.countries = vec![chile];
    let results = demo.search(&request);
    let everything = demo.search(&SearchRequest::everything(Language::English));
    // The country facet is counted without its own filter: every country is still offered.
    assert_eq!(
        results.facets.countries,
        everything
            .facets
            .countries
            .iter()
            .map(|c| {
                let mut c = c.clone();
                c.selected = c.value == chile;
                c
            })
            .collect::<Vec<_>>()
    );
    let chile_count = everything.facets.countries.iter().find(|c| c.value == chile).unwrap().count;
    assert_eq!(results.total, chile_count);
    // Every other facet counts Chile's measures only.
    let stage_total: u64 =
        results.facets.terms.iter().find(|(v, _)| v.as_str() == "stage").unwrap().1.iter().map(|c| c.count).sum();
    assert!(stage_total <= chile_count * 4 && stage_total > 0);
    assert_eq!(results.facets.actor_kinds.iter().map(|c| c.count).sum::<u64>(), chile_count);
    // Two countries are alternatives: the total is the sum of theirs.
    let mexico = M49::new(484).unwrap();
    request.filters.countries = vec![chile, mexico];
    let both = demo.search(&request);
    let mexico_count = everything.facets.countries.iter().find(|c| c.value == mexico).unwrap().count;
    assert_eq!(both.total, chile_count + mexico_count);
}

#[tokio::test]
async fn a_broad_term_selects_its_narrower_terms_and_regions_select_their_countries() {
    let demo = Demo::new().await;
    let mut request = SearchRequest::everything(Language::English);
    request.per_page = 1000;
    request.filters.terms = vec![term("type", "protection")];
    let protection = demo.search(&request);
    request.filters.terms = vec![term("type", "protection.services.shelters")];
    let shelters = demo.search(&request);
    assert!(shelters.total > 0);
    assert!(protection.total > shelters.total);
    let protection_ids: Vec<i64> = protection.hits.iter().map(|h| h.store_id).collect();
    assert!(shelters.hits.iter().all(|hit| protection_ids.contains(&hit.store_id)));

    // Latin America and the Caribbean (419) holds Chile, Mexico, El Salvador...
    request.filters.terms.clear();
    request.filters.regions = vec![M49::new(419).unwrap()];
    let latin_america = demo.search(&request);
    let mut query = MeasureQuery::all(Visibility::PublishedOnly);
    query.region = Some(M49::new(419).unwrap());
    assert_eq!(latin_america.total, store_total(&demo, query).await);
    assert!(
        latin_america.facets.countries.iter().filter(|c| c.count > 0).all(|c| {
            [32, 68, 76, 152, 170, 188, 214, 218, 222, 320, 340, 484, 558, 591, 600, 604, 780, 858, 862]
                .contains(&c.value.get())
        }),
        "{:?}",
        latin_america.facets.countries
    );
}

#[tokio::test]
async fn an_actor_filter_finds_what_the_store_finds_for_that_actor_and_counts_only_those() {
    let demo = Demo::new().await;
    let catalogue = demo.store.catalogue().await.unwrap();
    let mut checked = 0;
    for actor in catalogue.actors() {
        let mut query = MeasureQuery::all(Visibility::PublishedOnly);
        query.actor = Some(actor.code.clone());
        let expected = store_total(&demo, query).await;
        if expected == 0 {
            continue;
        }
        let mut request = SearchRequest::everything(Language::English);
        request.filters.actors = vec![actor.code.clone()];
        let results = demo.search(&request);
        assert_eq!(results.total, expected, "actor {}", actor.code);
        let counted: u64 = results.facets.actor_kinds.iter().map(|count| count.count).sum();
        assert_eq!(counted, expected, "actor {}: the facets count only that actor's measures", actor.code);
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} actors have measures");
    let mut request = SearchRequest::everything(Language::English);
    request.filters.actors = vec![domain::actor::ActorCode::parse("NO-SUCH-ACTOR").unwrap()];
    match demo.index.search(&request) {
        Err(search::SearchError::InvalidParameter { parameter, message }) => {
            assert_eq!(parameter, "actor");
            assert!(message.contains("NO-SUCH-ACTOR"), "{message}");
        }
        other => panic!("an unknown actor is refused by name, not {other:?}"),
    }
}

#[tokio::test]
async fn actor_kind_cycle_and_year_filters() {
    let demo = Demo::new().await;
    let mut request = SearchRequest::everything(Language::English);
    request.filters.actor_kinds = vec![ActorKind::UnEntity];
    let un = demo.search(&request);
    let mut query = MeasureQuery::all(Visibility::PublishedOnly);
    query.actor_kind = Some(ActorKind::UnEntity);
    assert_eq!(un.total, store_total(&demo, query).await);
    assert!(un.total > 0);

    let mut request = SearchRequest::everything(Language::English);
    request.filters.year_from = Some(2009);
    request.filters.year_to = Some(2009);
    let in_2009 = demo.search(&request);
    let year_2009 = demo
        .search(&SearchRequest::everything(Language::English))
        .facets
        .years
        .iter()
        .find(|y| y.value == 2009)
        .map_or(0, |y| y.count);
    assert_eq!(in_2009.total, year_2009);
    request.filters.year_from = Some(1990);
    request.filters.year_to = Some(1995);
    assert_eq!(demo.search(&request).total, 0);
}

#[tokio::test]
async fn pages_follow_each_other_in_a_stable_order_at_any_depth() {
    let demo = Demo::new().await;
    for sort in [SearchSort::CountryName, SearchSort::YearDescending, SearchSort::Relevance] {
        let mut request = SearchRequest::text("women", Language::English);
        request.sort = sort;
        request.per_page = 1000;
        let all: Vec<i64> = demo.search(&request).hits.iter().map(|h| h.store_id).collect();
        request.per_page = 7;
        let mut paged = Vec::new();
        for page in 1.. {
            request.page = page;
            let results = demo.search(&request);
            if results.hits.is_empty() {
                assert_eq!(u64::from(page - 1), results.page_count(), "{sort:?}");
                break;
            }
            paged.extend(results.hits.iter().map(|h| h.store_id));
        }
        assert_eq!(paged, all, "{sort:?}");
    }
    // By country name: Azerbaijan's measures come before Belarus's.
    let mut request = SearchRequest::everything(Language::English);
    request.sort = SearchSort::CountryName;
    let first = demo.search(&request);
    assert!(first.hits[0].external_id.starts_with("2009-AZE"), "{}", first.hits[0].external_id);
}
