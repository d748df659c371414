//! A phrase query whose scorer only ever seeks forward from where it stands.
//!
//! tantivy 0.27's phrase scorer asserts, in debug builds, that a `seek_danger` target is not
//! behind its current document. An excluded phrase that matches nothing in a segment stands at
//! the end of the segment from the start, so `training -"no such phrase"` trips the assertion
//! the first time the exclusion is asked about a document. Release builds skip the assertion
//! and answer correctly; the guard makes debug builds (the test suite, `cargo run`) answer the
//! same way instead of panicking. It answers `seek_danger` with the plain, always-valid
//! default: look at the current document first, and seek only when it is behind the target.

use tantivy::{
    DocId, DocSet, Score, SegmentReader, Term,
    query::{EnableScoring, Explanation, PhraseQuery, Query, Scorer, Weight},
};

/// A [`PhraseQuery`] that is safe to exclude or intersect in debug builds.
#[derive(Clone, Debug)]
pub(crate) struct GuardedPhraseQuery {
    phrase: PhraseQuery,
}

impl GuardedPhraseQuery {
    /// The phrase of `terms` in order; all terms must be of one field, and there must be two or
    /// more.
    pub(crate) fn new(terms: Vec<Term>) -> GuardedPhraseQuery {
        GuardedPhraseQuery { phrase: PhraseQuery::new(terms) }
    }
}

impl Query for GuardedPhraseQuery {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(GuardedWeight { phrase: self.phrase.weight(enable_scoring)? }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.phrase.query_terms(visitor);
    }
}

struct GuardedWeight {
    phrase: Box<dyn Weight>,
}

impl Weight for GuardedWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(GuardedScorer { phrase: self.phrase.scorer(reader, boost)? }))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.phrase.explain(reader, doc)
    }
}

struct GuardedScorer {
    phrase: Box<dyn Scorer>,
}

// `seek_danger` is left to the trait's default on purpose: that is the guard.
impl DocSet for GuardedScorer {
    fn advance(&mut self) -> DocId {
        self.phrase.advance()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        self.phrase.seek(target)
    }

    fn doc(&self) -> DocId {
        self.phrase.doc()
    }

    fn size_hint(&self) -> u32 {
        self.phrase.size_hint()
    }
}

impl Scorer for GuardedScorer {
    fn score(&mut self) -> Score {
        self.phrase.score()
    }
}
