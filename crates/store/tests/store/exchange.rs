//! Importing documents in one transaction, idempotently; exporting them back.

use domain::{
    cycle::CycleCode,
    exchange::{self, ImportDefaults, ValidDocument},
    measure::{ExternalId, MeasureState},
};
use store::{Author, ExportQuery, ImportMode, MeasureQuery, Page, Store, Visibility};

use crate::support::{load_demo, load_reference, no_progress};

fn demo_document(catalogue: &domain::catalogue::Catalogue) -> ValidDocument {
    let document = exchange::parse(reference::DEMO_2009_JSON).unwrap();
    exchange::validate(document, catalogue, ImportDefaults { state: MeasureState::Published }).unwrap()
}

async fn importing_the_same_document_twice_changes_nothing(store: Store) {
    load_reference(&store).await;
    let document = demo_document(&store.catalogue().await.unwrap());
    let first = store.import(&document, &Author::process("test"), ImportMode::Commit, &no_progress).await.unwrap();
    let records = document.cycles.len() + document.submissions.len() + document.measures.len();
    assert_eq!((first.created, first.updated, first.unchanged), (records, 0, 0));
    let changes = store.change_count().await.unwrap();

    let second = store.import(&document, &Author::process("test"), ImportMode::Commit, &no_progress).await.unwrap();
    assert_eq!((second.created, second.updated, second.unchanged), (0, 0, records));
    assert_eq!(store.change_count().await.unwrap(), changes, "an unchanged record is not logged");
}
crate::on_both_databases!(
    importing_the_same_document_twice_changes_nothing_test,
    super::importing_the_same_document_twice_changes_nothing
);

async fn a_changed_measure_is_updated_and_its_version_rises(store: Store) {
    load_reference(&store).await;
    let mut document = demo_document(&store.catalogue().await.unwrap());
    store.import(&document, &Author::process("test"), ImportMode::Commit, &no_progress).await.unwrap();
    let id = ExternalId::parse("2009-SWE-work-environment-act").unwrap();
    let measure = document.measures.iter_mut().find(|m| m.external_id == id).unwrap();
    measure.texts.get_mut(&domain::language::Language::English).unwrap().title =
        "Work Environment Act covers household employees".into();
    let summary = store.import(&document, &Author::process("editor"), ImportMode::Commit, &no_progress).await.unwrap();
    assert_eq!(summary.updated, 1);
    let record = store.measure_by_external_id(&id).await.unwrap().unwrap();
    assert_eq!(record.version, 2);
    assert_eq!(
        record.measure.text(domain::language::Language::English).title,
        "Work Environment Act covers household employees"
    );
    let history = store.changes_for("measure", id.as_str()).await.unwrap();
    assert_eq!(history.iter().map(|entry| entry.author.as_str()).collect::<Vec<_>>(), ["test", "editor"]);
}
crate::on_both_databases!(
    a_changed_measure_is_updated_and_its_version_rises_test,
    super::a_changed_measure_is_updated_and_its_version_rises
);

async fn an_import_that_fails_part_way_writes_nothing(store: Store) {
    load_reference(&store).await;
    let mut document = demo_document(&store.catalogue().await.unwrap());
    // The last measure points at a cycle that exists neither in the store nor in the document,
    // which only a document that skipped validation can do: the store still refuses it whole.
    let last = document.measures.last_mut().unwrap();
    last.cycle = Some(CycleCode::parse("1999").unwrap());
    let changes = store.change_count().await.unwrap();
    let error = store.import(&document, &Author::process("test"), ImportMode::Commit, &no_progress).await.unwrap_err();
    assert!(error.to_string().contains("cycle '1999' does not exist"), "{error}");
    assert_eq!(store.change_count().await.unwrap(), changes);
    assert!(store.cycles().await.unwrap().is_empty());
    assert_eq!(store.summary(Visibility::All).await.unwrap().measures, 0);
}
crate::on_both_databases!(
    an_import_that_fails_part_way_writes_nothing_test,
    super::an_import_that_fails_part_way_writes_nothing
);

async fn an_export_imports_back_into_the_same_records(store: Store) {
    load_demo(&store).await;
    let catalogue = store.catalogue().await.unwrap();
    let (cycles, submissions, measures) =
        store.export(&ExportQuery { visibility: Visibility::All, cycle: None }).await.unwrap();
    let document = exchange::to_document(&cycles, &submissions, &measures, &catalogue);
    let text = serde_json::to_string_pretty(&document).unwrap();
    let reparsed =
        exchange::validate(exchange::parse(&text).unwrap(), &catalogue, ImportDefaults { state: MeasureState::Draft })
            .unwrap();
    let original = demo_document(&catalogue);
    assert_eq!(reparsed.cycles, original.cycles);
    let mut sorted_submissions = reparsed.submissions.clone();
    sorted_submissions.sort_by(|a, b| a.actor.cmp(&b.actor));
    let mut original_submissions = original.submissions.clone();
    original_submissions.sort_by(|a, b| a.actor.cmp(&b.actor));
    assert_eq!(sorted_submissions, original_submissions);
    let mut sorted = reparsed.measures.clone();
    sorted.sort_by(|a, b| a.external_id.cmp(&b.external_id));
    let mut expected = original.measures.clone();
    expected.sort_by(|a, b| a.external_id.cmp(&b.external_id));
    assert_eq!(sorted, expected);
    let summary = store.import(&reparsed, &Author::process("test"), ImportMode::Commit, &no_progress).await.unwrap();
    assert_eq!(summary.created + summary.updated, 0);
    assert_eq!(
        store.measures(&MeasureQuery::all(Visibility::All), Page::new(1, 1)).await.unwrap().total,
        expected.len() as i64
    );
}
crate::on_both_databases!(
    an_export_imports_back_into_the_same_records_test,
    super::an_export_imports_back_into_the_same_records
);

async fn a_dry_run_counts_what_would_change_and_keeps_nothing(store: Store) {
    load_reference(&store).await;
    let document = demo_document(&store.catalogue().await.unwrap());
    let changes = store.change_count().await.unwrap();
    let preview = store.import(&document, &Author::process("test"), ImportMode::DryRun, &no_progress).await.unwrap();
    assert_eq!(preview.created, document.cycles.len() + document.submissions.len() + document.measures.len());
    assert_eq!(store.change_count().await.unwrap(), changes);
    assert!(store.cycles().await.unwrap().is_empty());
    let committed = store.import(&document, &Author::process("test"), ImportMode::Commit, &no_progress).await.unwrap();
    assert_eq!(committed, preview);
}
crate::on_both_databases!(
    a_dry_run_counts_what_would_change_and_keeps_nothing_test,
    super::a_dry_run_counts_what_would_change_and_keeps_nothing
);

/// `count` copies of the demo's measures under new ids, starting at `first`.
fn copies(document: &ValidDocument, first: usize, count: usize) -> Vec<domain::measure::Measure> {
    (first..first + count)
        .map(|number| {
            let mut measure = document.measures[number % document.measures.len()].clone();
            measure.external_id = ExternalId::parse(&format!("bulk-{number:05}")).unwrap();
            measure
        })
        .collect()
}

/// More measures than one bulk statement writes, then a document that mixes new, changed and
/// unchanged measures across those statements: each is counted, stored and logged as it is.
async fn a_large_import_mixing_new_changed_and_unchanged_measures_writes_each_as_it_is(store: Store) {
    load_reference(&store).await;
    let demo = demo_document(&store.catalogue().await.unwrap());
    let mut document = demo.clone();
    document.measures = copies(&demo, 0, 1300);
    let first = store.import(&document, &Author::process("test"), ImportMode::Commit, &no_progress).await.unwrap();
    let others = demo.cycles.len() + demo.submissions.len();
    assert_eq!((first.created, first.updated, first.unchanged), (others + 1300, 0, 0));
    for measure in [&document.measures[0], &document.measures[777], &document.measures[1299]] {
        let stored = store.measure_by_external_id(&measure.external_id).await.unwrap().unwrap();
        assert_eq!(&stored.measure, measure, "a measure written in bulk reads back whole");
        assert_eq!(stored.version, 1);
    }
    let changes = store.change_count().await.unwrap();

    document.cycles.clear();
    document.submissions.clear();
    for measure in document.measures.iter_mut().step_by(2) {
        let language = *measure.texts.keys().next().unwrap();
        let text = measure.texts.get_mut(&language).unwrap();
        text.title = format!("{} (amended)", text.title);
    }
    document.measures.extend(copies(&demo, 1300, 200));
    let second = store.import(&document, &Author::process("editor"), ImportMode::Commit, &no_progress).await.unwrap();
    assert_eq!((second.created, second.updated, second.unchanged), (200, 650, 650));
    assert_eq!(store.change_count().await.unwrap(), changes + 850, "one entry for each measure written");
    let amended = store.measure_by_external_id(&document.measures[2].external_id).await.unwrap().unwrap();
    assert_eq!(amended.version, 2);
    assert_eq!(&amended.measure, &document.measures[2]);
    let untouched = store.measure_by_external_id(&document.measures[3].external_id).await.unwrap().unwrap();
    assert_eq!(untouched.version, 1);
    let new = store.measure_by_external_id(&document.measures[1450].external_id).await.unwrap().unwrap();
    assert_eq!(&new.measure, &document.measures[1450]);
    let history = store.changes_for("measure", document.measures[1450].external_id.as_str()).await.unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!((history[0].action.as_str(), history[0].author.as_str()), ("create", "editor"));
    assert!(history[0].before.is_none() && history[0].after.is_some());
}
crate::on_both_databases!(
    a_large_import_mixing_new_changed_and_unchanged_measures_writes_each_as_it_is_test,
    super::a_large_import_mixing_new_changed_and_unchanged_measures_writes_each_as_it_is
);
