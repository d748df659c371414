//! The report as Markdown, with footnotes in the common `[^1]` form.

use crate::document::{Block, Document, Inline};

pub fn render(document: &Document) -> String {
    let mut text = String::new();
    if let Some(symbol) = &document.symbol {
        text.push_str(&format!("{symbol}\n\n"));
    }
    text.push_str(&format!("# {}\n\n{}\n\n", document.title, document.subtitle));
    for block in &document.blocks {
        match block {
            Block::Heading { level, number, inlines } => {
                text.push_str(&format!("{} {number}. ", "#".repeat(usize::from(*level) + 1)));
                push_inlines(&mut text, inlines);
                text.push_str("\n\n");
            }
            Block::Paragraph { number, inlines } => {
                // "1\." keeps Markdown from renumbering the paragraphs as a list.
                if let Some(number) = number {
                    text.push_str(&format!("{number}\\. "));
                }
                push_inlines(&mut text, inlines);
                text.push_str("\n\n");
            }
        }
    }
    for footnote in &document.footnotes {
        text.push_str(&format!("[^{}]: {}\n", footnote.number, footnote.text));
    }
    text
}

fn push_inlines(text: &mut String, inlines: &[Inline]) {
    for inline in inlines {
        match inline {
            Inline::Text(words) => text.push_str(words),
            Inline::FootnoteReference(n) => text.push_str(&format!("[^{n}]")),
        }
    }
}
