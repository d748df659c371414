//! Cross-language vocabulary matching: finding, in what someone typed, the label of a
//! vocabulary term in any UN language ("travailleuses migrantes", "мигрантки"), so that the
//! search also finds the measures tagged with that term whatever language their text is in.
//!
//! Labels and query words are compared after the analysis of each language (lower-cased,
//! stemmed, folded), so "travailleuse migrante" matches the label "Travailleuses migrantes".
//! Only a whole label (or a whole alternative label) matches: "migrantes" alone does not
//! match "Travailleuses migrantes".

use std::collections::HashMap;

use domain::{catalogue::Catalogue, language::Language};

use crate::{
    analysis::Analyzers,
    taxonomy::{Taxonomy, TermIndex},
};

/// Labels longer than this many words are not looked for in queries.
const LONGEST_LABEL_WORDS: usize = 8;

pub(crate) struct LabelMatcher {
    /// By language and the label's analysed terms joined by spaces.
    labels: HashMap<(Language, String), Vec<TermIndex>>,
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
        for thesaurus in catalogue.thesauri() {
            for term in thesaurus.terms() {
                let Some(index) = taxonomy.term(thesaurus.code().as_str(), term.code.as_str()) else { continue };
                let names = term
                    .labels
                    .iter()
                    .map(|(language, text)| (language, text.to_owned()))
                    .chain(term.alt_labels.iter().map(|alt| (alt.language, alt.text.clone())));
                for (language, text) in names {
                    let key = analyzers.terms(language, &text).join(" ");
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
        LabelMatcher { labels }
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
