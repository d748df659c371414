//! Countries and areas: the list, and a country's page with its measures and treaty status.

mod index;

mod show;

use axum::{Router, routing::get};

use crate::state::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new().route("/countries", get(index::show)).route("/countries/{code}", get(show::show))
}
