//! Who may do what to which measure, route by route: every role (and the public) × every
//! workflow state × the measure's State being the focal point's own or another.
//!
//! The expectations are written out here from the rules in plain words, not computed by the
//! code under test: the public and data providers read published measures; focal points read
//! and work on their own State's measures (edit and submit drafts) and read others' published
//! ones; editors and administrators read everything, publish, send back, withdraw and reopen.
//! A measure someone may not read is "not found"; one they may read but not act on is
//! "forbidden"; a visitor who is not signed in is sent to sign in.

use axum::http::StatusCode;
use domain::{
    account::Role,
    country::M49,
    measure::{ExternalId, MeasureState},
};

use crate::support::{Browser, TestApp};

const PASSWORD: &str = "correct horse battery staple";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Public,
    Administrator,
    Editor,
    OwnFocalPoint,
    OtherFocalPoint,
    DataProvider,
}

const EVERYONE: [Who; 6] =
    [Who::Public, Who::Administrator, Who::Editor, Who::OwnFocalPoint, Who::OtherFocalPoint, Who::DataProvider];

impl Who {
    fn username(self) -> Option<&'static str> {
        match self {
            Who::Public => None,
            Who::Administrator => Some("admin@un.example"),
            Who::Editor => Some("editor@un.example"),
            Who::OwnFocalPoint => Some("fp@kenya.example"),
            Who::OtherFocalPoint => Some("fp@philippines.example"),
            Who::DataProvider => Some("stats@kenya.example"),
        }
    }

    fn is_staff(self) -> bool {
        matches!(self, Who::Administrator | Who::Editor)
    }

    fn reads(self, state: MeasureState) -> bool {
        state == MeasureState::Published || self.is_staff() || self == Who::OwnFocalPoint
    }

    fn reads_history(self) -> bool {
        self.is_staff() || self == Who::OwnFocalPoint
    }

    fn edits(self, state: MeasureState) -> bool {
        self.is_staff() || (self == Who::OwnFocalPoint && state == MeasureState::Draft)
    }

    fn moves(self, state: MeasureState, transition: &str) -> bool {
        use MeasureState::{Draft, Published, Submitted, Withdrawn};
        match self {
            Who::Administrator | Who::Editor => matches!(
                (transition, state),
                ("publish", Draft | Submitted)
                    | ("send_back", Submitted)
                    | ("withdraw", Published)
                    | ("reopen", Withdrawn)
            ),
            Who::OwnFocalPoint => transition == "submit" && state == Draft,
            _ => false,
        }
    }
}

/// What a signed-in or public request to act on a measure should get.
fn expected_for_action(who: Who, state: MeasureState, allowed: bool) -> StatusCode {
    if who == Who::Public {
        StatusCode::SEE_OTHER
    } else if !who.reads(state) {
        StatusCode::NOT_FOUND
    } else if allowed {
        StatusCode::SEE_OTHER
    } else {
        StatusCode::FORBIDDEN
    }
}

fn measure_json(state: MeasureState, description: &str) -> String {
    format!(
        r#"{{"format": "vawdb-exchange/1", "measures": [{{"id": "auth-{}", "country": "KEN",
            "classification": {{"type": ["protection.services.shelters"]}},
            "text": {{"en": {{"title": "Shelter {}", "description": "{description}"}}}}}}]}}"#,
        state.as_str(),
        state.as_str()
    )
}

struct World {
    app: TestApp,
    browsers: Vec<(Who, Browser, String)>,
}

impl World {
    async fn new() -> World {
        let app = TestApp::with_demo().await;
        let kenya = M49::new(404).unwrap();
        app.add_account("admin@un.example", Role::Administrator, PASSWORD).await;
        app.add_account("editor@un.example", Role::Editor, PASSWORD).await;
        app.add_account("fp@kenya.example", Role::FocalPoint { country: kenya }, PASSWORD).await;
        app.add_account("fp@philippines.example", Role::FocalPoint { country: M49::new(608).unwrap() }, PASSWORD).await;
        app.add_account("stats@kenya.example", Role::DataProvider { country: kenya }, PASSWORD).await;
        for state in MeasureState::ALL {
            // Two versions, so that there is an earlier one to restore.
            app.import(&measure_json(state, "First version."), state).await;
            app.import(&measure_json(state, "Second version."), state).await;
        }
        let mut browsers = Vec::new();
        for who in EVERYONE {
            let browser = match who.username() {
                Some(username) => app.signed_in(username, PASSWORD).await,
                None => Browser::default(),
            };
            let token = match who {
                Who::Public => String::new(),
                _ => app.csrf_token(&browser).await,
            };
            browsers.push((who, browser, token));
        }
        World { app, browsers }
    }

    async fn measure(&self, state: MeasureState) -> store::MeasureRecord {
        let id = ExternalId::parse(&format!("auth-{}", state.as_str())).unwrap();
        self.app.store.measure_by_external_id(&id).await.unwrap().unwrap()
    }

    /// Puts the measure back as it was set up, after a move or a restore that was allowed.
    async fn reset(&self, state: MeasureState) {
        self.app.import(&measure_json(state, "Second version."), state).await;
        assert_eq!(self.measure(state).await.measure.state, state);
    }
}

#[tokio::test]
async fn every_role_reads_exactly_the_measures_and_histories_the_rules_allow() {
    let world = World::new().await;
    let mut checked = 0;
    for state in MeasureState::ALL {
        let id = world.measure(state).await.id;
        for (who, browser, _) in &world.browsers {
            let page = world.app.get_as(browser, &format!("/measures/{id}")).await;
            let expected = if who.reads(state) { StatusCode::OK } else { StatusCode::NOT_FOUND };
            assert_eq!(page.status, expected, "{who:?} reading a {} measure", state.as_str());
            if page.status == StatusCode::NOT_FOUND {
                assert!(!page.body.contains("Shelter"), "{who:?}: a refused page shows nothing of the measure");
            }
            let history = world.app.get_as(browser, &format!("/measures/{id}/history")).await;
            let expected = if who.reads(state) && who.reads_history() { StatusCode::OK } else { StatusCode::NOT_FOUND };
            assert_eq!(history.status, expected, "{who:?} reading the history of a {} measure", state.as_str());
            if history.status == StatusCode::OK {
                assert!(history.body.contains("First version.") && history.body.contains("Second version."));
            }
            let api = world.app.get_as(browser, &format!("/api/v1/measures/{id}")).await;
            let expected = if state == MeasureState::Published { StatusCode::OK } else { StatusCode::NOT_FOUND };
            assert_eq!(api.status, expected, "{who:?}: the public API shows published measures only");
            checked += 3;
        }
    }
    assert_eq!(checked, 4 * 6 * 3);
}

#[tokio::test]
async fn every_role_makes_exactly_the_moves_the_rules_allow() {
    let world = World::new().await;
    let mut allowed_moves = 0;
    for state in MeasureState::ALL {
        for transition in ["submit", "publish", "send_back", "withdraw", "reopen"] {
            for (who, browser, token) in &world.browsers {
                let before = world.measure(state).await;
                let version = before.version.to_string();
                let fields = [
                    ("csrf_token", token.as_str()),
                    ("transition", transition),
                    ("comment", "Checked by the authorization test."),
                    ("version", version.as_str()),
                ];
                let response =
                    world.app.post_form(browser, &format!("/measures/{}/transitions", before.id), &fields).await;
                let allowed = who.moves(state, transition);
                let expected = expected_for_action(*who, state, allowed);
                assert_eq!(response.status, expected, "{who:?} making {transition} on a {} measure", state.as_str());
                let after = world.measure(state).await;
                if allowed {
                    allowed_moves += 1;
                    assert_ne!(after.measure.state, state, "{who:?} {transition}: the measure moved");
                    world.reset(state).await;
                } else {
                    assert_eq!(
                        after.version,
                        before.version,
                        "{who:?} {transition} on {}: nothing written",
                        state.as_str()
                    );
                }
            }
        }
    }
    // Editors and administrators: publish ×2, send back, withdraw, reopen; the own focal
    // point: submit.
    assert_eq!(allowed_moves, 2 * 5 + 1);
}

#[tokio::test]
async fn every_role_restores_earlier_versions_exactly_where_the_rules_allow() {
    let world = World::new().await;
    for state in MeasureState::ALL {
        for (who, browser, token) in &world.browsers {
            let before = world.measure(state).await;
            let first =
                world.app.store.changes_for("measure", before.measure.external_id.as_str()).await.unwrap()[0].id;
            let (first, version) = (first.to_string(), before.version.to_string());
            let fields = [("csrf_token", token.as_str()), ("change_id", first.as_str()), ("version", version.as_str())];
            let response = world.app.post_form(browser, &format!("/measures/{}/restore", before.id), &fields).await;
            let allowed = who.edits(state);
            assert_eq!(
                response.status,
                expected_for_action(*who, state, allowed),
                "{who:?} restoring a {} measure",
                state.as_str()
            );
            let after = world.measure(state).await;
            if allowed {
                assert_eq!(after.measure.texts.values().next().unwrap().description, "First version.");
                assert_eq!(after.measure.state, state, "restoring keeps the state");
                world.reset(state).await;
            } else {
                assert_eq!(after.version, before.version, "{who:?}: nothing written");
            }
        }
    }
}

#[tokio::test]
async fn a_focal_point_cannot_restore_a_measure_into_another_state() {
    let world = World::new().await;
    // A draft that was the Philippines' in its first version and is Kenya's now: the Kenyan
    // focal point may edit it, but not give it back to the Philippines, by restore as by edit.
    let document = |country: &str, description: &str| {
        format!(
            r#"{{"format": "vawdb-exchange/1", "measures": [{{"id": "auth-moved", "country": "{country}",
                "classification": {{"type": ["protection.services.shelters"]}},
                "text": {{"en": {{"title": "Moved shelter", "description": "{description}"}}}}}}]}}"#
        )
    };
    world.app.import(&document("PHL", "First version."), MeasureState::Draft).await;
    world.app.import(&document("KEN", "Second version."), MeasureState::Draft).await;
    let id = ExternalId::parse("auth-moved").unwrap();
    let before = world.app.store.measure_by_external_id(&id).await.unwrap().unwrap();
    let first = world.app.store.changes_for("measure", "auth-moved").await.unwrap()[0].id.to_string();
    let version = before.version.to_string();
    let (_, browser, token) = world.browsers.iter().find(|(who, ..)| *who == Who::OwnFocalPoint).unwrap();
    let fields = [("csrf_token", token.as_str()), ("change_id", first.as_str()), ("version", version.as_str())];
    let response = world.app.post_form(browser, &format!("/measures/{}/restore", before.id), &fields).await;
    assert_eq!(response.status, StatusCode::FORBIDDEN, "{}", response.body);
    let after = world.app.store.measure_by_external_id(&id).await.unwrap().unwrap();
    assert_eq!(after.version, before.version, "nothing written");
    assert_eq!(after.measure.country, Some(M49::new(404).unwrap()), "still Kenya's");
    // The editor may restore it to the Philippines.
    let (_, editor, editor_token) = world.browsers.iter().find(|(who, ..)| *who == Who::Editor).unwrap();
    let fields = [("csrf_token", editor_token.as_str()), ("change_id", first.as_str()), ("version", version.as_str())];
    let response = world.app.post_form(editor, &format!("/measures/{}/restore", before.id), &fields).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let after = world.app.store.measure_by_external_id(&id).await.unwrap().unwrap();
    assert_eq!(after.measure.country, Some(M49::new(608).unwrap()));
}

#[tokio::test]
async fn a_move_needs_the_session_token_a_current_version_and_for_a_send_back_a_reason() {
    let world = World::new().await;
    let (_, editor, token) = world.browsers.iter().find(|(who, ..)| *who == Who::Editor).unwrap();
    let submitted = world.measure(MeasureState::Submitted).await;
    let uri = format!("/measures/{}/transitions", submitted.id);
    let version = submitted.version.to_string();
    let cases = [
        (
            [("csrf_token", "forged"), ("transition", "publish"), ("comment", ""), ("version", version.as_str())],
            StatusCode::FORBIDDEN,
        ),
        (
            [("csrf_token", token.as_str()), ("transition", "publish"), ("comment", ""), ("version", "1")],
            StatusCode::CONFLICT,
        ),
        (
            [
                ("csrf_token", token.as_str()),
                ("transition", "send_back"),
                ("comment", "  "),
                ("version", version.as_str()),
            ],
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            [("csrf_token", token.as_str()), ("transition", "delete"), ("comment", ""), ("version", version.as_str())],
            StatusCode::BAD_REQUEST,
        ),
    ];
    for (fields, expected) in cases {
        let response = world.app.post_form(editor, &uri, &fields).await;
        assert_eq!(response.status, expected, "{fields:?}: {}", response.body);
    }
    assert_eq!(world.measure(MeasureState::Submitted).await.version, submitted.version, "nothing was written");

    let fields = [
        ("csrf_token", token.as_str()),
        ("transition", "send_back"),
        ("comment", "Add the year it opened."),
        ("version", version.as_str()),
    ];
    assert_eq!(world.app.post_form(editor, &uri, &fields).await.status, StatusCode::SEE_OTHER);
    let (_, focal_point, _) = world.browsers.iter().find(|(who, ..)| *who == Who::OwnFocalPoint).unwrap();
    let page = world.app.get_as(focal_point, &format!("/measures/{}", submitted.id)).await;
    let text = crate::support::readable(&page.body);
    assert!(text.contains("draft") && text.contains("Add the year it opened."), "the focal point sees why: {text}");
    assert!(text.contains("Submit to the secretariat"), "and can submit again");
}

#[tokio::test]
async fn every_role_opens_the_edit_form_exactly_where_the_rules_allow() {
    let world = World::new().await;
    for state in MeasureState::ALL {
        let id = world.measure(state).await.id;
        for (who, browser, _) in &world.browsers {
            let response = world.app.get_as(browser, &format!("/measures/{id}/edit")).await;
            let expected = match expected_for_action(*who, state, who.edits(state)) {
                StatusCode::SEE_OTHER if *who != Who::Public => StatusCode::OK,
                other => other,
            };
            assert_eq!(response.status, expected, "{who:?} opening the edit form of a {} measure", state.as_str());
        }
    }
}
