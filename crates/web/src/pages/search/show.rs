//! `GET /search`: full-text search over published measures with a facet sidebar. Every state
//! of the page (text, facets, order, page) is in its address, so it can be shared and the back
//! button works; it needs no script.

use axum::{
    extract::{RawQuery, State},
    response::Html,
};
use domain::{
    actor::ActorKind,
    catalogue::Catalogue,
    country::{M49, RegionLevel},
    language::Language,
    measure::ImplementationStatus,
    vocabulary::VocabularyCode,
};
use search::{Highlighted, Hit, SearchResults, SearchSort};
use serde::Serialize;

use crate::{
    error::PageError,
    i18n::Messages,
    list_params::{DEFAULT_PER_PAGE, parse_pairs},
    page_context::PageContext,
    pages::{
        components::{links::Link, measure_card::reported_in_cycle, pagination::Pagination},
        rendering::render,
    },
    search_params::{SearchParams, search_params},
    state::AppState,
};

/// The largest page the site shows.
const MAX_PER_PAGE: u32 = 100;

/// Facet values shown before "more".
const SHOWN_BEFORE_MORE: usize = 8;

#[derive(Serialize)]
struct SearchPage {
    q: String,
    /// The current filters, carried by the search form so that new text keeps them.
    hidden: Vec<Pair>,
    /// The current text and filters except the years, carried by the years form.
    hidden_for_years: Vec<Pair>,
    total: u64,
    hits: Vec<HitView>,
    named_terms: Vec<Link>,
    facets: Vec<FacetGroup>,
    year_from: String,
    year_to: String,
    active_filters: Vec<Link>,
    /// How many filters the facets and years have chosen (the text searched for aside): what
    /// the link to the filters on a narrow screen counts.
    facet_filters_chosen: usize,
    clear_href: String,
    sort_links: Vec<CurrentLink>,
    pagination: Pagination,
    /// Set when the page asked for is past the last one.
    past_the_end: Option<PastTheEnd>,
    api_href: String,
    /// The same search as a download, by format.
    export_links: Vec<Link>,
}

#[derive(Serialize)]
struct Pair {
    name: String,
    value: String,
}

#[derive(Serialize)]
struct HitView {
    href: String,
    title: Vec<Part>,
    snippet: Vec<Part>,
    /// The language of the title and snippet when it is not the page's.
    text_language: Option<&'static str>,
    country: Option<Link>,
    actor: Option<String>,
    years: Option<String>,
    /// "Reported in A/64/152 (2009)".
    reported_in: Option<String>,
    types: Vec<Link>,
}

#[derive(Serialize)]
struct Part {
    text: String,
    mark: bool,
}

#[derive(Serialize)]
struct FacetGroup {
    id: String,
    label: String,
    values: Vec<FacetValue>,
    more: Vec<FacetValue>,
}

#[derive(Serialize)]
struct FacetValue {
    label: String,
    count: u64,
    href: String,
    selected: bool,
    depth: usize,
}

#[derive(Serialize)]
struct CurrentLink {
    label: String,
    href: String,
    current: bool,
}

#[derive(Serialize)]
struct PastTheEnd {
    page: u32,
    last: u64,
    last_href: String,
}

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    RawQuery(query): RawQuery,
) -> Result<Html<String>, PageError> {
    let catalogue = state.catalogue().await?;
    let pairs = parse_pairs(query.as_deref());
    let params = search_params(&pairs, &catalogue, context.language, MAX_PER_PAGE)?;
    let results = state.search_index().search(&params.request)?;
    let body = SearchPage::new(&params, &results, &catalogue, &state, &context);
    render(&state, &context, "search.html", body)
}

impl SearchPage {
    fn new(
        params: &SearchParams,
        results: &SearchResults,
        catalogue: &Catalogue,
        state: &AppState,
        context: &PageContext,
    ) -> SearchPage {
        let request = &params.request;
        let language = context.language;
        let messages = state.messages();
        let filters = &params.filters;
        let link = |pairs: &[(String, String)]| context.link("/search", pairs);
        let with_order = |mut pairs: Vec<(String, String)>, page: u32| {
            if request.sort != SearchSort::Relevance {
                pairs.push(("sort".into(), request.sort.as_str().into()));
            }
            if request.per_page != DEFAULT_PER_PAGE {
                pairs.push(("per_page".into(), request.per_page.to_string()));
            }
            if page > 1 {
                pairs.push(("page".into(), page.to_string()));
            }
            link(&pairs)
        };
        // Choosing or removing a facet value goes back to the first page.
        let toggle = |name: &str, value: &str| {
            let pair = (name.to_owned(), value.to_owned());
            let mut pairs: Vec<(String, String)> = filters.clone();
            match pairs.iter().position(|existing| *existing == pair) {
                Some(position) => {
                    pairs.remove(position);
                }
                None => pairs.push(pair),
            }
            with_order(pairs, 1)
        };
        let hidden = filters
            .iter()
            .filter(|(name, _)| name != "q")
            .map(|(name, value)| Pair { name: name.clone(), value: value.clone() })
            .collect();
        let hidden_for_years = filters
            .iter()
            .filter(|(name, _)| name != "year_from" && name != "year_to")
            .map(|(name, value)| Pair { name: name.clone(), value: value.clone() })
            .collect();
        let year = |name: &str| filters.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap_or_default();

        let pages = i64::try_from(results.page_count()).unwrap_or(i64::MAX);
        let pagination = Pagination::new(request.page, pages, |page| with_order(filters.clone(), page));
        let past_the_end = (results.hits.is_empty() && results.total > 0).then(|| PastTheEnd {
            page: request.page,
            last: results.page_count(),
            last_href: with_order(filters.clone(), u32::try_from(results.page_count()).unwrap_or(1)),
        });

        let sort_links = [
            (SearchSort::Relevance, "sort-by-relevance"),
            (SearchSort::CountryName, "sort-by-country"),
            (SearchSort::YearDescending, "sort-by-year"),
        ]
        .into_iter()
        .map(|(sort, key)| {
            let mut pairs = filters.clone();
            if sort != SearchSort::Relevance {
                pairs.push(("sort".into(), sort.as_str().into()));
            }
            CurrentLink { label: messages.text(language, key, &[]), href: link(&pairs), current: sort == request.sort }
        })
        .collect();

        let active_filters = filters
            .iter()
            .map(|(name, value)| Link {
                label: filter_label(name, value, catalogue, state, language),
                href: toggle(name, value),
            })
            .collect();

        let named_terms = results
            .named_terms
            .iter()
            .filter_map(|(vocabulary, code)| {
                let thesaurus = catalogue.thesaurus(vocabulary.as_str())?;
                let term = thesaurus.term(code)?;
                Some(Link {
                    label: format!("{} ({})", term.labels.best(language), thesaurus.vocabulary().labels.best(language)),
                    href: context.link(&format!("/vocabularies/{vocabulary}/{code}"), &[]),
                })
            })
            .collect();

        let api_pairs: Vec<(String, String)> = {
            let mut pairs = filters.clone();
            if request.sort != SearchSort::Relevance {
                pairs.push(("sort".into(), request.sort.as_str().into()));
            }
            if request.page > 1 {
                pairs.push(("page".into(), request.page.to_string()));
            }
            pairs
        };

        SearchPage {
            q: request.text.clone(),
            hidden,
            hidden_for_years,
            total: results.total,
            hits: results.hits.iter().map(|hit| HitView::new(hit, catalogue, messages, context)).collect(),
            named_terms,
            facets: facet_groups(results, catalogue, state, language, &toggle),
            year_from: year("year_from"),
            year_to: year("year_to"),
            facet_filters_chosen: filters.iter().filter(|(name, _)| name != "q").count(),
            active_filters,
            clear_href: link(&[]),
            sort_links,
            pagination,
            past_the_end,
            api_href: crate::link_with_language::link_with_language("/api/v1/search", &api_pairs, None),
            export_links: ["csv", "xlsx", "json"]
                .into_iter()
                .map(|format| Link {
                    label: format.to_uppercase(),
                    href: context.link(&format!("/search/export.{format}"), &params.filters),
                })
                .collect(),
        }
    }
}

impl HitView {
    fn new(hit: &Hit, catalogue: &Catalogue, messages: &Messages, context: &PageContext) -> HitView {
        let language = context.language;
        let country = hit.country.and_then(|m49| catalogue.country(m49));
        let actor = catalogue.actor_by_code(&hit.actor);
        let actor_shown = actor.filter(|actor| !(actor.kind.is_state() && actor.country == hit.country));
        let types = hit
            .terms
            .iter()
            .filter(|(vocabulary, _)| vocabulary.as_str() == VocabularyCode::TYPE_OF_MEASURE)
            .filter_map(|(vocabulary, code)| {
                let term = catalogue.thesaurus(vocabulary.as_str())?.term(code)?;
                Some(Link {
                    label: term.labels.best(language).to_owned(),
                    href: context.link("/search", &[(vocabulary.to_string(), code.to_string())]),
                })
            })
            .collect();
        HitView {
            href: context.link(&format!("/measures/{}", hit.store_id), &[]),
            title: parts(&hit.title),
            snippet: parts(&hit.snippet),
            text_language: (hit.language != language).then_some(hit.language.code()),
            country: country.map(|country| Link {
                label: country.short_name(language).to_owned(),
                href: context.link(&format!("/countries/{}", country.iso3), &[]),
            }),
            actor: actor_shown.map(|actor| catalogue.actor_name(actor, language)),
            years: hit.years.map(|years| years.to_string()),
            reported_in: hit
                .cycle
                .as_ref()
                .and_then(|cycle| reported_in_cycle(cycle.as_str(), catalogue, messages, language)),
            types,
        }
    }
}

fn parts(text: &Highlighted) -> Vec<Part> {
    text.parts().into_iter().map(|(text, mark)| Part { text: text.to_owned(), mark }).collect()
}

/// The sidebar: one group per facet, values with their counts; a chosen value links to its
/// removal.
fn facet_groups(
    results: &SearchResults,
    catalogue: &Catalogue,
    state: &AppState,
    language: Language,
    toggle: &dyn Fn(&str, &str) -> String,
) -> Vec<FacetGroup> {
    let messages = state.messages();
    let mut groups = Vec::new();
    let group = |id: &str, label: String, values: Vec<FacetValue>| {
        let mut values = values;
        let more = if values.len() > SHOWN_BEFORE_MORE + 2 {
            // Chosen values always stay in view.
            let (mut shown, mut rest): (Vec<_>, Vec<_>) = (Vec::new(), Vec::new());
            for value in values.drain(..) {
                if shown.len() < SHOWN_BEFORE_MORE || value.selected {
                    shown.push(value);
                } else {
                    rest.push(value);
                }
            }
            values = shown;
            rest
        } else {
            Vec::new()
        };
        FacetGroup { id: id.to_owned(), label, values, more }
    };

    for (vocabulary, counts) in &results.facets.terms {
        let Some(thesaurus) = catalogue.thesaurus(vocabulary.as_str()) else { continue };
        let values = counts
            .iter()
            .filter_map(|count| {
                let term = thesaurus.term(&count.value)?;
                Some(FacetValue {
                    label: term.labels.best(language).to_owned(),
                    count: count.count,
                    href: toggle(vocabulary.as_str(), count.value.as_str()),
                    selected: count.selected,
                    depth: thesaurus.depth(&count.value),
                })
            })
            .collect();
        // Terms keep the thesaurus order (broader before narrower); nothing is folded away.
        groups.push(FacetGroup {
            id: vocabulary.to_string(),
            label: thesaurus.vocabulary().labels.best(language).to_owned(),
            values,
            more: Vec::new(),
        });
    }

    let country_values = results
        .facets
        .countries
        .iter()
        .filter_map(|count| {
            let country = catalogue.country(count.value)?;
            Some(FacetValue {
                label: country.short_name(language).to_owned(),
                count: count.count,
                href: toggle("country", &country.iso3),
                selected: count.selected,
                depth: 0,
            })
        })
        .collect();
    groups.push(group("country", messages.text(language, "filter-country", &[]), country_values));

    let region_values = results
        .facets
        .regions
        .iter()
        .filter_map(|count| {
            let region = catalogue.region(count.value)?;
            let depth = match region.level {
                RegionLevel::World | RegionLevel::Region => 0,
                _ => 1,
            };
            Some((
                region_sort_key(catalogue, count.value),
                FacetValue {
                    label: region.names.best(language).to_owned(),
                    count: count.count,
                    href: toggle("region", &count.value.to_string()),
                    selected: count.selected,
                    depth,
                },
            ))
        })
        .collect::<Vec<_>>();
    let mut region_values = region_values;
    region_values.sort_by(|a, b| a.0.cmp(&b.0));
    groups.push(group(
        "region",
        messages.text(language, "filter-region", &[]),
        region_values.into_iter().map(|(_, value)| value).collect(),
    ));

    groups.push(group(
        "actor_kind",
        messages.text(language, "filter-actor-kind", &[]),
        results
            .facets
            .actor_kinds
            .iter()
            .map(|count| FacetValue {
                label: messages.actor_kind(language, count.value),
                count: count.count,
                href: toggle("actor_kind", count.value.as_str()),
                selected: count.selected,
                depth: 0,
            })
            .collect(),
    ));
    groups.push(group(
        "cycle",
        messages.text(language, "filter-cycle", &[]),
        results
            .facets
            .cycles
            .iter()
            .map(|count| FacetValue {
                label: catalogue
                    .cycle(count.value.as_str())
                    .and_then(|cycle| cycle.symbol.clone())
                    .unwrap_or_else(|| count.value.to_string()),
                count: count.count,
                href: toggle("cycle", count.value.as_str()),
                selected: count.selected,
                depth: 0,
            })
            .collect(),
    ));
    groups.push(group(
        "implementation",
        messages.text(language, "filter-implementation", &[]),
        results
            .facets
            .implementation
            .iter()
            .map(|count| FacetValue {
                label: messages.implementation(language, count.value),
                count: count.count,
                href: toggle("implementation", count.value.as_str()),
                selected: count.selected,
                depth: 0,
            })
            .collect(),
    ));
    groups.retain(|group| !group.values.is_empty());
    groups
}

/// Regions first by their region, then the region itself before its sub-regions.
fn region_sort_key(catalogue: &Catalogue, code: M49) -> (String, u8, String) {
    let Some(region) = catalogue.region(code) else { return (String::new(), 0, String::new()) };
    let name = region.names.best(Language::English).to_owned();
    match region.parent.and_then(|parent| catalogue.region(parent)) {
        Some(parent) if parent.level != RegionLevel::World => {
            (parent.names.best(Language::English).to_owned(), 1, name)
        }
        _ => (name, 0, String::new()),
    }
}

/// What an active filter is called on screen.
fn filter_label(name: &str, value: &str, catalogue: &Catalogue, state: &AppState, language: Language) -> String {
    if let Some(thesaurus) = catalogue.thesaurus(name) {
        return thesaurus.find(value).map_or_else(|| value.to_owned(), |term| term.labels.best(language).to_owned());
    }
    match name {
        "q" => format!("“{value}”"),
        "country" => {
            catalogue.country_by_code(value).map_or_else(|| value.to_owned(), |c| c.short_name(language).to_owned())
        }
        "region" => M49::parse(value)
            .and_then(|code| catalogue.region(code))
            .map_or_else(|| value.to_owned(), |r| r.names.best(language).to_owned()),
        "actor" => catalogue
            .actor_by_code(value)
            .map_or_else(|| value.to_owned(), |actor| catalogue.actor_name(actor, language)),
        "actor_kind" => {
            ActorKind::parse(value).map_or_else(|| value.to_owned(), |kind| state.messages().actor_kind(language, kind))
        }
        "implementation" => ImplementationStatus::parse(value)
            .map_or_else(|| value.to_owned(), |status| state.messages().implementation(language, status)),
        "cycle" => catalogue
            .cycle(value)
            .map_or_else(|| value.to_owned(), |c| c.symbol.clone().unwrap_or_else(|| c.code.to_string())),
        "year_from" => format!("≥ {value}"),
        "year_to" => format!("≤ {value}"),
        _ => value.to_owned(),
    }
}
