//! The JSON shapes of measures.

use std::collections::BTreeMap;

use domain::{catalogue::Catalogue, language::Language};
use serde::Serialize;
use store::MeasureRecord;
use utoipa::ToSchema;

use crate::api::views::common::{ActorRef, CountryRef, TermRef, TextView};

/// A published measure.
#[derive(Serialize, ToSchema)]
pub(crate) struct MeasureView {
    /// The store's id, as in `/measures/{id}`.
    pub(crate) id: i64,
    /// The stable id used by imports and exports.
    #[schema(example = "2009-BLR-training")]
    pub(crate) external_id: String,
    #[schema(example = "/measures/42")]
    pub(crate) url: String,
    pub(crate) actor: ActorRef,
    pub(crate) country: Option<CountryRef>,
    #[schema(example = "2009")]
    pub(crate) cycle: Option<String>,
    pub(crate) year_from: Option<i32>,
    pub(crate) year_to: Option<i32>,
    /// `in_place` or `in_preparation`.
    #[schema(example = "in_place")]
    pub(crate) implementation: String,
    /// Title, description and effectiveness by language code.
    pub(crate) texts: BTreeMap<String, TextView>,
    /// Terms by vocabulary code.
    pub(crate) classification: BTreeMap<String, Vec<TermRef>>,
    #[schema(example = "A/64/152, para. 17")]
    pub(crate) source: Option<String>,
    pub(crate) version: i64,
    pub(crate) updated_at: String,
}

impl MeasureView {
    pub(crate) fn new(record: &MeasureRecord, catalogue: &Catalogue, language: Language) -> MeasureView {
        let measure = &record.measure;
        let actor =
            catalogue.actor(&measure.actor).map(|actor| ActorRef::new(actor, catalogue, language)).unwrap_or_else(
                || ActorRef { code: measure.actor.to_string(), kind: String::new(), name: measure.actor.to_string() },
            );
        let mut classification: BTreeMap<String, Vec<TermRef>> = BTreeMap::new();
        for (vocabulary, code) in measure.classification.iter() {
            let label = catalogue
                .thesaurus(vocabulary.as_str())
                .and_then(|t| t.term(code))
                .map(|term| term.labels.best(language).to_owned())
                .unwrap_or_default();
            classification.entry(vocabulary.to_string()).or_default().push(TermRef {
                vocabulary: vocabulary.to_string(),
                code: code.to_string(),
                label,
            });
        }
        MeasureView {
            id: record.id,
            external_id: measure.external_id.to_string(),
            url: format!("/measures/{}", record.id),
            actor,
            country: measure.country.and_then(|m49| catalogue.country(m49)).map(|country| CountryRef {
                iso3: country.iso3.clone(),
                m49: country.m49.to_string(),
                name: country.short_name(language).to_owned(),
            }),
            cycle: measure.cycle.as_ref().map(ToString::to_string),
            year_from: measure.years.map(|years| years.from()),
            year_to: measure.years.map(|years| years.to()),
            implementation: measure.implementation.as_str().to_owned(),
            texts: measure
                .texts
                .iter()
                .map(|(language, text)| {
                    (
                        language.code().to_owned(),
                        TextView {
                            title: text.title.clone(),
                            description: text.description.clone(),
                            effectiveness: text.effectiveness.clone(),
                            origin: text.origin.map(|origin| origin.as_str()),
                        },
                    )
                })
                .collect(),
            classification,
            source: measure.source.clone(),
            version: record.version,
            updated_at: record.updated_at.clone(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub(crate) struct MeasuresResponse {
    /// How many measures match, on all pages.
    pub(crate) total: i64,
    pub(crate) page: u32,
    pub(crate) per_page: u32,
    pub(crate) pages: i64,
    pub(crate) measures: Vec<MeasureView>,
}
