//! The 2009 demo cycle as a [`ReportData`], built in memory from the shipped data, and what
//! the tests read off a compiled document.

use report::ReportData;

pub fn demo_data() -> ReportData {
    reference::demo_2009_report_data().unwrap()
}

/// The text of paragraph `number` of a compiled document.
pub fn paragraph(document: &report::document::Document, number: u32) -> String {
    document
        .blocks
        .iter()
        .find_map(|block| match block {
            report::document::Block::Paragraph { number: Some(n), inlines } if *n == number => {
                Some(report::document::inline_text(inlines))
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("the document has no paragraph {number}"))
}
