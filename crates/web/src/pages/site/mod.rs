//! The home page and the stylesheet.

mod home;

mod stylesheet;

use axum::{Router, routing::get};

use crate::state::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new().route("/", get(home::show)).route("/assets/style.css", get(stylesheet::show))
}
