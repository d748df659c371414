//! The report as HTML: a fragment for a page's preview, or a standalone document.

use domain::language::Language;

use crate::document::{Block, Document, Inline};

/// The report as an `<article>` element, for embedding in a page: in the report's language
/// and direction, whatever the page's, with the masthead of the first page.
pub fn fragment(document: &Document) -> String {
    let language = document.language;
    let direction = if language.is_right_to_left() { "rtl" } else { "ltr" };
    let mut html = format!("<article class=\"report\" lang=\"{}\" dir=\"{direction}\">\n<header>", language.code());
    let masthead = &document.masthead;
    html.push_str("<div class=\"masthead\"><p class=\"organization\">");
    html.push_str(&escape(&masthead.organization));
    html.push_str("</p>");
    if let Some(symbol) = &document.symbol {
        html.push_str(&format!("<p class=\"symbol\" dir=\"ltr\">{}</p>", escape(symbol)));
    }
    html.push_str(&format!("<p class=\"organ\">{}</p><p class=\"distribution\">", escape(&masthead.organ)));
    let lines: Vec<String> = masthead.distribution.iter().map(|line| format!("<bdi>{}</bdi>", escape(line))).collect();
    html.push_str(&lines.join("<br>"));
    html.push_str("</p>");
    let agenda: Vec<String> = [&masthead.session, &masthead.agenda_item, &masthead.agenda_title]
        .into_iter()
        .flatten()
        .map(|line| escape(line))
        .collect();
    if !agenda.is_empty() {
        html.push_str(&format!("<p class=\"agenda\">{}</p>", agenda.join("<br>")));
    }
    html.push_str("</div>");
    html.push_str(&format!(
        "<h1>{}</h1><p class=\"subtitle\">{}</p>",
        escape(&document.title),
        escape(&document.subtitle)
    ));
    if let Some(note) = &masthead.agenda_footnote {
        html.push_str(&format!("<p class=\"agenda-note\">{}</p>", escape(note)));
    }
    html.push_str("</header>\n");
    for block in &document.blocks {
        match block {
            Block::Heading { level, number, inlines } => {
                let tag = format!("h{}", level + 1);
                html.push_str(&format!(
                    "<{tag}><span class=\"number\">{}</span> ",
                    escape(&document.heading_label(number))
                ));
                push_inlines(&mut html, inlines);
                html.push_str(&format!("</{tag}>\n"));
            }
            Block::Paragraph { number, inlines } => {
                match number {
                    Some(number) => {
                        html.push_str(&format!(
                            "<p id=\"para-{number}\"><span class=\"para-number\">{}</span> ",
                            document.paragraph_label(*number)
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
        let (footnotes, back) = footnote_words(document.language);
        html.push_str(&format!("<section class=\"footnotes\" aria-label=\"{footnotes}\"><ol>\n"));
        for footnote in &document.footnotes {
            html.push_str(&format!(
                "<li id=\"fn-{n}\" value=\"{n}\">{} <a href=\"#fnref-{n}\" aria-label=\"{back}\">↩</a></li>\n",
                escape(&footnote.text),
                n = footnote.number
            ));
        }
        html.push_str("</ol></section>\n");
    }
    html.push_str("</article>\n");
    html
}

/// The names screen readers give the footnotes and the link back from one, in the report's
/// language.
fn footnote_words(language: Language) -> (&'static str, &'static str) {
    match language {
        Language::Arabic => ("الحواشي", "العودة إلى النص"),
        Language::Chinese => ("脚注", "返回正文"),
        Language::English => ("Footnotes", "Back to the text"),
        Language::French => ("Notes", "Retour au texte"),
        Language::Russian => ("Сноски", "Назад к тексту"),
        Language::Spanish => ("Notas", "Volver al texto"),
    }
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
        "<!doctype html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}{}</title>\n</head>\n<body>\n{}</body>\n</html>\n",
        document.language.code(),
        if document.language.is_right_to_left() { "rtl" } else { "ltr" },
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
