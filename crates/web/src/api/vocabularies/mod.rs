//! `/api/v1/vocabularies`: the thesauri and their terms.

pub(super) mod index;

pub(super) mod show;

use axum::{Router, routing::get};

use crate::state::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new().route("/vocabularies", get(index::list)).route("/vocabularies/{code}", get(show::show))
}
