//! Incident statistics datasets: written whole, read back as they were, published, and a
//! file uploaded twice refused.

use incident_statistics::{
    dimension::{CODED_DIMENSIONS, Classification},
    generator::IncidentGenerator,
    record::{CountRow, Period},
    upload_read::Upload,
};
use store::{Author, DatasetKind, DatasetState, NewStatisticsDataset, Store, StoreError};

async fn classification(store: &Store) -> Classification {
    crate::support::load_reference(store).await;
    Classification::new(store.catalogue().await.unwrap().countries())
}

fn dataset<'a>(digest: &'a str) -> NewStatisticsDataset<'a> {
    NewStatisticsDataset {
        provider_country: 404,
        provider: "Kenya National Police Service",
        file_name: "incidents.csv",
        file_digest: digest,
        threshold: 11,
        state: DatasetState::Draft,
    }
}

async fn records_and_counts_read_back_as_they_were_written(store: Store) {
    let classification = classification(&store).await;
    // More records than one INSERT takes, to cross the batches.
    let records: Vec<_> = IncidentGenerator::new(9, &classification, 2025).take(1_234).collect();
    let author = Author::process("test");
    let written = store
        .add_statistics_dataset(&dataset("a"), &Upload::Records(records.clone()), &classification, &author)
        .await
        .unwrap();
    assert_eq!((written.kind, written.state, written.row_count), (DatasetKind::Records, DatasetState::Draft, 1_234));
    let Upload::Records(read) = store.statistics_dataset_rows(&written, &classification).await.unwrap() else {
        panic!("records expected")
    };
    let mut expected = records.clone();
    let mut got = read.clone();
    let key = |r: &incident_statistics::record::IncidentRecord| (r.codes, r.period, r.consent, r.reported_elsewhere);
    expected.sort_by_key(key);
    got.sort_by_key(key);
    assert_eq!(got, expected);

    let mut codes = [None; CODED_DIMENSIONS];
    codes[0] = classification.place("SAU");
    let counts = vec![
        CountRow { codes, period: Period { year: 2024, quarter: Some(2), month: None }, count: 40 },
        CountRow { codes: [None; CODED_DIMENSIONS], period: Period::year(2024), count: 90 },
    ];
    let counted = store
        .add_statistics_dataset(&dataset("b"), &Upload::Counts(counts.clone()), &classification, &author)
        .await
        .unwrap();
    let Upload::Counts(read) = store.statistics_dataset_rows(&counted, &classification).await.unwrap() else {
        panic!("counts expected")
    };
    assert_eq!(read.len(), 2);
    assert!(read.contains(&counts[0]) && read.contains(&counts[1]));
    let listed = store.statistics_datasets().await.unwrap();
    assert_eq!(listed.iter().map(|d| d.id).collect::<Vec<_>>(), vec![counted.id, written.id]);
}
crate::on_both_databases!(records_and_counts_read_back_test, super::records_and_counts_read_back_as_they_were_written);

async fn the_same_file_twice_is_refused_and_writes_nothing(store: Store) {
    let classification = classification(&store).await;
    let records: Vec<_> = IncidentGenerator::new(1, &classification, 2025).take(20).collect();
    let author = Author::process("test");
    store
        .add_statistics_dataset(&dataset("same"), &Upload::Records(records.clone()), &classification, &author)
        .await
        .unwrap();
    let again = store
        .add_statistics_dataset(&dataset("same"), &Upload::Records(records), &classification, &author)
        .await
        .unwrap_err();
    assert!(matches!(again, StoreError::Duplicate(_)), "{again}");
    assert!(again.to_string().contains("already uploaded as dataset"), "{again}");
    assert_eq!(store.statistics_datasets().await.unwrap().len(), 1);
}
crate::on_both_databases!(
    the_same_file_twice_is_refused_test,
    super::the_same_file_twice_is_refused_and_writes_nothing
);

async fn publishing_is_logged_and_dated(store: Store) {
    let classification = classification(&store).await;
    let records: Vec<_> = IncidentGenerator::new(2, &classification, 2025).take(5).collect();
    let written = store
        .add_statistics_dataset(&dataset("p"), &Upload::Records(records), &classification, &Author::process("test"))
        .await
        .unwrap();
    assert_eq!(written.published_at, None);
    let published = store
        .set_statistics_dataset_state(written.id, DatasetState::Published, &Author::process("editor"))
        .await
        .unwrap();
    assert_eq!(published.state, DatasetState::Published);
    assert!(published.published_at.is_some());
    let withdrawn = store
        .set_statistics_dataset_state(written.id, DatasetState::Withdrawn, &Author::process("editor"))
        .await
        .unwrap();
    assert_eq!(withdrawn.state, DatasetState::Withdrawn);
    let moves = store.changes_for("statistics_dataset", &written.id.to_string()).await.unwrap().len();
    assert_eq!(moves, 3, "created, published, withdrawn");
}
crate::on_both_databases!(publishing_is_logged_and_dated_test, super::publishing_is_logged_and_dated);
