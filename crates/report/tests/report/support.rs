//! The 2009 demo cycle as a [`ReportData`], built in memory from the shipped data.

use domain::{
    catalogue::Catalogue,
    exchange::{self, ImportDefaults},
    measure::MeasureState,
};
use report::{Reply, ReportData};

pub fn demo_data() -> ReportData {
    let data = reference::reference_data().unwrap();
    let catalogue =
        Catalogue::new(data.regions, data.countries, data.actors, data.thesauri, Vec::new(), data.instruments);
    let document = exchange::validate(
        exchange::parse(reference::DEMO_2009_JSON).unwrap(),
        &catalogue,
        ImportDefaults { state: MeasureState::Published },
    )
    .unwrap();
    let cycle = document.cycles[0].clone();
    let mut catalogue = catalogue;
    catalogue.insert_cycle(cycle.clone());
    let replies = document
        .submissions
        .iter()
        .map(|submission| {
            let actor = catalogue.actor(&submission.actor).unwrap();
            Reply { submission: submission.clone(), actor_kind: actor.kind, country: actor.country }
        })
        .collect();
    ReportData { catalogue, cycle, replies, measures: document.measures, treaty_actions: data.treaty_actions }
}

/// The text of paragraph `number` of a compiled document.
pub fn paragraph(document: &report::document::Document, number: u32) -> String {
    document
        .blocks
        .iter()
        .find_map(|block| match block {
            report::document::Block::Paragraph { number: Some(n), inlines } if *n == number => {
                Some(report::document::inline_text(inlines))
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("the document has no paragraph {number}"))
}
