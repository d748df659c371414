//! The shipped reference data holds the facts the domain needs, complete and consistent.

use std::collections::BTreeSet;

use domain::{
    actor::ActorKind,
    country::{RegionLevel, UnStatus},
    date::Date,
    language::Language,
};

#[test]
fn all_member_states_and_observers_have_names_in_the_six_languages() {
    let data = reference::reference_data().unwrap();
    let states: Vec<_> = data.countries.iter().filter(|c| c.un_status.is_state()).collect();
    assert_eq!(states.iter().filter(|c| c.un_status == UnStatus::MemberState).count(), 193);
    assert_eq!(states.iter().filter(|c| c.un_status == UnStatus::ObserverState).count(), 2);
    for state in states {
        for language in Language::ALL {
            let name = state.current_name(language);
            assert_eq!(name.language, language, "{} has no current {language} name", state.iso3);
            assert!(name.formal_name.is_some(), "{} has no formal {language} name", state.iso3);
        }
    }
}

#[test]
fn every_country_sits_in_known_m49_regions_and_codes_are_unique() {
    let data = reference::reference_data().unwrap();
    let regions: BTreeSet<_> = data.regions.iter().map(|r| r.m49).collect();
    for region in &data.regions {
        assert!(
            region.parent.is_none_or(|parent| regions.contains(&parent)),
            "region {} has an unknown parent",
            region.m49
        );
        assert!(region.level == RegionLevel::World || region.parent.is_some());
    }
    for country in &data.countries {
        for region in country.regions() {
            assert!(regions.contains(&region), "{} is in unknown region {region}", country.iso3);
        }
    }
    let iso3: BTreeSet<_> = data.countries.iter().map(|c| c.iso3.as_str()).collect();
    let iso2: BTreeSet<_> = data.countries.iter().map(|c| c.iso2.as_str()).collect();
    let m49: BTreeSet<_> = data.countries.iter().map(|c| c.m49).collect();
    assert_eq!((iso3.len(), iso2.len(), m49.len()), (data.countries.len(), data.countries.len(), data.countries.len()));
}

#[test]
fn renamed_states_have_their_former_names_with_dates() {
    let data = reference::reference_data().unwrap();
    let name_on = |iso3: &str, date: &str| {
        let country = data.countries.iter().find(|c| c.iso3 == iso3).unwrap();
        country.name_as_at(Language::English, Date::parse(date).unwrap()).in_running_text()
    };
    let cases = [
        ("TUR", "2022-05-31", "Turkey", "2022-06-01", "Türkiye"),
        ("CZE", "2009-06-01", "the Czech Republic", "2024-06-01", "Czechia"),
        ("SWZ", "2009-06-01", "Swaziland", "2019-01-01", "Eswatini"),
        ("MKD", "2009-06-01", "the former Yugoslav Republic of Macedonia", "2019-02-14", "North Macedonia"),
        ("CPV", "2009-06-01", "Cape Verde", "2014-01-01", "Cabo Verde"),
        ("LBY", "2009-06-01", "the Libyan Arab Jamahiriya", "2012-01-01", "Libya"),
    ];
    for (iso3, before, old, after, new) in cases {
        assert_eq!(name_on(iso3, before), old);
        assert_eq!(name_on(iso3, after), new);
    }
}

#[test]
fn english_articles_follow_unterm() {
    let data = reference::reference_data().unwrap();
    let running = |iso3: &str| {
        data.countries.iter().find(|c| c.iso3 == iso3).unwrap().current_name(Language::English).in_running_text()
    };
    assert_eq!(running("KOR"), "the Republic of Korea");
    assert_eq!(running("RUS"), "the Russian Federation");
    assert_eq!(running("GBR"), "the United Kingdom of Great Britain and Northern Ireland");
    assert_eq!(running("THA"), "Thailand");
    assert_eq!(running("CIV"), "Côte d'Ivoire");
}

#[test]
fn top_level_terms_have_six_languages_and_every_term_english_french_spanish() {
    let data = reference::reference_data().unwrap();
    let codes: Vec<&str> = data.thesauri.iter().map(|t| t.code().as_str()).collect();
    assert_eq!(codes, ["type", "form", "keyword", "stage"]);
    for thesaurus in &data.thesauri {
        assert!(thesaurus.vocabulary().labels.has_all_languages(), "vocabulary {}", thesaurus.code());
        for term in thesaurus.terms() {
            for language in [Language::English, Language::French, Language::Spanish] {
                assert!(
                    term.labels.get(language).is_some(),
                    "{}/{} has no {language} label",
                    thesaurus.code(),
                    term.code
                );
            }
            if term.parent.is_none() {
                assert!(
                    term.labels.has_all_languages(),
                    "top-level term {}/{} lacks a language",
                    thesaurus.code(),
                    term.code
                );
            }
        }
    }
    let types = &data.thesauri[0];
    for top in [
        "instruments",
        "legislation",
        "policies",
        "institutional",
        "budgets",
        "prevention",
        "training",
        "protection",
        "data",
        "monitoring",
        "perpetrators",
        "cooperation",
    ] {
        assert!(types.find(top).is_some_and(|t| t.parent.is_none()), "type of measure {top}");
    }
    assert!(types.terms().iter().any(|t| types.depth(&t.code) >= 2), "the type thesaurus goes deeper than one level");
}

#[test]
fn un_entities_and_iom_are_actors_and_every_state_is_one() {
    let data = reference::reference_data().unwrap();
    let code_of = |kind: ActorKind| {
        data.actors.iter().filter(move |a| a.kind == kind).map(|a| a.code.as_str()).collect::<Vec<_>>()
    };
    for entity in ["ILO", "OHCHR", "ECLAC", "ESCWA", "UNFPA", "UNIFEM", "UNHCR", "UNV", "UN-WOMEN", "UNODC"] {
        assert!(code_of(ActorKind::UnEntity).contains(&entity), "{entity}");
    }
    assert_eq!(code_of(ActorKind::IntergovernmentalOrganization), ["IOM"]);
    assert_eq!(code_of(ActorKind::MemberState).len(), 193);
    assert_eq!(code_of(ActorKind::ObserverState).len(), 2);
}

#[test]
fn the_demo_file_is_in_the_exchange_format() {
    let document = domain::exchange::parse(reference::DEMO_2009_JSON).unwrap();
    assert_eq!(document.cycles.len(), 1);
    assert_eq!(document.cycles[0].symbol.as_deref(), Some("A/64/152"));
    assert_eq!(document.submissions.len(), 28 + 9);
}
