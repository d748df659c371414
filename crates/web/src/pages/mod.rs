//! The HTML pages, grouped by the resource they show: each folder holds one handler per file,
//! the helpers only its own handlers use, and its routes. What pages of several resources
//! share lives in `components`; rendering in the layout in `rendering`; the error pages in
//! `error_pages`.

mod account;
mod admin;
mod components;
mod countries;
mod cycles;
pub(crate) mod error_pages;
mod imports;
mod instruments;
mod measures;
mod rendering;
mod search;
mod site;
mod statistics;
mod vocabularies;

use axum::Router;

use crate::state::AppState;

/// Every page's route.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .merge(site::routes())
        .merge(search::routes())
        .merge(measures::routes())
        .merge(countries::routes())
        .merge(cycles::routes())
        .merge(vocabularies::routes())
        .merge(instruments::routes())
        .merge(statistics::routes())
        .merge(account::routes())
        .merge(admin::routes())
        .merge(imports::routes())
}
