//! After a request that may have written (any method but `GET`, `HEAD` and `OPTIONS`) has
//! been answered with success or a redirect: read the catalogue again if it changed and wake
//! the change log's followers, so the page the browser is sent to next already shows the
//! write. Reads never ask the store whether the catalogue changed.

use axum::{
    extract::{Request, State},
    http::Method,
    middleware::Next,
    response::Response,
};

use crate::state::AppState;

pub(crate) async fn follow_up(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let may_write = !matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let response = next.run(request).await;
    let status = response.status();
    if may_write && (status.is_success() || status.is_redirection()) {
        state.after_write().await;
    }
    response
}
