//! International instruments: the list, an instrument's parties as at a date, the chart of
//! their number over time, and the status table to download.

mod chart;

mod index;

mod show;

mod status_table;

use axum::{Router, routing::get};

use crate::state::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/instruments", get(index::show))
        .route("/instruments/{code}", get(show::show))
        .route("/instruments/{code}/parties.svg", get(chart::show))
        .route("/instruments/{code}/status.csv", get(status_table::csv))
        .route("/instruments/{code}/status.xlsx", get(status_table::xlsx))
}
