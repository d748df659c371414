//! Facet tables: for every document of a segment, the facts filters and facet counts look
//! at, read once from the segment's fast fields and kept in a flat array, so that a search
//! filters and counts 100,000 measures without touching the index again.
//!
//! A table depends only on its segment (which never changes once written) and on the
//! taxonomy, so tables are cached by segment id and rebuilt only when the catalogue changes.

use std::{collections::HashMap, sync::Arc};

use domain::measure::ImplementationStatus;
use tantivy::{DocId, Searcher, SegmentReader, index::SegmentId};

use crate::{
    schema::implementation_code,
    taxonomy::{NO_ACTOR, NO_CYCLE, Taxonomy, TermIndex, actor_kind_index},
};

/// One document's facts.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Row {
    pub(crate) store_id: i64,
    /// M49 code, 0 for none.
    pub(crate) country: u16,
    /// Region, sub-region and intermediate region, 0 where there is none.
    pub(crate) regions: [u16; 3],
    /// The country's place in alphabetical order, `u16::MAX` for none.
    pub(crate) country_rank: u16,
    pub(crate) actor_kind: u8,
    /// The actor's number in the taxonomy, [`NO_ACTOR`] for none.
    pub(crate) actor: u16,
    pub(crate) cycle: u16,
    pub(crate) implementation: u8,
    /// 0 for no year.
    pub(crate) year_from: i16,
    pub(crate) year_to: i16,
    /// Where the document's terms start in the table's term pool, and how many there are.
    pub(crate) terms_start: u32,
    pub(crate) terms_len: u16,
    /// Where the terms the document counts for start in the counted pool, and how many
    /// there are.
    pub(crate) counted_start: u32,
    pub(crate) counted_len: u16,
}

pub(crate) struct SegmentTable {
    pub(crate) rows: Vec<Row>,
    pub(crate) term_pool: Vec<TermIndex>,
    /// For each document, its terms and every broader term, each once: what a facet count
    /// adds one to, worked out once here rather than on every search.
    pub(crate) counted_pool: Vec<TermIndex>,
    /// The vocabulary of each entry of `counted_pool`.
    pub(crate) counted_vocabulary: Vec<u8>,
}

impl SegmentTable {
    pub(crate) fn terms(&self, row: &Row) -> &[TermIndex] {
        let start = row.terms_start as usize;
        &self.term_pool[start..start + usize::from(row.terms_len)]
    }

    /// The terms the document counts for, and the vocabulary of each.
    pub(crate) fn counted_terms(&self, row: &Row) -> (&[TermIndex], &[u8]) {
        let range = row.counted_start as usize..row.counted_start as usize + usize::from(row.counted_len);
        (&self.counted_pool[range.clone()], &self.counted_vocabulary[range])
    }

    fn build(reader: &SegmentReader, taxonomy: &Taxonomy) -> tantivy::Result<SegmentTable> {
        let fast = reader.fast_fields();
        let store_id = fast.u64("store_id")?;
        let country = fast.u64("country")?;
        let year_from = fast.i64("year_from")?;
        let year_to = fast.i64("year_to")?;
        let dictionary_column = |name: &str| -> tantivy::Result<Option<(tantivy::columnar::StrColumn, Vec<String>)>> {
            let Some(column) = fast.str(name)? else { return Ok(None) };
            let mut values = Vec::with_capacity(column.num_terms());
            for ord in 0..column.num_terms() as u64 {
                let mut text = String::new();
                column.ord_to_str(ord, &mut text)?;
                values.push(text);
            }
            Ok(Some((column, values)))
        };
        let terms = dictionary_column("term")?;
        let term_by_ord: Vec<Option<TermIndex>> = terms
            .as_ref()
            .map(|(_, values)| values.iter().map(|key| taxonomy.term_by_key(key)).collect())
            .unwrap_or_default();
        let actors = dictionary_column("actor")?;
        let actor_by_ord: Vec<u16> = actors
            .as_ref()
            .map(|(_, values)| values.iter().map(|actor| taxonomy.actor_number(actor)).collect())
            .unwrap_or_default();
        let kind_by_ord: Vec<u8> = actors
            .as_ref()
            .map(|(_, values)| {
                values.iter().map(|actor| taxonomy.actor_kind(actor).map_or(u8::MAX, actor_kind_index)).collect()
            })
            .unwrap_or_default();
        let cycles = dictionary_column("cycle")?;
        let cycle_by_ord: Vec<u16> = cycles
            .as_ref()
            .map(|(_, values)| values.iter().map(|code| taxonomy.cycle(code)).collect())
            .unwrap_or_default();
        let implementations = dictionary_column("implementation")?;
        let implementation_by_ord: Vec<u8> = implementations
            .as_ref()
            .map(|(_, values)| {
                values.iter().map(|code| ImplementationStatus::parse(code).map_or(0, implementation_code)).collect()
            })
            .unwrap_or_default();
        let first_ord = |column: &Option<(tantivy::columnar::StrColumn, Vec<String>)>, doc: DocId| {
            column.as_ref().and_then(|(column, _)| column.term_ords(doc).next()).map(|ord| ord as usize)
        };

        let max_doc = reader.max_doc();
        let mut rows = Vec::with_capacity(max_doc as usize);
        let mut term_pool = Vec::new();
        let mut counted_pool = Vec::new();
        let mut counted_vocabulary = Vec::new();
        for doc in 0..max_doc {
            let terms_start = u32::try_from(term_pool.len()).unwrap_or(u32::MAX);
            if let Some((column, _)) = &terms {
                term_pool.extend(column.term_ords(doc).filter_map(|ord| term_by_ord[ord as usize]));
            }
            let counted_start = u32::try_from(counted_pool.len()).unwrap_or(u32::MAX);
            let mut counted: Vec<TermIndex> = term_pool[terms_start as usize..]
                .iter()
                .flat_map(|term| taxonomy.terms[usize::from(*term)].self_and_ancestors.iter().copied())
                .collect();
            counted.sort_unstable();
            counted.dedup();
            counted_vocabulary.extend(counted.iter().map(|term| taxonomy.terms[usize::from(*term)].vocabulary));
            counted_pool.extend_from_slice(&counted);
            let country_code = country.first(doc).and_then(|code| u16::try_from(code).ok()).unwrap_or(0);
            let entry = taxonomy.country(country_code);
            let year = |column: &tantivy::columnar::Column<i64>| {
                column.first(doc).and_then(|year| i16::try_from(year).ok()).unwrap_or(0)
            };
            rows.push(Row {
                store_id: store_id.first(doc).and_then(|id| i64::try_from(id).ok()).unwrap_or(0),
                country: country_code,
                regions: entry.map_or([0; 3], |entry| entry.regions),
                country_rank: entry.map_or(u16::MAX, |entry| entry.rank),
                actor_kind: first_ord(&actors, doc).map_or(u8::MAX, |ord| kind_by_ord[ord]),
                actor: first_ord(&actors, doc).map_or(NO_ACTOR, |ord| actor_by_ord[ord]),
                cycle: first_ord(&cycles, doc).map_or(NO_CYCLE, |ord| cycle_by_ord[ord]),
                implementation: first_ord(&implementations, doc).map_or(0, |ord| implementation_by_ord[ord]),
                year_from: year(&year_from),
                year_to: year(&year_to),
                terms_start,
                terms_len: u16::try_from(term_pool.len() - terms_start as usize).unwrap_or(u16::MAX),
                counted_start,
                counted_len: u16::try_from(counted.len()).unwrap_or(u16::MAX),
            });
        }
        Ok(SegmentTable { rows, term_pool, counted_pool, counted_vocabulary })
    }
}

/// The tables of every segment of a searcher, in segment order.
pub(crate) fn tables_for(
    searcher: &Searcher,
    taxonomy: &Taxonomy,
    cache: &HashMap<SegmentId, Arc<SegmentTable>>,
) -> tantivy::Result<Vec<(SegmentId, Arc<SegmentTable>)>> {
    searcher
        .segment_readers()
        .iter()
        .map(|reader| {
            let id = reader.segment_id();
            match cache.get(&id) {
                Some(table) => Ok((id, table.clone())),
                None => Ok((id, Arc::new(SegmentTable::build(reader, taxonomy)?))),
            }
        })
        .collect()
}
