//! The JSON shapes of instruments and their parties.

use domain::language::Language;
use serde::Serialize;
use utoipa::ToSchema;

use crate::api::views::common::{ByLanguage, CountryRef, TextsByLanguage, by_language};

/// A convention or protocol, with its number of parties as at the date asked for.
#[derive(Serialize, ToSchema)]
pub(crate) struct InstrumentView {
    #[schema(example = "untoc-trafficking")]
    pub(crate) code: String,
    pub(crate) title: String,
    #[schema(value_type = TextsByLanguage)]
    pub(crate) titles: ByLanguage,
    #[schema(example = "the Trafficking Protocol")]
    pub(crate) short_title: Option<String>,
    pub(crate) abbreviation: Option<String>,
    /// `un_secretary_general`, `ilo_director_general` or `oas_general_secretariat`.
    pub(crate) depositary: String,
    pub(crate) adopted_on: String,
    pub(crate) entry_into_force: Option<String>,
    /// The code of the convention a protocol supplements.
    pub(crate) parent: Option<String>,
    /// `complete` or `partial`.
    pub(crate) completeness: String,
    /// For complete records: the last day every State's actions are known to be recorded.
    pub(crate) complete_as_at: Option<String>,
    /// The date the count is for.
    pub(crate) as_at: String,
    /// How many States were parties as at `as_at`; a lower bound unless `count_is_complete`.
    pub(crate) party_count: usize,
    pub(crate) count_is_complete: bool,
}

impl InstrumentView {
    pub(crate) fn new(
        instrument: &domain::treaty::Instrument,
        language: Language,
        as_at: domain::date::Date,
        party_count: usize,
    ) -> InstrumentView {
        InstrumentView {
            code: instrument.code.to_string(),
            title: instrument.titles.best(language).to_owned(),
            titles: by_language(&instrument.titles),
            short_title: instrument.short_titles.get(language).map(str::to_owned),
            abbreviation: instrument.abbreviation.clone(),
            depositary: instrument.depositary.as_str().to_owned(),
            adopted_on: instrument.adopted_on.to_string(),
            entry_into_force: instrument.entry_into_force.map(|date| date.to_string()),
            parent: instrument.parent.as_ref().map(ToString::to_string),
            completeness: instrument.completeness.as_str().to_owned(),
            complete_as_at: instrument.complete_as_at.map(|date| date.to_string()),
            as_at: as_at.to_string(),
            party_count,
            count_is_complete: instrument.counts_are_complete_on(as_at),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub(crate) struct InstrumentsResponse {
    pub(crate) instruments: Vec<InstrumentView>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct InstrumentResponse {
    pub(crate) instrument: InstrumentView,
    /// The States that were parties as at the date, in M49 order.
    pub(crate) parties: Vec<PartyView>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct PartyView {
    pub(crate) country: CountryRef,
    /// The action that made the State a party.
    #[schema(example = "accession")]
    pub(crate) action: String,
    #[schema(example = "2004-06-07")]
    pub(crate) date: String,
    pub(crate) signed_on: Option<String>,
}
