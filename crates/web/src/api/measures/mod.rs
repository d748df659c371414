//! `/api/v1/measures`: published measures, filtered, and one of them.

pub(super) mod index;

pub(super) mod show;

use axum::{Router, routing::get};

use crate::state::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new().route("/measures", get(index::list)).route("/measures/{id}", get(show::show))
}
