//! What writes report: the outcome of writing one record and the counts of an import or of a
//! reference load, and whether an import keeps what it wrote. They live apart from the modules
//! that write so that those modules need not import each other.

use serde_json::Value;

/// Whether an import keeps what it wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Write and commit.
    Commit,
    /// Do every write, count what would change, then roll it all back.
    DryRun,
}

/// How many records of each kind an import created, changed, or found already as they were.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

impl ImportSummary {
    pub(crate) fn count(&mut self, outcome: WriteOutcome) {
        match outcome {
            WriteOutcome::Created => self.created += 1,
            WriteOutcome::Updated => self.updated += 1,
            WriteOutcome::Unchanged => self.unchanged += 1,
        }
    }
}

/// How many reference records a load created, changed or found as they were.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReferenceSummary {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

impl ReferenceSummary {
    pub(crate) fn count(&mut self, before: Option<&Value>, after: &Value) {
        match before {
            None => self.created += 1,
            Some(before) if before == after => self.unchanged += 1,
            Some(_) => self.updated += 1,
        }
    }
}

/// What writing one record (a measure, a cycle, a reply) did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WriteOutcome {
    Created,
    Updated,
    Unchanged,
}
