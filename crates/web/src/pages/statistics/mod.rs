//! Incident statistics: the protected table with its chart, map and downloads, the SDMX
//! structure, the upload templates, and the providers' datasets.

mod chart;

mod dataset_state;

mod datasets;

mod datasets_page;

mod download;

mod index;

mod structure;

mod table_title;

mod template;

mod upload;

use axum::{
    Router,
    extract::DefaultBodyLimit,
    routing::{get, post},
};

use crate::state::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/statistics", get(index::show))
        .route("/statistics/chart.svg", get(chart::chart))
        .route("/statistics/map.svg", get(chart::map))
        .route("/statistics/table.csv", get(download::csv))
        .route("/statistics/table.xlsx", get(download::xlsx))
        .route("/statistics/table.sdmx.csv", get(download::sdmx))
        .route("/statistics/table.sdmx2.csv", get(download::sdmx_v2))
        .route("/statistics/structure.xml", get(structure::show))
        .route("/statistics/template.csv", get(template::records))
        .route("/statistics/counts-template.csv", get(template::counts))
        .route(
            "/statistics/datasets",
            get(datasets::show)
                .post(upload::submit)
                .layer(DefaultBodyLimit::max(upload::MAX_STATISTICS_UPLOAD_BYTES + 64 * 1024)),
        )
        .route("/statistics/datasets/{id}/state", post(dataset_state::submit))
}
