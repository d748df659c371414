//! The 2009 demo cycle against the seed report (A/64/152): asking the store which States
//! reported a type of measure gives exactly the States the report lists.

use std::collections::BTreeSet;

use domain::{
    actor::ActorKind,
    cycle::CycleCode,
    date::Date,
    language::Language,
    measure::ImplementationStatus,
    text::english_sort_key,
    vocabulary::{TermCode, VocabularyCode},
};
use store::{MeasureQuery, Page, Store, TermFilter, Visibility};

use crate::support::load_demo;

/// The English short names, as at 1 June 2009 and in UN order, of the Member States with a
/// published 2009 measure of any of the types `codes`.
async fn states_reporting(store: &Store, codes: &[&str], implementation: Option<ImplementationStatus>) -> Vec<String> {
    let mut query = MeasureQuery::all(Visibility::PublishedOnly);
    query.cycle = Some(CycleCode::parse("2009").unwrap());
    query.actor_kind = Some(ActorKind::MemberState);
    query.implementation = implementation;
    query.terms = vec![TermFilter {
        vocabulary: VocabularyCode::type_of_measure(),
        any_of: codes.iter().map(|c| TermCode::parse(c).unwrap()).collect(),
    }];
    let page = store.measures(&query, Page::new(1, Page::MAX_SIZE)).await.unwrap();
    let catalogue = store.catalogue().await.unwrap();
    let as_at = Date::parse("2009-06-01").unwrap();
    let countries: BTreeSet<_> = page.records.iter().filter_map(|record| record.measure.country).collect();
    let mut names: Vec<String> = countries
        .into_iter()
        .map(|m49| catalogue.country(m49).unwrap().name_as_at(Language::English, as_at).short_name.clone())
        .collect();
    names.sort_by_key(|name| english_sort_key(name));
    names
}

/// Splits a list as the report writes it: "Belarus, Chile, Czech Republic and Turkmenistan".
fn seed_list(text: &str) -> Vec<String> {
    // "Trinidad and Tobago" holds the word that joins the last two names: keep it whole.
    const WHOLE: &str = "Trinidad and Tobago";
    const KEPT: &str = "Trinidad+Tobago";
    let text = text.replace(WHOLE, KEPT);
    let (head, last) = text.rsplit_once(" and ").map_or((text.as_str(), None), |(head, last)| (head, Some(last)));
    head.split(", ").chain(last).map(|name| name.replace(KEPT, WHOLE)).collect()
}

const PARAGRAPH_LISTS: &[(&str, &[&str], &str)] = &[
    (
        "6, penal codes",
        &["legislation.penal"],
        "Belarus, Chile, Czech Republic, Ecuador, El Salvador, Germany, Ghana, Hungary, Japan, Mexico, Paraguay, Qatar, Romania, Russian Federation, Spain, Sweden, Thailand, Turkey and Turkmenistan",
    ),
    ("6, arbitrary arrest and detention", &["legislation.detention"], "El Salvador, Germany, Hungary and Sweden"),
    ("7, equal treatment laws", &["legislation.equal-treatment"], "Ecuador, El Salvador, Germany, Mexico and Romania"),
    (
        "7, labour acts",
        &["legislation.labour"],
        "Azerbaijan, Colombia, Czech Republic, Ecuador, El Salvador, Ghana, Japan, Kyrgyzstan, Malawi, Republic of Korea, Thailand, Trinidad and Tobago and Turkey",
    ),
    ("7, employment of foreign workers acts", &["legislation.immigration.foreign-workers"], "Thailand"),
    (
        "7, laws on violence against women",
        &["legislation.vaw"],
        "Belarus, Colombia, Ecuador, Ghana, Japan, Kyrgyzstan, Mexico, Paraguay, Republic of Korea, Romania, Spain, Thailand, Trinidad and Tobago and Turkmenistan",
    ),
    ("9, recruitment agencies", &["legislation.recruitment"], "Azerbaijan, Belarus, Kyrgyzstan and Russian Federation"),
    ("10, general policies", &["policies.vaw"], "Ghana, Japan, Kyrgyzstan and Slovakia"),
    ("12, integration plans", &["policies.migration.integration"], "Belarus and Germany"),
    (
        "13, awareness-raising campaigns",
        &["prevention.awareness"],
        "Belarus, Czech Republic, Japan, Kyrgyzstan, Qatar, Slovakia, Spain and Turkey",
    ),
    ("16, legal channels of migration", &["policies.migration.legal-channels"], "Sweden, Thailand and Turkey"),
    (
        "17, training",
        &["training"],
        "Belarus, Denmark, Ecuador, El Salvador, Germany, Japan, Kyrgyzstan, Mexico, Qatar, Spain, Sweden, Thailand and Trinidad and Tobago",
    ),
    // The seed reads "Spain Sweden", a typo for "Spain, Sweden".
    (
        "18, protection and assistance",
        &["protection.services"],
        "Belarus, Colombia, Denmark, El Salvador, Germany, Hungary, Japan, Kyrgyzstan, Paraguay, Qatar, Republic of Korea, Spain, Sweden, Trinidad and Tobago and Turkey",
    ),
    ("19, networks of migrant women", &["cooperation.civil-society"], "Germany, Ghana, Mexico and Thailand"),
    ("20, work permit arrangements", &["protection.work-permits"], "Germany, Republic of Korea, Sweden and Turkey"),
    ("20, schooling of migrant children", &["protection.education"], "Thailand"),
    (
        "21, data not specific to migrant women",
        &["data.statistics"],
        "Belarus, Germany, Japan, Qatar, Slovakia and Thailand",
    ),
    ("21, data on migrant women", &["data.migrant-women"], "Kyrgyzstan, Spain and Sweden"),
    ("24, cooperation with ILO", &["cooperation.international"], "Ecuador and Trinidad and Tobago"),
];

async fn every_paragraph_list_of_the_seed_is_reproduced(store: Store) {
    load_demo(&store).await;
    let mut mismatches = Vec::new();
    for (paragraph, codes, seed) in PARAGRAPH_LISTS {
        let found = states_reporting(&store, codes, None).await;
        let expected = seed_list(seed);
        if found != expected {
            mismatches.push(format!("paragraph {paragraph}:\n  expected {expected:?}\n  found    {found:?}"));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
crate::on_both_databases!(
    every_paragraph_list_of_the_seed_is_reproduced_test,
    super::every_paragraph_list_of_the_seed_is_reproduced
);

async fn paragraph_22_counts_analyses_done_not_studies_under_way(store: Store) {
    load_demo(&store).await;
    let done = states_reporting(&store, &["data.research"], Some(ImplementationStatus::InPlace)).await;
    assert_eq!(done, seed_list("Czech Republic, Denmark and Trinidad and Tobago"));
    let under_way = states_reporting(&store, &["data.research"], Some(ImplementationStatus::InPreparation)).await;
    assert_eq!(under_way, ["El Salvador", "Qatar"]);
}
crate::on_both_databases!(
    paragraph_22_counts_analyses_done_not_studies_under_way_test,
    super::paragraph_22_counts_analyses_done_not_studies_under_way
);

async fn footnote_1_lists_the_28_member_states_that_replied(store: Store) {
    load_demo(&store).await;
    let catalogue = store.catalogue().await.unwrap();
    let as_at = Date::parse("2009-06-01").unwrap();
    let replies = store.submissions("2009").await.unwrap();
    let mut states: Vec<_> = replies
        .iter()
        .filter(|reply| reply.actor_kind == ActorKind::MemberState && reply.submission.received_by(as_at))
        .map(|reply| catalogue.country(reply.actor_country.unwrap()).unwrap().name_as_at(Language::English, as_at))
        .collect();
    states.sort_by_key(|name| english_sort_key(&name.short_name));
    let running_text: Vec<String> = states.iter().map(|name| name.in_running_text()).collect();
    let footnote = "Azerbaijan, Belarus, Chile, Colombia, the Czech Republic, Denmark, Ecuador, El Salvador, Germany, Ghana, Hungary, Japan, Kyrgyzstan, Malawi, Mexico, Paraguay, Qatar, the Republic of Korea, Romania, the Russian Federation, Rwanda, Slovakia, Spain, Sweden, Thailand, Trinidad and Tobago, Turkey and Turkmenistan";
    assert_eq!(running_text, seed_list(footnote));
    assert_eq!(running_text.len(), 28);
    let organizations = replies.iter().filter(|reply| !reply.actor_kind.is_state()).count();
    assert_eq!(organizations, 9, "eight entities of the United Nations system and IOM");
}
crate::on_both_databases!(
    footnote_1_lists_the_28_member_states_that_replied_test,
    super::footnote_1_lists_the_28_member_states_that_replied
);

async fn filtering_on_a_broad_type_includes_every_narrower_type(store: Store) {
    load_demo(&store).await;
    let protection = states_reporting(&store, &["protection"], None).await;
    // Thailand has no victim services of its own but enrols migrants' children in school
    // (protection.education); Mexico shelters migrant children (protection.migrant-children).
    for state in ["Thailand", "Mexico", "Republic of Korea", "Ecuador"] {
        assert!(protection.contains(&state.to_owned()), "{state} is under protection: {protection:?}");
    }
    let shelters_only = states_reporting(&store, &["protection.services.shelters"], None).await;
    assert_eq!(shelters_only, ["Republic of Korea"]);
}
crate::on_both_databases!(
    filtering_on_a_broad_type_includes_every_narrower_type_test,
    super::filtering_on_a_broad_type_includes_every_narrower_type
);

#[test]
fn seed_lists_split_like_the_report_writes_them() {
    assert_eq!(seed_list("Thailand"), ["Thailand"]);
    assert_eq!(seed_list("Belarus and Germany"), ["Belarus", "Germany"]);
    assert_eq!(seed_list("Ecuador and Trinidad and Tobago"), ["Ecuador", "Trinidad and Tobago"]);
    assert_eq!(seed_list("Mexico, Trinidad and Tobago and Turkey"), ["Mexico", "Trinidad and Tobago", "Turkey"]);
}
