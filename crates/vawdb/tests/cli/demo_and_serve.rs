//! `vawdb demo` and `vawdb serve`: the web app over HTTP, and a busy port.

use std::net::TcpListener;

use crate::support::{Server, Workspace};

#[test]
fn demo_serves_the_app_and_the_api_lists_193_member_states() {
    let workspace = Workspace::new();
    let server = Server::start(workspace.command(&["demo", "--listen", "127.0.0.1:0"]));
    let (status, body) = server.get("/api/v1/countries?un_status=member_state");
    assert_eq!(status, 200);
    let countries: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(countries["total"], 193);
    let (status, home) = server.get("/");
    assert_eq!(status, 200);
    assert!(home.contains("As at 1 June 2009, 28 Member States had responded."));
    for page in ["/search", "/countries/THA", "/cycles/2009"] {
        assert_eq!(server.get(page).0, 200, "{page}");
    }
}

#[test]
fn demo_twice_loads_nothing_new() {
    let workspace = Workspace::new();
    let first = workspace.run(&["demo", "--no-serve"]);
    first.assert_success();
    assert!(first.stdout.contains("222 records created, 0 updated, 0 already there"), "{}", first.stdout);
    let second = workspace.run(&["demo", "--no-serve"]);
    assert!(second.stdout.contains("0 records created, 0 updated, 222 already there"), "{}", second.stdout);
}

#[test]
fn serving_on_a_busy_port_says_so() {
    let workspace = Workspace::new();
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = taken.local_addr().unwrap().to_string();
    let run = workspace.run(&["serve", "--listen", &address]);
    assert_eq!(run.code, 5, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("cannot listen on {address}: the address is already in use")),
        "{}",
        run.stderr
    );
}
