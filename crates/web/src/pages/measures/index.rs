//! `GET /measures`: the list of published measures, filtered by the query, with paging. Every
//! state of the page is in its address, so it can be shared and the back button works.

use axum::{
    extract::{RawQuery, State},
    response::Html,
};
use domain::{actor::ActorKind, catalogue::Catalogue, measure::ImplementationStatus};
use serde::Serialize;
use store::{MeasureSort, Visibility};

use crate::{
    error::PageError,
    list_params::{MeasureListRequest, measure_list_request, parse_pairs},
    page_context::PageContext,
    pages::{
        components::{
            choices::{Choice, sort_choices},
            links::Link,
            measure_card::MeasureCard,
            pagination::Pagination,
        },
        rendering::render,
    },
    state::AppState,
};

/// The largest page the site shows.
const MAX_PER_PAGE: u32 = 100;

#[derive(Serialize)]
struct MeasuresPage {
    total: i64,
    cards: Vec<MeasureCard>,
    selects: Vec<Select>,
    year_from: String,
    year_to: String,
    active_filters: Vec<Link>,
    clear_href: String,
    sort_links: Vec<CurrentLink>,
    pagination: Pagination,
    api_href: String,
}

#[derive(Serialize)]
struct Select {
    name: String,
    label: String,
    options: Vec<SelectOption>,
}

#[derive(Serialize)]
struct SelectOption {
    value: String,
    label: String,
    selected: bool,
}

#[derive(Serialize)]
struct CurrentLink {
    label: String,
    href: String,
    current: bool,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    RawQuery(query): RawQuery,
) -> Result<Html<String>, PageError> {
    let catalogue = state.catalogue().await?;
    let pairs = parse_pairs(query.as_deref());
    let request = measure_list_request(&pairs, &catalogue, Visibility::PublishedOnly, MAX_PER_PAGE)?;
    let page = state.store().measures(&request.query, request.page).await?;
    let cards =
        page.records.iter().map(|record| MeasureCard::new(record, &catalogue, state.messages(), &context)).collect();
    let messages = state.messages();
    let language = context.language;

    let with = |extra: &[(&str, String)]| -> String {
        let mut pairs = request.filters.clone();
        for (name, value) in extra {
            pairs.push(((*name).to_owned(), value.clone()));
        }
        context.link("/measures", &pairs)
    };
    let sort_name = match request.query.sort {
        MeasureSort::CountryName => "country",
        MeasureSort::YearDescending => "year",
    };
    let paging_pairs = |number: u32| {
        let mut extra = vec![("sort", sort_name.to_owned())];
        if request.page.size != crate::list_params::DEFAULT_PER_PAGE {
            extra.push(("per_page", request.page.size.to_string()));
        }
        if number > 1 {
            extra.push(("page", number.to_string()));
        }
        with(&extra)
    };
    let pages = page.page_count();
    let current = request.page.number;
    let pagination = Pagination::new(current, pages, paging_pairs);
    let sort_links = [("country", "sort-by-country"), ("year", "sort-by-year")]
        .into_iter()
        .map(|(value, key)| CurrentLink {
            label: messages.text(language, key, &[]),
            href: with(&[("sort", value.to_owned())]),
            current: value == sort_name,
        })
        .collect();
    let active_filters = request
        .filters
        .iter()
        .enumerate()
        .map(|(position, (name, value))| {
            let remaining: Vec<(String, String)> = request
                .filters
                .iter()
                .enumerate()
                .filter(|(other, _)| *other != position)
                .map(|(_, pair)| pair.clone())
                .collect();
            Link { label: filter_label(name, value, &catalogue, &context), href: context.link("/measures", &remaining) }
        })
        .collect();
    let year = |name: &str| request.filters.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let api_pairs: Vec<(String, String)> = pairs.iter().filter(|(name, _)| name != "lang").cloned().collect();
    let body = MeasuresPage {
        total: page.total,
        cards,
        selects: selects(&request, &catalogue, &state, &context),
        year_from: year("year_from"),
        year_to: year("year_to"),
        active_filters,
        clear_href: context.link("/measures", &[]),
        sort_links,
        pagination,
        api_href: crate::link_with_language::link_with_language("/api/v1/measures", &api_pairs, None),
    };
    render(&state, &context, "measures.html", body)
}

/// What an active filter is called on screen: "Training and capacity-building", "Chile".
fn filter_label(name: &str, value: &str, catalogue: &Catalogue, context: &PageContext) -> String {
    let language = context.language;
    if let Some(thesaurus) = catalogue.thesaurus(name) {
        return thesaurus.find(value).map_or_else(|| value.to_owned(), |term| term.labels.best(language).to_owned());
    }
    match name {
        "country" => {
            catalogue.country_by_code(value).map_or_else(|| value.to_owned(), |c| c.short_name(language).to_owned())
        }
        "region" => domain::country::M49::parse(value)
            .and_then(|code| catalogue.region(code))
            .map_or_else(|| value.to_owned(), |r| r.names.best(language).to_owned()),
        "actor" => {
            catalogue.actor_by_code(value).map_or_else(|| value.to_owned(), |a| catalogue.actor_name(a, language))
        }
        "cycle" => catalogue
            .cycle(value)
            .map_or_else(|| value.to_owned(), |c| c.symbol.clone().unwrap_or_else(|| c.code.to_string())),
        "year_from" => format!("≥ {value}"),
        "year_to" => format!("≤ {value}"),
        _ => value.to_owned(),
    }
}

fn selects(
    request: &MeasureListRequest,
    catalogue: &Catalogue,
    state: &AppState,
    context: &PageContext,
) -> Vec<Select> {
    let language = context.language;
    let messages = state.messages();
    let chosen =
        |name: &str| request.filters.iter().filter(|(n, _)| n == name).map(|(_, v)| v.as_str()).collect::<Vec<_>>();
    let select = |name: &str, label_key: &str, choices: Vec<Choice>| {
        let chosen = chosen(name);
        let mut options = vec![SelectOption {
            value: String::new(),
            label: messages.text(language, "filter-any", &[]),
            selected: chosen.is_empty(),
        }];
        options.extend(choices.into_iter().map(|choice| SelectOption {
            selected: chosen.contains(&choice.value.as_str()),
            value: choice.value,
            label: choice.label,
        }));
        Select { name: name.to_owned(), label: messages.text(language, label_key, &[]), options }
    };
    let mut result = Vec::new();

    let mut countries: Vec<Choice> = catalogue
        .countries()
        .iter()
        .map(|country| Choice { value: country.iso3.clone(), label: country.short_name(language).to_owned() })
        .collect();
    sort_choices(&mut countries, language);
    result.push(select("country", "filter-country", countries));

    let mut regions: Vec<&domain::country::Region> =
        catalogue.regions().filter(|region| region.level != domain::country::RegionLevel::World).collect();
    locale_format::LocaleFormat::of(language).sort(&mut regions, |region| region.names.best(language));
    result.push(select(
        "region",
        "filter-region",
        regions
            .into_iter()
            .map(|region| Choice { value: region.m49.to_string(), label: region.names.best(language).to_owned() })
            .collect(),
    ));

    for thesaurus in catalogue.thesauri() {
        let choices = thesaurus
            .terms()
            .iter()
            .map(|term| Choice {
                value: term.code.to_string(),
                label: format!("{}{}", "\u{2003}".repeat(thesaurus.depth(&term.code)), term.labels.best(language)),
            })
            .collect();
        let mut select = select(thesaurus.code().as_str(), "filter-vocabulary", choices);
        select.label = thesaurus.vocabulary().labels.best(language).to_owned();
        result.push(select);
    }

    result.push(select(
        "cycle",
        "filter-cycle",
        catalogue
            .cycles()
            .map(|cycle| Choice {
                value: cycle.code.to_string(),
                label: format!(
                    "{} ({})",
                    cycle.symbol.clone().unwrap_or_else(|| cycle.code.to_string()),
                    cycle.as_at.year()
                ),
            })
            .collect(),
    ));
    result.push(select(
        "actor_kind",
        "filter-actor-kind",
        ActorKind::ALL
            .into_iter()
            .map(|kind| Choice { value: kind.as_str().to_owned(), label: messages.actor_kind(language, kind) })
            .collect(),
    ));
    result.push(select(
        "implementation",
        "filter-implementation",
        ImplementationStatus::ALL
            .into_iter()
            .map(|status| Choice {
                value: status.as_str().to_owned(),
                label: messages.implementation(language, status),
            })
            .collect(),
    ));
    result
}
