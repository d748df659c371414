//! Typesets a compiled report as PDF: the document is written as Typst markup and laid out by
//! Typst's library with the fonts vawdb ships, so vawdb makes PDF files on any machine, with
//! no word processor or font installed.
//!
//! The PDF is laid out as a United Nations document in the report's language: the masthead
//! on the first page ("United Nations", the symbol, "General Assembly", the distribution
//! lines, the session and agenda item), the symbol in the running header of every later page,
//! page numbers at the foot, headings that are the PDF's bookmarks, and right-to-left
//! layout in Arabic. The PDF is tagged, its language and title set.
//!
//! Fonts: Typst's own (Libertinus Serif for Latin, Greek and Cyrillic), Noto Naskh Arabic, and
//! a cut of Noto Serif CJK SC holding the GB 2312 hanzi and every Chinese character of the
//! shipped data (see `fonts/README.md`).
//!
//! ```no_run
//! # fn example(document: &report::document::Document) -> Result<(), typeset::TypesetError> {
//! let pdf: Vec<u8> = typeset::pdf(document)?;
//! assert!(pdf.starts_with(b"%PDF"));
//! # Ok(()) }
//! ```

use std::{collections::BTreeSet, sync::OnceLock};

use domain::language::Language;
use report::document::{Block, Document, Inline};
use typst::{
    Library, LibraryExt, World, WorldExt,
    diag::{FileError, FileResult, SourceDiagnostic},
    foundations::{Bytes, Datetime},
    layout::{Frame, FrameItem},
    syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot},
    text::{Font, FontBook},
    utils::LazyHash,
};
use typst_layout::PagedDocument;

/// The fonts vawdb ships beside Typst's own, for Arabic and Chinese.
const SHIPPED_FONTS: [&[u8]; 4] = [
    include_bytes!("../fonts/NotoNaskhArabic-Regular.ttf"),
    include_bytes!("../fonts/NotoNaskhArabic-Bold.ttf"),
    include_bytes!("../fonts/NotoSerifCJKsc-Regular.subset.otf"),
    include_bytes!("../fonts/NotoSerifCJKsc-Bold.subset.otf"),
];

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
#[error("cannot typeset the report: {0}")]
pub struct TypesetError(String);

/// A typeset report: the PDF file and what Typst noticed on the way.
#[derive(Debug, Clone)]
pub struct Typeset {
    pub pdf: Vec<u8>,
    /// Whether the file conforms to PDF/UA-1 (accessible PDF), as Typst checks it. Every PDF
    /// is tagged; one Typst finds short of PDF/UA-1 says why among the warnings.
    pub pdf_ua: bool,
    /// Typst's warnings, such as a font family it does not know.
    pub warnings: Vec<String>,
    /// The characters no shipped font has, printed as empty boxes: a State name in a script
    /// the fonts do not cover, or a rare hanzi outside the Chinese font's cut.
    pub missing_characters: BTreeSet<char>,
}

/// The report as a PDF file.
pub fn pdf(document: &Document) -> Result<Vec<u8>, TypesetError> {
    typeset(document).map(|typeset| typeset.pdf)
}

/// The report as a PDF file, with Typst's warnings and the characters no font could print.
pub fn typeset(document: &Document) -> Result<Typeset, TypesetError> {
    let world = ReportWorld::new(markup(document));
    let compiled = typst::compile::<PagedDocument>(&world);
    let mut warnings: Vec<String> = compiled.warnings.iter().map(|warning| warning.message.to_string()).collect();
    let paged = compiled.output.map_err(|errors| {
        TypesetError(
            errors
                .iter()
                .map(|error| match world.range(error.span) {
                    // A fault of the markup written here, not of the report: say where.
                    Some(range) => format!(
                        "{} (markup line {})",
                        error.message,
                        world.main.text()[..range.start].lines().count().max(1)
                    ),
                    None => error.message.to_string(),
                })
                .collect::<Vec<_>>()
                .join("; "),
        )
    })?;
    let mut missing_characters = BTreeSet::new();
    for page in paged.pages() {
        collect_missing(&page.frame, &mut missing_characters);
    }
    // Tagged, and PDF/UA-1 where Typst finds the document conforms (a title, a language,
    // every heading named, no empty glyph box); else a tagged PDF all the same, and why not.
    let tagged = || typst_pdf::PdfOptions { tagged: true, ..typst_pdf::PdfOptions::default() };
    let refusal = match typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::Ua_1]) {
        Ok(standards) => match typst_pdf::pdf(&paged, &typst_pdf::PdfOptions { standards, ..tagged() }) {
            Ok(pdf) => return Ok(Typeset { pdf, pdf_ua: true, warnings, missing_characters }),
            Err(errors) => messages(&errors),
        },
        Err(error) => error.message().to_string(),
    };
    warnings.push(format!("the PDF does not conform to PDF/UA-1: {refusal}"));
    let pdf = typst_pdf::pdf(&paged, &tagged()).map_err(|errors| TypesetError(messages(&errors)))?;
    Ok(Typeset { pdf, pdf_ua: false, warnings, missing_characters })
}

fn messages(errors: &[SourceDiagnostic]) -> String {
    errors.iter().map(|error| error.message.to_string()).collect::<Vec<_>>().join("; ")
}

/// The characters shaped as glyph 0 (".notdef", an empty box) anywhere in `frame`.
fn collect_missing(frame: &Frame, missing: &mut BTreeSet<char>) {
    for (_, item) in frame.items() {
        match item {
            FrameItem::Group(group) => collect_missing(&group.frame, missing),
            FrameItem::Text(text) => {
                for glyph in text.glyphs.iter().filter(|glyph| glyph.id == 0) {
                    let characters = text.text.get(glyph.range()).unwrap_or_default();
                    missing.extend(characters.chars().filter(|c| !c.is_whitespace()));
                }
            }
            _ => {}
        }
    }
}

/// The fonts for Latin script first: for the symbol, page numbers and the distribution lines,
/// which stay in English (and in figures from the Latin font) in every language.
const LATIN_FONTS: &str = "(\"Libertinus Serif\", \"Noto Naskh Arabic\", \"Noto Serif CJK SC\")";

/// How a United Nations document in one language is set.
struct Style {
    /// The `text` settings of the body: language, region, direction and font list.
    text: String,
    /// The body's size in points; headings, title and masthead are sized from it.
    size: f64,
    /// The width of the column holding the paragraph numbers.
    number_column: &'static str,
    /// How footnote references are numbered: "1" or, in Arabic, "(1)".
    footnote_numbering: &'static str,
    /// The space between the lines of headings, the title and the masthead.
    leading: &'static str,
    /// The space between the lines of paragraphs.
    body_leading: &'static str,
}

impl Style {
    fn of(language: Language) -> Style {
        match language {
            // Naskh reads small beside Latin type of the same size.
            Language::Arabic => Style {
                text: "lang: \"ar\", dir: rtl, font: (\"Noto Naskh Arabic\", \"Libertinus Serif\", \"Noto Serif CJK SC\")"
                    .to_owned(),
                size: 13.0,
                number_column: "2.6em",
                footnote_numbering: "(1)",
                leading: "0.75em",
                body_leading: "0.7em",
            },
            // Han from the CJK font, Latin letters and figures from Libertinus; the
            // punctuation both have (quotation marks, dashes) from the CJK font.
            Language::Chinese => Style {
                text: "lang: \"zh\", region: \"CN\", dir: ltr, font: ((name: \"Libertinus Serif\", covers: \"latin-in-cjk\"), \"Noto Serif CJK SC\", \"Noto Naskh Arabic\")".to_owned(),
                size: 11.0,
                number_column: "2.2em",
                footnote_numbering: "1",
                leading: "0.8em",
                body_leading: "0.9em",
            },
            other => Style {
                text: format!("lang: \"{}\", dir: ltr, font: {LATIN_FONTS}", other.code()),
                size: 11.0,
                number_column: "2.2em",
                footnote_numbering: "1",
                leading: "0.6em",
                body_leading: "0.65em",
            },
        }
    }

    /// A size `scale` times the body's, in points.
    fn pt(&self, scale: f64) -> String {
        format!("{:.2}pt", self.size * scale)
    }
}

/// The document as Typst markup. Every text goes in as a string literal (`#"..."`), so nothing
/// in the report's text can be read as markup.
pub fn markup(document: &Document) -> String {
    let language = document.language;
    let style = Style::of(language);
    let mut source = String::new();
    let date = document.masthead.issued_on.and_then(|date| {
        let iso = date.to_string();
        let mut parts = iso.split('-').map(str::parse::<u32>);
        match (parts.next(), parts.next(), parts.next()) {
            (Some(Ok(year)), Some(Ok(month)), Some(Ok(day))) => {
                Some(format!("datetime(year: {year}, month: {month}, day: {day})"))
            }
            _ => None,
        }
    });
    source.push_str(&format!(
        "#set document(title: {}, date: {})\n",
        string(&document.title),
        date.as_deref().unwrap_or("none")
    ));
    source.push_str(&format!("#set text({}, size: {})\n", style.text, style.pt(1.0)));
    source.push_str(&format!("#set par(justify: true, leading: {}, spacing: 0.9em)\n", style.body_leading));
    source.push_str(&format!(
        "#set footnote(numbering: \"{}\")\n#set footnote.entry(separator: line(length: 30%, stroke: 0.5pt))\n",
        style.footnote_numbering
    ));
    // Sizes in points: Typst's own heading and title sizes are relative, and a relative size
    // set here would multiply them.
    source.push_str(&format!(
        "#show heading: set text(size: {}, weight: \"bold\")\n#show heading.where(level: 1): set text(size: {})\n",
        style.pt(1.0),
        style.pt(1.15)
    ));
    source.push_str(&format!(
        "#show heading: set block(above: 1.6em, below: 1em)\n#show heading: set par(justify: false, leading: {})\n",
        style.leading
    ));
    source.push_str(&format!(
        "#show title: set text(size: {}, weight: \"bold\")\n#show title: set par(justify: false, leading: {})\n#show title: set block(above: 0pt, below: 0.7em)\n",
        style.pt(1.55),
        style.leading
    ));
    source.push_str(&page_setup(document));
    source.push_str(&masthead(document, &style));
    for block in &document.blocks {
        match block {
            Block::Heading { level, number, inlines } => {
                let label = document.heading_label(number);
                let label = if language == Language::Arabic {
                    // "أولا - مقدمة": the label runs into the heading's words.
                    format!("#{}", string(&format!("{label} ")))
                } else {
                    format!("#box(width: {})[#{}]", style.number_column, string(&format!("{label} ")))
                };
                source.push_str(&format!(
                    "#heading(level: {level}, numbering: none)[{label}{}]\n\n",
                    content(inlines, document, Place::Heading)
                ));
            }
            Block::Paragraph { number, inlines } => {
                let label = number.map(|number| document.paragraph_label(number)).unwrap_or_default();
                source.push_str(&format!(
                    "#grid(columns: ({}, 1fr), [#{}], [{}])\n\n",
                    style.number_column,
                    string(&label),
                    content(inlines, document, Place::Paragraph)
                ));
            }
        }
    }
    source
}

/// The page: A4, the symbol in the running header of every page after the first and the
/// page number at its foot, both at the outer edge: right on odd pages and left on even ones,
/// mirrored in Arabic, whose documents open from the other side. The job number goes at the
/// foot of the first page, on the left as in every language's documents.
fn page_setup(document: &Document) -> String {
    let symbol = document.symbol.as_deref().map_or_else(|| "none".to_owned(), string);
    let job_number = document.masthead.job_number.as_deref().map_or_else(|| "none".to_owned(), string);
    let (odd, even) = if document.language.is_right_to_left() { ("left", "right") } else { ("right", "left") };
    format!(
        "#let symbol = {symbol}
#let job-number = {job_number}
#let outer(number) = if calc.odd(number) {{ {odd} }} else {{ {even} }}
#set page(paper: \"a4\", margin: (x: 2.4cm, top: 2.6cm, bottom: 2.5cm),
  header: context {{
    let number = here().page()
    if number > 1 and symbol != none {{
      set text(size: 9pt, weight: \"bold\", font: {LATIN_FONTS})
      set par(spacing: 0.3em)
      align(outer(number), symbol)
      line(length: 100%, stroke: 0.5pt)
    }}
  }},
  footer: context {{
    let number = here().page()
    set text(size: 9pt, font: {LATIN_FONTS})
    if number == 1 {{
      if job-number != none {{ align(left, text(dir: ltr, job-number)) }}
    }} else {{
      align(outer(number), strong(counter(page).display(\"1\")))
    }}
  }},
)
"
    )
}

/// The head of the first page, as United Nations documents lay it out:
///
/// ```text
/// United Nations                                              A/64/152
/// ────────────────────────────────────────────────────────────────────
/// General Assembly                            Distr.: General
///                                             16 July 2009
///                                             Original: English
/// ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
/// Sixty-fourth session
/// Item 63 of the preliminary list*
/// Advancement of women
///
/// Violence against women migrant workers
/// Report of the Secretary-General
/// ```
///
/// In Arabic the whole is mirrored: the organization and organ on the right, the symbol and
/// the distribution lines (in English, left to right) on the left. The agenda item's
/// asterisk is a footnote at the foot of the page, outside the numbered footnotes.
fn masthead(document: &Document, style: &Style) -> String {
    let masthead = &document.masthead;
    let mut source = String::from("#block(width: 100%)[\n#set par(justify: false)\n");
    source.push_str(&format!("#set par(leading: {})\n", style.leading));
    let symbol = document.symbol.as_deref().map_or_else(String::new, |symbol| {
        format!("text(size: 20pt, weight: \"bold\", dir: ltr, font: {LATIN_FONTS}, {})", string(symbol))
    });
    source.push_str(&format!(
        "#grid(columns: (1fr, auto), align: (start + bottom, end + bottom), column-gutter: 1em, text(size: {}, {}), [#{}])\n",
        style.pt(0.95),
        string(&masthead.organization),
        if symbol.is_empty() { "none".to_owned() } else { symbol }
    ));
    source.push_str("#v(-0.35em)\n#line(length: 100%, stroke: 0.75pt)\n#v(-0.2em)\n");
    let distribution = masthead.distribution.iter().map(|line| format!("#{}", string(line))).collect::<Vec<_>>();
    source.push_str(&format!(
        "#grid(columns: (1fr, 14em), align: (start + horizon, start + top), column-gutter: 1em, text(size: 20pt, weight: \"bold\", {}), [#set text(size: 10pt, dir: ltr, font: {LATIN_FONTS})\n#set par(leading: 0.45em)\n{}])\n",
        string(&masthead.organ),
        distribution.join("#linebreak()")
    ));
    source.push_str("#v(-0.1em)\n#line(length: 100%, stroke: 2.5pt)\n");
    let mut lines = Vec::new();
    if let Some(session) = &masthead.session {
        lines.push(format!("#{}", string(session)));
    }
    if let Some(item) = &masthead.agenda_item {
        match &masthead.agenda_footnote {
            Some(note) => {
                // The asterisk stands where the masthead puts it: at the end in most languages,
                // after the list's name in Chinese ("初步清单*项目63").
                let (before, after) = item.split_once('*').unwrap_or((item, ""));
                let note = note.strip_prefix('*').unwrap_or(note).trim_start();
                lines.push(format!(
                    // The asterisk at full size: it sits high of itself, and a superscript one
                    // is hardly seen.
                    "#[#set super(typographic: false, size: 1em, baseline: 0pt)\n#{}#footnote(numbering: \"*\")[#{}]#{}]#counter(footnote).update(0)",
                    string(before),
                    string(note),
                    string(after)
                ));
            }
            None => lines.push(format!("#{}", string(item))),
        }
    }
    if let Some(title) = &masthead.agenda_title {
        lines.push(format!("#strong({})", string(title)));
    }
    if !lines.is_empty() {
        source.push_str(&format!(
            "#block(width: 60%, above: 0.8em)[#set text(size: {})\n{}]\n",
            style.pt(0.9),
            lines.join("#linebreak()")
        ));
    }
    source.push_str("]\n");
    source.push_str("#v(2.5em)\n#title()\n");
    source.push_str(&format!(
        "#block(above: 0.7em, below: 2.2em)[#text(size: {}, weight: \"bold\", {})]\n\n",
        style.pt(1.25),
        string(&document.subtitle)
    ));
    source
}

/// Where inlines are set.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Heading,
    Paragraph,
}

fn content(inlines: &[Inline], document: &Document, place: Place) -> String {
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
                // A heading's bookmark is the plain text of its body, footnotes included;
                // a footnote made in a `context` block is out of that text's reach.
                match place {
                    Place::Heading => format!("#context footnote[#{}]", string(text)),
                    Place::Paragraph => format!("#footnote[#{}]", string(text)),
                }
            }
        })
        .collect()
}

/// A Typst string literal.
fn string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Typst's fonts and the shipped ones, read once.
fn fonts() -> &'static (LazyHash<FontBook>, Vec<Font>) {
    static FONTS: OnceLock<(LazyHash<FontBook>, Vec<Font>)> = OnceLock::new();
    FONTS.get_or_init(|| {
        let fonts: Vec<Font> =
            typst_assets::fonts().chain(SHIPPED_FONTS).flat_map(|data| Font::iter(Bytes::new(data))).collect();
        (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
    })
}

fn library() -> &'static LazyHash<Library> {
    static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
}

/// What Typst may read while compiling: the one source file and the fonts.
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
