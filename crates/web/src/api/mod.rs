//! The JSON API under `/api/v1/`, one handler per file, and its OpenAPI document.

mod countries_index;
mod country_show;
mod country_treaties;
mod cycle_show;
mod cycle_treaty_parties;
mod cycles_index;
mod imports_create;
mod instrument_show;
mod instruments_index;
mod measure_show;
mod measures_index;
mod openapi;
mod search;
mod views;
mod vocabularies_index;
mod vocabulary_show;

use axum::{
    Router,
    routing::{get, post},
};

use crate::state::AppState;

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/countries", get(countries_index::list))
        .route("/countries/{code}", get(country_show::show))
        .route("/countries/{code}/treaties", get(country_treaties::show))
        .route("/vocabularies", get(vocabularies_index::list))
        .route("/vocabularies/{code}", get(vocabulary_show::show))
        .route("/measures", get(measures_index::list))
        .route("/measures/{id}", get(measure_show::show))
        .route("/search", get(search::search))
        .route("/cycles", get(cycles_index::list))
        .route("/cycles/{code}", get(cycle_show::show))
        .route("/cycles/{code}/treaty-parties", get(cycle_treaty_parties::show))
        .route("/instruments", get(instruments_index::list))
        .route("/instruments/{code}", get(instrument_show::show))
        .route(
            "/imports",
            post(imports_create::create)
                .layer(axum::extract::DefaultBodyLimit::max(crate::measure_import::MAX_UPLOAD_BYTES)),
        )
        .route("/openapi.json", get(openapi::show))
}
