//! How a measure is shown in a list, and links to terms and countries that pages share.

use domain::{
    catalogue::Catalogue,
    language::Language,
    measure::Measure,
    vocabulary::{TermCode, VocabularyCode},
};
use serde::Serialize;
use store::MeasureRecord;

use crate::page_context::PageContext;

/// A link with a label: a term, a country, a cycle.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Link {
    pub(crate) label: String,
    pub(crate) href: String,
}

/// A measure in a list.
#[derive(Debug, Serialize)]
pub(crate) struct MeasureCard {
    pub(crate) href: String,
    pub(crate) title: String,
    /// The language of the title and summary when it is not the page's language.
    pub(crate) text_language: Option<&'static str>,
    pub(crate) summary: String,
    pub(crate) actor: Option<Link>,
    pub(crate) country: Option<Link>,
    pub(crate) years: Option<String>,
    pub(crate) in_preparation: bool,
    pub(crate) types: Vec<Link>,
}

const SUMMARY_CHARS: usize = 240;

impl MeasureCard {
    pub(crate) fn new(record: &MeasureRecord, catalogue: &Catalogue, context: &PageContext) -> MeasureCard {
        let measure = &record.measure;
        let language = context.language;
        let text = measure.text(language);
        let text_language = measure.language_of(language);
        MeasureCard {
            href: context.link(&format!("/measures/{}", record.id), &[]),
            title: text.title.clone(),
            text_language: (text_language != language).then_some(text_language.code()),
            summary: summarize(&text.description),
            actor: actor_link(measure, catalogue, context),
            country: country_link(measure, catalogue, context),
            years: measure.years.map(|years| years.to_string()),
            in_preparation: measure.implementation == domain::measure::ImplementationStatus::InPreparation,
            types: term_links(measure, VocabularyCode::TYPE_OF_MEASURE, catalogue, context),
        }
    }
}

/// The description cut at a word boundary near `SUMMARY_CHARS`.
fn summarize(description: &str) -> String {
    if description.chars().count() <= SUMMARY_CHARS {
        return description.to_owned();
    }
    let cut: String = description.chars().take(SUMMARY_CHARS).collect();
    let end = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..end].trim_end_matches([',', ';', ':']))
}

pub(crate) fn country_link(measure: &Measure, catalogue: &Catalogue, context: &PageContext) -> Option<Link> {
    let country = catalogue.country(measure.country?)?;
    Some(Link {
        label: country.short_name(context.language).to_owned(),
        href: context.link(&format!("/countries/{}", country.iso3), &[]),
    })
}

/// The actor, unless it is simply the State the measure is in.
pub(crate) fn actor_link(measure: &Measure, catalogue: &Catalogue, context: &PageContext) -> Option<Link> {
    let actor = catalogue.actor(&measure.actor)?;
    if actor.kind.is_state() && actor.country == measure.country {
        return None;
    }
    Some(Link {
        label: catalogue.actor_name(actor, context.language),
        href: context.link("/measures", &[("actor".into(), actor.code.to_string())]),
    })
}

/// Links to the lists of measures with each of the measure's terms in `vocabulary`.
pub(crate) fn term_links(
    measure: &Measure,
    vocabulary: &str,
    catalogue: &Catalogue,
    context: &PageContext,
) -> Vec<Link> {
    let Some(thesaurus) = catalogue.thesaurus(vocabulary) else { return Vec::new() };
    measure
        .classification
        .terms(vocabulary)
        .filter_map(|code| thesaurus.term(code))
        .map(|term| term_link(vocabulary, &term.code, term.labels.best(context.language), context))
        .collect()
}

pub(crate) fn term_link(vocabulary: &str, code: &TermCode, label: &str, context: &PageContext) -> Link {
    Link { label: label.to_owned(), href: context.link("/measures", &[(vocabulary.to_owned(), code.to_string())]) }
}

/// The label of a language in the page's language would need translations of language names;
/// the endonym serves every reader.
pub(crate) fn language_name(language: Language) -> &'static str {
    language.endonym()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_descriptions_are_cut_at_a_word() {
        let long = "word ".repeat(100);
        let summary = summarize(&long);
        assert!(summary.ends_with("word…"), "{summary}");
        assert!(summary.chars().count() <= SUMMARY_CHARS + 1);
        assert_eq!(summarize("Short."), "Short.");
    }
}
