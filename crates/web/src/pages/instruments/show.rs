//! `GET /instruments/{code}`: one instrument, a step chart of its parties over time, and the
//! list of parties as at a date (`?as_at=`, today by default).

use axum::{
    extract::{Path, RawQuery, State},
    response::Html,
};
use domain::treaty::{TreatyAction, parties_as_at, status_as_at};
use serde::Serialize;
use store::TreatyActionFilter;

use crate::{
    error::PageError,
    list_params::parse_pairs,
    page_context::PageContext,
    pages::rendering::render,
    state::AppState,
    treaty_views::{action_text, as_at, completeness_text, today},
};

#[derive(Serialize)]
struct InstrumentPage {
    title: String,
    short_title: Option<String>,
    abbreviation: Option<String>,
    depositary: String,
    adopted_on: String,
    entry_into_force: Option<String>,
    parent: Option<crate::pages::components::links::Link>,
    completeness: String,
    counts_complete: bool,
    as_at: String,
    as_at_iso: String,
    party_count: usize,
    chart_src: String,
    chart_alt: String,
    parties: Vec<PartyRow>,
    signatories: Vec<PartyRow>,
    form_action: String,
    /// The status table as at the page's date, in the UN Treaty Collection's layout.
    downloads: Vec<crate::pages::components::links::Link>,
}

#[derive(Serialize)]
struct PartyRow {
    name: String,
    href: String,
    action: String,
    date: String,
    signed_on: Option<String>,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Html<String>, PageError> {
    let language = context.language;
    let messages = state.messages();
    let catalogue = state.catalogue().await?;
    let instrument = catalogue
        .instrument(&code)
        .ok_or_else(|| PageError::translated(axum::http::StatusCode::NOT_FOUND, "error-no-such-instrument"))?;
    let date = as_at(&parse_pairs(query.as_deref()), today())?;
    let actions = state
        .store()
        .treaty_actions(&TreatyActionFilter { instruments: vec![instrument.code.clone()], country: None })
        .await?;
    let mut parties = Vec::new();
    let mut signatories = Vec::new();
    let mut by_country: std::collections::BTreeMap<_, Vec<&TreatyAction>> = std::collections::BTreeMap::new();
    for action in &actions {
        by_country.entry(action.country).or_default().push(action);
    }
    for (country_code, country_actions) in by_country {
        let Some(country) = catalogue.country(country_code) else { continue };
        let status = status_as_at(&country_actions, instrument, date);
        let name = country.name_as_at(language, date).short_name.clone();
        let href = context.link(&format!("/countries/{}", country.iso3), &[]);
        match status.party_since {
            Some((action, since)) => parties.push(PartyRow {
                name,
                href,
                action: action_text(action, messages, language),
                date: since.to_un_style_in(language),
                signed_on: status.signed_on.map(|d| d.to_un_style_in(language)),
            }),
            None => {
                if let Some(signed) = status.signed_on {
                    signatories.push(PartyRow {
                        name,
                        href,
                        action: String::new(),
                        date: signed.to_un_style_in(language),
                        signed_on: Some(signed.to_un_style_in(language)),
                    });
                }
            }
        }
    }
    let order = locale_format::LocaleFormat::of(language);
    order.sort(&mut parties, |row| &row.name);
    order.sort(&mut signatories, |row| &row.name);
    let party_count = parties_as_at(&actions, instrument, date).len();
    let title = instrument.titles.best(language).to_owned();
    let page = InstrumentPage {
        short_title: instrument.short_titles.get(language).map(str::to_owned),
        abbreviation: instrument.abbreviation.clone(),
        depositary: messages.text(
            language,
            &format!("depositary-{}", instrument.depositary.as_str().replace('_', "-")),
            &[],
        ),
        adopted_on: instrument.adopted_on.to_un_style_in(language),
        entry_into_force: instrument.entry_into_force.map(|d| d.to_un_style_in(language)),
        parent: instrument.parent.as_ref().and_then(|parent| catalogue.instrument(parent.as_str())).map(|parent| {
            crate::pages::components::links::Link {
                label: parent.titles.best(language).to_owned(),
                href: context.link(&format!("/instruments/{}", parent.code), &[]),
            }
        }),
        completeness: completeness_text(instrument, messages, language),
        counts_complete: instrument.counts_are_complete_on(date),
        as_at: date.to_un_style_in(language),
        as_at_iso: date.to_string(),
        party_count,
        chart_src: context.link(&format!("/instruments/{}/parties.svg", instrument.code), &[]),
        chart_alt: messages.text(language, "instrument-chart-alt", &[("title", title.clone().into())]),
        parties,
        signatories,
        form_action: format!("/instruments/{}", instrument.code),
        downloads: [("csv", "instrument-download-status-csv"), ("xlsx", "instrument-download-status-xlsx")]
            .into_iter()
            .map(|(extension, key)| crate::pages::components::links::Link {
                label: messages.text(language, key, &[]),
                href: context.link(
                    &format!("/instruments/{}/status.{extension}", instrument.code),
                    &[("as_at".into(), date.to_string())],
                ),
            })
            .collect(),
        title,
    };
    render(&state, &context, "instrument.html", page)
}
