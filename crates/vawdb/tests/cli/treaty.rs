//! `vawdb treaty ...`: status as at a date, and importing status tables.

use rust_xlsxwriter::{Formula, Workbook};

use crate::support::Workspace;

#[test]
fn counts_statuses_and_respondents_as_at_a_date() {
    let workspace = Workspace::new();
    workspace.run(&["demo", "--no-serve"]).assert_success();
    let count = workspace.run(&["treaty", "parties", "--instrument", "untoc", "--as-at", "2009-06-01", "--count"]);
    assert_eq!(count.assert_success().stdout.trim(), "149");
    let partial = workspace.run(&["treaty", "parties", "--instrument", "ilo-c182", "--as-at", "2009-06-01", "--count"]);
    assert!(partial.assert_success().stdout.starts_with("at least "), "{}", partial.stdout);

    let status = workspace.run(&[
        "treaty",
        "status",
        "--country",
        "COL",
        "--instrument",
        "untoc-smuggling",
        "--as-at",
        "2009-06-01",
    ]);
    assert_eq!(status.assert_success().stdout.trim(), "Colombia as at 1 June 2009: not a party");
    let turkey =
        workspace.run(&["treaty", "status", "--country", "TUR", "--instrument", "icrmw", "--as-at", "2009-06-01"]);
    assert_eq!(
        turkey.assert_success().stdout.trim(),
        "Turkey as at 1 June 2009: party since 27 September 2004 (ratification)"
    );

    let respondents = workspace.run(&[
        "treaty",
        "respondents",
        "--cycle",
        "2009",
        "--instruments",
        "untoc,untoc-trafficking,untoc-smuggling",
    ]);
    respondents.assert_success();
    assert!(respondents.stdout.starts_with("Azerbaijan, Belarus, Chile, Denmark,"), "{}", respondents.stdout);
    assert!(
        respondents.stderr.contains("21 of the 28 Member States that had replied to A/64/152"),
        "{}",
        respondents.stderr
    );

    let profile = workspace.run(&["treaty", "profile", "--country", "THA", "--as-at", "2009-06-01"]);
    assert!(
        profile.assert_success().stdout.contains("cedaw                party since 9 August 1985 (accession)"),
        "{}",
        profile.stdout
    );

    let unknown = workspace.run(&["treaty", "status", "--country", "THA", "--instrument", "nothing"]);
    assert_eq!(unknown.code, 3);
    assert!(unknown.stderr.contains("unknown instrument 'nothing' (known: untoc,"), "{}", unknown.stderr);
    let bad_date = workspace.run(&["treaty", "parties", "--instrument", "untoc", "--as-at", "1 June 2009"]);
    assert_eq!(bad_date.code, 3);
    assert!(bad_date.stderr.contains("--as-at: '1 June 2009' is not a date"));
}

#[test]
fn a_pasted_untc_table_imports_once_and_bad_rows_are_named() {
    let workspace = Workspace::new();
    workspace.run(&["init"]).assert_success();
    let pasted = workspace.write(
        "untoc.txt",
        "Participant\tSignature\tRatification, Acceptance(A), Approval(AA), Accession(a), Succession(d)\n\
         Bahrain 6\t\t7 Jun 2004 a\n\
         Czech Republic\t12 Dec 2000\t24 Sep 2013\n\
         European Union\t12 Dec 2000\t21 May 2004 AA\n",
    );
    let dry = workspace.run(&[
        "treaty",
        "import",
        "--format",
        "untc",
        "--instrument",
        "untoc",
        "--dry-run",
        pasted.to_str().unwrap(),
    ]);
    assert!(
        dry.assert_success().stdout.contains(
            "would add 1 actions on untoc, would change 0 dates, 2 already recorded (dry run: nothing was written)"
        ),
        "{}",
        dry.stdout
    );
    assert!(dry.stderr.contains("row 4: 'European Union' is not a State; left out"));
    let first =
        workspace.run(&["treaty", "import", "--format", "untc", "--instrument", "untoc", pasted.to_str().unwrap()]);
    assert!(first.assert_success().stdout.contains("added 1 actions on untoc"), "{}", first.stdout);
    let second =
        workspace.run(&["treaty", "import", "--format", "untc", "--instrument", "untoc", pasted.to_str().unwrap()]);
    assert!(
        second.assert_success().stdout.contains("added 0 actions on untoc, changed 0 dates, 3 already recorded"),
        "{}",
        second.stdout
    );
    let status =
        workspace.run(&["treaty", "status", "--country", "CZE", "--instrument", "untoc", "--as-at", "2014-01-01"]);
    assert!(status.stdout.contains("party since 24 September 2013"), "{}", status.stdout);

    // The depositary's table now gives another date: refused with both dates, then recorded
    // with --replace.
    let corrected = workspace.write(
        "corrected.txt",
        "Participant\tSignature\tRatification, Accession(a)\nCzech Republic\t12 Dec 2000\t25 Sep 2013\n",
    );
    let import = |extra: &[&str]| {
        let mut arguments = vec!["treaty", "import", "--format", "untc", "--instrument", "untoc"];
        arguments.extend_from_slice(extra);
        arguments.push(corrected.to_str().unwrap());
        workspace.run(&arguments)
    };
    let refused = import(&[]);
    assert_eq!(refused.code, 3);
    assert!(
        refused.stderr.contains(
            "row 2: ratification of Czechia on 2013-09-25: the ratification is recorded on 2013-09-24, and the table says 2013-09-25: import with --replace"
        ),
        "{}",
        refused.stderr
    );
    let replaced = import(&["--replace"]);
    assert!(
        replaced.assert_success().stdout.contains("ratification of Czechia: 2013-09-24 → 2013-09-25"),
        "{}",
        replaced.stdout
    );
    assert!(
        replaced.stdout.contains("added 0 actions on untoc, changed 1 dates, 1 already recorded"),
        "{}",
        replaced.stdout
    );

    let bad = workspace.write(
        "bad.txt",
        "Participant\tSignature\tRatification, Accession(a)\nCzechoslovakia\t\t1 Jan 2001\nAlbania\t\t31 Feb 2002\n",
    );
    let refused =
        workspace.run(&["treaty", "import", "--format", "untc", "--instrument", "untoc", bad.to_str().unwrap()]);
    assert_eq!(refused.code, 3);
    assert!(
        refused.stderr.contains("bad.txt: row 2, column 'Participant': unknown participant 'Czechoslovakia'"),
        "{}",
        refused.stderr
    );
    assert!(
        refused
            .stderr
            .contains("bad.txt: row 3, column 'Ratification, Accession(a)': '31 Feb 2002' is not a real date")
    );

    let conflicting = workspace
        .write("conflict.txt", "Participant\tSignature\tRatification, Accession(a)\nAlbania\t\t1 Jan 2005 a\n");
    let conflict = workspace.run(&[
        "treaty",
        "import",
        "--format",
        "untc",
        "--instrument",
        "untoc",
        conflicting.to_str().unwrap(),
    ]);
    assert_eq!(conflict.code, 3);
    assert!(conflict.stderr.contains("row 2: accession of Albania on 2005-01-01: a second accession on 2005-01-01: the State has been a party since 2002-08-21"), "{}", conflict.stderr);
    let early =
        workspace.write("early.txt", "Participant\tSignature\tRatification, Accession(a)\nTuvalu\t1 Jan 1999\t\n");
    let before =
        workspace.run(&["treaty", "import", "--format", "untc", "--instrument", "untoc", early.to_str().unwrap()]);
    assert_eq!(before.code, 3);
    assert!(before.stderr.contains("before the instrument was adopted on 2000-11-15"), "{}", before.stderr);
}

#[test]
fn a_normlex_workbook_imports_and_one_with_formulas_is_refused() {
    let workspace = Workspace::new();
    workspace.run(&["init"]).assert_success();
    let path = workspace.path("c143.xlsx");
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet().set_name("Ratifications").unwrap();
    for (column, heading) in ["Country", "Date", "Status", "Note"].into_iter().enumerate() {
        sheet.write(0, u16::try_from(column).unwrap(), heading).unwrap();
    }
    sheet.write(1, 0, "Albania").unwrap();
    sheet.write(1, 1, "12 Sep 2006").unwrap();
    sheet.write(1, 2, "In Force").unwrap();
    sheet.write(2, 0, "Korea, Republic of").unwrap();
    sheet.write(2, 1, "1 Mar 2001").unwrap();
    sheet.write(2, 2, "Not in force").unwrap();
    sheet.write(2, 3, "Denounced on 1 Apr 2005").unwrap();
    workbook.save(&path).unwrap();
    let run =
        workspace.run(&["treaty", "import", "--format", "normlex", "--instrument", "ilo-c143", path.to_str().unwrap()]);
    assert!(run.assert_success().stdout.contains("added 3 actions on ilo-c143"), "{}", run.stdout);
    let korea =
        workspace.run(&["treaty", "status", "--country", "KOR", "--instrument", "ilo-c143", "--as-at", "2006-06-01"]);
    assert_eq!(korea.stdout.trim(), "Republic of Korea as at 1 June 2006: denounced, with effect from 1 April 2006");

    sheet_with_formula(&path);
    let refused =
        workspace.run(&["treaty", "import", "--format", "normlex", "--instrument", "ilo-c143", path.to_str().unwrap()]);
    assert_eq!(refused.code, 3);
    assert!(refused.stderr.contains("sheet 'Sheet1', cell B2: holds a formula (=TODAY())"), "{}", refused.stderr);
}

fn sheet_with_formula(path: &std::path::Path) {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.write(0, 0, "Country").unwrap();
    sheet.write(0, 1, "Date").unwrap();
    sheet.write(1, 0, "Albania").unwrap();
    sheet.write_formula(1, 1, Formula::new("=TODAY()")).unwrap();
    workbook.save(path).unwrap();
}
