//! `/api/v1/instruments`: the instruments and, for one, its parties as at a date.

pub(super) mod index;

pub(super) mod show;

use axum::{Router, routing::get};

use crate::state::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new().route("/instruments", get(index::list)).route("/instruments/{code}", get(show::show))
}
