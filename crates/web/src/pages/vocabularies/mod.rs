//! The thesauri: a vocabulary's page and a term's page.

mod show;

mod term_show;

use axum::{Router, routing::get};

use crate::state::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/vocabularies/{code}", get(show::show))
        .route("/vocabularies/{code}/{term}", get(term_show::show))
}
