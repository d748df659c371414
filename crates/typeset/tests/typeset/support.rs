//! The 2009 demo cycle compiled in each language, typeset, and read back with poppler's tools.

use std::{
    path::{Path, PathBuf},
    process::Command,
    sync::OnceLock,
};

use domain::language::Language;
use report::{ReportData, document::Document};

/// The 2009 demo cycle as a [`ReportData`], built in memory from the shipped data.
pub fn demo_data() -> ReportData {
    reference::demo_2009_report_data().unwrap()
}

/// The demo report compiled in `language`.
pub fn document(language: Language) -> Document {
    let config = report::CompileConfig { language, ..Default::default() };
    report::compile(report::default_template(language), &demo_data(), &config)
        .unwrap_or_else(|error| panic!("the {language:?} template does not compile: {error:?}"))
        .document
}

/// The demo report in `language`, typeset once for all the tests, and written where the
/// tests keep their files to be read by poppler's tools (and looked at:
/// `target/tmp/typeset-<lang>.pdf`).
pub struct Typeset {
    pub document: Document,
    pub typeset: typeset::Typeset,
    pub path: PathBuf,
}

pub fn typeset(language: Language) -> &'static Typeset {
    static TYPESET: [OnceLock<Typeset>; 6] = [const { OnceLock::new() }; 6];
    let index = Language::ALL.iter().position(|l| *l == language).unwrap();
    TYPESET[index].get_or_init(|| {
        let document = document(language);
        let typeset = typeset::typeset(&document).unwrap_or_else(|error| panic!("{language:?}: {error}"));
        let path = write_pdf(&format!("typeset-{}", language.code()), &typeset.pdf);
        Typeset { document, typeset, path }
    })
}

/// A PDF written as `target/tmp/<name>.pdf`.
pub fn write_pdf(name: &str, pdf: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).unwrap();
    path
}

/// Runs one of poppler's tools and gives what it prints; a machine without them fails here.
fn poppler(tool: &str, arguments: &[&str]) -> String {
    let output = Command::new(tool).args(arguments).output().unwrap_or_else(|error| {
        panic!("cannot run {tool} ({error}): these tests read the PDF back with poppler-utils; install it (apt-get install poppler-utils)")
    });
    assert!(output.status.success(), "{tool} {arguments:?} failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The text of one page, as pdftotext reads it, without the direction marks it puts around
/// right-to-left runs and the left-to-right runs embedded in them.
pub fn page_text(pdf: &Path, page: u32) -> String {
    let page = page.to_string();
    poppler("pdftotext", &["-f", &page, "-l", &page, "-enc", "UTF-8", pdf.to_str().unwrap(), "-"])
        .chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

/// The bookmarks of the PDF, in order, as pdftohtml reads its outline.
pub fn bookmarks(pdf: &Path) -> Vec<String> {
    let xml = poppler("pdftohtml", &["-xml", "-i", "-q", "-stdout", "-enc", "UTF-8", pdf.to_str().unwrap()]);
    let Some(start) = xml.find("<outline") else { return Vec::new() };
    let outline = &xml[start..xml.rfind("</outline>").unwrap_or(xml.len())];
    outline
        .split("<item")
        .skip(1)
        .filter_map(|item| {
            let text = &item[item.find('>')? + 1..];
            Some(unescape(&text[..text.find("</item>")?]))
        })
        .collect()
}

/// A word on a page and where it is, in points from the page's top left corner.
#[derive(Debug, Clone)]
pub struct Word {
    pub text: String,
    pub x_min: f64,
    pub x_max: f64,
    pub y_min: f64,
    pub y_max: f64,
}

/// The words of one page and the page's width, as `pdftotext -bbox` places them.
pub fn words(pdf: &Path, page: u32) -> (f64, Vec<Word>) {
    let page = page.to_string();
    let html = poppler("pdftotext", &["-bbox", "-f", &page, "-l", &page, "-enc", "UTF-8", pdf.to_str().unwrap(), "-"]);
    let attribute = |tag: &str, name: &str| -> f64 {
        let start = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[start..start + tag[start..].find('"').unwrap()].parse().unwrap()
    };
    let width = attribute(&html[html.find("<page ").unwrap()..], "width");
    let words = html
        .split("<word ")
        .skip(1)
        .map(|word| {
            let text = &word[word.find('>').unwrap() + 1..word.find("</word>").unwrap()];
            Word {
                text: unescape(text),
                x_min: attribute(word, "xMin"),
                x_max: attribute(word, "xMax"),
                y_min: attribute(word, "yMin"),
                y_max: attribute(word, "yMax"),
            }
        })
        .collect();
    (width, words)
}

/// The PDF's document information and catalogue, as pdfinfo prints them.
pub fn info(pdf: &Path) -> String {
    poppler("pdfinfo", &[pdf.to_str().unwrap()])
}

/// The PDF's structure tree (its tags), as pdfinfo prints it.
pub fn structure(pdf: &Path) -> String {
    poppler("pdfinfo", &["-struct", pdf.to_str().unwrap()])
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

/// A text with all white space removed, to find words that a line break may split.
pub fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}
