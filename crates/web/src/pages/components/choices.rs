//! A choice in a page's filter or chooser, and the order choices are offered in.

use serde::Serialize;

/// One option of a chooser: the value sent and the label shown.
#[derive(Serialize)]
pub(crate) struct Choice {
    pub(crate) value: String,
    pub(crate) label: String,
}

/// Sorts choices by label, ignoring accents and case.
pub(crate) fn sort_choices(choices: &mut [Choice]) {
    choices.sort_by_cached_key(|choice| domain::text::english_sort_key(&choice.label));
}
