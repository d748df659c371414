//! Typesets a compiled report as PDF: the document is written as Typst markup and laid out by
//! Typst's library with the fonts it ships, so vawdb makes PDF files on any machine, with no
//! word processor or font installed.
//!
//! ```no_run
//! # fn example(document: &report::document::Document) -> Result<(), typeset::TypesetError> {
//! let pdf: Vec<u8> = typeset::pdf(document)?;
//! assert!(pdf.starts_with(b"%PDF"));
//! # Ok(()) }
//! ```

use std::sync::OnceLock;

use report::document::{Block, Document, Inline};
use typst::{
    Library, LibraryExt, World,
    diag::{FileError, FileResult},
    foundations::{Bytes, Datetime},
    syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot},
    text::{Font, FontBook},
    utils::LazyHash,
};
use typst_layout::PagedDocument;

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
#[error("cannot typeset the report: {0}")]
pub struct TypesetError(String);

/// The report as a PDF file.
pub fn pdf(document: &Document) -> Result<Vec<u8>, TypesetError> {
    let world = ReportWorld::new(markup(document));
    let compiled = typst::compile::<PagedDocument>(&world).output.map_err(|errors| {
        TypesetError(errors.iter().map(|error| error.message.to_string()).collect::<Vec<_>>().join("; "))
    })?;
    typst_pdf::pdf(&compiled, &typst_pdf::PdfOptions::default()).map_err(|errors| {
        TypesetError(errors.iter().map(|error| error.message.to_string()).collect::<Vec<_>>().join("; "))
    })
}

/// The document as Typst markup. Every text goes in as a string literal (`#"..."`), so nothing
/// in the report's text can be read as markup.
pub fn markup(document: &Document) -> String {
    let mut source = String::from(
        "#set document(title: \"\")\n#set page(paper: \"a4\", margin: (x: 2.4cm, y: 2.5cm), numbering: \"1\")\n#set text(font: \"Libertinus Serif\", size: 11pt, lang: \"en\")\n#set par(justify: true, spacing: 0.9em)\n#set footnote.entry(separator: line(length: 30%, stroke: 0.5pt))\n",
    );
    source =
        source.replace("#set document(title: \"\")", &format!("#set document(title: {})", string(&document.title)));
    if let Some(symbol) = &document.symbol {
        source.push_str(&format!("#align(right)[#strong({})]\n\n", string(symbol)));
    }
    source.push_str(&format!(
        "#text(size: 16pt, weight: \"bold\")[#{}]\n\n#strong({})\n\n",
        string(&document.title),
        string(&document.subtitle)
    ));
    for block in &document.blocks {
        match block {
            Block::Heading { level, number, inlines } => {
                let size = match level {
                    1 => "13pt",
                    2 => "12pt",
                    _ => "11pt",
                };
                source.push_str(&format!("#block(above: 1.4em, below: 0.8em, sticky: true)[#text(size: {size}, weight: \"bold\")[#{}#h(0.6em){}]]\n\n", string(&format!("{number}.")), content(inlines, document)));
            }
            Block::Paragraph { number, inlines } => match number {
                Some(number) => source.push_str(&format!(
                    "#grid(columns: (2.2em, 1fr), [#{}], [{}])\n\n",
                    string(&format!("{number}.")),
                    content(inlines, document)
                )),
                None => source.push_str(&format!("#pad(left: 2.2em)[{}]\n\n", content(inlines, document))),
            },
        }
    }
    source
}

fn content(inlines: &[Inline], document: &Document) -> String {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) => format!("#{}", string(text)),
            Inline::FootnoteReference(n) => {
                let text = document
                    .footnotes
                    .iter()
                    .find(|footnote| footnote.number == *n)
                    .map_or("", |footnote| footnote.text.as_str());
                format!("#footnote[#{}]", string(text))
            }
        })
        .collect()
}

/// A Typst string literal.
fn string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The fonts shipped with Typst, read once.
fn fonts() -> &'static (LazyHash<FontBook>, Vec<Font>) {
    static FONTS: OnceLock<(LazyHash<FontBook>, Vec<Font>)> = OnceLock::new();
    FONTS.get_or_init(|| {
        let fonts: Vec<Font> = typst_assets::fonts().flat_map(|data| Font::iter(Bytes::new(data))).collect();
        (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
    })
}

fn library() -> &'static LazyHash<Library> {
    static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
}

/// What Typst may read while compiling: the one source file and the shipped fonts.
struct ReportWorld {
    main: Source,
}

impl ReportWorld {
    fn new(text: String) -> ReportWorld {
        let path = VirtualPath::new("/report.typ").expect("a valid path");
        ReportWorld { main: Source::new(FileId::new(RootedPath::new(VirtualRoot::Project, path)), text) }
    }
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &fonts().0
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() { Ok(self.main.clone()) } else { Err(FileError::AccessDenied) }
    }

    fn file(&self, _: FileId) -> FileResult<Bytes> {
        Err(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        fonts().1.get(index).cloned()
    }

    fn today(&self, _: Option<typst::foundations::Duration>) -> Option<Datetime> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_cannot_become_markup() {
        assert_eq!(string(r#"a "quoted" \ #set page"#), r#""a \"quoted\" \\ #set page""#);
    }
}
