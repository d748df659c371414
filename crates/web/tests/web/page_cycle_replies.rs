//! Running a reporting cycle: `/cycles/new`, `/cycles/{code}/replies` and `/documents/{sha256}`.

use axum::http::StatusCode;
use domain::{account::Role, country::M49};

use crate::support::{Browser, TestApp, readable};

const PASSWORD: &str = "correct horse battery staple";

async fn editor() -> (TestApp, Browser, String) {
    let app = TestApp::with_demo().await;
    app.add_account("editor@un.example", Role::Editor, PASSWORD).await;
    let browser = app.signed_in("editor@un.example", PASSWORD).await;
    let token = app.csrf_token(&browser).await;
    (app, browser, token)
}

fn asia_cycle(token: &str) -> Vec<(&str, &str)> {
    vec![
        ("csrf_token", token),
        ("code", "2011"),
        ("symbol", "A/66/212"),
        ("mandate", "General Assembly resolution 64/139"),
        ("title", "Violence against women migrant workers"),
        ("requested_on", "2011-01-15"),
        ("deadline", "2011-03-31"),
        ("as_at", "2011-06-01"),
        ("states", "region"),
        ("region", "142"),
        ("entity", "UN-WOMEN"),
    ]
}

#[tokio::test]
async fn an_editor_opens_a_cycle_records_replies_and_reads_who_is_late_on_any_day() {
    let (app, browser, token) = editor().await;
    let form = app.get_as(&browser, "/cycles/new").await;
    assert_eq!(form.status, StatusCode::OK);
    crate::support::assert_valid_html("/cycles/new", &form.body);
    let opened = app.post_form(&browser, "/cycles", &asia_cycle(&token)).await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", readable(&opened.body));
    assert_eq!(opened.headers["location"], "/cycles/2011/replies");
    let catalogue = app.store.catalogue().await.unwrap();
    let asian_members = catalogue
        .countries()
        .iter()
        .filter(|country| country.un_status == domain::country::UnStatus::MemberState)
        .filter(|country| country.regions().any(|region| region == M49::new(142).unwrap()))
        .count();
    let addressees = app.store.cycle_addressees("2011").await.unwrap();
    assert_eq!(addressees.len(), asian_members + 1, "Asia's Member States and UN-Women");
    assert!(asian_members > 40);

    let pdf = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".to_vec();
    let fields = [
        ("csrf_token", token.as_str()),
        ("actor", "PHL"),
        ("received_on", "2011-04-05"),
        ("language", "en"),
        ("note", "Note verbale"),
    ];
    let recorded =
        app.post_multipart_files(&browser, "/cycles/2011/replies", &fields, &[("documents", "reply.pdf", &pdf)]).await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER, "{}", readable(&recorded.body));

    let before = readable(&app.get_as(&browser, "/cycles/2011/replies?as_at=2011-03-31").await.body);
    assert!(before.contains("As at 31 March 2011, 0 Member States had responded"), "{before}");
    assert!(before.contains(&format!("<strong>{}</strong> outstanding", asian_members + 1)), "{before}");
    let after = readable(&app.get_as(&browser, "/cycles/2011/replies?as_at=2011-04-05").await.body);
    assert!(after.contains("As at 5 April 2011, one Member State had responded"), "{after}");
    assert!(
        after.contains("<strong>1</strong> replied")
            && after.contains(&format!("<strong>{asian_members}</strong> late")),
        "{after}"
    );
    assert!(after.contains("reply.pdf (1 KB)"), "{after}");

    let sha256 = credentials::content_digest(&pdf);
    let document = app.get_as(&browser, &format!("/documents/{sha256}")).await;
    assert_eq!(document.status, StatusCode::OK);
    assert_eq!(document.headers["content-type"], "application/pdf");
    assert_eq!(document.bytes, pdf);
    assert_eq!(app.get(&format!("/documents/{sha256}")).await.status, StatusCode::SEE_OTHER, "not for the public");
    app.add_account("fp@kenya.example", Role::FocalPoint { country: M49::new(404).unwrap() }, PASSWORD).await;
    let focal_point = app.signed_in("fp@kenya.example", PASSWORD).await;
    assert_eq!(app.get_as(&focal_point, &format!("/documents/{sha256}")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get_as(&focal_point, "/cycles/2011/replies").await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_wrong_cycle_or_reply_is_refused_and_writes_nothing() {
    let (app, browser, token) = editor().await;
    let mut fields = asia_cycle(&token);
    fields.retain(|(name, _)| *name != "as_at");
    fields.push(("deadline", "2010-01-01"));
    let refused = app.post_form(&browser, "/cycles", &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = readable(&refused.body);
    assert!(text.contains("Figures as at: give a date"), "{text}");
    // In French the field is named by its French label and the problem is told in French.
    let french = app.post_form(&browser, "/cycles?lang=fr", &fields).await;
    assert_eq!(french.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = readable(&french.body);
    assert!(text.contains("Chiffres arrêtés au\u{a0}: indiquez une date"), "{text}");
    assert!(!text.contains("give a date"), "{text}");
    assert!(app.store.cycle("2011").await.unwrap().is_none());
    let taken = app
        .post_form(&browser, "/cycles", &{
            let mut fields = asia_cycle(&token);
            fields[1] = ("code", "2009");
            fields
        })
        .await;
    assert_eq!(taken.status, StatusCode::CONFLICT);

    app.post_form(&browser, "/cycles", &asia_cycle(&token)).await;
    let changes = app.store.change_count().await.unwrap();
    let fake = b"this is not a PDF".to_vec();
    let fields = [("csrf_token", token.as_str()), ("actor", "PHL"), ("received_on", "2011-04-05")];
    let response =
        app.post_multipart_files(&browser, "/cycles/2011/replies", &fields, &[("documents", "reply.pdf", &fake)]).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.body.contains("its content is not a .pdf file"), "{}", response.body);
    let future = [("csrf_token", token.as_str()), ("actor", "PHL"), ("received_on", "2999-01-01")];
    assert_eq!(
        app.post_multipart_files(&browser, "/cycles/2011/replies", &future, &[]).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let forged = [("csrf_token", "forged"), ("actor", "PHL"), ("received_on", "2011-04-05")];
    assert_eq!(
        app.post_multipart_files(&browser, "/cycles/2011/replies", &forged, &[]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(app.store.change_count().await.unwrap(), changes, "nothing was written");
}

#[tokio::test]
async fn the_demo_cycle_counts_its_member_states_as_at_the_report_date() {
    let (app, browser, _) = editor().await;
    let submissions = app.store.submissions("2009").await.unwrap();
    let catalogue = app.store.catalogue().await.unwrap();
    let as_at = domain::date::Date::parse("2009-06-01").unwrap();
    let expected = submissions
        .iter()
        .filter(|record| record.submission.received_on <= as_at)
        .filter(|record| {
            record
                .actor_country
                .and_then(|m49| catalogue.country(m49))
                .is_some_and(|country| country.un_status == domain::country::UnStatus::MemberState)
        })
        .count();
    let page = readable(&app.get_as(&browser, "/cycles/2009/replies?as_at=2009-06-01").await.body);
    assert!(page.contains(&format!("As at 1 June 2009, {expected} Member States had responded")), "{page}");
    assert!(!page.contains("not asked"), "without a list of addressees, no reply is marked as not asked");
    assert!(page.contains("No list of those to whom the request was sent is recorded for this cycle"), "{page}");
    assert!(page.contains("<th scope=\"col\">Reply</th>"), "the status column says what it holds");
    assert!(!page.contains("State:"), "and has no colon from a label elsewhere");
    let arabic = readable(&app.get_as(&browser, "/cycles/2009/replies?as_at=2009-06-01&lang=ar").await.body);
    assert!(arabic.contains("action=\"/cycles/2009/replies?lang=ar\""), "the date form keeps the language");
    let bad = app.get_as(&browser, "/cycles/2009/replies?as_at=June").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("as_at"), "{}", bad.body);
}
