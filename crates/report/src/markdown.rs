//! The report as Markdown, with footnotes in the common `[^1]` form.

use crate::document::{Block, Document, Inline};

pub fn render(document: &Document) -> String {
    let mut text = String::new();
    let masthead = &document.masthead;
    text.push_str(&format!("{}  \n{}\n\n", masthead.organization, masthead.organ));
    if let Some(symbol) = &document.symbol {
        text.push_str(&format!("{symbol}\n\n"));
    }
    text.push_str(&masthead.distribution.join("  \n"));
    text.push_str("\n\n");
    let agenda: Vec<&str> = [&masthead.session, &masthead.agenda_item, &masthead.agenda_title]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    if !agenda.is_empty() {
        // "*" would start emphasis; the agenda item's asterisk is written as text.
        text.push_str(&agenda.join("  \n").replace('*', "\\*"));
        text.push_str("\n\n");
    }
    text.push_str(&format!("# {}\n\n{}\n\n", document.title, document.subtitle));
    for block in &document.blocks {
        match block {
            Block::Heading { level, number, inlines } => {
                text.push_str(&format!("{} {} ", "#".repeat(usize::from(*level) + 1), document.heading_label(number)));
                push_inlines(&mut text, inlines);
                text.push_str("\n\n");
            }
            Block::Paragraph { number, inlines } => {
                // "1\." keeps Markdown from renumbering the paragraphs as a list.
                if let Some(number) = number {
                    text.push_str(&format!("{} ", document.paragraph_label(*number).replace('.', "\\.")));
                }
                push_inlines(&mut text, inlines);
                text.push_str("\n\n");
            }
        }
    }
    if let Some(note) = &masthead.agenda_footnote {
        text.push_str(&format!("{}\n\n", note.replace('*', "\\*")));
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
