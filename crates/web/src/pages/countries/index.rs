//! `GET /countries`: every country and area, by M49 region, with its number of published
//! measures.

use axum::{extract::State, response::Html};
use domain::country::{RegionLevel, UnStatus};
use serde::Serialize;
use store::Visibility;

use crate::{error::PageError, page_context::PageContext, pages::rendering::render, state::AppState};

#[derive(Serialize)]
struct CountriesPage {
    regions: Vec<RegionGroup>,
}

#[derive(Serialize)]
struct RegionGroup {
    name: String,
    countries: Vec<CountryRow>,
}

#[derive(Serialize)]
struct CountryRow {
    name: String,
    href: String,
    iso3: String,
    member_state: bool,
    observer_state: bool,
    measures: i64,
}

pub(crate) async fn show(State(state): State<AppState>, context: PageContext) -> Result<Html<String>, PageError> {
    let catalogue = state.catalogue().await?;
    let counts = state.store().measure_counts_by_country(Visibility::PublishedOnly).await?;
    let language = context.language;
    let mut regions: Vec<RegionGroup> = catalogue
        .regions()
        .filter(|region| region.level == RegionLevel::Region)
        .map(|region| {
            let mut countries: Vec<CountryRow> = catalogue
                .countries()
                .iter()
                .filter(|country| country.region == Some(region.m49))
                .map(|country| CountryRow {
                    name: country.short_name(language).to_owned(),
                    href: context.link(&format!("/countries/{}", country.iso3), &[]),
                    iso3: country.iso3.clone(),
                    member_state: country.un_status == UnStatus::MemberState,
                    observer_state: country.un_status == UnStatus::ObserverState,
                    measures: counts.get(&country.m49).copied().unwrap_or(0),
                })
                .collect();
            locale_format::LocaleFormat::of(language).sort(&mut countries, |row| &row.name);
            RegionGroup { name: region.names.best(language).to_owned(), countries }
        })
        .collect();
    locale_format::LocaleFormat::of(language).sort(&mut regions, |group| &group.name);
    render(&state, &context, "countries.html", CountriesPage { regions })
}
