//! `GET /about`: what the database holds and where it comes from, the data's "as at" date,
//! how to cite a measure and a table, and whom to write to.

use axum::{extract::State, http::HeaderMap, response::Html};
use serde::Serialize;
use store::{MeasureQuery, Page, Visibility};

use crate::{
    error::PageError,
    page_context::PageContext,
    pages::{
        components::{
            citation::{measure_citation, public_address, table_citation},
            document_links::{TextPiece, linked_text},
        },
        rendering::render,
    },
    site_identity::{Contact, IdentityText},
    state::AppState,
};

#[derive(Serialize)]
struct AboutPage {
    /// The configured about text, or none for the catalogue's.
    about: Option<IdentityText>,
    data_as_at: Option<String>,
    measures: i64,
    countries: i64,
    cycles: Vec<CycleRow>,
    instruments_href: String,
    statistics_href: String,
    /// How to cite a published measure, with the first one as the example.
    measure_citation: Option<String>,
    table_citation: String,
    contact: Option<ContactView>,
    api_address: String,
}

#[derive(Serialize)]
struct CycleRow {
    report: Option<Vec<TextPiece>>,
    title: String,
    href: String,
    as_at: String,
    measures: i64,
    measures_href: String,
}

#[derive(Serialize)]
struct ContactView {
    label: String,
    href: String,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    headers: HeaderMap,
) -> Result<Html<String>, PageError> {
    let language = context.language;
    let catalogue = state.catalogue().await?;
    let summary = state.store().summary(Visibility::PublishedOnly).await?;
    let mut cycles = Vec::new();
    let mut example = None;
    let mut by_date: Vec<_> = catalogue.cycles().collect();
    by_date.sort_by_key(|cycle| std::cmp::Reverse(cycle.as_at));
    for cycle in by_date {
        let query = MeasureQuery { cycle: Some(cycle.code.clone()), ..MeasureQuery::all(Visibility::PublishedOnly) };
        let first = state.store().measures(&query, Page::new(1, 1)).await?;
        if example.is_none() {
            example = first.records.into_iter().next();
        }
        cycles.push(CycleRow {
            report: cycle.symbol.as_deref().map(linked_text),
            title: cycle.title.clone(),
            href: context.link(&format!("/cycles/{}", cycle.code), &[]),
            as_at: cycle.as_at.to_un_style_in(language),
            measures: first.total,
            measures_href: context.link("/search", &[("cycle".into(), cycle.code.to_string())]),
        });
    }
    let table_title = state.messages().text(language, "about-cite-table-example", &[]);
    let page = AboutPage {
        about: state.site().about(language),
        data_as_at: summary.data_as_at.map(|date| date.to_un_style_in(language)),
        measures: summary.measures,
        countries: summary.countries_with_measures,
        cycles,
        instruments_href: context.link("/instruments", &[]),
        statistics_href: context.link("/statistics", &[]),
        measure_citation: example.map(|record| measure_citation(&state, &headers, &record, &catalogue, language)),
        table_citation: table_citation(&state, &headers, &table_title, "/statistics", language),
        contact: state.site().contact().map(|contact| match contact {
            Contact::Email(address) => ContactView { label: address.clone(), href: format!("mailto:{address}") },
            Contact::WebAddress(address) => ContactView { label: address.clone(), href: address.clone() },
        }),
        api_address: public_address(&state, &headers, "/api/v1/openapi.json", None),
    };
    render(&state, &context, "about.html", page)
}
