//! The report as a Word document laid out as a United Nations document: the masthead on the
//! first page (organization and symbol, organ and distribution, session and agenda item,
//! title), the agenda footnote and job number at the foot of that page, the symbol in a
//! running header and the page number in the footer of every later page (on the outer edge:
//! right on odd pages, left on even ones, mirrored in Arabic), headings with Word's heading styles and outline
//! levels, numbered paragraphs, and the footnotes as real Word footnotes. Every run carries
//! the document's language, so Word checks the spelling in it; an Arabic report runs right
//! to left.
//!
//! docx-rs writes the package. What it cannot write is patched into its XML parts before they
//! are zipped ([`patch`]): `w:lang` and `w:rtl` on runs, the language of the default run
//! properties, the default paragraph style, the footnote number in the footnote text
//! (`w:footnoteRef`), right-to-left tables and sections, and true core properties. Each patch
//! looks for what docx-rs writes and fails if it is not there, so a docx-rs upgrade that
//! changes its output is an error, not a silently wrong document.

use std::io::Cursor;

use docx_rs::{
    AlignmentType, BorderType, Docx, Footer, Footnote, Header, LineSpacing, LineSpacingType, PageMargin, PageNum,
    Paragraph, ParagraphBorder, ParagraphBorderPosition, ParagraphBorders, Run, RunFonts, SpecialIndentType, Style,
    StyleType, Tab, TabValueType, Table, TableCell, TableCellBorder, TableCellBorderPosition, TableCellBorders,
    TableCellMargins, TableLayoutType, TableRow, VAlignType, VertAlignType, WidthType, XMLDocx,
};
use domain::language::Language;

use crate::document::{Block, Document, Inline};

/// Why a DOCX file could not be written.
#[derive(Debug, thiserror::Error)]
#[error("cannot write the Word document: {0}")]
pub struct DocxError(String);

/// The font of Latin and Cyrillic text, as in every UN document.
const LATIN_FONT: &str = "Times New Roman";
/// The East Asian font of a Chinese document: 宋体, as UN Chinese documents use.
const CHINESE_FONT: &str = "SimSun";
/// The complex-script font of an Arabic document.
const ARABIC_FONT: &str = "Simplified Arabic";

/// A4, in twentieths of a point.
const PAGE_WIDTH: u32 = 11906;
const PAGE_HEIGHT: u32 = 16838;
const SIDE_MARGIN: i32 = 1247;
/// The width between the margins.
const TEXT_WIDTH: i32 = PAGE_WIDTH as i32 - 2 * SIDE_MARGIN;
/// The indent of body text from the margins (1.27 cm), where heading numbers hang.
const INDENT: i32 = 720;
/// Where the text of a numbered paragraph starts after its number (1.9 cm).
const NUMBER_TAB: i32 = 1077;

/// In Word, `left` and `right` alignment in a right-to-left paragraph mean its start and
/// its end (ECMA-376 1st edition; LibreOffice reads them so too), so these two mirror
/// themselves in an Arabic report.
const START: AlignmentType = AlignmentType::Left;
const END: AlignmentType = AlignmentType::Right;

/// Stands for a footnote's own number in its text while docx-rs builds it; [`patch`] makes
/// it a `w:footnoteRef`.
const FOOTNOTE_NUMBER_MARK: &str = "\u{F8F0}footnoteRef\u{F8F0}";

pub fn render(document: &Document) -> Result<Vec<u8>, DocxError> {
    let writer = Writer { document, locale: Locale(document.language) };
    let mut parts = writer.docx().build();
    patch(&mut parts, document)?;
    let mut bytes = Vec::new();
    parts.pack(Cursor::new(&mut bytes)).map_err(|error| DocxError(error.to_string()))?;
    Ok(bytes)
}

/// The document's language as Word needs it.
#[derive(Debug, Clone, Copy)]
struct Locale(Language);

impl Locale {
    /// The language tag Word checks spelling with: the code and the region of its
    /// dictionary, "en-GB" (UN documents spell as the Oxford English Dictionary does).
    fn tag(self) -> String {
        let region = match self.0 {
            Language::Arabic => "SA",
            Language::Chinese => "CN",
            Language::English => "GB",
            Language::French => "FR",
            Language::Russian => "RU",
            Language::Spanish => "ES",
        };
        format!("{}-{region}", self.0.code())
    }

    fn right_to_left(self) -> bool {
        self.0.is_right_to_left()
    }

    fn fonts(self) -> RunFonts {
        let east_asia = if self.0 == Language::Chinese { CHINESE_FONT } else { LATIN_FONT };
        let complex = if self.0 == Language::Arabic { ARABIC_FONT } else { LATIN_FONT };
        RunFonts::new().ascii(LATIN_FONT).hi_ansi(LATIN_FONT).east_asia(east_asia).cs(complex)
    }

    /// `w:lang` for text in `tag`, with the document's East Asian or right-to-left language,
    /// which Word reads for text in those scripts.
    fn lang_element(self, tag: &str) -> String {
        let mut element = format!("<w:lang w:val=\"{tag}\"");
        match self.0 {
            Language::Chinese => element.push_str(&format!(" w:eastAsia=\"{}\"", self.tag())),
            Language::Arabic => element.push_str(&format!(" w:bidi=\"{}\"", self.tag())),
            _ => {}
        }
        element.push_str(" />");
        element
    }

    /// Whether a run's text is English standing in a report written in another script: the
    /// masthead's "Distr.: General", "Original: English" and date, which Arabic, Chinese and
    /// Russian documents keep in English, or a document symbol. It is checked as English and
    /// runs left to right.
    fn is_english_insert(self, text: &str) -> bool {
        let own_script: fn(char) -> bool = match self.0 {
            Language::Arabic => is_arabic,
            Language::Chinese => is_chinese,
            Language::Russian => is_cyrillic,
            _ => return false,
        };
        text.chars().any(|c| c.is_ascii_alphabetic()) && !text.chars().any(own_script)
    }

    /// What a run with this text gets in its properties.
    fn run_properties(self, text: &str) -> String {
        if self.is_english_insert(text) {
            self.lang_element("en-GB")
        } else if self.right_to_left() {
            format!("<w:rtl />{}", self.lang_element(&self.tag()))
        } else {
            self.lang_element(&self.tag())
        }
    }
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

fn is_chinese(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}')
}

/// Builds the docx-rs document.
struct Writer<'a> {
    document: &'a Document,
    locale: Locale,
}

impl Writer<'_> {
    fn docx(&self) -> Docx {
        let mut docx = Docx::new()
            .page_size(PAGE_WIDTH, PAGE_HEIGHT)
            .page_margin(
                PageMargin::new().top(1418).bottom(1418).left(SIDE_MARGIN).right(SIDE_MARGIN).header(709).footer(567),
            )
            .default_fonts(self.locale.fonts())
            .default_size(20)
            .default_line_spacing(LineSpacing::new().line(240).line_rule(LineSpacingType::AtLeast))
            .default_tab_stop(357);
        for style in styles() {
            docx = docx.add_style(style);
        }
        // A paragraph of a point before the masthead: LibreOffice puts a paragraph of a line
        // before a table that opens a document, which would push the masthead down.
        let spacer = self
            .paragraph("Normal")
            .size(2)
            .line_spacing(LineSpacing::new().line(20).line_rule(LineSpacingType::Exact).before(0).after(0));
        docx = docx.add_paragraph(spacer).add_table(self.masthead());
        for paragraph in self.front_matter() {
            docx = docx.add_paragraph(paragraph);
        }
        for block in &self.document.blocks {
            docx = docx.add_paragraph(self.block(block));
        }
        self.headers_and_footers(docx)
    }

    /// A paragraph in the document's direction.
    fn paragraph(&self, style: &str) -> Paragraph {
        let mut paragraph = Paragraph::new().style(style);
        if self.locale.right_to_left() {
            paragraph.property = paragraph.property.bidi(true);
        }
        paragraph
    }

    /// A paragraph holding one text, left to right if the text is English in a right-to-left
    /// report (the masthead's distribution lines).
    fn line(&self, style: &str, text: &str) -> Paragraph {
        let paragraph =
            if self.locale.is_english_insert(text) { Paragraph::new().style(style) } else { self.paragraph(style) };
        paragraph.add_run(Run::new().add_text(text))
    }

    /// The head of the first page, as UN documents lay it out:
    ///
    /// ```text
    /// United Nations                                                A/64/152
    /// ───────────────────────────────────────────────────────────────────────
    /// General Assembly                                  Distr.: General
    ///                                                   16 July 2009
    ///                                                   Original: English
    /// ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
    /// ```
    ///
    /// A borderless table of three columns: the organization in the first, the symbol across
    /// the other two; the organ across the first two and the distribution lines in the third.
    /// A thin rule under the first row, a thick one under the second. In a right-to-left
    /// report the columns run from the right (`w:bidiVisual`).
    fn masthead(&self) -> Table {
        let masthead = &self.document.masthead;
        let width = TEXT_WIDTH as usize;
        // The organization's column, then the organ's (the symbol spans both), then the
        // distribution lines' 5 cm.
        let grid = [width / 3, width - width / 3 - 2835, 2835];
        let first_row = TableRow::new(vec![
            cell(grid[0], rule(4)).vertical_align(VAlignType::Bottom).add_paragraph(
                self.paragraph("Normal")
                    .line_spacing(LineSpacing::new().after(40))
                    .add_run(Run::new().add_text(&masthead.organization)),
            ),
            cell(grid[1] + grid[2], rule(4)).grid_span(2).vertical_align(VAlignType::Bottom).add_paragraph(
                self.paragraph("Normal")
                    .align(END)
                    .line_spacing(LineSpacing::new().after(40))
                    .add_run(Run::new().add_text(self.document.symbol.as_deref().unwrap_or_default()).bold().size(40)),
            ),
        ]);
        let mut distribution = cell(grid[2], rule(24)).vertical_align(VAlignType::Top);
        for (index, text) in masthead.distribution.iter().enumerate() {
            let before = if index == 0 { 160 } else { 0 };
            let after = if index + 1 == masthead.distribution.len() { 160 } else { 0 };
            distribution = distribution
                .add_paragraph(self.line("Normal", text).line_spacing(LineSpacing::new().before(before).after(after)));
        }
        if masthead.distribution.is_empty() {
            distribution = distribution.add_paragraph(self.paragraph("Normal"));
        }
        let second_row = TableRow::new(vec![
            cell(grid[0] + grid[1], rule(24)).grid_span(2).vertical_align(VAlignType::Center).add_paragraph(
                self.paragraph("Normal")
                    .indent(None, None, Some(170), None)
                    .line_spacing(LineSpacing::new().before(120).after(120))
                    .add_run(Run::new().add_text(&masthead.organ).bold().size(56)),
            ),
            distribution,
        ]);
        Table::without_borders(vec![first_row, second_row])
            .set_grid(grid.to_vec())
            .width(width, WidthType::Dxa)
            .layout(TableLayoutType::Fixed)
            .margins(TableCellMargins::new().margin(0, 0, 0, 0))
    }

    /// Session, agenda item and agenda title under the masthead, then the title and the
    /// subtitle.
    fn front_matter(&self) -> Vec<Paragraph> {
        let masthead = &self.document.masthead;
        let mut paragraphs = Vec::new();
        let lines = [(&masthead.session, false), (&masthead.agenda_item, false), (&masthead.agenda_title, true)];
        for (index, (text, bold)) in lines.into_iter().enumerate() {
            let Some(text) = text else { continue };
            let run = Run::new().add_text(text);
            let run = if bold { run.bold() } else { run };
            let before = if index == 0 { 60 } else { 0 };
            paragraphs.push(self.paragraph("Normal").line_spacing(LineSpacing::new().before(before)).add_run(run));
        }
        paragraphs.push(self.paragraph("Title").add_run(Run::new().add_text(&self.document.title)));
        paragraphs.push(self.paragraph("Subtitle").add_run(Run::new().add_text(&self.document.subtitle)));
        paragraphs
    }

    fn block(&self, block: &Block) -> Paragraph {
        match block {
            Block::Heading { level, number, inlines } => {
                let level = (*level).clamp(1, 3);
                let number = self.document.heading_label(number);
                let mut heading = self.paragraph(&format!("Heading{level}"));
                if let Some(hanging) = wide_number_hanging(level, &number) {
                    heading =
                        heading.indent(Some(hanging), Some(SpecialIndentType::Hanging(hanging)), Some(INDENT), None);
                }
                self.add_inlines(heading.add_run(Run::new().add_text(number).add_tab()), inlines)
            }
            Block::Paragraph { number, inlines } => {
                let paragraph =
                    self.paragraph("Normal").align(AlignmentType::Both).line_spacing(LineSpacing::new().after(120));
                let paragraph = match number {
                    Some(number) => paragraph
                        .indent(Some(INDENT), None, Some(INDENT), None)
                        .add_tab(Tab::new().val(TabValueType::Left).pos(NUMBER_TAB as usize))
                        .add_run(Run::new().add_text(self.document.paragraph_label(*number)).add_tab()),
                    None => paragraph.indent(
                        Some(INDENT),
                        Some(SpecialIndentType::FirstLine(NUMBER_TAB - INDENT)),
                        Some(INDENT),
                        None,
                    ),
                };
                self.add_inlines(paragraph, inlines)
            }
        }
    }

    /// Adds the text and the footnotes (as Word footnotes holding their text) to a paragraph.
    fn add_inlines(&self, mut paragraph: Paragraph, inlines: &[Inline]) -> Paragraph {
        for inline in inlines {
            paragraph = match inline {
                Inline::Text(text) => paragraph.add_run(Run::new().add_text(text)),
                Inline::FootnoteReference(number) => {
                    let text = self
                        .document
                        .footnotes
                        .iter()
                        .find(|footnote| footnote.number == *number)
                        .map(|footnote| footnote.text.as_str())
                        .unwrap_or("");
                    let content = self
                        .paragraph("FootnoteText")
                        .add_run(Run::new().style("FootnoteReference").add_text(FOOTNOTE_NUMBER_MARK))
                        .add_run(Run::new().add_tab().add_text(text));
                    // The footnote's own number as its id: the same document gives the same
                    // file, and no two footnotes share an id (docx-rs's counter is global).
                    let footnote = Footnote { id: *number as usize, content: vec![content] };
                    paragraph.add_run(Run::new().add_footnote_reference(footnote))
                }
            };
        }
        paragraph
    }

    /// The first page has no running header; its footer holds the agenda footnote and the job
    /// number. Later pages have the symbol at the top and the page number at the foot, both
    /// on the outer edge of the page.
    fn headers_and_footers(&self, docx: Docx) -> Docx {
        let symbol = self.document.symbol.as_deref().unwrap_or_default();
        let running_header = |alignment: AlignmentType| {
            let mut paragraph = self.paragraph("Header").align(alignment).add_run(Run::new().add_text(symbol));
            if !symbol.is_empty() {
                paragraph.property = paragraph.property.set_borders(rule_under(4, 1));
            }
            Header::new().add_paragraph(paragraph)
        };
        let page_number = |alignment: AlignmentType| {
            Footer::new().add_paragraph(self.paragraph("Footer").align(alignment).add_page_num(PageNum::new()))
        };
        docx.title_pg()
            .first_header(Header::new().add_paragraph(self.paragraph("Header")))
            .header(running_header(END))
            .even_header(running_header(START))
            .first_footer(self.first_footer())
            .footer(page_number(END))
            .even_footer(page_number(START))
    }

    fn first_footer(&self) -> Footer {
        let masthead = &self.document.masthead;
        let mut footer = Footer::new();
        if let Some(note) = &masthead.agenda_footnote {
            // A short rule above the note, as above the footnotes of a page.
            let mut separator = self
                .paragraph("Footer")
                .size(2)
                .indent(None, None, Some(TEXT_WIDTH - TEXT_WIDTH / 4), None)
                .line_spacing(LineSpacing::new().line(60).line_rule(LineSpacingType::Exact).after(60));
            separator.property = separator.property.set_borders(rule_under(4, 0));
            let note = self.paragraph("FootnoteText").add_run(Run::new().add_text(note));
            footer = footer.add_paragraph(separator).add_paragraph(note);
        }
        if let Some(job_number) = &masthead.job_number {
            footer = footer.add_paragraph(
                self.paragraph("Footer")
                    .align(START)
                    .line_spacing(LineSpacing::new().before(120))
                    .add_run(Run::new().add_text(job_number)),
            );
        }
        if masthead.agenda_footnote.is_none() && masthead.job_number.is_none() {
            footer = footer.add_paragraph(self.paragraph("Footer"));
        }
        footer
    }
}

/// The hanging indent of a heading whose number is too wide for the usual 1.27 cm ("VIII.",
/// or an Arabic ordinal such as "ثانيا."), or `None` when it fits. Word would tab on to the
/// next tab stop, but LibreOffice sets the heading's text right against such a number.
fn wide_number_hanging(level: u8, number: &str) -> Option<i32> {
    let fits = if level == 1 { 4 } else { 6 };
    match number.chars().count() {
        length if length <= fits => None,
        length if length <= fits + 2 => Some(NUMBER_TAB),
        _ => Some(NUMBER_TAB + INDENT / 2),
    }
}

/// A masthead cell with no borders but a rule of `size` eighths of a point under it.
fn cell(width: usize, rule: TableCellBorder) -> TableCell {
    TableCell::new().width(width, WidthType::Dxa).set_borders(TableCellBorders::with_empty().set(rule))
}

/// A paragraph's only border: a rule of `size` eighths of a point, `space` points under its
/// text.
fn rule_under(size: usize, space: usize) -> ParagraphBorders {
    ParagraphBorders::with_empty().set(ParagraphBorder::new(ParagraphBorderPosition::Bottom).size(size).space(space))
}

fn rule(size: usize) -> TableCellBorder {
    TableCellBorder::new(TableCellBorderPosition::Bottom).border_type(BorderType::Single).size(size)
}

/// The paragraph and character styles: "Normal" (made the default in [`patch`]) for body
/// text, the masthead and the lists; headings 1 to 3 with outline levels 0 to 2, as UN
/// documents' HCh, H1 and H23; the title and subtitle; footnote text and reference; header
/// and footer.
fn styles() -> Vec<Style> {
    let paragraph = |id: &str, name: &str| {
        Style::new(id, StyleType::Paragraph).name(name).based_on("Normal").next("Normal").q_format(true)
    };
    let spacing = |before: u32, after: u32| LineSpacing::new().before(before).after(after);
    let heading = |level: usize, size: usize, before: u32| {
        let mut style = paragraph(&format!("Heading{level}"), &format!("heading {level}"))
            .size(size)
            .bold()
            .indent(Some(INDENT), Some(SpecialIndentType::Hanging(INDENT)), Some(INDENT), None)
            .line_spacing(spacing(before, 120))
            .outline_lvl(level - 1);
        style.paragraph_property = style.paragraph_property.keep_next(true).keep_lines(true);
        style
    };
    let mut title = paragraph("Title", "Title")
        .size(34)
        .bold()
        .indent(Some(INDENT), None, Some(INDENT), None)
        .line_spacing(spacing(720, 240));
    title.paragraph_property = title.paragraph_property.keep_next(true);
    let mut subtitle = paragraph("Subtitle", "Subtitle")
        .size(28)
        .bold()
        .indent(Some(INDENT), None, Some(INDENT), None)
        .line_spacing(spacing(0, 480));
    subtitle.paragraph_property = subtitle.paragraph_property.keep_next(true);
    let mut footnote_reference = Style::new("FootnoteReference", StyleType::Character).name("footnote reference");
    footnote_reference.run_property = footnote_reference.run_property.vert_align(VertAlignType::SuperScript);
    vec![
        title,
        subtitle,
        heading(1, 34, 360),
        heading(2, 24, 240),
        heading(3, 20, 240),
        paragraph("FootnoteText", "footnote text")
            .size(17)
            .indent(Some(NUMBER_TAB), Some(SpecialIndentType::Hanging(NUMBER_TAB - INDENT)), Some(INDENT), None)
            .line_spacing(LineSpacing::new().line(200).line_rule(LineSpacingType::AtLeast).after(40)),
        footnote_reference,
        paragraph("Header", "header").size(17).bold(),
        paragraph("Footer", "footer").size(17).bold(),
    ]
}

/// Writes into docx-rs's XML what it has no API for.
fn patch(parts: &mut XMLDocx, document: &Document) -> Result<(), DocxError> {
    let locale = Locale(document.language);
    edit(&mut parts.document, "word/document.xml", |xml| {
        let mut xml = mark_runs(xml, locale);
        if locale.right_to_left() {
            xml = replace_required(&xml, "<w:tblPr>", "<w:tblPr><w:bidiVisual />", "a table")?;
            xml = replace_required(&xml, "</w:sectPr>", "<w:bidi /></w:sectPr>", "a section")?;
        }
        Ok(xml)
    })?;
    edit(&mut parts.footnotes, "word/footnotes.xml", |xml| {
        let mark = format!("<w:t xml:space=\"preserve\">{FOOTNOTE_NUMBER_MARK}</w:t>");
        let xml = xml.replace(&mark, "<w:footnoteRef />");
        if xml.contains(FOOTNOTE_NUMBER_MARK) {
            return Err(DocxError("word/footnotes.xml: a footnote's number was not written as Word's".into()));
        }
        Ok(mark_runs(&with_footnote_separators(&xml, locale)?, locale))
    })?;
    edit(&mut parts.settings, "word/settings.xml", |xml| {
        // The separators, where Word's schema puts them: after the even and odd headers and
        // before the compatibility settings.
        let xml = replace_required(xml, "<w:evenAndOddHeaders />", "", "even and odd headers")?;
        replace_required(
            &xml,
            "<w:compat>",
            "<w:evenAndOddHeaders /><w:footnotePr><w:footnote w:id=\"-1\" /><w:footnote w:id=\"0\" /></w:footnotePr><w:compat>",
            "compatibility settings",
        )
    })?;
    for (index, part) in parts.headers.iter_mut().chain(parts.footers.iter_mut()).enumerate() {
        edit(part, &format!("header or footer {index}"), |xml| Ok(mark_runs(xml, locale)))?;
    }
    edit(&mut parts.styles, "word/styles.xml", |xml| {
        let xml = replace_required(
            xml,
            "<w:style w:type=\"paragraph\" w:styleId=\"Normal\">",
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">",
            "the Normal style",
        )?;
        let lang = locale.lang_element(&locale.tag());
        if xml.contains("<w:rPr /></w:rPrDefault>") {
            replace_required(&xml, "<w:rPr /></w:rPrDefault>", &format!("<w:rPr>{lang}</w:rPr></w:rPrDefault>"), "")
        } else {
            replace_required(
                &xml,
                "</w:rPr></w:rPrDefault>",
                &format!("{lang}</w:rPr></w:rPrDefault>"),
                "the default run properties",
            )
        }
    })?;
    parts.doc_props.core = core_properties(document).into_bytes();
    Ok(())
}

/// The rule above a page's footnotes and above those continued from the page before, as
/// the first two footnotes of every Word document. Without them LibreOffice draws no rule.
fn with_footnote_separators(xml: &str, locale: Locale) -> Result<String, DocxError> {
    let bidi = if locale.right_to_left() { "<w:bidi />" } else { "" };
    let separator = |kind: &str, id: i32, element: &str| {
        format!(
            r#"<w:footnote w:type="{kind}" w:id="{id}"><w:p><w:pPr>{bidi}<w:spacing w:after="0" w:line="240" w:lineRule="auto" /></w:pPr><w:r><w:{element} /></w:r></w:p></w:footnote>"#
        )
    };
    let separators =
        separator("separator", -1, "separator") + &separator("continuationSeparator", 0, "continuationSeparator");
    let start =
        xml.find("<w:footnotes ").ok_or_else(|| DocxError("word/footnotes.xml has no footnotes element".into()))?;
    let end = xml[start..]
        .find('>')
        .map(|end| start + end)
        .ok_or_else(|| DocxError("word/footnotes.xml is cut short".into()))?;
    if xml[..end].ends_with('/') {
        let open = xml[start..end].trim_end_matches('/').trim_end();
        return Ok(format!("{}{open}>{separators}</w:footnotes>{}", &xml[..start], &xml[end + 1..]));
    }
    Ok(format!("{}{separators}{}", &xml[..=end], &xml[end + 1..]))
}

fn edit(
    part: &mut Vec<u8>,
    name: &str,
    change: impl FnOnce(&str) -> Result<String, DocxError>,
) -> Result<(), DocxError> {
    let xml = std::str::from_utf8(part).map_err(|error| DocxError(format!("{name}: not UTF-8: {error}")))?;
    *part = change(xml)?.into_bytes();
    Ok(())
}

/// Replaces every `from`, which must be there.
fn replace_required(xml: &str, from: &str, to: &str, what: &str) -> Result<String, DocxError> {
    if !xml.contains(from) {
        return Err(DocxError(format!("docx-rs wrote no {what} where one was expected ({from})")));
    }
    Ok(xml.replace(from, to))
}

/// Gives every run (`w:r`) its language, and in a right-to-left report its direction, from
/// the text it holds ([`Locale::run_properties`]).
fn mark_runs(xml: &str, locale: Locale) -> String {
    const OPEN: &str = "<w:r>";
    const CLOSE: &str = "</w:r>";
    let mut result = String::with_capacity(xml.len() + xml.len() / 4);
    let mut rest = xml;
    while let Some(start) = rest.find(OPEN) {
        result.push_str(&rest[..start]);
        let end = rest[start..].find(CLOSE).map_or(rest.len(), |end| start + end + CLOSE.len());
        let run = &rest[start..end];
        let properties = locale.run_properties(&xml_text(run));
        if let Some(position) = run.find("<w:rPr />") {
            result.push_str(&run[..position]);
            result.push_str(&format!("<w:rPr>{properties}</w:rPr>"));
            result.push_str(&run[position + "<w:rPr />".len()..]);
        } else if let Some(position) = run.find("</w:rPr>") {
            result.push_str(&run[..position]);
            result.push_str(&properties);
            result.push_str(&run[position..]);
        } else {
            result.push_str(OPEN);
            result.push_str(&format!("<w:rPr>{properties}</w:rPr>"));
            result.push_str(&run[OPEN.len()..]);
        }
        rest = &rest[end..];
    }
    result.push_str(rest);
    result
}

/// docProps/core.xml, saying only what is true: the title, the subject, the symbol, the
/// language, the date of issue (left out when unknown rather than written as 1970), and
/// vawdb as the maker of the file.
fn core_properties(document: &Document) -> String {
    let mut xml = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#,
        r#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#,
        r#"xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
    ));
    xml.push_str(&format!("<dc:title>{}</dc:title>", escape(&document.title)));
    xml.push_str(&format!("<dc:subject>{}</dc:subject>", escape(&document.subtitle)));
    if let Some(symbol) = &document.symbol {
        xml.push_str(&format!("<dc:identifier>{}</dc:identifier>", escape(symbol)));
    }
    xml.push_str(&format!("<dc:language>{}</dc:language>", Locale(document.language).tag()));
    xml.push_str("<dc:creator>vawdb</dc:creator><cp:lastModifiedBy>vawdb</cp:lastModifiedBy>");
    if let Some(date) = document.masthead.issued_on {
        xml.push_str(&format!(
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</dcterms:modified>"#
        ));
    }
    xml.push_str("</cp:coreProperties>");
    xml
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
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
        } else if tag == "<w:tab />" || tag == "<w:tab/>" {
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
