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
use utoipa::{
    ToSchema,
    openapi::{
        RefOr,
        schema::{ObjectBuilder, Schema, Type},
    },
};

/// Texts keyed by language code (`ar`, `zh`, `en`, `fr`, `ru`, `es`). Fields of this type
/// take `#[schema(value_type = TextsByLanguage)]`, so that the document names the schema and
/// its keys rather than Rust's `BTreeMap`.
pub(crate) type ByLanguage = BTreeMap<String, String>;

/// The schema of [`ByLanguage`]: an object whose keys are language codes and whose values are
/// texts.
pub(crate) enum TextsByLanguage {}

impl utoipa::PartialSchema for TextsByLanguage {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::Object)
            .description(Some("Texts keyed by language code: ar, zh, en, fr, ru or es"))
            .property_names(Some(
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .enum_values(Some(Language::ALL.map(Language::code)))
                    .build(),
            ))
            .additional_properties(Some(ObjectBuilder::new().schema_type(Type::String)))
            .into()
    }
}

impl ToSchema for TextsByLanguage {}

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
