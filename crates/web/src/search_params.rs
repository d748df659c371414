//! Reading a search from query parameters, shared by the `/search` page and
//! `GET /api/v1/search`, with an error that names the parameter at fault.
//!
//! Parameters: `q` (the text), `country` (ISO alpha-3 or alpha-2 or M49; repeatable),
//! `region` (M49; repeatable), one parameter per vocabulary (`type`, `form`, `keyword`,
//! `stage`; repeatable), `actor` (an actor's code; repeatable), `actor_kind`, `cycle`, `implementation` (repeatable), `year_from`,
//! `year_to`, `sort` (`relevance`, `year` or `country`), `page`, `per_page`. Values of one
//! parameter are alternatives; different parameters must all hold.

use domain::{
    actor::ActorKind,
    catalogue::Catalogue,
    country::M49,
    cycle::CycleCode,
    language::Language,
    measure::{ImplementationStatus, YearRange},
};
use search::{SearchFilters, SearchRequest, SearchSort};

use crate::list_params::{DEFAULT_PER_PAGE, ParamError, error, problems};

/// A search read from its query, with the parameters as understood (normalised codes, in
/// their order) to rebuild links.
#[derive(Debug, Clone)]
pub(crate) struct SearchParams {
    pub(crate) request: SearchRequest,
    /// The text and filter parameters, without `page`, `per_page`, `sort` and `lang`.
    pub(crate) filters: Vec<(String, String)>,
}

/// The highest page number accepted: deeper pages are served, this only bounds the number.
const MAX_PAGE: u32 = 10_000_000;

pub(crate) fn search_params(
    pairs: &[(String, String)],
    catalogue: &Catalogue,
    language: Language,
    max_per_page: u32,
) -> Result<SearchParams, ParamError> {
    let mut request = SearchRequest::everything(language);
    request.per_page = DEFAULT_PER_PAGE;
    let mut filters: SearchFilters = SearchFilters::default();
    let mut understood: Vec<(String, String)> = Vec::new();
    for (name, value) in pairs {
        let name = name.as_str();
        if name == "q" {
            // The index refuses the same texts; refused here, the visitor is told in the page's
            // language.
            match search::query_text::QueryText::parse(value) {
                Err(search::query_text::QueryTextError::TooLong { chars }) => {
                    let limit = search::query_text::MAX_QUERY_CHARS;
                    return Err(error(name, problems::search_text_too_long(chars, limit)));
                }
                Err(search::query_text::QueryTextError::TooManyItems { items }) => {
                    let limit = search::query_text::MAX_QUERY_ITEMS;
                    return Err(error(name, problems::search_text_too_many_words(items, limit)));
                }
                Ok(_) => {}
            }
            if !value.trim().is_empty() {
                request.text = value.clone();
                understood.push((name.to_owned(), value.clone()));
            }
            continue;
        }
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        let mut keep = |value: String| understood.push((name.to_owned(), value));
        match name {
            "country" => {
                let country =
                    catalogue.country_by_code(value).ok_or_else(|| error(name, problems::unknown_country(value)))?;
                push_unique(&mut filters.countries, country.m49);
                keep(country.iso3.clone());
            }
            "region" => {
                let region = M49::parse(value)
                    .and_then(|code| catalogue.region(code))
                    .ok_or_else(|| error(name, problems::unknown_region(value)))?;
                push_unique(&mut filters.regions, region.m49);
                keep(region.m49.to_string());
            }
            "actor_kind" => {
                let kind = ActorKind::parse(value).ok_or_else(|| {
                    error(name, problems::not_one_of(value, &ActorKind::ALL.map(ActorKind::as_str).join(", ")))
                })?;
                push_unique(&mut filters.actor_kinds, kind);
                keep(kind.as_str().to_owned());
            }
            "actor" => {
                let actor =
                    catalogue.actor_by_code(value).ok_or_else(|| error(name, problems::unknown_actor(value)))?;
                push_unique(&mut filters.actors, actor.code.clone());
                keep(actor.code.to_string());
            }
            "cycle" => {
                let cycle = catalogue.cycle(value).ok_or_else(|| error(name, problems::unknown_cycle(value)))?;
                let code = CycleCode::parse(cycle.code.as_str()).map_err(|message| error(name, message))?;
                keep(code.to_string());
                push_unique(&mut filters.cycles, code);
            }
            "implementation" => {
                let status = ImplementationStatus::parse(value)
                    .ok_or_else(|| error(name, problems::not_one_of(value, "in_place, in_preparation")))?;
                push_unique(&mut filters.implementation, status);
                keep(status.as_str().to_owned());
            }
            "year_from" => {
                filters.year_from = Some(year(name, value)?);
                keep(value.to_owned());
            }
            "year_to" => {
                filters.year_to = Some(year(name, value)?);
                keep(value.to_owned());
            }
            "sort" => {
                request.sort = SearchSort::parse(value)
                    .ok_or_else(|| error(name, problems::not_one_of(value, "relevance, year, country")))?;
            }
            "page" => {
                request.page = value
                    .parse()
                    .ok()
                    .filter(|n| (1..=MAX_PAGE).contains(n))
                    .ok_or_else(|| error(name, problems::not_a_page_number(value, MAX_PAGE)))?;
            }
            "per_page" => {
                request.per_page = value
                    .parse()
                    .ok()
                    .filter(|n| (1..=max_per_page).contains(n))
                    .ok_or_else(|| error(name, problems::not_a_page_size(value, max_per_page)))?;
            }
            "lang" => {}
            vocabulary => {
                // Unknown parameters are ignored, as web forms and trackers add their own.
                let Some(thesaurus) = catalogue.thesaurus(vocabulary) else { continue };
                let term =
                    thesaurus.find(value).ok_or_else(|| error(name, problems::unknown_term(value, vocabulary)))?;
                match filters.terms.iter_mut().find(|(code, _)| code == thesaurus.code()) {
                    Some((_, terms)) => push_unique(terms, term.code.clone()),
                    None => filters.terms.push((thesaurus.code().clone(), vec![term.code.clone()])),
                }
                keep(term.code.to_string());
            }
        }
    }
    if let (Some(from), Some(to)) = (filters.year_from, filters.year_to)
        && from > to
    {
        return Err(error("year_to", problems::year_to_before_year_from(to, from)));
    }
    understood.dedup();
    request.filters = filters;
    Ok(SearchParams { request, filters: understood })
}

fn push_unique<T: PartialEq>(values: &mut Vec<T>, value: T) {
    if !values.contains(&value) {
        values.push(value);
    }
}

fn year(name: &str, value: &str) -> Result<i32, ParamError> {
    value
        .parse()
        .ok()
        .filter(|year| (YearRange::EARLIEST..=YearRange::LATEST).contains(year))
        .ok_or_else(|| error(name, problems::not_a_year(value)))
}
