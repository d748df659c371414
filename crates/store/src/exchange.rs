//! Importing a validated exchange document in one transaction, and exporting records back.

use domain::{
    cycle::{CycleCode, ReportingCycle, Submission},
    exchange::ValidDocument,
    measure::Measure,
};

use crate::{
    change_log::Author,
    connection::Store,
    cycles::{write_cycle, write_submission},
    error::StoreError,
    ids::Ids,
    measures::{MEASURES_PER_WRITE, MeasureQuery, Visibility, write_measures},
    outcome::{ImportMode, ImportSummary},
};

/// What to export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportQuery {
    pub visibility: Visibility,
    /// Only this cycle, its replies and its measures; every cycle when `None`.
    pub cycle: Option<CycleCode>,
}

impl Store {
    /// Writes every record of `document` in one transaction: all of it or, on any error,
    /// none of it. Records are matched by their stable keys (cycle code, cycle and actor,
    /// measure id), so importing the same document twice changes nothing the second time.
    ///
    /// In [`ImportMode::DryRun`] the counts are those a commit would give, and nothing is
    /// kept. `progress` is called with (records done, records in all).
    pub async fn import(
        &self,
        document: &ValidDocument,
        author: &Author,
        mode: ImportMode,
        progress: &(dyn Fn(u64, u64) + Sync),
    ) -> Result<ImportSummary, StoreError> {
        let total = (document.cycles.len() + document.submissions.len() + document.measures.len()) as u64;
        let mut done = 0;
        let mut summary = ImportSummary::default();
        let mut transaction = self.begin_write().await?;
        for cycle in &document.cycles {
            summary.count(write_cycle(&mut transaction, cycle, author).await?);
            done += 1;
            progress(done, total);
        }
        let ids = Ids::load(&mut transaction).await?;
        for submission in &document.submissions {
            summary.count(write_submission(&mut transaction, submission, &ids, author).await?);
            done += 1;
            progress(done, total);
        }
        for batch in document.measures.chunks(MEASURES_PER_WRITE) {
            for outcome in write_measures(&mut transaction, self.backend(), batch, &ids, author).await? {
                summary.count(outcome);
            }
            done += batch.len() as u64;
            progress(done, total);
        }
        match mode {
            ImportMode::Commit => transaction.commit().await?,
            ImportMode::DryRun => transaction.rollback().await?,
        }
        Ok(summary)
    }

    /// The cycles, replies and measures `query` selects, for writing out.
    pub async fn export(
        &self,
        query: &ExportQuery,
    ) -> Result<(Vec<ReportingCycle>, Vec<Submission>, Vec<Measure>), StoreError> {
        let mut cycles = self.cycles().await?;
        if let Some(code) = &query.cycle {
            cycles.retain(|cycle| &cycle.code == code);
        }
        let mut submissions = Vec::new();
        for cycle in &cycles {
            submissions
                .extend(self.submissions(cycle.code.as_str()).await?.into_iter().map(|record| record.submission));
        }
        let mut measure_query = MeasureQuery::all(query.visibility);
        measure_query.cycle = query.cycle.clone();
        let measures = self.all_measures(&measure_query).await?;
        Ok((cycles, submissions, measures))
    }
}
