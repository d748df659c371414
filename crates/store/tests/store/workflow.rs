//! Measures moving through the workflow, and earlier versions restored.

use domain::{
    exchange::{self, ImportDefaults},
    measure::{ExternalId, MeasureState},
    workflow::Transition,
};
use store::{Author, ImportMode, Store, StoreError};

use crate::support::{load_reference, no_progress};

const DRAFT: &str = r#"{
  "format": "vawdb-exchange/1",
  "measures": [{
    "id": "ken-shelter",
    "country": "KEN",
    "classification": {"type": ["protection.services.shelters"]},
    "text": {"en": {"title": "Shelters for returning migrant women", "description": "First version."}}
  }]
}"#;

async fn import_draft(store: &Store) -> i64 {
    load_reference(store).await;
    let catalogue = store.catalogue().await.unwrap();
    let valid =
        exchange::validate(exchange::parse(DRAFT).unwrap(), &catalogue, ImportDefaults { state: MeasureState::Draft })
            .unwrap();
    store.import(&valid, &Author::process("test"), ImportMode::Commit, &no_progress).await.unwrap();
    store.measure_by_external_id(&ExternalId::parse("ken-shelter").unwrap()).await.unwrap().unwrap().id
}

async fn a_measure_moves_only_from_the_state_and_version_it_was_seen_in(store: Store) {
    let id = import_draft(&store).await;
    let focal_point = Author { label: "fp@kenya.example".into(), user_id: None };
    let editor = Author { label: "editor@un.example".into(), user_id: None };

    let submitted = store.move_measure(id, Transition::Submit, "", 1, &focal_point).await.unwrap();
    assert_eq!((submitted.measure.state, submitted.version), (MeasureState::Submitted, 2));

    let stale = store.move_measure(id, Transition::Publish, "", 1, &editor).await.unwrap_err();
    assert!(
        matches!(&stale, StoreError::StaleVersion { .. } if stale.to_string().contains("has changed since you opened it")),
        "{stale}"
    );
    let wrong = store.move_measure(id, Transition::Withdraw, "", 2, &editor).await.unwrap_err();
    assert!(wrong.to_string().contains("a submitted measure cannot be moved by withdraw"), "{wrong}");

    let sent_back =
        store.move_measure(id, Transition::SendBack, "  Give the year it opened. ", 2, &editor).await.unwrap();
    assert_eq!(sent_back.measure.state, MeasureState::Draft);
    let published = store.move_measure(id, Transition::Publish, "", 3, &editor).await.unwrap();
    assert_eq!(published.measure.state, MeasureState::Published);

    let moves = store.measure_transitions(id).await.unwrap();
    let summary: Vec<(&str, &str, &str, &str)> = moves
        .iter()
        .map(|m| (m.transition.as_str(), m.from_state.as_str(), m.to_state.as_str(), m.comment.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            ("submit", "draft", "submitted", ""),
            ("send_back", "submitted", "draft", "Give the year it opened."),
            ("publish", "draft", "published", ""),
        ]
    );
    assert_eq!(moves[1].author, "editor@un.example");
    let history = store.changes_for("measure", "ken-shelter").await.unwrap();
    assert_eq!(history.len(), 4, "created, then three moves, each with the measure before and after");
    assert_eq!(history[3].after.as_ref().unwrap()["state"], "published");
}
crate::on_both_databases!(
    a_measure_moves_only_from_the_state_and_version_it_was_seen_in_test,
    super::a_measure_moves_only_from_the_state_and_version_it_was_seen_in
);

async fn restoring_brings_back_the_content_and_keeps_the_state(store: Store) {
    let id = import_draft(&store).await;
    let first: domain::measure::Measure =
        serde_json::from_value(store.changes_for("measure", "ken-shelter").await.unwrap()[0].after.clone().unwrap())
            .unwrap();
    let catalogue = store.catalogue().await.unwrap();
    let edited = DRAFT.replace("First version.", "Second version.");
    let valid = exchange::validate(
        exchange::parse(&edited).unwrap(),
        &catalogue,
        ImportDefaults { state: MeasureState::Draft },
    )
    .unwrap();
    store.import(&valid, &Author::process("test"), ImportMode::Commit, &no_progress).await.unwrap();
    let submitted = store.move_measure(id, Transition::Submit, "", 2, &Author::process("test")).await.unwrap();

    let restored = store.restore_measure(id, &first, submitted.version, &Author::process("test")).await.unwrap();
    assert_eq!(restored.measure.texts.values().next().unwrap().description, "First version.");
    assert_eq!(restored.measure.state, MeasureState::Submitted, "restoring content does not move the measure");
    assert_eq!(restored.version, 4);
    let again = store.restore_measure(id, &first, 4, &Author::process("test")).await.unwrap_err();
    assert!(again.to_string().contains("already as it was"), "{again}");
}
crate::on_both_databases!(
    restoring_brings_back_the_content_and_keeps_the_state_test,
    super::restoring_brings_back_the_content_and_keeps_the_state
);
