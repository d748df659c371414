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
async fn a_focal_point_enters_a_draft_for_their_own_state_in_two_languages_without_inventing_an_id() {
    let (app, browser, token) = app().await;
    let new = app.get_as(&browser, "/measures/new").await;
    assert_eq!(new.status, StatusCode::OK);
    crate::support::assert_valid_html("/measures/new", &new.body);
    assert!(new.body.contains("name=\"term\" value=\"type:training\""), "the type thesaurus as checkboxes");
    assert!(new.body.contains("name=\"term\" value=\"type:protection.services.shelters\""), "with narrower terms");
    assert!(!new.body.contains("name=\"id\""), "a focal point is not asked to invent an id");
    let title = new.body.find("id=\"title-en\"").unwrap();
    assert!(title < new.body.find("id=\"field-actor\"").unwrap(), "the title comes before the details");
    assert!(title < new.body.find("value=\"type:training\"").unwrap(), "and before the classification");

    let mut fields = form(&token, "", "Training of labour attachés");
    fields.retain(|(name, _)| *name != "id");
    let response = app.post_form(&browser, "/measures", &fields).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", readable(&response.body));
    let record = stored(&app, "KEN-2025-training-labour-attaches").await;
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
    let history = app.store.changes_for("measure", "KEN-2025-training-labour-attaches").await.unwrap();
    assert_eq!(history[0].author, "fp@kenya.example");
    assert_eq!(response.headers["location"], format!("/measures/{}", record.id));

    // The same title again is another measure, with an id of its own.
    let again =
        app.post_form(&browser, "/measures", &form(&token, "typed-by-hand", "Training of labour attachés")).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", readable(&again.body));
    let second = stored(&app, "KEN-2025-training-labour-attaches-2").await;
    assert_ne!(second.id, record.id);
}

#[tokio::test]
async fn a_wrong_form_is_shown_again_with_each_problem_beside_its_field_and_writes_nothing() {
    let (app, _, _) = app().await;
    let editor = app.signed_in("editor@un.example", PASSWORD).await;
    let token = app.csrf_token(&editor).await;
    let new = app.get_as(&editor, "/measures/new").await;
    assert!(new.body.contains("name=\"id\""), "an editor may give the id");
    assert!(new.body.contains("aria-describedby=\"id-rule\""), "and is told it is made when left empty");
    let changes = app.store.change_count().await.unwrap();
    let mut fields = form(&token, "ken bad id", "");
    fields.push(("term", "type:no-such-term"));
    fields.push(("year_to", "twenty"));
    let response = app.post_form(&editor, "/measures", &fields).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = readable(&response.body);
    crate::support::assert_valid_html("/measures (refused)", &response.body);
    assert!(
        html.contains("<a href=\"#field-year-to\"><bdi>To year</bdi></a>: <span>Enter a year of four digits"),
        "{html}"
    );
    assert!(html.contains("aria-invalid=\"true\" aria-describedby=\"error-field-year-to\""), "{html}");
    assert!(html.contains("<p class=\"field-error\" id=\"error-field-year-to\">"), "{html}");

    let mut fields = form(&token, "ken bad id", "");
    fields.push(("term", "type:no-such-term"));
    let response = app.post_form(&editor, "/measures", &fields).await;
    let html = readable(&response.body);
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    for (input, label) in
        [("field-id", "Identifier (optional)"), ("title-en", "Title (English)"), ("vocabulary-type", "Type of measure")]
    {
        assert!(html.contains(&format!("<a href=\"#{input}\"><bdi>{label}</bdi></a>")), "{input}: {html}");
        assert!(html.contains(&format!("id=\"error-{input}\"")), "{input} has its message beside it");
    }
    assert!(
        html.contains("aria-describedby=\"error-title-en texts-rule\""),
        "the title is described by its problem and the rule"
    );
    assert!(html.contains("Two-day course for labour attachés."), "what was typed stays");
    assert_eq!(app.store.change_count().await.unwrap(), changes);

    app.post_form(&editor, "/measures", &form(&token, "ken-attaches", "Training")).await;
    let again = app.post_form(&editor, "/measures", &form(&token, "ken-attaches", "Training again")).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let html = readable(&again.body);
    assert!(html.contains("exists already") && html.contains("href=\"#field-id\""), "{html}");
    let spanish = app.post_form(&editor, "/measures?lang=es", &form(&token, "ken-attaches", "Otra vez")).await;
    assert_eq!(spanish.status, StatusCode::CONFLICT);
    let html = readable(&spanish.body);
    assert!(
        html.contains("ya existe una medida con el identificador ken-attaches; elija otro identificador"),
        "{html}"
    );
}

#[tokio::test]
async fn a_closed_cycle_is_not_offered_and_is_refused_but_an_edit_keeps_it() {
    let (app, browser, token) = app().await;
    let new = app.get_as(&browser, "/measures/new").await;
    assert!(!new.body.contains("value=\"2009\""), "the 2009 report is out: its cycle is closed");
    assert!(new.body.contains("id=\"cycle-rule\""), "and the form says why it is missing");
    let mut fields = form(&token, "", "Training of labour attachés");
    fields.push(("cycle", "2009"));
    let response = app.post_form(&browser, "/measures", &fields).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = readable(&response.body);
    assert!(html.contains("published on 16 July 2009"), "{html}");
    assert!(html.contains("aria-describedby=\"error-field-cycle cycle-rule\""), "{html}");
    let french = app.post_form(&browser, "/measures?lang=fr", &fields).await;
    assert!(readable(&french.body).contains("publié le 16 juillet 2009"), "{}", readable(&french.body));

    // A measure of the 2009 report is corrected by an editor and stays in its cycle.
    let editor = app.signed_in("editor@un.example", PASSWORD).await;
    let editor_token = app.csrf_token(&editor).await;
    let record =
        app.store.measure_by_external_id(&ExternalId::parse("2009-RUS-labour-law-compliance").unwrap()).await.unwrap();
    let record = record.expect("the demo has a Russian monitoring measure");
    let uri = format!("/measures/{}/edit", record.id);
    let edit = app.get_as(&editor, &uri).await;
    assert!(edit.body.contains("value=\"2009\" selected"), "the edit form offers the measure's own cycle");
    let version = record.version.to_string();
    let mut fields = vec![("csrf_token", editor_token.as_str()), ("version", version.as_str()), ("cycle", "2009")];
    fields.extend([
        ("country", "643"),
        ("implementation", "in_place"),
        ("term", "type:monitoring"),
        ("title_en", "Compliance with labour law and crimes against migrant workers"),
        ("description_en", "Corrected description."),
    ]);
    let saved = app.post_form(&editor, &uri, &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", readable(&saved.body));
}

#[tokio::test]
async fn an_edit_saves_a_new_version_unless_someone_saved_first_and_only_where_allowed() {
    let (app, browser, token) = app().await;
    app.post_form(&browser, "/measures", &form(&token, "ken-attaches", "Training of labour attachés")).await;
    let record = stored(&app, "KEN-2025-training-labour-attaches").await;
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
    let after = stored(&app, "KEN-2025-training-labour-attaches").await;
    assert_eq!(after.version, record.version + 1);
    assert_eq!(
        after.measure.texts[&domain::language::Language::English].title,
        "Training of labour attachés and consuls"
    );
    let stale = app.post_form(&browser, &uri, &fields).await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "the form was opened at the old version");
    assert!(readable(&stale.body).contains("has changed since you opened it"));

    app.store.move_measure(after.id, Transition::Submit, "", after.version, &Author::process("test")).await.unwrap();
    let submitted = stored(&app, "KEN-2025-training-labour-attaches").await;
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
    let corrected = stored(&app, "KEN-2025-training-labour-attaches").await;
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
