//! The JSON shapes the API returns, kept apart from the domain types they are made from so
//! that the store can change without changing the API.

use std::collections::BTreeMap;

use domain::{
    actor::Actor,
    catalogue::Catalogue,
    country::{Country, Region},
    cycle::ReportingCycle,
    language::{Labels, Language},
    vocabulary::Thesaurus,
};
use serde::Serialize;
use store::MeasureRecord;
use utoipa::ToSchema;

/// Texts keyed by language code (`ar`, `zh`, `en`, `fr`, `ru`, `es`).
pub(crate) type ByLanguage = BTreeMap<String, String>;

pub(crate) fn by_language(labels: &Labels) -> ByLanguage {
    labels.iter().map(|(language, text)| (language.code().to_owned(), text.to_owned())).collect()
}

/// A country or area of UN M49.
#[derive(Serialize, ToSchema)]
pub(crate) struct CountryView {
    /// The M49 code, three digits.
    #[schema(example = "031")]
    pub(crate) m49: String,
    #[schema(example = "AZ")]
    pub(crate) iso2: String,
    #[schema(example = "AZE")]
    pub(crate) iso3: String,
    /// `member_state`, `observer_state` or `other`.
    #[schema(example = "member_state")]
    pub(crate) un_status: String,
    /// The current UN short name in the requested language (English by default).
    #[schema(example = "Azerbaijan")]
    pub(crate) name: String,
    /// The current UN short names by language.
    pub(crate) names: ByLanguage,
    /// The article the English short name takes in running text ("the"), if any.
    pub(crate) english_article: Option<String>,
    pub(crate) formal_name: Option<String>,
    pub(crate) region: Option<RegionRef>,
    pub(crate) subregion: Option<RegionRef>,
    pub(crate) intermediate_region: Option<RegionRef>,
    /// Earlier UN short names, with the day each stopped being used.
    pub(crate) former_names: Vec<FormerNameView>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct RegionRef {
    #[schema(example = "419")]
    pub(crate) m49: String,
    #[schema(example = "Latin America and the Caribbean")]
    pub(crate) name: String,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct FormerNameView {
    #[schema(example = "en")]
    pub(crate) language: String,
    #[schema(example = "Turkey")]
    pub(crate) name: String,
    pub(crate) article: Option<String>,
    /// The first day the name was in force, if known.
    pub(crate) valid_from: Option<String>,
    /// The first day it no longer was.
    #[schema(example = "2022-06-01")]
    pub(crate) valid_to: Option<String>,
}

impl CountryView {
    pub(crate) fn new(country: &Country, catalogue: &Catalogue, language: Language) -> CountryView {
        let region = |code: Option<domain::country::M49>| {
            code.and_then(|code| catalogue.region(code)).map(|region: &Region| RegionRef {
                m49: region.m49.to_string(),
                name: region.names.best(language).to_owned(),
            })
        };
        let english = country.current_name(Language::English);
        CountryView {
            m49: country.m49.to_string(),
            iso2: country.iso2.clone(),
            iso3: country.iso3.clone(),
            un_status: country.un_status.as_str().to_owned(),
            name: country.short_name(language).to_owned(),
            names: country
                .names
                .iter()
                .filter(|name| name.is_current())
                .map(|name| (name.language.code().to_owned(), name.short_name.clone()))
                .collect(),
            english_article: english.article.clone(),
            formal_name: country.current_name(language).formal_name.clone(),
            region: region(country.region),
            subregion: region(country.subregion),
            intermediate_region: region(country.intermediate_region),
            former_names: country
                .names
                .iter()
                .filter(|name| !name.is_current())
                .map(|name| FormerNameView {
                    language: name.language.code().to_owned(),
                    name: name.short_name.clone(),
                    article: name.article.clone(),
                    valid_from: name.valid_from.map(|date| date.to_string()),
                    valid_to: name.valid_to.map(|date| date.to_string()),
                })
                .collect(),
        }
    }
}

/// A controlled vocabulary and its terms, parents before children.
#[derive(Serialize, ToSchema)]
pub(crate) struct VocabularyView {
    #[schema(example = "type")]
    pub(crate) code: String,
    #[schema(example = "Type of measure")]
    pub(crate) label: String,
    pub(crate) labels: ByLanguage,
    pub(crate) terms: Vec<TermView>,
}

#[derive(Serialize, ToSchema)]
pub(crate) struct TermView {
    #[schema(example = "legislation.penal")]
    pub(crate) code: String,
    #[schema(example = "legislation")]
    pub(crate) parent: Option<String>,
    /// 0 for a top-level term.
    pub(crate) depth: usize,
    #[schema(example = "Penal provisions")]
    pub(crate) label: String,
    pub(crate) labels: ByLanguage,
}

impl VocabularyView {
    pub(crate) fn new(thesaurus: &Thesaurus, language: Language) -> VocabularyView {
        VocabularyView {
            code: thesaurus.code().to_string(),
            label: thesaurus.vocabulary().labels.best(language).to_owned(),
            labels: by_language(&thesaurus.vocabulary().labels),
            terms: thesaurus
                .terms()
                .iter()
                .map(|term| TermView {
                    code: term.code.to_string(),
                    parent: term.parent.as_ref().map(ToString::to_string),
                    depth: thesaurus.depth(&term.code),
                    label: term.labels.best(language).to_owned(),
                    labels: by_language(&term.labels),
                })
                .collect(),
        }
    }
}

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

#[derive(Serialize, ToSchema)]
pub(crate) struct TextView {
    #[schema(example = "Training for officials, police and the judiciary")]
    pub(crate) title: String,
    pub(crate) description: String,
    pub(crate) effectiveness: Option<String>,
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

#[derive(Serialize, ToSchema)]
pub(crate) struct TermRef {
    #[schema(example = "training.officials")]
    pub(crate) code: String,
    #[schema(example = "Training of officials, police and the judiciary")]
    pub(crate) label: String,
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
            classification.entry(vocabulary.to_string()).or_default().push(TermRef { code: code.to_string(), label });
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

/// The `lang` query parameter, for labels and names in responses.
#[derive(serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct LanguageParam {
    /// `ar`, `zh`, `en`, `fr`, `ru` or `es`; English when absent.
    pub(crate) lang: Option<String>,
}

impl LanguageParam {
    pub(crate) fn language(&self) -> Result<Language, crate::error::ApiError> {
        match self.lang.as_deref() {
            None | Some("") => Ok(Language::English),
            Some(code) => Language::from_code(code).ok_or_else(|| {
                crate::error::ApiError::bad_parameter(
                    "lang",
                    format!("'{code}' is not one of: {}", Language::all_codes()),
                )
            }),
        }
    }
}

/// A convention or protocol, with its number of parties as at the date asked for.
#[derive(Serialize, ToSchema)]
pub(crate) struct InstrumentView {
    #[schema(example = "untoc-trafficking")]
    pub(crate) code: String,
    pub(crate) title: String,
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
