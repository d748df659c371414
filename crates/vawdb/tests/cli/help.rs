//! `--help` documents every command and the exit codes.

use crate::support::Workspace;

#[test]
fn help_lists_every_command_and_the_exit_codes() {
    let workspace = Workspace::new();
    let help = workspace.run(&["--help"]);
    help.assert_success();
    for command in ["init", "demo", "serve", "import", "export", "reindex", "report", "treaty", "user", "statistics"] {
        assert!(help.stdout.contains(&format!("  {command} ")), "{command}: {}", help.stdout);
        let own = workspace.run(&[command, "--help"]);
        own.assert_success();
        assert!(own.stdout.contains("--data-dir"), "{command} --help names the store options");
    }
    assert!(help.stdout.contains("3  the input file is invalid; nothing was written"));
    assert!(workspace.run(&["import", "--help"]).stdout.contains("--dry-run"));
    for subcommand in ["import", "list", "set-state", "generate"] {
        let own = workspace.run(&["statistics", subcommand, "--help"]);
        own.assert_success();
        assert!(own.stdout.contains("Usage: vawdb statistics"), "{subcommand}: {}", own.stdout);
    }
}

#[test]
fn a_wrong_command_line_is_exit_code_2() {
    let workspace = Workspace::new();
    let run = workspace.run(&["frobnicate"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("unrecognized subcommand 'frobnicate'"), "{}", run.stderr);
}
