//! `/measures/new` and `/measures/{id}/edit`: entering and changing a measure in a form.

use axum::http::StatusCode;
use domain::{
    account::Role,
    country::M49,
    measure::{ExternalId, MeasureState},
    workflow::Transition,
};
use store::Author;

use crate::support::{Browser, TestApp, readable};

const PASSWORD: &str = "correct horse battery staple";

async fn app() -> (TestApp, Browser, String) {
    let app = TestApp::with_demo().await;
    app.add_account("fp@kenya.example", Role::FocalPoint { country: M49::new(404).unwrap() }, PASSWORD).await;
    app.add_account("editor@un.example", Role::Editor, PASSWORD).await;
    let browser = app.signed_in("fp@kenya.example", PASSWORD).await;
    let token = app.csrf_token(&browser).await;
    (app, browser, token)
}

fn form<'a>(token: &'a str, id: &'a str, title: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf_token", token),
        ("id", id),
        ("country", "608"),
        ("year_from", "2025"),
        ("implementation", "in_place"),
        ("term", "type:training"),
        ("term", "keyword:migrant-women"),
        ("title_en", title),
        ("description_en", "Two-day course for labour attachés."),
        ("title_fr", "Formation des attachés"),
        ("description_fr", "Cours de deux jours."),
    ]
}

async fn stored(app: &TestApp, id: &str) -> store::MeasureRecord {
    app.store.measure_by_external_id(&ExternalId::parse(id).unwrap()).await.unwrap().unwrap()
}

#[tokio::test]
async fn a_focal_point_enters_a_draft_for_their_own_state_in_two_languages() {
    let (app, browser, token) = app().await;
    let new = app.get_as(&browser, "/measures/new").await;
    assert_eq!(new.status, StatusCode::OK);
    crate::support::assert_valid_html("/measures/new", &new.body);
    assert!(new.body.contains("name=\"term\" value=\"type:training\""), "the type thesaurus as checkboxes");
    assert!(new.body.contains("name=\"term\" value=\"type:protection.services.shelters\""), "with narrower terms");

    let response =
        app.post_form(&browser, "/measures", &form(&token, "ken-attaches", "Training of labour attachés")).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", readable(&response.body));
    let record = stored(&app, "ken-attaches").await;
    assert_eq!(record.measure.state, MeasureState::Draft);
    assert_eq!(
        record.measure.country,
        Some(M49::new(404).unwrap()),
        "a focal point's measure is their own State's, whatever was posted"
    );
    assert_eq!(record.measure.texts.len(), 2);
    assert_eq!(
        record.measure.classification.terms("keyword").map(ToString::to_string).collect::<Vec<_>>(),
        ["migrant-women"]
    );
    let history = app.store.changes_for("measure", "ken-attaches").await.unwrap();
    assert_eq!(history[0].author, "fp@kenya.example");
    assert_eq!(response.headers["location"], format!("/measures/{}", record.id));
}

#[tokio::test]
async fn a_wrong_form_is_shown_again_with_every_problem_and_writes_nothing() {
    let (app, browser, token) = app().await;
    let changes = app.store.change_count().await.unwrap();
    let mut fields = form(&token, "ken bad id", "");
    fields.push(("term", "type:no-such-term"));
    fields.push(("year_to", "twenty"));
    let response = app.post_form(&browser, "/measures", &fields).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = readable(&response.body);
    assert!(text.contains("To year:") && text.contains("twenty") && text.contains("is not a year"), "{text}");
    let response = app
        .post_form(&browser, "/measures", &{
            let mut fields = form(&token, "ken bad id", "");
            fields.push(("term", "type:no-such-term"));
            fields
        })
        .await;
    let text = readable(&response.body);
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    for problem in ["Id:", "Title (en):", "Classification (type):"] {
        assert!(text.contains(problem), "{problem}: {text}");
    }
    assert!(
        response.body.contains("value=\"Two-day course for labour attachés.\"")
            || response.body.contains("Two-day course for labour attachés."),
        "what was typed stays"
    );
    assert_eq!(app.store.change_count().await.unwrap(), changes);

    app.post_form(&browser, "/measures", &form(&token, "ken-attaches", "Training")).await;
    let again = app.post_form(&browser, "/measures", &form(&token, "ken-attaches", "Training again")).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(readable(&again.body).contains("exists already"));
}

#[tokio::test]
async fn an_edit_saves_a_new_version_unless_someone_saved_first_and_only_where_allowed() {
    let (app, browser, token) = app().await;
    app.post_form(&browser, "/measures", &form(&token, "ken-attaches", "Training of labour attachés")).await;
    let record = stored(&app, "ken-attaches").await;
    let edit = app.get_as(&browser, &format!("/measures/{}/edit", record.id)).await;
    assert_eq!(edit.status, StatusCode::OK);
    crate::support::assert_valid_html("/edit", &edit.body);
    assert!(edit.body.contains("value=\"type:training\" checked"), "the measure's terms are ticked");
    assert!(edit.body.contains("value=\"Training of labour attachés\""));

    let version = record.version.to_string();
    let mut fields = form(&token, "ignored-id", "Training of labour attachés and consuls");
    fields.push(("version", version.as_str()));
    let uri = format!("/measures/{}/edit", record.id);
    let saved = app.post_form(&browser, &uri, &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", readable(&saved.body));
    let after = stored(&app, "ken-attaches").await;
    assert_eq!(after.version, record.version + 1);
    assert_eq!(
        after.measure.texts[&domain::language::Language::English].title,
        "Training of labour attachés and consuls"
    );
    let stale = app.post_form(&browser, &uri, &fields).await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "the form was opened at the old version");
    assert!(readable(&stale.body).contains("has changed since you opened it"));

    app.store.move_measure(after.id, Transition::Submit, "", after.version, &Author::process("test")).await.unwrap();
    let submitted = stored(&app, "ken-attaches").await;
    let version = submitted.version.to_string();
    let mut fields = form(&token, "x", "Changed after submitting");
    fields.push(("version", version.as_str()));
    assert_eq!(
        app.post_form(&browser, &uri, &fields).await.status,
        StatusCode::FORBIDDEN,
        "a submitted measure is the editor's"
    );
    let editor = app.signed_in("editor@un.example", PASSWORD).await;
    let editor_token = app.csrf_token(&editor).await;
    let mut fields = form(&editor_token, "x", "Corrected by the editor");
    fields.push(("version", version.as_str()));
    assert_eq!(app.post_form(&editor, &uri, &fields).await.status, StatusCode::SEE_OTHER);
    let corrected = stored(&app, "ken-attaches").await;
    assert_eq!(corrected.measure.state, MeasureState::Submitted, "editing keeps the state");
    assert_eq!(corrected.measure.country, Some(M49::new(608).unwrap()), "an editor sets the country posted");
}

#[tokio::test]
async fn only_people_who_enter_measures_open_the_form() {
    let (app, _, _) = app().await;
    assert_eq!(app.get("/measures/new").await.status, StatusCode::SEE_OTHER);
    app.add_account("stats@kenya.example", Role::DataProvider { country: M49::new(404).unwrap() }, PASSWORD).await;
    let provider = app.signed_in("stats@kenya.example", PASSWORD).await;
    assert_eq!(app.get_as(&provider, "/measures/new").await.status, StatusCode::FORBIDDEN);
    let token = app.csrf_token(&provider).await;
    let response = app.post_form(&provider, "/measures", &form(&token, "stats-x", "X")).await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    assert!(app.store.measure_by_external_id(&ExternalId::parse("stats-x").unwrap()).await.unwrap().is_none());
}
