//! The Word document as a United Nations document: the masthead on the first page, the
//! symbol in the running header and the page number in the footer of the later pages, the
//! language of every run, the styles, the file's properties; and LibreOffice opening it and
//! laying it out so, in English and right to left in Arabic.

use std::{
    collections::HashMap,
    io::Read,
    path::{Path, PathBuf},
    process::Command,
};

use domain::language::Language;
use report::{CompileConfig, DEFAULT_TEMPLATE, compile, document::Document, docx};

use crate::support::demo_data;

/// The 2009 report, with the job number the Documents Control gives a document.
fn english_report() -> Document {
    let mut document = compile(DEFAULT_TEMPLATE, &demo_data(), &CompileConfig::default()).unwrap().document;
    document.masthead.job_number = Some("09-41578 (E)".to_owned());
    document
}

/// The default template in `language`, compiled on the 2009 demo cycle.
fn report_in(language: Language) -> Document {
    let config = CompileConfig { language, ..Default::default() };
    compile(report::default_template(language), &demo_data(), &config).unwrap().document
}

#[test]
fn libreoffice_lays_out_the_masthead_the_running_header_and_the_page_numbers() {
    let pdf = libreoffice(&docx::render(&english_report()).unwrap(), "english-layout", "pdf");

    let first = pdf_page(&pdf, 1);
    assert!(
        first[0].starts_with("United Nations") && first[0].trim_end().ends_with("A/64/152"),
        "the first page opens with the masthead, not a running header: {first:#?}"
    );
    for line in [
        "General Assembly",
        "Distr.: General",
        "16 July 2009",
        "Original: English",
        "Sixty-fourth session",
        "Item 63 of the preliminary list*",
        "Advancement of women",
        "Violence against women migrant workers",
        "Report of the Secretary-General",
        "* A/64/50.",
    ] {
        assert!(first.iter().any(|text| text.contains(line)), "the first page shows {line:?}: {first:#?}");
    }
    assert_eq!(first.iter().filter(|text| text.contains("A/64/152")).count(), 1, "the symbol once, in the masthead");
    assert_eq!(first.last().unwrap().trim(), "09-41578 (E)", "the first page ends with the job number, no page number");
    let organ = first.iter().position(|text| text.contains("General Assembly")).unwrap();
    let distribution = first.iter().position(|text| text.contains("Distr.: General")).unwrap();
    assert!(organ.abs_diff(distribution) <= 1, "the distribution lines stand beside the organ: {first:#?}");

    // UN documents put the symbol and the page number on the outer edge of the page.
    let second = pdf_page(&pdf, 2);
    assert_eq!(second[0], "A/64/152", "an even page's running header is the symbol, on the left");
    assert_eq!(second.last().unwrap(), "2", "an even page's footer is its number, on the left");
    let third = pdf_page(&pdf, 3);
    assert!(
        third[0].len() > 40 && third[0].trim() == "A/64/152",
        "an odd page's header is on the right: {:?}",
        third[0]
    );
    assert!(
        third.last().unwrap().len() > 40 && third.last().unwrap().trim() == "3",
        "an odd page's number is on the right"
    );
}

#[test]
fn libreoffice_reads_the_language_the_headings_and_the_headers_and_footers() {
    let fodt =
        std::fs::read_to_string(libreoffice(&docx::render(&english_report()).unwrap(), "english-odf", "fodt")).unwrap();
    let default_text = element(&fodt, "<style:default-style style:family=\"paragraph\">", "</style:default-style>");
    assert!(
        default_text.contains(r#"fo:language="en" fo:country="GB""#),
        "LibreOffice checks the spelling in British English: {default_text}"
    );
    assert!(default_text.contains(r#"style:font-name="Times New Roman""#), "{default_text}");

    let later_pages = element(&fodt, "<style:master-page style:name=\"Standard\"", "</style:master-page>");
    for (part, shows) in [
        ("<style:header>", "A/64/152"),
        ("<style:header-left>", "A/64/152"),
        ("<style:footer>", "<text:page-number"),
        ("<style:footer-left>", "<text:page-number"),
    ] {
        let closing = part.replacen('<', "</", 1);
        assert!(
            element(later_pages, part, &closing).contains(shows),
            "{part} of the later pages shows {shows}: {later_pages}"
        );
    }
    let first_page = element(&fodt, "<style:master-page style:name=\"First_20_Page\"", "</style:master-page>");
    assert!(
        !element(first_page, "<style:header>", "</style:header>").contains("<text:span"),
        "no running header on the first page: {first_page}"
    );
    let first_footer = element(first_page, "<style:footer>", "</style:footer>");
    assert!(first_footer.contains("* A/64/50.") && first_footer.contains("09-41578 (E)"), "{first_footer}");

    let heading = |text: &str| {
        fodt.split("<text:h ")
            .skip(1)
            .map(|rest| &rest[..rest.find("</text:h>").unwrap()])
            .find(|heading| heading.contains(text))
    };
    for (text, level) in [("I.<text:tab/>Introduction", 1), ("A.<text:tab/>International instruments", 2)] {
        let heading = heading(text).unwrap_or_else(|| panic!("{text} is a heading"));
        assert!(heading.contains(&format!(r#"text:outline-level="{level}""#)), "{heading}");
        assert!(heading.contains(&format!(r#"text:style-name="Heading_20_{level}""#)), "Heading {level}: {heading}");
    }

    let meta = element(&fodt, "<office:meta>", "</office:meta>");
    assert!(meta.contains("<dc:title>Violence against women migrant workers</dc:title>"), "{meta}");
    assert!(meta.contains("<dc:language>en-GB</dc:language>"), "{meta}");
    assert!(meta.contains("<meta:creation-date>2009-07-16T00:00:00</meta:creation-date>"), "{meta}");
}

#[test]
fn libreoffice_lays_out_an_arabic_report_right_to_left() {
    let document = report_in(Language::Arabic);
    let pdf = libreoffice(&docx::render(&document).unwrap(), "arabic-layout", "pdf");
    let first = pdf_page(&pdf, 1);
    // The masthead mirrored: the symbol on the left, the organization on the right; the
    // distribution lines, in English, on the left and left to right.
    let symbol = first[0].find("A/64/152").unwrap_or_else(|| panic!("{first:#?}"));
    let organization = first[0].find("المتحدة").unwrap_or_else(|| panic!("{first:#?}"));
    assert!(symbol < organization, "the symbol stands left of the organization: {:?}", first[0]);
    assert!(first.iter().any(|text| text.starts_with("Distr.: General")), "{first:#?}");
    assert!(first.iter().any(|text| text.starts_with("Original: English")), "{first:#?}");
    // pdftotext splits the ligature lām-alif: look for a word of the title without one.
    let word =
        document.title.split(' ').find(|word| !["لا", "لأ", "لإ", "لآ"].iter().any(|pair| word.contains(pair))).unwrap();
    let title = first.iter().find(|text| text.contains(word)).unwrap_or_else(|| panic!("{word} in {first:#?}"));
    assert!(title.starts_with("   "), "the title is on the right: {title:?}");
    // An even page's outer edge is its right one in a book read from right to left.
    let second = pdf_page(&pdf, 2);
    assert!(second[0].len() > 40 && second[0].trim() == "A/64/152", "{:?}", second[0]);
    assert!(second.last().unwrap().len() > 40 && second.last().unwrap().trim() == "2", "{:?}", second.last());
}

#[test]
fn every_paragraph_has_a_style_and_every_run_the_language() {
    let bytes = docx::render(&english_report()).unwrap();
    let parts = zip_entries(&bytes);
    let styles = &parts["word/styles.xml"];
    assert!(
        styles.contains(r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal">"#),
        "Normal is the default"
    );
    let defaults = element(styles, "<w:docDefaults>", "</w:docDefaults>");
    assert!(defaults.contains(r#"<w:lang w:val="en-GB" />"#), "{defaults}");
    assert!(defaults.contains(r#"w:ascii="Times New Roman""#), "{defaults}");

    let body = &parts["word/document.xml"];
    let paragraphs = elements(body, "w:p");
    assert!(paragraphs.len() > 70, "{} paragraphs", paragraphs.len());
    for paragraph in &paragraphs {
        assert!(paragraph.contains("<w:pStyle w:val="), "a paragraph with no style: {paragraph}");
    }
    assert!(
        paragraphs.iter().filter(|paragraph| paragraph.contains(r#"<w:pStyle w:val="Normal" />"#)).count() > 50,
        "body paragraphs are Normal"
    );
    for (name, xml) in &parts {
        if !(name.starts_with("word/") && name.ends_with(".xml")) {
            continue;
        }
        for run in elements(xml, "w:r") {
            assert!(run.contains(r#"<w:lang w:val="en-GB" />"#), "{name}: a run with no language: {run}");
        }
    }

    for (level, outline) in [(1, 0), (2, 1), (3, 2)] {
        let style = element(styles, &format!(r#"w:styleId="Heading{level}">"#), "</w:style>");
        assert!(style.contains(&format!(r#"<w:name w:val="heading {level}" />"#)), "{style}");
        assert!(style.contains(&format!(r#"<w:outlineLvl w:val="{outline}" />"#)), "{style}");
    }
    assert!(styles.contains(r#"w:styleId="FootnoteText">"#) && styles.contains(r#"w:styleId="FootnoteReference">"#));
    let footnotes = &parts["word/footnotes.xml"];
    assert!(footnotes.contains(r#"<w:footnote w:type="separator" w:id="-1">"#));
    let first_footnote = element(footnotes, r#"<w:footnote w:id="1">"#, "</w:footnote>");
    assert!(
        first_footnote.contains(r#"<w:pStyle w:val="FootnoteText" />"#) && first_footnote.contains("<w:footnoteRef />"),
        "{first_footnote}"
    );

    let settings = &parts["word/settings.xml"];
    assert!(settings.contains("<w:evenAndOddHeaders />"), "{settings}");
    let section = element(body, "<w:sectPr>", "</w:sectPr>");
    assert!(section.contains("<w:titlePg />"), "the first page has its own header and footer: {section}");
    for kind in ["default", "first", "even"] {
        assert!(section.contains(&format!(r#"<w:headerReference w:type="{kind}""#)), "{section}");
        assert!(section.contains(&format!(r#"<w:footerReference w:type="{kind}""#)), "{section}");
    }
    let footers: Vec<&String> =
        parts.iter().filter(|(name, _)| name.starts_with("word/footer")).map(|(_, xml)| xml).collect();
    assert_eq!(
        footers.iter().filter(|xml| xml.contains("<w:instrText>PAGE</w:instrText>")).count(),
        2,
        "odd and even pages number themselves"
    );

    // The stale-list check still reads the body and the footnotes.
    let text = docx::text(&bytes).unwrap();
    assert!(
        text.contains("(Belarus, Chile, Czech Republic, Ecuador, El Salvador, Germany, Ghana, Hungary, Japan, Mexico,")
    );
    assert!(text.contains("Replies were received from Azerbaijan, Belarus,"));
}

#[test]
fn the_file_properties_say_only_what_is_true() {
    let mut document = english_report();
    let core = |document: &Document| zip_entries(&docx::render(document).unwrap())["docProps/core.xml"].clone();
    let properties = core(&document);
    for expected in [
        "<dc:title>Violence against women migrant workers</dc:title>",
        "<dc:subject>Report of the Secretary-General</dc:subject>",
        "<dc:language>en-GB</dc:language>",
        "<dc:creator>vawdb</dc:creator>",
        "<cp:lastModifiedBy>vawdb</cp:lastModifiedBy>",
        r#"<dcterms:created xsi:type="dcterms:W3CDTF">2009-07-16T00:00:00Z</dcterms:created>"#,
        r#"<dcterms:modified xsi:type="dcterms:W3CDTF">2009-07-16T00:00:00Z</dcterms:modified>"#,
    ] {
        assert!(properties.contains(expected), "{expected} in {properties}");
    }
    assert!(!properties.contains("1970") && !properties.contains("unknown"), "{properties}");

    document.masthead.issued_on = None;
    let undated = core(&document);
    assert!(
        !undated.contains("dcterms:created") && !undated.contains("1970"),
        "no date rather than a false one: {undated}"
    );
}

#[test]
fn an_arabic_word_document_runs_right_to_left_in_arabic() {
    let document = report_in(Language::Arabic);
    let parts = zip_entries(&docx::render(&document).unwrap());
    let styles = &parts["word/styles.xml"];
    let defaults = element(styles, "<w:docDefaults>", "</w:docDefaults>");
    assert!(defaults.contains(r#"<w:lang w:val="ar-SA" w:bidi="ar-SA" />"#), "{defaults}");
    assert!(defaults.contains(r#"w:cs="Simplified Arabic""#), "{defaults}");

    let body = &parts["word/document.xml"];
    assert!(body.contains("<w:tblPr><w:bidiVisual />"), "the masthead's columns run right to left");
    assert!(element(body, "<w:sectPr>", "</w:sectPr>").contains("<w:bidi />"));
    for paragraph in elements(body, "w:p") {
        let english = document.masthead.distribution.iter().any(|line| paragraph.contains(&format!(">{line}<")));
        assert_eq!(paragraph.contains("<w:bidi />"), !english, "right to left unless English: {paragraph}");
    }
    let runs = elements(body, "w:r");
    let run_of = |text: &str| {
        *runs.iter().find(|run| run.contains(&format!(">{text}<"))).unwrap_or_else(|| panic!("no run of {text}"))
    };
    let organ = run_of(&document.masthead.organ);
    assert!(organ.contains(r#"<w:rtl /><w:lang w:val="ar-SA" w:bidi="ar-SA" />"#), "{organ}");
    for english in ["Distr.: General", "Original: English", "A/64/152"] {
        let run = run_of(english);
        assert!(run.contains(r#"<w:lang w:val="en-GB" w:bidi="ar-SA" />"#) && !run.contains("<w:rtl"), "{run}");
    }
    assert!(runs.iter().filter(|run| run.contains("<w:rtl />")).count() > 100, "the Arabic text runs right to left");
}

#[test]
fn a_chinese_word_document_has_its_east_asian_language_and_font() {
    let document = report_in(Language::Chinese);
    let parts = zip_entries(&docx::render(&document).unwrap());
    let defaults = element(&parts["word/styles.xml"], "<w:docDefaults>", "</w:docDefaults>");
    assert!(
        defaults.contains(r#"w:eastAsia="SimSun""#) && defaults.contains(r#"w:ascii="Times New Roman""#),
        "{defaults}"
    );
    assert!(defaults.contains(r#"<w:lang w:val="zh-CN" w:eastAsia="zh-CN" />"#), "{defaults}");
    let runs = elements(&parts["word/document.xml"], "w:r");
    let title = runs.iter().find(|run| run.contains(&document.title)).unwrap();
    assert!(title.contains(r#"<w:lang w:val="zh-CN" w:eastAsia="zh-CN" />"#), "{title}");
    let distribution = runs.iter().find(|run| run.contains("Distr.: General")).unwrap();
    assert!(
        distribution.contains(r#"<w:lang w:val="en-GB" w:eastAsia="zh-CN" />"#),
        "English stays English: {distribution}"
    );
}

#[test]
fn a_french_report_is_checked_in_french() {
    let document = report_in(Language::French);
    assert_eq!(document.masthead.organ, "Assemblée générale", "the French template is French");
    let bytes = docx::render(&document).unwrap();
    let parts = zip_entries(&bytes);
    let defaults = element(&parts["word/styles.xml"], "<w:docDefaults>", "</w:docDefaults>");
    assert!(defaults.contains(r#"<w:lang w:val="fr-FR" />"#), "{defaults}");
    for run in elements(&parts["word/document.xml"], "w:r") {
        assert!(run.contains(r#"<w:lang w:val="fr-FR" />"#), "every run is French, the masthead too: {run}");
    }
    let core = &parts["docProps/core.xml"];
    assert!(
        core.contains("<dc:language>fr-FR</dc:language>")
            && core.contains(&format!("<dc:title>{}</dc:title>", document.title)),
        "{core}"
    );

    let fodt = std::fs::read_to_string(libreoffice(&bytes, "french-odf", "fodt")).unwrap();
    let default_text = element(&fodt, "<style:default-style style:family=\"paragraph\">", "</style:default-style>");
    assert!(default_text.contains(r#"fo:language="fr" fo:country="FR""#), "{default_text}");
    let first_page = element(&fodt, "<office:text", "</table:table>");
    assert!(first_page.contains("Distr. générale") && first_page.contains("Original\u{a0}: anglais"), "{first_page}");
}

/// Converts a Word document with LibreOffice into `format`, in a directory and a profile of
/// its own so that tests can convert at the same time.
fn libreoffice(bytes: &[u8], name: &str, format: &str) -> PathBuf {
    let directory = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("docx-form-{name}"));
    let _ = std::fs::remove_dir_all(&directory);
    std::fs::create_dir_all(&directory).unwrap();
    let input = directory.join(format!("{name}.docx"));
    std::fs::write(&input, bytes).unwrap();
    let converted = Command::new("soffice")
        .arg(format!("-env:UserInstallation=file://{}", directory.join("profile").display()))
        .args(["--headless", "--convert-to", format, "--outdir"])
        .arg(&directory)
        .arg(&input)
        .output()
        .unwrap_or_else(|error| {
            panic!(
                "LibreOffice (`soffice`) is needed to open the Word document and could not be run ({error}); install Debian's libreoffice-writer-nogui"
            )
        });
    let output = directory.join(format!("{name}.{format}"));
    assert!(
        converted.status.success() && output.exists(),
        "LibreOffice did not convert the Word document to {format}: {}",
        String::from_utf8_lossy(&converted.stderr)
    );
    output
}

/// The non-blank lines of one page of a PDF as `pdftotext -layout` sets them, without the
/// directional marks it puts around right-to-left text.
fn pdf_page(pdf: &Path, page: u32) -> Vec<String> {
    let page = page.to_string();
    let output = Command::new("pdftotext")
        .args(["-layout", "-f", &page, "-l", &page])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|error| panic!("pdftotext (Debian's poppler-utils) is needed to read the PDF ({error})"));
    assert!(output.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout)
        .unwrap()
        .replace(['\u{202A}', '\u{202B}', '\u{202C}', '\u{200E}', '\u{200F}', '\u{0C}'], "")
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.trim_end().to_owned())
        .collect()
}

/// The text from `start` to the end of the first `end` after it.
fn element<'a>(xml: &'a str, start: &str, end: &str) -> &'a str {
    let from = xml.find(start).unwrap_or_else(|| panic!("no {start} in the document"));
    let to = xml[from..].find(end).map_or(xml.len(), |to| from + to + end.len());
    &xml[from..to]
}

/// Every element named `name` (`w:p`, `w:r`), as text.
fn elements<'a>(xml: &'a str, name: &str) -> Vec<&'a str> {
    let close = format!("</{name}>");
    let mut found = Vec::new();
    let mut rest = xml;
    while let Some(start) =
        [format!("<{name}>"), format!("<{name} ")].iter().filter_map(|open| rest.find(open.as_str())).min()
    {
        let end = rest[start..].find(&close).map_or(rest.len(), |end| start + end + close.len());
        found.push(&rest[start..end]);
        rest = &rest[end..];
    }
    found
}

/// The parts of a DOCX (a ZIP archive) by name.
fn zip_entries(bytes: &[u8]) -> HashMap<String, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut parts = HashMap::new();
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).unwrap();
        let mut text = String::new();
        if file.read_to_string(&mut text).is_ok() {
            parts.insert(file.name().unwrap().into_owned(), text);
        }
    }
    parts
}
