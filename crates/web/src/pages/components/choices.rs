//! A choice in a page's filter or chooser, and the order choices are offered in.

use domain::language::Language;
use locale_format::LocaleFormat;
use serde::Serialize;

/// One option of a chooser: the value sent and the label shown.
#[derive(Serialize)]
pub(crate) struct Choice {
    pub(crate) value: String,
    pub(crate) label: String,
}

/// Sorts choices by label in the alphabetical order of `language` (CLDR's, by ICU4X), where
/// accents and case count only between otherwise equal names.
pub(crate) fn sort_choices(choices: &mut [Choice], language: Language) {
    LocaleFormat::of(language).sort(choices, |choice| &choice.label);
}
