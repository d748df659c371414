//! Accounts, sessions and the sign-in record.

use domain::{
    account::{Role, Username},
    country::M49,
};
use store::{Author, NewAccount, SignInOutcome, Store, StoreError};

use crate::support::load_reference;

fn focal_point_for_kenya() -> NewAccount {
    NewAccount {
        username: Username::parse("Focal.Point@Kenya.example").unwrap(),
        display_name: "Wanjiru Kamau".to_owned(),
        role: Role::FocalPoint { country: M49::new(404).unwrap() },
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA".to_owned(),
    }
}

async fn an_account_keeps_its_role_and_state_and_never_logs_its_hash(store: Store) {
    load_reference(&store).await;
    let admin = Author::process("cli:user");
    let created = store.create_account(&focal_point_for_kenya(), &admin).await.unwrap();
    assert_eq!(created.username.as_str(), "focal.point@kenya.example");
    assert_eq!(created.role, Role::FocalPoint { country: M49::new(404).unwrap() });

    let taken = store.create_account(&focal_point_for_kenya(), &admin).await.unwrap_err();
    assert!(matches!(&taken, StoreError::Duplicate(_) if taken.to_string().contains("taken")), "{taken}");
    let mut nowhere = focal_point_for_kenya();
    nowhere.username = Username::parse("nowhere@example.org").unwrap();
    nowhere.role = Role::FocalPoint { country: M49::new(999).unwrap() };
    let missing = store.create_account(&nowhere, &admin).await.unwrap_err();
    assert!(missing.to_string().contains("M49 code 999"), "{missing}");
    assert_eq!(store.accounts().await.unwrap().len(), 1, "the refused accounts wrote nothing");

    let history = store.changes_for("account", "focal.point@kenya.example").await.unwrap();
    assert_eq!(history.len(), 1);
    let logged = history[0].after.as_ref().unwrap().to_string();
    assert!(logged.contains("focal_point") && logged.contains("404"), "{logged}");
    assert!(!logged.contains("argon2"), "the change log never holds a password hash: {logged}");
    assert_eq!(
        store.password_hash(created.id).await.unwrap().as_deref(),
        Some(focal_point_for_kenya().password_hash.as_str())
    );
}
crate::on_both_databases!(
    an_account_keeps_its_role_and_state_and_never_logs_its_hash_test,
    super::an_account_keeps_its_role_and_state_and_never_logs_its_hash
);

async fn sessions_end_on_sign_out_disable_and_password_change(store: Store) {
    load_reference(&store).await;
    let admin = Author::process("cli:user");
    let account = store.create_account(&focal_point_for_kenya(), &admin).await.unwrap();
    store.open_session(account.id, "digest-one", "csrf-one", 3600).await.unwrap();
    store.open_session(account.id, "digest-two", "csrf-two", 3600).await.unwrap();
    store.open_session(account.id, "digest-expired", "csrf-three", 0).await.unwrap();
    let session = store.session("digest-one").await.unwrap().expect("a live session");
    assert_eq!(session.account.id, account.id);
    assert_eq!(session.csrf_token, "csrf-one");
    assert!(store.session("digest-expired").await.unwrap().is_none(), "an expired session is no session");
    assert!(store.session("no-such-digest").await.unwrap().is_none());

    store.end_session("digest-one").await.unwrap();
    assert!(store.session("digest-one").await.unwrap().is_none());
    assert!(store.session("digest-two").await.unwrap().is_some(), "signing out ends one session only");

    store.set_password_hash(&account.username, "$argon2id$new", &admin).await.unwrap();
    assert!(store.session("digest-two").await.unwrap().is_none(), "a new password ends every session");

    store.open_session(account.id, "digest-four", "csrf-four", 3600).await.unwrap();
    let disabled = store.disable_account(&account.username, &admin).await.unwrap();
    assert!(disabled.is_disabled());
    assert!(store.session("digest-four").await.unwrap().is_none(), "a disabled account has no sessions");
    assert_eq!(store.changes_for("account", account.username.as_str()).await.unwrap().len(), 3);
}
crate::on_both_databases!(
    sessions_end_on_sign_out_disable_and_password_change_test,
    super::sessions_end_on_sign_out_disable_and_password_change
);

async fn failed_sign_ins_lock_the_account_and_a_success_clears_them(store: Store) {
    load_reference(&store).await;
    let account = store.create_account(&focal_point_for_kenya(), &Author::process("cli:user")).await.unwrap();
    for failure in 1..=4 {
        let after = store.record_failed_sign_in(account.id).await.unwrap();
        assert_eq!(after.failed_sign_ins, failure);
        assert_eq!(after.locked_until, None, "{failure} failures do not lock");
    }
    let locked = store.record_failed_sign_in(account.id).await.unwrap();
    assert_eq!(locked.failed_sign_ins, 5);
    assert!(locked.locked_until.is_some(), "the fifth failure locks");
    store.open_session(account.id, "digest", "csrf", 3600).await.unwrap();
    let cleared = store.account_by_id(account.id).await.unwrap().unwrap();
    assert_eq!((cleared.failed_sign_ins, cleared.locked_until), (0, None));

    store
        .record_sign_in_event("focal.point@kenya.example", Some(account.id), SignInOutcome::WrongPassword, "127.0.0.1")
        .await
        .unwrap();
    store.record_sign_in_event("nobody@example.org", None, SignInOutcome::UnknownUser, "127.0.0.1").await.unwrap();
    let events = store.sign_in_events(10).await.unwrap();
    assert_eq!(events.len(), 2);
    assert_eq!((events[0].outcome.as_str(), events[0].user_id), ("unknown_user", None), "newest first");
    assert_eq!(events[1].outcome, "wrong_password");
}
crate::on_both_databases!(
    failed_sign_ins_lock_the_account_and_a_success_clears_them_test,
    super::failed_sign_ins_lock_the_account_and_a_success_clears_them
);
