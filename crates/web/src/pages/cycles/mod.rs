//! Reporting cycles: the list, a cycle's page, opening a new one, the replies dashboard and the
//! replies' documents, and the compiled report.

mod create;

mod cycle_form;

mod document_show;

mod index;

mod new;

mod replies;

mod reply_create;

mod report;

mod show;

use axum::{Router, extract::DefaultBodyLimit, routing::get};

use crate::state::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/cycles", get(index::show).post(create::submit))
        .route("/cycles/new", get(new::show))
        .route(
            "/cycles/{code}/replies",
            get(replies::show)
                .post(reply_create::submit)
                .layer(DefaultBodyLimit::max(4 * reply_create::MAX_DOCUMENT_BYTES)),
        )
        .route("/documents/{sha256}", get(document_show::show))
        .route("/cycles/{code}", get(show::show))
        .route("/cycles/{code}/report", get(report::show))
}
