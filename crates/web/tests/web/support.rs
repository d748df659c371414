//! A test application over a temporary SQLite store, and requests against it.

use axum::{
    Router,
    body::Body,
    http::{HeaderMap, Request, StatusCode},
};
use domain::account::{Role, Username};
use domain::{
    exchange::{self, ImportDefaults},
    measure::MeasureState,
};
use html5ever::{ParseOpts, parse_document, tendril::TendrilSink, tree_builder::TreeBuilderOpts};
use markup5ever_rcdom::RcDom;
use store::{Author, ImportMode, Location, NewAccount, Store};
use tower::ServiceExt;

/// A router over a store that holds the reference data and the 2009 demo cycle.
pub struct TestApp {
    pub router: Router,
    pub store: Store,
    pub search_index: Option<search::SearchIndex>,
    _directory: tempfile::TempDir,
}

fn no_progress(_: u64, _: u64) {}

impl TestApp {
    pub async fn with_demo() -> TestApp {
        TestApp::with_demo_and_config(web::WebConfig::default()).await
    }

    /// The demo application run with `config`.
    pub async fn with_demo_and_config(config: web::WebConfig) -> TestApp {
        let directory = tempfile::tempdir().unwrap();
        let store = Store::open(&Location::SqliteFile(directory.path().join("vawdb.sqlite"))).await.unwrap();
        let data = reference::reference_data().unwrap();
        store.load_reference(&data, &Author::process("test"), &no_progress).await.unwrap();
        let app = TestApp { router: Router::new(), store, search_index: None, _directory: directory };
        app.import(reference::DEMO_2009_JSON, MeasureState::Published).await;
        let (search_index, _) =
            search::SearchIndex::open(&app._directory.path().join("search"), &app.store, &no_progress).await.unwrap();
        let state = web::AppState::with_config(app.store.clone(), search_index.clone(), config).await.unwrap();
        TestApp { router: web::router(state), search_index: Some(search_index), ..app }
    }

    /// The demo application as a server sees it when it starts without a usable search
    /// index: the index is being built (by a follower this test does not start).
    pub async fn with_demo_and_search_index_being_built() -> TestApp {
        let app = TestApp::with_demo().await;
        let folder = app._directory.path().join("search-being-built");
        let (search_index, opened) = search::SearchIndex::open_while_building(&folder, &app.store).await.unwrap();
        assert!(matches!(opened, search::Opened::Building { .. }), "{opened:?}");
        let router = web::router(web::AppState::new(app.store.clone(), search_index.clone()).await.unwrap());
        TestApp { router, search_index: Some(search_index), ..app }
    }

    /// Imports a document in the exchange format, as the CLI would.
    pub async fn import(&self, json: &str, state: MeasureState) {
        let catalogue = self.store.catalogue().await.unwrap();
        let valid = exchange::validate(exchange::parse(json).unwrap(), &catalogue, ImportDefaults { state }).unwrap();
        self.store.import(&valid, &Author::process("test"), ImportMode::Commit, &no_progress).await.unwrap();
        // The server follows the change log in the background; tests apply it at once.
        if let Some(search_index) = &self.search_index {
            search_index.catch_up(&self.store).await.unwrap();
        }
    }

    pub async fn get(&self, uri: &str) -> Response {
        self.send(Request::get(uri).body(Body::empty()).unwrap()).await
    }

    /// `GET uri` with the cookies of `browser`.
    pub async fn get_as(&self, browser: &Browser, uri: &str) -> Response {
        self.send(Request::get(uri).header("cookie", browser.cookie_header()).body(Body::empty()).unwrap()).await
    }

    /// Posts a form as a browser on this site would, with `browser`'s cookies.
    pub async fn post_form(&self, browser: &Browser, uri: &str, fields: &[(&str, &str)]) -> Response {
        let body = form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish();
        let request = Request::post(uri)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", browser.cookie_header())
            .header("origin", "http://localhost")
            .header("host", "localhost")
            .body(Body::from(body))
            .unwrap();
        self.send(request).await
    }

    /// Posts a `multipart/form-data` form, as a browser sends a form with a file.
    pub async fn post_multipart(
        &self,
        browser: &Browser,
        uri: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &[u8])>,
    ) -> Response {
        let files: Vec<(&str, &str, &[u8])> = file.into_iter().map(|(name, bytes)| ("file", name, bytes)).collect();
        self.post_multipart_files(browser, uri, fields, &files).await
    }

    /// Posts a `multipart/form-data` form with any number of files, each `(field, file name,
    /// bytes)`.
    pub async fn post_multipart_files(
        &self,
        browser: &Browser,
        uri: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> Response {
        let boundary = "vawdb-test-boundary-7MA4YWxkTrZu0gW";
        let mut body: Vec<u8> = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            );
        }
        for (field, file_name, bytes) in files {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let request = Request::post(uri)
            .header("content-type", format!("multipart/form-data; boundary={boundary}"))
            .header("cookie", browser.cookie_header())
            .header("origin", "http://localhost")
            .header("host", "localhost")
            .body(Body::from(body))
            .unwrap();
        self.send(request).await
    }

    /// Creates an account straight in the store.
    pub async fn add_account(&self, username: &str, role: Role, password: &str) {
        let account = NewAccount {
            username: Username::parse(username).unwrap(),
            display_name: format!("Person {username}"),
            role,
            password_hash: credentials::PasswordHash::new(password).as_str().to_owned(),
        };
        self.store.create_account(&account, &Author::process("test")).await.unwrap();
    }

    /// A new browser that opens the sign-in form and signs in; panics unless that works.
    pub async fn signed_in(&self, username: &str, password: &str) -> Browser {
        let mut browser = Browser::default();
        let response = self.sign_in(&mut browser, username, password, "").await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "signing in as {username}: {}", response.body);
        browser
    }

    /// Opens the sign-in form in `browser` and posts it; the browser keeps the cookies it is
    /// given.
    pub async fn sign_in(&self, browser: &mut Browser, username: &str, password: &str, next: &str) -> Response {
        let form = self.get_as(browser, "/sign-in").await;
        browser.keep_cookies(&form);
        let token = hidden_value(&form.body, "csrf_token");
        let response = self
            .post_form(
                browser,
                "/sign-in",
                &[("username", username), ("password", password), ("csrf_token", &token), ("next", next)],
            )
            .await;
        browser.keep_cookies(&response);
        response
    }

    /// The CSRF token of `browser`'s session, as its pages' forms carry it.
    pub async fn csrf_token(&self, browser: &Browser) -> String {
        hidden_value(&self.get_as(browser, "/account").await.body, "csrf_token")
    }

    pub async fn send(&self, request: Request<Body>) -> Response {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = axum::body::to_bytes(response.into_body(), 64 * 1024 * 1024).await.unwrap();
        Response { status, headers, body: String::from_utf8_lossy(&bytes).into_owned(), bytes: bytes.to_vec() }
    }

    /// A page that must answer 200 with valid HTML, made [`readable`].
    pub async fn page(&self, uri: &str) -> String {
        let response = self.get(uri).await;
        assert_eq!(response.status, StatusCode::OK, "GET {uri}: {}", response.body);
        assert!(response.headers["content-type"].to_str().unwrap().starts_with("text/html"), "GET {uri}");
        assert_valid_html(uri, &response.body);
        readable(&response.body)
    }

    /// A page that must answer 200 with valid HTML to `browser`, made [`readable`].
    pub async fn page_as(&self, browser: &Browser, uri: &str) -> String {
        let response = self.get_as(browser, uri).await;
        assert_eq!(response.status, StatusCode::OK, "GET {uri}: {}", response.body);
        assert_valid_html(uri, &response.body);
        readable(&response.body)
    }

    /// An API response that must answer 200 with JSON.
    pub async fn json(&self, uri: &str) -> serde_json::Value {
        let response = self.get(uri).await;
        assert_eq!(response.status, StatusCode::OK, "GET {uri}: {}", response.body);
        assert_eq!(response.headers["content-type"], "application/json", "GET {uri}");
        serde_json::from_str(&response.body).unwrap()
    }
}

impl TestApp {
    /// Serves this app's store and search index on a loopback port, as `vawdb serve` does, for
    /// clients that need a real socket; returns the address, such as `http://127.0.0.1:40123`.
    /// The server runs on the test's runtime until the test ends.
    pub async fn listen(&self) -> String {
        let listener = web::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let search_index = self.search_index.clone().expect("the app has a search index");
        let state = web::AppState::new(self.store.clone(), search_index).await.unwrap();
        tokio::spawn(web::serve(listener, state, std::future::pending()));
        base
    }

    /// An API token with `scope` for the account `username`, made on the account page as its
    /// owner would make it.
    pub async fn api_token(&self, username: &str, password: &str, scope: &str) -> String {
        let browser = self.signed_in(username, password).await;
        let csrf = self.csrf_token(&browser).await;
        let fields = [("csrf_token", csrf.as_str()), ("name", "test client"), ("scope", scope), ("days", "90")];
        let issued = self.post_form(&browser, "/account/tokens", &fields).await;
        assert_eq!(issued.status, StatusCode::OK, "{}", readable(&issued.body));
        between(&issued.body, "<code id=\"issued-token\">", "</code>").to_owned()
    }
}

/// The Python the tests run their Python tools with, from `VAWDB_TEST_PYTHON`, once it is
/// known to import every one of `modules`. `cargo xtask test` makes one in
/// `target/test-venv`. Without it the test fails and says how to get it, rather than skip:
/// these tools are the only check of what they check.
pub fn test_python(modules: &[&str]) -> std::path::PathBuf {
    const VARIABLE: &str = "VAWDB_TEST_PYTHON";
    let how = "run the tests with `cargo xtask test`, which prepares target/test-venv with the packages the \
               tests use (PYTHON_PACKAGES in crates/xtask/src/main.rs), or set it to a Python that has them";
    let python = std::env::var_os(VARIABLE)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| panic!("{VARIABLE} is not set: {how}"));
    let imports: Vec<String> = modules.iter().map(|module| format!("import {module}")).collect();
    let output = std::process::Command::new(&python)
        .args(["-c", &imports.join("; ")])
        .output()
        .unwrap_or_else(|error| panic!("{VARIABLE}={} does not start: {error}; {how}", python.display()));
    assert!(
        output.status.success(),
        "{VARIABLE}={} cannot import {}: {}; {how}",
        python.display(),
        modules.join(", "),
        String::from_utf8_lossy(&output.stderr).trim()
    );
    python
}

/// A browser's cookie jar.
#[derive(Debug, Default, Clone)]
pub struct Browser {
    pub cookies: std::collections::BTreeMap<String, String>,
}

impl Browser {
    pub fn cookie_header(&self) -> String {
        self.cookies.iter().map(|(name, value)| format!("{name}={value}")).collect::<Vec<_>>().join("; ")
    }

    /// Keeps (or, for `Max-Age=0`, drops) the cookies a response sets.
    pub fn keep_cookies(&mut self, response: &Response) {
        for set_cookie in response.headers.get_all("set-cookie") {
            let text = set_cookie.to_str().unwrap();
            let (name, value) = text.split(';').next().unwrap().split_once('=').unwrap();
            if text.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
    }
}

/// The value of the first hidden input named `name` in `html`.
pub fn hidden_value(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker).unwrap_or_else(|| panic!("no hidden {name} in {html}")) + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}

pub struct Response {
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The body as text, with anything that is not UTF-8 replaced.
    pub body: String,
    pub bytes: Vec<u8>,
}

impl Response {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|error| panic!("not JSON ({error}): {}", self.body))
    }
}

/// Parses `html` as a browser would and fails on any parse error (unclosed or misnested
/// elements, stray end tags, duplicate attributes, a missing doctype...).
pub fn assert_valid_html(uri: &str, html: &str) {
    let options =
        ParseOpts { tree_builder: TreeBuilderOpts { exact_errors: true, ..Default::default() }, ..Default::default() };
    let dom = parse_document(RcDom::default(), options).from_utf8().read_from(&mut html.as_bytes()).unwrap();
    let errors = dom.errors.borrow();
    assert!(errors.is_empty(), "GET {uri} is not valid HTML: {errors:?}");
    assert!(html.starts_with("<!doctype html>"), "GET {uri} has no doctype");
}

/// The HTML with the template engine's escaped slashes (`&#x2f;`) written as `/`, so that
/// tests can look for addresses as people write them. Nothing else is unescaped.
pub fn readable(html: &str) -> String {
    html.replace("&#x2f;", "/")
}

/// An address taken from an `href`, with `&amp;` turned back into `&`.
pub fn address(href: &str) -> String {
    href.replace("&amp;", "&")
}

/// The text between the first `start` and the next `end` after it.
pub fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("'{start}' is not in the text")) + start.len();
    let to = text[from..].find(end).unwrap_or_else(|| panic!("'{end}' does not follow '{start}'")) + from;
    &text[from..to]
}
