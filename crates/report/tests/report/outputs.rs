//! HTML, Markdown and DOCX from the same document.

use std::io::Read;

use report::{CompileConfig, DEFAULT_TEMPLATE, compile, docx, html, markdown};

use crate::support::demo_data;

#[test]
fn markdown_numbers_paragraphs_and_writes_footnotes() {
    let compiled = compile(DEFAULT_TEMPLATE, &demo_data(), &CompileConfig::default()).unwrap();
    let text = markdown::render(&compiled.document);
    assert!(
        text.starts_with(
            "United Nations  \nGeneral Assembly\n\nA/64/152\n\nDistr.: General  \n16 July 2009  \nOriginal: English\n\nSixty-fourth session  \nItem 63 of the preliminary list\\*  \nAdvancement of women\n\n# Violence against women migrant workers\n\nReport of the Secretary-General\n\n## I. Introduction\n\n1\\. In its resolution 62/132"
        ),
        "{}",
        &text[..400]
    );
    assert!(text.contains("\n\\* A/64/50.\n"), "the agenda item's note is missing");
    assert!(text.contains("resolution 62/132,[^1] providing"));
    assert!(text.contains("\n[^1]: Replies were received from Azerbaijan, Belarus,"));
    assert!(text.contains("### A. International instruments[^2]"));
}

#[test]
fn html_escapes_text_and_links_footnotes() {
    let compiled = compile(DEFAULT_TEMPLATE, &demo_data(), &CompileConfig::default()).unwrap();
    let page = html::standalone(&compiled.document);
    assert!(page.contains("<p id=\"para-6\"><span class=\"para-number\">6.</span> States have adopted"));
    assert!(page.contains("<sup><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup>"));
    assert!(page.contains("<li id=\"fn-1\" value=\"1\">Replies were received from"));
    assert!(page.contains("employer&#x27;s household") || page.contains("employer's household"));
    let hostile = compile("A <b>bold</b> claim & more.", &demo_data(), &CompileConfig::default()).unwrap();
    assert!(html::fragment(&hostile.document).contains("A &lt;b&gt;bold&lt;/b&gt; claim &amp; more."));
}

#[test]
fn the_word_document_has_heading_styles_and_real_footnotes() {
    let compiled = compile(DEFAULT_TEMPLATE, &demo_data(), &CompileConfig::default()).unwrap();
    let bytes = docx::render(&compiled.document).unwrap();
    let read_part = |name: &str| {
        let mut archive = zip_entries(&bytes);
        archive.remove(name).unwrap_or_else(|| panic!("the document has no part {name}"))
    };
    let body = read_part("word/document.xml");
    assert!(body.contains("w:pStyle w:val=\"Heading1\""));
    assert!(body.contains("<w:footnoteReference w:id="), "footnotes are Word footnotes");
    let footnotes = read_part("word/footnotes.xml");
    assert!(footnotes.contains("Replies were received from Azerbaijan"));
    assert!(footnotes.contains("Trinidad and Tobago, Turkey and Turkmenistan."));
}

/// The parts of a DOCX (a ZIP archive) by name.
fn zip_entries(bytes: &[u8]) -> std::collections::HashMap<String, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut parts = std::collections::HashMap::new();
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).unwrap();
        let mut text = String::new();
        if file.read_to_string(&mut text).is_ok() {
            parts.insert(file.name().unwrap().into_owned(), text);
        }
    }
    parts
}
