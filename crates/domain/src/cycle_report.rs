//! What a report on one reporting cycle draws on: the cycle, its replies, its published
//! measures, every treaty action and the catalogue. The store reads it in one go; the report
//! compiler reads nothing else.

use crate::{
    actor::ActorKind,
    catalogue::Catalogue,
    country::M49,
    cycle::{ReportingCycle, Submission},
    measure::Measure,
    treaty::TreatyAction,
};

/// One reply to the cycle, with what the lists need to know of its actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub submission: Submission,
    pub actor_kind: ActorKind,
    pub country: Option<M49>,
}

/// Everything a report template may draw on.
#[derive(Debug, Clone)]
pub struct ReportData {
    pub catalogue: Catalogue,
    pub cycle: ReportingCycle,
    pub replies: Vec<Reply>,
    /// The cycle's published measures.
    pub measures: Vec<Measure>,
    pub treaty_actions: Vec<TreatyAction>,
}
