//! `GET /vocabularies/{code}/{term}`: one term's page ("Migrant women"): its names in every
//! UN language, its broader and narrower terms, and the measures tagged with it or a
//! narrower term.

use axum::{
    extract::{Path, State},
    response::Html,
};
use domain::language::Language;
use search::SearchRequest;
use serde::Serialize;

use crate::{
    error::PageError,
    page_context::PageContext,
    pages::{components::links::Link, rendering::render},
    state::AppState,
};

/// Measures listed on the term's page; the search page has them all.
const MEASURES_SHOWN: u32 = 20;

#[derive(Serialize)]
struct TermPage {
    label: String,
    code: String,
    vocabulary: Link,
    names: Vec<Name>,
    other_names: Vec<Name>,
    broader: Vec<Link>,
    narrower: Vec<Link>,
    total: u64,
    measures: Vec<MeasureLink>,
    search_href: String,
    countries: Vec<Link>,
}

#[derive(Serialize)]
struct Name {
    language: &'static str,
    language_name: &'static str,
    text: String,
    dir: &'static str,
}

#[derive(Serialize)]
struct MeasureLink {
    title: String,
    href: String,
    country: Option<String>,
    text_language: Option<&'static str>,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    Path((vocabulary, code)): Path<(String, String)>,
) -> Result<Html<String>, PageError> {
    let catalogue = state.catalogue().await?;
    let language = context.language;
    let not_found = || PageError::translated(axum::http::StatusCode::NOT_FOUND, "error-no-such-term");
    let thesaurus = catalogue.thesaurus(&vocabulary).ok_or_else(not_found)?;
    let term = thesaurus.find(&code).ok_or_else(not_found)?;
    let term_link = |term: &domain::vocabulary::Term| Link {
        label: term.labels.best(language).to_owned(),
        href: context.link(&format!("/vocabularies/{vocabulary}/{}", term.code), &[]),
    };
    let name = |language: Language, text: &str| Name {
        language: language.code(),
        language_name: language.endonym(),
        text: text.to_owned(),
        dir: if language.is_right_to_left() { "rtl" } else { "ltr" },
    };
    let mut request = SearchRequest::everything(language);
    request.per_page = MEASURES_SHOWN;
    request.filters.terms = vec![(thesaurus.code().clone(), vec![term.code.clone()])];
    let results = state.search_index().search(&request)?;
    let search_pairs = [(vocabulary.clone(), term.code.to_string())];
    let page = TermPage {
        label: term.labels.best(language).to_owned(),
        code: term.code.to_string(),
        vocabulary: Link {
            label: thesaurus.vocabulary().labels.best(language).to_owned(),
            href: context.link(&format!("/vocabularies/{vocabulary}"), &[]),
        },
        names: term.labels.iter().map(|(language, text)| name(language, text)).collect(),
        other_names: term.alt_labels.iter().map(|alt| name(alt.language, &alt.text)).collect(),
        broader: thesaurus.ancestors(&term.code).into_iter().rev().map(term_link).collect(),
        narrower: thesaurus.children(&term.code).map(term_link).collect(),
        total: results.total,
        measures: results
            .hits
            .iter()
            .map(|hit| MeasureLink {
                title: hit.title.text.clone(),
                href: context.link(&format!("/measures/{}", hit.store_id), &[]),
                country: hit
                    .country
                    .and_then(|m49| catalogue.country(m49))
                    .map(|country| country.short_name(language).to_owned()),
                text_language: (hit.language != language).then_some(hit.language.code()),
            })
            .collect(),
        search_href: context.link("/search", &search_pairs),
        countries: results
            .facets
            .countries
            .iter()
            .filter_map(|count| {
                let country = catalogue.country(count.value)?;
                Some(Link {
                    label: format!("{} ({})", country.short_name(language), count.count),
                    href: context
                        .link("/search", &[search_pairs[0].clone(), ("country".to_owned(), country.iso3.clone())]),
                })
            })
            .collect(),
    };
    render(&state, &context, "term.html", page)
}
