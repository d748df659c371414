//! Two `vawdb serve` processes on one PostgreSQL database, each with its own data folder: a
//! session begun on one works on the other, a file checked on one is imported by confirming
//! it on the other, and a measure written through one is found by the other's search.

use std::time::{Duration, Instant};

use store::scratch::ScratchDatabase;

use crate::support::{Server, Workspace, hidden_value, http_request, sign_in};

const PASSWORD: &str = "correct horse battery staple";

fn server_url() -> String {
    std::env::var("VAWDB_TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_on_one_database_share_sessions_checked_files_and_searches() {
    let server = server_url();
    let database = ScratchDatabase::create(&server).await.unwrap_or_else(|error| {
        panic!("PostgreSQL is needed and not reachable at {server}: {error}; `cargo xtask test` starts it")
    });
    let store::Location::Postgres(url) = database.location() else { unreachable!() };
    let workspace = Workspace::new();
    workspace.run(&["--database-url", &url, "demo", "--no-serve"]).assert_success();
    let add = [
        "--database-url",
        &url,
        "user",
        "add",
        "--username",
        "editor@un.example",
        "--name",
        "Edith Editor",
        "--role",
        "editor",
        "--password-stdin",
    ];
    workspace.run_with_input(&add, PASSWORD.as_bytes()).assert_success();

    let start = |folder: &str| {
        Server::start(
            workspace
                .command_on(&workspace.path(folder), &["--database-url", &url, "serve", "--listen", "127.0.0.1:0"]),
        )
    };
    let (first, second) = (start("first"), start("second"));
    for instance in [&first, &second] {
        wait_until(Duration::from_secs(120), || instance.get("/api/v1/search?per_page=1").0 == 200);
    }
    assert!(workspace.path("first/search").is_dir() && workspace.path("second/search").is_dir());

    // Signed in on the first; the second knows the session and its form token.
    let session = session_of(&first, "editor@un.example", PASSWORD);
    let cookie = format!("Cookie: vawdb_session={session}\r\n");
    let (status, _, page) = http_request(&second.address, "GET", "/import", &cookie, "");
    assert_eq!(status, 200, "the session begun on the first instance is used on the second: {page}");
    assert!(page.contains("Edith Editor"), "the second instance shows who is signed in");
    let csrf_token = hidden_value(&page, "csrf_token");

    // Checked on the first, confirmed on the second.
    let table = measure_table_with("zz-quokkafjord", "Quokkafjord shelters for women migrant workers");
    let fields = [("csrf_token", csrf_token.as_str()), ("action", "check")];
    let (status, _, checked) = post_multipart(&first, &cookie, &fields, Some(("measures.csv", &table)));
    assert_eq!(status, 200, "the check passes: {checked}");
    let upload_token = hidden_value(&checked, "upload_token");
    let fields = [("csrf_token", csrf_token.as_str()), ("action", "import"), ("upload_token", upload_token.as_str())];
    let written = Instant::now();
    let (status, _, imported) = post_multipart(&second, &cookie, &fields, None);
    assert_eq!(status, 200, "the file checked on the first instance is imported on the second: {imported}");

    // Written through the second, found by the first's search within two seconds.
    let found = wait_until(Duration::from_secs(10), || {
        let (_, body) = first.get("/api/v1/search?q=quokkafjord");
        serde_json::from_str::<serde_json::Value>(&body).unwrap()["total"] == 1
    });
    let waited = found.duration_since(written);
    println!("the first instance found the measure written through the second after {waited:?}");
    drop((first, second));
    database.drop_database().await.unwrap();
    assert!(waited < Duration::from_secs(2), "the first instance found the measure after {waited:?}");
}

/// Signs in; returns the session cookie's value.
fn session_of(server: &Server, username: &str, password: &str) -> String {
    let (status, head) = sign_in(server, username, password);
    assert_eq!(status, 303, "signed in");
    head.lines()
        .find_map(|line| line.strip_prefix("set-cookie: vawdb_session="))
        .and_then(|rest| rest.split(';').next())
        .expect("signing in sets the session cookie")
        .to_owned()
}

/// A CSV measure table of one published measure of Kenya.
fn measure_table_with(id: &str, title: &str) -> Vec<u8> {
    let mut cells = vec![String::new(); measure_table::COLUMNS.len()];
    for (column, value) in [
        ("id", id),
        ("country", "KEN"),
        ("type", "protection.services.shelters"),
        ("state", "published"),
        ("title_en", title),
        ("description_en", "Opened in Nairobi and Mombasa."),
    ] {
        cells[measure_table::COLUMNS.iter().position(|name| *name == column).unwrap()] = value.to_owned();
    }
    let mut rows = measure_table::CsvRows::with_header();
    rows.push(&cells);
    rows.into_bytes()
}

fn post_multipart(
    server: &Server,
    cookie: &str,
    fields: &[(&str, &str)],
    file: Option<(&str, &[u8])>,
) -> (u16, String, String) {
    let boundary = "vawdb-test-boundary-7f3a";
    let mut body = String::new();
    for (name, value) in fields {
        body.push_str(&format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"));
    }
    if let Some((file_name, bytes)) = file {
        body.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: text/csv\r\n\r\n{}\r\n",
            String::from_utf8(bytes.to_vec()).unwrap()
        ));
    }
    body.push_str(&format!("--{boundary}--\r\n"));
    let headers = format!("{cookie}Content-Type: multipart/form-data; boundary={boundary}\r\n");
    http_request(&server.address, "POST", "/import", &headers, &body)
}

/// Waits until `done` holds, asking every 20 ms; returns when it first held.
fn wait_until(limit: Duration, mut done: impl FnMut() -> bool) -> Instant {
    let deadline = Instant::now() + limit;
    loop {
        if done() {
            return Instant::now();
        }
        assert!(Instant::now() < deadline, "not done within {limit:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
}
