//! `/api/v1/cycles`: reporting cycles, one with its replies, and the treaty parties among the
//! States that replied.

pub(super) mod index;

pub(super) mod show;

pub(super) mod treaty_parties;

use axum::{Router, routing::get};

use crate::state::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/cycles", get(index::list))
        .route("/cycles/{code}", get(show::show))
        .route("/cycles/{code}/treaty-parties", get(treaty_parties::show))
}
