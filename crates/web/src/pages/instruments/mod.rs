//! International instruments: the list, an instrument's parties as at a date, and the chart of
//! their number over time.

mod chart;

mod index;

mod show;

use axum::{Router, routing::get};

use crate::state::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/instruments", get(index::show))
        .route("/instruments/{code}", get(show::show))
        .route("/instruments/{code}/parties.svg", get(chart::show))
}
