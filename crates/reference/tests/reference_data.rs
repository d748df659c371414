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

mod treaties {
    use domain::{
        date::Date,
        treaty::{InstrumentCode, parties_as_at},
    };

    fn count_as_at(code: &str, date: &str) -> usize {
        let data = reference::reference_data().unwrap();
        let instrument = data.instruments.iter().find(|i| i.code == InstrumentCode::parse(code).unwrap()).unwrap();
        parties_as_at(&data.treaty_actions, instrument, Date::parse(date).unwrap()).len()
    }

    /// Paragraphs 3 and 4 of A/64/152: "As at June 2009, 149 States had ratified or acceded
    /// to [UNTOC], while 130 States had ratified or acceded to [the Trafficking Protocol], and
    /// 119 States ... to [the Smuggling Protocol]"; "41 States had become party to [ICRMW]".
    #[test]
    fn the_june_2009_counts_of_the_report_come_out_of_the_shipped_status_tables() {
        assert_eq!(count_as_at("untoc", "2009-06-01"), 149);
        assert_eq!(count_as_at("untoc-trafficking", "2009-06-01"), 130);
        assert_eq!(count_as_at("untoc-smuggling", "2009-06-01"), 119);
        assert_eq!(count_as_at("icrmw", "2009-06-01"), 41);
    }

    #[test]
    fn every_instrument_the_report_cites_is_shipped_with_its_dates() {
        let data = reference::reference_data().unwrap();
        let codes: Vec<&str> = data.instruments.iter().map(|i| i.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "untoc",
                "untoc-trafficking",
                "untoc-smuggling",
                "icrmw",
                "cedaw",
                "cedaw-op",
                "ilo-c097",
                "ilo-c111",
                "ilo-c143",
                "ilo-c182",
                "ilo-c189",
                "belem-do-para"
            ]
        );
        let trafficking = &data.instruments[1];
        assert_eq!(trafficking.parent.as_ref().map(InstrumentCode::as_str), Some("untoc"));
        assert!(trafficking.joining_requires_parent);
        assert_eq!(
            data.instruments[4].denunciation_takes_effect_after_months, None,
            "CEDAW has no denunciation clause"
        );
        assert!(data.instruments.iter().all(|i| i.titles.get(domain::language::Language::English).is_some()
            && i.titles.get(domain::language::Language::French).is_some()));
    }

    #[test]
    fn the_european_union_is_not_counted_among_states() {
        let data = reference::reference_data().unwrap();
        let names = reference::country_name_index(&data.countries).unwrap();
        assert_eq!(names.find("European Union"), Some(domain::country_names::NameMatch::NotAState));
    }
}

#[test]
fn every_shipped_label_exists_in_the_six_languages() {
    let data = reference::reference_data().unwrap();
    let mut missing = Vec::new();
    let mut check = |what: String, labels: &domain::language::Labels| {
        for language in Language::ALL {
            if labels.get(language).is_none_or(|text| text.trim().is_empty()) {
                missing.push(format!("{what} ({language})"));
            }
        }
    };
    for thesaurus in &data.thesauri {
        check(format!("vocabulary {}", thesaurus.code()), &thesaurus.vocabulary().labels);
        for term in thesaurus.terms() {
            check(format!("term {}/{}", thesaurus.code(), term.code), &term.labels);
        }
    }
    for actor in data.actors.iter().filter(|actor| !actor.kind.is_state()) {
        check(format!("actor {}", actor.code), &actor.names);
    }
    for region in &data.regions {
        check(format!("region {}", region.m49), &region.names);
    }
    for instrument in &data.instruments {
        check(format!("title of {}", instrument.code), &instrument.titles);
        check(format!("short title of {}", instrument.code), &instrument.short_titles);
    }
    assert!(missing.is_empty(), "labels missing: {missing:?}");
}

/// A State's name written "X (Y of)" stands in running text as its formal name, so the formal
/// name must be that name turned round: "the Plurinational State of Bolivia", "l'État
/// plurinational de Bolivie", "دولة بوليفيا المتعددة القوميات" (the dash stands for the name).
#[test]
fn the_formal_name_of_every_state_written_x_parenthesis_y_is_its_short_name_turned_round() {
    let data = reference::reference_data().unwrap();
    let mut checked = 0;
    for state in data.countries.iter().filter(|c| c.un_status.is_state()) {
        for language in Language::ALL {
            let name = state.current_name(language);
            let Some((x, y)) = name.short_name.strip_suffix(')').and_then(|rest| rest.split_once(" (")) else {
                continue;
            };
            let formal = name.formal_name.as_deref().unwrap_or_default();
            let article = ["the ", "la ", "le ", "les ", "l'", "el ", "los ", "las "]
                .into_iter()
                .find(|article| formal.starts_with(article))
                .unwrap_or("");
            let turned = match language {
                Language::Arabic => y.replace('-', x),
                Language::French if y.ends_with('\'') => format!("{article}{y}{x}"),
                _ => format!("{article}{y} {x}"),
            };
            if language == Language::Russian {
                // Russian puts the name in the genitive where grammar needs it:
                // "Федеративные Штаты Микронезии".
                assert!(formal.starts_with(&format!("{y} ")), "{} {language:?}: {formal}", state.iso3);
            } else {
                assert_eq!(formal, turned, "{} {language:?}", state.iso3);
            }
            assert_eq!(name.in_running_text(), formal, "{} {language:?}", state.iso3);
            checked += 1;
        }
    }
    // Bolivia, Iran, Micronesia and Venezuela at least, in five languages (Chinese has none).
    assert!(checked >= 15, "only {checked} names written X (Y) were found");
}
