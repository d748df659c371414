//! The JSON shapes of reporting cycles, their replies, and the treaty parties among the
//! States that replied.

use domain::cycle::ReportingCycle;
use serde::Serialize;
use utoipa::ToSchema;

use crate::api::views::common::{ActorRef, CountryRef};

/// A reporting cycle and the replies it received.
#[derive(Serialize, ToSchema)]
pub(crate) struct CycleView {
    #[schema(example = "2009")]
    pub(crate) code: String,
    #[schema(example = "A/64/152")]
    pub(crate) symbol: Option<String>,
    #[schema(example = "General Assembly resolution 62/132")]
    pub(crate) mandate: String,
    #[schema(example = "Violence against women migrant workers")]
    pub(crate) title: String,
    pub(crate) requested_on: Option<String>,
    pub(crate) deadline: Option<String>,
    pub(crate) period_from: Option<String>,
    pub(crate) period_to: Option<String>,
    #[schema(example = "2009-06-01")]
    pub(crate) as_at: String,
    pub(crate) published_on: Option<String>,
    pub(crate) previous_report: Option<String>,
}

impl CycleView {
    pub(crate) fn new(cycle: &ReportingCycle) -> CycleView {
        let date = |date: Option<domain::date::Date>| date.map(|date| date.to_string());
        CycleView {
            code: cycle.code.to_string(),
            symbol: cycle.symbol.clone(),
            mandate: cycle.mandate.clone(),
            title: cycle.title.clone(),
            requested_on: date(cycle.requested_on),
            deadline: date(cycle.deadline),
            period_from: date(cycle.period_from),
            period_to: date(cycle.period_to),
            as_at: cycle.as_at.to_string(),
            published_on: date(cycle.published_on),
            previous_report: cycle.previous_report.clone(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub(crate) struct CyclesResponse {
    pub(crate) cycles: Vec<CycleView>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct CycleResponse {
    pub(crate) cycle: CycleView,
    /// The date the counts are for.
    #[schema(example = "2009-06-01")]
    pub(crate) as_at: String,
    /// How many Member States had replied by `as_at`.
    #[schema(example = 28)]
    pub(crate) member_states_responded: usize,
    /// How many organizations (United Nations entities, IOM, others) had replied by `as_at`.
    #[schema(example = 9)]
    pub(crate) organizations_responded: usize,
    /// Every reply, in order of receipt, including those after `as_at`.
    pub(crate) replies: Vec<ReplyView>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct ReplyView {
    pub(crate) actor: ActorRef,
    #[schema(example = "2009-06-01")]
    pub(crate) received_on: String,
    pub(crate) language: Option<String>,
    /// Whether the reply had arrived by `as_at`.
    pub(crate) received_by_as_at: bool,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct TreatyPartiesResponse {
    pub(crate) cycle: String,
    pub(crate) as_at: String,
    pub(crate) instruments: Vec<String>,
    /// Respondents that were parties to every instrument, in English alphabetical order.
    pub(crate) parties: Vec<CountryRef>,
    /// Respondents that were not parties to at least one of them.
    pub(crate) not_parties: Vec<CountryRef>,
    /// Respondents for which some instrument's record is incomplete and shows nothing: they
    /// are in `not_parties` too, but may in fact be parties.
    pub(crate) unknown: Vec<CountryRef>,
}
