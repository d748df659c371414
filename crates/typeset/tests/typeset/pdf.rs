//! Each language's PDF: masthead, running header, page numbers, bookmarks, language, fonts.

use domain::language::Language;
use report::document::{Block, Document, Inline};

use crate::support::{Typeset, Word, bookmarks, info, page_text, squeezed, structure, typeset, words, write_pdf};

/// The checks every language's PDF passes, `state` being a State's name in the language
/// (the demo cycle's reply from Thailand), to be found in the text read back.
fn check(language: Language, state: &str) {
    let Typeset { document, typeset, path } = typeset(language);
    let path = path.as_path();
    assert!(typeset.warnings.is_empty(), "Typst warned: {:?}", typeset.warnings);
    assert!(
        typeset.missing_characters.is_empty(),
        "no font has these characters, printed as empty boxes: {:?}",
        typeset.missing_characters
    );
    assert!(typeset.pdf_ua, "not PDF/UA-1");
    assert!(String::from_utf8_lossy(&typeset.pdf).contains("pdfuaid:part"), "the metadata claim no PDF/UA part");

    let first = squeezed(&page_text(path, 1));
    let masthead = &document.masthead;
    for text in
        [&masthead.organization, &masthead.organ, &masthead.distribution[0], &document.title, &document.subtitle]
    {
        assert!(first.contains(&squeezed(text)), "page 1 has no {text:?}:\n{}", page_text(path, 1));
    }
    let symbol = document.symbol.as_deref().unwrap();
    assert!(first.contains(symbol), "page 1 has no symbol");
    for line in masthead.session.iter().chain(&masthead.agenda_item).chain(&masthead.agenda_title) {
        assert!(first.contains(&squeezed(line)), "page 1 has no {line:?}");
    }
    // "* A/64/50.": the asterisk is the footnote's mark, set apart from the note's text; in
    // Arabic the full stop ends the line on the left, before the symbol in visual order.
    let note = masthead.agenda_footnote.as_deref().unwrap().trim_start_matches('*').trim().trim_end_matches('.');
    assert!(first.contains(&squeezed(note)), "page 1 has no agenda footnote {note:?}");

    let second = page_text(path, 2);
    let mut lines = second.lines().map(str::trim).filter(|line| !line.is_empty());
    assert_eq!(lines.next(), Some(symbol), "page 2's running header is not the symbol:\n{second}");
    assert_eq!(lines.next_back(), Some("2"), "page 2's foot is not its number:\n{second}");

    let all = squeezed(&page_text_all(path));
    assert!(all.contains(&squeezed(state)), "the PDF never names {state}");

    let headings = headings(document);
    let marks = bookmarks(path);
    assert_eq!(marks.len(), headings.len(), "bookmarks {marks:?} for headings {headings:?}");
    for (mark, heading) in marks.iter().zip(&headings) {
        // The label ("I.", "أولا -") and the words, and nothing else: no footnote's text.
        assert!(squeezed(mark).ends_with(&squeezed(heading)), "bookmark {mark:?} for heading {heading:?}");
    }
    assert!(
        squeezed(&marks[0]).contains(&squeezed(&headings[0])),
        "first bookmark {:?} is not {:?}",
        marks[0],
        headings[0]
    );

    let info = info(path);
    assert!(info.lines().any(|line| line.starts_with("Tagged:") && line.ends_with("yes")), "not tagged:\n{info}");
    assert!(
        info.lines().any(|line| line.starts_with("Title:") && line.contains(document.title.as_str())),
        "the title is not the file's title:\n{info}"
    );
    assert!(!info.lines().any(|line| line.starts_with("Author:")), "the file names an author:\n{info}");
    assert_eq!(lang_of(&typeset.pdf).as_deref(), Some(language.code()), "the file's /Lang");
    let tags = structure(path);
    assert!(tags.contains("H1"), "no level-1 heading tags:\n{tags}");
}

fn page_text_all(path: &std::path::Path) -> String {
    (1..=pages(path)).map(|page| page_text(path, page)).collect()
}

fn pages(path: &std::path::Path) -> u32 {
    info(path)
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|count| count.trim().parse().ok())
        .expect("pdfinfo gives the page count")
}

/// The headings' words, in order, without their footnotes' numbers.
fn headings(document: &Document) -> Vec<String> {
    document
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Heading { inlines, .. } => Some(
                inlines
                    .iter()
                    .filter_map(|inline| match inline {
                        Inline::Text(text) => Some(text.as_str()),
                        Inline::FootnoteReference(_) => None,
                    })
                    .collect(),
            ),
            Block::Paragraph { .. } => None,
        })
        .collect()
}

/// The language the file's catalogue declares (`/Lang (en)`), its primary subtag.
fn lang_of(pdf: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(pdf);
    let catalog = &text[text.find("/Type/Catalog").or_else(|| text.find("/Type /Catalog"))?..];
    let catalog = &catalog[..catalog.find("endobj")?];
    let start = catalog.find("/Lang")? + "/Lang".len();
    let value = catalog[start..].trim_start().strip_prefix('(')?;
    let value = &value[..value.find(')')?];
    Some(value.split('-').next()?.to_owned())
}

#[test]
fn the_english_pdf_is_a_united_nations_document() {
    check(Language::English, "Thailand");
}

#[test]
fn the_arabic_pdf_is_a_united_nations_document() {
    check(Language::Arabic, "تايلند");
}

#[test]
fn the_chinese_pdf_is_a_united_nations_document() {
    check(Language::Chinese, "泰国");
}

#[test]
fn the_french_pdf_is_a_united_nations_document() {
    check(Language::French, "Thaïlande");
}

#[test]
fn the_russian_pdf_is_a_united_nations_document() {
    check(Language::Russian, "Таиланд");
}

#[test]
fn the_spanish_pdf_is_a_united_nations_document() {
    check(Language::Spanish, "Tailandia");
}

/// The first word on a page reading `text`.
fn word(words: &[Word], text: &str) -> Word {
    words.iter().find(|word| word.text == text).unwrap_or_else(|| panic!("no word {text:?}")).clone()
}

#[test]
fn the_arabic_pdf_is_laid_out_right_to_left() {
    for language in [Language::Arabic, Language::English] {
        let rtl = language == Language::Arabic;
        let path = &typeset(language).path;
        let (width, words) = words(path, 1);
        let outer = |word: &Word| if word.x_min > width / 2.0 { "right" } else { "left" };
        let (start, end) = if rtl { ("right", "left") } else { ("left", "right") };
        // Page 1's first line: "United Nations" on the start side, the symbol on the other.
        let symbol = word(&words, "A/64/152");
        let organization: Vec<&Word> =
            words.iter().filter(|word| word.text != symbol.text && (word.y_max - symbol.y_max).abs() < 6.0).collect();
        assert!(!organization.is_empty(), "{language:?}: nothing beside the symbol");
        assert_eq!(outer(&symbol), end, "{language:?}: the symbol");
        assert!(organization.iter().all(|word| outer(word) == start), "{language:?}: the organization");
        // The distribution lines, in English, on the symbol's side, left-aligned.
        let distribution = word(&words, "Distr.:");
        assert_eq!(outer(&distribution), end, "{language:?}: the distribution lines");
        // Paragraph 1's number ("1." or "1 -") in the start margin's column.
        let number = words
            .iter()
            .find(|word| word.text == "1" || word.text == "1.")
            .unwrap_or_else(|| panic!("{language:?}: no paragraph number 1"));
        let in_column = if rtl { number.x_max > width - 68.0 - 1.0 } else { number.x_min < 68.0 + 1.0 };
        assert!(in_column, "{language:?}: paragraph 1's number is not at the {start} margin: {number:?}");

        // The running header and the page number at the outer edge: in English right on odd
        // pages, left on even; mirrored in Arabic.
        for page in [2, 3] {
            let (width, words) = crate::support::words(path, page);
            let outer = |word: &Word| if word.x_min > width / 2.0 { "right" } else { "left" };
            let odd_side = if rtl { "left" } else { "right" };
            let even_side = if rtl { "right" } else { "left" };
            let side = if page % 2 == 1 { odd_side } else { even_side };
            let header = words.iter().min_by(|a, b| a.y_min.total_cmp(&b.y_min)).unwrap();
            assert_eq!(header.text, "A/64/152", "{language:?} page {page}: the header");
            assert_eq!(outer(header), side, "{language:?} page {page}: the header's side");
            let footer = words.iter().max_by(|a, b| a.y_min.total_cmp(&b.y_min)).unwrap();
            assert_eq!(footer.text, page.to_string(), "{language:?} page {page}: the foot");
            assert_eq!(outer(footer), side, "{language:?} page {page}: the page number's side");
        }
    }
}

#[test]
fn a_character_no_font_has_is_reported_and_the_pdf_still_made() {
    let mut document = typeset(Language::English).document.clone();
    document
        .blocks
        .push(Block::Paragraph {
            number: Some(99), inlines: vec![Inline::Text("Bangkok (กรุงเทพฯ)".to_owned())]
        });
    let typeset = typeset::typeset(&document).unwrap();
    assert!(typeset.missing_characters.contains(&'ก'), "{:?}", typeset.missing_characters);
    assert!(!typeset.missing_characters.contains(&'B'));
    assert!(!typeset.pdf_ua, "a PDF with empty glyph boxes is not PDF/UA-1");
    assert!(typeset.warnings.iter().any(|warning| warning.contains("PDF/UA-1")), "{:?}", typeset.warnings);
    assert!(typeset.pdf.starts_with(b"%PDF"));
}

#[test]
fn the_job_number_stands_at_the_foot_of_the_first_page_only() {
    let mut document = typeset(Language::English).document.clone();
    document.masthead.job_number = Some("09-41578 (E)".to_owned());
    let typeset = typeset::typeset(&document).unwrap();
    let path = write_pdf("typeset-job-number", &typeset.pdf);
    let (width, words) = words(&path, 1);
    let job = word(&words, "09-41578");
    assert!(words.iter().all(|word| word.y_min <= job.y_min + 1.0), "the job number is not the page's last line");
    assert!(job.x_min < width / 2.0, "the job number is not on the left");
    assert!(!page_text(&path, 2).contains("09-41578"), "the job number is on page 2");
}
