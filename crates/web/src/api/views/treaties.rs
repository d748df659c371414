//! The JSON shapes of a State's standing towards instruments as at a date.

use serde::Serialize;
use utoipa::ToSchema;

use crate::api::views::common::CountryRef;

/// A State's standing on one instrument as at a date.
#[derive(Serialize, ToSchema)]
pub(crate) struct StandingView {
    /// `party`, `denounced`, `signatory`, `not_party` (the record is complete and shows no
    /// action) or `no_record` (the record is incomplete and shows no action).
    #[schema(example = "party")]
    pub(crate) standing: String,
    /// For a party: `ratification`, `accession`, `acceptance`, `approval`, `succession` or
    /// `definitive_signature`.
    pub(crate) action: Option<String>,
    /// The date of the action that made the State a party, of its signature, or on which its
    /// denunciation took effect.
    pub(crate) date: Option<String>,
    pub(crate) signed_on: Option<String>,
}

impl StandingView {
    pub(crate) fn new(status: &domain::treaty::PartyStatus, standing: domain::treaty::Standing) -> StandingView {
        use domain::treaty::Standing;
        let (name, action, date) = match standing {
            Standing::Party { action, since } => ("party", Some(action.as_str().to_owned()), Some(since)),
            Standing::Denounced { effective } => ("denounced", None, Some(effective)),
            Standing::Signatory { signed_on } => ("signatory", None, Some(signed_on)),
            Standing::NotParty => ("not_party", None, None),
            Standing::NoRecord => ("no_record", None, None),
        };
        StandingView {
            standing: name.to_owned(),
            action,
            date: date.map(|d| d.to_string()),
            signed_on: status.signed_on.map(|d| d.to_string()),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub(crate) struct TreatyProfile {
    pub(crate) country: CountryRef,
    pub(crate) as_at: String,
    pub(crate) treaties: Vec<TreatyStanding>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct TreatyStanding {
    #[schema(example = "icrmw")]
    pub(crate) instrument: String,
    pub(crate) title: String,
    #[serde(flatten)]
    pub(crate) standing: StandingView,
}
