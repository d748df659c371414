//! Actors: who replies to a reporting cycle and who takes measures (States, United Nations
//! entities, IOM and other bodies).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{country::M49, language::Labels};

/// An actor's stable code: the ISO 3166 alpha-3 code for a State ("AZE"), the usual
/// abbreviation for an organization ("ILO", "UN-WOMEN"). Always upper case.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ActorCode(String);

impl ActorCode {
    /// Reads a code of 2 to 32 letters, digits and hyphens, in any case.
    pub fn parse(text: &str) -> Result<ActorCode, String> {
        let valid = (2..=32).contains(&text.len()) && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if valid {
            Ok(ActorCode(text.to_ascii_uppercase()))
        } else {
            Err(format!("'{text}' is not an actor code: use 2 to 32 letters, digits and hyphens"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for ActorCode {
    type Error = String;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        ActorCode::parse(&text)
    }
}

impl From<ActorCode> for String {
    fn from(code: ActorCode) -> String {
        code.0
    }
}

impl fmt::Display for ActorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.0)
    }
}

/// What kind of body an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    MemberState,
    ObserverState,
    /// A fund, programme, office, commission or specialized agency of the United Nations system.
    UnEntity,
    /// An intergovernmental organization outside the United Nations system as it stood when
    /// it acted, such as IOM in 2009.
    IntergovernmentalOrganization,
    Other,
}

impl ActorKind {
    pub const ALL: [ActorKind; 5] = [
        ActorKind::MemberState,
        ActorKind::ObserverState,
        ActorKind::UnEntity,
        ActorKind::IntergovernmentalOrganization,
        ActorKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::MemberState => "member_state",
            ActorKind::ObserverState => "observer_state",
            ActorKind::UnEntity => "un_entity",
            ActorKind::IntergovernmentalOrganization => "intergovernmental_organization",
            ActorKind::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<ActorKind> {
        ActorKind::ALL.into_iter().find(|kind| kind.as_str() == text)
    }

    pub fn is_state(self) -> bool {
        matches!(self, ActorKind::MemberState | ActorKind::ObserverState)
    }
}

/// A body that replies to reporting cycles or takes measures.
///
/// A State's names are its country's names; `names` is empty for States and holds the name of
/// an organization in the languages it is known in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub code: ActorCode,
    pub kind: ActorKind,
    pub country: Option<M49>,
    pub abbreviation: Option<String>,
    pub names: Labels,
    /// The body that took over this one's mandate (UNIFEM → UN-Women).
    pub succeeded_by: Option<ActorCode>,
}
