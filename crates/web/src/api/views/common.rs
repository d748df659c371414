//! References and shapes that several resources' JSON shares: text by language, and
//! references to an actor, a country and a term.

use std::collections::BTreeMap;

use domain::{
    actor::Actor,
    catalogue::Catalogue,
    country::Country,
    date::Date,
    language::{Labels, Language},
};
use serde::Serialize;
use utoipa::ToSchema;

/// Texts keyed by language code (`ar`, `zh`, `en`, `fr`, `ru`, `es`).
pub(crate) type ByLanguage = BTreeMap<String, String>;

pub(crate) fn by_language(labels: &Labels) -> ByLanguage {
    labels.iter().map(|(language, text)| (language.code().to_owned(), text.to_owned())).collect()
}

#[derive(Serialize, ToSchema)]
pub(crate) struct TextView {
    #[schema(example = "Training for officials, police and the judiciary")]
    pub(crate) title: String,
    pub(crate) description: String,
    pub(crate) effectiveness: Option<String>,
    /// `original`, `official_translation` or `unofficial_translation`; absent when not known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(example = "original")]
    pub(crate) origin: Option<&'static str>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct ActorRef {
    #[schema(example = "BLR")]
    pub(crate) code: String,
    #[schema(example = "member_state")]
    pub(crate) kind: String,
    #[schema(example = "Belarus")]
    pub(crate) name: String,
}

impl ActorRef {
    pub(crate) fn new(actor: &Actor, catalogue: &Catalogue, language: Language) -> ActorRef {
        ActorRef {
            code: actor.code.to_string(),
            kind: actor.kind.as_str().to_owned(),
            name: catalogue.actor_name(actor, language),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub(crate) struct CountryRef {
    #[schema(example = "BLR")]
    pub(crate) iso3: String,
    #[schema(example = "112")]
    pub(crate) m49: String,
    #[schema(example = "Belarus")]
    pub(crate) name: String,
}

impl CountryRef {
    /// The country by the short name it had on `date`.
    pub(crate) fn as_at(country: &Country, language: Language, date: Date) -> CountryRef {
        CountryRef {
            iso3: country.iso3.clone(),
            m49: country.m49.to_string(),
            name: country.name_as_at(language, date).short_name.clone(),
        }
    }
}

/// A vocabulary term, named by its vocabulary and code: the same shape in a measure's
/// classification and in search results, so that a client reads terms one way.
#[derive(Serialize, ToSchema)]
pub(crate) struct TermRef {
    #[schema(example = "type")]
    pub(crate) vocabulary: String,
    #[schema(example = "training.officials")]
    pub(crate) code: String,
    #[schema(example = "Training of officials, police and the judiciary")]
    pub(crate) label: String,
}
