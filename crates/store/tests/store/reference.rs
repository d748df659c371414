//! Loading the shipped reference data into a store.

use domain::{country::UnStatus, date::Date, language::Language};
use store::{Author, Store};

use crate::support::{load_reference, no_progress};

async fn every_country_and_its_names_as_at_a_date(store: Store) {
    load_reference(&store).await;
    let catalogue = store.catalogue().await.unwrap();
    let members = catalogue.countries().iter().filter(|c| c.un_status == UnStatus::MemberState).count();
    let observers: Vec<&str> = catalogue
        .countries()
        .iter()
        .filter(|c| c.un_status == UnStatus::ObserverState)
        .map(|c| c.short_name(Language::English))
        .collect();
    assert_eq!(members, 193);
    assert_eq!(observers, ["State of Palestine", "Holy See"]);

    let june_2009 = Date::parse("2009-06-01").unwrap();
    let turkiye = catalogue.country_by_code("TUR").unwrap();
    assert_eq!(turkiye.short_name(Language::English), "Türkiye");
    assert_eq!(turkiye.name_as_at(Language::English, june_2009).short_name, "Turkey");
    assert_eq!(turkiye.name_as_at(Language::French, june_2009).in_running_text(), "la Turquie");
    let czechia = catalogue.country_by_code("203").unwrap();
    assert_eq!(czechia.name_as_at(Language::English, june_2009).in_running_text(), "the Czech Republic");
    assert_eq!(czechia.current_name(Language::English).in_running_text(), "Czechia");
    let korea = catalogue.country_by_code("kr").unwrap();
    assert_eq!(korea.current_name(Language::English).in_running_text(), "the Republic of Korea");
    assert_eq!(korea.short_name(Language::Chinese), "大韩民国");
}
crate::on_both_databases!(
    every_country_and_its_names_as_at_a_date_test,
    super::every_country_and_its_names_as_at_a_date
);

async fn thesauri_keep_their_hierarchy_and_labels(store: Store) {
    load_reference(&store).await;
    let catalogue = store.catalogue().await.unwrap();
    let shipped = reference::reference_data().unwrap();
    assert_eq!(catalogue.thesauri(), shipped.thesauri.as_slice());
    let types = catalogue.thesaurus("type").unwrap();
    let leaf = types.find("legislation.immigration.foreign-workers").unwrap();
    assert_eq!(types.depth(&leaf.code), 2);
    assert_eq!(types.find("training").unwrap().labels.get(Language::Arabic), Some("التدريب وبناء القدرات"));
}
crate::on_both_databases!(
    thesauri_keep_their_hierarchy_and_labels_test,
    super::thesauri_keep_their_hierarchy_and_labels
);

async fn loading_again_writes_nothing(store: Store) {
    let data = reference::reference_data().unwrap();
    let first = store.load_reference(&data, &Author::process("test"), &no_progress).await.unwrap();
    assert_eq!(first.updated + first.unchanged, 0);
    let changes = store.change_count().await.unwrap();
    assert_eq!(changes as usize, first.created, "every created record is in the change log");

    let second = store.load_reference(&data, &Author::process("test"), &no_progress).await.unwrap();
    assert_eq!((second.created, second.updated, second.unchanged), (0, 0, first.created));
    assert_eq!(store.change_count().await.unwrap(), changes);
}
crate::on_both_databases!(loading_again_writes_nothing_test, super::loading_again_writes_nothing);

async fn a_corrected_name_is_an_update_with_its_before_and_after(store: Store) {
    let mut data = reference::reference_data().unwrap();
    store.load_reference(&data, &Author::process("test"), &no_progress).await.unwrap();
    let malawi = data.countries.iter_mut().find(|c| c.iso3 == "MWI").unwrap();
    malawi.names.iter_mut().find(|n| n.language == Language::English).unwrap().formal_name =
        Some("the Republic of Malawi (corrected)".into());
    let summary = store.load_reference(&data, &Author::process("correction"), &no_progress).await.unwrap();
    assert_eq!(summary.updated, 1);
    let history = store.changes_for("country", "454").await.unwrap();
    assert_eq!(history.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(), ["create", "update"]);
    let last = history.last().unwrap();
    assert_eq!(last.author, "correction");
    assert!(!last.before.as_ref().unwrap().to_string().contains("(corrected)"));
    assert!(last.after.as_ref().unwrap().to_string().contains("(corrected)"));
}
crate::on_both_databases!(
    a_corrected_name_is_an_update_with_its_before_and_after_test,
    super::a_corrected_name_is_an_update_with_its_before_and_after
);
