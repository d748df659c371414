//! Bulk imports of measures from a page: the form, the upload, and the templates to fill in.

mod form;

mod import_page;

mod submit;

mod template;

use axum::{Router, extract::DefaultBodyLimit, routing::get};

use crate::state::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/import",
            get(form::show)
                .post(submit::submit)
                // Room for the largest file and the form's other fields.
                .layer(DefaultBodyLimit::max(crate::measure_import::MAX_UPLOAD_BYTES + 64 * 1024)),
        )
        .route("/import/template.csv", get(template::csv))
        .route("/import/template.xlsx", get(template::xlsx))
        .route("/import/template.json", get(template::json))
}
