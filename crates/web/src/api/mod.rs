//! The JSON API under `/api/v1/`, grouped by resource (one handler per file), the JSON shapes
//! it answers with (`views`, kept apart from the domain's types), and its OpenAPI document.

mod countries;

mod cycles;

mod imports;

mod instruments;

mod measures;

mod openapi;

mod params;

mod search;

mod views;

mod vocabularies;

use axum::{
    Router,
    extract::DefaultBodyLimit,
    routing::{get, post},
};

use crate::state::AppState;

/// Every API route, relative to `/api/v1`.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .merge(countries::routes())
        .merge(vocabularies::routes())
        .merge(measures::routes())
        .route("/search", get(search::search))
        .merge(cycles::routes())
        .merge(instruments::routes())
        .route("/imports", post(imports::create).layer(DefaultBodyLimit::max(crate::measure_import::MAX_UPLOAD_BYTES)))
        .route("/openapi.json", get(openapi::show))
}
