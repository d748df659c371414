//! The compiled report as a document: a title, numbered headings and paragraphs, and
//! footnotes, built from the template's rendered text.
//!
//! The rendered text is read as blocks separated by blank lines. A block starting with `#`
//! is a heading of level 1 (I., II.), `##` level 2 (A., B.), `###` level 3 (1., 2.). Any
//! other block is a paragraph, numbered in one sequence through the whole report, except
//! sub-paragraphs starting "(a)", "(b)", ... which are not numbered.

use domain::{cycle::ReportingCycle, text::capitalize_first, un_style::number_words};
use serde::Serialize;

use crate::lists::{LIST_END, LIST_START, ListLocation, ListRecord};

pub(crate) const FOOTNOTE_START: char = '\u{E000}';
pub(crate) const FOOTNOTE_END: char = '\u{E001}';
pub(crate) const NUMBER_START: char = '\u{E002}';
pub(crate) const NUMBER_END: char = '\u{E003}';

/// A compiled report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Document {
    /// The document symbol, such as "A/64/152".
    pub symbol: Option<String>,
    pub title: String,
    pub subtitle: String,
    pub blocks: Vec<Block>,
    pub footnotes: Vec<Footnote>,
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
    /// The report as plain text, paragraphs numbered, footnotes at the end: what a reader
    /// reads, for searching and comparing.
    pub fn plain_text(&self) -> String {
        let mut text = String::new();
        for block in &self.blocks {
            match block {
                Block::Heading { number, inlines, .. } => {
                    text.push_str(&format!("{number}. {}\n\n", inline_text(inlines)));
                }
                Block::Paragraph { number, inlines } => {
                    if let Some(number) = number {
                        text.push_str(&format!("{number}. "));
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
) -> Document {
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
            let number = match level {
                1 => roman(counters[0]),
                2 => letter(counters[1]),
                _ => counters[2].to_string(),
            };
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
        symbol: cycle.symbol.clone(),
        title: cycle.title.clone(),
        subtitle: "Report of the Secretary-General".to_owned(),
        blocks,
        footnotes,
    }
}

/// "(a) Protect all women ...": a lettered sub-paragraph, not numbered.
fn is_sub_paragraph(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next() == Some('(') && {
        let label: String = chars.by_ref().take_while(|c| *c != ')').collect();
        !label.is_empty() && label.len() <= 4 && label.chars().all(|c| c.is_ascii_lowercase())
    }
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
    }
    result.push_str(rest);
    result
}

/// Writes each count from the `number` filter in UN style: in words at the start of a
/// sentence ("Twenty-eight States ..."), else words for one to nine and figures from 10.
fn spell_numbers(text: &str) -> String {
    let mut result = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(NUMBER_START) {
        result.push_str(&rest[..start]);
        let after = &rest[start + NUMBER_START.len_utf8()..];
        let end = after.find(NUMBER_END).unwrap_or(after.len());
        let count: u64 = after[..end].parse().unwrap_or(0);
        let opens_sentence = {
            let before = result.trim_end_matches(|c: char| c.is_whitespace() || c == FOOTNOTE_END);
            before.is_empty() || before.ends_with(['.', '?', '!'])
        };
        if opens_sentence {
            result.push_str(&capitalize_first(&number_words(count)));
        } else {
            result.push_str(&domain::text::un_number(count));
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
    }

    #[test]
    fn a_count_opening_a_sentence_is_spelled_out() {
        let marked = |n: u64| format!("{NUMBER_START}{n}{NUMBER_END}");
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
    }
}
