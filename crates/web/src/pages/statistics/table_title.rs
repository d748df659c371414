//! The title of a statistics table, which the page, its chart and its downloads all show.

use incident_statistics::dimension::Classification;

use crate::statistics_view::StatisticsRequest;

/// "Incidents by form of violence and perpetrator, 2016-2025 (sex: Female)".
pub(crate) fn table_title(request: &StatisticsRequest, classification: &Classification) -> String {
    let query = &request.query;
    let mut title = format!("Incidents by {}", query.rows.label().to_lowercase());
    if let Some(columns) = query.columns {
        title.push_str(&format!(" and {}", columns.label().to_lowercase()));
    }
    if query.first_year == query.last_year {
        title.push_str(&format!(", {}", query.first_year));
    } else {
        title.push_str(&format!(", {}-{}", query.first_year, query.last_year));
    }
    if !query.filters.is_empty() {
        let filters: Vec<String> = query
            .filters
            .iter()
            .map(|(dimension, code)| {
                format!("{}: {}", dimension.label().to_lowercase(), classification.codes(*dimension).get(*code).label)
            })
            .collect();
        title.push_str(&format!(" ({})", filters.join("; ")));
    }
    title
}
