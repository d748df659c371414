//! `GET /favicon.ico`, `GET /assets/favicon.svg` and `GET /assets/site-logo`: the site's
//! icon, and the logo `site.toml` names (not found when it names none).

use axum::{
    extract::State,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};

use crate::state::AppState;

const FAVICON_ICO: &[u8] = include_bytes!("../../../assets/favicon.ico");
const FAVICON_SVG: &str = include_str!("../../../assets/favicon.svg");

pub(crate) async fn favicon_ico() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "image/x-icon"), (header::CACHE_CONTROL, "public, max-age=86400")], FAVICON_ICO)
}

pub(crate) async fn favicon_svg() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, "public, max-age=86400")], FAVICON_SVG)
}

pub(crate) async fn site_logo(State(state): State<AppState>) -> Response {
    match state.site().logo() {
        Some(logo) => (
            [(header::CONTENT_TYPE, logo.content_type), (header::CACHE_CONTROL, "public, max-age=3600")],
            logo.bytes.clone(),
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
