//! The home page, the language switcher and the stylesheet.

mod home;
mod language_switch;
mod stylesheet;

use axum::{Router, routing::get};

use crate::state::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::show))
        .route("/assets/style.css", get(stylesheet::show))
        .route("/language/{code}", get(language_switch::switch))
}
