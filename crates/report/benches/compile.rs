//! How long compiling the default report template takes on a large cycle: 193 Member States
//! replying and 20,000 published measures spread over the whole type-of-measure thesaurus.
//! Targets: HTML within 1 second, DOCX within 3 seconds.
//!
//! Run with `cargo bench -p report --bench compile`.

use std::time::{Duration, Instant};

use domain::{
    actor::{ActorCode, ActorKind},
    catalogue::Catalogue,
    country::UnStatus,
    cycle::{CycleCode, ReportingCycle, Submission},
    date::Date,
    language::Language,
    measure::{Classification, ExternalId, ImplementationStatus, Measure, MeasureState, MeasureText},
    vocabulary::VocabularyCode,
};
use report::{CompileConfig, DEFAULT_TEMPLATE, Reply, ReportData, compile, docx, html};

const MEASURES: usize = 20_000;
const RUNS: usize = 5;

/// A small, seeded pseudo-random sequence (xorshift), so every run compiles the same cycle.
struct Sequence(u64);

impl Sequence {
    fn next(&mut self, below: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % below as u64) as usize
    }
}

fn synthetic_cycle() -> ReportData {
    let data = reference::reference_data().expect("the shipped reference data reads");
    let cycle = ReportingCycle {
        code: CycleCode::parse("2031").unwrap(),
        symbol: Some("A/86/000".into()),
        mandate: "General Assembly resolution 84/000".into(),
        title: "Violence against women migrant workers".into(),
        requested_on: None,
        deadline: None,
        period_from: None,
        period_to: None,
        as_at: Date::parse("2031-06-01").unwrap(),
        published_on: None,
        previous_report: Some("A/84/000".into()),
    };
    let members: Vec<_> = data
        .countries
        .iter()
        .filter(|c| c.un_status == UnStatus::MemberState)
        .map(|c| (c.m49, c.iso3.clone()))
        .collect();
    let replies = members
        .iter()
        .map(|(m49, iso3)| Reply {
            submission: Submission {
                cycle: cycle.code.clone(),
                actor: ActorCode::parse(iso3).unwrap(),
                received_on: cycle.as_at,
                language: Some(Language::English),
                note: None,
            },
            actor_kind: ActorKind::MemberState,
            country: Some(*m49),
        })
        .collect();
    let types = data.thesauri.iter().find(|t| t.code().as_str() == "type").unwrap();
    let leaves: Vec<_> = types.terms().iter().map(|term| term.code.clone()).collect();
    let mut sequence = Sequence(0x5eed_2031);
    let measures = (0..MEASURES)
        .map(|index| {
            let (m49, iso3) = &members[sequence.next(members.len())];
            let mut classification = Classification::new();
            for _ in 0..=sequence.next(3) {
                classification.add(VocabularyCode::type_of_measure(), leaves[sequence.next(leaves.len())].clone());
            }
            Measure {
                external_id: ExternalId::parse(&format!("bench-{index}")).unwrap(),
                actor: ActorCode::parse(iso3).unwrap(),
                country: Some(*m49),
                cycle: Some(cycle.code.clone()),
                years: None,
                implementation: if sequence.next(10) == 0 {
                    ImplementationStatus::InPreparation
                } else {
                    ImplementationStatus::InPlace
                },
                state: MeasureState::Published,
                classification,
                texts: [(
                    Language::English,
                    MeasureText {
                        title: format!("Measure {index}"),
                        description: "A measure.".into(),
                        effectiveness: None,
                        origin: None,
                    },
                )]
                .into(),
                source: None,
            }
        })
        .collect();
    let mut catalogue =
        Catalogue::new(data.regions, data.countries, data.actors, data.thesauri, Vec::new(), data.instruments);
    catalogue.insert_cycle(cycle.clone());
    ReportData { catalogue, cycle, replies, measures, treaty_actions: data.treaty_actions }
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let data = synthetic_cycle();
    println!("cycle: {} Member States replying, {} published measures", data.replies.len(), data.measures.len());
    let mut html_times = Vec::new();
    let mut docx_times = Vec::new();
    let mut lists = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let compiled =
            compile(DEFAULT_TEMPLATE, &data, &CompileConfig::default()).expect("the default template compiles");
        let page = html::standalone(&compiled.document);
        html_times.push(start.elapsed());
        assert!(page.len() > 10_000);
        lists = compiled.lists.len();

        let start = Instant::now();
        let compiled =
            compile(DEFAULT_TEMPLATE, &data, &CompileConfig::default()).expect("the default template compiles");
        let bytes = docx::render(&compiled.document).expect("the Word document is written");
        docx_times.push(start.elapsed());
        assert!(bytes.len() > 10_000);
    }
    let (html_median, docx_median) = (median(html_times), median(docx_times));
    println!("{lists} State lists per report; median of {RUNS} runs:");
    println!(
        "  compile + HTML: {:>8.1} ms   target 1000 ms   {:.1}x under target",
        html_median.as_secs_f64() * 1000.0,
        1.0 / html_median.as_secs_f64()
    );
    println!(
        "  compile + DOCX: {:>8.1} ms   target 3000 ms   {:.1}x under target",
        docx_median.as_secs_f64() * 1000.0,
        3.0 / docx_median.as_secs_f64()
    );
}
