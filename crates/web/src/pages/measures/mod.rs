//! Measures: the list, a measure's page and history, the forms that create and edit one, the
//! workflow's moves and restores, and the work queue of those waiting for the signed-in user.

mod access;

mod create;

mod edit;

mod form;

mod history;

mod index;

mod new;

mod restore;

mod show;

mod transition;

mod update;

mod work_queue;

use axum::{
    Router,
    routing::{get, post},
};

use crate::state::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/measures", get(index::show).post(create::submit))
        .route("/measures/new", get(new::show))
        .route("/measures/{id}", get(show::show))
        .route("/measures/{id}/edit", get(edit::show).post(update::submit))
        .route("/measures/{id}/history", get(history::show))
        .route("/measures/{id}/transitions", post(transition::submit))
        .route("/measures/{id}/restore", post(restore::submit))
        .route("/work", get(work_queue::show))
}
