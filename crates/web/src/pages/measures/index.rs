//! `GET /measures`: the address where the list of measures used to be, kept so that shared
//! links and bookmarks still work. It answers with a permanent redirect to `/search`, which
//! lists every published measure when no text is given and reads the same filter parameters
//! (`country`, `region`, `actor`, `actor_kind`, `cycle`, the vocabularies, `year_from`,
//! `year_to`, `implementation`, `sort`, `page`, `per_page`, `lang`).

use axum::{
    extract::RawQuery,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};

pub(crate) async fn show(RawQuery(query): RawQuery) -> Response {
    // The query is passed on as it came: the browser has already percent-encoded it, and the
    // target is a fixed path on this site, so the redirect cannot lead anywhere else.
    let location = match query.as_deref().filter(|query| !query.is_empty()) {
        Some(query) => format!("/search?{query}"),
        None => "/search".to_owned(),
    };
    (StatusCode::MOVED_PERMANENTLY, [(header::LOCATION, location)]).into_response()
}
