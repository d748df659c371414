//! A snapshot: one consistent view for searching (the index as of one commit, the catalogue
//! it is read with, and the facet tables of its segments), replaced whole after each commit.

use std::{collections::HashMap, sync::Arc};

use tantivy::{Searcher, index::SegmentId};

use crate::{
    analysis::Analyzers, facet_table::SegmentTable, label_match::LabelMatcher, schema::Fields, taxonomy::Taxonomy,
};

pub(crate) struct Snapshot {
    pub(crate) searcher: Searcher,
    pub(crate) fields: Fields,
    pub(crate) taxonomy: Arc<Taxonomy>,
    pub(crate) labels: Arc<LabelMatcher>,
    pub(crate) analyzers: Analyzers,
    /// In the searcher's segment order.
    pub(crate) tables: Vec<(SegmentId, Arc<SegmentTable>)>,
    /// The last change-log entry the index reflects.
    pub(crate) applied_change: i64,
    pub(crate) index_name: String,
}

impl Snapshot {
    pub(crate) fn table_cache(&self) -> HashMap<SegmentId, Arc<SegmentTable>> {
        self.tables.iter().cloned().collect()
    }
}
