//! `GET /countries/{code}`: a country's names (today's and former), its regions, its published
//! measures grouped by type of measure, and its treaty status as at a date (`?as_at=`).

use axum::{
    extract::{Path, RawQuery, State},
    response::Html,
};
use domain::{
    country::UnStatus,
    language::Language,
    treaty::{InstrumentStanding, Standing, standings_as_at},
    vocabulary::VocabularyCode,
};
use serde::Serialize;
use store::{MeasureQuery, Page, TreatyActionFilter, Visibility};

use crate::{
    error::PageError,
    list_params::parse_pairs,
    page_context::PageContext,
    pages::{
        components::{links::Link, measure_card::MeasureCard},
        rendering::render,
    },
    state::AppState,
    treaty_views::{as_at, standing_text, today},
};

#[derive(Serialize)]
struct CountryPage {
    name: String,
    formal_name: Option<String>,
    iso3: String,
    iso2: String,
    m49: String,
    member_state: bool,
    observer_state: bool,
    regions: Vec<Link>,
    names: Vec<NameRow>,
    former_names: Vec<FormerName>,
    total: i64,
    groups: Vec<TypeGroup>,
    all_measures_href: String,
    treaties_as_at: String,
    /// The date of the treaty table, for the date picker.
    treaties_as_at_iso: String,
    /// Where the date picker sends its date: back to this page's treaty table.
    treaties_form_action: String,
    treaties: Vec<TreatyRow>,
    /// Published incident statistics on violence in this State, protected; `None` when
    /// nothing is published.
    statistics: Option<crate::statistics_view::TableView>,
    statistics_href: String,
}

#[derive(Serialize)]
struct TreatyRow {
    title: String,
    href: String,
    standing: String,
    is_party: bool,
}

#[derive(Serialize)]
struct NameRow {
    language: &'static str,
    code: &'static str,
    name: String,
}

#[derive(Serialize)]
struct FormerName {
    language: &'static str,
    name: String,
    until: String,
    source: Option<String>,
}

#[derive(Serialize)]
struct TypeGroup {
    label: String,
    href: String,
    cards: Vec<MeasureCard>,
}

/// A country page lists every measure; beyond this many it points to the paged list.
const MEASURES_ON_PAGE: u32 = 500;

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    Path(code): Path<String>,
    RawQuery(raw_query): RawQuery,
) -> Result<Html<String>, PageError> {
    let catalogue = state.catalogue().await?;
    let language = context.language;
    let country = catalogue
        .country_by_code(&code)
        .ok_or_else(|| PageError::translated(axum::http::StatusCode::NOT_FOUND, "error-no-such-country"))?;
    let current = country.current_name(language);
    let mut query = MeasureQuery::all(Visibility::PublishedOnly);
    query.country = Some(country.m49);
    let page = state.store().measures(&query, Page::new(1, MEASURES_ON_PAGE)).await?;

    let mut groups: Vec<TypeGroup> = Vec::new();
    if let Some(types) = catalogue.thesaurus(VocabularyCode::TYPE_OF_MEASURE) {
        for root in types.roots() {
            let members: Vec<_> = page
                .records
                .iter()
                .filter(|record| {
                    record
                        .measure
                        .classification
                        .terms(VocabularyCode::TYPE_OF_MEASURE)
                        .any(|code| types.root_of(code).is_some_and(|r| r.code == root.code))
                })
                .collect();
            if members.is_empty() {
                continue;
            }
            groups.push(TypeGroup {
                label: root.labels.best(language).to_owned(),
                href: context.link(
                    "/search",
                    &[("country".into(), country.iso3.clone()), ("type".into(), root.code.to_string())],
                ),
                cards: members
                    .into_iter()
                    .map(|record| MeasureCard::new(record, &catalogue, state.messages(), &context))
                    .collect(),
            });
        }
    }
    let names = Language::ALL
        .into_iter()
        .filter_map(|language| {
            let name = country.names.iter().find(|name| name.language == language && name.is_current())?;
            Some(NameRow { language: language.endonym(), code: language.code(), name: name.short_name.clone() })
        })
        .collect();
    let former_names = country
        .names
        .iter()
        .filter(|name| !name.is_current())
        .map(|name| FormerName {
            language: name.language.endonym(),
            name: name.in_running_text(),
            until: name.valid_to.map(|date| date.to_un_style_in(language)).unwrap_or_default(),
            source: name.source.clone(),
        })
        .collect();
    let regions = country
        .regions()
        .filter_map(|code| catalogue.region(code))
        .map(|region| Link {
            label: region.names.best(language).to_owned(),
            href: context.link("/search", &[("region".into(), region.m49.to_string())]),
        })
        .collect();
    let treaties_as_at = as_at(&parse_pairs(raw_query.as_deref()), today())?;
    let actions = state
        .store()
        .treaty_actions(&TreatyActionFilter { instruments: Vec::new(), country: Some(country.m49) })
        .await?;
    let treaties = standings_as_at(catalogue.instruments(), country.m49, &actions, treaties_as_at)
        .into_iter()
        .map(|InstrumentStanding { instrument, standing, .. }| TreatyRow {
            title: instrument.titles.best(language).to_owned(),
            href: context
                .link(&format!("/instruments/{}", instrument.code), &[("as_at".into(), treaties_as_at.to_string())]),
            standing: standing_text(standing, state.messages(), language),
            is_party: matches!(standing, Standing::Party { .. }),
        })
        .collect();
    let statistics = country_statistics(&state, &country.iso3, context.language).await?;
    let statistics_href = context.link(
        "/statistics",
        &[("rows".into(), "form".into()), ("columns".into(), "year".into()), ("state".into(), country.iso3.clone())],
    );
    let body = CountryPage {
        name: current.short_name.clone(),
        formal_name: current.formal_name.clone(),
        iso3: country.iso3.clone(),
        iso2: country.iso2.clone(),
        m49: country.m49.to_string(),
        member_state: country.un_status == UnStatus::MemberState,
        observer_state: country.un_status == UnStatus::ObserverState,
        regions,
        names,
        former_names,
        total: page.total,
        groups,
        all_measures_href: context.link("/search", &[("country".into(), country.iso3.clone())]),
        treaties_as_at: treaties_as_at.to_un_style_in(language),
        treaties_as_at_iso: treaties_as_at.to_string(),
        treaties_form_action: format!("/countries/{}#treaties-heading", country.iso3),
        treaties,
        statistics,
        statistics_href,
    };
    render(&state, &context, "country.html", body)
}

/// The published, protected count of incidents that took place in the State, by form of
/// violence, over every published year: a slice of the public release.
async fn country_statistics(
    state: &AppState,
    iso3: &str,
    language: Language,
) -> Result<Option<crate::statistics_view::TableView>, PageError> {
    use crate::statistics_view::{self, Audience, TableView};
    let snapshot = statistics_view::snapshot(state).await?;
    let classification = snapshot.classification.clone();
    let params: std::collections::HashMap<String, String> = [("rows", "form"), ("columns", "none"), ("state", iso3)]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    let Ok(request) = statistics_view::read_request(&params, &classification) else {
        // A country or area that is not a place incidents are counted in has no statistics.
        return Ok(None);
    };
    let statistics_view::Answer::Table(answer) = statistics_view::answer(&snapshot, &request, Audience::Public).await?
    else {
        // Too few incidents are published for any table: the country page shows none.
        return Ok(None);
    };
    if answer.table.grand_total == incident_statistics::disclosure::Shown::Count(0) {
        return Ok(None);
    }
    Ok(Some(TableView::of(&answer.table, &classification, language)))
}
