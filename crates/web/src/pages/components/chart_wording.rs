//! The words and digit grouping charts and maps use in the page's language, and the layout a
//! map is drawn in (`?layout=narrow` for phones).

use charts::Wording;
use domain::language::Language;
use locale_format::LocaleFormat;

use crate::i18n::Messages;

/// The chart's words in `language`, and its digit grouping as CLDR writes it there.
pub(crate) fn wording(messages: &Messages, language: Language) -> Wording {
    let numbers = LocaleFormat::of(language);
    let grouped = numbers.number(1_000_000);
    let separator: String = grouped.chars().skip(1).take_while(|c| !c.is_ascii_digit()).collect();
    Wording {
        withheld: messages.text(language, "statistics-chart-withheld", &[]),
        withheld_to_protect: messages.text(language, "statistics-withheld", &[]),
        withheld_cells: messages.text(language, "statistics-chart-withheld-cells", &[]),
        in_withheld_cells: messages.text(language, "statistics-chart-in-withheld-cells", &[]),
        no_data: messages.text(language, "statistics-map-no-data", &[]),
        digit_group_separator: separator,
        group_four_digits: numbers.number(1000).chars().count() > 4,
    }
}

/// The map layout `?layout=` asks for: `wide` (or nothing) or `narrow`.
pub(crate) fn chart_layout(asked: Option<&str>) -> Result<charts::ChartLayout, crate::list_params::ParamError> {
    match asked.map(str::trim) {
        None | Some("" | "wide") => Ok(charts::ChartLayout::Wide),
        Some("narrow") => Ok(charts::ChartLayout::Narrow),
        Some(other) => Err(crate::list_params::ParamError {
            parameter: "layout".into(),
            message: crate::list_params::problems::not_one_of(other, "wide, narrow"),
        }),
    }
}
