//! The title of a statistics table, which the page, its chart and its downloads all show, in
//! the reader's language.

use domain::language::Language;
use incident_statistics::dimension::Classification;
use locale_format::LocaleFormat;

use crate::{i18n::Messages, statistics_view::StatisticsRequest};

/// The sentence under a protected table that explains its withheld mark, in `language`.
pub(crate) fn withheld_note_in(messages: &Messages, language: Language, threshold: u64) -> String {
    messages.text(
        language,
        "statistics-withheld-note",
        &[
            ("mark", incident_statistics::table_export::WITHHELD_MARK.into()),
            (
                "largest",
                LocaleFormat::of(language)
                    .number(i64::try_from(threshold.saturating_sub(1)).unwrap_or(i64::MAX))
                    .into(),
            ),
        ],
    )
}

/// A dimension's name as it reads inside a sentence: lower-cased in the languages with
/// capitals.
pub(crate) fn lowercase_in(text: &str, language: Language) -> String {
    match language {
        Language::Arabic | Language::Chinese => text.to_owned(),
        _ => text.to_lowercase(),
    }
}

/// "Incidents by form of violence and perpetrator, 2016-2025 (sex: Female)".
pub(crate) fn table_title(
    request: &StatisticsRequest,
    classification: &Classification,
    messages: &Messages,
    language: Language,
) -> String {
    let query = &request.query;
    let format = LocaleFormat::of(language);
    let lower = |text: &str| lowercase_in(text, language);
    let mut dimensions = vec![lower(query.rows.label_in(language))];
    if let Some(columns) = query.columns {
        dimensions.push(lower(columns.label_in(language)));
    }
    let years = if query.first_year == query.last_year {
        query.first_year.to_string()
    } else {
        format!("{}-{}", query.first_year, query.last_year)
    };
    let filters: Vec<String> = query
        .filters
        .iter()
        .map(|(dimension, code)| {
            format!(
                "{}: {}",
                lower(dimension.label_in(language)),
                classification.codes(*dimension).get(*code).name(language)
            )
        })
        .collect();
    let mut args = vec![("dimensions", format.list(&dimensions).into()), ("years", years.into())];
    if filters.is_empty() {
        messages.text(language, "statistics-table-title", &args)
    } else {
        args.push(("filters", filters.join("; ").into()));
        messages.text(language, "statistics-table-title-filtered", &args)
    }
}
