//! Cross-language vocabulary matching: finding, in what someone typed, the label of a
//! vocabulary term in any UN language ("travailleuses migrantes", "мигрантки"), so that the
//! search also finds the measures tagged with that term whatever language their text is in.
//!
//! Labels and query words are compared after the analysis of each language (lower-cased,
//! stemmed, folded), so "travailleuse migrante" matches the label "Travailleuses migrantes".
//! A run of words matches a whole label (or alternative label); a single word also matches
//! the few terms whose labels contain it ("traite" finds "Traite des personnes", "贩运" finds
//! "贩运人口"), unless so many labels contain it ("violence") that it names no term.

use std::collections::HashMap;

use domain::{catalogue::Catalogue, language::Language};

use crate::{
    analysis::Analyzers,
    taxonomy::{Taxonomy, TermIndex},
};

/// Labels longer than this many words are not looked for in queries.
const LONGEST_LABEL_WORDS: usize = 8;

/// A word found in the labels of more terms than this names none of them.
const MOST_TERMS_FOR_A_WORD: usize = 8;

/// Words of a label shorter than this many characters are not matched alone (articles,
/// prepositions): "de", "и", "و". Chinese words need two characters, as the single
/// characters jieba leaves are mostly particles ("的", "和").
const SHORTEST_LABEL_WORD: usize = 3;

pub(crate) struct LabelMatcher {
    /// By language and the label's analysed terms joined by spaces.
    labels: HashMap<(Language, String), Vec<TermIndex>>,
    /// By language and one analysed term of a label: the terms whose labels contain it.
    words: HashMap<(Language, String), Vec<TermIndex>>,
    /// Every word of every label, folded and not stemmed, with its term, sorted: what a word
    /// still being typed may be the start of.
    folded_words: Vec<(String, TermIndex)>,
}

/// A run of query words that is a vocabulary label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LabelMatch {
    /// The positions of the first and one past the last word of the run.
    pub(crate) words: std::ops::Range<usize>,
    pub(crate) terms: Vec<TermIndex>,
}

impl LabelMatcher {
    pub(crate) fn new(catalogue: &Catalogue, taxonomy: &Taxonomy, analyzers: &mut Analyzers) -> LabelMatcher {
        let mut labels: HashMap<(Language, String), Vec<TermIndex>> = HashMap::new();
        let mut words: HashMap<(Language, String), Vec<TermIndex>> = HashMap::new();
        let mut folded_words: Vec<(String, TermIndex)> = Vec::new();
        for thesaurus in catalogue.thesauri() {
            for term in thesaurus.terms() {
                let Some(index) = taxonomy.term(thesaurus.code().as_str(), term.code.as_str()) else { continue };
                let names = term
                    .labels
                    .iter()
                    .map(|(language, text)| (language, text.to_owned()))
                    .chain(term.alt_labels.iter().map(|alt| (alt.language, alt.text.clone())));
                for (language, text) in names {
                    for word in analyzers.words(&text) {
                        folded_words.push((word, index));
                    }
                    let analysed = analyzers.terms(language, &text);
                    for word in &analysed {
                        let long_enough = if language == Language::Chinese {
                            word.chars().count() >= 2
                        } else {
                            word.chars().count() >= SHORTEST_LABEL_WORD
                        };
                        if !long_enough {
                            continue;
                        }
                        let entry = words.entry((language, word.clone())).or_default();
                        if !entry.contains(&index) {
                            entry.push(index);
                        }
                    }
                    let key = analysed.join(" ");
                    if key.is_empty() || key.split(' ').count() > LONGEST_LABEL_WORDS {
                        continue;
                    }
                    let entry = labels.entry((language, key)).or_default();
                    if !entry.contains(&index) {
                        entry.push(index);
                    }
                }
            }
        }
        folded_words.sort();
        folded_words.dedup();
        LabelMatcher { labels, words, folded_words }
    }

    /// The terms a word still being typed may name: those with a label word that starts with
    /// it, if there are few enough of them.
    pub(crate) fn terms_with_prefix(&self, prefix: &str, analyzers: &mut Analyzers) -> Vec<TermIndex> {
        let folded = analyzers.words(prefix);
        let [prefix] = folded.as_slice() else { return Vec::new() };
        if prefix.chars().count() < SHORTEST_LABEL_WORD {
            return Vec::new();
        }
        let start = self.folded_words.partition_point(|(word, _)| word.as_str() < prefix.as_str());
        let mut found = Vec::new();
        for (word, term) in &self.folded_words[start..] {
            if !word.starts_with(prefix.as_str()) {
                break;
            }
            if !found.contains(term) {
                found.push(*term);
            }
        }
        if found.len() > MOST_TERMS_FOR_A_WORD { Vec::new() } else { found }
    }

    /// The terms one word names: those whose labels contain it in some language, if there
    /// are few enough of them for the word to be specific.
    pub(crate) fn terms_with_word(&self, word: &str, analyzers: &mut Analyzers) -> Vec<TermIndex> {
        let mut found = Vec::new();
        for language in Language::ALL {
            let terms = analyzers.terms(language, word);
            let [term] = terms.as_slice() else { continue };
            if let Some(terms) = self.words.get(&(language, term.clone())) {
                for term in terms {
                    if !found.contains(term) {
                        found.push(*term);
                    }
                }
            }
        }
        if found.len() > MOST_TERMS_FOR_A_WORD { Vec::new() } else { found }
    }

    /// The terms whose label is exactly `text`, in any language.
    pub(crate) fn terms_named(&self, text: &str, analyzers: &mut Analyzers) -> Vec<TermIndex> {
        let mut found = Vec::new();
        for language in Language::ALL {
            let key = analyzers.terms(language, text).join(" ");
            if key.is_empty() {
                continue;
            }
            if let Some(terms) = self.labels.get(&(language, key)) {
                for term in terms {
                    if !found.contains(term) {
                        found.push(*term);
                    }
                }
            }
        }
        found
    }

    /// The runs of consecutive words that are labels, longest first and left to right, not
    /// overlapping. `words` holds `None` where the query has something other than a plain
    /// word (a phrase, alternatives), which breaks a run.
    pub(crate) fn find(&self, words: &[Option<&str>], analyzers: &mut Analyzers) -> Vec<LabelMatch> {
        let mut matches = Vec::new();
        let mut start = 0;
        while start < words.len() {
            let mut found = None;
            let longest = (words.len() - start).min(LONGEST_LABEL_WORDS);
            for length in (1..=longest).rev() {
                let run = &words[start..start + length];
                if run.iter().any(Option::is_none) {
                    continue;
                }
                let text = run.iter().flatten().copied().collect::<Vec<_>>().join(" ");
                let terms = self.terms_named(&text, analyzers);
                if !terms.is_empty() {
                    found = Some(LabelMatch { words: start..start + length, terms });
                    break;
                }
            }
            match found {
                Some(found) => {
                    start = found.words.end;
                    matches.push(found);
                }
                None => start += 1,
            }
        }
        matches
    }
}
