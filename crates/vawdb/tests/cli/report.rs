//! `vawdb report`: the compiled report as a file people open, and the stale-list check.

use std::process::Command;

use crate::support::Workspace;

/// The text of a PDF, by poppler's `pdftotext`, with lines joined as a reader reads them.
fn pdf_text(path: &std::path::Path) -> String {
    let output = Command::new("pdftotext").args(["-layout"]).arg(path).arg("-").output().unwrap_or_else(|error| {
        panic!("pdftotext is needed to read the PDF ({error}); `cargo xtask test` installs Debian's poppler-utils")
    });
    assert!(output.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).split_whitespace().collect::<Vec<_>>().join(" ")
}

const PARAGRAPH_6_LIST: &str = "(Belarus, Chile, Czech Republic, Ecuador, El Salvador, Germany, Ghana, Hungary, Japan, Mexico, Paraguay, Qatar, Romania, Russian Federation, Spain, Sweden, Thailand, Turkey and Turkmenistan)";
const FOOTNOTE_1_START: &str =
    "Replies were received from Azerbaijan, Belarus, Chile, Colombia, the Czech Republic, Denmark,";

#[test]
fn the_word_document_opens_in_libreoffice_with_its_lists_and_footnotes() {
    let workspace = Workspace::new();
    workspace.run(&["demo", "--no-serve"]).assert_success();
    let docx = workspace.path("report.docx");
    let run = workspace.run(&["report", "--cycle", "2009", "-o", docx.to_str().unwrap()]);
    assert!(run.assert_success().stderr.contains("53 paragraphs, 5 footnotes"), "{}", run.stderr);
    let profile = workspace.path("libreoffice-profile");
    let converted = Command::new("soffice")
        .arg(format!("-env:UserInstallation=file://{}", profile.display()))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(workspace.path("converted"))
        .arg(&docx)
        .output()
        .unwrap_or_else(|error| panic!("LibreOffice is needed to open the Word document ({error}); `cargo xtask test` installs Debian's libreoffice-writer-nogui"));
    assert!(converted.status.success(), "LibreOffice failed: {}", String::from_utf8_lossy(&converted.stderr));
    let text = pdf_text(&workspace.path("converted/report.pdf"));
    assert!(text.contains("Violence against women migrant workers"));
    assert!(
        text.contains(&PARAGRAPH_6_LIST.split_whitespace().collect::<Vec<_>>().join(" ")),
        "paragraph 6's list is in the document LibreOffice shows"
    );
    assert!(text.contains(FOOTNOTE_1_START), "footnote 1 is a footnote LibreOffice shows");
}

#[test]
fn the_pdf_is_typeset_by_vawdb_itself() {
    let workspace = Workspace::new();
    workspace.run(&["demo", "--no-serve"]).assert_success();
    let pdf = workspace.path("report.pdf");
    workspace.run(&["report", "--cycle", "2009", "--format", "pdf", "-o", pdf.to_str().unwrap()]).assert_success();
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let text = pdf_text(&pdf);
    assert!(text.contains("II. Measures reported by Member States"), "{}", &text[..500.min(text.len())]);
    assert!(text.contains("Turkey and Turkmenistan)"));
    assert!(text.contains(FOOTNOTE_1_START.split_whitespace().take(5).collect::<Vec<_>>().join(" ").as_str()));
}

#[test]
fn a_template_error_is_reported_with_its_line_and_no_file_is_written() {
    let workspace = Workspace::new();
    workspace.run(&["init"]).assert_success();
    let template =
        workspace.write("bad.md.j2", "# Title\n\nText ({{ states(cycle, type=\"legislation.penall\") }}).\n");
    let output = workspace.path("out.md");
    workspace.write("import.json", reference::DEMO_2009_JSON);
    workspace
        .run(&["import", "--state", "published", workspace.path("import.json").to_str().unwrap()])
        .assert_success();
    let run = workspace.run(&[
        "report",
        "--cycle",
        "2009",
        "--template",
        template.to_str().unwrap(),
        "-o",
        output.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 3);
    assert!(run.stderr.contains("bad.md.j2: line 3"), "{}", run.stderr);
    assert!(run.stderr.contains("unknown code 'legislation.penall' in vocabulary 'type'"), "{}", run.stderr);
    assert!(!output.exists(), "no partial file");
}

#[test]
fn the_check_names_the_stale_lists_and_why() {
    let workspace = Workspace::new();
    workspace.run(&["demo", "--no-serve"]).assert_success();
    let report = workspace.path("report.md");
    workspace.run(&["report", "--cycle", "2009", "-o", report.to_str().unwrap()]).assert_success();
    let clean = workspace.run(&["report", "check", report.to_str().unwrap()]);
    assert!(clean.assert_success().stdout.contains("all 34 State lists match the data"), "{}", clean.stdout);

    let reply = workspace.write(
        "reply.json",
        r#"{"format": "vawdb-exchange/1", "submissions": [{"cycle": "2009", "actor": "FJI", "received_on": "2009-05-20"}]}"#,
    );
    workspace.run(&["import", reply.to_str().unwrap()]).assert_success();
    let stale = workspace.run(&["report", "check", report.to_str().unwrap()]);
    assert_eq!(stale.code, 3);
    assert!(stale.stdout.contains("footnote 1: the list «Azerbaijan, Belarus,"), "{}", stale.stdout);
    assert!(stale.stdout.contains("+ Fiji: a reply arrived"), "{}", stale.stdout);
    assert!(stale.stderr.contains("out of date or edited"));
}

#[test]
fn a_report_in_french_is_compiled_from_the_french_template_and_checked_in_french() {
    let workspace = Workspace::new();
    workspace.run(&["demo", "--no-serve"]).assert_success();
    let report = workspace.path("rapport.md");
    let run = workspace.run(&["report", "--cycle", "2009", "--language", "fr", "-o", report.to_str().unwrap()]);
    assert!(run.assert_success().stderr.contains("53 paragraphs, 5 footnotes"), "{}", run.stderr);
    let text = std::fs::read_to_string(&report).unwrap();
    assert!(text.starts_with("Nations Unies  \nAssemblée générale\n"), "{}", &text[..200]);
    assert!(text.contains("l'Allemagne, l'Azerbaïdjan, le Bélarus"), "footnote 1 names the respondents in French");
    let clean = workspace.run(&["report", "check", report.to_str().unwrap()]);
    assert!(clean.assert_success().stdout.contains("all 34 State lists match the data"), "{}", clean.stdout);
    let reply = workspace.write(
        "reply.json",
        r#"{"format": "vawdb-exchange/1", "submissions": [{"cycle": "2009", "actor": "FJI", "received_on": "2009-05-20"}]}"#,
    );
    workspace.run(&["import", reply.to_str().unwrap()]).assert_success();
    let stale = workspace.run(&["report", "check", report.to_str().unwrap()]);
    assert_eq!(stale.code, 3);
    assert!(stale.stdout.contains("footnote 1: the list «l'Allemagne, l'Azerbaïdjan,"), "{}", stale.stdout);
    assert!(stale.stdout.contains("+ Fiji: a reply arrived"), "{}", stale.stdout);
}

#[test]
fn an_unknown_language_lists_the_six_and_a_template_in_another_language_is_refused() {
    let workspace = Workspace::new();
    workspace.run(&["demo", "--no-serve"]).assert_success();
    let unknown = workspace.run(&["report", "--cycle", "2009", "--language", "de"]);
    assert_eq!(unknown.code, 2, "a usage error");
    assert!(
        unknown.stderr.contains("'de' is not a UN language; use one of ar, zh, en, fr, ru, es"),
        "{}",
        unknown.stderr
    );
    let french = workspace.write("fr.md.j2", report::default_template(domain::language::Language::French));
    let mismatch = workspace.run(&["report", "--cycle", "2009", "--template", french.to_str().unwrap()]);
    assert_eq!(mismatch.code, 3);
    assert!(mismatch.stderr.contains("fr.md.j2: line 7"), "{}", mismatch.stderr);
    assert!(mismatch.stderr.contains("written in French"), "{}", mismatch.stderr);
}
