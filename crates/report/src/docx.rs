//! The report as a Word document: headings with Word's heading styles, numbered paragraphs,
//! and the footnotes as real Word footnotes.

use docx_rs::{AlignmentType, Docx, Footnote, Paragraph, Run, RunFonts, SpecialIndentType, Style, StyleType};

use crate::document::{Block, Document, Inline};

/// Why a DOCX file could not be written.
#[derive(Debug, thiserror::Error)]
#[error("cannot write the Word document: {0}")]
pub struct DocxError(String);

const FONT: &str = "Times New Roman";

pub fn render(document: &Document) -> Result<Vec<u8>, DocxError> {
    let fonts = || RunFonts::new().ascii(FONT).hi_ansi(FONT).cs(FONT);
    let mut docx = Docx::new()
        .default_fonts(fonts())
        .default_size(20)
        .add_style(Style::new("Title", StyleType::Paragraph).name("Title").size(34).bold().fonts(fonts()))
        .add_style(Style::new("Heading1", StyleType::Paragraph).name("Heading 1").size(24).bold().fonts(fonts()))
        .add_style(Style::new("Heading2", StyleType::Paragraph).name("Heading 2").size(22).bold().fonts(fonts()))
        .add_style(Style::new("Heading3", StyleType::Paragraph).name("Heading 3").size(20).bold().fonts(fonts()));
    if let Some(symbol) = &document.symbol {
        docx = docx
            .add_paragraph(Paragraph::new().align(AlignmentType::Right).add_run(Run::new().add_text(symbol).bold()));
    }
    docx = docx
        .add_paragraph(Paragraph::new().style("Title").add_run(Run::new().add_text(&document.title)))
        .add_paragraph(Paragraph::new().add_run(Run::new().add_text(&document.subtitle).bold()));
    for block in &document.blocks {
        match block {
            Block::Heading { level, number, inlines } => {
                let heading = Paragraph::new()
                    .style(&format!("Heading{level}"))
                    .add_run(Run::new().add_text(format!("{number}.")).add_tab());
                docx = docx.add_paragraph(add_inlines(heading, inlines, document));
            }
            Block::Paragraph { number, inlines } => {
                let paragraph = Paragraph::new().align(AlignmentType::Both);
                let paragraph = match number {
                    Some(number) => paragraph
                        .indent(Some(567), Some(SpecialIndentType::Hanging(567)), None, None)
                        .add_run(Run::new().add_text(format!("{number}.")).add_tab()),
                    None => paragraph.indent(Some(1134), Some(SpecialIndentType::Hanging(567)), None, None),
                };
                docx = docx.add_paragraph(add_inlines(paragraph, inlines, document));
            }
        }
    }
    let mut bytes = Vec::new();
    docx.build().pack(std::io::Cursor::new(&mut bytes)).map_err(|error| DocxError(error.to_string()))?;
    Ok(bytes)
}

/// Adds the text and the footnotes (as Word footnotes holding their text) to a paragraph.
fn add_inlines(mut paragraph: Paragraph, inlines: &[Inline], document: &Document) -> Paragraph {
    for inline in inlines {
        paragraph = match inline {
            Inline::Text(text) => paragraph.add_run(Run::new().add_text(text)),
            Inline::FootnoteReference(n) => {
                let text = document
                    .footnotes
                    .iter()
                    .find(|footnote| footnote.number == *n)
                    .map(|footnote| footnote.text.as_str())
                    .unwrap_or("");
                paragraph.add_run(Run::new().add_footnote_reference(
                    Footnote::new().add_content(Paragraph::new().add_run(Run::new().add_text(text).size(16))),
                ))
            }
        };
    }
    paragraph
}

/// The text of a Word document, body then footnotes, one paragraph a line: what the
/// stale-list check reads in a report edited in Word.
pub fn text(bytes: &[u8]) -> Result<String, DocxError> {
    let mut archive = bounded_zip::BoundedArchive::open(bytes, &bounded_zip::ZipLimits::WORD_DOCUMENT)
        .map_err(|error| DocxError(format!("not a Word document that can be read: {error}")))?;
    let mut text = String::new();
    for part in ["word/document.xml", "word/footnotes.xml"] {
        let Some(xml) = archive.entry(part).map_err(|error| DocxError(error.to_string()))? else { continue };
        let xml = String::from_utf8(xml).map_err(|error| DocxError(format!("{part}: not UTF-8: {error}")))?;
        text.push_str(&xml_text(&xml));
        text.push('\n');
    }
    Ok(text)
}

/// The text runs of WordprocessingML, with a line break at each paragraph's end.
fn xml_text(xml: &str) -> String {
    let mut text = String::new();
    let mut rest = xml;
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').map_or(rest.len(), |end| start + end + 1);
        let tag = &rest[start..end];
        if tag.starts_with("<w:t>") || tag.starts_with("<w:t ") {
            let content_end = rest[end..].find("</w:t>").map_or(rest.len(), |position| end + position);
            text.push_str(&unescape(&rest[end..content_end]));
            rest = &rest[content_end..];
            continue;
        }
        if tag == "</w:p>" {
            text.push('\n');
        } else if tag.starts_with("<w:tab") {
            text.push(' ');
        }
        rest = &rest[end..];
    }
    text
}

pub(crate) fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}
