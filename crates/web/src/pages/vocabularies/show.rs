//! `GET /vocabularies/{code}`: a thesaurus as a tree, each term linking to its measures.

use axum::{
    extract::{Path, State},
    response::Html,
};
use serde::Serialize;

use crate::{error::PageError, page_context::PageContext, pages::rendering::render, state::AppState};

#[derive(Serialize)]
struct VocabularyPage {
    label: String,
    code: String,
    terms: Vec<TermRow>,
    vocabularies: Vec<VocabularyLink>,
}

#[derive(Serialize)]
struct TermRow {
    label: String,
    code: String,
    depth: usize,
    href: String,
}

#[derive(Serialize)]
struct VocabularyLink {
    label: String,
    href: String,
    current: bool,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    Path(code): Path<String>,
) -> Result<Html<String>, PageError> {
    let catalogue = state.catalogue().await?;
    let language = context.language;
    let thesaurus = catalogue
        .thesaurus(&code)
        .ok_or_else(|| PageError::translated(axum::http::StatusCode::NOT_FOUND, "error-no-such-vocabulary"))?;
    let terms = thesaurus
        .terms()
        .iter()
        .map(|term| TermRow {
            label: term.labels.best(language).to_owned(),
            code: term.code.to_string(),
            depth: thesaurus.depth(&term.code),
            href: context.link(&format!("/vocabularies/{code}/{}", term.code), &[]),
        })
        .collect();
    let vocabularies = catalogue
        .thesauri()
        .iter()
        .map(|other| VocabularyLink {
            label: other.vocabulary().labels.best(language).to_owned(),
            href: context.link(&format!("/vocabularies/{}", other.code()), &[]),
            current: other.code() == thesaurus.code(),
        })
        .collect();
    let page = VocabularyPage {
        label: thesaurus.vocabulary().labels.best(language).to_owned(),
        code: code.clone(),
        terms,
        vocabularies,
    };
    render(&state, &context, "vocabulary.html", page)
}
