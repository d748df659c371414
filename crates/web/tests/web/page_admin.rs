//! Administration: `/admin/accounts` and `/admin/audit`, for administrators only.

use axum::http::StatusCode;
use domain::{account::Role, country::M49};

use crate::support::{Browser, TestApp, hidden_value, readable};

const PASSWORD: &str = "correct horse battery staple";

async fn app_with_staff() -> TestApp {
    let app = TestApp::with_demo().await;
    app.add_account("admin@un.example", Role::Administrator, PASSWORD).await;
    app.add_account("editor@un.example", Role::Editor, PASSWORD).await;
    app
}

#[tokio::test]
async fn only_administrators_open_the_administration_pages() {
    let app = app_with_staff().await;
    for uri in ["/admin/accounts", "/admin/audit"] {
        let anonymous = app.get(uri).await;
        assert_eq!(anonymous.status, StatusCode::SEE_OTHER, "{uri}");
        assert!(anonymous.headers["location"].to_str().unwrap().starts_with("/sign-in?next=%2Fadmin%2F"), "{uri}");
        let editor = app.signed_in("editor@un.example", PASSWORD).await;
        assert_eq!(app.get_as(&editor, uri).await.status, StatusCode::FORBIDDEN, "{uri}");
        let admin = app.signed_in("admin@un.example", PASSWORD).await;
        let page = app.get_as(&admin, uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        crate::support::assert_valid_html(uri, &page.body);
    }
    let editor = app.signed_in("editor@un.example", PASSWORD).await;
    let token = app.csrf_token(&editor).await;
    let fields =
        [("csrf_token", token.as_str()), ("username", "x@y.example"), ("display_name", "X"), ("role", "administrator")];
    assert_eq!(app.post_form(&editor, "/admin/accounts", &fields).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.store.accounts().await.unwrap().len(), 2, "an editor cannot make an administrator");
}

#[tokio::test]
async fn an_administrator_creates_a_focal_point_who_signs_in_with_the_password_shown_once() {
    let app = app_with_staff().await;
    let admin = app.signed_in("admin@un.example", PASSWORD).await;
    let token = app.csrf_token(&admin).await;

    for (fields, problem) in [
        (
            vec![("username", "fp@kenya.example"), ("display_name", "Amina"), ("role", "focal_point"), ("country", "")],
            "acts for one State",
        ),
        (
            vec![("username", "fp@kenya.example"), ("display_name", "Amina"), ("role", "editor"), ("country", "404")],
            "not for one State",
        ),
        (vec![("username", "fp kenya"), ("display_name", "Amina"), ("role", "editor"), ("country", "")], "Username"),
        (
            vec![("username", "editor@UN.example"), ("display_name", "Again"), ("role", "editor"), ("country", "")],
            "taken",
        ),
        (
            vec![("username", "fp@kenya.example"), ("display_name", "Amina"), ("role", "root"), ("country", "")],
            "unknown role",
        ),
    ] {
        let mut all = vec![("csrf_token", token.as_str())];
        all.extend(fields);
        let response = app.post_form(&admin, "/admin/accounts", &all).await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
        assert!(response.body.contains(problem), "{problem}: {}", readable(&response.body));
    }
    assert_eq!(app.store.accounts().await.unwrap().len(), 2, "refused forms create nothing");

    let fields = [
        ("csrf_token", token.as_str()),
        ("username", "fp@kenya.example"),
        ("display_name", "Amina Otieno"),
        ("role", "focal_point"),
        ("country", "404"),
    ];
    let created = app.post_form(&admin, "/admin/accounts", &fields).await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    assert_eq!(created.headers["cache-control"], "private, no-store");
    let password = crate::support::between(&created.body, "<code id=\"issued-password\">", "</code>").to_owned();
    assert_eq!(password.len(), 20);
    let focal_point = app.signed_in("fp@kenya.example", &password).await;
    let account = readable(&app.get_as(&focal_point, "/account").await.body);
    assert!(account.contains("Amina Otieno") && account.contains("Focal point (Kenya)"), "{account}");
    assert_eq!(
        app.store.account(&domain::account::Username::parse("fp@kenya.example").unwrap()).await.unwrap().unwrap().role,
        Role::FocalPoint { country: M49::new(404).unwrap() }
    );

    let reset = app.post_form(&admin, "/admin/accounts/fp%40kenya.example/password", &[("csrf_token", &token)]).await;
    assert_eq!(reset.status, StatusCode::OK);
    let new_password = crate::support::between(&reset.body, "<code id=\"issued-password\">", "</code>").to_owned();
    assert_eq!(app.get_as(&focal_point, "/account").await.status, StatusCode::SEE_OTHER, "a reset signs the owner out");
    let mut browser = Browser::default();
    assert_eq!(app.sign_in(&mut browser, "fp@kenya.example", &password, "").await.status, StatusCode::UNAUTHORIZED);
    let focal_point = app.signed_in("fp@kenya.example", &new_password).await;

    let disabled = app.post_form(&admin, "/admin/accounts/fp%40kenya.example/disable", &[("csrf_token", &token)]).await;
    assert_eq!(disabled.status, StatusCode::SEE_OTHER);
    assert_eq!(app.get_as(&focal_point, "/account").await.status, StatusCode::SEE_OTHER, "disabling ends its sessions");
    let mut browser = Browser::default();
    let refused = app.sign_in(&mut browser, "fp@kenya.example", &new_password, "").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.body.contains("disabled"));
    let listing = readable(&app.get_as(&admin, "/admin/accounts").await.body);
    assert!(listing.contains("fp@kenya.example"), "{listing}");

    let audit = readable(&app.get_as(&admin, "/admin/audit").await.body);
    assert!(audit.contains("account fp@kenya.example"), "the writes: {audit}");
    assert!(audit.contains("admin@un.example"), "who made them");
    assert!(
        audit.contains("wrong password") && audit.contains("disabled") && audit.contains("signed in"),
        "the sign-ins: {audit}"
    );
}

#[tokio::test]
async fn an_administrator_cannot_disable_their_own_account_nor_post_without_the_token() {
    let app = app_with_staff().await;
    let admin = app.signed_in("admin@un.example", PASSWORD).await;
    let token = app.csrf_token(&admin).await;
    let own = app.post_form(&admin, "/admin/accounts/admin%40un.example/disable", &[("csrf_token", &token)]).await;
    assert_eq!(own.status, StatusCode::UNPROCESSABLE_ENTITY);
    let forged = app
        .post_form(&admin, "/admin/accounts/editor%40un.example/disable", &[("csrf_token", "0".repeat(64).as_str())])
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert!(app.store.accounts().await.unwrap().iter().all(|account| !account.is_disabled()), "nothing was disabled");
    assert_eq!(hidden_value(&app.get_as(&admin, "/admin/accounts").await.body, "csrf_token"), token);
}
