//! The home page, the About page, the language switcher, the stylesheet, the icons and the
//! configured logo.

mod about;
mod home;
mod icons;
mod language_switch;
mod stylesheet;

use axum::{Router, routing::get};

use crate::state::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::show))
        .route("/about", get(about::show))
        .route("/assets/style.css", get(stylesheet::show))
        .route("/favicon.ico", get(icons::favicon_ico))
        .route("/assets/favicon.svg", get(icons::favicon_svg))
        .route(crate::pages::rendering::LOGO_PATH, get(icons::site_logo))
        .route("/language/{code}", get(language_switch::switch))
}
