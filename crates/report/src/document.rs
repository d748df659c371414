//! The compiled report as a document: a title, numbered headings and paragraphs, and
//! footnotes, built from the template's rendered text.
//!
//! The rendered text is read as blocks separated by blank lines. A block starting with `#`
//! is a heading of level 1 (I., II.), `##` level 2 (A., B.), `###` level 3 (1., 2.). Any
//! other block is a paragraph, numbered in one sequence through the whole report, except
//! sub-paragraphs starting "(a)", "(b)", ... which are not numbered.

use domain::{
    cycle::ReportingCycle,
    date::Date,
    language::Language,
    text::capitalize_first,
    un_style::{Gender, number_words_in},
};
use locale_format::LocaleFormat;
use serde::Serialize;

use crate::{
    lists::{LIST_END, LIST_START, ListLocation, ListRecord},
    masthead::FrontMatter,
};

pub(crate) const FOOTNOTE_START: char = '\u{E000}';
pub(crate) const FOOTNOTE_END: char = '\u{E001}';
pub(crate) const NUMBER_START: char = '\u{E002}';
pub(crate) const NUMBER_END: char = '\u{E003}';

/// A compiled report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Document {
    /// The language the report is written in: every text below is in it.
    pub language: Language,
    /// The document symbol, such as "A/64/152": the masthead shows it, and the running
    /// header of every page after the first.
    pub symbol: Option<String>,
    pub masthead: Masthead,
    /// "Violence against women migrant workers".
    pub title: String,
    /// "Report of the Secretary-General".
    pub subtitle: String,
    pub blocks: Vec<Block>,
    pub footnotes: Vec<Footnote>,
}

/// The head of the first page of a United Nations document, every text already in the
/// document's language, as the renderers lay it out:
///
/// ```text
/// United Nations                                               A/64/152
/// General Assembly                                 Distr.: General
///                                                  16 July 2009
///                                                  Original: English
/// Sixty-fourth session
/// Item 63 of the preliminary list*
/// Advancement of women
/// ...
/// * A/64/50.
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Masthead {
    /// "United Nations".
    pub organization: String,
    /// "General Assembly".
    pub organ: String,
    /// The lines beside the organ: "Distr.: General", the date, the language of this version
    /// where UN documents in it name it ("Russian"), and "Original: English".
    pub distribution: Vec<String>,
    /// "Sixty-fourth session".
    pub session: Option<String>,
    /// "Item 63 of the preliminary list*": with the asterisk when there is an
    /// `agenda_footnote`.
    pub agenda_item: Option<String>,
    /// "Advancement of women".
    pub agenda_title: Option<String>,
    /// "* A/64/50.": the note at the foot of the first page that the asterisk points to.
    pub agenda_footnote: Option<String>,
    /// The job number line at the foot of the first page, such as "09-41578 (E)", when the
    /// template gives one.
    pub job_number: Option<String>,
    /// The date the document is issued, for the file's own properties.
    pub issued_on: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    Heading { level: u8, number: String, inlines: Vec<Inline> },
    Paragraph { number: Option<u32>, inlines: Vec<Inline> },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Inline {
    Text(String),
    FootnoteReference(u32),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Footnote {
    pub number: u32,
    pub text: String,
}

impl Document {
    /// A paragraph's number as it stands before its text: "1.", and in Arabic "1 -".
    pub fn paragraph_label(&self, number: u32) -> String {
        if self.language == Language::Arabic { format!("{number} -") } else { format!("{number}.") }
    }

    /// A heading's number as it stands before the heading's text: "I.", "A.", "一.", and in
    /// Arabic "أولا -", "ألف -".
    pub fn heading_label(&self, number: &str) -> String {
        if self.language == Language::Arabic { format!("{number} -") } else { format!("{number}.") }
    }

    /// The report as plain text, paragraphs numbered, footnotes at the end: what a reader
    /// reads, for searching and comparing.
    pub fn plain_text(&self) -> String {
        let mut text = String::new();
        for block in &self.blocks {
            match block {
                Block::Heading { number, inlines, .. } => {
                    text.push_str(&format!("{} {}\n\n", self.heading_label(number), inline_text(inlines)));
                }
                Block::Paragraph { number, inlines } => {
                    if let Some(number) = number {
                        text.push_str(&format!("{} ", self.paragraph_label(*number)));
                    }
                    text.push_str(&inline_text(inlines));
                    text.push_str("\n\n");
                }
            }
        }
        for footnote in &self.footnotes {
            text.push_str(&format!("{} {}\n", footnote.number, footnote.text));
        }
        text
    }
}

/// Inlines as plain text, footnote references as their numbers.
pub fn inline_text(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(words) => words.clone(),
            Inline::FootnoteReference(number) => number.to_string(),
        })
        .collect()
}

pub(crate) fn build(
    rendered: &str,
    footnote_texts: &[String],
    cycle: &ReportingCycle,
    lists: &mut [ListRecord],
    language: Language,
    front: FrontMatter,
) -> Document {
    let spell_numbers = |text: &str| spell_numbers(text, language);
    let normalized = rendered.replace("\r\n", "\n");
    let mut blocks = Vec::new();
    let mut counters = [0_usize; 3];
    let mut paragraph = 0_u32;
    for block in normalized.split("\n\n").map(str::trim).filter(|block| !block.is_empty()) {
        let joined = block.lines().map(str::trim).collect::<Vec<_>>().join(" ");
        if let Some(rest) = joined.strip_prefix('#') {
            let extra = rest.chars().take_while(|c| *c == '#').count();
            let level = (1 + extra).min(3);
            counters[level - 1] += 1;
            for deeper in counters.iter_mut().skip(level) {
                *deeper = 0;
            }
            let number = heading_number(language, level, counters[level - 1]);
            let text = strip_list_markers(rest[extra..].trim(), lists, ListLocation::Elsewhere);
            blocks.push(Block::Heading {
                level: u8::try_from(level).unwrap_or(3),
                number,
                inlines: inlines(&spell_numbers(&text)),
            });
            continue;
        }
        let numbered = !is_sub_paragraph(&joined);
        let number = numbered.then(|| {
            paragraph += 1;
            paragraph
        });
        let location = number.map_or(ListLocation::Elsewhere, ListLocation::Paragraph);
        let text = spell_numbers(&strip_list_markers(&joined, lists, location));
        blocks.push(Block::Paragraph { number, inlines: inlines(&text) });
    }
    let footnotes = footnote_texts
        .iter()
        .enumerate()
        .map(|(index, text)| {
            let number = u32::try_from(index + 1).unwrap_or(u32::MAX);
            Footnote {
                number,
                text: spell_numbers(&strip_list_markers(text.trim(), lists, ListLocation::Footnote(number))),
            }
        })
        .collect();
    Document {
        language,
        symbol: cycle.symbol.clone(),
        masthead: front.masthead,
        title: front.title,
        subtitle: front.subtitle,
        blocks,
        footnotes,
    }
}

/// "(a) Protect all women ...": a lettered sub-paragraph, not numbered. English, Chinese and
/// Arabic documents letter them "(a)", "(أ)"; French, Spanish and Russian ones "a)", "а)".
fn is_sub_paragraph(text: &str) -> bool {
    let label = match text.strip_prefix('(') {
        Some(rest) => rest.split_once(')').map(|(label, _)| label),
        None => text.split_once(") ").map(|(label, _)| label),
    };
    // Arabic letters have no case; Latin and Cyrillic labels are lower case, so that
    // "(Belarus and Chile) reported" stays a paragraph.
    label.is_some_and(|label| {
        !label.is_empty()
            && label.chars().count() <= 4
            && label.chars().all(|c| c.is_alphabetic() && !c.is_uppercase())
            && !label.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    })
}

/// Records where each list stands and removes its marker.
fn strip_list_markers(text: &str, lists: &mut [ListRecord], location: ListLocation) -> String {
    let mut result = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(LIST_START) {
        result.push_str(&rest[..start]);
        let after = &rest[start + LIST_START.len_utf8()..];
        let end = after.find(LIST_END).unwrap_or(0);
        if let Ok(index) = after[..end].parse::<usize>()
            && let Some(list) = lists.get_mut(index)
        {
            list.location = location;
        }
        rest = &after[end + LIST_END.len_utf8()..];
        // A list in running text that opens a sentence opens with a capital: "The Republic of
        // Korea, ...", "L'Allemagne, ...".
        let before = result.trim_end_matches(|c: char| c.is_whitespace() || c == FOOTNOTE_END);
        if (before.is_empty() || before.ends_with(['.', '?', '!']))
            && let Some(first) = rest.chars().next()
        {
            result.extend(first.to_uppercase());
            rest = &rest[first.len_utf8()..];
        }
    }
    result.push_str(rest);
    result
}

/// The text the `number` filter leaves for a count, replaced by its words or figures once the
/// paragraph is whole and it is known whether the count opens a sentence.
pub(crate) fn count_marker(count: u64, gender: Gender) -> String {
    let gender = match gender {
        Gender::Masculine => "m",
        Gender::Feminine => "f",
    };
    format!("{NUMBER_START}{count}:{gender}{NUMBER_END}")
}

/// Writes each count from the `number` filter as UN documents in `language` write it. In
/// English, French and Spanish: in words at the start of a sentence ("Twenty-eight States
/// ...", "Vingt-huit États ..."), else words for one to nine and figures from 10. Chinese:
/// words for one to nine ("两个国家"), figures from 10. Arabic and Russian: figures.
fn spell_numbers(text: &str, language: Language) -> String {
    let mut result = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(NUMBER_START) {
        result.push_str(&rest[..start]);
        let after = &rest[start + NUMBER_START.len_utf8()..];
        let end = after.find(NUMBER_END).unwrap_or(after.len());
        let (count, gender) = after[..end].split_once(':').unwrap_or((&after[..end], "m"));
        let count: u64 = count.parse().unwrap_or(0);
        let gender = if gender == "f" { Gender::Feminine } else { Gender::Masculine };
        let opens_sentence = {
            let before = result.trim_end_matches(|c: char| c.is_whitespace() || c == FOOTNOTE_END);
            before.is_empty() || before.ends_with(['.', '?', '!', '。'])
        };
        let words = number_words_in(language, count, gender);
        match words {
            Some(words) if opens_sentence => result.push_str(&capitalize_first(&words)),
            Some(words) if count < 10 => result.push_str(&words),
            _ if language == Language::English => result.push_str(&count.to_string()),
            _ => result.push_str(&LocaleFormat::of(language).number(i64::try_from(count).unwrap_or(i64::MAX))),
        }
        rest = after.get(end + NUMBER_END.len_utf8()..).unwrap_or("");
    }
    result.push_str(rest);
    result
}

fn inlines(text: &str) -> Vec<Inline> {
    let mut inlines = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(FOOTNOTE_START) {
        if start > 0 {
            inlines.push(Inline::Text(rest[..start].to_owned()));
        }
        let after = &rest[start + FOOTNOTE_START.len_utf8()..];
        let end = after.find(FOOTNOTE_END).unwrap_or(after.len());
        if let Ok(number) = after[..end].parse() {
            inlines.push(Inline::FootnoteReference(number));
        }
        rest = after.get(end + FOOTNOTE_END.len_utf8()..).unwrap_or("");
    }
    if !rest.is_empty() {
        inlines.push(Inline::Text(rest.to_owned()));
    }
    inlines
}

/// The number of the `count`th heading of `level` as UN documents in `language` number them:
/// I., A., 1. in English, French and Spanish; I., А., 1. (Cyrillic letters) in Russian;
/// 一., A., 1. in Chinese; أولا, ألف, 1 in Arabic.
fn heading_number(language: Language, level: usize, count: usize) -> String {
    match (language, level) {
        (Language::Chinese, 1) => chinese_numeral(count),
        (Language::Arabic, 1) => arabic_ordinal(count),
        (_, 1) => roman(count),
        (Language::Russian, 2) => lettered(count, &RUSSIAN_LETTERS),
        (Language::Arabic, 2) => lettered(count, &ARABIC_LETTER_NAMES),
        (_, 2) => letter(count),
        _ => count.to_string(),
    }
}

/// The letters Russian UN documents number subsections with: the alphabet without Ё, Й, Ъ,
/// Ы and Ь.
const RUSSIAN_LETTERS: [&str; 28] = [
    "А", "Б", "В", "Г", "Д", "Е", "Ж", "З", "И", "К", "Л", "М", "Н", "О", "П", "Р", "С", "Т", "У", "Ф", "Х", "Ц", "Ч",
    "Ш", "Щ", "Э", "Ю", "Я",
];

/// The names of the letters, in abjad order, that Arabic UN documents number subsections with.
const ARABIC_LETTER_NAMES: [&str; 28] = [
    "ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء", "كاف", "لام", "ميم", "نون", "سين", "عين",
    "فاء", "صاد", "قاف", "راء", "شين", "تاء", "ثاء", "خاء", "ذال", "ضاد", "ظاء", "غين",
];

fn lettered(count: usize, letters: &[&str]) -> String {
    letters.get(count.wrapping_sub(1)).map_or_else(|| count.to_string(), |letter| (*letter).to_owned())
}

/// 一, 二, ... 十, 十一, ... 九十九, as Chinese UN documents number their chapters.
fn chinese_numeral(count: usize) -> String {
    const DIGITS: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match count {
        0..=9 => DIGITS[count].to_owned(),
        10..=99 => {
            let (tens, units) = (count / 10, count % 10);
            let head = if tens == 1 { "十".to_owned() } else { format!("{}十", DIGITS[tens]) };
            if units == 0 { head } else { format!("{head}{}", DIGITS[units]) }
        }
        _ => count.to_string(),
    }
}

/// أولا, ثانيا, ... عاشرا, as Arabic UN documents number their chapters.
fn arabic_ordinal(count: usize) -> String {
    const ORDINALS: [&str; 20] = [
        "أولا",
        "ثانيا",
        "ثالثا",
        "رابعا",
        "خامسا",
        "سادسا",
        "سابعا",
        "ثامنا",
        "تاسعا",
        "عاشرا",
        "حادي عشر",
        "ثاني عشر",
        "ثالث عشر",
        "رابع عشر",
        "خامس عشر",
        "سادس عشر",
        "سابع عشر",
        "ثامن عشر",
        "تاسع عشر",
        "عشرون",
    ];
    ORDINALS.get(count.wrapping_sub(1)).map_or_else(|| count.to_string(), |ordinal| (*ordinal).to_owned())
}

fn roman(mut number: usize) -> String {
    const NUMERALS: [(usize, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut text = String::new();
    for (value, numeral) in NUMERALS {
        while number >= value {
            text.push_str(numeral);
            number -= value;
        }
    }
    text
}

fn letter(number: usize) -> String {
    let mut text = String::new();
    let mut n = number;
    while n > 0 {
        let remainder = (n - 1) % 26;
        text.insert(0, char::from(b'A' + u8::try_from(remainder).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_number_like_un_reports() {
        assert_eq!(roman(1), "I");
        assert_eq!(roman(4), "IV");
        assert_eq!(roman(9), "IX");
        assert_eq!(letter(1), "A");
        assert_eq!(letter(7), "G");
        assert_eq!(heading_number(Language::Chinese, 1, 4), "四");
        assert_eq!(chinese_numeral(12), "十二");
        assert_eq!(heading_number(Language::Arabic, 1, 2), "ثانيا");
        assert_eq!(heading_number(Language::Arabic, 2, 3), "جيم");
        assert_eq!(heading_number(Language::Russian, 2, 2), "Б");
        assert_eq!(heading_number(Language::French, 1, 3), "III");
    }

    #[test]
    fn a_count_opening_a_sentence_is_spelled_out() {
        let marked = |n: u64| count_marker(n, Gender::Masculine);
        let spell_numbers = |text: &str| spell_numbers(text, Language::English);
        assert_eq!(spell_numbers(&format!("{} States reported.", marked(14))), "Fourteen States reported.");
        assert_eq!(
            spell_numbers(&format!("As at 1 June 2009, {} Member States had responded.", marked(28))),
            "As at 1 June 2009, 28 Member States had responded."
        );
        assert_eq!(spell_numbers(&format!("Done. {} entities replied.", marked(8))), "Done. Eight entities replied.");
        assert_eq!(
            spell_numbers(&format!("In all, {} entities replied.", marked(8))),
            "In all, eight entities replied."
        );
        assert_eq!(spell_numbers(&format!("{} States.", marked(149))), "One hundred and forty-nine States.");
    }

    #[test]
    fn lettered_sub_paragraphs_are_not_numbered() {
        assert!(is_sub_paragraph("(a) Protect all women"));
        assert!(is_sub_paragraph("(iv) Recognize"));
        assert!(!is_sub_paragraph("(Belarus and Chile) reported"));
        assert!(!is_sub_paragraph("States reported"));
        assert!(is_sub_paragraph("a) Protéger toutes les femmes"));
        assert!(is_sub_paragraph("б) обеспечить"));
        assert!(is_sub_paragraph("(ب) ضمان"));
        assert!(!is_sub_paragraph("(泰国)报告"));
        assert!(!is_sub_paragraph("Au total (voir) les États"));
    }
}
