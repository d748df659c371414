//! How a measure is shown in a list.

use domain::{catalogue::Catalogue, vocabulary::VocabularyCode};
use serde::Serialize;
use store::MeasureRecord;

use crate::{
    page_context::PageContext,
    pages::components::links::{Link, actor_link, country_link, term_links},
};

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
