//! `GET /statistics/template.csv` and `/statistics/counts-template.csv`: the columns of an
//! upload of records and of counts, each with an example row.

use axum::response::Response;
use incident_statistics::table_export::record_columns;

use crate::pages::components::attachment::attachment;

pub(crate) async fn records() -> Response {
    let mut text = record_columns().join(",");
    text.push_str("\nSAU,VICTIM_SERVICE,F,Y26T40,PHL,DOCUMENTED,DOMESTIC_WORK,PHYSICAL_ASSAULT,EMPLOYER,EMPLOYER_HOME,DESTINATION,2024,2,,yes,no\n");
    csv_file("incident-records-template.csv", text)
}

pub(crate) async fn counts() -> Response {
    let text = "state,form,sex,year,count\nSAU,,,2024,52\nSAU,PHYSICAL_ASSAULT,,2024,30\nSAU,RAPE,,2024,22\nSAU,,F,2024,50\nSAU,,M,2024,2\n";
    csv_file("incident-counts-template.csv", text.to_owned())
}

fn csv_file(name: &str, text: String) -> Response {
    attachment("text/csv; charset=utf-8", name, text)
}
