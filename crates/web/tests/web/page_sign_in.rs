//! Signing in and out, sessions, lockout and CSRF: `/sign-in`, `/sign-out`, `/account`.

use axum::{
    body::Body,
    http::{Request, StatusCode},
};
use domain::{account::Role, country::M49};

use crate::support::{Browser, TestApp, hidden_value};

const PASSWORD: &str = "correct horse battery staple";

async fn app_with_focal_point() -> TestApp {
    let app = TestApp::with_demo().await;
    app.add_account("focal@kenya.example", Role::FocalPoint { country: M49::new(404).unwrap() }, PASSWORD).await;
    app
}

#[tokio::test]
async fn the_right_password_opens_a_session_in_a_cookie_scripts_cannot_read() {
    let app = app_with_focal_point().await;
    let mut browser = Browser::default();
    let response = app.sign_in(&mut browser, "Focal@Kenya.example", PASSWORD, "/search?q=training").await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.headers["location"], "/search?q=training", "back where the visitor was going");
    let session_cookie = response
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|value| value.to_str().unwrap())
        .find(|value| value.starts_with("vawdb_session="))
        .expect("a session cookie");
    for flag in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=43200"] {
        assert!(session_cookie.contains(flag), "{flag} in {session_cookie}");
    }
    assert!(!session_cookie.contains("Secure"), "plain HTTP on this machine unless --secure-cookies");
    let token = browser.cookies["vawdb_session"].clone();
    assert_eq!(token.len(), 64);
    let digests = app.store.session(&credentials::token_digest(&token)).await.unwrap();
    assert!(digests.is_some(), "the store knows the session by the cookie's digest");

    let account = app.get_as(&browser, "/account").await;
    assert_eq!(account.status, StatusCode::OK);
    crate::support::assert_valid_html("/account", &account.body);
    let text = crate::support::readable(&account.body);
    assert!(text.contains("focal@kenya.example") && text.contains("Focal point (Kenya)"), "{text}");
    assert!(text.contains("Sign out"));
    assert!(
        account.body.contains("<title>Your account · Database on violence against women migrant workers</title>"),
        "a plain title"
    );
    assert_eq!(account.headers["cache-control"], "private, no-store");

    let events = app.store.sign_in_events(10).await.unwrap();
    assert_eq!(events[0].outcome, "signed_in");
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_user_get_the_same_answer_and_no_session() {
    let app = app_with_focal_point().await;
    for (username, password) in [("focal@kenya.example", "not the password"), ("nobody@example.org", PASSWORD)] {
        let mut browser = Browser::default();
        let response = app.sign_in(&mut browser, username, password, "").await;
        assert_eq!(response.status, StatusCode::UNAUTHORIZED, "{username}");
        assert!(response.body.contains("The username or password is wrong."), "{username}");
        assert!(!browser.cookies.contains_key("vawdb_session"), "{username}");
        assert!(response.body.contains(&format!("value=\"{username}\"")), "the username stays in the form");
    }
    let outcomes: Vec<String> =
        app.store.sign_in_events(10).await.unwrap().into_iter().map(|event| event.outcome).collect();
    assert_eq!(outcomes, ["unknown_user", "wrong_password"]);
}

#[tokio::test]
async fn five_failures_lock_the_account_even_against_the_right_password() {
    let app = app_with_focal_point().await;
    let mut browser = Browser::default();
    for attempt in 1..=4 {
        let response = app.sign_in(&mut browser, "focal@kenya.example", "guess", "").await;
        assert_eq!(response.status, StatusCode::UNAUTHORIZED, "attempt {attempt}");
    }
    let fifth = app.sign_in(&mut browser, "focal@kenya.example", "guess", "").await;
    assert_eq!(fifth.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(fifth.body.contains("locked until"), "{}", fifth.body);
    let right = app.sign_in(&mut browser, "focal@kenya.example", PASSWORD, "").await;
    assert_eq!(right.status, StatusCode::TOO_MANY_REQUESTS, "the lock holds against the right password");
    assert!(!browser.cookies.contains_key("vawdb_session"));
    assert_eq!(app.store.sign_in_events(1).await.unwrap()[0].outcome, "locked");
}

#[tokio::test]
async fn an_unknown_username_is_locked_like_an_account_so_that_no_answer_tells_it_apart() {
    let app = app_with_focal_point().await;
    // Each name is tried five times with a wrong password, then once more.
    let mut answers = Vec::new();
    for username in ["focal@kenya.example", "nobody@example.org"] {
        let mut browser = Browser::default();
        let mut statuses = Vec::new();
        let mut last_body = String::new();
        for _ in 0..6 {
            let response = app.sign_in(&mut browser, username, "guess", "").await;
            statuses.push(response.status);
            last_body = response.body;
        }
        assert!(last_body.contains("locked until"), "{username}: {last_body}");
        answers.push(statuses);
    }
    let expected = [StatusCode::UNAUTHORIZED; 4]
        .into_iter()
        .chain([StatusCode::TOO_MANY_REQUESTS, StatusCode::TOO_MANY_REQUESTS])
        .collect::<Vec<_>>();
    assert_eq!(answers[0], expected, "the real account");
    assert_eq!(answers[1], answers[0], "an unknown name answers as the real account does");
}

#[tokio::test]
async fn signing_out_ends_the_session_on_the_server() {
    let app = app_with_focal_point().await;
    let browser = app.signed_in("focal@kenya.example", PASSWORD).await;
    let stolen_copy = browser.clone();
    let token = app.csrf_token(&browser).await;

    let refused = app.post_form(&browser, "/sign-out", &[("csrf_token", "forged")]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get_as(&browser, "/account").await.status, StatusCode::OK, "a forged sign-out changes nothing");

    let response = app.post_form(&browser, "/sign-out", &[("csrf_token", &token)]).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert!(response.headers["set-cookie"].to_str().unwrap().contains("Max-Age=0"));
    let after = app.get_as(&stolen_copy, "/account").await;
    assert_eq!(after.status, StatusCode::SEE_OTHER, "the old cookie opens nothing");
    assert_eq!(after.headers["location"], "/sign-in?next=%2Faccount");
}

#[tokio::test]
async fn the_sign_in_form_refuses_posts_without_its_token_or_from_another_site() {
    let app = app_with_focal_point().await;
    let browser = Browser::default();
    let fields = [("username", "focal@kenya.example"), ("password", PASSWORD), ("csrf_token", "")];
    let response = app.post_form(&browser, "/sign-in", &fields).await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    assert!(response.body.contains("did not come from this site"), "{}", response.body);
    assert!(app.store.sign_in_events(10).await.unwrap().is_empty(), "nothing was tried");

    let form = app.get("/sign-in").await;
    let token = hidden_value(&form.body, "csrf_token");
    let body = format!("username=focal%40kenya.example&password=correct+horse+battery+staple&csrf_token={token}");
    let cross_site = Request::post("/sign-in")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", format!("vawdb_csrf={token}"))
        .header("host", "localhost")
        .header("origin", "https://evil.example")
        .body(Body::from(body))
        .unwrap();
    let response = app.send(cross_site).await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    assert!(response.headers.get("set-cookie").is_none());
}

#[tokio::test]
async fn a_next_address_on_another_site_is_not_followed() {
    let app = app_with_focal_point().await;
    for next in ["//evil.example/", "https://evil.example/", "/\\evil.example"] {
        let mut browser = Browser::default();
        let response = app.sign_in(&mut browser, "focal@kenya.example", PASSWORD, next).await;
        assert_eq!(response.headers["location"], "/account", "{next}");
    }
}

#[tokio::test]
async fn changing_ones_password_asks_for_the_old_one_and_signs_out_other_browsers() {
    let app = app_with_focal_point().await;
    let here = app.signed_in("focal@kenya.example", PASSWORD).await;
    let elsewhere = app.signed_in("focal@kenya.example", PASSWORD).await;
    let token = app.csrf_token(&here).await;
    let new = "a much longer new passphrase";
    for (current, new_password, again, problem) in [
        ("wrong", new, new, "The current password is wrong."),
        (PASSWORD, new, "something else entirely", "The two new passwords differ."),
        (PASSWORD, "short", "short", "at least 12 characters"),
    ] {
        let fields = [
            ("csrf_token", token.as_str()),
            ("current_password", current),
            ("new_password", new_password),
            ("new_password_again", again),
        ];
        let response = app.post_form(&here, "/account/password", &fields).await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
        assert!(response.body.contains(problem), "{problem}: {}", response.body);
    }
    let fields = [
        ("csrf_token", token.as_str()),
        ("current_password", PASSWORD),
        ("new_password", new),
        ("new_password_again", new),
    ];
    let mut here = here;
    let response = app.post_form(&here, "/account/password", &fields).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    here.keep_cookies(&response);
    assert_eq!(app.get_as(&here, "/account").await.status, StatusCode::OK, "this browser stays signed in");
    assert_eq!(app.get_as(&elsewhere, "/account").await.status, StatusCode::SEE_OTHER, "others are signed out");
    let mut browser = Browser::default();
    assert_eq!(app.sign_in(&mut browser, "focal@kenya.example", PASSWORD, "").await.status, StatusCode::UNAUTHORIZED);
    app.signed_in("focal@kenya.example", new).await;
}

#[tokio::test]
async fn an_expired_session_is_no_session() {
    let app = app_with_focal_point().await;
    let account =
        app.store.account(&domain::account::Username::parse("focal@kenya.example").unwrap()).await.unwrap().unwrap();
    let token = credentials::SecretToken::generate();
    app.store.open_session(account.id, &credentials::token_digest(token.as_str()), "csrf", 0).await.unwrap();
    let mut browser = Browser::default();
    browser.cookies.insert("vawdb_session".into(), token.as_str().to_owned());
    let response = app.get_as(&browser, "/account").await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "an expired session signs nobody in");
    assert_eq!(response.headers["location"], "/sign-in?next=%2Faccount");
    let page = app.get_as(&browser, "/").await;
    assert!(page.body.contains("Sign in") && !page.body.contains("Sign out"));
}
