//! Reading a list of measures from query parameters for `GET /api/v1/measures`, with an error
//! that names the parameter at fault.
//!
//! Parameters: `country` (ISO alpha-3 or alpha-2 or M49), `region` (M49), `actor`,
//! `actor_kind`, `cycle`, one parameter per vocabulary (`type`, `form`, `keyword`, `stage`,
//! repeatable: any of the codes), `year_from`, `year_to`, `implementation`, `sort`
//! (`country` or `year`), `page`, `per_page`.

use std::fmt;

use domain::{
    actor::ActorKind,
    catalogue::Catalogue,
    cycle::CycleCode,
    measure::{ImplementationStatus, YearRange},
};
use store::{MeasureQuery, MeasureSort, Page, TermFilter, Visibility};

/// A query parameter that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ParamError {
    pub(crate) parameter: String,
    pub(crate) message: String,
}

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "parameter '{}': {}", self.parameter, self.message)
    }
}

fn error(parameter: &str, message: impl Into<String>) -> ParamError {
    ParamError { parameter: parameter.to_owned(), message: message.into() }
}

/// A list request read from its query.
#[derive(Debug, Clone)]
pub(crate) struct MeasureListRequest {
    pub(crate) query: MeasureQuery,
    pub(crate) page: Page,
}

/// The page size when none is asked for.
pub(crate) const DEFAULT_PER_PAGE: u32 = 20;

pub(crate) fn parse_pairs(raw_query: Option<&str>) -> Vec<(String, String)> {
    form_urlencoded::parse(raw_query.unwrap_or("").as_bytes())
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect()
}

/// Reads a list request. `max_per_page` bounds `per_page`.
pub(crate) fn measure_list_request(
    pairs: &[(String, String)],
    catalogue: &Catalogue,
    visibility: Visibility,
    max_per_page: u32,
) -> Result<MeasureListRequest, ParamError> {
    let mut query = MeasureQuery::all(visibility);
    let mut page_number = 1;
    let mut per_page = DEFAULT_PER_PAGE;
    for (name, value) in pairs {
        let name = name.as_str();
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        match name {
            "country" => {
                let country = catalogue.country_by_code(value).ok_or_else(|| {
                    error(name, format!("unknown country '{value}': use an ISO 3166 alpha-3 code such as AZE"))
                })?;
                query.country = Some(country.m49);
            }
            "region" => {
                let region =
                    domain::country::M49::parse(value).and_then(|code| catalogue.region(code)).ok_or_else(|| {
                        error(
                            name,
                            format!("unknown M49 region '{value}', such as 419 for Latin America and the Caribbean"),
                        )
                    })?;
                query.region = Some(region.m49);
            }
            "actor" => {
                let actor =
                    catalogue.actor_by_code(value).ok_or_else(|| error(name, format!("unknown actor '{value}'")))?;
                query.actor = Some(actor.code.clone());
            }
            "actor_kind" => {
                let allowed = ActorKind::ALL.map(ActorKind::as_str).join(", ");
                query.actor_kind = Some(
                    ActorKind::parse(value)
                        .ok_or_else(|| error(name, format!("'{value}' is not one of: {allowed}")))?,
                );
            }
            "cycle" => {
                let cycle =
                    catalogue.cycle(value).ok_or_else(|| error(name, format!("unknown reporting cycle '{value}'")))?;
                query.cycle = Some(CycleCode::parse(cycle.code.as_str()).map_err(|message| error(name, message))?);
            }
            "year_from" => query.year_from = Some(year(name, value)?),
            "year_to" => query.year_to = Some(year(name, value)?),
            "implementation" => {
                query.implementation = Some(
                    ImplementationStatus::parse(value)
                        .ok_or_else(|| error(name, format!("'{value}' is not one of: in_place, in_preparation")))?,
                );
            }
            "sort" => {
                query.sort = match value {
                    "country" => MeasureSort::CountryName,
                    "year" => MeasureSort::YearDescending,
                    _ => return Err(error(name, format!("'{value}' is not one of: country, year"))),
                };
            }
            "page" => {
                page_number = value
                    .parse()
                    .ok()
                    .filter(|n| (1..=1_000_000).contains(n))
                    .ok_or_else(|| error(name, format!("'{value}' is not a page number from 1 to 1000000")))?;
            }
            "per_page" => {
                per_page = value
                    .parse()
                    .ok()
                    .filter(|n| (1..=max_per_page).contains(n))
                    .ok_or_else(|| error(name, format!("'{value}' is not a page size from 1 to {max_per_page}")))?;
            }
            "lang" => {}
            vocabulary => {
                let Some(thesaurus) = catalogue.thesaurus(vocabulary) else {
                    // Unknown parameters are ignored, as web forms and trackers add their own.
                    continue;
                };
                let term = thesaurus
                    .find(value)
                    .ok_or_else(|| error(name, format!("unknown code '{value}' in vocabulary '{vocabulary}'")))?;
                match query.terms.iter_mut().find(|filter| &filter.vocabulary == thesaurus.code()) {
                    Some(filter) => filter.any_of.push(term.code.clone()),
                    None => query
                        .terms
                        .push(TermFilter { vocabulary: thesaurus.code().clone(), any_of: vec![term.code.clone()] }),
                }
            }
        }
    }
    if let (Some(from), Some(to)) = (query.year_from, query.year_to)
        && from > to
    {
        return Err(error("year_to", format!("{to} is before year_from {from}")));
    }
    Ok(MeasureListRequest { query, page: Page::new(page_number, per_page) })
}

fn year(name: &str, value: &str) -> Result<i32, ParamError> {
    value.parse().ok().filter(|year| (YearRange::EARLIEST..=YearRange::LATEST).contains(year)).ok_or_else(|| {
        error(name, format!("'{value}' is not a year from {} to {}", YearRange::EARLIEST, YearRange::LATEST))
    })
}
