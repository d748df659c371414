//! The JSON API under `/api/v1/`, one handler per file, and its OpenAPI document.

mod countries_index;
mod country_show;
mod cycle_show;
mod cycles_index;
mod measure_show;
mod measures_index;
mod openapi;
mod views;
mod vocabularies_index;
mod vocabulary_show;

use axum::{Router, routing::get};

use crate::state::AppState;

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/countries", get(countries_index::list))
        .route("/countries/{code}", get(country_show::show))
        .route("/vocabularies", get(vocabularies_index::list))
        .route("/vocabularies/{code}", get(vocabulary_show::show))
        .route("/measures", get(measures_index::list))
        .route("/measures/{id}", get(measure_show::show))
        .route("/cycles", get(cycles_index::list))
        .route("/cycles/{code}", get(cycle_show::show))
        .route("/openapi.json", get(openapi::show))
}
