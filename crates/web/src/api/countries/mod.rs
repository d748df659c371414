//! `/api/v1/countries`: countries and areas, one of them, and its treaty standing.

pub(super) mod index;

pub(super) mod show;

pub(super) mod treaties;

use axum::{Router, routing::get};

use crate::state::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/countries", get(index::list))
        .route("/countries/{code}", get(show::show))
        .route("/countries/{code}/treaties", get(treaties::show))
}
