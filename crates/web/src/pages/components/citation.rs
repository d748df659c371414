//! How to cite a page of the site: a measure or a statistics table, with the site's
//! publisher and name, the page's permanent address and the day it was consulted.

use axum::http::{HeaderMap, header};
use domain::{catalogue::Catalogue, language::Language};
use store::MeasureRecord;

use crate::{i18n::Messages, pages::components::measure_card::report_name, state::AppState, treaty_views::today};

/// The citation of the measure `record`, with the address of its page in `language`.
pub(crate) fn measure_citation(
    state: &AppState,
    headers: &HeaderMap,
    record: &MeasureRecord,
    catalogue: &Catalogue,
    language: Language,
) -> String {
    let messages = state.messages();
    let measure = &record.measure;
    let address = public_address(state, headers, &format!("/measures/{}", record.id), Some(language));
    let report = measure
        .cycle
        .as_ref()
        .and_then(|code| catalogue.cycle(code.as_str()))
        .map(|cycle| format!("{} ({})", report_name(cycle), cycle.as_at.year()));
    let mut args = vec![
        ("source", citation_source(state, language).into()),
        ("title", measure.text(language).title.clone().into()),
        ("id", measure.external_id.to_string().into()),
        ("address", address.into()),
        ("date", today().to_un_style_in(language).into()),
    ];
    let key = match report {
        Some(report) => {
            args.push(("report", report.into()));
            "citation-measure-with-report"
        }
        None => "citation-measure",
    };
    messages.text(language, key, &args)
}

/// The citation of the statistics table titled `title`, at `path_and_query`.
pub(crate) fn table_citation(
    state: &AppState,
    headers: &HeaderMap,
    title: &str,
    path_and_query: &str,
    language: Language,
) -> String {
    state.messages().text(
        language,
        "citation-table",
        &[
            ("source", citation_source(state, language).into()),
            ("title", title.to_owned().into()),
            ("address", public_address(state, headers, path_and_query, Some(language)).into()),
            ("date", today().to_un_style_in(language).into()),
        ],
    )
}

/// "Publisher, Site name", or the site's name alone when no publisher is configured.
fn citation_source(state: &AppState, language: Language) -> String {
    let messages: &Messages = state.messages();
    let site = state.site();
    let name = site.name(language).map_or_else(|| messages.text(language, "site-name", &[]), |name| name.text);
    match site.publisher(language) {
        Some(publisher) => {
            messages.text(language, "citation-source", &[("publisher", publisher.text.into()), ("site", name.into())])
        }
        None => name,
    }
}

/// The page's full address, in `language` when given: the configured public address of the
/// site, else the host the request came to.
pub(crate) fn public_address(state: &AppState, headers: &HeaderMap, path: &str, language: Option<Language>) -> String {
    let base = match state.site().address() {
        Some(address) => address.trim_end_matches('/').to_owned(),
        None => {
            let host = headers.get(header::HOST).and_then(|host| host.to_str().ok()).unwrap_or("localhost");
            let scheme = if state.config().secure_cookies { "https" } else { "http" };
            format!("{scheme}://{host}")
        }
    };
    let path = crate::link_with_language::address_with_language(path, language);
    format!("{base}{path}")
}
