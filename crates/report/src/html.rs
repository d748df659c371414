//! The report as HTML: a fragment for a page's preview, or a standalone document.

use crate::document::{Block, Document, Inline};

/// The report as an `<article>` element, for embedding in a page.
pub fn fragment(document: &Document) -> String {
    let mut html = String::from("<article class=\"report\" lang=\"en\">\n<header>");
    if let Some(symbol) = &document.symbol {
        html.push_str(&format!("<p class=\"symbol\">{}</p>", escape(symbol)));
    }
    html.push_str(&format!(
        "<h1>{}</h1><p class=\"subtitle\">{}</p></header>\n",
        escape(&document.title),
        escape(&document.subtitle)
    ));
    for block in &document.blocks {
        match block {
            Block::Heading { level, number, inlines } => {
                let tag = format!("h{}", level + 1);
                html.push_str(&format!("<{tag}><span class=\"number\">{}.</span> ", escape(number)));
                push_inlines(&mut html, inlines);
                html.push_str(&format!("</{tag}>\n"));
            }
            Block::Paragraph { number, inlines } => {
                match number {
                    Some(number) => {
                        html.push_str(&format!(
                            "<p id=\"para-{number}\"><span class=\"para-number\">{number}.</span> "
                        ));
                    }
                    None => html.push_str("<p class=\"sub\">"),
                }
                push_inlines(&mut html, inlines);
                html.push_str("</p>\n");
            }
        }
    }
    if !document.footnotes.is_empty() {
        html.push_str("<section class=\"footnotes\" aria-label=\"Footnotes\"><ol>\n");
        for footnote in &document.footnotes {
            html.push_str(&format!(
                "<li id=\"fn-{n}\" value=\"{n}\">{} <a href=\"#fnref-{n}\" aria-label=\"Back to the text\">↩</a></li>\n",
                escape(&footnote.text),
                n = footnote.number
            ));
        }
        html.push_str("</ol></section>\n");
    }
    html.push_str("</article>\n");
    html
}

fn push_inlines(html: &mut String, inlines: &[Inline]) {
    for inline in inlines {
        match inline {
            Inline::Text(text) => html.push_str(&escape(text)),
            Inline::FootnoteReference(n) => {
                html.push_str(&format!("<sup><a href=\"#fn-{n}\" id=\"fnref-{n}\">{n}</a></sup>"));
            }
        }
    }
}

/// The report as a complete HTML document.
pub fn standalone(document: &Document) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}{}</title>\n</head>\n<body>\n{}</body>\n</html>\n",
        document.symbol.as_deref().map(|symbol| format!("{} ", escape(symbol))).unwrap_or_default(),
        escape(&document.title),
        fragment(document)
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The text of an HTML page without its tags, as the stale-list check reads it.
pub fn text(html: &str) -> String {
    let mut text = String::new();
    let mut inside_tag = false;
    for c in html.chars() {
        match c {
            '<' => inside_tag = true,
            '>' => {
                inside_tag = false;
                text.push(' ');
            }
            _ if !inside_tag => text.push(c),
            _ => {}
        }
    }
    crate::docx::unescape(&text)
}
