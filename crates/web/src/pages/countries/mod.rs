//! Countries and areas: the list with its world map, and a country's page with its measures
//! and treaty status.

mod index;

mod map;

mod show;

use axum::{Router, routing::get};

use crate::state::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/countries", get(index::show))
        .route("/countries/map.svg", get(map::show))
        .route("/countries/{code}", get(show::show))
}
