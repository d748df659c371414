//! Full-text search over the published measures, and its downloads.

mod export;

mod show;

use axum::{Router, routing::get};

use crate::state::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/search", get(show::show))
        .route("/search/export.csv", get(export::csv))
        .route("/search/export.xlsx", get(export::xlsx))
        .route("/search/export.json", get(export::json))
}
