//! `GET /countries`: the countries and areas with published measures on a world map and in
//! one alphabetical list, with their region and number of measures. The list can be narrowed
//! by name (`?name=`) and region (`?region=`), and shows the areas without any measure only
//! when asked (`?all=1`).

use axum::{
    extract::{RawQuery, State},
    response::Html,
};
use domain::{
    country::{RegionLevel, UnStatus},
    language::Language,
};
use serde::Serialize;
use store::Visibility;

use crate::{
    error::PageError,
    list_params::{ParamError, parse_pairs},
    page_context::PageContext,
    pages::{
        components::choices::{Choice, sort_choices},
        rendering::render,
    },
    state::AppState,
};

#[derive(Serialize)]
struct CountriesPage {
    countries: Vec<CountryRow>,
    /// The first letters of the names listed, each linking to the first name with it; empty
    /// when the language's names do not start with a few dozen letters (Chinese).
    letters: Vec<Letter>,
    name: String,
    all: bool,
    region: String,
    regions: Vec<Choice>,
    /// How many countries and areas have published measures, and how many there are in all.
    with_measures: usize,
    in_all: usize,
    map_href: String,
    /// The map with its legend below it, for phones.
    map_narrow_href: String,
    map_description: String,
    form_action: &'static str,
    clear_href: String,
}

#[derive(Serialize)]
struct CountryRow {
    name: String,
    href: String,
    iso3: String,
    region: String,
    member_state: bool,
    observer_state: bool,
    measures: i64,
    measures_href: String,
    /// The anchor of the first name under its letter.
    anchor: Option<String>,
}

#[derive(Serialize)]
struct Letter {
    letter: String,
    href: String,
}

/// More distinct first letters than this, and the jump list would be no help.
const MOST_LETTERS: usize = 40;

pub(crate) async fn show(
    State(state): State<AppState>,
    context: PageContext,
    RawQuery(query): RawQuery,
) -> Result<Html<String>, PageError> {
    let pairs = parse_pairs(query.as_deref());
    let value = |name: &str| pairs.iter().rev().find(|(key, _)| key == name).map(|(_, value)| value.trim().to_owned());
    let name = value("name").unwrap_or_default();
    let all = match value("all").as_deref() {
        None | Some("" | "0") => false,
        Some("1") => true,
        Some(other) => {
            return Err(ParamError {
                parameter: "all".into(),
                message: crate::list_params::problems::not_one_of(other, "0, 1"),
            }
            .into());
        }
    };
    let catalogue = state.catalogue().await?;
    let language = context.language;
    let regions_by_code: Vec<_> = catalogue.regions().filter(|region| region.level == RegionLevel::Region).collect();
    let region = value("region").unwrap_or_default();
    let region_m49 = match region.as_str() {
        "" => None,
        code => Some(
            regions_by_code
                .iter()
                .find(|candidate| format!("{:03}", candidate.m49.get()) == code)
                .map(|found| found.m49)
                .ok_or_else(|| ParamError {
                    parameter: "region".into(),
                    message: crate::list_params::problems::unknown_region(code),
                })?,
        ),
    };
    let counts = state.store().measure_counts_by_country(Visibility::PublishedOnly).await?;
    let wanted = folded(&name, language);
    let mut countries: Vec<CountryRow> = catalogue
        .countries()
        .iter()
        .filter(|country| all || counts.contains_key(&country.m49))
        .filter(|country| region_m49.is_none() || country.region == region_m49)
        .filter(|country| {
            wanted.is_empty()
                || Language::ALL.iter().any(|other| folded(country.short_name(*other), *other).contains(&wanted))
                || country.iso3.eq_ignore_ascii_case(&name)
        })
        .map(|country| CountryRow {
            name: country.short_name(language).to_owned(),
            href: context.link(&format!("/countries/{}", country.iso3), &[]),
            iso3: country.iso3.clone(),
            region: country
                .region
                .and_then(|m49| catalogue.regions().find(|region| region.m49 == m49))
                .map(|region| region.names.best(language).to_owned())
                .unwrap_or_default(),
            member_state: country.un_status == UnStatus::MemberState,
            observer_state: country.un_status == UnStatus::ObserverState,
            measures: counts.get(&country.m49).copied().unwrap_or(0),
            measures_href: context.link("/search", &[("country".into(), country.iso3.clone())]),
            anchor: None,
        })
        .collect();
    let sorting = locale_format::LocaleFormat::of(language);
    sorting.sort(&mut countries, |row| &row.name);
    let letters = letters(&mut countries, language);
    let mut regions: Vec<Choice> = regions_by_code
        .iter()
        .map(|region| Choice {
            value: format!("{:03}", region.m49.get()),
            label: region.names.best(language).to_owned(),
        })
        .collect();
    sort_choices(&mut regions, language);
    let messages = state.messages();
    let with_measures = catalogue.countries().iter().filter(|country| counts.contains_key(&country.m49)).count();
    let page = CountriesPage {
        map_description: messages.text(
            language,
            "countries-map-description",
            &[("count", domain::text::un_number(with_measures as u64).into())],
        ),
        countries,
        letters,
        name,
        all,
        region,
        regions,
        with_measures,
        in_all: catalogue.countries().len(),
        map_href: context.link("/countries/map.svg", &[]),
        map_narrow_href: context.link("/countries/map.svg", &[("layout".into(), "narrow".into())]),
        form_action: "/countries",
        clear_href: context.link("/countries", &[]),
    };
    render(&state, &context, "countries.html", page)
}

/// The first letter of each name, in the order of the list, each marking its first row.
fn letters(countries: &mut [CountryRow], language: Language) -> Vec<Letter> {
    let mut letters: Vec<Letter> = Vec::new();
    for row in countries.iter_mut() {
        let Some(first) = folded(&row.name, language).chars().next() else { continue };
        let letter = first.to_uppercase().to_string();
        if letters.last().is_some_and(|last| last.letter == letter) {
            continue;
        }
        let anchor = format!("letter-{}", letters.len() + 1);
        letters.push(Letter { letter, href: format!("#{anchor}") });
        row.anchor = Some(anchor);
    }
    if letters.len() > MOST_LETTERS {
        for row in countries.iter_mut() {
            row.anchor = None;
        }
        return Vec::new();
    }
    letters
}

/// A name as it is compared with what is typed: lower case, without accents, and in French
/// without the article it is written with ("l'", "le", "la", "les").
fn folded(text: &str, language: Language) -> String {
    let lower: String = text.chars().flat_map(char::to_lowercase).filter_map(base_letter).collect();
    if language == Language::French {
        for article in ["l'", "l’", "le ", "la ", "les "] {
            if let Some(rest) = lower.strip_prefix(article) {
                return rest.to_owned();
            }
        }
    }
    lower
}

/// A Latin letter without its accent, an Arabic alef without its hamza; other characters as
/// they are. Enough for the names of
/// countries in the six languages, whose accented letters are all in Latin-1 and Latin
/// Extended-A.
fn base_letter(c: char) -> Option<char> {
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'š' | 'ś' | 'ş' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ř' => 'r',
        'ł' => 'l',
        'ğ' => 'g',
        'ё' => 'е',
        // Arabic sorts alef with hamza or madda as alef.
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        other => other,
    };
    Some(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_compared_without_accents_case_or_french_articles() {
        assert_eq!(folded("Côte d’Ivoire", Language::English), "cote d’ivoire");
        assert_eq!(folded("l'Équateur", Language::French), "equateur");
        assert_eq!(folded("Les Bahamas", Language::French), "bahamas");
        assert_eq!(folded("Türkiye", Language::Spanish), "turkiye");
        assert_eq!(folded("Объединённые", Language::Russian), "объединенные");
        assert_eq!(folded("إسبانيا", Language::Arabic), "اسبانيا");
    }
}
