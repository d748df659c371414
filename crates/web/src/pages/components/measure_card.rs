//! How a measure is shown in a list.

use domain::{catalogue::Catalogue, language::Language, measure::Measure, vocabulary::VocabularyCode};
use serde::Serialize;
use store::MeasureRecord;

use crate::{
    i18n::Messages,
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
    /// "Reported in A/64/152 (2009)", when the measure came with a reporting cycle.
    pub(crate) reported_in: Option<String>,
    pub(crate) in_preparation: bool,
    pub(crate) types: Vec<Link>,
}

const SUMMARY_CHARS: usize = 240;

impl MeasureCard {
    pub(crate) fn new(
        record: &MeasureRecord,
        catalogue: &Catalogue,
        messages: &Messages,
        context: &PageContext,
    ) -> MeasureCard {
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
            reported_in: reported_in(measure, catalogue, messages, language),
            in_preparation: measure.implementation == domain::measure::ImplementationStatus::InPreparation,
            types: term_links(measure, VocabularyCode::TYPE_OF_MEASURE, catalogue, context),
        }
    }
}

/// "Reported in A/64/152 (2009)": the report (or the cycle's title when it has no symbol yet)
/// and the year of its "as at" date.
pub(crate) fn reported_in(
    measure: &Measure,
    catalogue: &Catalogue,
    messages: &Messages,
    language: Language,
) -> Option<String> {
    reported_in_cycle(measure.cycle.as_ref()?.as_str(), catalogue, messages, language)
}

/// "Reported in A/64/152 (2009)" for the cycle `code`.
pub(crate) fn reported_in_cycle(
    code: &str,
    catalogue: &Catalogue,
    messages: &Messages,
    language: Language,
) -> Option<String> {
    let cycle = catalogue.cycle(code)?;
    Some(messages.text(
        language,
        "measure-reported-in",
        &[("report", report_name(cycle).into()), ("year", cycle.as_at.year().to_string().into())],
    ))
}

/// What a cycle's report is called: its symbol, or its title while it has none.
pub(crate) fn report_name(cycle: &domain::cycle::ReportingCycle) -> String {
    cycle.symbol.clone().unwrap_or_else(|| cycle.title.clone())
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
