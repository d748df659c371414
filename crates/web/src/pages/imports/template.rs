//! `GET /import/template.csv`, `.xlsx` and `.json`: a file to fill in, with the columns in
//! order and one example measure.

use axum::response::Response;

use crate::{error::PageError, pages::components::attachment::attachment};

/// The example row, in [`measure_table::COLUMNS`] order.
fn example() -> Vec<String> {
    let mut cells = vec![String::new(); measure_table::COLUMNS.len()];
    let set = |cells: &mut Vec<String>, column: &str, value: &str| {
        let position = measure_table::COLUMNS.iter().position(|name| *name == column).expect("a known column");
        cells[position] = value.to_owned();
    };
    set(&mut cells, "id", "2026-KEN-shelters");
    set(&mut cells, "state", "draft");
    set(&mut cells, "country", "KEN");
    set(&mut cells, "year_from", "2025");
    set(&mut cells, "implementation", "in_place");
    set(&mut cells, "type", "protection.services.shelters");
    set(&mut cells, "keyword", "migrant-women");
    set(&mut cells, "title_en", "Shelters for women migrant workers who return");
    set(&mut cells, "description_en", "Describe what was done, by whom, for whom and since when.");
    cells
}

pub(crate) async fn csv() -> Response {
    let mut rows = measure_table::CsvRows::with_header();
    rows.push(&example());
    attachment("text/csv; charset=utf-8", "vawdb-measures-template.csv", rows.into_bytes())
}

pub(crate) async fn xlsx() -> Result<Response, PageError> {
    let bytes = measure_table::xlsx(&[example()]).map_err(PageError::internal)?;
    Ok(attachment(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "vawdb-measures-template.xlsx",
        bytes,
    ))
}

pub(crate) async fn json() -> Response {
    let text = r#"{
  "format": "vawdb-exchange/1",
  "measures": [
    {
      "id": "2026-KEN-shelters",
      "country": "KEN",
      "year": 2025,
      "implementation": "in_place",
      "state": "draft",
      "classification": {"type": ["protection.services.shelters"], "keyword": ["migrant-women"]},
      "text": {"en": {"title": "Shelters for women migrant workers who return", "description": "Describe what was done, by whom, for whom and since when."}}
    }
  ]
}
"#;
    attachment("application/json", "vawdb-measures-template.json", text.as_bytes().to_vec())
}
