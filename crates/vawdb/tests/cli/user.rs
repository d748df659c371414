//! `vawdb user`: the first administrator, listing, disabling and resetting accounts.
use crate::support::{Server, Workspace, http_request, sign_in};

#[test]
fn the_first_administrator_is_added_on_the_command_line_and_signs_in() {
    let workspace = Workspace::new();
    let added = workspace.run_with_input(
        &[
            "user",
            "add",
            "--username",
            "Admin@UN.example",
            "--name",
            "Ana Admin",
            "--role",
            "administrator",
            "--password-stdin",
        ],
        b"correct horse battery staple\n",
    );
    added.assert_success();
    assert!(added.stdout.contains("Created admin@un.example (administrator)"), "{}", added.stdout);
    assert!(!added.stdout.contains("Password"), "a password given is not printed");

    let generated = workspace.run(&[
        "user",
        "add",
        "--username",
        "fp@kenya.example",
        "--name",
        "Amina",
        "--role",
        "focal_point",
        "--country",
        "KEN",
    ]);
    generated.assert_success();
    let password = generated.stdout.split("Password (shown only now): ").nth(1).unwrap().trim().to_owned();
    assert_eq!(password.len(), 20);

    let listed = workspace.run(&["user", "list"]);
    listed.assert_success();
    assert!(listed.stdout.contains("admin@un.example\tadministrator\tAna Admin\tactive"), "{}", listed.stdout);
    assert!(
        listed.stdout.contains("fp@kenya.example\tfocal point for KEN (Kenya)\tAmina\tactive"),
        "{}",
        listed.stdout
    );
    assert!(listed.stdout.ends_with('\n'), "the list ends with a newline: {:?}", listed.stdout);

    let server = Server::start(workspace.command(&["serve", "--listen", "127.0.0.1:0"]));
    assert_eq!(sign_in(&server, "admin@un.example", "correct horse battery staple").0, 303);
    assert_eq!(sign_in(&server, "fp@kenya.example", &password).0, 303);
    assert_eq!(sign_in(&server, "fp@kenya.example", "correct horse battery staple").0, 401);

    workspace.run(&["user", "disable", "fp@kenya.example"]).assert_success();
    assert_eq!(sign_in(&server, "fp@kenya.example", &password).0, 403, "a disabled account cannot sign in");
    let reset = workspace.run(&["user", "reset-password", "admin@un.example"]);
    reset.assert_success();
    let new_password = reset.stdout.split("(shown only now): ").nth(1).unwrap().trim().to_owned();
    assert_eq!(sign_in(&server, "admin@un.example", "correct horse battery staple").0, 401);
    assert_eq!(sign_in(&server, "admin@un.example", &new_password).0, 303);
}

#[test]
fn a_wrong_role_country_or_username_is_refused_and_names_the_option() {
    let workspace = Workspace::new();
    for (arguments, option) in [
        (
            vec!["--username", "fp@x.example", "--name", "A", "--role", "focal_point"],
            "--role: a focal_point acts for one State",
        ),
        (vec!["--username", "fp@x.example", "--name", "A", "--role", "focal_point", "--country", "XXX"], "--country"),
        (vec!["--username", "f p", "--name", "A", "--role", "editor"], "--username"),
        (vec!["--username", "ed@x.example", "--name", "A", "--role", "superuser"], "--role: unknown role"),
    ] {
        let mut all = vec!["user", "add"];
        all.extend(arguments);
        let run = workspace.run(&all);
        assert_eq!(run.code, 3, "{option}: {}", run.stderr);
        assert!(run.stderr.contains(option), "{option}: {}", run.stderr);
    }
    let listed = workspace.run(&["user", "list"]);
    assert!(listed.stdout.contains("No accounts yet"), "{}", listed.stdout);
    let missing = workspace.run(&["user", "disable", "nobody@x.example"]);
    assert_eq!(missing.code, 3);
    assert!(missing.stderr.contains("there is no account nobody@x.example"), "{}", missing.stderr);
}

#[test]
fn browsers_are_told_to_keep_to_https_only_when_cookies_are_secure() {
    let workspace = Workspace::new();
    workspace.run(&["init"]).assert_success();
    for (arguments, expected) in [
        (vec!["serve", "--listen", "127.0.0.1:0"], false),
        (vec!["serve", "--listen", "127.0.0.1:0", "--secure-cookies"], true),
    ] {
        let server = Server::start(workspace.command(&arguments));
        let (status, head, _) = http_request(&server.address, "GET", "/sign-in", "", "");
        assert_eq!(status, 200);
        let strict = head.lines().find(|line| line.to_ascii_lowercase().starts_with("strict-transport-security:"));
        assert_eq!(strict.is_some(), expected, "{arguments:?}: {head}");
        if let Some(line) = strict {
            assert!(line.contains("max-age=31536000"), "{line}");
        }
    }
}
