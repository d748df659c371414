//! A small cycle's data for examples and documentation; the data itself is
//! `domain::cycle_report::ReportData`, loaded by the caller.

use domain::{
    actor::ActorKind,
    catalogue::Catalogue,
    country::M49,
    cycle::{ReportingCycle, Submission},
    cycle_report::{Reply, ReportData},
    measure::Measure,
};

/// A small cycle for examples: the shipped reference data and the 2009 demo cycle are not
/// available to this crate, so it builds a catalogue by hand.
#[doc(hidden)]
pub fn example_data() -> ReportData {
    use domain::{
        actor::{Actor, ActorCode},
        country::{Country, CountryName, UnStatus},
        cycle::CycleCode,
        date::Date,
        language::{Labels, Language},
        measure::{Classification, ExternalId, ImplementationStatus, MeasureState, MeasureText},
        vocabulary::{Term, TermCode, Thesaurus, Vocabulary, VocabularyCode},
    };
    let country = |m49: u16, iso3: &str, name: &str, article: Option<&str>| Country {
        m49: M49::new(m49).expect("a valid code"),
        iso2: iso3[..2].to_owned(),
        iso3: iso3.to_owned(),
        un_status: UnStatus::MemberState,
        region: None,
        subregion: None,
        intermediate_region: None,
        names: vec![CountryName {
            language: Language::English,
            short_name: name.to_owned(),
            article: article.map(str::to_owned),
            formal_name: None,
            valid_from: None,
            valid_to: None,
            source: None,
        }],
    };
    let countries = vec![country(112, "BLR", "Belarus", None), country(410, "KOR", "Republic of Korea", Some("the"))];
    let actors = countries
        .iter()
        .map(|c| Actor {
            code: ActorCode::parse(&c.iso3).expect("a valid code"),
            kind: ActorKind::MemberState,
            country: Some(c.m49),
            abbreviation: None,
            names: Labels::new(),
            succeeded_by: None,
        })
        .collect();
    let term = |code: &str, parent: Option<&str>| Term {
        code: TermCode::parse(code).expect("a valid code"),
        parent: parent.map(|p| TermCode::parse(p).expect("a valid code")),
        labels: Labels::new().with(Language::English, code),
        alt_labels: Vec::new(),
    };
    let types = Thesaurus::new(
        Vocabulary {
            code: VocabularyCode::type_of_measure(),
            labels: Labels::new().with(Language::English, "Type of measure"),
        },
        vec![term("legislation", None), term("legislation.penal", Some("legislation"))],
    )
    .expect("a valid thesaurus");
    let cycle = ReportingCycle {
        code: CycleCode::parse("2009").expect("a valid code"),
        symbol: Some("A/64/152".into()),
        mandate: "General Assembly resolution 62/132".into(),
        title: "Violence against women migrant workers".into(),
        requested_on: None,
        deadline: None,
        period_from: None,
        period_to: None,
        as_at: Date::parse("2009-06-01").expect("a valid date"),
        published_on: None,
        previous_report: None,
    };
    let measures = countries
        .iter()
        .map(|c| {
            let mut classification = Classification::new();
            classification
                .add(VocabularyCode::type_of_measure(), TermCode::parse("legislation.penal").expect("a valid code"));
            Measure {
                external_id: ExternalId::parse(&format!("example-{}", c.iso3)).expect("a valid id"),
                actor: ActorCode::parse(&c.iso3).expect("a valid code"),
                country: Some(c.m49),
                cycle: Some(cycle.code.clone()),
                years: None,
                implementation: ImplementationStatus::InPlace,
                state: MeasureState::Published,
                classification,
                texts: [(
                    Language::English,
                    MeasureText {
                        title: "Penal code".into(),
                        description: "Offences.".into(),
                        effectiveness: None,
                        origin: None,
                    },
                )]
                .into(),
                source: None,
            }
        })
        .collect();
    let replies = countries
        .iter()
        .map(|c| Reply {
            submission: Submission {
                cycle: cycle.code.clone(),
                actor: ActorCode::parse(&c.iso3).expect("a valid code"),
                received_on: cycle.as_at,
                language: None,
                note: None,
            },
            actor_kind: ActorKind::MemberState,
            country: Some(c.m49),
        })
        .collect();
    let catalogue = Catalogue::new(Vec::new(), countries, actors, vec![types], vec![cycle.clone()], Vec::new());
    ReportData { catalogue, cycle, replies, measures, treaty_actions: Vec::new() }
}
