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
    message::Message,
};
use store::{MeasureQuery, MeasureSort, Page, TermFilter, Visibility};

/// A query parameter that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ParamError {
    pub(crate) parameter: String,
    pub(crate) message: Message,
}

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "parameter '{}': {}", self.parameter, self.message)
    }
}

pub(crate) fn error(parameter: &str, message: Message) -> ParamError {
    ParamError { parameter: parameter.to_owned(), message }
}

/// What is wrong with the value of a query parameter, shared by the list and search requests.
pub(crate) mod problems {
    use domain::{measure::YearRange, message::Message, text::shortened};

    pub(crate) fn unknown_country(value: &str) -> Message {
        Message::new(
            "problem-parameter-unknown-country",
            format!("unknown country '{}': use an ISO 3166 alpha-3 code such as AZE", shortened(value)),
        )
        .text("value", shortened(value))
    }

    pub(crate) fn unknown_region(value: &str) -> Message {
        Message::new(
            "problem-parameter-unknown-region",
            format!("unknown M49 region '{}', such as 419 for Latin America and the Caribbean", shortened(value)),
        )
        .text("value", shortened(value))
    }

    pub(crate) fn unknown_actor(value: &str) -> Message {
        Message::new("problem-parameter-unknown-actor", format!("unknown actor '{}'", shortened(value)))
            .text("value", shortened(value))
    }

    pub(crate) fn unknown_cycle(value: &str) -> Message {
        Message::new("problem-parameter-unknown-cycle", format!("unknown reporting cycle '{}'", shortened(value)))
            .text("value", shortened(value))
    }

    pub(crate) fn not_one_of(value: &str, allowed: &str) -> Message {
        Message::new("problem-not-one-of", format!("'{}' is not one of: {allowed}", shortened(value)))
            .text("value", shortened(value))
            .text("allowed", allowed)
    }

    pub(crate) fn not_a_page_number(value: &str, last: impl std::fmt::Display) -> Message {
        Message::new(
            "problem-parameter-not-a-page",
            format!("'{}' is not a page number from 1 to {last}", shortened(value)),
        )
        .text("value", shortened(value))
        .text("last", last.to_string())
    }

    pub(crate) fn not_a_page_size(value: &str, largest: impl std::fmt::Display) -> Message {
        Message::new(
            "problem-parameter-not-a-page-size",
            format!("'{}' is not a page size from 1 to {largest}", shortened(value)),
        )
        .text("value", shortened(value))
        .text("largest", largest.to_string())
    }

    pub(crate) fn unknown_term(value: &str, vocabulary: &str) -> Message {
        Message::new(
            "problem-parameter-unknown-term",
            format!("unknown code '{}' in vocabulary '{vocabulary}'", shortened(value)),
        )
        .text("value", shortened(value))
        .text("vocabulary", vocabulary)
    }

    pub(crate) fn year_to_before_year_from(to: i32, from: i32) -> Message {
        Message::new("problem-parameter-year-to-before-from", format!("{to} is before year_from {from}"))
            .text("to", to.to_string())
            .text("from", from.to_string())
    }

    pub(crate) fn not_a_year(value: &str) -> Message {
        Message::new(
            "problem-parameter-not-a-year",
            format!("'{}' is not a year from {} to {}", shortened(value), YearRange::EARLIEST, YearRange::LATEST),
        )
        .text("value", shortened(value))
        .text("earliest", YearRange::EARLIEST.to_string())
        .text("latest", YearRange::LATEST.to_string())
    }

    pub(crate) fn not_a_dimension(value: &str, allowed: &str) -> Message {
        Message::new(
            "problem-parameter-not-a-dimension",
            format!("'{}' is not a dimension ({allowed})", shortened(value)),
        )
        .text("value", shortened(value))
        .text("allowed", allowed)
    }

    pub(crate) fn not_a_statistics_year(value: &str, first: u16, last: u16) -> Message {
        Message::new(
            "problem-parameter-not-a-statistics-year",
            format!("'{}' is not a year from {first} to {last}", shortened(value)),
        )
        .text("value", shortened(value))
        .text("earliest", first.to_string())
        .text("latest", last.to_string())
    }

    pub(crate) fn from_after_to(from: u16, to: u16) -> Message {
        Message::new("problem-parameter-from-after-to", format!("{from} is later than to ({to})"))
            .text("from", from.to_string())
            .text("to", to.to_string())
    }

    pub(crate) fn map_needs_states() -> Message {
        Message::new(
            "problem-parameter-map-needs-states",
            "a map needs a table by State (state) or by nationality (nationality)",
        )
    }

    pub(crate) fn search_text_too_many_words(items: usize, limit: usize) -> Message {
        Message::new(
            "problem-parameter-search-text-too-many-words",
            format!("the search text has {items} words and phrases; at most {limit} are allowed"),
        )
        .number("items", items)
        .number("limit", limit)
    }

    pub(crate) fn search_text_too_long(length: usize, limit: usize) -> Message {
        Message::new(
            "problem-parameter-search-text-too-long",
            format!("the search text has {length} characters; at most {limit} are allowed"),
        )
        .number("length", length)
        .number("limit", limit)
    }
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
                let country =
                    catalogue.country_by_code(value).ok_or_else(|| error(name, problems::unknown_country(value)))?;
                query.country = Some(country.m49);
            }
            "region" => {
                let region = domain::country::M49::parse(value)
                    .and_then(|code| catalogue.region(code))
                    .ok_or_else(|| error(name, problems::unknown_region(value)))?;
                query.region = Some(region.m49);
            }
            "actor" => {
                let actor =
                    catalogue.actor_by_code(value).ok_or_else(|| error(name, problems::unknown_actor(value)))?;
                query.actor = Some(actor.code.clone());
            }
            "actor_kind" => {
                let allowed = ActorKind::ALL.map(ActorKind::as_str).join(", ");
                query.actor_kind =
                    Some(ActorKind::parse(value).ok_or_else(|| error(name, problems::not_one_of(value, &allowed)))?);
            }
            "cycle" => {
                let cycle = catalogue.cycle(value).ok_or_else(|| error(name, problems::unknown_cycle(value)))?;
                query.cycle = Some(CycleCode::parse(cycle.code.as_str()).map_err(|message| error(name, message))?);
            }
            "year_from" => query.year_from = Some(year(name, value)?),
            "year_to" => query.year_to = Some(year(name, value)?),
            "implementation" => {
                query.implementation = Some(
                    ImplementationStatus::parse(value)
                        .ok_or_else(|| error(name, problems::not_one_of(value, "in_place, in_preparation")))?,
                );
            }
            "sort" => {
                query.sort = match value {
                    "country" => MeasureSort::CountryName,
                    "year" => MeasureSort::YearDescending,
                    _ => return Err(error(name, problems::not_one_of(value, "country, year"))),
                };
            }
            "page" => {
                page_number = value
                    .parse()
                    .ok()
                    .filter(|n| (1..=1_000_000).contains(n))
                    .ok_or_else(|| error(name, problems::not_a_page_number(value, 1_000_000)))?;
            }
            "per_page" => {
                per_page = value
                    .parse()
                    .ok()
                    .filter(|n| (1..=max_per_page).contains(n))
                    .ok_or_else(|| error(name, problems::not_a_page_size(value, max_per_page)))?;
            }
            "lang" => {}
            vocabulary => {
                let Some(thesaurus) = catalogue.thesaurus(vocabulary) else {
                    // Unknown parameters are ignored, as web forms and trackers add their own.
                    continue;
                };
                let term =
                    thesaurus.find(value).ok_or_else(|| error(name, problems::unknown_term(value, vocabulary)))?;
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
        return Err(error("year_to", problems::year_to_before_year_from(to, from)));
    }
    Ok(MeasureListRequest { query, page: Page::new(page_number, per_page) })
}

fn year(name: &str, value: &str) -> Result<i32, ParamError> {
    value
        .parse()
        .ok()
        .filter(|year| (YearRange::EARLIEST..=YearRange::LATEST).contains(year))
        .ok_or_else(|| error(name, problems::not_a_year(value)))
}
