//! `GET /instruments`: the conventions and protocols, with their number of parties as at a
//! date (`?as_at=`, today by default) and how complete their record is.

use axum::{
    extract::{RawQuery, State},
    response::Html,
};
use domain::treaty::parties_as_at;
use serde::Serialize;
use store::TreatyActionFilter;

use crate::{
    error::PageError,
    list_params::parse_pairs,
    page_context::PageContext,
    pages::rendering::render,
    state::AppState,
    treaty_views::{as_at, completeness_text, today},
};

#[derive(Serialize)]
struct InstrumentsPage {
    as_at: String,
    as_at_iso: String,
    instruments: Vec<InstrumentRow>,
}

#[derive(Serialize)]
struct InstrumentRow {
    title: String,
    href: String,
    abbreviation: Option<String>,
    depositary: String,
    adopted_on: String,
    parties: usize,
    counts_complete: bool,
    completeness: String,
    is_protocol: bool,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    RawQuery(query): RawQuery,
) -> Result<Html<String>, PageError> {
    let date = as_at(&parse_pairs(query.as_deref()), today())?;
    let catalogue = state.catalogue().await?;
    let actions = state.store().treaty_actions(&TreatyActionFilter::default()).await?;
    let language = context.language;
    let pairs = [("as_at".to_owned(), date.to_string())];
    let instruments = catalogue
        .instruments()
        .iter()
        .map(|instrument| InstrumentRow {
            title: instrument.titles.best(language).to_owned(),
            href: context.link(&format!("/instruments/{}", instrument.code), &pairs),
            abbreviation: instrument.abbreviation.clone(),
            depositary: state.messages().text(
                language,
                &format!("depositary-{}", instrument.depositary.as_str().replace('_', "-")),
                &[],
            ),
            adopted_on: instrument.adopted_on.to_un_style_in(language),
            parties: parties_as_at(&actions, instrument, date).len(),
            counts_complete: instrument.counts_are_complete_on(date),
            completeness: completeness_text(instrument, state.messages(), language),
            is_protocol: instrument.parent.is_some(),
        })
        .collect();
    render(
        &state,
        &context,
        "instruments.html",
        InstrumentsPage { as_at: date.to_un_style_in(language), as_at_iso: date.to_string(), instruments },
    )
}
