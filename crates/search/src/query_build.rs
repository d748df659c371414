//! Turning a read search text into an index query: every word is looked for in the titles and
//! descriptions of every language, analysed the way that language's text was; phrases must
//! appear in order; the last word also matches as a prefix; and a run of words that is a
//! vocabulary label also matches the measures tagged with that term or a narrower one.

use std::collections::{BTreeMap, BTreeSet};

use domain::language::Language;
use tantivy::{
    Term,
    query::{AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, Query, RegexQuery, TermQuery, TermSetQuery},
    schema::IndexRecordOption,
};

use crate::{
    analysis::Analyzers,
    guarded_phrase::GuardedPhraseQuery,
    label_match::LabelMatcher,
    query_text::{QueryItem, QueryText},
    schema::Fields,
    taxonomy::{Taxonomy, TermIndex},
};

/// Matches in titles count this many times more than matches in descriptions.
const TITLE_BOOST: f32 = 2.0;

/// A measure tagged with a term the query names scores as much as this.
const TERM_MATCH_SCORE: f32 = 1.5;

/// A measure tagged with a term one word of whose label the query has scores as much as
/// this: less than a whole label, as the word says less.
const LABEL_WORD_SCORE: f32 = 0.75;

/// The shortest prefix looked up for search-as-you-type, in characters (one is enough for a
/// Chinese character).
const SHORTEST_PREFIX: usize = 2;

pub(crate) struct CompiledText {
    pub(crate) query: Box<dyn Query>,
    /// The analysed terms to highlight, by language.
    pub(crate) highlight_terms: BTreeMap<Language, BTreeSet<String>>,
    /// The vocabulary terms the text names.
    pub(crate) named_terms: Vec<TermIndex>,
}

pub(crate) fn compile(
    text: &QueryText,
    fields: &Fields,
    analyzers: &mut Analyzers,
    labels: &LabelMatcher,
    taxonomy: &Taxonomy,
) -> CompiledText {
    let mut highlight_terms: BTreeMap<Language, BTreeSet<String>> = BTreeMap::new();
    let mut named_terms: Vec<TermIndex> = Vec::new();
    let last_group = text.groups.len().checked_sub(1);
    let mut item_query = |item: &QueryItem, as_prefix: bool, highlight: bool, analyzers: &mut Analyzers| {
        let mut alternatives: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for language in Language::ALL {
            let terms = analyzers.terms(language, item.text());
            if terms.is_empty() {
                continue;
            }
            if highlight {
                highlight_terms.entry(language).or_default().extend(terms.iter().cloned());
            }
            for (field, boost) in [(fields.title(language), TITLE_BOOST), (fields.description(language), 1.0)] {
                let query: Box<dyn Query> = if terms.len() == 1 {
                    Box::new(TermQuery::new(Term::from_field_text(field, &terms[0]), IndexRecordOption::WithFreqs))
                } else {
                    Box::new(GuardedPhraseQuery::new(
                        terms.iter().map(|term| Term::from_field_text(field, term)).collect(),
                    ))
                };
                alternatives.push((Occur::Should, Box::new(BoostQuery::new(query, boost))));
            }
        }
        if as_prefix && let Some(prefix) = prefix_query(item.text(), fields, analyzers) {
            alternatives.push((Occur::Should, prefix));
        }
        alternatives
    };

    let words = text.single_words();
    let matches = labels.find(&words, analyzers);
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut position = 0;
    while position < text.groups.len() {
        let as_prefix = text.last_word_is_prefix && Some(position) == last_group;
        if let Some(found) = matches.iter().find(|found| found.words.start == position) {
            // The words of a label: either all of them in the text, or the tag.
            let mut all_words: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for group_position in found.words.clone() {
                let item = &text.groups[group_position][0];
                let prefix = text.last_word_is_prefix && Some(group_position) == last_group;
                all_words.push((Occur::Must, Box::new(BooleanQuery::new(item_query(item, prefix, true, analyzers)))));
            }
            let tagged = tag_query(&found.terms, fields, taxonomy, TERM_MATCH_SCORE);
            named_terms.extend(found.terms.iter().copied());
            clauses.push((
                Occur::Must,
                Box::new(BooleanQuery::new(vec![
                    (Occur::Should, Box::new(BooleanQuery::new(all_words))),
                    (Occur::Should, tagged),
                ])),
            ));
            position = found.words.end;
            continue;
        }
        let mut alternatives: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for item in &text.groups[position] {
            alternatives.extend(item_query(item, as_prefix, true, analyzers));
            if let QueryItem::Phrase(phrase) = item {
                let terms = labels.terms_named(phrase, analyzers);
                if !terms.is_empty() {
                    alternatives.push((Occur::Should, tag_query(&terms, fields, taxonomy, TERM_MATCH_SCORE)));
                    named_terms.extend(terms);
                }
            }
            if let QueryItem::Word(word) = item {
                let mut terms = labels.terms_with_word(word, analyzers);
                if as_prefix {
                    for term in labels.terms_with_prefix(word, analyzers) {
                        if !terms.contains(&term) {
                            terms.push(term);
                        }
                    }
                }
                if !terms.is_empty() {
                    alternatives.push((Occur::Should, tag_query(&terms, fields, taxonomy, LABEL_WORD_SCORE)));
                }
            }
        }
        if alternatives.is_empty() {
            // Nothing any language can look for (a lone symbol): the group cannot match.
            alternatives.push((Occur::Should, Box::new(tantivy::query::EmptyQuery)));
        }
        clauses.push((Occur::Must, Box::new(BooleanQuery::new(alternatives))));
        position += 1;
    }
    for item in &text.excluded {
        let alternatives = item_query(item, false, false, analyzers);
        if !alternatives.is_empty() {
            clauses.push((Occur::MustNot, Box::new(BooleanQuery::new(alternatives))));
        }
    }
    if !clauses.iter().any(|(occur, _)| *occur == Occur::Must) {
        clauses.push((Occur::Must, Box::new(AllQuery)));
    }
    named_terms.sort_unstable();
    named_terms.dedup();
    CompiledText { query: Box::new(BooleanQuery::new(clauses)), highlight_terms, named_terms }
}

/// Measures tagged with any of `terms` or a narrower term.
fn tag_query(terms: &[TermIndex], fields: &Fields, taxonomy: &Taxonomy, score: f32) -> Box<dyn Query> {
    let mut keys = BTreeSet::new();
    for term in terms {
        for narrower in &taxonomy.terms[usize::from(*term)].self_and_descendants {
            keys.insert(taxonomy.term_key(*narrower));
        }
    }
    let query = TermSetQuery::new(keys.into_iter().map(|key| Term::from_field_text(fields.term, &key)));
    Box::new(ConstScoreQuery::new(Box::new(query), score))
}

/// Words that start with what has been typed so far, in any language, not stemmed.
fn prefix_query(text: &str, fields: &Fields, analyzers: &mut Analyzers) -> Option<Box<dyn Query>> {
    let words = analyzers.words(text);
    let [prefix] = words.as_slice() else { return None };
    let long_enough = prefix.chars().count() >= SHORTEST_PREFIX || prefix.chars().any(is_ideograph);
    if !long_enough {
        return None;
    }
    let pattern = format!("{}.*", escape_regex(prefix));
    let query = RegexQuery::from_pattern(&pattern, fields.words).ok()?;
    // A prefix match is worth less than a whole word: it may be a different word.
    Some(Box::new(ConstScoreQuery::new(Box::new(query), 0.5)))
}

fn is_ideograph(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

fn escape_regex(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_alphanumeric() {
            escaped.push(c);
        } else {
            escaped.push('\\');
            escaped.push(c);
        }
    }
    escaped
}
