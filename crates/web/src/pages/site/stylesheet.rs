//! `GET /assets/style.css`: the site's one stylesheet.

use axum::{http::header, response::IntoResponse};

const STYLE_CSS: &str = include_str!("../../../assets/style.css");

pub(crate) async fn show() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")], STYLE_CSS)
}
