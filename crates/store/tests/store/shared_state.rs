//! What instances on one database share besides sessions: checked files waiting for their
//! import, export allowances, and the signal that the change log has grown.

use std::time::Duration;

use domain::{
    account::{Role, Username},
    country::M49,
};
use store::{Allowance, Author, NewAccount, PendingUpload, Store};

use crate::support::load_reference;

async fn account(store: &Store, name: &str) -> i64 {
    let account = NewAccount {
        username: Username::parse(name).unwrap(),
        display_name: "Wanjiru Kamau".to_owned(),
        role: Role::FocalPoint { country: M49::new(404).unwrap() },
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA".to_owned(),
    };
    store.create_account(&account, &Author::process("cli:user")).await.unwrap().id
}

async fn a_checked_file_is_taken_once_with_its_token_and_a_newer_one_replaces_it(store: Store) {
    load_reference(&store).await;
    let kenya = account(&store, "fp@kenya.example").await;
    let other = account(&store, "fp@other.example").await;
    let kept = Duration::from_secs(60);
    store.keep_pending_upload(kenya, "digest-1", "first.csv", b"id,country\n", kept).await.unwrap();
    store.keep_pending_upload(kenya, "digest-2", "second.csv", b"id,country\nx,KEN\n", kept).await.unwrap();
    assert_eq!(store.take_pending_upload(kenya, "digest-1").await.unwrap(), None, "a newer file replaced it");
    assert_eq!(store.take_pending_upload(other, "digest-2").await.unwrap(), None, "another account's file");
    let taken = store.take_pending_upload(kenya, "digest-2").await.unwrap();
    assert_eq!(
        taken,
        Some(PendingUpload { file_name: "second.csv".to_owned(), bytes: b"id,country\nx,KEN\n".to_vec() })
    );
    assert_eq!(store.take_pending_upload(kenya, "digest-2").await.unwrap(), None, "a file is imported once");

    store.keep_pending_upload(kenya, "digest-3", "late.csv", b"x", Duration::ZERO).await.unwrap();
    assert_eq!(store.take_pending_upload(kenya, "digest-3").await.unwrap(), None, "its time is up");
}
crate::on_both_databases!(
    checked_files,
    super::a_checked_file_is_taken_once_with_its_token_and_a_newer_one_replaces_it
);

async fn an_address_gets_its_burst_then_waits_and_other_addresses_are_not_affected(store: Store) {
    let allowance = Allowance { burst: 3.0, refill_every: Duration::from_secs(60) };
    for _ in 0..3 {
        store.take_export_allowance("192.0.2.1", allowance).await.unwrap().unwrap();
    }
    let refused = store.take_export_allowance("192.0.2.1", allowance).await.unwrap().unwrap_err();
    assert!(
        refused.retry_after > Duration::from_secs(55) && refused.retry_after <= Duration::from_secs(60),
        "{refused:?}"
    );
    store.take_export_allowance("192.0.2.2", allowance).await.unwrap().unwrap();

    let quick = Allowance { burst: 1.0, refill_every: Duration::from_millis(200) };
    store.take_export_allowance("198.51.100.7", quick).await.unwrap().unwrap();
    assert!(store.take_export_allowance("198.51.100.7", quick).await.unwrap().is_err());
    tokio::time::sleep(Duration::from_millis(250)).await;
    store.take_export_allowance("198.51.100.7", quick).await.unwrap().expect("refilled");
}
crate::on_both_databases!(
    export_allowances,
    super::an_address_gets_its_burst_then_waits_and_other_addresses_are_not_affected
);

/// A write by another store on the same PostgreSQL database (another instance) wakes this
/// store's followers through the change log's notifications: nothing else marks the signal.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_write_by_another_instance_wakes_the_followers() {
    crate::support::with_postgres(|store: Store| async move {
        let mut changes = store.change_signal();
        changes.borrow_and_update();
        assert_eq!(store.last_catalogue_change_id().await.unwrap(), 0, "nothing in the catalogue yet");
        let location = store.location().clone();
        tokio::task::spawn_blocking(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            runtime.block_on(async {
                let other = Store::open(&location).await.unwrap();
                load_reference(&other).await;
                other.close().await;
            });
        })
        .await
        .unwrap();
        tokio::time::timeout(Duration::from_secs(2), changes.changed())
            .await
            .expect("the followers are woken within two seconds")
            .unwrap();
        assert!(store.last_catalogue_change_id().await.unwrap() > 0, "the reference data is catalogue changes");
    })
    .await;
}
