//! `GET /cycles/{code}/report`: the cycle's report compiled from the default template on the
//! published data, as a page, or as a download with `?format=docx`, `pdf` or `markdown`.

use axum::{
    extract::{Path, RawQuery, State},
    response::{IntoResponse, Response},
};
use report::CompileConfig;
use serde::Serialize;

use crate::{
    error::PageError,
    list_params::{ParamError, parse_pairs},
    page_context::PageContext,
    pages::components::attachment::attachment,
    pages::rendering::render,
    state::AppState,
};

#[derive(Serialize)]
struct ReportPage {
    document: report::document::Document,
    /// The report's direction of writing, `rtl` for Arabic.
    direction: &'static str,
    /// Each block's number as the report's language writes it ("II.", "12.", "ثانيا -",
    /// "12 -"), in the order of the blocks; empty for an unnumbered paragraph.
    labels: Vec<String>,
    downloads: Vec<crate::pages::components::links::Link>,
    cycle_href: String,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response, PageError> {
    let messages = state.messages();
    let language = context.language;
    let snapshot = state
        .store()
        .cycle_snapshot(&code)
        .await?
        .ok_or_else(|| PageError::translated(axum::http::StatusCode::NOT_FOUND, "error-no-such-cycle"))?;
    let data = snapshot.data;
    let cycle_code = data.cycle.code.to_string();
    let compiled = report::compile(
        report::default_template(language),
        &data,
        &CompileConfig { language, ..CompileConfig::default() },
    )
    .map_err(PageError::internal)?;
    let format = parse_pairs(query.as_deref()).into_iter().find(|(name, _)| name == "format").map(|(_, value)| value);
    let file_name = format!("report-{cycle_code}");
    let download = |content_type: &str, extension: &str, bytes: Vec<u8>| {
        attachment(content_type, &format!("{file_name}.{extension}"), bytes)
    };
    match format.as_deref() {
        None | Some("") | Some("html") => {}
        Some("docx") => {
            let _place = state.heavy_requests().enter().await?;
            let document = compiled.document;
            let bytes = tokio::task::spawn_blocking(move || report::docx::render(&document))
                .await
                .map_err(PageError::internal)?
                .map_err(PageError::internal)?;
            return Ok(download(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "docx",
                bytes,
            ));
        }
        Some("pdf") => {
            // Typesetting takes about a second of processor time: it runs off the async threads,
            // a few at a time.
            let _place = state.heavy_requests().enter().await?;
            let document = compiled.document;
            let bytes = tokio::task::spawn_blocking(move || typeset::pdf(&document))
                .await
                .map_err(PageError::internal)?
                .map_err(PageError::internal)?;
            return Ok(download("application/pdf", "pdf", bytes));
        }
        Some("markdown") => {
            return Ok(download(
                "text/markdown; charset=utf-8",
                "md",
                report::markdown::render(&compiled.document).into_bytes(),
            ));
        }
        Some(other) => {
            return Err(ParamError {
                parameter: "format".into(),
                message: crate::list_params::problems::not_one_of(other, "html, docx, pdf, markdown"),
            }
            .into());
        }
    }
    let path = format!("/cycles/{cycle_code}/report");
    let downloads =
        [("docx", "report-download-docx"), ("pdf", "report-download-pdf"), ("markdown", "report-download-markdown")]
            .into_iter()
            .map(|(value, key)| crate::pages::components::links::Link {
                label: messages.text(language, key, &[]),
                href: context.link(&path, &[("format".into(), value.into())]),
            })
            .collect();
    let labels = compiled
        .document
        .blocks
        .iter()
        .map(|block| match block {
            report::document::Block::Heading { number, .. } => compiled.document.heading_label(number),
            report::document::Block::Paragraph { number: Some(number), .. } => {
                compiled.document.paragraph_label(*number)
            }
            report::document::Block::Paragraph { number: None, .. } => String::new(),
        })
        .collect();
    let page = ReportPage {
        labels,
        direction: if compiled.document.language.is_right_to_left() { "rtl" } else { "ltr" },
        document: compiled.document,
        downloads,
        cycle_href: context.link(&format!("/cycles/{cycle_code}"), &[]),
    };
    Ok(render(&state, &context, "report.html", page)?.into_response())
}
