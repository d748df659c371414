//! The JSON shapes of countries and areas.

use domain::{
    catalogue::Catalogue,
    country::{Country, Region},
    language::Language,
};
use serde::Serialize;
use utoipa::ToSchema;

use crate::api::views::common::{ByLanguage, TextsByLanguage};

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
    #[schema(value_type = TextsByLanguage)]
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

#[derive(Serialize, ToSchema)]
pub(crate) struct CountriesResponse {
    /// How many countries the list holds.
    pub(crate) total: usize,
    pub(crate) countries: Vec<CountryView>,
}
